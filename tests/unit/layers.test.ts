import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The rules ESLint reports for `code` as if it were the file at `path`. */
async function violations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the house’s floors are enforced by lint', () => {
  it('a front (the app’s main.ts, web mode, the CLI) may not reach into electron/library, statically or when a command loads', async () => {
    const rule = expect.stringContaining('not electron/library/');
    expect(await violations('electron/cli/example.ts', "import { openLibrary } from '../library/open';\nexport const x = openLibrary;\n")).toEqual([rule]);
    expect(await violations('electron/cli/example.ts', "export const load = () => import('../library/search');\n")).toEqual([rule]);
    expect(await violations('electron/web/example.ts', "export { openLibrary } from '../library/open';\n")).toEqual([rule]);
    expect(await violations('electron/main.ts', "import { LibraryError } from './library/errors';\nexport const x = LibraryError;\n")).toEqual([rule]);
    // The application layer is what they call; benchmarks measure the library itself.
    expect(await violations('electron/cli/example.ts', "import { openLibrarySession } from '../services/openSession';\nexport const x = openLibrarySession;\n")).toEqual([]);
    expect(await violations('electron/cli/bench/example.ts', "import { openLibrary } from '../../library/open';\nexport const x = openLibrary;\n")).toEqual([]);
  });
});
