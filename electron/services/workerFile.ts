import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/**
 * A built worker (out/worker/<name>.mjs), found from wherever this code runs: the sources (tests, web
 * mode), out/main or out/cli. In a packaged app it sits unpacked beside app.asar, where a worker can load it.
 */
export function findWorkerFile(name: string, from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'worker', `${name}.mjs`), join(dir, 'out', 'worker', `${name}.mjs`)]) {
      if (existsSync(candidate)) return candidate.replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);
    }
    if (dirname(dir) === dir) throw new Error(`${name} worker (out/worker/${name}.mjs) not built; run npm run build (from ${from})`);
  }
}
