import { run } from './run';

// Entry point for `npm run cli -- …` and the packaged `briefdeck` command.
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`briefdeck: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
