/**
 * `npm run bench:check`: the briefing check on a 200-slide deck, as the editor runs it after each pause in typing
 * (the bundled briefing's slides repeated, with its article). Prints the median and p95 of checking the whole deck
 * (every slide read, as when a deck opens) and of re-checking after one slide changed (as while typing: results
 * are kept per slide object, so only the edited slide is read again). Target: a re-check well under a frame's
 * budget of 16 ms, so it never stalls typing. Times are CPU time (process.cpuUsage), so that other work on a
 * shared machine does not count. Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { parseDeck } from '../slides/format/parse';
import { checkDeck } from '../slides/check/index';
import { importText } from '../slides/import/index';
import type { Deck } from '../slides/model';

const SLIDES = 200;
const RUNS = 20;

function bundled200(): Deck {
  const { deck } = parseDeck(readFileSync('slides/decks/azerbaijan-boycott.deck.md', 'utf8'));
  const slides = Array.from({ length: SLIDES }, (_, i) => {
    const slide = deck.slides[i % deck.slides.length]!;
    // Vary the notes so the deck-level repeat check works on 200 distinct notes, as in a real deck.
    return { ...slide, id: `s${i + 1}`, notes: `${slide.notes}\n\nOn slide ${i + 1} of the set.` };
  });
  return { ...deck, slides };
}

/** CPU time of one run, in ms: on a shared machine this measures the check, not the scheduler. */
function time(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function stats(xs: number[]): string {
  const sorted = xs.slice().sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!.toFixed(1);
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms`;
}

function main(): void {
  const deck = bundled200();
  const article = importText(readFileSync('slides/decks/azerbaijan-boycott.article.txt', 'utf8'), {
    format: 'txt',
  });
  // Fresh slide objects every run: nothing cached but the article's index (what opening a deck costs).
  const fresh = () => ({ ...deck, slides: deck.slides.map((slide) => ({ ...slide })) });
  const full = Array.from({ length: RUNS }, () => {
    const copy = fresh();
    return time(() => checkDeck(copy, { article }));
  });
  // One slide edited between runs, as after a pause in typing: only that slide is read again.
  let current = deck;
  checkDeck(current, { article });
  const typing = Array.from({ length: RUNS }, (_, run) => {
    const at = 1 + (run % (SLIDES - 1));
    const slides = current.slides.slice();
    slides[at] = { ...slides[at]!, body: `${slides[at]!.body}\n- typed ${run}` };
    current = { ...current, slides };
    const next = current;
    return time(() => checkDeck(next, { article }));
  });
  console.log(`check, ${SLIDES} slides, whole deck (as on open): ${stats(full)}`);
  console.log(`check, ${SLIDES} slides, after editing one slide (as while typing): ${stats(typing)}`);
  console.log(
    `findings on the ${SLIDES}-slide deck: ${checkDeck(deck, { article }).length} (its notes repeat every 14 slides)`,
  );
}

main();
