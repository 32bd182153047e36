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

  it('the renderer’s floors: shell over features over the editor over the kit over shared/', async () => {
    const floor = expect.stringContaining('imports only the floors below it');
    // The kit imports nothing above it.
    expect(await violations('renderer/kit/example.ts', "import { App } from '../shell/App';\nexport const x = App;\n")).toEqual([floor]);
    expect(await violations('renderer/kit/example.ts', "import { reportNodes } from '../editor/nodes';\nexport const x = reportNodes;\n")).toEqual([floor]);
    expect(await violations('renderer/kit/example.ts', "import { ImportDialog } from '../import/ImportDialog';\nexport const x = ImportDialog;\n")).toEqual([floor]);
    // The editor stands on the kit, never on a feature or the shell.
    expect(await violations('renderer/editor/plugins/x/Example.tsx', "import { ParagraphFields } from '../../../library/ParagraphFields';\nexport const x = ParagraphFields;\n")).toEqual([floor]);
    expect(await violations('renderer/editor/Example.tsx', "import { strings } from '../shell/App';\nexport const x = strings;\n")).toEqual([floor]);
    // A feature uses the editor and the kit (and other features), never the shell.
    expect(await violations('renderer/export/Example.tsx', "import { Toolbar } from '../shell/Toolbar';\nexport const x = Toolbar;\n")).toEqual([floor]);
    // Allowed: down the floors, and shared/ (whose folders may share a feature's name).
    expect(await violations('renderer/editor/Example.tsx', "import { strings } from '../kit/strings';\nimport { exportTxt } from '../../shared/export/txt';\nexport const x = [strings, exportTxt];\n")).toEqual([]);
    expect(await violations('renderer/export/Example.tsx', "import { reportNodes } from '../editor/nodes';\nimport { useChecks } from '../checks/ChecksContext';\nexport const x = [reportNodes, useChecks];\n")).toEqual([]);
    expect(await violations('renderer/shell/Example.tsx', "import { ImportDialog } from '../import/ImportDialog';\nexport const x = ImportDialog;\n")).toEqual([]);
  });
});
