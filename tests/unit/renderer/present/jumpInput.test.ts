import { describe, expect, it } from 'vitest';
import { jumpKey, jumpTarget, type JumpState } from '../../../../renderer/src/present/jumpInput';

function type(keys: string[]): { state: JumpState; go?: number; consumed: boolean[] } {
  let state: JumpState = null;
  let go: number | undefined;
  const consumed: boolean[] = [];
  for (const key of keys) {
    const step = jumpKey(state, key);
    state = step.state;
    consumed.push(step.consumed);
    if (step.go !== undefined) go = step.go;
  }
  return { state, go, consumed };
}

describe('jump input', () => {
  it('G, digits, Enter jumps to the typed number', () => {
    expect(type(['g', '1', '2', 'Enter'])).toEqual({
      state: null,
      go: 12,
      consumed: [true, true, true, true],
    });
  });

  it('a digit alone opens the input', () => {
    expect(type(['5', 'Enter']).go).toBe(5);
    expect(type(['5']).state).toBe('5');
  });

  it('Backspace edits, Escape cancels, G then Enter does nothing', () => {
    expect(type(['g', '1', '2', 'Backspace', 'Enter']).go).toBe(1);
    expect(type(['g', '3', 'Escape'])).toEqual({ state: null, go: undefined, consumed: [true, true, true] });
    expect(type(['g', 'Enter']).go).toBeUndefined();
  });

  it('any other key closes the input and is left for navigation', () => {
    const result = type(['g', '4', 'ArrowRight']);
    expect(result.state).toBeNull();
    expect(result.go).toBeUndefined();
    expect(result.consumed.at(-1)).toBe(false);
    expect(jumpKey(null, 'ArrowRight')).toEqual({ state: null, consumed: false });
  });

  it('clamps the target to the deck', () => {
    expect(jumpTarget(5, 12)).toBe(4);
    expect(jumpTarget(0, 12)).toBe(0);
    expect(jumpTarget(99, 12)).toBe(11);
    expect(jumpTarget(3, 0)).toBe(0);
  });
});
