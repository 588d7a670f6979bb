/** The find and replace bar: finds across titles, bullets and notes; steps through matches; replaces all at once. */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Deck } from '../../../slides/model';
import { findMatches, type FindMatch } from './findReplace';

/** Props of {@link FindBar}. */
export interface FindBarProps {
  deck: Deck;
  /** Show the replace field (opened with Replace rather than Find). */
  replace: boolean;
  onGoTo: (match: FindMatch) => void;
  onReplaceAll: (find: string, replace: string, matchCase: boolean) => void;
  onClose: () => void;
}

/** A bar above the stage. */
export function FindBar({ deck, replace, onGoTo, onReplaceAll, onClose }: FindBarProps) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [at, setAt] = useState(0);
  const findRef = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findMatches(deck, query, { matchCase }), [deck, query, matchCase]);

  useEffect(() => {
    findRef.current?.focus();
    findRef.current?.select();
  }, [replace]);

  const step = (delta: number) => {
    if (matches.length === 0) return;
    const next = (at + delta + matches.length) % matches.length;
    setAt(next);
    const match = matches[next];
    if (match) onGoTo(match);
  };

  const status =
    query === ''
      ? ''
      : matches.length === 0
        ? 'No matches'
        : `${Math.min(at + 1, matches.length)} of ${matches.length}`;
  return (
    <div
      className="find-bar"
      role="search"
      aria-label="Find and replace"
      data-testid="find-bar"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <input
        ref={findRef}
        aria-label="Find"
        placeholder="Find in titles, bullets and notes"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setAt(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          }
        }}
      />
      <span className="find-status" aria-live="polite" data-testid="find-status">
        {status}
      </span>
      <button
        type="button"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        onClick={() => step(-1)}
        disabled={matches.length === 0}
      >
        ‹
      </button>
      <button
        type="button"
        aria-label="Next match"
        title="Next match (Enter)"
        onClick={() => step(1)}
        disabled={matches.length === 0}
      >
        ›
      </button>
      <label className="find-case">
        <input type="checkbox" checked={matchCase} onChange={(event) => setMatchCase(event.target.checked)} />{' '}
        Match case
      </label>
      {replace ? (
        <>
          <input
            aria-label="Replace with"
            placeholder="Replace with"
            value={replacement}
            onChange={(event) => setReplacement(event.target.value)}
          />
          <button
            type="button"
            disabled={matches.length === 0}
            onClick={() => onReplaceAll(query, replacement, matchCase)}
            title="Replace every match (one undo step)"
          >
            Replace all
          </button>
        </>
      ) : null}
      <button type="button" aria-label="Close find" title="Close (Esc)" onClick={onClose}>
        ✕
      </button>
    </div>
  );
}
