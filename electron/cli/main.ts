import { run } from './run';

/**
 * Entry point of the `briefdeck` command (bin/briefdeck.mjs runs the bundle built from here). A command run is
 * one process: export leaves its browser to be killed at exit instead of closing it gracefully, and the process
 * exits as soon as its output is flushed.
 */
const loaders = {
  export: async () => {
    const { createExportCommand, nodeExportDeps } = await import('./exportCommand');
    return createExportCommand({ ...nodeExportDeps(), leavePrinterOpen: true });
  },
};

/** Exits once everything written to stdout and stderr has been handed to the OS. */
function exitAfterFlush(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const done = () => {
    pending -= 1;
    if (pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

run(process.argv.slice(2), {}, loaders).then(exitAfterFlush, (error: unknown) => {
  process.stderr.write(`briefdeck: ${String(error)}\n`);
  exitAfterFlush(1);
});
