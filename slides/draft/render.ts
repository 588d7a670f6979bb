import { stringify } from 'yaml';
import type { ImportedArticle } from '../import/types';
import type { Analysis, AnalyzedSentence, Figure } from '../analyze/types';
import { STANDFIRST_PARAGRAPH, standfirstRef, standfirstSentences } from '../analyze/sentences';
import { cleanHeadline } from './planContext';
import { citedPassage, TEMPLATES } from './templates';
import { LIST_NUMBER } from './compressRules';
import type { DraftItem, PlannedSlide } from './types';

const COMMENT_MARKERS = /<!--|-->/g;
const LINE_BREAKS = /\s*[\r\n]+\s*/g;
const SEPARATOR_LINE = /^(?:---|Notes?:)$/;

/** One line of Markdown text from source text: single line, no comment markers, never a separator. */
export function safeLine(text: string): string {
  const line = text.replace(LINE_BREAKS, ' ').replace(COMMENT_MARKERS, '').trim();
  return SEPARATOR_LINE.test(line) ? `${line} ` : line;
}

function itemLine(item: DraftItem): string {
  const refs = item.refs.filter(Boolean);
  const src = refs.length ? ` <!-- .element: data-src="${refs.join(' ')}" -->` : '';
  return `- ${safeLine(item.text)}${src}`;
}

/** Who speaks a quoted source sentence that does not name its speaker itself, by the sentence's ref. */
export type SpeakerOf = (ref: string) => string | undefined;

/**
 * The notes: what to say, the source sentences quoted with their paragraphs, and the attribution of each figure
 * the slide shows (once each).
 */
function notesOf(
  slide: PlannedSlide,
  analysis: Analysis,
  quoted: Set<string>,
  speakerOf: SpeakerOf,
  standfirst: readonly string[],
): string {
  const byRef = new Map<string, Pick<AnalyzedSentence, 'ref' | 'paragraph' | 'text' | 'figures'>>(
    analysis.sentences.map((s) => [s.ref, s]),
  );
  // The standfirst's sentences (`p0.sM`) are quoted as the standfirst's.
  standfirst.forEach((text, i) => {
    const ref = standfirstRef(i);
    byRef.set(ref, { ref, paragraph: STANDFIRST_PARAGRAPH, text, figures: [] });
  });
  const lines = [slide.say.map(safeLine).join(' ')];
  // Each source sentence is quoted once in the deck, except those the slide's own items rest on.
  const own = new Set(slide.items.flatMap((i) => i.refs));
  const sources = [...new Set(slide.sources)]
    .filter((r) => own.has(r) || !quoted.has(r))
    .filter((r) => !!quoted.add(r))
    .map((r) => byRef.get(r))
    .filter((s) => !!s);
  if (sources.length) {
    lines.push('', TEMPLATES.sourcesHeading);
    // A numbered item is quoted without its list number, as its bullet and the notes give it.
    // Quoted words whose sentence does not name their speaker are credited after the quotation.
    for (const s of sources) {
      const speaker = speakerOf(s.ref);
      const credit = speaker ? ` — ${safeLine(speaker)}` : '';
      const where = s.paragraph === STANDFIRST_PARAGRAPH ? TEMPLATES.standfirstSource : `¶${s.paragraph}`;
      lines.push(`${where}: ${citedPassage(safeLine(s.text.trim().replace(LIST_NUMBER, '')))}${credit}`);
    }
  }
  const shown = slide.items.map((i) => i.text).join('\n');
  const seen = new Set<string>();
  const figures = sources
    .flatMap((s) => s.figures.map((i) => ({ f: analysis.figures[i], ref: s.ref })))
    .filter((x): x is { f: Figure; ref: string } => !!x.f && shown.includes(x.f.text))
    .filter(({ f }) => !seen.has(f.text) && !!seen.add(f.text));
  if (figures.length) {
    lines.push('', TEMPLATES.figuresHeading);
    for (const { f, ref } of figures) {
      // A figure an interviewee or a quoted speaker gives is theirs.
      const source = f.source ?? speakerOf(ref);
      const who = source ? TEMPLATES.attributedTo(source) : TEMPLATES.statedBy;
      const what = f.measures ? ` (${safeLine(f.measures)})` : '';
      lines.push(`- ${safeLine(f.text)}${what}: ${safeLine(who)}`);
    }
  }
  return lines.join('\n');
}

function bodyOf(slide: PlannedSlide): string {
  if (slide.layout === 'title') {
    const [subtitle, ...rest] = slide.lines ?? [];
    return [
      `# ${safeLine(slide.title)}`,
      ...(subtitle ? ['', `### ${safeLine(subtitle)}`] : []),
      ...rest.flatMap((l) => ['', safeLine(l)]),
    ].join('\n');
  }
  return [`## ${safeLine(slide.title)}`, '', ...slide.items.map(itemLine)].join('\n');
}

/** The front matter: title from the headline, the source when known, theme briefing, 16:9. */
export function frontMatter(article: ImportedArticle, subtitle?: string): string {
  const source = Object.fromEntries(
    Object.entries({
      title: cleanHeadline(article.title) || undefined,
      publisher: article.publisher,
      author: article.author,
      date: article.date,
      url: article.url,
    }).filter(([, v]) => v),
  );
  const meta: Record<string, unknown> = {
    version: 1,
    title: cleanHeadline(article.title) || 'Briefing',
    // The title slide's subtitle, unless it only says "the article".
    subtitle: subtitle === TEMPLATES.subtitleNoAuthor(article.publisher) ? undefined : subtitle,
    date: article.date,
    theme: 'briefing',
    aspect: '16:9',
    source: Object.keys(source).length ? source : undefined,
  };
  const clean = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
  return `---\n${stringify(clean, { lineWidth: 0 })}---\n`;
}

/** Writes the planned slides as `.deck.md` text (see slides/FORMAT.md). */
export function renderDeck(
  slides: readonly PlannedSlide[],
  analysis: Analysis,
  article: ImportedArticle,
  speakerOf: SpeakerOf = () => undefined,
): string {
  const quoted = new Set<string>();
  const standfirst = standfirstSentences(article.standfirst);
  const parts = slides.map((slide) =>
    [
      `<!-- .slide: data-layout="${slide.layout}" -->`,
      bodyOf(slide),
      '',
      'Note:',
      notesOf(slide, analysis, quoted, speakerOf, standfirst),
    ].join('\n'),
  );
  const subtitle = slides.find((slide) => slide.kind === 'title')?.lines?.[0];
  return `${frontMatter(article, subtitle)}\n${parts.join('\n\n---\n\n')}\n`;
}
