// Sums the JSON reports of every test runner (vitest, Playwright in Chromium, Playwright _electron) into one
// closing line of the form `N passed, N failed, N skipped`. A runner that did not run counts as one failure,
// so a broken step can never look green.
import { existsSync, readFileSync } from 'node:fs';

const reports = [
  { name: 'unit (vitest)', file: 'test-reports/unit.json', kind: 'vitest' },
  { name: 'e2e (Chromium)', file: 'test-reports/e2e.json', kind: 'playwright' },
  { name: 'electron (_electron)', file: 'test-reports/electron.json', kind: 'playwright' },
];

/** vitest's JSON reporter (jest-compatible fields). */
function vitestCounts(json) {
  return {
    p: json.numPassedTests ?? 0,
    f: (json.numFailedTests ?? 0) + (json.numRuntimeErrorTestSuites ?? 0),
    s: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
  };
}

/** Playwright's JSON reporter: expected = passed, unexpected = failed; top-level errors count as failures. */
function playwrightCounts(json) {
  const stats = json.stats ?? {};
  return {
    p: (stats.expected ?? 0) + (stats.flaky ?? 0),
    f: (stats.unexpected ?? 0) + (json.errors?.length ?? 0),
    s: stats.skipped ?? 0,
  };
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const report of reports) {
  if (!existsSync(report.file)) {
    console.log(`${report.name}: no report (the runner did not run or crashed)`);
    failed += 1;
    continue;
  }
  const json = JSON.parse(readFileSync(report.file, 'utf8'));
  const { p, f, s } = report.kind === 'vitest' ? vitestCounts(json) : playwrightCounts(json);
  console.log(`${report.name}: ${p} passed, ${f} failed, ${s} skipped`);
  passed += p;
  failed += f;
  skipped += s;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
