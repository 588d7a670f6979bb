/**
 * The one host contract: every channel between the renderer and its host (Electron main, or the web host),
 * with its request and response types.
 *
 * - The Electron preload exposes `window.briefdeck` built from {@link CHANNELS} and nothing else.
 * - Electron main and the web host validate every request against `electron/ipc/schemas.ts`, which is
 *   compile-checked to cover exactly these channels.
 * - The renderer reaches whichever host is present through `renderer/src/host.ts`.
 *
 * This file must stay free of runtime dependencies: the sandboxed preload bundles it.
 */

/** A deck file as the host hands it to the renderer. */
export interface DeckDocument {
  /** Absolute path, or null for a deck that has never been saved. */
  path: string | null;
  /** The file's text, exactly as stored. */
  text: string;
  /** SHA-256 (hex) of the file's bytes when read; used to detect changes made on disk by others. */
  hash: string | null;
  /** True for the briefing that ships with the app (read-only: saving it asks for a new path). */
  bundled?: boolean;
  /** The article the deck was drafted from, when it lies beside the deck (`name.article.txt`). */
  article?: ArticleSource;
  /** The local images the deck names, read from beside it: deck-relative path → data URL. */
  images?: Record<string, string>;
  /**
   * Set when the file cannot be saved in place faithfully (it is not valid UTF-8): why, in one message for the
   * user. The editor then saves only with Save As; the host refuses to overwrite such a file anyway.
   */
  readOnly?: string;
}

/** The article a draft came from, for the source pane. */
export interface ArticleSource {
  title: string;
  /** The standfirst's sentences, when the article has one; references `p0.sM` index into these (1-based). */
  standfirst?: string[];
  /** Paragraphs of the article body, in order; sentence references `pN.sM` index into these (1-based). */
  paragraphs: string[][];
  /** The writer's bio, which the import keeps beside the text ("X is a senior fellow at …"); slides may quote it. */
  authorBio?: string;
}

/** A file's bytes sent with the request (a file dropped on a browser window, which has no path). */
export interface ArticleFile {
  /** The file's name, for messages (the content decides how it is read). */
  name: string;
  /** The MIME type the browser reported, if any. */
  type?: string;
  /** The bytes, base64-encoded. */
  base64: string;
}

/** One undo step kept in a recovery journal: the deck before it, and the slide that was current (0-based). */
export interface RecoveryStep {
  text: string;
  current: number;
}

/** The most undo steps a recovery journal keeps. */
export const RECOVERY_HISTORY_STEPS = 50;

export type PdfKind = 'slides' | 'notes' | 'handouts';

/**
 * What the print view reports to the exporter once it is laid out (JSON in `<html data-print-layout>`): the
 * exporter builds the PDF outline from it.
 */
export interface PrintLayout {
  /** Pages the document prints to. */
  pages: number;
  /** For each slide, the 0-based page its outline entry points at. */
  slidePages: number[];
  /** Each slide's title (the outline entry's text). */
  titles: string[];
}

/** What the print view (`print.html?job=ID`) is asked to lay out; the export pipeline registers it under an id. */
export interface PrintJob {
  /** The deck file's text. */
  deckText: string;
  kind: PdfKind;
  /** Slides per handout page. */
  perPage: 3 | 6;
  /** Paper for notes and handouts (slides pages take the deck's aspect). */
  paper: 'a4' | 'letter';
  /** The article, when known: source references are then quoted under the notes. */
  article?: ArticleSource;
  /**
   * Set when a long deck prints in parts (every kind): where this part sits in the whole document, so slide
   * and page numbers read as in one print. `pageTotal` is 0 while the parts are only measured.
   */
  part?: PrintPart;
  /**
   * Laid out only to count its pages (a notes part measured before printing): the view may leave out what takes no
   * room of its own (the small slides' text, which sits in a box of fixed size).
   */
  measure?: boolean;
}

/** Where one part of a deck printed in parts sits in the whole document (0-based firsts). */
export interface PrintPart {
  firstSlide: number;
  slideTotal: number;
  firstPage: number;
  pageTotal: number;
}

