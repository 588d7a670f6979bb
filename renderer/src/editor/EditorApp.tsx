/**
 * The editor window: toolbar, slide list, the stage with the notes under it, the source article on the right;
 * file commands, the recovery journal, the keyboard and the host's menu commands all meet here.
 */
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import { isCommandId, type CommandId } from '../../../electron/shared/shortcuts';
import { parseDeck, stringifyDeck } from '../../../slides/index';
import { droppedArticle, droppedDeckPath } from '../droppedFile';
import { invoke, onHostEvent } from '../host';
import { StatusBar } from '../StatusBar';
import { useHostWindow } from '../useHostWindow';
import { LAUNCH_PARAMS } from '../deck/revealConfig';
import { actionAddFromSource, actionReplaceAll, actionSelectSlides } from './actions';
import { RecoveryBanner, NoticeBar, OpenErrors } from './Banners';
import { useChoice } from './ChoiceDialog';
import { fileName, isModified, windowTitle } from './documentInfo';
import { canRedo, canUndo, createEditorModel } from './executeAction';
import { FindBar } from './FindBar';
import { LayoutNotice } from './LayoutNotice';
import { NotesEditor } from './NotesEditor';
import { PathDialog } from './PathDialog';
import { downloadExport, exportedMessage } from './download';
import { ExportPdfDialog, type PdfChoice } from './ExportPdfDialog';
import { SettingsDialog } from './SettingsDialog';
import { useDiskWatch } from './useDiskWatch';
import { SlideList } from './SlideList';
import { SourcePane } from './SourcePane';
import { SourceView } from './SourceView';
import { Stage } from './Stage';
import { Toolbar } from './Toolbar';
import { actionUpdateSettings } from './actions/actionUpdateSettings';
import { createEditorStore, useEditorModel } from './store';
import { currentIndex, selectedIndices } from './state';
import { useDocument } from './useDocument';
import { useEditorKeys } from './useEditorKeys';
import { historyFromJournal, useJournal, useRecoveryOffers, type RecoveryEntry } from './useRecovery';
import { ShortcutsDialog } from './ShortcutsDialog';
import { CheckButton, CheckPanel } from './check/CheckPanel';
import { useCheck } from './check/useCheck';
import { withDeckImages } from '../sanitize';
import { isImageFile, useSlideImages } from './slideImages';

/** `?transition=none` (tests, screenshots) turns slide animations off. */
const transition = LAUNCH_PARAMS.get('transition') === 'none' ? 'none' : 'slide';
const DECK_FILE = /\.(deck\.)?md$/i;

