import { describe, expect, it } from 'vitest';
import {
  deckKey,
  loadRehearsal,
  RehearsalRecorder,
  saveRehearsal,
  type KeyValueStore,
} from '../../../../renderer/src/present/rehearsalStore';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('rehearsal', () => {
  it('records the time spent on each slide, revisits included', () => {
    let now = 1_000_000;
    const recorder = new RehearsalRecorder(4, 0, () => now);
    now += 20_000;
    recorder.enter(1);
    now += 42_400;
    recorder.enter(1);
    now += 600;
    recorder.enter(0);
    now += 5_000;
    recorder.enter(3);
    now += 10_000;
    const run = recorder.finish();
    expect(run.seconds).toEqual([25, 43, 0, 10]);
    expect(run.totalSeconds).toBe(78);
  });

  it('stores the last run per deck and reads it back', () => {
    const store = memoryStore();
    const key = deckKey('Briefing', 'text of the deck');
    expect(loadRehearsal(store, key)).toBeNull();
    saveRehearsal(store, key, { seconds: [10, 20], totalSeconds: 30, at: '2026-03-02T09:00:00.000Z' });
    expect(loadRehearsal(store, key)?.seconds).toEqual([10, 20]);
    expect(loadRehearsal(store, deckKey('Briefing', 'another text'))).toBeNull();
  });

  it('ignores corrupt entries and survives a full storage', () => {
    const store = memoryStore();
    store.data.set('briefdeck.rehearsal.k', '{"seconds":["x"]}');
    expect(loadRehearsal(store, 'k')).toBeNull();
    store.data.set('briefdeck.rehearsal.k', 'not json');
    expect(loadRehearsal(store, 'k')).toBeNull();
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveRehearsal(full, 'k', { seconds: [], totalSeconds: 0, at: '' })).toBe(false);
  });
});
