/**
 * Every fixed phrase the drafter writes. They carry no facts; the faithfulness check allows their words and
 * nothing else that is not in the article.
 */
import { MONTHS } from '../months';

/** '"We will never be the biggest port …"': a headline that is a quotation keeps its own marks, not two pairs. */
export function inQuotes(headline: string): string {
  return /^["“][^"“”]*["”]$/.test(headline) ? headline : `"${headline}"`;
}

/**
 * A passage of the article cited in quotation marks, as a quotation within a quotation is written: a sentence
 * that is wholly a quotation keeps its own marks ("Something has to give."), and double marks inside a longer
 * one become single ("‘We will not,’ she said."), never two marks side by side ("… for it.""").
 */
export function citedPassage(text: string): string {
  if (/^["“][^"“”]*["”]$/.test(text)) return text;
  const nested = text.replace(/["“”]/g, (mark, at: number) =>
    mark === '“' || (mark === '"' && (at === 0 || /[\s([{—–-]/.test(text[at - 1] ?? ''))) ? '‘' : '’',
  );
  return `"${nested}"`;
}

export const TEMPLATES = {
  subtitleWithAuthor: (author: string, publisher?: string) =>
    `A briefing on ${author.split(',')[0]?.trim() ?? author}'s analysis${publisher ? ` (${publisher})` : ''}`,
  subtitleNoAuthor: (publisher?: string) => `A briefing on the article${publisher ? ` (${publisher})` : ''}`,
  /** An interview's subtitle names whose words the briefing gives, beside who asked. */
  subtitleInterview: (interviewee: string, author?: string, publisher?: string) =>
    `A briefing on ${author ? `${author.split(',')[0]?.trim() ?? author}'s interview` : 'an interview'} with ${interviewee}${publisher ? ` (${publisher})` : ''}`,
  /** The citation's note of whose words an interview gives. */
  interviewWith: (interviewee: string) => `interview with ${interviewee}`,
  keyFiguresTitle: 'Key figures',
  actorsTitle: 'Who wants what',
  timelineTitle: 'Key dates',
  sourcesTitle: 'Sources',
  theArticle: 'the article',
  figuresHeading: 'Figures:',
  sourcesHeading: 'Sources:',
  /** Where a source line quoting the standfirst says it comes from (a body sentence's says "¶N"). */
  standfirstSource: 'Standfirst',
  /**
   * What the notes say when no source sentence is left to say (every one is said on another slide): plain lines a
   * presenter can read aloud, never instructions to the presenter.
   */
  say: {
    title: 'This briefing covers the article below.',
    bottomLine: 'This is where the article comes out.',
    context: 'This is what raised the question.',
    figures: 'These are the numbers the argument rests on.',
    judgment: 'This is one of the main points of the article.',
    counterpoints: 'Not everything points the same way.',
    actors: 'These are the main players and what each of them wants.',
    timeline: 'These are the dated events, in order.',
    outlook: 'This is what the article expects next.',
    sources: 'Everything in this briefing comes from this article; the quotes give their paragraph numbers.',
  },
  /** The title slide's notes: what the briefing covers. */
  covers: (what: string) => `This briefing covers ${what}.`,
  piece: (author?: string, publisher?: string, headline?: string, date?: string, interviewee?: string) =>
    [
      author
        ? `${author}'s ${interviewee ? 'interview' : 'article'}`
        : interviewee
          ? 'an interview'
          : 'the article',
      interviewee ? ` with ${interviewee}` : '',
      publisher ? ` for ${publisher}` : '',
      headline ? `, ${inQuotes(headline)}` : '',
      date ? `, published ${date}` : '',
    ].join(''),
  /** Slide labels, for a title's "Label: subject" form when no sentence gives a short point of its own. */
  labels: {
    title: 'Briefing',
    'bottom-line': 'Bottom line',
    context: 'What set it off',
    figures: 'Key figures',
    judgment: 'Key judgment',
    counterpoints: 'The other side',
    actors: 'Who wants what',
    timeline: 'Key dates',
    outlook: 'What to watch',
    sources: 'Sources',
  },
  /** Month names, for a date the article gives as an ISO timestamp and the deck writes as people do. */
  months: MONTHS,
  /** Names the speaker of a quotation the presenter reads out. */
  asPutIt: (who: string) => `As ${who} put it,`,
  attributedTo: (source: string) => `according to ${source}`,
  statedBy: 'as stated in the article',
} as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/;

/** A date as people write it: "2018-09-25T21:28:31.000Z" becomes "25 September 2018"; other forms are kept. */
export function humanDate(date: string | undefined): string | undefined {
  const m = date ? ISO_DATE.exec(date.trim()) : null;
  const month = m ? TEMPLATES.months[Number(m[2]) - 1] : undefined;
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31) return date;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** Words the templates use (lower case), allowed by the faithfulness check. */
export function templateWords(): Set<string> {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'function') texts.push(String((value as (...a: string[]) => string)('', '')));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(TEMPLATES);
  return new Set(
    texts
      .join(' ')
      .toLowerCase()
      .match(/[a-z']+/g) ?? [],
  );
}
