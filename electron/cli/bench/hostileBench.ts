import JSZip from 'jszip';
import { performance } from 'node:perf_hooks';
import { createChecker, DEFAULT_MAX_PARAGRAPH } from '../../../shared/checks';
import { parseReportText } from '../../../shared/genre/report';
import { documentFromReport } from '../../../shared/model/documentFromReport';
import { analyseFile } from '../../services/import/analyse';

export interface HostileBench {
  /** The slowest adversarial megabyte: parse and every check, in ms per MB. */
  worstMsPerMb: number;
  worstInput: string;
  inputs: number;
  /** A 1,000,000-run .docx (its size in bytes), and how it ended. */
  millionRunDocxBytes: number;
  millionRunOutcome: string;
  /** The process's peak resident memory once it has been read (before the lines), in MB; baseline before it. */
  peakRssMb: number;
  baselineRssMb: number;
  /** A 5 MB report that repeats a statistics table flattened into headings and cells: seconds per MB to parse. */
  flattenedTableSecondsPerMb: number;
}

/** One section of a 政府信息公开 report whose table lost its grid: every row a `（三）` heading with its figure. */
function flattenedTable(rows: number): string {
  const kinds = ['行政许可', '行政处罚', '行政强制', '行政征收', '行政确认', '其他'];
  const lines = ['2025年某县政府信息公开工作年度报告', '一、总体情况', '本年度我县坚持以公开为常态，全面推进政务公开。', '二、主动公开政府信息情况'];
  for (let i = 0; i < rows; i++) lines.push(`（三）${kinds[i % kinds.length]}\t${(i * 37) % 1000}`, `信息内容\t本年制发件数\t本年废止件数\t现行有效件数`);
  return lines.join('\n');
}

const MB = 1_000_000;
const units = [' ', '\u3000', '"', '“', '一、', '（一）', '1.', '。', '，', '：', 'X', '字', ' 字', '一是', '附件：', '2026年'];
const edges: [string, string][] = [['', '字'], ['字', ''], ['"', ' '], ['一', '。'], [' ', '"']];

/**
 * A .docx with a million runs in one paragraph, as the import reads it (first, so the peak memory is
 * its own); then lines made to send a backtracking rule quadratic (a megabyte of one unit between edges
 * that make a match fail at the end), read and checked as an import and 检查 would.
 */
export async function benchHostile(): Promise<HostileBench> {
  const baselineRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>${'<w:r><w:t>字</w:t></w:r>'.repeat(1_000_000)}</w:p></w:body></w:document>`);
  const docx = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  let outcome: string;
  try {
    await analyseFile('百万片段.docx', docx);
    outcome = 'read';
  } catch (error) {
    outcome = (error as { code?: string }).code ?? String(error);
  }
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const checker = createChecker();
  const context = { year: 2026, today: '2026-12-01', maxParagraph: DEFAULT_MAX_PARAGRAPH, wordings: [], sensitive: [] };
  let worst = { ms: 0, input: '' };
  let inputs = 0;
  for (const unit of units) {
    for (const [head, tail] of edges) {
      const line = `${head}${unit.repeat(Math.ceil(MB / unit.length))}${tail}`;
      const start = performance.now();
      checker(documentFromReport(parseReportText(`2026年工作总结\n${line}`)), context);
      const msPerMb = (performance.now() - start) / (line.length / MB);
      inputs++;
      if (msPerMb > worst.ms) worst = { ms: msPerMb, input: `${JSON.stringify(head)} + ${JSON.stringify(unit)} × ${Math.ceil(MB / unit.length)} + ${JSON.stringify(tail)}` };
    }
  }
  const table = flattenedTable(60_000);
  const tableStart = performance.now();
  parseReportText(table);
  const flattenedTableSecondsPerMb = (performance.now() - tableStart) / 1000 / (Buffer.byteLength(table) / MB);
  return {
    flattenedTableSecondsPerMb: Math.round(flattenedTableSecondsPerMb * 100) / 100,
    worstMsPerMb: Math.round(worst.ms * 10) / 10,
    worstInput: worst.input,
    inputs,
    millionRunDocxBytes: docx.length,
    millionRunOutcome: outcome,
    peakRssMb,
    baselineRssMb,
  };
}
