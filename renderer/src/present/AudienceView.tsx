/** The audience view: the deck filling the window, blackout and jump overlay, nothing else. */
import { useEffect, useState } from 'react';
import type { Deck } from '../../../slides/model';
import { DeckView } from '../DeckView';
import { JumpOverlay } from './JumpOverlay';
import { requestFullscreen, usePresentation } from './usePresentation';
import { usePresentKeys } from './usePresentKeys';

/** Props of {@link AudienceView}. */
export interface AudienceViewProps {
  deck: Deck;
  session: string;
  startIndex: number;
  transition: 'none' | 'slide';
}

const HINT_MS = 4000;

/** Full-window audience view; click or F asks for fullscreen (browsers allow it only on a user gesture). */
export function AudienceView({ deck, session, startIndex, transition }: AudienceViewProps) {
  const { presentation, state, ended, onReady } = usePresentation('audience', session, startIndex);
  const jump = usePresentKeys(presentation, deck.slides.length);
  const [hint, setHint] = useState(true);

  useEffect(() => {
    const id = window.setTimeout(() => setHint(false), HINT_MS);
    return () => window.clearTimeout(id);
  }, []);

  return (
    <main
      className="present-audience"
      data-testid="audience"
      data-indexh={state.indexh}
      data-indexf={state.indexf}
      data-paused={state.paused}
      onDoubleClick={requestFullscreen}
    >
      <DeckView
        slides={deck.slides}
        theme={deck.meta.theme}
        aspect={deck.meta.aspect}
        transition={transition}
        embedded={false}
        onReady={onReady}
      />
      {state.paused && <div className="present-blackout" data-testid="blackout" aria-label="Blackout" />}
      <JumpOverlay digits={jump} total={deck.slides.length} />
      {hint && !ended && <p className="present-hint">Double-click or press F for full screen</p>}
      {ended && <p className="present-ended">The presentation has ended. You can close this window.</p>}
    </main>
  );
}
