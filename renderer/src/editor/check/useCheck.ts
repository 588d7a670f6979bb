/**
 * Runs the briefing check on the editor's deck as the user types: debounced, so typing stays smooth, and keyed by
 * slide id, so a finding still points at its slide after slides move.
 */
import { useEffect, useState } from 'react';
import type { ArticleSource } from '../../../../electron/ipc/contract';
import { checkDeck, type Finding } from '../../../../slides/check/index';
import type { Deck } from '../../../../slides/model';

/** How long the deck must stay unchanged before it is checked again. */
export const CHECK_DEBOUNCE_MS = 300;

/** A finding with the id of its slide. */
export interface EditorFinding extends Finding {
  slideId: string;
}

/** Checks a deck (with its article, when the editor has it). */
export function checkEditorDeck(deck: Deck, article: ArticleSource | null): EditorFinding[] {
  return checkDeck(deck, article ? { article } : {}).map((finding) => ({
    ...finding,
    slideId: deck.slides[finding.slide]?.id ?? '',
  }));
}

/** The findings of the deck, recomputed `CHECK_DEBOUNCE_MS` after the last change. */
export function useCheck(deck: Deck, article: ArticleSource | null): EditorFinding[] {
  const [findings, setFindings] = useState<EditorFinding[]>([]);
  useEffect(() => {
    const timer = window.setTimeout(() => setFindings(checkEditorDeck(deck, article)), CHECK_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [deck, article]);
  return findings;
}

/** Whether two findings are the same problem (used to find a finding again in a fresher check). */
export function sameFinding(a: EditorFinding, b: EditorFinding): boolean {
  return (
    a.slideId === b.slideId &&
    a.code === b.code &&
    a.element.kind === b.element.kind &&
    a.element.index === b.element.index &&
    a.message === b.message
  );
}
