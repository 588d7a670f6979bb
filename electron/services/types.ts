import type { Channel, RequestOf, ResponseOf } from '../ipc/contract';
import type { RecentList } from './recent';
import type { RecoveryStore } from './recovery';

/** A file-type filter for open and save dialogs. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * The host's way of asking the user for a path. Electron shows native dialogs; the web host has none (its
 * `showOpen` throws "not supported" and its `showSave` picks a fresh name in a save folder).
 * Both resolve to an absolute path, or null when the user cancels.
 */
export interface HostDialogs {
  showOpen(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  showSave(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
}

/** Everything a channel handler may use. */
export interface HostContext {
  host: 'electron' | 'web';
  version: string;
  userDataDir: string;
  /** The app root (Electron: `app.getAppPath()`; sources: the repository). */
  appRoot: string;
  dialogs: HostDialogs;
  recent: RecentList;
  recovery: RecoveryStore;
}

/** A handler for one channel: called with an already validated request. Throwing reports an error. */
export type Handler<C extends Channel> = (
  request: RequestOf<C>,
  context: HostContext,
) => Promise<ResponseOf<C>>;

/** One handler per contract channel. */
export type Handlers = { [C in Channel]: Handler<C> };

/** A handler error that is the caller's fault (HTTP 400), e.g. a dialog the web host cannot show. */
export class HostRequestError extends Error {
  override name = 'HostRequestError';
}

/** Dialog filters for decks. */
export const DECK_FILTERS: FileFilter[] = [{ name: 'Briefdeck deck', extensions: ['md'] }];
