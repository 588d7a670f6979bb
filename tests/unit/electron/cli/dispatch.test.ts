import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_USAGE } from '../../../../electron/cli/checkCommand';
import { DRAFT_USAGE } from '../../../../electron/cli/commands/draft';
import { EXIT } from '../../../../electron/cli/errors';
import { EXPORT_USAGE } from '../../../../electron/cli/exportCommand';
import type { CliIo } from '../../../../electron/cli/io';
import { COMMANDS, run } from '../../../../electron/cli/run';
import { importedSeed } from '../../../helpers/importedSeed';

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string>();
  const io: Partial<CliIo> = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readArticle: async () => importedSeed(),
    writeFile: async (path, data) => void files.set(path, data),
  };
  return { io, files, out: () => out.join(''), err: () => err.join('') };
}

describe('briefdeck dispatch', () => {
  it.each([['--version'], ['-v'], ['version']])('%s prints the version from package.json', async (flag) => {
    const f = fakeIo();
    expect(await run([flag], f.io)).toBe(EXIT.ok);
    expect(f.out()).toBe(`briefdeck ${VERSION}\n`);
    expect(f.err()).toBe('');
  });

  it('--help lists every command with its usage, the exit codes and BRIEFDECK_CHROMIUM', async () => {
    const f = fakeIo();
    expect(await run(['--help'], f.io)).toBe(EXIT.ok);
    for (const [name, entry] of Object.entries(COMMANDS)) {
      expect(f.out()).toContain(`  ${name} `);
      expect(f.out()).toContain(entry.usage);
    }
    expect(f.out()).toContain('BRIEFDECK_CHROMIUM');
    expect(f.out()).toContain('6 no Chromium');
  });

  it('help for one command, as `help CMD` or `CMD --help`, without running it', async () => {
    for (const argv of [
      ['help', 'export'],
      ['export', '--help'],
      ['export', 'x.deck.md', '-h'],
    ]) {
      const f = fakeIo();
      expect(await run(argv, f.io)).toBe(EXIT.ok);
      expect(f.out()).toBe(`Usage: ${EXPORT_USAGE}\n`);
    }
    const f = fakeIo();
    expect(await run(['help', 'nope'], f.io)).toBe(EXIT.usage);
    expect(f.err()).toMatch(/^briefdeck: no command "nope"\. Usage: /);
  });

  it('keeps the registry usage in step with each command module', () => {
    expect(COMMANDS.export?.usage).toBe(EXPORT_USAGE);
    expect(COMMANDS.check?.usage).toBe(CHECK_USAGE);
    // draft's own usage lacks --json, which the dispatcher adds for it.
    expect(COMMANDS.draft?.usage).toBe(`${DRAFT_USAGE} [--json]`);
  });

  it('wraps a command without JSON of its own: --json gives the files it wrote', async () => {
    const f = fakeIo();
    expect(await run(['draft', 'seed.txt', '-o', 'out.deck.md', '--json'], f.io)).toBe(EXIT.ok);
    const result = JSON.parse(f.out()) as { ok: boolean; outputs: { path: string }[] };
    expect(result).toMatchObject({ ok: true, command: 'draft', code: 0 });
    expect(result.outputs.map((o) => o.path)).toEqual([`${process.cwd()}/out.deck.md`]);
    expect(f.files.get('out.deck.md')).toContain('<!-- .slide:');
  });

  it('with --json a failure is a JSON object on stdout too, and one line on stderr', async () => {
    const f = fakeIo();
    expect(await run(['export', 'd.deck.md', '--pdf', 'o.pdf', '--kind', 'poster', '--json'], f.io)).toBe(
      EXIT.usage,
    );
    expect(JSON.parse(f.out())).toMatchObject({
      ok: false,
      command: 'export',
      code: EXIT.usage,
      error: expect.stringContaining('--kind must be slides, notes or handouts'),
    });
    expect(f.err().trim().split('\n')).toHaveLength(1);
  });

  it('no command at all is a usage error on one line', async () => {
    const f = fakeIo();
    expect(await run([], f.io)).toBe(EXIT.usage);
    expect(f.err().trim().split('\n')).toHaveLength(1);
    expect(f.err()).toContain('briefdeck --help');
  });
});
