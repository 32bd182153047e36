import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Vitest global setup: builds the CLI the tests run (out/cli) from the current sources, so
 * `npm run test:unit` never exercises a stale build.
 */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, [resolve(root, 'electron/cli/build.mjs')], { cwd: root, stdio: 'inherit' });
}
