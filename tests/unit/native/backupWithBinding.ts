// Run by native-binding.test.ts in a child process whose default better-sqlite3 addon is missing:
// every library operation must use the binding it is given. Prints what happened as JSON.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackup, isIntactLibrary, listBackups, restoreBackup } from '../../../electron/library/backup';
import { saveParagraph } from '../../../electron/library/paragraphs';
import { openLibrary } from '../../../electron/library/open';
import { damagedMarker, openLibraryWithRecovery } from '../../../electron/library/recover';

const [addon = ''] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'wengao-binding-'));
const binding = join(dir, 'better_sqlite3.node');
copyFileSync(addon, binding);
const path = join(dir, 'library.sqlite');
const result: Record<string, unknown> = {};

const library = openLibrary(path, { nativeBinding: binding });
saveParagraph(library.db, { text: '备份之前的段落。', part: 'work', tags: [] });
const backup = await createBackup(library, 'manual');
result.backup = backup.kind;
result.intact = isIntactLibrary(backup.path, binding);
saveParagraph(library.db, { text: '备份之后的段落。', part: 'work', tags: [] });
library.close();

result.restored = restoreBackup(path, backup.path, { nativeBinding: binding }).previous !== null;
result.afterRestore = (() => {
  const reopened = openLibrary(path, { nativeBinding: binding });
  const texts = reopened.db.prepare('SELECT text FROM paragraphs ORDER BY id').pluck().all();
  reopened.close();
  return texts;
})();
// The newest good backup is now the one restoring made of the replaced file.
const newest = listBackups(path)[0];
writeFileSync(damagedMarker(path), 'test');
// Damage past what rebuilding the indexes repairs (every page after the first), so recovery restores.
const bytes = readFileSync(path);
bytes.fill(0x5a, 4096);
writeFileSync(path, bytes);
const recovered = openLibraryWithRecovery(path, { nativeBinding: binding });
result.recoveredFrom = newest?.kind === 'before-restore' && recovered.recovery?.restoredFrom === newest.path;
result.paragraphs = recovered.library.db.prepare('SELECT text FROM paragraphs ORDER BY id').pluck().all();

try {
  isIntactLibrary(backup.path);
  result.withoutBinding = 'no error';
} catch (error) {
  result.withoutBinding = (error as Error).message;
}
recovered.library.close();
console.log(JSON.stringify(result));
