/** Mounts the page's panel in its extension-origin frame; Preact renders page text as text nodes only. */
import { render } from 'preact';
import { App } from './App';
import './style.css';

render(<App />, document.getElementById('app')!);
