import { describe, expect, it } from 'vitest';
import { countFragments, nextStep } from '../../../../renderer/src/present/nextStep';
import { actionForKey } from '../../../../renderer/src/present/keyActions';
import { isSessionId, loadSession, saveSession } from '../../../../renderer/src/present/session';

describe('next step', () => {
  it('shows the next fragment of the same slide before the next slide', () => {
    const counts = [0, 2, 0];
    expect(nextStep(0, -1, counts)).toEqual({ index: 1, fragment: -1 });
    expect(nextStep(1, -1, counts)).toEqual({ index: 1, fragment: 0 });
    expect(nextStep(1, 0, counts)).toEqual({ index: 1, fragment: 1 });
    expect(nextStep(1, 1, counts)).toEqual({ index: 2, fragment: -1 });
    expect(nextStep(2, -1, counts)).toBeNull();
  });

  it('counts fragments in rendered HTML', () => {
    expect(
      countFragments('<ul><li>a</li><li class="fragment">b</li><li class="x fragment fade-up">c</li></ul>'),
    ).toBe(2);
    expect(countFragments('<p class="fragments">no</p>')).toBe(0);
  });
});

describe('keys', () => {
  it('maps clicker and keyboard keys', () => {
    expect(actionForKey('PageDown')).toBe('next');
    expect(actionForKey('PageUp')).toBe('prev');
    expect(actionForKey(' ')).toBe('next');
    expect(actionForKey(' ', true)).toBe('prev');
    expect(actionForKey('.')).toBe('blackout');
    expect(actionForKey('B')).toBe('blackout');
    expect(actionForKey('Escape')).toBe('leave');
    expect(actionForKey('o')).toBe('overview');
    expect(actionForKey('x')).toBeUndefined();
  });
});

describe('session', () => {
  it('round-trips the deck handed to the windows and validates ids', () => {
    const data = new Map<string, string>();
    const store = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    saveSession(store, 'abc123', { text: '# Deck', startIndex: 3 });
    expect(loadSession(store, 'abc123')).toEqual({ text: '# Deck', startIndex: 3, rehearse: false });
    expect(loadSession(store, 'other1')).toBeNull();
    data.set('briefdeck.present.bad123', '{"text":1}');
    expect(loadSession(store, 'bad123')).toBeNull();
    expect(isSessionId('abc123')).toBe(true);
    expect(isSessionId('../x')).toBe(false);
    expect(isSessionId(null)).toBe(false);
  });
});
