import { afterEach, describe, expect, it, vi } from 'vitest';
import { ASPECT_SIZES, clearUrlQuery, revealConfig } from '../../../renderer/src/deck/revealConfig';

describe('revealConfig', () => {
  it('keeps reveal.js cross-window and URL-driven features off', () => {
    const config = revealConfig({ aspect: '16:9' });
    expect(config).toMatchObject({
      postMessage: false,
      postMessageEvents: false,
      hash: false,
      history: false,
      respondToHashChanges: false,
      previewLinks: false,
      showNotes: false,
      plugins: [],
      embedded: true,
    });
  });

  it('sizes slides by aspect and passes the transition through', () => {
    expect(revealConfig({ aspect: '16:9' })).toMatchObject({ width: 1280, height: 720, transition: 'slide' });
    expect(revealConfig({ aspect: '4:3', transition: 'none', embedded: false })).toMatchObject({
      width: 1024,
      height: 768,
      transition: 'none',
      embedded: false,
    });
    expect(ASPECT_SIZES['4:3'].width / ASPECT_SIZES['4:3'].height).toBeCloseTo(4 / 3);
  });
});

describe('clearUrlQuery', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('removes the query (which reveal.js would read as configuration) and keeps path and hash', () => {
    const replaceState = vi.fn();
    vi.stubGlobal('location', { search: '?postMessage=true&notes=1', pathname: '/index.html', hash: '#/2' });
    vi.stubGlobal('history', { state: null, replaceState });
    clearUrlQuery();
    expect(replaceState).toHaveBeenCalledWith(null, '', '/index.html#/2');
  });

  it('leaves a URL without a query alone', () => {
    const replaceState = vi.fn();
    vi.stubGlobal('location', { search: '', pathname: '/', hash: '' });
    vi.stubGlobal('history', { state: null, replaceState });
    clearUrlQuery();
    expect(replaceState).not.toHaveBeenCalled();
  });
});
