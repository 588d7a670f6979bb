/** Renderer entry: mounts the app into `#root`. */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
// No StrictMode: its double mount would create and destroy the reveal.js instance twice on start.
createRoot(root).render(<App />);
