/**
 * Markdown articles: parsed with markdown-it (raw HTML off), flattened to plain-text blocks.
 *
 * `# Headline` is the title (one or two short kicker lines above it, "THE LONG VIEW · ESSAY", are dropped), an
 * all-italic paragraph right after it (or a second-level heading directly under it) is the standfirst, "By Name" is
 * the byline, and YAML-style front matter (`title:`, `author:`, `date:`…) wins over all of these. A file with no
 * heading at its top is read as plain text is: a short first line is the headline, a dek under it the standfirst. Headings inside the body are kept as their own short paragraphs, so sections survive as text and
 * every format counts paragraphs the same way; a data table is read row by row; images and rules are dropped, and
 * code blocks too, with a warning that says so.
 */
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { assembleArticle, creditLine, type KnownMetadata } from './assemble';
import { parseByline, siteAndSection, SUMMARY_LABEL } from './articleHead';
import { boilerplateKind } from './boilerplate';
import { countWords, normaliseSpace } from './normalise';
import { tableLines, type TableRow } from './tables';
import type { ImportedArticle } from './types';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n/;
const FRONT_MATTER_KEYS = ['title', 'standfirst', 'author', 'publisher', 'date', 'url'] as const;
const FRONT_MATTER_ALIASES: Record<string, (typeof FRONT_MATTER_KEYS)[number]> = {
  subtitle: 'standfirst',
  description: 'standfirst',
  dek: 'standfirst',
  byline: 'author',
  authors: 'author',
  site: 'publisher',
  source: 'publisher',
  published: 'date',
};
const SKIPPED_BLOCKS = new Set(['fence', 'code_block', 'hr', 'html_block']);

interface MdBlock {
  text: string;
  heading?: number;
  italic: boolean;
  /** The whole block is one link ("[The quiet decline of the European hedgehog](…)"). */
  link?: boolean;
}

/** Two or more blocks in a row that are each one link: a "More from …" or "Related" list of other pages. */
const MIN_LINK_RUN = 2;

/** The blocks without runs of link-only blocks, and how many those runs held. */
function withoutLinkLists(blocks: readonly MdBlock[]): { kept: MdBlock[]; dropped: number } {
  const kept: MdBlock[] = [];
  let run: MdBlock[] = [];
  let dropped = 0;
  const flush = () => {
    if (run.length >= MIN_LINK_RUN) dropped += run.length;
    else kept.push(...run);
    run = [];
  };
  for (const block of blocks) {
    if (block.link) run.push(block);
    else {
      flush();
      kept.push(block);
    }
  }
  flush();
  return { kept, dropped };
}

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** Imports a Markdown article (see the module comment for what counts as what). */
export function importMarkdown(source: string): ImportedArticle {
  const { body: withNotes, known } = readFrontMatter(source);
  // "… of a typical couple's net income.[^1]" and "[^1]: Lanyard Institute analysis of …": a footnote's marker and
  // its text are asides to the article, never its words (the import warns how many notes it left out).
  const notes = withNotes.match(FOOTNOTE_DEFINITION)?.length ?? 0;
  const body = withNotes.replace(FOOTNOTE_DEFINITION, '').replace(FOOTNOTE_MARKER, '');
  const tokens = markdown.parse(body, {});
  const { kept: blocks, dropped: links } = withoutLinkLists(toBlocks(tokens));
  const code = tokens.filter((token) => token.type === 'fence' || token.type === 'code_block').length;
  const kickers = known.title ? 0 : kickerCount(blocks);
  blocks.splice(0, kickers);
  const first = blocks[0];
  // The front matter's title, repeated as the "# Headline": the dek under it is the standfirst all the same.
  const repeated = known.title !== undefined && first?.text === known.title.trim();
  if ((!known.title || repeated) && first?.heading === 1 && blocks.length >= 2) {
    known.title = first.text;
    blocks.shift();
    const next = blocks[0];
    // "*By Annika Vesterholm, legal affairs correspondent · 14 March 2025*": an italic byline is the article's
    // head (read by the assembler), not its standfirst.
    // "*The Varrow Courier · Sunday Conversation*": nor is the site and its section.
    // "*Latency Budget · Lysander Renquist · 9 July 2025 · 11 min read*": nor a credit line of the newsletter, its
    // writer and the date.
    // "*Posted on 19 January 2026 · 14 min read · Filed under: civic tech*": nor the page's furniture.
    const byline =
      next !== undefined &&
      (parseByline(next.text) !== undefined ||
        siteAndSection(next.text) !== undefined ||
        creditLine(next.text) !== undefined ||
        boilerplateKind(next.text) !== undefined);
    if (
      next &&
      !byline &&
      !known.standfirst &&
      (next.italic || (next.heading ?? 0) >= 2) &&
      // ("**TL;DR**" over the summary's points: the summary's label, which stays with them.)
      !SUMMARY_LABEL.test(next.text) &&
      blocks.length >= 2
    ) {
      known.standfirst = next.text;
      blocks.shift();
    }
  }
  // A Markdown file written as plain text (a headline line with no "#", the dek, "By …") reads as plain text does.
  const plainHead = !known.title && first !== undefined && first.heading === undefined;
  const guessTitle = !known.title && (first?.heading !== undefined || plainHead);
  return assembleArticle(
    blocks.map((block) => block.text),
    'md',
    known,
    {
      guessTitle,
      guessStandfirst: plainHead,
      droppedBefore: kickers + links,
      warnings: [
        ...(code > 0 ? [`left out ${code} ${code === 1 ? 'code block' : 'code blocks'}`] : []),
        ...(notes > 0 ? [`left out ${notes} ${notes === 1 ? 'footnote' : 'footnotes'}`] : []),
      ],
    },
  );
}

