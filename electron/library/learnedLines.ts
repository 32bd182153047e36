import type { Database } from 'better-sqlite3';
import type { LearnedLine } from '../../shared/ipc/import';

/** The only SQL that reads and writes `learned_lines`: what the user taught the importer about lines of a shape. */
export function listLearnedLines(db: Database): LearnedLine[] {
  return db
    .prepare<[], { shape: string; label: LearnedLine['label']; example: string; site: string | null; learnedAt: string }>(
      'SELECT shape, label, example, site, learned_at AS learnedAt FROM learned_lines ORDER BY learned_at DESC, shape',
    )
    .all()
    .map(({ site, ...line }) => ({ ...line, ...(site ? { site } : {}) }));
}

/** The corrections the next preview starts from. */
export function learnedCorrections(db: Database): Map<string, LearnedLine['label']> {
  return new Map(db.prepare<[], { shape: string; label: LearnedLine['label'] }>('SELECT shape, label FROM learned_lines').all().map((r) => [r.shape, r.label]));
}

/** Remembers lines the user corrected; a shape corrected again takes the newer label. */
export function rememberLines(db: Database, lines: readonly Omit<LearnedLine, 'learnedAt'>[], now = new Date().toISOString()): void {
  const upsert = db.prepare(
    `INSERT INTO learned_lines (shape, label, example, site, learned_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (shape) DO UPDATE SET label = excluded.label, example = excluded.example, site = coalesce(excluded.site, site), learned_at = excluded.learned_at`,
  );
  db.transaction(() => {
    for (const line of lines) upsert.run(line.shape, line.label, line.example, line.site ?? null, now);
  })();
}

/** Forgets one shape, or every learned line when none is named; says how many went. */
export function forgetLines(db: Database, shape?: string): number {
  return (shape === undefined ? db.prepare('DELETE FROM learned_lines').run() : db.prepare('DELETE FROM learned_lines WHERE shape = ?').run(shape)).changes;
}
