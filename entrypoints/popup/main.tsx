/** Mounts the popup; Preact renders page text as text nodes only, never as HTML. */
import { render } from 'preact';
import { App } from './App';
import './style.css';

render(<App />, document.getElementById('app')!);
