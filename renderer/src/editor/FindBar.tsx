/**
 * The find and replace bar: finds across titles, bullets and notes; Enter and Shift+Enter step through the
 * matches from the first, showing each on its slide without editing anything (focus stays in the find box);
 * the replace row is toggled in the same bar; Replace all is one undo step and leaves quotations of the source
 * alone unless asked, saying how many it skipped.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Deck } from '../../../slides/model';
import type { ArticleSource } from '../../../electron/ipc/contract';
import { clearFindMatch, showFindMatch } from './findHighlight';
import { findMatches, occurrences, searchableFields, type FindMatch } from './findReplace';
import { tooltip } from './platform';
import { sectionAt, fieldElement } from './stageDom';

/** Props of {@link FindBar}. */
export interface FindBarProps {
  deck: Deck;
  article: ArticleSource | null;
  /** Show the replace row (opened with Replace rather than Find, or toggled open). */
  replace: boolean;
  /** Bumped each time Find or Replace is asked for again, to return focus to the find box. */
  openSignal?: number;
  onToggleReplace: () => void;
  /** Shows a match's slide (never edits: the caller only selects the slide). */
  onGoTo: (match: FindMatch) => void;
  onReplaceAll: (find: string, replace: string, matchCase: boolean, includeQuotes: boolean) => void;
  onClose: () => void;
}

/** The rendered element that shows a match's field: the title or bullet on the stage, or the notes. */
function matchElement(deck: Deck, match: FindMatch): Element | null {
  if (match.field.kind === 'notes') return document.querySelector('[data-testid="notes"]');
  const stage = document.querySelector<HTMLElement>('[data-testid="stage"]');
  const section = stage ? sectionAt(stage, match.slideIndex) : null;
  const slide = deck.slides[match.slideIndex];
  if (!section || !slide) return null;
  const hasTitle = searchableFields(slide, null)[0]?.field.kind === 'title';
  return fieldElement(section, match.field, hasTitle);
}

/** A bar above the stage. */
export function FindBar({
  deck,
  article,
  replace,
  openSignal = 0,
  onToggleReplace,
  onGoTo,
  onReplaceAll,
  onClose,
}: FindBarProps) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [includeQuotes, setIncludeQuotes] = useState(false);
  /** Index of the shown match; -1 before the first Enter (which then shows the first match). */
  const [at, setAt] = useState(-1);
  const [report, setReport] = useState('');
  const findRef = useRef<HTMLInputElement>(null);
  const matches = useMemo(
    () => findMatches(deck, query, { matchCase, article }),
    [deck, query, matchCase, article],
  );
  const current = at >= 0 ? matches[Math.min(at, matches.length - 1)] : undefined;

  useEffect(() => {
    findRef.current?.focus();
    findRef.current?.select();
  }, [replace, openSignal]);

  // Paint the shown match once its slide is on the stage; clear the paint when the bar goes.
  useEffect(() => {
    if (!current) return clearFindMatch();
    const element = matchElement(deck, current);
    if (!element) return clearFindMatch();
    const slide = deck.slides[current.slideIndex];
    const field = slide ? searchableFields(slide, null).find((f) => sameKind(f.field, current.field)) : null;
    const nth = field ? occurrences(field.text.slice(0, current.start), query, { matchCase }).length : 0;
    showFindMatch(element, query, nth, { matchCase, scroll: current.field.kind === 'notes' });
  }, [current, deck, query, matchCase]);
  useEffect(() => clearFindMatch, []);

  const step = (delta: number) => {
    if (matches.length === 0) return;
    const from = at < 0 ? (delta > 0 ? -1 : 0) : Math.min(at, matches.length - 1);
    const next = (from + delta + matches.length) % matches.length;
    setAt(next);
    setReport('');
    const match = matches[next];
    if (match) onGoTo(match);
  };

  const quotedCount = matches.filter((match) => match.quoted).length;
  const replaceAll = () => {
    const replaced = includeQuotes ? matches.length : matches.length - quotedCount;
    const skipped = includeQuotes ? 0 : quotedCount;
    onReplaceAll(query, replacement, matchCase, includeQuotes);
    setAt(-1);
    setReport(
      `Replaced ${replaced}` + (skipped > 0 ? `; skipped ${skipped} in quotations of the source` : '') + '.',
    );
    // The button may now be disabled (no matches left): keep the focus in the bar, so Esc still closes it.
    findRef.current?.focus();
  };

  const status =
    report !== ''
      ? report
      : query === ''
        ? ''
        : matches.length === 0
          ? 'No matches'
          : current
            ? `${Math.min(at, matches.length - 1) + 1} of ${matches.length}${current.quoted ? ' (source quotation)' : ''}`
            : `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}`;
  return (
    <div
      className="find-bar"
      role="search"
      aria-label="Find and replace"
      data-testid="find-bar"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <button
        type="button"
        className="find-toggle"
        aria-label="Toggle replace"
        aria-expanded={replace}
        title={`Toggle ${tooltip('edit.replace')}`}
        data-testid="find-toggle-replace"
        onClick={onToggleReplace}
      >
        {replace ? '⌄' : '›'}
      </button>
      <div className="find-rows">
        <div className="find-row">
          <input
            ref={findRef}
            aria-label="Find"
            placeholder="Find in titles, bullets and notes"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setAt(-1);
              setReport('');
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                event.stopPropagation();
                step(event.shiftKey ? -1 : 1);
              }
            }}
          />
          <span className="find-status" role="status" aria-live="polite" data-testid="find-status">
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
            <input
              type="checkbox"
              checked={matchCase}
              onChange={(event) => setMatchCase(event.target.checked)}
            />{' '}
            Match case
          </label>
          <button type="button" aria-label="Close find" title="Close (Esc)" onClick={onClose}>
            ✕
          </button>
        </div>
        {replace ? (
          <div className="find-row">
            <input
              aria-label="Replace with"
              placeholder="Replace with"
              value={replacement}
              onChange={(event) => setReplacement(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  event.stopPropagation();
                }
              }}
            />
            <button
              type="button"
              disabled={matches.length === 0}
              onClick={replaceAll}
              title="Replace every match (one undo step)"
            >
              Replace all
            </button>
            <label
              className="find-case"
              title="Quotations in notes' Sources, on the Sources slide, or repeating the article word for word"
            >
              <input
                type="checkbox"
                checked={includeQuotes}
                onChange={(event) => setIncludeQuotes(event.target.checked)}
              />{' '}
              Also in source quotations
              {quotedCount > 0 && !includeQuotes ? ` (${quotedCount} skipped)` : ''}
            </label>
          </div>
        ) : null}
      </div>
    </div>
  );
}

function sameKind(a: FindMatch['field'], b: FindMatch['field']): boolean {
  return a.kind === b.kind && (a.kind !== 'item' || (b.kind === 'item' && a.index === b.index));
}
