/** Every exit code the CLI returns, in one table. */
export const EXIT = {
  ok: 0,
  /** Something unexpected went wrong (a bug). */
  internal: 1,
  /** Bad command line: unknown command, missing argument, bad option value. */
  usage: 2,
  /** The input file cannot be opened or read (missing, folder, permission). */
  unreadable: 3,
  /** The input was read but holds no usable article (empty, binary, corrupt, no text layer, too large). */
  badInput: 4,
  /** The output could not be written. */
  writeFailed: 5,
  /** No browser to print with (export): set BRIEFDECK_CHROMIUM or install Chromium. */
  noBrowser: 6,
  /** The browser started but printing failed (export). */
  printFailed: 7,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error that ends the CLI with a code and a one-line message. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const NEWLINES = /\s*[\r\n]+\s*/g;

/** Collapses any message to one line, as the CLI promises. */
export function oneLine(message: string): string {
  return message.replace(NEWLINES, ' ').trim();
}
