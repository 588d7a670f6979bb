import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../../../electron/ipc/contract';
import { createWebHost, HostCallError, readToken, TOKEN_HEADER } from '../../../renderer/src/host';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch double answering every call with `reply` (a value to JSON-encode, or raw text). */
function fakeFetch(reply: unknown, status = 200): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetchDouble = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const body = typeof reply === 'string' ? reply : JSON.stringify(reply);
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { fetch: fetchDouble, calls };
}

describe('the web host client', () => {
  it('POSTs the request as JSON to /api/<channel> with the token header and unwraps the value', async () => {
    const document = { path: null, text: '# Hi', hash: null };
    const { fetch, calls } = fakeFetch({ ok: true, value: document });
    const host = createWebHost({ token: 'tok-123', fetch });
    await expect(host.invoke('deck:initial', {})).resolves.toEqual(document);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/deck:initial');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe('{}');
    expect((calls[0]?.init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('tok-123');
    expect((calls[0]?.init.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('rejects with the host error message when the host refuses', async () => {
    const { fetch } = fakeFetch(
      { ok: false, error: { channel: 'deck:open', message: 'path is not allowed' } },
      400,
    );
    const host = createWebHost({ token: 't', fetch });
    const call = host.invoke('deck:open', { path: '/etc/passwd' });
    await expect(call).rejects.toBeInstanceOf(HostCallError);
    await expect(call).rejects.toThrow('path is not allowed');
  });

  it('rejects clearly on a reply that is not the protocol', async () => {
    await expect(
      createWebHost({ token: 't', fetch: fakeFetch('<html>nope', 404).fetch }).invoke('app:info', {}),
    ).rejects.toThrow('The host answered 404 without a valid reply.');
    await expect(
      createWebHost({ token: 't', fetch: fakeFetch({ value: 1 }).fetch }).invoke('app:info', {}),
    ).rejects.toThrow('without a valid reply');
  });

  it('rejects when the host cannot be reached', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(createWebHost({ token: 't', fetch: failing }).invoke('recent:list', {})).rejects.toThrow(
      'Could not reach the host: Failed to fetch',
    );
  });

  it('reads the token the web host injects into index.html', () => {
    const { document } = parseHTML(
      '<html><head><meta name="briefdeck-token" content="abc"></head><body></body></html>',
    );
    expect(readToken(document)).toBe('abc');
    expect(readToken(parseHTML('<html><head></head></html>').document)).toBe('');
  });
});

describe('getHost', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('prefers the Electron preload API when present', async () => {
    const preload: HostApi = {
      invoke: vi.fn(async () => ({ host: 'electron', version: '1', platform: 'linux' })) as HostApi['invoke'],
      on: () => () => undefined,
    };
    vi.stubGlobal('briefdeck', preload);
    const { invoke } = await import('../../../renderer/src/host');
    await expect(invoke('app:info', {})).resolves.toEqual({
      host: 'electron',
      version: '1',
      platform: 'linux',
    });
    expect(preload.invoke).toHaveBeenCalledWith('app:info', {});
  });

  it('falls back to HTTP with the page token otherwise', async () => {
    const { document } = parseHTML(
      '<html><head><meta name="briefdeck-token" content="page-token"></head></html>',
    );
    const { fetch, calls } = fakeFetch({ ok: true, value: [] });
    vi.stubGlobal('document', document);
    vi.stubGlobal('fetch', fetch);
    const { invoke } = await import('../../../renderer/src/host');
    await expect(invoke('recent:list', {})).resolves.toEqual([]);
    expect((calls[0]?.init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('page-token');
  });
});
