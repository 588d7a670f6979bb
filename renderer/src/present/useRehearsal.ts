/** Rehearsal mode of the presenter view: times each slide during a run and keeps the deck's last run. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadRehearsal, RehearsalRecorder, saveRehearsal, type Rehearsal } from './rehearsalStore';

/** What {@link useRehearsal} returns. */
export interface RehearsalState {
  active: boolean;
  /** The last finished rehearsal of this deck, if any. */
  last: Rehearsal | null;
  start(): void;
  /** Ends the run and stores it (no-op when not rehearsing). */
  stop(): void;
}

/** Tracks slide changes while rehearsing; `key` identifies the deck in local storage. */
export function useRehearsal(
  key: string,
  slideCount: number,
  index: number,
  initiallyActive: boolean,
): RehearsalState {
  const [last, setLast] = useState<Rehearsal | null>(() => loadRehearsal(localStorage, key));
  const recorder = useRef<RehearsalRecorder | null>(
    initiallyActive ? new RehearsalRecorder(slideCount, index) : null,
  );
  const [active, setActive] = useState(initiallyActive);

  useEffect(() => {
    recorder.current?.enter(index);
  }, [index]);

  const start = useCallback(() => {
    recorder.current = new RehearsalRecorder(slideCount, index);
    setActive(true);
  }, [slideCount, index]);

  const stop = useCallback(() => {
    const run = recorder.current?.finish();
    recorder.current = null;
    setActive(false);
    if (!run) return;
    saveRehearsal(localStorage, key, run);
    setLast(run);
  }, [key]);

  // Leaving the page mid-run keeps what was rehearsed so far.
  useEffect(() => {
    const onHide = () => {
      const run = recorder.current?.finish();
      if (run) saveRehearsal(localStorage, key, run);
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [key]);

  return { active, last, start, stop };
}
