import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  articleJsonPathFor,
  articlePathFor,
  readArticleSidecar,
  writeArticleSidecar,
} from '../../../../electron/services/articleSidecar';
import { readBundledDeck } from '../../../../electron/services/coreHandlers';
import { bodySourceRefs, parseDeck } from '../../../../slides/index';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the article beside a deck', () => {
  it('is named after the deck', () => {
    expect(articlePathFor('/d/brief.deck.md')).toBe('/d/brief.article.txt');
    expect(articlePathFor('/d/notes.md')).toBe('/d/notes.article.txt');
  });

  it('comes with the bundled briefing, and every reference of the deck points at one of its sentences', async () => {
    const doc = await readBundledDeck(process.cwd());
    expect(doc.bundled).toBe(true);
    const article = doc.article!;
    expect(article.title).toContain("Why Azerbaijan won't follow Iran's calls to boycott Israel over Gaza");
    expect(article.paragraphs).toHaveLength(14);
    const { deck } = parseDeck(doc.text);
    const refs = deck.slides.flatMap((slide) => bodySourceRefs(slide.body));
    expect(refs.length).toBeGreaterThan(30);
    for (const ref of refs) {
      expect(article.paragraphs[ref.paragraph - 1]?.[ref.sentence - 1], ref.id).toBeTruthy();
    }
    // The newsletter line is not part of the article the source pane shows.
    expect(JSON.stringify(article)).not.toContain('newsletter');
  });

  it('is simply absent when missing or unreadable; the deck still opens', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-sidecar-'));
    dirs.push(dir);
    const deck = join(dir, 'x.deck.md');
    writeFileSync(deck, '# x');
    expect(await readArticleSidecar(deck)).toBeUndefined();
    writeFileSync(articlePathFor(deck), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]));
    expect(await readArticleSidecar(deck)).toBeUndefined();
    writeFileSync(articlePathFor(deck), readFileSync('slides/decks/azerbaijan-boycott.article.txt'));
    expect((await readArticleSidecar(deck))?.paragraphs).toHaveLength(14);
  });

  it('is kept as split sentences when a draft is saved, never over the supplied article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-sidecar-'));
    dirs.push(dir);
    const deck = join(dir, 'draft.deck.md');
    writeFileSync(deck, '# x');
    const article = { title: 'T', paragraphs: [['One.', 'Two.'], ['Three.']] };
    expect(await writeArticleSidecar(deck, article)).toBe(true);
    expect(await readArticleSidecar(deck)).toEqual(article);
    writeFileSync(articleJsonPathFor(deck), '{"title": 1}');
    expect(await readArticleSidecar(deck)).toBeUndefined();
    writeFileSync(articlePathFor(deck), readFileSync('slides/decks/azerbaijan-boycott.article.txt'));
    expect(await writeArticleSidecar(deck, article)).toBe(false);
    expect((await readArticleSidecar(deck))?.paragraphs).toHaveLength(14);
  });

  it('keeps the standfirst a bullet may rest on (`p0.sM`), and refuses one that is not sentences', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-sidecar-'));
    dirs.push(dir);
    const deck = join(dir, 'draft.deck.md');
    const article = { title: 'T', standfirst: ['Heat harms kidneys.'], paragraphs: [['One.', 'Two.']] };
    expect(await writeArticleSidecar(deck, article)).toBe(true);
    expect(await readArticleSidecar(deck)).toEqual(article);
    writeFileSync(articleJsonPathFor(deck), JSON.stringify({ ...article, standfirst: [1] }));
    expect(await readArticleSidecar(deck)).toBeUndefined();
    // Supplied as text, the article's standfirst is split into its sentences too.
    writeFileSync(
      articlePathFor(deck),
      'Heat is damaging workers’ kidneys\n\nA new study adds to evidence. Most felt fine.\n\nThe study followed 4,200 workers over three summers in the valley, and found that one in eight lost kidney function. It was published in March by a team at the university.\n\nOther researchers caution that heat may not be the only culprit, since pesticides and painkillers also harm kidneys, and the design could not separate them.\n',
    );
    expect((await readArticleSidecar(deck))?.standfirst).toEqual([
      'A new study adds to evidence.',
      'Most felt fine.',
    ]);
  });
});
