/**
 * The file behind the editor and the file commands: New, Open, Save (guarded by the file's hash), Save As,
 * Import article, and opening text dropped on the window. Unsaved changes are never dropped without asking;
 * a failed save keeps every edit.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ArticleFile, ArticleSource, DeckDocument } from '../../../electron/ipc/contract';
import { makeDeck, makeSlide, parseDeck, stringifyDeck } from '../../../slides/index';
import { notADeckReason } from '../../../slides/format/deckShape';
import type { Deck, DeckError } from '../../../slides/model';
import { hasFileDialogs, invoke } from '../host';
import { setDeckImages } from '../sanitize';
import type { Choice } from './ChoiceDialog';
import { documentFrom, fileName, isModified, suggestedName, type DocumentInfo } from './documentInfo';
import { createEditorModel } from './executeAction';
import type { EditorStore } from './store';

/** A message shown in the editor's notice bar. */
export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

type Ask = <T extends string>(title: string, message: string, choices: Choice<T>[]) => Promise<T | null>;

/** What {@link useDocument} returns. */
export interface DocumentState {
  doc: DocumentInfo | null;
  setDoc: (doc: DocumentInfo) => void;
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
  /** Problems in the file as opened (its broken parts are not shown; saving asks for a new name). */
  openErrors: DeckError[];
  /** Set when the host has no file dialog and a path must be typed: what the path is for. */
  pathPrompt: 'open' | 'import' | null;
  closePathPrompt: () => void;
  load: (document: DeckDocument, article?: ArticleSource | null) => void;
  newDeck: () => Promise<void>;
  /** Opens a deck; `confirmed` skips the unsaved-changes question (already asked). */
  open: (path?: string, confirmed?: boolean) => Promise<void>;
  save: () => Promise<boolean>;
  saveAs: () => Promise<boolean>;
  importArticle: (
    request?: { path?: string; text?: string; file?: ArticleFile },
    confirmed?: boolean,
  ) => Promise<void>;
  /** Asks before unsaved changes would be dropped; true when it is fine to go on. */
  confirmDiscard: () => Promise<boolean>;
}

/** How a host without file dialogs (the web host) says it needs a path. */
const NO_DIALOG = /no open dialog|no .*dialog|not available here/i;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The deck's article, sent with a save so the host keeps it beside the file (an empty object when none). */
function articleOf(store: EditorStore): { article?: ArticleSource } {
  const article = store.getModel().state.article;
  return article ? { article } : {};
}

/** A new, untitled deck with one title slide. */
export function newDeckText(): string {
  const deck = makeDeck({ title: 'Untitled briefing' }, [
    makeSlide({ layout: 'title', title: 'Untitled briefing', notes: '' }),
  ]);
  return stringifyDeck(deck);
}

