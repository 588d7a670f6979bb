/** A small deck and model for the editor's unit tests. */
import { parseDeck } from '../../../../slides/index';
import { createEditorModel, type EditorModel } from '../../../../renderer/src/editor/executeAction';

/** Three slides: a title slide, a bullets slide with a nested bullet and references, and a stat slide. */
export const DECK_TEXT = `---
title: Test deck
theme: briefing
---

<!-- .slide: data-layout="title" -->
# Opening title

### Subtitle

Note:
Opening notes.

---

<!-- .slide: data-layout="bullets" -->
## Oil for arms

- Azerbaijan supplies oil <!-- .element: data-src="p3.s2" -->
- Israel supplies arms <!-- .element: data-src="p3.s4" -->
  - SIPRI figure <!-- .element: data-src="p3.s4" -->

Note:
Say the oil thing.

---

<!-- .slide: data-layout="stat" -->
## Key figures

- **40%** of Israel's oil — SIPRI

Note:
Figures.
`;

/** A fresh model on {@link DECK_TEXT}, with slide s2 (the bullets slide) selected. */
export function makeModel(text = DECK_TEXT): EditorModel {
  const { deck, errors } = parseDeck(text);
  if (errors.length > 0) throw new Error(`fixture deck has errors: ${JSON.stringify(errors)}`);
  const model = createEditorModel(deck);
  return { ...model, state: { ...model.state, selection: ['s2'], current: 's2' } };
}
