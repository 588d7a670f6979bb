/**
 * The raw `.deck.md` text. Edits re-parse the deck and update the visual editor; while the text has an error it
 * is shown inline with its line and column and the last good deck is kept.
 */
import { useMemo } from 'react';
import { stringifyDeck } from '../../../slides/index';
import { actionReplaceSource } from './actions';
import { ErrorList } from './Banners';
import type { EditorStore } from './store';
import type { EditorState } from './state';

/** Props of {@link SourceView}. */
export interface SourceViewProps {
  store: EditorStore;
  state: EditorState;
}

/** A text area over the whole deck file. */
export function SourceView({ store, state }: SourceViewProps) {
  const deckText = useMemo(() => stringifyDeck(state.deck), [state.deck]);
  const text = state.sourceDraft ?? deckText;
  return (
    <section className="source-view" aria-label="Deck source">
      {state.sourceErrors.length > 0 ? (
        <div className="source-errors" role="alert" data-testid="source-errors">
          <strong>
            The text has{' '}
            {state.sourceErrors.length === 1 ? 'an error' : `${state.sourceErrors.length} errors`}; the slides
            keep their last good version.
          </strong>
          <ErrorList errors={state.sourceErrors} />
        </div>
      ) : null}
      <textarea
        className="source-text"
        data-testid="source-text"
        aria-label="Deck source (.deck.md)"
        spellCheck={false}
        value={text}
        onChange={(event) => store.execute(actionReplaceSource, { text: event.target.value })}
      />
    </section>
  );
}