/** The editor application. */
export function EditorApp() {
  const store = useMemo(() => createEditorStore(createEditorModel(parseDeck('').deck)), []);
  const model = useEditorModel(store);
  const state = model.state;
  const { ask, dialog } = useChoice();
  const files = useDocument(store, ask);
  useDiskWatch(files.doc, files, store, ask);
  const { doc } = files;
  const { offers, dismiss } = useRecoveryOffers();
  const [loadError, setLoadError] = useState<string | null>(null);
  const [find, setFind] = useState<'find' | 'replace' | null>(null);
  const [findSignal, setFindSignal] = useState(0);
  const [settings, setSettings] = useState(false);
  const [shortcuts, setShortcuts] = useState(false);
  const [pdfDialog, setPdfDialog] = useState(false);
  const [notesSignal, setNotesSignal] = useState(0);
  const [checkOpen, setCheckOpen] = useState(false);
  const findings = useCheck(state.deck, state.article);
  const [recent, setRecent] = useState<string[]>([]);
  useJournal(store, doc);
  // Electron: closing the window with unsaved edits (main asks Save / Don't Save / Cancel), modal state for menus.
  useHostWindow(files.save, async () => {
    if (doc) await invoke('recovery:clear', { key: doc.journalKey }).catch(() => undefined);
  });

  useEffect(() => {
    invoke('deck:initial', {}).then(files.load, (error: unknown) =>
      setLoadError(error instanceof Error ? error.message : String(error)),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const modified = doc !== null && isModified(doc, state.deck);
  useEffect(() => {
    if (doc) document.title = windowTitle(doc, state.deck.meta.title, modified);
  }, [doc, state.deck.meta.title, modified]);

  useEffect(() => {
    if (!modified) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [modified]);

  useEffect(() => {
    if (files.pathPrompt) invoke('recent:list', {}).then(setRecent, () => setRecent([]));
  }, [files.pathPrompt]);

  const present = useCallback(
    async (fromStart: boolean, rehearse = false) => {
      const current = store.getModel().state;
      try {
        const { startPresentation } = await import('../present/startPresentation');
        // The presentation windows get the deck as text: its local images go in when they fit the hand-over
        // (local storage holds a few MB); beyond that they show as placeholders naming their paths.
        const plain = stringifyDeck(current.deck);
        const withImages = withDeckImages(plain);
        await startPresentation({
          deckText: withImages.length < 4_000_000 ? withImages : plain,
          startIndex: fromStart ? 0 : Math.max(0, currentIndex(current)),
          rehearse,
        });
      } catch (error) {
        files.setNotice({
          kind: 'error',
          text: `Could not start the presentation: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    },
    [store, files],
  );

  const exportDeck = useCallback(
    async (kind: 'pdf' | 'html' | 'pptx', pdf?: PdfChoice) => {
      const { deck, article } = store.getModel().state;
      // The host renders exports from the text alone: the deck's local images go in as data URLs.
      const text = withDeckImages(stringifyDeck(deck));
      try {
        const result =
          kind === 'pdf'
            ? await invoke('export:pdf', {
                text,
                kind: pdf?.kind ?? 'slides',
                perPage: pdf?.perPage,
                paper: pdf?.paper,
                ...(article ? { article } : {}),
              })
            : kind === 'pptx'
              ? await invoke('export:pptx', { text })
              : await invoke('export:html', { text });
        if (result === null) return;
        if (result.ok) downloadExport(result);
        files.setNotice(
          result.ok
            ? { kind: 'info', text: exportedMessage(result) }
            : { kind: 'error', text: `Could not export: ${result.message}` },
        );
      } catch (error) {
        files.setNotice({
          kind: 'error',
          text: `Could not export: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    },
    [store, files],
  );

  const run = useCallback(
    (id: CommandId) => {
      if (store.command(id)) return;
      switch (id) {
        case 'file.new':
          return void files.newDeck();
        case 'file.open':
          return void files.open();
        case 'file.save':
          return void files.save();
        case 'file.saveAs':
          return void files.saveAs();
        case 'file.importArticle':
          return void files.importArticle();
        case 'file.exportPdf':
          return setPdfDialog(true);
        case 'file.exportHtml':
          return void exportDeck('html');
        case 'file.exportPptx':
          return void exportDeck('pptx');
        case 'file.close':
          return void files.newDeck();
        case 'edit.find':
          setFindSignal((n) => n + 1);
          return setFind('find');
        case 'edit.replace':
          setFindSignal((n) => n + 1);
          return setFind('replace');
        case 'present.fromStart':
          return void present(true);
        case 'present.fromCurrent':
          return void present(false);
        case 'present.rehearse':
          return void present(true, true);
        case 'help.shortcuts':
          return setShortcuts(true);
        case 'help.about':
          return files.setNotice({
            kind: 'info',
            text: 'Briefdeck: turn an analysis article into a briefing deck, offline.',
          });
        default:
          return undefined;
      }
    },
    [store, files, present, exportDeck],
  );

  useEditorKeys(run);
  const addImages = useSlideImages(store, files);
  useEffect(() => onHostEvent('menu:command', (payload) => isCommandId(payload) && run(payload)), [run]);
  // A deck opened from the OS (file manager, second instance, Open Recent) arrives as its path.
  useEffect(
    () =>
      onHostEvent('deck:opened', (payload) => {
        const path = (payload as { path?: unknown } | null)?.path;
        if (typeof path === 'string') void files.open(path);
      }),
    [files],
  );

  const restore = async (entry: RecoveryEntry) => {
    dismiss(entry.key, false);
    let hash: string | null = null;
    let article = entry.article ?? null;
    if (entry.path) {
      try {
        const opened = await invoke('deck:open', { path: entry.path });
        hash = opened?.hash ?? null;
        article ??= opened?.article ?? null;
      } catch {
        hash = null;
      }
    }
    files.load({ path: entry.path, text: entry.text, hash }, article);
    // The journal's undo steps come back too, so Undo still walks back through the edits made before the crash.
    const history = historyFromJournal(entry.history);
    store.reset({ ...store.getModel(), history });
    const restored = store.getModel().state.deck;
    files.setDoc({ path: entry.path, hash, bundled: false, savedDeck: null, journalKey: entry.key });
    const steps = history.past.length;
    files.setNotice({
      kind: 'info',
      text:
        `Restored ${restored.slides.length} slides of unsaved edits${article ? ' with their article' : ''}` +
        (steps > 0
          ? `; Undo goes back through the last ${steps} ${steps === 1 ? 'edit' : 'edits'}.`
          : '; the undo history was not kept in this journal.') +
        ' Save to keep them.',
    });
  };

  const onDrop = async (event: DragEvent<HTMLElement>) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    // An image goes into the slide whose row it was dropped on (else the current one), copied beside the deck.
    const dropped = [...event.dataTransfer.files];
    const row = event.target instanceof Element ? event.target.closest('[data-slide-id]') : null;
    if (await isImageFile(file)) return addImages(dropped, row?.getAttribute('data-slide-id') ?? undefined);
    if (DECK_FILE.test(file.name) && file.name.toLowerCase().endsWith('.deck.md')) {
      const path = droppedDeckPath(file);
      if (path) return files.open(path);
      const text = await file.text();
      if (await files.confirmDiscard()) files.load({ path: null, text, hash: null });
      return;
    }
    // By path in Electron, else the bytes: never file.text(), which turns a .docx or .pdf into junk text.
    let request: Awaited<ReturnType<typeof droppedArticle>>;
    try {
      request = await droppedArticle(file);
    } catch (error) {
      files.setNotice({ kind: 'error', text: `Could not import: ${(error as Error).message}` });
      return;
    }
    await files.importArticle(request);
  };

  if (loadError) {
    return (
      <main className="app app-message" role="alert">
        <p>Briefdeck could not load a deck: {loadError}</p>
      </main>
    );
  }
  if (!doc) {
    return (
      <main className="app app-message">
        <p>Loading…</p>
      </main>
    );
  }

  const index = currentIndex(state);
  const slide = state.deck.slides[index];
  const layouts = new Set(selectedIndices(state).map((i) => state.deck.slides[i]?.layout));
  const layout = layouts.size === 1 ? ([...layouts][0] ?? '') : '';
  const fileLabel = doc.path
    ? fileName(doc.path)
    : doc.bundled
      ? `${state.deck.meta.title} (bundled)`
      : 'Untitled';
  const offer = offers[0];

  return (
    <main
      className={`editor${state.article ? ' has-source' : ''}`}
      onDragOver={(event) => event.dataTransfer.types.includes('Files') && event.preventDefault()}
      onDrop={(event) => void onDrop(event)}
    >
      <Toolbar
        run={run}
        canUndo={canUndo(model)}
        canRedo={canRedo(model)}
        layout={layout}
        sourceView={state.view === 'source'}
        modified={modified}
        fileLabel={fileLabel}
        onSettings={() => setSettings(true)}
        check={
          <CheckButton count={findings.length} open={checkOpen} onToggle={() => setCheckOpen((o) => !o)} />
        }
      />
      {offer ? (
        <RecoveryBanner
          entry={offer}
          onRestore={() => void restore(offer)}
          onDiscard={() => dismiss(offer.key, true)}
        />
      ) : null}
      {files.notice ? <NoticeBar notice={files.notice} onClose={() => files.setNotice(null)} /> : null}
      <OpenErrors errors={files.openErrors} />
      {find ? (
        <FindBar
          deck={state.deck}
          article={state.article}
          replace={find === 'replace'}
          openSignal={findSignal}
          onToggleReplace={() => setFind((mode) => (mode === 'replace' ? 'find' : 'replace'))}
          onGoTo={(match) => store.execute(actionSelectSlides, { id: match.slideId })}
          onReplaceAll={(findText, replace, matchCase, includeQuotes) =>
            store.execute(actionReplaceAll, { find: findText, replace, matchCase, includeQuotes })
          }
          onClose={() => {
            setFind(null);
            document.querySelector<HTMLElement>('[data-testid="stage"]')?.focus({ preventScroll: true });
          }}
        />
      ) : null}
      <div className="editor-body">
        <SlideList store={store} state={state} />
        {state.view === 'source' ? (
          <SourceView store={store} state={state} />
        ) : (
          <div className="editor-center">
            <LayoutNotice state={state} />
            <Stage store={store} state={state} transition={transition} />
            <NotesEditor store={store} slide={slide} openSignal={notesSignal} />
          </div>
        )}
        {state.article ? (
          <SourcePane
            article={state.article}
            slide={slide}
            focus={state.focus}
            onAdd={(text, refs, to) => {
              store.execute(actionAddFromSource, { text, refs, to });
              if (to === 'notes') setNotesSignal((n) => n + 1);
            }}
          />
        ) : null}
      </div>
      {checkOpen ? (
        <CheckPanel
          store={store}
          state={state}
          findings={findings}
          onClose={() => setCheckOpen(false)}
          onOpenNotes={() => setNotesSignal((n) => n + 1)}
        />
      ) : null}
      <StatusBar title={state.deck.meta.title} index={Math.max(0, index)} total={state.deck.slides.length} />
      {settings ? (
        <SettingsDialog
          meta={state.deck.meta}
          onApply={(patch) => store.execute(actionUpdateSettings, patch)}
          onClose={() => setSettings(false)}
        />
      ) : null}
      {shortcuts ? <ShortcutsDialog onClose={() => setShortcuts(false)} /> : null}
      {pdfDialog ? (
        <ExportPdfDialog
          slideCount={state.deck.slides.length}
          onExport={(choice) => exportDeck('pdf', choice)}
          onClose={() => setPdfDialog(false)}
        />
      ) : null}
      {files.pathPrompt ? (
        <PathDialog
          title={files.pathPrompt === 'open' ? 'Open a deck' : 'Import an article'}
          recent={files.pathPrompt === 'open' ? recent : []}
          onChoose={(path) => {
            const purpose = files.pathPrompt;
            files.closePathPrompt();
            void (purpose === 'open' ? files.open(path, true) : files.importArticle({ path }, true));
          }}
          onPaste={
            files.pathPrompt === 'import'
              ? (text) => {
                  files.closePathPrompt();
                  void files.importArticle({ text }, true);
                }
              : undefined
          }
          onClose={files.closePathPrompt}
        />
      ) : null}
      {dialog}
    </main>
  );
}