/** The file behind the editor and its commands. */
export function useDocument(
  store: EditorStore,
  ask: Ask,
  onLoaded?: (doc: DocumentInfo) => void,
): DocumentState {
  const [doc, setDocState] = useState<DocumentInfo | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [openErrors, setOpenErrors] = useState<DeckError[]>([]);
  const [pathPrompt, setPathPrompt] = useState<'open' | 'import' | null>(null);
  const docRef = useRef<DocumentInfo | null>(null);
  const errorsRef = useRef<DeckError[]>([]);

  const setDoc = useCallback((next: DocumentInfo) => {
    docRef.current = next;
    setDocState(next);
  }, []);

  const loadDeck = useCallback(
    (document: DeckDocument, article: ArticleSource | null = document.article ?? null) => {
      const { deck, errors } = parseDeck(document.text);
      // The deck's local images came with it (the host read them from beside the deck): slides draw them.
      setDeckImages(document.images);
      store.reset(createEditorModel(deck, article));
      const info = documentFrom(document, deck);
      errorsRef.current = errors;
      setOpenErrors(errors);
      setDoc(info);
      onLoaded?.(info);
      if (document.readOnly) setNotice({ kind: 'error', text: document.readOnly });
    },
    [store, setDoc, onLoaded],
  );

  // A Markdown file that is not a deck (an article opened from the OS, say) is offered for import instead.
  const importRef = useRef<DocumentState['importArticle'] | null>(null);
  const offerImport = useCallback(
    async (document: DeckDocument & { path: string }, reason: string) => {
      if (!docRef.current) loadDeck({ path: null, text: newDeckText(), hash: null });
      const choice = await ask(
        'Not a Briefdeck deck',
        `${fileName(document.path)} is not a deck: it ${reason}. Import it as an article and draft a deck from it?`,
        [
          { value: 'import', label: 'Import as Article', primary: true },
          { value: 'open', label: 'Open as Deck' },
          { value: 'cancel', label: 'Cancel' },
        ],
      );
      if (choice === 'import') await importRef.current?.({ path: document.path }, true);
      else if (choice === 'open') loadDeck(document);
    },
    [ask, loadDeck],
  );

  const load = useCallback(
    (document: DeckDocument, article?: ArticleSource | null) => {
      const reason = document.path ? notADeckReason(document.text) : null;
      if (reason && document.path) void offerImport({ ...document, path: document.path }, reason);
      else loadDeck(document, article);
    },
    [loadDeck, offerImport],
  );

  /** Says a save failed (the edits stay in the editor); always false, for the save functions to return. */
  const saveFailed = (error: unknown): false => {
    setNotice({ kind: 'error', text: `Could not save: ${messageOf(error)} Your edits are still here.` });
    return false;
  };

  const writeSaved = (info: DocumentInfo, deck: Deck, path: string, hash: string) => {
    const next = { ...info, path, hash, bundled: false, savedDeck: deck, readOnly: undefined };
    errorsRef.current = [];
    setOpenErrors([]);
    setDoc(next);
    void invoke('recovery:clear', { key: info.journalKey }).catch(() => undefined);
    setNotice({ kind: 'info', text: `Saved ${path}.` });
  };

  const saveAs = useCallback(async (): Promise<boolean> => {
    const info = docRef.current;
    if (!info) return false;
    const deck = store.getModel().state.deck;
    try {
      const result = await invoke('deck:saveAs', {
        text: stringifyDeck(deck),
        suggestedName: suggestedName(info, deck.meta.title),
        ...articleOf(store),
      });
      if (result === null) return false;
      if (!result.ok) return saveFailed(result.message);
      writeSaved(info, deck, result.path, result.hash);
      return true;
    } catch (error) {
      return saveFailed(error);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  const openPath = useCallback(
    async (path: string) => {
      try {
        const document = await invoke('deck:open', { path });
        if (document) load(document);
      } catch (error) {
        setNotice({ kind: 'error', text: `Could not open ${path}: ${messageOf(error)}` });
      }
    },
    [load],
  );

  const save = useCallback(async (): Promise<boolean> => {
    const info = docRef.current;
    if (!info) return false;
    if (!info.path || info.bundled || info.readOnly || errorsRef.current.length > 0) return saveAs();
    const deck = store.getModel().state.deck;
    const text = stringifyDeck(deck);
    try {
      let result = await invoke('deck:save', {
        path: info.path,
        text,
        expectedHash: info.hash,
        ...articleOf(store),
      });
      if (!result.ok && result.reason === 'conflict') {
        const deleted = /was deleted on disk/.test(result.message);
        const choice = await ask(
          deleted ? 'The file was deleted on disk' : 'The file changed on disk',
          deleted
            ? `${info.path} was deleted by another program since you opened it.`
            : `${info.path} was changed by another program since you opened it.`,
          [
            ...(deleted ? [] : [{ value: 'reload' as const, label: 'Reload from disk' }]),
            { value: 'overwrite', label: deleted ? 'Save it there again' : 'Overwrite' },
            { value: 'saveAs', label: 'Save As…', primary: true },
            { value: 'cancel', label: 'Cancel' },
          ],
        );
        if (choice === 'reload') {
          await openPath(info.path);
          return false;
        }
        if (choice === 'saveAs') return saveAs();
        if (choice !== 'overwrite') return false;
        result = await invoke('deck:save', {
          path: info.path,
          text,
          expectedHash: null,
          ...articleOf(store),
        });
      }
      if (!result.ok) {
        const why =
          result.reason === 'readonly'
            ? 'the file is read-only'
            : result.reason === 'nospace'
              ? 'the disk is full'
              : 'an error occurred';
        setNotice({
          kind: 'error',
          text: `Could not save ${fileName(info.path)}: ${why}. ${result.message} The file on disk is unchanged and your edits are still here; use Save As to keep them elsewhere.`,
        });
        return false;
      }
      writeSaved(info, deck, result.path, result.hash);
      return true;
    } catch (error) {
      return saveFailed(error);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, ask, saveAs, openPath]);

  const confirmDiscard = useCallback(async (): Promise<boolean> => {
    const info = docRef.current;
    if (!info || !isModified(info, store.getModel().state.deck)) return true;
    const name = info.path ? fileName(info.path) : 'this deck';
    const choice = await ask('Unsaved changes', `Save the changes to ${name} first?`, [
      { value: 'save', label: 'Save', primary: true },
      { value: 'discard', label: "Don't save" },
      { value: 'cancel', label: 'Cancel' },
    ]);
    if (choice === 'save') return save();
    if (choice === 'discard') {
      void invoke('recovery:clear', { key: info.journalKey }).catch(() => undefined);
      return true;
    }
    return false;
  }, [store, ask, save]);

  const newDeck = useCallback(async () => {
    if (!(await confirmDiscard())) return;
    load({ path: null, text: newDeckText(), hash: null });
  }, [confirmDiscard, load]);

  const open = useCallback(
    async (path?: string, confirmed = false) => {
      if (!confirmed && !(await confirmDiscard())) return;
      if (path) return openPath(path);
      if (!hasFileDialogs()) return setPathPrompt('open');
      try {
        const document = await invoke('deck:open', {});
        if (document) load(document);
      } catch (error) {
        if (NO_DIALOG.test(messageOf(error))) setPathPrompt('open');
        else setNotice({ kind: 'error', text: `Could not open: ${messageOf(error)}` });
      }
    },
    [confirmDiscard, openPath, load],
  );

  const importArticle = useCallback(
    async (request: { path?: string; text?: string; file?: ArticleFile } = {}, confirmed = false) => {
      if (!confirmed && !(await confirmDiscard())) return;
      try {
        const result = await invoke('article:import', request);
        if (result === null) return;
        if (!result.ok) {
          if (!request.path && !request.text && NO_DIALOG.test(result.message)) setPathPrompt('import');
          else setNotice({ kind: 'error', text: `Could not import the article: ${result.message}` });
          return;
        }
        load(result.deck, result.article);
        const count = store.getModel().state.deck.slides.length;
        setNotice({
          kind: 'info',
          text: `Drafted ${count} slides from “${result.article.title}”. The article is on the right.`,
        });
      } catch (error) {
        if (!request.path && !request.text && NO_DIALOG.test(messageOf(error))) setPathPrompt('import');
        else setNotice({ kind: 'error', text: `Could not import the article: ${messageOf(error)}` });
      }
    },
    [confirmDiscard, load, store],
  );

  useLayoutEffect(() => {
    importRef.current = importArticle;
  });

  return {
    doc,
    setDoc,
    notice,
    setNotice,
    openErrors,
    pathPrompt,
    closePathPrompt: () => setPathPrompt(null),
    load,
    newDeck,
    open,
    save,
    saveAs,
    importArticle,
    confirmDiscard,
  };
}
