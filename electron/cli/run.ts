import { draftCommand, DRAFT_USAGE } from './commands/draft';
import { CliError, EXIT, oneLine, type ExitCode } from './errors';
import { exportCommand, EXPORT_USAGE } from './exportCommand';
import { nodeIo, type CliIo } from './io';

/** A subcommand: takes its arguments, returns an exit code or throws CliError. */
export type Command = (args: readonly string[], io: CliIo) => Promise<ExitCode>;

/** The subcommands, by name. Add one here (e.g. `export`) and it is routed and listed in the usage. */
export const COMMANDS: Record<string, { run: Command; usage: string }> = {
  draft: { run: draftCommand, usage: DRAFT_USAGE },
  export: { run: exportCommand, usage: EXPORT_USAGE },
};

function usage(): string {
  return `Usage: ${Object.values(COMMANDS)
    .map((c) => c.usage)
    .join(' | ')}`;
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code. Failures print one line on
 * stderr; nothing throws.
 */
export async function run(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const full: CliIo = { ...nodeIo(), ...io };
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? full.stdout : full.stderr)(`${usage()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    full.stderr(`briefdeck: unknown command "${oneLine(name)}". ${usage()}\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, full);
  } catch (error) {
    const code = error instanceof CliError ? error.code : EXIT.internal;
    full.stderr(`briefdeck ${name}: ${oneLine((error as Error).message ?? String(error))}\n`);
    return code;
  }
}
