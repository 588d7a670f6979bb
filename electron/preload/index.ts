import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  CHANNELS,
  HOST_EVENTS,
  type Channel,
  type HostApi,
  type HostEvent,
  type HostReply,
} from '../ipc/contract';

// The sandboxed preload imports only electron and the contract: the host validates every request itself.

function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
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

/** `window.briefdeck`: invoke a contract channel, or listen to a host event. Nothing else reaches the renderer. */
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
};

contextBridge.exposeInMainWorld('briefdeck', api);
