/**
 * Every fixed phrase the drafter writes. They carry no facts; the faithfulness check allows their words and
 * nothing else that is not in the article.
 */
export const TEMPLATES = {
  subtitleWithAuthor: (author: string, publisher?: string) =>
    `A briefing on ${author}'s analysis${publisher ? ` (${publisher})` : ''}`,
  subtitleNoAuthor: (publisher?: string) => `A briefing on the article${publisher ? ` (${publisher})` : ''}`,
  keyFiguresTitle: 'Key figures',
  actorsTitle: 'Who wants what',
  timelineTitle: 'Key dates',
  sourcesTitle: 'Sources',
  theArticle: 'the article',
  figuresHeading: 'Figures:',
  sourcesHeading: 'Sources:',
  say: {
    title: 'Introduce the article and its author, then give the bottom line first.',
    bottomLine: 'Lead with the bottom line: this is what the article concludes.',
    context: 'Start with what triggered the question.',
    figures: 'Give each figure with what it measures and who says so.',
    judgment: 'State the judgment, then the evidence the article gives for it.',
    counterpoints: 'Be fair to what cuts the other way.',
    actors: 'Walk through who wants what, as the article describes them.',
    timeline: 'Run through the dated events in order.',
    outlook: 'Close with what the article expects next and what to watch.',
    sources: 'Point to the article and the quotes used, for anyone who wants to check.',
  },
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
  attributedTo: (source: string) => `according to ${source}`,
  statedBy: 'as stated in the article',
} as const;

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
