import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../../electron/cli/progress';

const CLEAR = '\r\x1b[K';

/** The writes, each checked to start by clearing the line, without that prefix. */
function drawn(writes: readonly string[]): string[] {
  return writes.map((text) => {
    expect(text.startsWith(CLEAR)).toBe(true);
    return text.slice(CLEAR.length);
  });
}

function sink() {
  const writes: string[] = [];
  return { writes, write: (text: string) => void writes.push(text) };
}

describe('CLI progress', () => {
  it('on a terminal redraws one bar in place and clears it at the end', () => {
    const s = sink();
    let clock = 0;
    const progress = createProgress(2, {
      write: s.write,
      tty: true,
      tickMs: 0,
      now: () => clock,
      columns: 120,
    });
    progress.update(0, 0.5, 'a.deck.md · printing');
    clock = 1500;
    progress.update(1, 1, 'b.deck.md · done');
    progress.plain('never shown on a terminal\n');
    progress.end();
    expect(drawn(s.writes)).toEqual([
      '⠋ ██████░░░░░░░░░░░░░░░░░░  25% 1/2 0.0 s  a.deck.md · printing',
      '⠋ ████████████████████████ 100% 2/2 1.5 s  b.deck.md · done',
      '',
    ]);
  });

  it('keeps a logged line above the bar and cuts the bar to the terminal width', () => {
    const s = sink();
    const progress = createProgress(1, { write: s.write, tty: true, tickMs: 0, now: () => 0, columns: 40 });
    progress.update(0, 0.1, 'a very long deck name that does not fit.deck.md');
    expect(drawn(s.writes)[0]).toHaveLength(39);
    const out: string[] = [];
    progress.log('out/a.pdf', (text) => void out.push(text));
    expect(out).toEqual(['out/a.pdf\n']);
    expect(drawn(s.writes).at(-1)?.startsWith('⠋ ')).toBe(true);
    progress.end();
  });

  it('off a terminal writes only plain text, no bar and no control characters', () => {
    const s = sink();
    const progress = createProgress(1, { write: s.write, tty: false });
    progress.update(0, 0.5, 'a.deck.md · printing');
    progress.plain('Exporting 3 slides (slides)…');
    progress.plain(' done in 0.4 s\n');
    progress.log('briefdeck export: a.deck.md: failed');
    progress.end();
    expect(s.writes.join('')).toBe(
      'Exporting 3 slides (slides)… done in 0.4 s\nbriefdeck export: a.deck.md: failed\n',
    );
  });
});
