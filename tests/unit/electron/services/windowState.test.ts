import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadWindowState, restorableState, saveWindowState } from '../../../../electron/services/windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const projector = { x: 1440, y: 0, width: 1920, height: 1080 };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('remembered window state', () => {
  it('restores a window that a connected display shows', () => {
    const saved = { bounds: { x: 1600, y: 50, width: 1200, height: 800 }, maximized: true };
    expect(restorableState(saved, [laptop, projector])).toEqual(saved);
  });

  it('forgets a window left on a display that is gone, a tiny one, and damaged state', () => {
    const onProjector = { bounds: { x: 1600, y: 50, width: 1200, height: 800 }, maximized: false };
    expect(restorableState(onProjector, [laptop])).toBeUndefined();
    expect(restorableState({ bounds: { x: 0, y: 0, width: 200, height: 100 } }, [laptop])).toBeUndefined();
    expect(restorableState({ bounds: { x: 'a' } }, [laptop])).toBeUndefined();
    expect(restorableState(null, [laptop])).toBeUndefined();
  });

  it('round-trips through the user-data folder and survives a damaged file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-window-'));
    dirs.push(dir);
    expect(await loadWindowState(dir)).toBeUndefined();
    const state = { bounds: { x: 10, y: 20, width: 1300, height: 850 }, maximized: false };
    await saveWindowState(dir, state);
    expect(restorableState(await loadWindowState(dir), [laptop])).toEqual(state);
    writeFileSync(join(dir, 'window-state.json'), '{not json');
    expect(await loadWindowState(dir)).toBeUndefined();
  });
});
