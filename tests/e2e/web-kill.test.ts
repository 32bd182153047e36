import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startWebMode } from './webMode';

const draft = (n: number) => JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: `第${n}次保存` }] }] } });

describe('web mode killed with kill -9 while saving', () => {
  it('loses no save it acknowledged, and the library opens whole afterwards', async () => {
    for (const after of [5, 40]) {
      const web = await startWebMode();
      const acknowledged: { id: number; n: number }[] = [];
      const failures: unknown[] = [];
      const save = async (n: number) => {
        const body = JSON.stringify({ title: `文稿${n}`, content: draft(n) });
        const response = await fetch(`${web.url}api/drafts:save`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const answer = (await response.json()) as { ok: boolean; value?: { id: number } };
        if (answer.ok && answer.value) acknowledged.push({ id: answer.value.id, n });
        else failures.push(answer);
      };
      const batch = (from: number) => Array.from({ length: 4 }, (_, i) => save(from + i).catch(() => undefined));
      let n = 0;
      for (; acknowledged.length < after && n < 400; n += 4) await Promise.all(batch(n));
      expect(failures).toEqual([]);
      // More saves in flight when the server is killed.
      const inFlight = batch(n);
      await web.killNow();
      await Promise.all(inFlight);
      const db = new Database(web.dbPath, { fileMustExist: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const stored = db.prepare('SELECT content FROM drafts WHERE id = ?').pluck();
        for (const { id, n } of acknowledged) expect(stored.get(id)).toBe(draft(n));
      } finally {
        db.close();
        await web.stop();
      }
    }
  });
});
