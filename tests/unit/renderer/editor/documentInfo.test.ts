import { describe, expect, it } from 'vitest';
import {
  documentFrom,
  fileName,
  isModified,
  journalKeyFor,
  suggestedName,
  windowTitle,
} from '../../../../renderer/src/editor/documentInfo';
import { actionEditNotes } from '../../../../renderer/src/editor/actions';
import { executeAction, undo } from '../../../../renderer/src/editor/executeAction';
import { makeModel } from './editorFixture';

const KEY_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

describe('document info', () => {
  it('journal keys are stable per path and valid for the recovery store', () => {
    const key = journalKeyFor('/home/a/My Briefing (final).deck.md');
    expect(key).toBe(journalKeyFor('/home/a/My Briefing (final).deck.md'));
    expect(key).not.toBe(journalKeyFor('/home/b/My Briefing (final).deck.md'));
    expect(key).toMatch(KEY_PATTERN);
    expect(journalKeyFor('/x/' + 'é'.repeat(200) + '.deck.md')).toMatch(KEY_PATTERN);
    expect(journalKeyFor(null, () => 'abc')).toBe('untitled-abc');
  });

  it('is modified after an edit and clean again after undoing it', () => {
    const model = makeModel();
    const info = documentFrom({ path: '/d/x.deck.md', text: '', hash: 'h' }, model.state.deck);
    const edited = executeAction(model, actionEditNotes, { slideId: 's1', notes: 'x' });
    expect(isModified(info, model.state.deck)).toBe(false);
    expect(isModified(info, edited.state.deck)).toBe(true);
    expect(isModified(info, undo(edited).state.deck)).toBe(false);
  });

  it('suggests a file name from the path or the title', () => {
    const deck = makeModel().state.deck;
    expect(suggestedName(documentFrom({ path: '/d/brief.deck.md', text: '', hash: null }, deck), 'T')).toBe(
      'brief.deck.md',
    );
    expect(
      suggestedName(documentFrom({ path: null, text: '', hash: null }, deck), "Why Baku won't join!"),
    ).toBe('why-baku-won-t-join.deck.md');
    expect(suggestedName(documentFrom({ path: null, text: '', hash: null }, deck), '')).toBe(
      'untitled.deck.md',
    );
    // A long title is cut between words, never inside one.
    expect(
      suggestedName(
        documentFrom({ path: null, text: '', hash: null }, deck),
        'Electric ferries were supposed to change the fjords: why have the first routes struggled so much?',
      ),
    ).toBe('electric-ferries-were-supposed-to-change-the-fjords-why-have.deck.md');
  });

  it('names the window after the file and marks unsaved changes', () => {
    const info = documentFrom({ path: 'C:\\decks\\a.deck.md', text: '', hash: null }, makeModel().state.deck);
    expect(fileName('C:\\decks\\a.deck.md')).toBe('a.deck.md');
    expect(windowTitle(info, 'T', true)).toBe('● a.deck.md — Briefdeck');
    expect(windowTitle({ ...info, path: null }, '', false)).toBe('Untitled — Briefdeck');
  });
});
