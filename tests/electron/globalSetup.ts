import { electronBinary } from './electronApp';

/** Says once, before the run, whether the Electron tests can run here, and why not when they cannot. */
export default function globalSetup(): void {
  const binary = electronBinary();
  if ('missing' in binary) console.log(`Skipping the Electron end-to-end tests: ${binary.missing}.`);
  else console.log(`Electron end-to-end tests use ${binary.path}`);
}
