import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { findAppRoot } from '../services/bundled';
import { DEFAULT_PORT, startWebHost, type WebHostOptions } from './webHost';
import { closeSharedChromiumPrinter } from '../services/export/handlers';

export { startWebHost, DEFAULT_PORT, type WebHost, type WebHostOptions } from './webHost';

/** Parse `[--port N] [--user-data DIR] [--root DIR] [deck.md]` plus `PORT` and `BRIEFDECK_USER_DATA`. */
export function parseWebArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): Omit<WebHostOptions, 'appRoot'> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { port: { type: 'string' }, 'user-data': { type: 'string' }, root: { type: 'string' } },
  });
  const strictPort = values.port !== undefined || env.PORT !== undefined;
  const portText = values.port ?? env.PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${portText}`);
  if (positionals.length > 1) throw new Error('give at most one deck to open');
  const userData =
    values['user-data'] ?? env.BRIEFDECK_USER_DATA ?? join(homedir(), '.config', 'briefdeck-web');
  return {
    port,
    strictPort,
    userDataDir: resolve(cwd, userData),
    root: values.root ? resolve(cwd, values.root) : undefined,
    initialDeckPath: positionals[0] ? resolve(cwd, positionals[0]) : null,
  };
}

/** `npm run web [-- deck.md]`: start the web host and print its URL. Returns an exit code on bad arguments. */
export async function main(argv: string[]): Promise<number> {
  let options: Omit<WebHostOptions, 'appRoot'>;
  try {
    options = parseWebArgs(argv);
  } catch (error) {
    process.stderr.write(
      `briefdeck web: ${(error as Error).message}\nusage: npm run web -- [--port N] [--user-data DIR] [deck.md]\n`,
    );
    return 2;
  }
  const appRoot = findAppRoot(import.meta.url);
  const version = (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string })
    .version;
  let host: Awaited<ReturnType<typeof startWebHost>>;
  try {
    host = await startWebHost({ ...options, appRoot, version });
  } catch (error) {
    process.stderr.write(`briefdeck web: ${(error as Error).message}\n`);
    return 1;
  }
  // The link carries the one credential: only whoever reads this terminal can sign in.
  process.stdout.write(
    `Briefdeck web host: ${host.loginUrl}\n` +
      (options.port && host.port !== options.port
        ? `(port ${options.port} was taken; using ${host.port})\n`
        : '') +
      'Open that link (it signs this browser in); keep it private.\n',
  );
  // The PDF exporter keeps one Chromium running between exports; close it with the host.
  const stop = () =>
    void Promise.allSettled([host.close(), closeSharedChromiumPrinter()]).finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code !== 0) process.exit(code);
    },
    (error: unknown) => {
      process.stderr.write(`briefdeck web: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
