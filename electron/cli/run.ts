import { resolve } from 'node:path';
import { CliError, EXIT, oneLine, type ExitCode } from './errors';
import { nodeIo, type CliIo } from './io';

/** A subcommand: takes its arguments, returns an exit code or throws CliError. */
export type Command = (args: readonly string[], io: CliIo) => Promise<ExitCode>;

/** A subcommand as the dispatcher knows it: its help, and how to load it. */
export interface CommandEntry {
  /** One line for `briefdeck --help`. */
  summary: string;
  usage: string;
  /**
   * Loads the command's module on demand, so each subcommand imports only what it uses (`export` never loads the
   * NLP stack; `--help` and `--version` load none of them).
   */
  load: () => Promise<Command>;
  /**
   * The command reads `--json` itself and prints its own JSON result. Otherwise `run()` handles `--json` for it:
   * it takes the flag off, keeps what the command prints, and prints `{ ok, command, outputs, stdout }`.
   */
  ownJson?: boolean;
}

/** The subcommands, by name: routed, listed in the help, and loaded only when run. */
export const COMMANDS: Record<string, CommandEntry> = {
  draft: {
    summary: 'draft a briefing deck from an article (txt, md, html, docx, pdf)',
    usage: 'briefdeck draft ARTICLE [-o OUT.deck.md] [--slides N] [--json]',
    load: async () => (await import('./commands/draft')).draftCommand,
  },
  check: {
    summary: 'check a briefing deck for what a briefer would fix (exit 4 with findings)',
    usage: 'briefdeck check DECK [--article ARTICLE] [--json]',
    load: async () => (await import('./checkCommand')).checkCommand,
    ownJson: true,
  },
  export: {
    summary: 'export decks to PDF (slides, notes pages, handouts), a self-contained HTML file or PowerPoint',
    usage:
      'briefdeck export DECK... (--pdf OUT.pdf|DIR | --html OUT.html|DIR | --pptx OUT.pptx|DIR) [--kind slides|notes|handouts] [--per-page 3|6] [--paper a4|letter] [--json]',
    load: async () => (await import('./exportCommand')).exportCommand,
    ownJson: true,
  },
};

const HELP_FLAGS = new Set(['--help', '-h']);
const VERSION_FLAGS = new Set(['--version', '-v', '-V', 'version']);
const JSON_FLAG = '--json';

/** The one-line usage printed after a usage error. */
export function shortUsage(): string {
  return `Usage: ${Object.values(COMMANDS)
    .map((c) => c.usage)
    .join(' | ')}`;
}

/** `briefdeck --help`. */
export function fullHelp(version: string): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return [
    `briefdeck ${version}: draft, check and export reveal.js briefing decks`,
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Usage:',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
    '',
    'Options:',
    '  --json     print one JSON object on stdout (for scripts), also on failure',
    '  --help     this help; `briefdeck help COMMAND` or `briefdeck COMMAND --help` for one command',
    '  --version  the version',
    '',
    'PDF export prints with Chromium: BRIEFDECK_CHROMIUM, else /usr/bin/chromium and the usual system paths.',
    'Exit codes: 0 done, 2 usage, 3 unreadable input, 4 bad input, a deck with errors or check findings,',
    '5 write failed, 6 no Chromium, 7 printing failed.',
    '',
  ].join('\n');
}

async function version(): Promise<string> {
  return (await import('./version')).cliVersion();
}

/** Runs `command` with `--json` handled for it: its files and stdout are kept and printed as one JSON object. */
async function runWrappedJson(name: string, command: Command, args: readonly string[], io: CliIo) {
  const outputs: { path: string }[] = [];
  let stdout = '';
  const code = await command(args, {
    ...io,
    stdout: (text) => {
      stdout += text;
    },
    writeFile: async (path, data) => {
      await io.writeFile(path, data);
      outputs.push({ path: resolve(path) });
    },
  });
  io.stdout(
    `${JSON.stringify({ ok: code === EXIT.ok, command: name, code, outputs, ...(stdout ? { stdout } : {}) })}\n`,
  );
  return code;
}

/** Loaders that replace a command's own (the packaged app's headless run prints with Electron, not Chromium). */
export type CommandLoaders = Partial<Record<string, () => Promise<Command>>>;

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code. Failures print one line on
 * stderr (and, with `--json`, a JSON object on stdout); nothing throws.
 */
export async function run(
  argv: readonly string[],
  io: Partial<CliIo> = {},
  loaders: CommandLoaders = {},
): Promise<number> {
  const full: CliIo = { ...nodeIo(), ...io };
  // A caller's own article reader (tests' fakes) is used as given: drafting then stays in-process.
  if (io.readArticle && !io.draftArticle) delete full.draftArticle;
  const [name, ...args] = argv;
  if (name !== undefined && VERSION_FLAGS.has(name)) {
    full.stdout(`briefdeck ${await version()}\n`);
    return EXIT.ok;
  }
  if (name !== undefined && (HELP_FLAGS.has(name) || name === 'help')) {
    const topic = name === 'help' ? args[0] : undefined;
    const entry = topic !== undefined ? COMMANDS[topic] : undefined;
    if (topic !== undefined && !entry) {
      full.stderr(`briefdeck: no command "${oneLine(topic)}". ${shortUsage()}\n`);
      return EXIT.usage;
    }
    full.stdout(entry ? `Usage: ${entry.usage}\n` : fullHelp(await version()));
    return EXIT.ok;
  }
  if (!name) {
    full.stderr(`briefdeck: say what to do. ${shortUsage()} (briefdeck --help for more)\n`);
    return EXIT.usage;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    full.stderr(`briefdeck: unknown command "${oneLine(name)}". ${shortUsage()}\n`);
    return EXIT.usage;
  }
  if (args.some((arg) => HELP_FLAGS.has(arg))) {
    full.stdout(`Usage: ${entry.usage}\n`);
    return EXIT.ok;
  }
  const json = args.includes(JSON_FLAG);
  try {
    const command = await (loaders[name] ?? entry.load)();
    if (json && !entry.ownJson)
      return await runWrappedJson(
        name,
        command,
        args.filter((arg) => arg !== JSON_FLAG),
        full,
      );
    return await command(args, full);
  } catch (error) {
    const code = error instanceof CliError ? error.code : EXIT.internal;
    const message = oneLine((error as Error)?.message ?? String(error));
    full.stderr(`briefdeck ${name}: ${message}\n`);
    if (json) full.stdout(`${JSON.stringify({ ok: false, command: name, code, error: message })}\n`);
    return code;
  }
}
