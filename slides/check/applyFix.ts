/** Applies a check's one-click fix to a slide's body and notes (pure; the editor wraps it in one undo step). */
import { parseBody, serializeBody } from '../content';
import type { Slide } from '../model';
import type { Fix } from './types';

/**
 * The slide's body and notes after the fix. A fix that no longer fits the slide (the item is gone, the user
 * edited meanwhile) leaves both unchanged.
 */
export function applyFix(slide: Pick<Slide, 'body' | 'notes'>, fix: Fix): { body: string; notes: string } {
  if (fix.kind === 'replace-notes') return { body: slide.body, notes: fix.text };
  const content = parseBody(slide.body);
  if (fix.kind === 'drop-item') {
    if (!content.items[fix.index]) return { body: slide.body, notes: slide.notes };
    const [dropped] = content.items.splice(fix.index, 1);
    // The items nested under it move up a level, as when the user deletes a bullet: none is lost with it.
    for (let next = fix.index; next < content.items.length; next += 1) {
      const child = content.items[next];
      if (!child || !dropped || child.level <= dropped.level) break;
      content.items[next] = { ...child, level: child.level - 1 };
    }
  } else if (fix.target === 'title') {
    if (!content.title) return { body: slide.body, notes: slide.notes };
    content.title = { ...content.title, text: fix.text };
  } else {
    const item = fix.index === undefined ? undefined : content.items[fix.index];
    if (!item || fix.index === undefined) return { body: slide.body, notes: slide.notes };
    content.items[fix.index] = { ...item, text: fix.text };
  }
  return { body: serializeBody(content), notes: slide.notes };
}
