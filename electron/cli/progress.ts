/**
 * Progress of a long CLI run on stderr: on a terminal, one bar redrawn in place (with a spinner while a step
 * gives no finer news, e.g. Chromium printing a page); otherwise plain lines that logs keep.
 */

/** Where the progress goes, and whether it is a terminal. */
export interface ProgressOptions {
  write: (text: string) => void;
  tty: boolean;
  /** Terminal width (default 80). */
  columns?: number;
  /** Redraw period of the spinner on a terminal; 0 turns the timer off (tests). Default 120 ms. */
  tickMs?: number;
  now?: () => number;
}

/** A run of `total` items (decks), each going through steps. */
export interface Progress {
  /** Terminal: item `index` (0-based) is at `fraction` (0–1) of its own work, doing `label` (no-op otherwise). */
  update(index: number, fraction: number, label: string): void;
  /** Not a terminal: writes `text` as it is (a line, or the start of one); no-op on a terminal (the bar says it). */
  plain(text: string): void;
  /** A line that stays (a result, or an error), on stderr or `write`; on a terminal the bar is redrawn under it. */
  log(line: string, write?: (text: string) => void): void;
  /** Removes the bar (terminal) and stops the timer. */
  end(): void;
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const CLEAR_LINE = '\r\x1b[K';
const BAR_WIDTH = 24;

/** A progress display over `total` items; see {@link Progress}. */
export function createProgress(total: number, options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  let frame = 0;
  let shown = '';
  let state: { index: number; fraction: number; label: string } | undefined;

  function barLine(): string {
    if (!state) return '';
    const overall = Math.min(
      1,
      (state.index + Math.min(1, Math.max(0, state.fraction))) / Math.max(1, total),
    );
    const filled = Math.round(overall * BAR_WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
    const count = total > 1 ? ` ${Math.min(total, state.index + 1)}/${total}` : '';
    const seconds = ((now() - started) / 1000).toFixed(1);
    const line = `${SPINNER[frame % SPINNER.length]} ${bar} ${String(Math.round(overall * 100)).padStart(3)}%${count} ${seconds} s  ${state.label}`;
    const columns = Math.max(20, (options.columns || 80) - 1);
    return line.length > columns ? `${line.slice(0, columns - 1)}…` : line;
  }

  function draw(): void {
    const line = barLine();
    if (line === shown) return;
    options.write(`${CLEAR_LINE}${line}`);
    shown = line;
  }

  const timer =
    options.tty && (options.tickMs ?? 120) > 0
      ? setInterval(() => {
          frame += 1;
          draw();
        }, options.tickMs ?? 120)
      : undefined;
  timer?.unref();

  return {
    update(index, fraction, label) {
      if (!options.tty) return;
      state = { index, fraction, label };
      draw();
    },
    plain(text) {
      if (!options.tty) options.write(text);
    },
    log(line, write = options.write) {
      if (options.tty && shown) options.write(CLEAR_LINE);
      write(`${line}\n`);
      shown = '';
      if (options.tty) draw();
    },
    end() {
      if (timer) clearInterval(timer);
      if (options.tty && shown) options.write(CLEAR_LINE);
      shown = '';
      state = undefined;
    },
  };
}
