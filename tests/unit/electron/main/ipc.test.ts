import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../../../electron/ipc/contract';
import { isTrustedSender, registerIpc } from '../../../../electron/main/ipc';
import type { HostServices } from '../../../../electron/services/hostServices';
import {
  electronDouble,
  electronModule,
  FakeBrowserWindow,
  FakeWebFrame,
  resetElectronDouble,
} from '../../../helpers/electronDouble';

type Invoke = (
  event: unknown,
  ...args: unknown[]
) => Promise<{ ok: boolean; error?: { message: string }; value?: unknown }>;

describe('IPC registration and sender check', () => {
  let window: FakeBrowserWindow;
  let windows: FakeBrowserWindow[];
  const dispatch = vi.fn<HostServices['dispatch']>();

  beforeEach(() => {
    resetElectronDouble();
    dispatch.mockReset();
    dispatch.mockImplementation(async (channel, request) => ({
      status: 200,
      reply: { ok: true, value: { channel, request } },
    }));
    window = new FakeBrowserWindow({});
    windows = [window];
    registerIpc(
      electronModule.ipcMain as unknown as IpcMain,
      { dispatch },
      () => windows as unknown as BrowserWindow[],
    );
  });

  const handler = (channel: string) => electronDouble.ipcMainHandlers.get(channel) as Invoke;
  const eventFrom = (frame: FakeWebFrame | null) => ({ senderFrame: frame }) as unknown as IpcMainInvokeEvent;

  it('registers exactly the contract channels', () => {
    expect([...electronDouble.ipcMainHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers our main frame on the app origin', async () => {
    const reply = await handler('recent:list')(eventFrom(window.webContents.mainFrame), {});
    expect(reply).toEqual({ ok: true, value: { channel: 'recent:list', request: {} } });
    expect(dispatch).toHaveBeenCalledOnce();
  });

  it.each([
    ['no frame', () => null],
    ['a frame of another window', () => new FakeWebFrame('app://briefdeck/index.html')],
    [
      'a sub-frame of our window',
      () => new FakeWebFrame('app://briefdeck/index.html', window.webContents.mainFrame),
    ],
  ])('refuses %s', async (_name, frame) => {
    const reply = await handler('deck:initial')(eventFrom(frame()), {});
    expect(reply.ok).toBe(false);
    expect(reply.error?.message).toMatch(/refused/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:4646/',
    'file:///tmp/x.html',
    'app://other/index.html',
    'about:blank',
  ])('refuses our main frame once it shows %s', async (url) => {
    window.webContents.mainFrame.url = url;
    expect((await handler('deck:initial')(eventFrom(window.webContents.mainFrame), {})).ok).toBe(false);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a destroyed window and a frame whose getter throws', async () => {
    window.destroyed = true;
    expect(isTrustedSender(window.webContents.mainFrame as never, windows as never)).toBe(false);
    const throwing = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    window.destroyed = false;
    expect((await handler('deck:initial')(throwing, {})).ok).toBe(false);
  });

  it('refuses extra arguments', async () => {
    const reply = await handler('deck:open')(
      eventFrom(window.webContents.mainFrame),
      { path: '/a.deck.md' },
      'extra',
    );
    expect(reply.ok).toBe(false);
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('IPC with the real services', () => {
  it('refuses unknown channels and invalid requests with structured errors', async () => {
    resetElectronDouble();
    const { createHostServices } = await import('../../../../electron/services/hostServices');
    const services = createHostServices({
      host: 'electron',
      version: '1.0.0',
      userDataDir: '/nonexistent-briefdeck-test',
      appRoot: '/nonexistent',
      dialogs: { showOpen: async () => null, showSave: async () => null },
    });
    const window = new FakeBrowserWindow({});
    registerIpc(
      electronModule.ipcMain as unknown as IpcMain,
      services,
      () => [window] as unknown as BrowserWindow[],
    );
    const event = { senderFrame: window.webContents.mainFrame };
    expect(electronDouble.ipcMainHandlers.has('fs:readFile')).toBe(false);
    expect(await services.dispatch('fs:readFile', {})).toMatchObject({ status: 404, reply: { ok: false } });

    const invalid = [
      ['deck:open', { path: 'relative.deck.md' }],
      ['deck:open', { path: '/etc/passwd\0.md' }],
      ['deck:open', { path: '/a.deck.md', extra: true }],
      ['deck:save', { path: '/tmp/x.deck.md' }],
      ['deck:save', { path: '/tmp/x.sh', text: 'x' }],
      ['recovery:write', { key: '../../etc', text: '', path: null }],
      ['app:info', { sneaky: 1 }],
      ['export:pdf', { text: '', kind: 'poster' }],
    ] as const;
    for (const [channel, request] of invalid) {
      const reply = await (electronDouble.ipcMainHandlers.get(channel) as Invoke)(event, request);
      expect(reply.ok, `${channel} ${JSON.stringify(request)}`).toBe(false);
      expect(reply.error?.message).toMatch(/invalid request/);
    }
  });
});
