/** Mounts the sweep page; Preact renders the portal's words as text nodes only, never as HTML. */
import { render } from 'preact';
import { App } from './App';
import '../popup/style.css';
import './style.css';

render(<App />, document.getElementById('app')!);
