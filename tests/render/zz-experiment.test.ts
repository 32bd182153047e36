import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { it } from 'vitest';
import { syntheticReport } from '../../electron/cli/bench/syntheticReports';
import { exportDocx } from '../../shared/export/docx';
import { parseReportText } from '../../shared/genre/report';
import { documentFromReport } from '../../shared/model/documentFromReport';
import { readPdfLayout } from '../../tests/render/pdfLayout';
import { exportSources } from '../../tests/unit/export/sources';

it('renders', async () => {
  const dir = '/tmp/lo/out';
  execFileSync('mkdir', ['-p', dir]);
  const sources = await exportSources();
  const long = { name: 'synthetic-30-pages', report: parseReportText(syntheticReport(7, 56_000)) };
  const all = [...sources, long].map((s, i) => ({ ...s, file: `r${i}` }));
  for (const s of all) writeFileSync(join(dir, `${s.file}.docx`), await exportDocx(documentFromReport(s.report)));
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...all.map((s) => join(dir, `${s.file}.docx`))], { stdio: 'ignore', timeout: 240_000 });
  const out = all.map((s) => ({ name: s.name, file: s.file, pages: readPdfLayout(join(dir, `${s.file}.pdf`)) }));
  writeFileSync('/tmp/lo/layouts.json', JSON.stringify(out));
}, 300_000);
