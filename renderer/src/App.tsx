/** The application shell: the editor (toolbar, slide list, the stage rendered by the one reveal.js instance). */
import { EditorApp } from './editor/EditorApp';
import './editor/editor.css';

/** The application. */
export function App() {
  return <EditorApp />;
}
