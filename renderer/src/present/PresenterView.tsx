/**
 * The presenter view: the current slide (this window's reveal.js instance), the next step (fragment-aware), the
 * notes, the elapsed timer and the clock, slide n of N, the pacing hint and the last rehearsal's time.
 */
import { useEffect, useMemo } from 'react';
import type { Deck } from '../../../slides/model';
import { DeckView } from '../DeckView';
import { renderedSlide } from '../deck/syncSections';
import { ScreensNote } from './ScreensNote';
import { JumpOverlay } from './JumpOverlay';
import { countFragments, nextStep } from './nextStep';
import { NotesPane } from './NotesPane';
import { describePacing, formatDuration, pacingPlan, pacingStatus } from './pacing';
import { deckKey } from './rehearsalStore';
import { presentPageUrl } from './session';
import { SlidePreview } from './SlidePreview';
import { usePresentation } from './usePresentation';
import { usePresentKeys } from './usePresentKeys';
import { useRehearsal } from './useRehearsal';
import { useTimer } from './useTimer';

/** Props of {@link PresenterView}. */
export interface PresenterViewProps {
  deck: Deck;
  text: string;
  session: string;
  startIndex: number;
  rehearse: boolean;
  transition: 'none' | 'slide';
}

const CLOCK_FORMAT: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

function openAudience(session: string): void {
  window.open(
    presentPageUrl('audience', session),
    `briefdeck-audience-${session}`,
    'popup,width=1280,height=720',
  );
}

/** The presenter's screen. */
export function PresenterView({ deck, text, session, startIndex, rehearse, transition }: PresenterViewProps) {
  const slides = deck.slides;
  const total = slides.length;
  const { presentation, state, ended, onReady } = usePresentation('presenter', session, startIndex);
  const jump = usePresentKeys(presentation, total);
  const timer = useTimer();
  const plan = useMemo(() => pacingPlan(slides.map((s) => s.notes)), [slides]);
  const fragmentCounts = useMemo(() => slides.map((s) => countFragments(renderedSlide(s).html)), [slides]);
  const rehearsal = useRehearsal(deckKey(deck.meta.title, text), total, state.indexh, rehearse);

  const index = Math.min(state.indexh, Math.max(total - 1, 0));
  const slide = slides[index];
  const next = nextStep(index, state.indexf, fragmentCounts);
  const nextSlide = next ? slides[next.index] : undefined;
  // Starting mid-deck, the plan counts from the start slide.
  const status = pacingStatus(plan, index, timer.seconds + (plan.starts[startIndex] ?? 0));
  const lastTime = rehearsal.last?.seconds[index];
  const isElectron = typeof (globalThis as { briefdeck?: unknown }).briefdeck === 'object';

  const stopRehearsal = rehearsal.stop;
  useEffect(() => {
    if (ended) stopRehearsal();
  }, [ended, stopRehearsal]);

  const leave = () => {
    rehearsal.stop();
    presentation?.act('leave');
  };

  return (
    <main
      className="presenter"
      data-testid="presenter"
      data-indexh={state.indexh}
      data-indexf={state.indexf}
      data-paused={state.paused}
    >
      <header className="presenter-bar">
        <span className="presenter-title">{deck.meta.title}</span>
        <span className="presenter-count" data-testid="presenter-count">
          Slide {index + 1} of {total}
        </span>
        {state.paused && (
          <span className="presenter-blackout" data-testid="presenter-blackout">
            BLACKOUT
          </span>
        )}
        <span className="presenter-spacer" />
        <ScreensNote session={session} />
        {!isElectron && (
          <button type="button" onClick={() => openAudience(session)} data-testid="open-audience">
            Open audience window
          </button>
        )}
        <button
          type="button"
          className={rehearsal.active ? 'is-on' : ''}
          onClick={() => (rehearsal.active ? rehearsal.stop() : (rehearsal.start(), timer.reset()))}
          data-testid="rehearse"
        >
          {rehearsal.active ? 'Stop rehearsal' : 'Rehearse'}
        </button>
        <button type="button" onClick={leave} data-testid="end-show">
          End (Esc)
        </button>
      </header>
      <section className="presenter-current" aria-label="Current slide">
        <DeckView
          slides={slides}
          theme={deck.meta.theme}
          aspect={deck.meta.aspect}
          transition={transition}
          onReady={onReady}
        />
      </section>
      <aside className="presenter-side">
        <div className="presenter-next">
          <h2 className="presenter-label" data-testid="next-label">
            {next && next.index === index ? 'Next: same slide, next build' : 'Next'}
          </h2>
          {next && nextSlide ? (
            <SlidePreview
              slide={nextSlide}
              fragment={next.fragment}
              theme={deck.meta.theme}
              aspect={deck.meta.aspect}
            />
          ) : (
            <div className="slide-preview presenter-end" data-testid="next-preview" data-index="end">
              End of presentation
            </div>
          )}
        </div>
        <div className="presenter-meta">
          <div className="presenter-timer">
            <div className="presenter-elapsed" data-testid="elapsed" data-running={timer.running}>
              {formatDuration(timer.seconds)}
            </div>
            <div className="presenter-timer-buttons">
              <button type="button" onClick={timer.toggle} data-testid="timer-toggle">
                {timer.running ? 'Pause' : 'Resume'}
              </button>
              <button type="button" onClick={timer.reset} data-testid="timer-reset">
                Reset
              </button>
            </div>
            <div className="presenter-clock" data-testid="clock">
              {timer.now.toLocaleTimeString([], CLOCK_FORMAT)}
            </div>
          </div>
          <div className={`presenter-pacing pacing-${status.kind}`} data-testid="pacing">
            <span>~{formatDuration(plan.estimates[index] ?? 0)} for this slide</span>
            <span>{describePacing(status)}</span>
            <span data-testid="rehearsal-last">
              {lastTime !== undefined ? `last rehearsal ${formatDuration(lastTime)}` : 'no rehearsal yet'}
              {rehearsal.active && ' · rehearsing'}
            </span>
          </div>
        </div>
      </aside>
      <NotesPane notes={slide?.notes ?? ''} />
      <JumpOverlay digits={jump} total={total} />
      {ended && <p className="present-ended">The presentation has ended. You can close this window.</p>}
    </main>
  );
}
