#!/usr/bin/env node
/**
 * Security gate: runs @doyensec/electronegativity over a folder (default `electron/`) and fails on any HIGH
 * finding. Electronegativity itself always exits 0, so the gate reads its findings and decides.
 *
 * Usage: node scripts/electronegativity-gate.mjs [folder] [--json]
 *   exit 0: no HIGH finding; exit 1: HIGH findings (listed); exit 2: the scan itself failed.
 *
 * Offline by construction: electronegativity fetches translations and Electron's release list with `got`;
 * the gate replaces `got` with a stub that refuses, before electronegativity loads.
 */
import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * Checks left out, and why: AvailableSecurityFixesGlobalCheck downloads Electron's release list (network) to
 * compare versions; Electron updates are tracked through package.json, not by a scan of source files.
 * (The Electron upgrade checks run only when an upgrade range is requested, which the gate never does.)
 */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/** Installs a `got` that always rejects, in the module cache of every copy electronegativity may load. */
function stubNetwork() {
  const entry = require.resolve('@doyensec/electronegativity');
  const fromTool = createRequire(entry);
  const refuse = () => Promise.reject(new Error('electronegativity-gate: network disabled'));
  refuse.head = refuse;
  refuse.get = refuse;
  for (const base of [entry, join(dirname(entry), 'locales', 'i18n.js')]) {
    const gotPath = createRequire(base).resolve('got');
    const stub = new Module(gotPath);
    stub.filename = gotPath;
    stub.loaded = true;
    stub.exports = refuse;
    require.cache[gotPath] = stub;
  }
  return fromTool;
}

/** The Electron version the app builds with, so the scan applies that version's defaults. */
function electronVersion() {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/**
 * Scans `input` and returns the findings, each with check id, severity name, file (relative), line and description.
 * @param {string} input folder or file to scan
 */
export async function scan(input) {
  const fromTool = stubNetwork();
  const run = fromTool('@doyensec/electronegativity');
  process.env.LANG = 'en-US';
  const quiet = console.log;
  console.log = () => {};
  let result;
  try {
    result = await run({
      input: resolve(input),
      excludeFromScan: EXCLUDED_CHECKS,
      electronVersionOverride: electronVersion(),
      isRelative: false,
    });
  } finally {
    console.log = quiet;
  }
  const findings = result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file === 'N/A' ? 'N/A' : relative(ROOT, issue.file),
    line: issue.location.line,
    description:
      typeof issue.description === 'string' ? issue.description : JSON.stringify(issue.description),
  }));
  const parseErrors = result.errors.filter((error) => !error.tolerable);
  return { findings, parseErrors, checks: result.globalChecks + result.atomicChecks };
}

async function main(argv) {
  const input = argv.find((arg) => !arg.startsWith('--')) ?? join(ROOT, 'electron');
  const { findings, parseErrors, checks } = await scan(input);
  const high = findings.filter((finding) => finding.severity === 'HIGH');
  if (argv.includes('--json')) {
    console.log(
      JSON.stringify(
        { input: relative(ROOT, resolve(input)) || '.', checks, findings, parseErrors },
        null,
        2,
      ),
    );
  } else {
    const counts = {};
    for (const finding of findings) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
    const summary =
      Object.entries(counts)
        .map(([severity, count]) => `${count} ${severity}`)
        .join(', ') || 'none';
    console.log(
      `electronegativity: ${checks} checks over ${relative(ROOT, resolve(input)) || '.'}; findings: ${summary}`,
    );
    for (const error of parseErrors) console.log(`  could not parse ${error.file}: ${error.message}`);
    for (const finding of high) {
      console.log(
        `  HIGH ${finding.id} ${finding.file}:${finding.line} (${finding.confidence}) ${finding.description}`,
      );
    }
  }
  if (parseErrors.length > 0) return 2;
  return high.length > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`electronegativity-gate: the scan failed: ${error?.stack ?? error}`);
      process.exit(2);
    },
  );
}