export interface Contract {
  /** Facts about the host. */
  'app:info': {
    request: Record<string, never>;
    response: { host: 'electron' | 'web'; version: string; platform: string };
  };
  /** The deck to show at start: a file named on the command line, else the bundled briefing. */
  'deck:initial': { request: Record<string, never>; response: DeckDocument };
  /** Open a deck: the given path, or ask the user (null when they cancel). */
  'deck:open': { request: { path?: string }; response: DeckDocument | null };
  /**
   * Save text to a path atomically and durably. `expectedHash` guards against overwriting a file changed on disk:
   * when it differs from the file's current hash the save is refused with `conflict`.
   */
  'deck:save': {
    /** `article`: the deck's source, kept beside it as `name.article.json` (never over an `.article.txt`). */
    request: { path: string; text: string; expectedHash?: string | null; article?: ArticleSource };
    response:
      | { ok: true; path: string; hash: string }
      | { ok: false; reason: 'conflict' | 'readonly' | 'nospace' | 'error'; message: string };
  };
  /** Ask for a path, then save there (null when the user cancels). */
  'deck:saveAs': {
    request: { text: string; suggestedName?: string; article?: ArticleSource };
    response:
      | { ok: true; path: string; hash: string }
      | { ok: false; reason: 'readonly' | 'nospace' | 'error'; message: string }
      | null;
  };
  /** The current hash of a deck file (null when it no longer exists), to notice changes made by others. */
  'deck:stat': { request: { path: string }; response: { hash: string | null } };
  /**
   * Copy an image (dropped or pasted onto a slide) beside a deck the user opened or saved, into `images/` in its
   * folder: PNG, JPEG, GIF, WebP or SVG by content, at most 20 MB, never over an existing file (a free name is
   * picked; a file with the same bytes is reused). Answers the deck-relative path to write in the slide.
   */
  'deck:addImage': {
    request: { deckPath: string; name: string; base64: string };
    response: { relativePath: string; reused: boolean };
  };
  /** Recently opened decks, newest first. */
  'recent:list': { request: Record<string, never>; response: string[] };
  /**
   * Write the crash-recovery journal for a document key (debounced by the renderer): the deck's text, its
   * article (so provenance links still resolve) and the latest undo steps.
   */
  'recovery:write': {
    request: {
      key: string;
      text: string;
      path: string | null;
      article?: ArticleSource;
      history?: RecoveryStep[];
    };
    response: { ok: boolean };
  };
  /** Journals left by a previous session that crashed or was killed. */
  'recovery:list': {
    request: Record<string, never>;
    response: {
      key: string;
      path: string | null;
      text: string;
      savedAt: string;
      article?: ArticleSource;
      history?: RecoveryStep[];
    }[];
  };
  /** Remove a journal after a save or after the user declined recovery. */
  'recovery:clear': { request: { key: string }; response: { ok: boolean } };
  /**
   * Import an article (a path, or ask the user; a dropped file's bytes; or pasted text) and draft a deck from it.
   * The reader is chosen by the content (magic bytes), never by the name.
   */
  'article:import': {
    request: { path?: string; text?: string; file?: ArticleFile; slides?: number };
    response:
      { ok: true; deck: DeckDocument; article: ArticleSource } | { ok: false; message: string } | null;
  };
  /** Export a PDF of the given deck text. `outPath` absent: ask the user. */
  'export:pdf': {
    request: {
      text: string;
      kind: PdfKind;
      perPage?: 3 | 6;
      paper?: 'a4' | 'letter';
      outPath?: string;
      /** The article, when the deck has one: notes pages then quote the sentences each slide rests on. */
      article?: ArticleSource;
    };
    /** `download` (web host): a same-origin URL the browser downloads the written file from. */
    response:
      | { ok: true; path: string; bytes: number; ms: number; download?: string }
      | { ok: false; message: string }
      | null;
  };
  /** The print view fetches its job by the id in its URL (null when unknown or already printed). */
  'print:job': { request: { id: string }; response: PrintJob | null };
  /** Export a self-contained HTML file that presents offline. */
  'export:html': {
    request: { text: string; outPath?: string };
    /** `download` (web host): a same-origin URL the browser downloads the written file from. */
    response:
      { ok: true; path: string; bytes: number; download?: string } | { ok: false; message: string } | null;
  };
  /** Export an editable PowerPoint file (text boxes, shapes, tables, notes). */
  'export:pptx': {
    request: { text: string; outPath?: string };
    /** `download` (web host): a same-origin URL the browser downloads the written file from. */
    response:
      { ok: true; path: string; bytes: number; download?: string } | { ok: false; message: string } | null;
  };
  /**
   * Open the presentation windows for a session whose deck the renderer stored under that id (Electron: audience
   * fullscreen on the external display, presenter on the laptop; the web host answers `ok: false`).
   */
  'present:open': {
    request: { session: string };
    response: { ok: true; externalDisplay: boolean } | { ok: false; message: string };
  };
  /** Relay a presentation sync message to the session's other windows (as a `present:state` event). */
  'present:sync': { request: { session: string; message: PresentSyncMessage }; response: { ok: boolean } };
}

