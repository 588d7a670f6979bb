/** The presenter's elapsed timer (pause, resume, reset) and the wall clock, ticking four times a second. */
import { useCallback, useEffect, useState } from 'react';

/** What {@link useTimer} returns. */
export interface TimerState {
  /** Elapsed whole seconds. */
  seconds: number;
  running: boolean;
  /** The wall clock at the last tick. */
  now: Date;
  toggle(): void;
  reset(): void;
}

interface Clock {
  /** Milliseconds accumulated before the current run. */
  banked: number;
  /** When the current run started, or null while paused. */
  since: number | null;
}

const TICK_MS = 250;

/** Starts running on mount. */
export function useTimer(): TimerState {
  const [clock, setClock] = useState<Clock>(() => ({ banked: 0, since: Date.now() }));
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(id);
  }, []);

  const toggle = useCallback(() => {
    const time = Date.now();
    setClock((c) =>
      c.since === null
        ? { banked: c.banked, since: time }
        : { banked: c.banked + time - c.since, since: null },
    );
    setNow(time);
  }, []);
  const reset = useCallback(() => {
    const time = Date.now();
    setClock((c) => ({ banked: 0, since: c.since === null ? null : time }));
    setNow(time);
  }, []);

  const elapsed = clock.banked + (clock.since === null ? 0 : Math.max(0, now - clock.since));
  return {
    seconds: Math.floor(elapsed / 1000),
    running: clock.since !== null,
    now: new Date(now),
    toggle,
    reset,
  };
}
