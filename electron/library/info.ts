import type { LibraryInfo } from '../../shared/ipc/library';
import { readMeta } from './meta';
import { schemaVersion } from './migrate';
import type { Library } from './open';

export function libraryInfo(library: Library): LibraryInfo {
  const count = (table: string) =>
    (library.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    path: library.path,
    schemaVersion: schemaVersion(library.db),
    seedVersion: Number(readMeta(library.db, 'seed_version') ?? '0'),
    counts: {
      phrases: count('phrases'),
      phraseCategories: count('phrase_categories'),
      skeletons: count('skeletons'),
      drafts: count('drafts'),
      sources: count('sources'),
      paragraphs: count('paragraphs'),
    },
  };
}