/** A presentation sync message (see `renderer/src/present/syncController.ts`); the host only relays it. */
export interface PresentSyncMessage {
  /** `swap` (presenter → Electron main): put the audience view on the other screen; main handles it. */
  type: 'state' | 'hello' | 'end' | 'swap';
  from: string;
  state?: { indexh: number; indexv: number; indexf: number; paused: boolean; overview?: boolean };
}

export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = Contract[C]['request'];
export type ResponseOf<C extends Channel> = Contract[C]['response'];

/** Every channel, listed once. The preload and the web host expose exactly these. */
export const CHANNELS = [
  'app:info',
  'deck:initial',
  'deck:open',
  'deck:save',
  'deck:saveAs',
  'deck:stat',
  'deck:addImage',
  'recent:list',
  'recovery:write',
  'recovery:list',
  'recovery:clear',
  'article:import',
  'export:pdf',
  'print:job',
  'export:html',
  'export:pptx',
  'present:open',
  'present:sync',
] as const satisfies readonly Channel[];

// Compile-time check that CHANNELS names every channel of the contract.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const _allChannelsListed: Missing extends never ? true : Missing = true;
void _allChannelsListed;

/** What the preload exposes as `window.briefdeck`, and what the web client implements. */
export interface HostApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Subscribe to host events (menu commands, files opened from the OS). Returns an unsubscribe function. */
  on(event: HostEvent, listener: (payload: unknown) => void): () => void;
  /**
   * The absolute path of a file dropped on the window (Electron's `webUtils.getPathForFile`), or '' when it has
   * none. Absent where the host cannot know paths (the web host): send the file's bytes instead.
   */
  pathForFile?(file: File): string;
  /** Tell Electron main about this window (see {@link WindowMessages}). Absent in the web host, which needs none. */
  tell?<M extends WindowMessage>(message: M, payload: WindowMessages[M]): void;
}

/**
 * Messages a window sends Electron main about itself (fire-and-forget). Main checks the sender and validates
 * each payload (`windowMessageSchemas` in `schemas.ts`).
 */
export interface WindowMessages {
  /**
   * A modal dialog is open, or text is being composed with an input method: main then ignores menu commands
   * for this window (their accelerators would otherwise act on the deck behind the dialog).
   */
  'window:state': { modal: boolean; composing: boolean };
  /** The answer to a `window:prepareClose` event: whether the window may now close (saved, or discarded). */
  'window:closeReady': { id: string; ok: boolean };
}
export type WindowMessage = keyof WindowMessages;
/** Every window message, listed once. */
export const WINDOW_MESSAGES = [
  'window:state',
  'window:closeReady',
] as const satisfies readonly WindowMessage[];

/**
 * The `window:prepareClose` event: main asks the editor to save (or to forget its recovery journal, on Don't
 * Save) before its window closes; the editor answers with `window:closeReady` and the same id.
 */
export interface PrepareClose {
  id: string;
  action: 'save' | 'discard';
}

/** Events the host sends to the renderer. */
export const HOST_EVENTS = [
  'menu:command',
  'deck:opened',
  'present:state',
  'present:screens',
  'window:prepareClose',
] as const;

/** The `present:screens` event (Electron main → presenter): which screen shows what, and whether they can swap. */
export interface PresentScreens {
  /** The screen showing the audience view, in words ("DELL U2720Q", "the built-in screen", "screen 2"). */
  audience: string;
  presenter: string;
  /** True when the audience view has a screen of its own. */
  external: boolean;
  /** True when main can put the views on each other's screen. */
  canSwap: boolean;
  /** Set when the system, not Briefdeck, decides where windows go (native Wayland): what to do instead. */
  note?: string;
}
export type HostEvent = (typeof HOST_EVENTS)[number];

/** Thrown (or returned over HTTP) when a request is refused by validation. */
export interface HostError {
  channel: string;
  message: string;
}

/**
 * How a host answers one request, over IPC and over HTTP alike: the value, or a structured error.
 * The preload and the web client unwrap it, so `HostApi.invoke` resolves with the value or rejects.
 */
export type HostReply<T> = { ok: true; value: T } | { ok: false; error: HostError };
