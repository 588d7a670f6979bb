import { dirname } from 'node:path';
import type { DeckDocument } from '../ipc/contract';
import { readArticleSidecar, writeArticleSidecar } from './articleSidecar';
import { bundledDeckPath } from './bundled';
import { hashFile, readDeck, saveDeck } from './deckFiles';
import { deckImages } from './sanitize/images';
import { DECK_FILTERS, type HostContext, type Handlers } from './types';

const MARKDOWN_NAME_PATTERN = /\.md$/i;
const DECK_SUFFIX = '.deck.md';

/** The deck opened at start when nothing else was asked for. */
export async function readBundledDeck(appRoot: string): Promise<DeckDocument> {
  const path = bundledDeckPath(appRoot);
  if (!path) throw new Error(`The bundled briefing is missing from ${appRoot}; reinstall Briefdeck.`);
  const doc = await readDeck(path);
  return withArticle(path, { path: null, text: doc.text, hash: doc.hash, bundled: true });
}

/** The document with the article that lies beside its file, when there is one. */
async function withArticle(path: string, doc: DeckDocument): Promise<DeckDocument> {
  const article = await readArticleSidecar(path);
  // The editor cannot read beside the deck: the images the deck names come with it, as data URLs.
  const images = deckImages(doc.text, dirname(path));
  const withImages = Object.keys(images).length > 0 ? { ...doc, images } : doc;
  return article ? { ...withImages, article } : withImages;
}

/** Give a chosen save path the deck extension when the user left it off. */
export function withDeckExtension(path: string): string {
  return MARKDOWN_NAME_PATTERN.test(path) ? path : path + DECK_SUFFIX;
}

async function remember(context: HostContext, path: string): Promise<void> {
  await context.recent.add(path).catch(() => undefined);
}

/** Handlers for every channel this module owns; `initialDeckPath` is the deck named on the command line. */
export function createCoreHandlers(
  initialDeckPath: string | null,
): Omit<
  Handlers,
  | 'deck:addImage'
  | 'article:import'
  | 'export:pdf'
  | 'print:job'
  | 'export:html'
  | 'export:pptx'
  | 'present:open'
  | 'present:sync'
> {
  return {
    'app:info': async (_request, context) => ({
      host: context.host,
      version: context.version,
      platform: process.platform,
    }),
    'deck:initial': async (_request, context) => {
      if (initialDeckPath) {
        try {
          const doc = await readDeck(initialDeckPath);
          await remember(context, initialDeckPath);
          return withArticle(initialDeckPath, doc);
        } catch (error) {
          process.stderr.write(
            `briefdeck: ${(error as Error).message} Opening the bundled briefing instead.\n`,
          );
        }
      }
      return readBundledDeck(context.appRoot);
    },
    'deck:open': async (request, context) => {
      const path =
        request.path ?? (await context.dialogs.showOpen({ title: 'Open deck', filters: DECK_FILTERS }));
      if (path === null) return null;
      const doc = await readDeck(path);
      await remember(context, path);
      return withArticle(path, doc);
    },
    'deck:stat': async (request) => ({ hash: await hashFile(request.path) }),
    'deck:save': async (request, context) => {
      const result = await saveDeck(request.path, request.text, request.expectedHash);
      if (result.ok) {
        await remember(context, result.path);
        if (request.article) await writeArticleSidecar(result.path, request.article);
      }
      return result;
    },
    'deck:saveAs': async (request, context) => {
      const chosen = await context.dialogs.showSave({
        title: 'Save deck as',
        defaultName: request.suggestedName ?? 'untitled' + DECK_SUFFIX,
        filters: DECK_FILTERS,
      });
      if (chosen === null) return null;
      const result = await saveDeck(withDeckExtension(chosen), request.text);
      if (!result.ok)
        return {
          ok: false,
          reason: result.reason === 'conflict' ? 'error' : result.reason,
          message: result.message,
        };
      await remember(context, result.path);
      if (request.article) await writeArticleSidecar(result.path, request.article);
      return result;
    },
    'recent:list': async (_request, context) => context.recent.list(),
    'recovery:write': async (request, context) => {
      await context.recovery.write(request.key, request.text, request.path, {
        ...(request.article ? { article: request.article } : {}),
        ...(request.history ? { history: request.history } : {}),
      });
      return { ok: true };
    },
    'recovery:list': async (_request, context) => context.recovery.list(),
    'recovery:clear': async (request, context) => {
      await context.recovery.clear(request.key);
      return { ok: true };
    },
  };
}
