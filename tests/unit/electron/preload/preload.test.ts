import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../../../../electron/ipc/contract';

vi.mock('electron', async () => (await import('../../../helpers/electronDouble')).electronModule);

import { electronDouble } from '../../../helpers/electronDouble';

let api: HostApi;
beforeAll(async () => {
  await import('../../../../electron/preload/index');
  api = electronDouble.exposed.get('briefdeck') as HostApi;
});

describe('preload', () => {
  it('exposes exactly invoke, on, pathForFile and tell as window.briefdeck', () => {
    expect([...electronDouble.exposed.keys()]).toEqual(['briefdeck']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on', 'pathForFile', 'tell']);
  });

  it('answers a dropped file’s path through webUtils, and refuses anything but a file object', () => {
    const file = { path: '/home/u/article.docx', name: 'article.docx' } as unknown as File;
    expect(api.pathForFile?.(file)).toBe('/home/u/article.docx');
    expect(api.pathForFile?.({ name: 'x' } as unknown as File)).toBe('');
    expect(() => api.pathForFile?.('/etc/passwd' as unknown as File)).toThrow(/dropped File/);
  });

  it('sends only the contract’s window messages to main', () => {
    api.tell?.('window:state', { modal: true, composing: false });
    expect(electronDouble.ipcRendererSent.at(-1)).toEqual({
      channel: 'window:state',
      args: [{ modal: true, composing: false }],
    });
    const before = electronDouble.ipcRendererSent.length;
    expect(() => api.tell?.('deck:save' as never, {} as never)).toThrow(/unknown window message/);
    expect(electronDouble.ipcRendererSent).toHaveLength(before);
  });

  it('forwards contract channels and unwraps the reply', async () => {
    electronDouble.ipcRendererReply = { ok: true, value: ['/a.deck.md'] };
    await expect(api.invoke('recent:list', {})).resolves.toEqual(['/a.deck.md']);
    expect(electronDouble.ipcRendererInvocations.at(-1)).toEqual({ channel: 'recent:list', args: [{}] });
    electronDouble.ipcRendererReply = { ok: false, error: { channel: 'deck:open', message: 'nope' } };
    await expect(api.invoke('deck:open', { path: '/x.deck.md' })).rejects.toThrow('nope');
  });

  it('rejects channels outside the contract without sending them', async () => {
    const before = electronDouble.ipcRendererInvocations.length;
    await expect(api.invoke('fs:readFile' as never, {} as never)).rejects.toThrow(/unknown channel/);
    expect(electronDouble.ipcRendererInvocations).toHaveLength(before);
  });

  it('subscribes only to host events, passes the payload alone, and unsubscribes', () => {
    expect(() => api.on('ipc:raw' as never, () => undefined)).toThrow(/unknown host event/);
    const seen: unknown[][] = [];
    const off = api.on('deck:opened', (...args) => seen.push(args));
    electronDouble.ipcRenderer.emit('deck:opened', { sender: 'event object' }, { path: '/a.deck.md' });
    off();
    electronDouble.ipcRenderer.emit('deck:opened', {}, { path: '/b.deck.md' });
    expect(seen).toEqual([[{ path: '/a.deck.md' }]]);
  });

  it('keeps events that arrive before anyone listens and hands them to the first listener, once', async () => {
    electronDouble.ipcRenderer.emit('present:state', {}, { indexh: 3 });
    const seen: unknown[] = [];
    api.on('present:state', (payload) => seen.push(payload));
    await Promise.resolve();
    expect(seen).toEqual([{ indexh: 3 }]);
    electronDouble.ipcRenderer.emit('present:state', {}, { indexh: 4 });
    const late: unknown[] = [];
    api.on('present:state', (payload) => late.push(payload));
    await Promise.resolve();
    expect(seen).toEqual([{ indexh: 3 }, { indexh: 4 }]);
    expect(late).toEqual([]);
  });
});
