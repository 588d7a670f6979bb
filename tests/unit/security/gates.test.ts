import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'insecure');
const GATE = join(ROOT, 'scripts', 'electronegativity-gate.mjs');
/** The rules the security gates add; other lint rules are not this test's business. */
const SECURITY_RULES = new Set(['no-restricted-syntax', 'no-eval', 'no-implied-eval', 'no-new-func']);

interface GateReport {
  findings: { id: string; severity: string; file: string; line: number }[];
  parseErrors: unknown[];
}

function runGate(target: string): { status: number | null; report: GateReport; stderr: string } {
  const result = spawnSync(process.execPath, [GATE, target, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return {
    status: result.status,
    report: JSON.parse(result.stdout || '{"findings":[]}') as GateReport,
    stderr: result.stderr,
  };
}

function securityMessages(results: ESLint.LintResult[]) {
  return results.flatMap((result) =>
    result.messages
      .filter((message) => message.ruleId && SECURITY_RULES.has(message.ruleId))
      .map((message) => ({
        file: result.filePath,
        line: message.line,
        ruleId: message.ruleId,
        message: message.message,
      })),
  );
}

const SAFE_MAIN = `
import { BrowserWindow, shell } from 'electron';
declare function vetExternalUrl(url: string): string;
export function open(url: string) {
  const window = new BrowserWindow({
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false },
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void window.loadURL('app://bundle/index.html');
  void window.loadURL(\`app://bundle/\${url}\`);
  void shell.openExternal(vetExternalUrl(url));
  return window;
}
`;

const SAFE_RENDERER = `
declare function sanitizeHtml(html: string): string;
export function show(element: HTMLElement, html: string) {
  element.innerHTML = sanitizeHtml(html);
  element.insertAdjacentHTML('beforeend', sanitizeHtml(html));
  element.textContent = html;
  return <div dangerouslySetInnerHTML={{ __html: sanitizeHtml(html) }} />;
}
`;

describe('the ESLint security gate', () => {
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.js'), ignore: false });

  it('fires every security rule on the deliberately insecure fixtures', async () => {
    const found = securityMessages(await eslint.lintFiles([FIXTURES]));
    const config = (await eslint.calculateConfigForFile(join(FIXTURES, 'insecureWindow.ts'))) as {
      rules: Record<string, [string, ...{ message: string }[]]>;
    };
    const [, ...restricted] = config.rules['no-restricted-syntax'] ?? ['off'];
    const required = [
      ...['nodeIntegration', 'contextIsolation', 'sandbox', 'webSecurity', 'allowRunningInsecureContent'],
      ...['webviewTag', 'experimentalFeatures', 'enableBlinkFeatures', "'new-window'", 'http(s): or file:'],
      ...[
        'shell.openExternal(vetExternalUrl',
        'innerHTML =',
        'insertAdjacentHTML',
        'dangerouslySetInnerHTML',
      ],
    ];
    for (const text of required) {
      expect(
        restricted.some(({ message }) => message.includes(text)),
        `no rule about ${text}`,
      ).toBe(true);
    }
    for (const { message } of restricted) {
      expect(
        found.some((hit) => hit.message === message),
        `no fixture line triggers: ${message}`,
      ).toBe(true);
    }
    for (const rule of ['no-eval', 'no-new-func'])
      expect(
        found.some((hit) => hit.ruleId === rule),
        rule,
      ).toBe(true);
    const onLine = (text: string) => found.filter((hit) => hit.message.includes(text)).length;
    expect(onLine('loadURL') + onLine('app:// bundle')).toBe(3);
    expect(onLine('webPreferences.')).toBe(9);
    expect(onLine('innerHTML')).toBe(2);
  });

  it('accepts the secure patterns', async () => {
    const main = await eslint.lintText(SAFE_MAIN, {
      filePath: join(ROOT, 'electron', 'main', '__safe__.ts'),
    });
    const renderer = await eslint.lintText(SAFE_RENDERER, {
      filePath: join(ROOT, 'renderer', 'src', '__safe__.tsx'),
    });
    expect(securityMessages([...main, ...renderer])).toEqual([]);
  });

  it('keeps the fixtures out of the normal `eslint .` run', async () => {
    const normal = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.js') });
    expect(await normal.isPathIgnored(join(FIXTURES, 'insecureWindow.ts'))).toBe(true);
  });

  it('passes on the real electron/ and renderer/ sources', async () => {
    const found = securityMessages(await eslint.lintFiles([join(ROOT, 'electron'), join(ROOT, 'renderer')]));
    expect(found).toEqual([]);
  });
});

describe('the electronegativity gate', () => {
  let broken: string;
  beforeAll(() => {
    broken = mkdtempSync(join(tmpdir(), 'egate-'));
    writeFileSync(join(broken, 'main.ts'), 'const window = new BrowserWindow({ webPreferences: {');
  });
  afterAll(() => rmSync(broken, { recursive: true, force: true }));

  it('fails with HIGH findings on the insecure fixture', () => {
    const { status, report } = runGate(FIXTURES);
    expect(status).toBe(1);
    const high = report.findings
      .filter((finding) => finding.severity === 'HIGH')
      .map((finding) => finding.id);
    expect(high).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']),
    );
  });

  it('fails (exit 2) when it cannot parse a source file, rather than passing it unread', () => {
    const { status, report } = runGate(broken);
    expect(status).toBe(2);
    expect(report.parseErrors).toHaveLength(1);
  });

  it('passes on the real electron/ folder', () => {
    const { status, report, stderr } = runGate(join(ROOT, 'electron'));
    const high = report.findings.filter((finding) => finding.severity === 'HIGH');
    expect(high, stderr).toEqual([]);
    expect(status).toBe(0);
  });
});
