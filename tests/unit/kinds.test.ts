import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listSkeletons } from '../../electron/library/skeletons';
import { migrate } from '../../electron/library/migrate';
import { migrations } from '../../electron/library/migrations';
import { builtinSeed } from '../../electron/library/seed';
import { createChecker, checkContextFor } from '../../shared/checks';
import { titleLines } from '../../shared/export/titleLines';
import { kindNamed, kindOfTitle, REPORT_KINDS, type KindId } from '../../shared/genre/kinds';
import { parseReportText } from '../../shared/genre/report';
import { documentFromReport } from '../../shared/model/documentFromReport';
import { reportTitle } from '../../shared/model/reportTitle';

const everyYear: KindId[] = ['ideology-responsibility', 'self-inspection', 'work-summary', 'duty-report', 'rectification', 'special-report'];

const missingParts = (lines: string[]) => {
  const doc = documentFromReport(parseReportText(lines.join('\n')));
  return createChecker()(doc, checkContextFor(doc, { wordings: [], sensitive: [] }, { today: '2026-12-01' }))
    .filter((f) => f.check === 'completeness' && f.message.includes('部分'))
    .map((f) => f.message);
};

describe('report kinds', () => {
  it('give every kind users write each year a title that names it again, and a built-in skeleton of that kind', () => {
    const seeded = builtinSeed().skeletons.skeletons.map((s) => kindNamed(s.docType).id);
    for (const id of everyYear) {
      const kind = REPORT_KINDS.find((k) => k.id === id);
      expect(kind, id).toBeDefined();
      if (!kind) continue;
      const title = reportTitle(kind.name, '某县审计局', 2026);
      expect(title).toContain('2026年');
      expect(title).toContain('某县审计局');
      expect(kindOfTitle(title)?.id, title).toBe(id);
      expect(seeded, id).toContain(id);
    }
    // A 文种 of the user's own keeps its name in the title.
    expect(reportTitle('调研报告', '', 2026)).toBe('2026年XX调研报告');
  });

  it('ask 检查 for the parts each kind must have: a 专题汇报 only its work, a 述职报告 no plans, a 落实情况报告 all three', () => {
    const body = ['一、主要做法', '全年召开会议4次。', '特此报告。'];
    expect(missingParts(['关于2026年某局信访工作的专题汇报', ...body])).toEqual([]);
    expect(missingParts(['某局局长2026年度述职报告', ...body])).toEqual(['报告没有“存在的问题”部分。']);
    expect(missingParts(['2026年某局落实意识形态工作责任制情况报告', ...body]).sort()).toEqual(['报告没有“下一步打算”部分。', '报告没有“存在的问题”部分。'].sort());
    expect(missingParts(['关于巡察反馈问题整改落实情况的报告', ...body])).toEqual(['报告没有“下一步打算”部分。']);
  });

  it('keep each kind’s title terms whole when a long title is broken into lines', () => {
    for (const kind of REPORT_KINDS) {
      for (const term of kind.titleTerms) {
        const title = `中共某某自治州某某县人民政府办公室关于2026年度${term}`;
        for (const width of [8, 10, 12, 14, 16]) {
          const lines = titleLines(title, width);
          expect(lines.some((line) => line.includes(term)), `${term} @${width}: ${lines.join(' / ')}`).toBe(true);
        }
      }
    }
  });

  it('are given to the skeletons of an existing library by the migration, from their 文种', () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:', migrations.slice(0, 6));
    const insert = db.prepare("INSERT INTO skeletons (name, doc_type, builtin, headings, created_at, updated_at) VALUES (?, ?, 0, '[]', 'x', 'x')");
    for (const docType of ['意识形态工作责任制落实情况报告', '自查报告', '工作总结', '总结', '述职报告', '情况报告', '汇报', '报告']) insert.run(docType, docType);
    migrate(db, ':memory:');
    expect(listSkeletons(db).map((s) => [s.docType, s.kind])).toEqual([
      ['意识形态工作责任制落实情况报告', 'ideology-responsibility'],
      ['自查报告', 'self-inspection'],
      ['工作总结', 'work-summary'],
      ['总结', 'work-summary'],
      ['述职报告', 'duty-report'],
      ['情况报告', 'report'],
      ['汇报', 'special-report'],
      ['报告', 'report'],
    ]);
    db.close();
  });
});
