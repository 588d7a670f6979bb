import { CHANNELS, type Channel, type HostReply, type RequestOf } from '../ipc/contract';
import { parseRequest } from '../ipc/schemas';
import { createCoreHandlers } from './coreHandlers';
import { assertDeckTarget, assertWritableChoice, createPathGrants, type PathGrants } from './pathPolicy';
import { createRecentList } from './recent';
import { createRecoveryStore } from './recovery';
import { laterHandlers, type HandlerOverrides } from './registry';
import { HostRequestError, type HostContext, type HostDialogs, type Handlers } from './types';

/** How a dispatched request ended: an HTTP-like status and the reply to send back. */
export interface DispatchResult {
  /** 200 answered, 400 invalid request, 404 unknown channel, 500 the handler failed. */
  status: 200 | 400 | 404 | 500;
  reply: HostReply<unknown>;
}

/** What a host (Electron main or the web host) provides to build its services. */
export interface HostServicesOptions {
  host: 'electron' | 'web';
  version: string;
  userDataDir: string;
  appRoot: string;
  dialogs: HostDialogs;
  /** A deck named on the command line, opened by `deck:initial` instead of the bundled briefing. */
  initialDeckPath?: string | null;
  /** Replace any handler (e.g. Electron's own `export:pdf`). */
  overrides?: HandlerOverrides;
  /** Called after the recent-files list changes (Electron rebuilds its menu and tells the OS). */
  onRecentChange?: (files: string[]) => void;
  /** Folders where new files may always be written (the web host's save folder). */
  writableFolders?: string[];
}

/** The host services shared by Electron main and the web host. */
export interface HostServices {
  readonly context: HostContext;
  readonly handlers: Handlers;
  /** The files and folders the user chose in this session (what saves and exports may write). */
  readonly grants: PathGrants;
  /** Validate and answer one request; never throws. */
  dispatch(channel: string, request: unknown): Promise<DispatchResult>;
}

/** Is `name` one of the contract's channels? */
export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name);
}

const DECK_EXTENSIONS = ['.md'];
const WRITE_EXTENSIONS: Partial<Record<Channel, string[]>> = {
  'export:pdf': ['.pdf'],
  'export:html': ['.html', '.htm'],
  'export:pptx': ['.pptx'],
};

/** Dialogs whose answers count as the user's choice: the chosen file may then be written. */
function grantingDialogs(dialogs: HostDialogs, grants: PathGrants): HostDialogs {
  return {
    async showOpen(request) {
      const path = await dialogs.showOpen(request);
      if (path !== null) grants.grantFile(path);
      return path;
    },
    async showSave(request) {
      const path = await dialogs.showSave(request);
      if (path !== null) grants.grantFile(path);
      return path;
    },
  };
}

/** The path a response says was opened or saved, if any. */
function resultPath(channel: Channel, value: unknown): string | null {
  if (!value || typeof value !== 'object') return null;
  if (channel === 'deck:open' || channel === 'deck:initial') {
    const path = (value as { path?: unknown }).path;
    return typeof path === 'string' ? path : null;
  }
  if (channel === 'deck:save' || channel === 'deck:saveAs') {
    const result = value as { ok?: unknown; path?: unknown };
    return result.ok === true && typeof result.path === 'string' ? result.path : null;
  }
  return null;
}

/** Build the services for a host. */
export function createHostServices(options: HostServicesOptions): HostServices {
  const grants = createPathGrants();
  for (const folder of options.writableFolders ?? []) grants.grantFolder(folder);
  const context: HostContext = {
    host: options.host,
    version: options.version,
    userDataDir: options.userDataDir,
    appRoot: options.appRoot,
    dialogs: grantingDialogs(options.dialogs, grants),
    recent: createRecentList(options.userDataDir, options.onRecentChange),
    recovery: createRecoveryStore(options.userDataDir),
  };
  const handlers: Handlers = {
    ...createCoreHandlers(options.initialDeckPath ?? null),
    ...laterHandlers,
    ...options.overrides,
  };

  /** Refuse a request whose path the user did not choose (see pathPolicy.ts). */
  async function checkPaths(channel: Channel, request: unknown): Promise<void> {
    const fields = request as { path?: string; outPath?: string };
    if (channel === 'deck:open' && fields.path !== undefined) await assertDeckTarget(fields.path);
    if (channel === 'deck:save' || channel === 'deck:stat') {
      const path = fields.path ?? '';
      if (channel === 'deck:stat' && !grants.hasFile(path) && !(await context.recent.list()).includes(path))
        throw new HostRequestError(`${path} is not a deck you opened.`);
      if (channel === 'deck:save')
        await assertWritableChoice(grants, path, DECK_EXTENSIONS, await context.recent.list());
    }
    if (channel === 'deck:addImage') {
      // Images go only beside a deck the user opened or saved (into its own folder; see addImage.ts).
      const deck = (request as { deckPath: string }).deckPath;
      if (!grants.hasFile(deck) && !(await context.recent.list()).includes(deck))
        throw new HostRequestError(
          `${deck} is not a deck you opened or saved; images are added only beside one.`,
        );
    }
    const extensions = WRITE_EXTENSIONS[channel];
    if (extensions && fields.outPath !== undefined)
      await assertWritableChoice(grants, fields.outPath, extensions, []);
  }

  async function run<C extends Channel>(channel: C, raw: unknown): Promise<DispatchResult> {
    const parsed = parseRequest(channel, raw);
    if (!parsed.ok) return { status: 400, reply: { ok: false, error: { channel, message: parsed.message } } };
    try {
      await checkPaths(channel, parsed.value);
      const handler = handlers[channel] as (request: RequestOf<C>, context: HostContext) => Promise<unknown>;
      const value = await handler(parsed.value, context);
      const chosen = resultPath(channel, value);
      if (chosen !== null) grants.grantFile(chosen);
      return { status: 200, reply: { ok: true, value } };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        status: error instanceof HostRequestError ? 400 : 500,
        reply: { ok: false, error: { channel, message } },
      };
    }
  }

  return {
    context,
    handlers,
    grants,
    dispatch(channel, request) {
      if (!isChannel(channel)) {
        return Promise.resolve({
          status: 404,
          reply: { ok: false, error: { channel, message: `unknown channel: ${channel}` } },
        });
      }
      return run(channel, request);
    },
  };
}
