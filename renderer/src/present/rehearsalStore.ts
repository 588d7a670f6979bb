/**
 * Rehearsal: records the time spent on each slide during a run and keeps the last run per deck in local
 * storage, so the presenter view can show it next to the pacing hint.
 */

/** A finished rehearsal. */
export interface Rehearsal {
  /** Seconds spent on each slide (index = slide index). */
  seconds: number[];
  totalSeconds: number;
  /** ISO date of the run. */
  at: string;
}

/** The subset of `Storage` used here (tests pass a map). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

const KEY_PREFIX = 'briefdeck.rehearsal.';

/** A short stable key for a deck: its title plus a hash of its text. */
export function deckKey(title: string, text: string): string {
  let value = 5381;
  for (let index = 0; index < text.length; index += 1) value = ((value * 33) ^ text.charCodeAt(index)) >>> 0;
  return `${title.slice(0, 80)}#${value.toString(36)}`;
}

/** Reads the last rehearsal of a deck (null when none or unreadable). */
export function loadRehearsal(store: KeyValueStore, key: string): Rehearsal | null {
  try {
    const raw = store.getItem(KEY_PREFIX + key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Rehearsal>;
    if (!Array.isArray(parsed.seconds) || !parsed.seconds.every((s) => typeof s === 'number' && s >= 0))
      return null;
    return {
      seconds: parsed.seconds,
      totalSeconds: Number(parsed.totalSeconds) || 0,
      at: String(parsed.at ?? ''),
    };
  } catch {
    return null;
  }
}

/** Stores a rehearsal as the deck's last one. Returns false when storage refused it (full, disabled). */
export function saveRehearsal(store: KeyValueStore, key: string, rehearsal: Rehearsal): boolean {
  try {
    store.setItem(KEY_PREFIX + key, JSON.stringify(rehearsal));
    return true;
  } catch {
    return false;
  }
}

/** Times slides during a run. `now` is in milliseconds (injectable for tests). */
export class RehearsalRecorder {
  private readonly seconds: number[];
  private current: number;
  private enteredAt: number;
  private readonly startedAt: number;

  constructor(
    slideCount: number,
    startIndex: number,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.seconds = new Array<number>(slideCount).fill(0);
    this.current = startIndex;
    this.startedAt = this.enteredAt = now();
  }

  /** Call when the presentation moves to slide `index` (same index: nothing happens). */
  enter(index: number): void {
    if (index === this.current) return;
    this.flush();
    this.current = index;
  }

  /** Ends the run and returns its timings, rounded to whole seconds. */
  finish(): Rehearsal {
    this.flush();
    const total = (this.now() - this.startedAt) / 1000;
    return {
      seconds: this.seconds.map((s) => Math.round(s)),
      totalSeconds: Math.round(total),
      at: new Date(this.now()).toISOString(),
    };
  }

  private flush(): void {
    const time = this.now();
    if (this.current >= 0 && this.current < this.seconds.length) {
      this.seconds[this.current] = (this.seconds[this.current] ?? 0) + (time - this.enteredAt) / 1000;
    }
    this.enteredAt = time;
  }
}
