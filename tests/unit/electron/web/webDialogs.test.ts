import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshName } from '../../../../electron/web/webDialogs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the web host picks fresh file names', () => {
  it('keeps each kind of extension and never reuses an existing name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-names-'));
    dirs.push(dir);
    expect(freshName(dir, 'brief.deck.md')).toBe(join(dir, 'brief.deck.md'));
    expect(freshName(dir, 'notes.pdf')).toBe(join(dir, 'notes.pdf'));
    expect(freshName(dir, 'deck.html')).toBe(join(dir, 'deck.html'));
    expect(freshName(dir, 'untitled')).toBe(join(dir, 'untitled.deck.md'));
    writeFileSync(join(dir, 'notes.pdf'), 'x');
    writeFileSync(join(dir, 'brief.deck.md'), 'x');
    expect(freshName(dir, 'notes.pdf')).toBe(join(dir, 'notes (2).pdf'));
    expect(freshName(dir, 'brief.deck.md')).toBe(join(dir, 'brief (2).deck.md'));
    expect(freshName(dir, '../escape.pdf')).toBe(join(dir, 'escape.pdf'));
  });
});