/** "[^1]: Lanyard Institute analysis …", with any indented lines that continue it. */
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]+\]:.*(?:\r?\n(?: {2,}|\t).*)*$/gm;
/** "[^1]", "[^note]": a footnote's marker in the text. */
const FOOTNOTE_MARKER = /\[\^[^\]\s]+\]/g;

/** Short lines above the `# Headline` (a section kicker, "THE LONG VIEW · ESSAY") are not the article. */
const MAX_KICKER_LINES = 2;
const MAX_KICKER_WORDS = 6;

function kickerCount(blocks: readonly MdBlock[]): number {
  const headline = blocks.findIndex((block) => block.heading === 1);
  if (headline < 1 || headline > MAX_KICKER_LINES) return 0;
  const above = blocks.slice(0, headline);
  return above.every((block) => block.heading === undefined && countWords(block.text) <= MAX_KICKER_WORDS)
    ? headline
    : 0;
}

function readFrontMatter(source: string): { body: string; known: KnownMetadata } {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { body: source, known: {} };
  const known: KnownMetadata = {};
  try {
    const data: unknown = parseYaml(match[1] ?? '');
    if (data && typeof data === 'object') {
      for (const [rawKey, value] of Object.entries(data)) {
        const key = FRONT_MATTER_ALIASES[rawKey.toLowerCase()] ?? rawKey.toLowerCase();
        const text = Array.isArray(value)
          ? value.join(', ')
          : value instanceof Date
            ? value.toISOString().slice(0, 10)
            : value;
        if (
          (FRONT_MATTER_KEYS as readonly string[]).includes(key) &&
          (typeof text === 'string' || typeof text === 'number')
        ) {
          known[key as (typeof FRONT_MATTER_KEYS)[number]] = String(text);
        }
      }
    }
  } catch {
    return { body: source, known: {} };
  }
  return { body: source.slice(match[0].length), known };
}

function toBlocks(tokens: Token[]): MdBlock[] {
  const blocks: MdBlock[] = [];
  let heading: number | undefined;
  let table: TableRow[] | undefined;
  for (const token of tokens) {
    // A data table is read row by row, as a web page's is.
    if (token.type === 'table_open') table = [];
    if (token.type === 'table_close' && table) {
      const lines = tableLines(table) ?? table.flatMap((row) => row.cells).filter(Boolean);
      for (const text of lines) blocks.push({ text, italic: false });
      table = undefined;
    }
    if (table) {
      if (token.type === 'tr_open') table.push({ heading: false, cells: [] });
      const row = table.at(-1);
      if (row && token.type === 'th_open') row.heading = true;
      if (row && token.type === 'inline') row.cells.push(normaliseSpace(inlineText(token.children ?? [])));
      continue;
    }
    // A rule is kept as "---": the boilerplate filter drops it, and reads what follows a closing one as a footer.
    if (token.type === 'hr') blocks.push({ text: '---', italic: false });
    if (SKIPPED_BLOCKS.has(token.type)) continue;
    if (token.type === 'heading_open') heading = Number(token.tag.slice(1));
    if (token.type === 'heading_close') heading = undefined;
    if (token.type !== 'inline') continue;
    // "*Salwen Health Watch · Explainers*" over "*By Maud Estergaard · 10 June 2025*": lines each set in
    // emphasis are separate lines of the page's head, not one paragraph.
    const lines = emphasisedLines(token.children ?? []);
    for (const children of lines ?? [token.children ?? []]) {
      const text = normaliseSpace(inlineText(children));
      if (text) blocks.push({ text, heading, italic: isAllItalic(children), link: isOneLink(children) });
    }
  }
  return blocks;
}

function inlineText(children: Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
  }
  return text;
}

const EMPHASIS_OPEN = new Set(['em_open', 'strong_open']);
const EMPHASIS_CLOSE = new Set(['em_close', 'strong_close']);

/** A paragraph's lines when there are two or more and each is wholly emphasised; otherwise undefined. */
function emphasisedLines(children: Token[]): Token[][] | undefined {
  const lines: Token[][] = [[]];
  for (const child of children) {
    if (child.type === 'softbreak' || child.type === 'hardbreak') lines.push([]);
    else lines.at(-1)?.push(child);
  }
  const whole = (line: Token[]) =>
    EMPHASIS_OPEN.has(line[0]?.type ?? '') && EMPHASIS_CLOSE.has(line.at(-1)?.type ?? '');
  return lines.length >= 2 && lines.every(whole) ? lines : undefined;
}

function isOneLink(children: Token[]): boolean {
  const content = children.filter((child) => !(child.type === 'text' && !child.content.trim()));
  return (
    content[0]?.type === 'link_open' &&
    content.at(-1)?.type === 'link_close' &&
    content.filter((child) => child.type === 'link_open').length === 1
  );
}

function isAllItalic(children: Token[]): boolean {
  const content = children.filter(
    (child) => child.type !== 'softbreak' && !(child.type === 'text' && !child.content.trim()),
  );
  // "**Central bank governor who broke …**": a dek set in bold is set apart just as an italic one is.
  const wrapped = (open: string, close: string) =>
    content[0]?.type === open && content.at(-1)?.type === close;
  return content.length >= 3 && (wrapped('em_open', 'em_close') || wrapped('strong_open', 'strong_close'));
}
