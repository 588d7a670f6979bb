import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../../electron/ipc/contract';
import { MAX_TEXT_CHARS, parseRequest, requestSchemas } from '../../../../electron/ipc/schemas';

describe('request schemas', () => {
  it('cover exactly the contract channels', () => {
    expect(Object.keys(requestSchemas).sort()).toEqual([...CHANNELS].sort());
  });

  it('accept valid requests', () => {
    expect(parseRequest('deck:initial', undefined)).toEqual({ ok: true, value: {} });
    expect(parseRequest('deck:open', { path: '/home/a/x.deck.md' }).ok).toBe(true);
    expect(
      parseRequest('deck:save', { path: '/a/x.deck.md', text: 'x', expectedHash: 'a'.repeat(64) }).ok,
    ).toBe(true);
    expect(parseRequest('deck:save', { path: '/a/x.DECK.MD', text: '', expectedHash: null }).ok).toBe(true);
    expect(parseRequest('deck:saveAs', { text: 'x', suggestedName: 'Brief.deck.md' }).ok).toBe(true);
    expect(parseRequest('recovery:write', { key: 'k-1_x', text: 'x', path: null }).ok).toBe(true);
    expect(
      parseRequest('export:pdf', {
        text: 'x',
        kind: 'handouts',
        perPage: 6,
        paper: 'a4',
        outPath: '/tmp/x.pdf',
      }).ok,
    ).toBe(true);
    expect(parseRequest('article:import', { text: 'An article.', slides: 12 }).ok).toBe(true);
  });

  it.each([
    ['app:info', { extra: 1 }],
    ['deck:open', { path: 'relative/x.deck.md' }],
    ['deck:open', { path: '/a/x\0.deck.md' }],
    ['deck:open', { path: 42 }],
    ['deck:open', { path: '/a/' + 'x'.repeat(5000) + '.md' }],
    ['deck:save', { path: '/a/x.deck.md', text: 'x', expectedHash: 'not-a-hash' }],
    ['deck:save', { path: '/etc/cron.d/job', text: 'x' }],
    ['deck:save', { path: '/a/x.deck.md', text: 'x', mode: 0o777 }],
    ['deck:saveAs', { text: 'x', suggestedName: '../../x.deck.md' }],
    ['recovery:write', { key: 'a.b', text: 'x', path: null }],
    ['recovery:write', { key: 'k', text: 'x' }],
    ['recovery:clear', { key: '' }],
    ['export:pdf', { text: 'x', kind: 'slides', perPage: 4 }],
    ['export:html', { text: 'x', outPath: 'out.html' }],
    ['article:import', { slides: 1.5 }],
    ['deck:initial', null],
    ['deck:initial', 'string'],
  ] as const)('refuses %s %j', (channel, request) => {
    const result = parseRequest(channel, request);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(new RegExp(`^invalid request for ${channel}`));
  });

  it('refuses text over 50 MB', () => {
    const big = 'x'.repeat(MAX_TEXT_CHARS + 1);
    expect(parseRequest('deck:save', { path: '/a/x.deck.md', text: big }).ok).toBe(false);
    expect(parseRequest('recovery:write', { key: 'k', text: big, path: null }).ok).toBe(false);
  });
});
