/**
 * Holds the deck the viewer shows: loads the host's initial deck once, parses it, and keeps the parse errors.
 * The editor will replace the text through {@link DeckState.setText}.
 */
import { useCallback, useEffect, useState } from 'react';
import type { DeckDocument } from '../../electron/ipc/contract';
import type { Deck, DeckError } from '../../slides/model';
import { invoke } from './host';
import { parseDeck } from '../../slides/index';

/** What {@link useDeck} returns. */
export interface DeckState {
  /** The host's document (path, text, hash), once loaded. */
  document: DeckDocument | null;
  /** The parsed deck (possibly with fewer slides than the file when it has errors). */
  deck: Deck | null;
  /** Problems found while parsing, with 1-based line and column. */
  errors: DeckError[];
  /** Set when the host could not provide a deck at all. */
  loadError: string | null;
  /** Replaces the deck text (keeps the document's path and hash). */
  setText: (text: string) => void;
}

interface Parsed {
  document: DeckDocument;
  deck: Deck;
  errors: DeckError[];
}

function parseDocument(document: DeckDocument): Parsed {
  const { deck, errors } = parseDeck(document.text);
  return { document, deck, errors };
}

/** Loads `deck:initial` from the host on mount and keeps the parsed deck. */
export function useDeck(): DeckState {
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    invoke('deck:initial', {}).then(
      (document) => {
        if (!cancelled) setParsed(parseDocument(document));
      },
      (error: unknown) => {
        if (!cancelled) setLoadError(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const setText = useCallback((text: string) => {
    setParsed((current) => parseDocument({ path: null, hash: null, ...current?.document, text }));
  }, []);

  return {
    document: parsed?.document ?? null,
    deck: parsed?.deck ?? null,
    errors: parsed?.errors ?? [],
    loadError,
    setText,
  };
}
