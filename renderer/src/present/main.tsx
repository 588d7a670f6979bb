/** Entry of `present.html`: the audience and presenter views. */
import { createRoot } from 'react-dom/client';
import { PresentApp } from './PresentApp';
import './present.css';

const root = document.getElementById('root');
if (!root) throw new Error('present.html has no #root element.');
// No StrictMode: its double mount would create and destroy the reveal.js instance twice on start.
createRoot(root).render(<PresentApp />);
