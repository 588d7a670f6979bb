/**
 * Print view entry (`print.html?job=ID`): fetches its job from the host, lays the deck out for one PDF kind and
 * signals readiness. The exporter waits for `data-print-ready="true"` on `<html>` (or `data-print-error`), then
 * reads the layout from `data-print-layout` and prints the whole deck at once. Nothing here sleeps.
 */
import { parseDeck } from '../../../slides/format/parse';
import type { PrintJob } from '../../../electron/ipc/contract';
import { clearUrlQuery } from '../deck/revealConfig';
import { invoke } from '../host';
import { themeClass } from '../themes';
import { renderHandoutsView } from './handoutsView';
import { renderNotesView } from './notesView';
import { renderSlidesView } from './slidesView';
import type { PrintLayout } from '../../../electron/ipc/contract';
import './print.css';

const JOB_ID = /^[0-9a-f]{32}$/;
/** A BCP 47 language tag such as `en`, `en-GB` or `az-Latn`. */
const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

async function fetchJob(): Promise<PrintJob> {
  const id = new URLSearchParams(location.search).get('job') ?? '';
  // reveal.js reads configuration from the query string: clear it before reveal starts.
  clearUrlQuery();
  if (!JOB_ID.test(id)) throw new Error('The print view was opened without a valid job id.');
  const job = await invoke('print:job', { id });
  if (!job) throw new Error('The print job is unknown or was already printed.');
  return job;
}

async function layOut(root: HTMLElement, job: PrintJob): Promise<PrintLayout> {
  const { deck } = parseDeck(job.deckText);
  const html = document.documentElement;
  // `print-pdf` keeps reveal.css's fallback print rules (`html:not(.print-pdf)`) off our own layouts.
  html.classList.add(themeClass(deck.meta.theme), 'print-pdf', `print-${job.kind}`, `paper-${job.paper}`);
  document.title = deck.meta.title || 'Briefdeck';
  // The tagged PDF's language: the deck's `lang` when it gives one.
  if (typeof deck.meta.extra.lang === 'string' && LANG_TAG.test(deck.meta.extra.lang))
    html.lang = deck.meta.extra.lang;
  if (job.kind === 'slides') return renderSlidesView(root, deck, job.part?.firstSlide);
  if (job.kind === 'notes') return renderNotesView(root, deck, job);
  return renderHandoutsView(root, deck, job);
}

async function start(): Promise<void> {
  const html = document.documentElement;
  const root = document.getElementById('print-root');
  try {
    if (!root) throw new Error('print.html has no #print-root element.');
    const layout = await layOut(root, await fetchJob());
    await document.fonts.ready;
    html.dataset.printLayout = JSON.stringify(layout);
    html.dataset.printReady = 'true';
  } catch (error) {
    html.dataset.printError = error instanceof Error ? error.message : String(error);
  }
}

void start();
