import { resolve } from 'node:path';
import { parseDeck } from '../../../slides/format/parse';
import { draftDeck } from '../../../slides/draft';
import { ImportError } from '../../../slides/import/types';
import { CliError, EXIT, type ExitCode } from '../errors';
import type { CliIo } from '../io';

export const DRAFT_USAGE = 'briefdeck draft ARTICLE [-o OUT.deck.md] [--slides N]';

const SLIDES_VALUE = /^\d{1,2}$/;
const MIN_SLIDES = 3;
const MAX_SLIDES = 30;

interface DraftArgs {
  input: string;
  output?: string;
  slides?: number;
}

function parseArgs(args: readonly string[]): DraftArgs {
  let input: string | undefined;
  let output: string | undefined;
  let slides: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '-o' || arg === '--output') {
      output = args[++i];
      if (!output) throw new CliError(`${arg} needs a file name. Usage: ${DRAFT_USAGE}`, EXIT.usage);
    } else if (arg === '--slides' || arg.startsWith('--slides=')) {
      const value = arg.includes('=') ? arg.slice('--slides='.length) : args[++i];
      if (!value || !SLIDES_VALUE.test(value) || Number(value) < MIN_SLIDES || Number(value) > MAX_SLIDES)
        throw new CliError(`--slides needs a whole number from ${MIN_SLIDES} to ${MAX_SLIDES}.`, EXIT.usage);
      slides = Number(value);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`Unknown option ${arg}. Usage: ${DRAFT_USAGE}`, EXIT.usage);
    } else if (input === undefined) {
      input = arg;
    } else {
      throw new CliError(`Unexpected argument ${arg}. Usage: ${DRAFT_USAGE}`, EXIT.usage);
    }
  }
  if (!input) throw new CliError(`Missing the article file. Usage: ${DRAFT_USAGE}`, EXIT.usage);
  return { input, output, slides };
}

/** `briefdeck draft`: imports the article, drafts the briefing, writes it to OUT (atomically) or stdout. */
export async function draftCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { input, output, slides } = parseArgs(args);
  let article;
  let drafted: string | undefined;
  try {
    // The real CLI imports and drafts in the hosts' limited worker, so no file can hang it or eat the memory.
    if (io.draftArticle) ({ article, text: drafted } = await io.draftArticle(input, { slides }));
    else article = await io.readArticle(input);
  } catch (error) {
    if (error instanceof ImportError)
      throw new CliError(`Cannot draft from ${input}: ${error.message}`, EXIT.badInput);
    throw new CliError((error as Error).message, EXIT.unreadable);
  }
  if (article.paragraphs.length === 0)
    throw new CliError(`Cannot draft from ${input}: no article text found.`, EXIT.badInput);
  const text = drafted ?? draftDeck(article, { slides }).text;
  const { errors } = parseDeck(text);
  if (errors.length > 0)
    throw new CliError(`Drafted deck does not parse: ${errors[0]?.message}`, EXIT.internal);
  for (const warning of article.warnings) io.stderr(`warning: ${warning}\n`);
  if (!output) {
    io.stdout(text);
    return EXIT.ok;
  }
  try {
    await io.writeFile(output, text);
  } catch (error) {
    throw new CliError(`Cannot write ${output}: ${(error as Error).message}`, EXIT.writeFailed);
  }
  // Say where the deck went (its full path), as `export` does for each file it writes.
  io.stdout(`${resolve(output)}\n`);
  return EXIT.ok;
}
