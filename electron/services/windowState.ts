/**
 * The editor window's size and position, remembered between runs in `<userData>/window-state.json`. Pure Node:
 * main hands in the displays, so a window saved on a monitor that is gone reopens on one that is there.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { saveFileAtomic } from './atomicFile';

/** A rectangle in screen coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered of the window. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

const STATE_FILE = 'window-state.json';
/** A window smaller than this is not worth restoring (it was probably minimised or broken). */
const MIN_SIZE = { width: 640, height: 480 };
/** How much of the window must lie on some display for it to be restored where it was. */
const MIN_VISIBLE = 100;

function isRect(value: unknown): value is Rect {
  const rect = value as Partial<Rect> | null;
  return (
    typeof rect === 'object' &&
    rect !== null &&
    [rect.x, rect.y, rect.width, rect.height].every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The state to restore, given the work areas of the displays now connected: undefined when nothing was saved,
 * the file is damaged, the window was tiny, or no display shows enough of it.
 */
export function restorableState(saved: unknown, workAreas: readonly Rect[]): WindowState | undefined {
  const state = saved as Partial<WindowState> | null;
  if (typeof state !== 'object' || state === null || !isRect(state.bounds)) return undefined;
  const { bounds } = state;
  if (bounds.width < MIN_SIZE.width || bounds.height < MIN_SIZE.height) return undefined;
  const visible = workAreas.some((area) => {
    const shared = overlap(bounds, area);
    return shared.width >= MIN_VISIBLE && shared.height >= MIN_VISIBLE;
  });
  return visible ? { bounds, maximized: state.maximized === true } : undefined;
}

/** Reads the saved state (anything unreadable counts as nothing saved). */
export async function loadWindowState(userDataDir: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(join(userDataDir, STATE_FILE), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Saves the window's state atomically. */
export async function saveWindowState(userDataDir: string, state: WindowState): Promise<void> {
  await saveFileAtomic(join(userDataDir, STATE_FILE), JSON.stringify(state) + '\n');
}
