import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  CHANNELS,
  HOST_EVENTS,
  WINDOW_MESSAGES,
  type Channel,
  type HostApi,
  type HostEvent,
  type HostReply,
  type WindowMessage,
} from '../ipc/contract';

// The sandboxed preload imports only electron and the contract: the host validates every request itself.

function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}

function isWindowMessage(name: unknown): name is WindowMessage {
  return typeof name === 'string' && (WINDOW_MESSAGES as readonly string[]).includes(name);
}

function isHostEvent(name: unknown): name is HostEvent {
  return typeof name === 'string' && (HOST_EVENTS as readonly string[]).includes(name);
}

// Events that arrive before the page subscribes (a file opened from the OS while the editor is still starting)
// wait here and go to the first listener, so none is lost.
const early = new Map<HostEvent, unknown[]>();
const listening = new Set<HostEvent>();
for (const event of HOST_EVENTS) {
  ipcRenderer.on(event, (_event: IpcRendererEvent, payload: unknown) => {
    if (!listening.has(event)) early.set(event, [...(early.get(event) ?? []), payload]);
  });
}

/**
 * `window.briefdeck`: invoke a contract channel, listen to a host event, tell main about this window, or ask a
 * dropped file's path. Nothing else reaches the renderer.
 */
const api: HostApi = {
  async invoke(channel, request) {
    if (!isChannel(channel)) throw new Error(`unknown channel: ${String(channel)}`);
    const reply = (await ipcRenderer.invoke(channel, request)) as HostReply<never>;
    if (reply.ok) return reply.value;
    throw new Error(reply.error.message);
  },
  on(event, listener) {
    if (!isHostEvent(event)) throw new Error(`unknown host event: ${String(event)}`);
    if (typeof listener !== 'function') throw new Error('a listener must be a function');
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    listening.add(event);
    const waiting = early.get(event) ?? [];
    early.delete(event);
    for (const payload of waiting) queueMicrotask(() => listener(payload));
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
  tell(message, payload) {
    if (!isWindowMessage(message)) throw new Error(`unknown window message: ${String(message)}`);
    ipcRenderer.send(message, payload);
  },
  // File.path is gone (Electron 32): the path of a dropped file comes from webUtils, and only for a real File.
  pathForFile(file) {
    if (typeof file !== 'object' || file === null) throw new Error('pathForFile needs a dropped File');
    return webUtils.getPathForFile(file);
  },
};

contextBridge.exposeInMainWorld('briefdeck', api);
