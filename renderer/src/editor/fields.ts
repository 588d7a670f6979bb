/** The editable fields of a slide (title, then bullets) and their text: for moving between fields. */
import { parseBody } from '../../../slides/index';
import type { Slide } from '../../../slides/model';
import type { EditorField } from './state';

/** The title and bullets of a slide, as editable fields in reading order. */
export function slideFields(slide: Pick<Slide, 'body'>): {
  fields: EditorField[];
  texts: string[];
  hasTitle: boolean;
} {
  const content = parseBody(slide.body);
  const fields: EditorField[] = [];
  const texts: string[] = [];
  if (content.title) {
    fields.push({ kind: 'title' });
    texts.push(content.title.text);
  }
  content.items.forEach((item, index) => {
    fields.push({ kind: 'item', index });
    texts.push(item.text);
  });
  return { fields, texts, hasTitle: content.title !== undefined };
}

/** True when two fields are the same. */
export function sameField(a: EditorField | null | undefined, b: EditorField | null | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  return a.kind !== 'item' || (b.kind === 'item' && a.index === b.index);
}

/** A field's accessible name, e.g. `Bullet 2`. */
export function fieldLabel(field: EditorField): string {
  if (field.kind === 'title') return 'Slide title';
  if (field.kind === 'item') return `Bullet ${field.index + 1}`;
  return 'Speaker notes';
}
