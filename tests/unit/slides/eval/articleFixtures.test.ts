import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../../electron/services/import';
import { normalise, parseKeyPoints, unfairKeyPoints } from '../../../../slides/eval/keypoints';
import { pdfPageTexts } from '../../../helpers/pdf';
import { readArticleSource } from '../../../helpers/makeArticleBinaries';

const ARTICLES_DIR = join(import.meta.dirname, '../../../fixtures/articles');
const HTML_FILE = /\.html?$/i;
const DOCX_FILE = /\.docx$/i;
const PDF_FILE = /\.pdf$/i;
const WORD = /\S+/g;
const ARTICLE_FILE = /\.(?:txt|md|html?|docx|pdf)$/i;

/** Every folder holding a keypoints.json, with its article file (`article.*`, else the first text-like file). */
const fixtures = readdirSync(ARTICLES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(ARTICLES_DIR, entry.name, 'keypoints.json')))
  .map((entry) => {
    const dir = join(ARTICLES_DIR, entry.name);
    const candidates = readdirSync(dir)
      .filter((file) => ARTICLE_FILE.test(file))
      .sort();
    const article = candidates.find((file) => file.startsWith('article.')) ?? candidates[0];
    return { name: entry.name, dir, article: article ? join(dir, article) : undefined };
  });

/**
 * The article's readable text as it is on the page, furniture included: for a saved web page the body text
 * without scripts and styles; for Word and PDF files the raw text layer (mammoth, pdf.js), not the importer's.
 */
async function readPageText(path: string): Promise<string> {
  if (DOCX_FILE.test(path)) return (await mammoth.extractRawText({ path })).value;
  if (PDF_FILE.test(path)) return (await pdfPageTexts(new Uint8Array(readFileSync(path)))).join('\n');
  const raw = readFileSync(path, 'utf8');
  if (!HTML_FILE.test(path)) return raw;
  const { document } = parseHTML(raw);
  document.querySelectorAll('script, style').forEach((node) => node.remove());
  return document.body?.textContent ?? '';
}

const pageTexts = new Map<string, string>();
beforeAll(async () => {
  for (const fixture of fixtures)
    if (fixture.article) pageTexts.set(fixture.article, await readPageText(fixture.article));
});
const articleText = (path: string): string => pageTexts.get(path) ?? '';

describe('article fixtures', () => {
  it('include every shape the evaluation needs', () => {
    const names = fixtures.map((fixture) => fixture.name);
    for (const name of [
      'econ-report',
      'oped',
      'news-timeline',
      'long-report',
      'pasted-with-nav',
      'non-english',
      'seed',
      'thinktank-commentary',
      'news-feature',
      'econ-figures',
      'health-explainer',
      'interview',
      'chronology',
      'tech-blog',
      'magazine-essay',
    ]) {
      expect(names).toContain(name);
    }
  });

  describe.each(fixtures)('$name', ({ name, dir, article }) => {
    const keyPoints = () =>
      parseKeyPoints(readFileSync(join(dir, 'keypoints.json'), 'utf8'), `${name}/keypoints.json`);

    it('has a key-point file that validates, with 6–12 points', () => {
      const parsed = keyPoints();
      expect(parsed.points.length).toBeGreaterThanOrEqual(parsed.kind === 'non-english' ? 6 : 8);
      expect(parsed.points.length).toBeLessThanOrEqual(12);
    });

    it.skipIf(!article)('is fair: every point and figure can be matched in the article itself', () => {
      expect(unfairKeyPoints(keyPoints(), articleText(article!))).toEqual([]);
    });

    it.skipIf(!article)('lists boilerplate that really is on the page', () => {
      const text = normalise(articleText(article!));
      expect(keyPoints().boilerplate.filter((line) => !text.includes(normalise(line)))).toEqual([]);
    });

    it.skipIf(!article)('names speakers and dated events that are in the article', () => {
      const text = normalise(articleText(article!));
      const parsed = JSON.parse(readFileSync(join(dir, 'keypoints.json'), 'utf8')) as {
        speakers?: { quote: string; speaker: string }[];
        events?: { event: string; date: string }[];
      };
      const absent = [
        ...(parsed.speakers ?? []).flatMap(({ quote, speaker }) =>
          [quote, speaker].filter((part) => !text.includes(normalise(part))),
        ),
        ...(parsed.events ?? [])
          .map(({ event }) => event)
          .filter((event) => !text.includes(normalise(event))),
      ];
      expect(absent).toEqual([]);
    });

    const source = readArticleSource(dir);
    if (source && article)
      it('is a binary generated from its source.json, which the importer reads', async () => {
        const imported = await readArticleFile(article);
        const importedText = normalise(
          [imported.title, imported.standfirst ?? '', ...imported.paragraphs].join(' '),
        );
        const boilerplate = keyPoints().boilerplate.map(normalise);
        const body = source.paragraphs
          .filter((p) => !p.style)
          .map((p) => normalise(p.text))
          .filter((text) => !boilerplate.some((line) => text.includes(line)));
        expect(body.filter((text) => !importedText.includes(text))).toEqual([]);
      });
  });

  it('has articles of the intended lengths', () => {
    const words = (name: string) => {
      const fixture = fixtures.find((f) => f.name === name);
      return fixture?.article ? (articleText(fixture.article).match(WORD)?.length ?? 0) : 0;
    };
    expect(words('long-report')).toBeGreaterThan(4500);
    expect(words('magazine-essay')).toBeGreaterThan(2500);
    expect(fixtures.length).toBeGreaterThanOrEqual(14);
    const formats = fixtures.map((f) => f.article?.split('.').pop());
    expect(formats.filter((f) => f === 'html').length).toBeGreaterThanOrEqual(4);
    expect(formats).toContain('docx');
    expect(formats).toContain('pdf');
    for (const name of ['econ-report', 'oped', 'news-timeline', 'pasted-with-nav']) {
      expect(words(name)).toBeGreaterThan(800);
      expect(words(name)).toBeLessThan(2000);
    }
  });
});
