import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChecker, DEFAULT_MAX_PARAGRAPH } from '../../shared/checks';
import { parseReportText } from '../../shared/genre/report';
import { documentFromReport } from '../../shared/model/documentFromReport';

/**
 * Lines built to make a backtracking regular expression go quadratic: a megabyte of one repeated
 * unit between two characters that make every match fail at the very end. A quadratic rule needs
 * hours for one such line (a 100 kB run of spaces took 30 s), a linear one milliseconds; the test's
 * time limit is the bound.
 */
const MB = 1_000_000;
const unit = fc.constantFrom(' ', '\u3000', '"', '“', '一、', '（一）', '1.', '。', '，', '：', 'X', '字', ' 字');
const edge = fc.constantFrom('', '字', '"', ' ', '一', '。');
const line = fc.tuple(edge, unit, edge).map(([head, u, tail]) => `${head}${u.repeat(Math.ceil(MB / u.length))}${tail}`);

const checker = createChecker();
const context = { year: 2026, today: '2026-12-01', maxParagraph: DEFAULT_MAX_PARAGRAPH, wordings: [], sensitive: [] };

describe('hostile input', () => {
  it(
    'parses and checks a megabyte-long adversarial line in linear time',
    () => {
      fc.assert(
        fc.property(line, (text) => {
          const report = parseReportText(`2026年工作总结\n${text}`);
          const kept = report.blocks.reduce((n, b) => n + b.text.length, 0);
          expect(kept).toBeLessThanOrEqual(text.length + 20);
          checker(documentFromReport(report), context);
        }),
        { numRuns: 8, examples: [['', ' ', '字'], ['"', '字', ''], ['字', ' ', '一、']].map(([h, u, t]) => [`${h}${(u ?? '').repeat(MB)}${t}`]) },
      );
    },
    60_000,
  );
});
