import { describe, expect, it } from 'vitest';
import {
  actionInsertImage,
  bodyWithImage,
} from '../../../../../renderer/src/editor/actions/actionInsertImage';
import { canUndo, executeAction, undo } from '../../../../../renderer/src/editor/executeAction';
import { stringifyDeck } from '../../../../../slides/index';
import { DECK_TEXT, makeModel } from '../editorFixture';

describe('actionInsertImage', () => {
  it('adds the image after the current slide’s content as one undo step; undo gives the file back exactly', () => {
    const model = makeModel(DECK_TEXT);
    const withImage = executeAction(model, actionInsertImage, { path: 'images/chart.png', alt: 'Oil chart' });
    expect(withImage.state.deck.slides[1]?.body).toMatch(
      /\n {2}- SIPRI figure <!-- \.element: data-src="p3\.s4" -->\n\n!\[Oil chart\]\(images\/chart\.png\)$/,
    );
    expect(stringifyDeck(withImage.state.deck)).toContain(
      '  - SIPRI figure <!-- .element: data-src="p3.s4" -->\n\n![Oil chart](images/chart.png)\n\nNote:\nSay the oil thing.',
    );
    expect(withImage.state.deck.slides[0]).toBe(model.state.deck.slides[0]);
    expect(canUndo(withImage)).toBe(true);
    const back = undo(withImage);
    expect(stringifyDeck(back.state.deck)).toBe(DECK_TEXT);
    expect(canUndo(back)).toBe(false);
  });

  it('adds to the slide it is given and shows that slide', () => {
    const model = makeModel(DECK_TEXT);
    const next = executeAction(model, actionInsertImage, { slideId: 's1', path: 'images/a.png', alt: 'a' });
    expect(next.state.current).toBe('s1');
    expect(next.state.selection).toEqual(['s1']);
    expect(next.state.deck.slides[0]?.body).toBe('# Opening title\n\n### Subtitle\n\n![a](images/a.png)');
    expect(stringifyDeck(undo(next).state.deck)).toBe(DECK_TEXT);
  });

  it('puts the image alone on an empty slide, and changes nothing for an unknown slide', () => {
    expect(bodyWithImage('', 'x', 'images/x.png')).toBe('![x](images/x.png)');
    expect(bodyWithImage('## T\n\n\n', 'x', 'images/x.png')).toBe('## T\n\n![x](images/x.png)');
    const model = makeModel(DECK_TEXT);
    const next = executeAction(model, actionInsertImage, { slideId: 'nope', path: 'images/x.png', alt: 'x' });
    expect(next.state.deck).toBe(model.state.deck);
    expect(canUndo(next)).toBe(false);
  });
});
