import { execFileSync } from 'node:child_process';

/** Runs a system command quietly; false when it is missing or fails (e.g. `mount` or `chattr` without root). */
export function tryExec(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
