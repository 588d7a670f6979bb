/**
 * `briefdeck check DECK [--article A] [--json]`: runs the briefing check (slides/check) on a deck and prints one
 * line per finding, `slide N, element: message`, or with `--json` the findings array. Exits 0 when the deck is
 * clean and 4 when it has findings. Without `--article`, the article beside the deck is used when there is one
 * (`name.article.txt`, else `name.article.json`, as the editor finds it).
 */
import { readFile } from 'node:fs/promises';
import { parseDeck } from '../../slides/format/parse';
import { readDeckFile } from '../../slides/fs';
import { ImportError } from '../../slides/import/types';
import { checkDeck, type CheckArticle, type Finding } from '../../slides/check/index';
import { isSentenceLists, isStringList, readArticleSidecar } from '../services/articleSidecar';
import { CliError, EXIT, type ExitCode } from './errors';
import type { CliIo } from './io';

export const CHECK_USAGE = 'briefdeck check DECK [--article ARTICLE] [--json]';

const JSON_FILE = /\.json$/i;

interface CheckArgs {
  deck: string;
  article?: string;
  json: boolean;
}

function parseArgs(args: readonly string[]): CheckArgs {
  let deck: string | undefined;
  let article: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--article' || arg.startsWith('--article=')) {
      article = arg.includes('=') ? arg.slice('--article='.length) : args[++i];
      if (!article) throw new CliError(`--article needs a file name. Usage: ${CHECK_USAGE}`, EXIT.usage);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`Unknown option ${arg}. Usage: ${CHECK_USAGE}`, EXIT.usage);
    } else if (deck === undefined) deck = arg;
    else throw new CliError(`Unexpected argument ${arg}. Usage: ${CHECK_USAGE}`, EXIT.usage);
  }
  if (!deck) throw new CliError(`Missing the deck file. Usage: ${CHECK_USAGE}`, EXIT.usage);
  return { deck, article, json };
}

/**
 * An `.article.json` as the editor saves it: the title, the standfirst and the paragraphs split into sentences, and
 * the writer's bio when the import found one.
 */
function splitArticleJson(text: string, path: string): CheckArticle {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not valid JSON (${(error as Error).message}).`, EXIT.badInput);
  }
  const article = data as {
    title?: unknown;
    standfirst?: unknown;
    paragraphs?: unknown;
    authorBio?: unknown;
  };
  if (typeof article !== 'object' || article === null || !isSentenceLists(article.paragraphs))
    throw new CliError(
      `${path} is not an article: it needs "paragraphs", a list of sentence lists.`,
      EXIT.badInput,
    );
  const standfirst = isStringList(article.standfirst) ? article.standfirst : undefined;
  return {
    title: typeof article.title === 'string' ? article.title : undefined,
    ...(standfirst ? { standfirst } : {}),
    paragraphs: article.paragraphs,
    ...(typeof article.authorBio === 'string' ? { authorBio: article.authorBio } : {}),
  };
}

async function loadArticle(path: string, io: CliIo): Promise<CheckArticle> {
  if (JSON_FILE.test(path)) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new CliError(`Cannot read ${path}: ${(error as Error).message}`, EXIT.unreadable);
    }
    return splitArticleJson(text, path);
  }
  try {
    return await io.readArticle(path);
  } catch (error) {
    if (error instanceof ImportError)
      throw new CliError(`Cannot read the article ${path}: ${error.message}`, EXIT.badInput);
    throw new CliError((error as Error).message, EXIT.unreadable);
  }
}

/** Where a finding is, as the human output names it: `title`, `item 2`, `notes` or `slide`. */
export function elementName(finding: Finding): string {
  const { kind, index } = finding.element;
  return kind === 'item' && index !== undefined ? `item ${index + 1}` : kind;
}

/** `briefdeck check`. */
export async function checkCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const options = parseArgs(args);
  let text: string;
  try {
    text = (await readDeckFile(options.deck)).text;
  } catch (error) {
    throw new CliError(`Cannot read ${options.deck}: ${(error as Error).message}`, EXIT.unreadable);
  }
  const { deck, errors } = parseDeck(text);
  const error = errors[0];
  if (error)
    throw new CliError(`${options.deck}:${error.line}:${error.column}: ${error.message}`, EXIT.badInput);
  const article = options.article
    ? await loadArticle(options.article, io)
    : await readArticleSidecar(options.deck);
  const findings = checkDeck(deck, { article });
  if (options.json) io.stdout(`${JSON.stringify(findings, null, 2)}\n`);
  else for (const f of findings) io.stdout(`slide ${f.slide + 1}, ${elementName(f)}: ${f.message}\n`);
  if (findings.length === 0) return EXIT.ok;
  if (!options.json)
    io.stderr(
      `briefdeck check: ${findings.length} finding${findings.length === 1 ? '' : 's'} in ${options.deck}${article ? '' : ' (no article: checks against the source skipped)'}\n`,
    );
  return EXIT.badInput;
}
