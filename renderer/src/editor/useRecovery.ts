/**
 * Nothing is lost: while the deck has unsaved changes its text is journaled through `recovery:write`, at most
 * every {@link JOURNAL_DELAY_MS} after the last edit, with its article (so the source pane and every bullet's
 * link to its sentences come back) and the latest {@link RECOVERY_HISTORY_STEPS} undo steps; the journal is
 * cleared once the deck is saved (or back to its saved state). On start, journals left by a session that died
 * are offered for restoring.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { RECOVERY_HISTORY_STEPS, type Contract, type RecoveryStep } from '../../../electron/ipc/contract';
import { parseDeck, stringifyDeck } from '../../../slides/index';
import type { Deck } from '../../../slides/model';
import { invoke } from '../host';
import { isModified, type DocumentInfo } from './documentInfo';
import { createHistory, type History } from './history';
import { currentIndex, type Snapshot } from './state';
import type { EditorStore } from './store';

/** Deck texts by deck (decks are immutable), so each undo step is serialised once, not on every write. */
const deckTexts = new WeakMap<Deck, string>();
function textOf(deck: Deck): string {
  let text = deckTexts.get(deck);
  if (text === undefined) {
    text = stringifyDeck(deck);
    deckTexts.set(deck, text);
  }
  return text;
}

/** The latest undo steps, as the journal keeps them. */
export function journalSteps(past: readonly Snapshot[]): RecoveryStep[] {
  return past.slice(-RECOVERY_HISTORY_STEPS).map((snapshot) => ({
    text: textOf(snapshot.deck),
    current: Math.max(0, currentIndex(snapshot)),
  }));
}

/** An undo history rebuilt from a journal's steps (steps whose text no longer parses are left out). */
export function historyFromJournal(steps: readonly RecoveryStep[] | undefined): History {
  const history = createHistory();
  const past: Snapshot[] = [];
  for (const step of steps ?? []) {
    const { deck, errors } = parseDeck(step.text);
    if (errors.length > 0) continue;
    const id = deck.slides[Math.min(step.current, deck.slides.length - 1)]?.id ?? null;
    past.push({ deck, selection: id ? [id] : [], current: id, focus: null });
  }
  return { ...history, past };
}

/** Debounce of the journal after an edit. */
export const JOURNAL_DELAY_MS = 2000;

/** A journal found at start. */
export type RecoveryEntry = Contract['recovery:list']['response'][number];

/** Journals the deck while it has unsaved changes. */
export function useJournal(store: EditorStore, doc: DocumentInfo | null): void {
  const written = useRef<string | null>(null);
  useEffect(() => {
    if (!doc) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastDeck = store.getModel().state.deck;
    const flush = () => {
      timer = undefined;
      const { state, history } = store.getModel();
      const deck = state.deck;
      if (isModified(doc, deck)) {
        written.current = doc.journalKey;
        void invoke('recovery:write', {
          key: doc.journalKey,
          text: textOf(deck),
          path: doc.path,
          ...(state.article ? { article: state.article } : {}),
          history: journalSteps(history.past),
        }).catch(() => undefined);
      } else if (written.current === doc.journalKey) {
        written.current = null;
        void invoke('recovery:clear', { key: doc.journalKey }).catch(() => undefined);
      }
    };
    const unsubscribe = store.subscribe(() => {
      const deck = store.getModel().state.deck;
      if (deck === lastDeck) return;
      lastDeck = deck;
      if (timer === undefined) timer = setTimeout(flush, JOURNAL_DELAY_MS);
    });
    if (isModified(doc, lastDeck)) timer = setTimeout(flush, JOURNAL_DELAY_MS);
    const onHide = () => {
      if (timer !== undefined) {
        clearTimeout(timer);
        flush();
      }
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', onHide);
      // The document changed (saved, reopened): a pending write for the old one is moot, and the effect for the
      // new one journals it again if it still has unsaved changes.
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store, doc]);
}

/** The journals found at start, and what to do with each. */
export function useRecoveryOffers(): {
  offers: RecoveryEntry[];
  dismiss: (key: string, discard: boolean) => void;
} {
  const [offers, setOffers] = useState<RecoveryEntry[]>([]);
  useEffect(() => {
    let cancelled = false;
    invoke('recovery:list', {}).then(
      (entries) => {
        if (!cancelled) setOffers(entries);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);
  const dismiss = useCallback((key: string, discard: boolean) => {
    setOffers((current) => current.filter((entry) => entry.key !== key));
    if (discard) void invoke('recovery:clear', { key }).catch(() => undefined);
  }, []);
  return { offers, dismiss };
}
