import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../shared/export/docx';
import { parseReportText } from '../../shared/genre/report';
import { documentFromReport } from '../../shared/model/documentFromReport';
import { readComments } from '../unit/export/docxComments';
import { readDocx, xmlAttribute } from '../unit/export/docxXml';
import { tempDir } from '../unit/helpers';
import { appForTests, importFixture, insertFromLibrary, SCREENSHOTS, newReport } from './webMode';

// A report with blanked numbers, so a library paragraph arrives with fill-in fields.
const app = appForTests((dbPath) => importFixture(dbPath, 'reports/other-sites-noise.txt'));

const editor = () => app.page.getByRole('textbox', { name: '正文' });
const exportMenuItem = async (name: string) => {
  await app.page.getByRole('button', { name: '导出' }).click();
  await app.page.getByRole('menuitem', { name }).click();
};

describe('handing in a report from web mode', () => {
  it('lists unfilled fields before exporting, goes to one, and downloads a GB/T 9704 Word file once it is filled', async () => {
    await newReport(app.page, '市统计局', '2026');
    await editor().click();
    await app.page.keyboard.press('Control+End');
    await insertFromLibrary(app.page, '网络舆情');
    await expect.poll(() => app.page.locator('.report-body .report-field').allTextContents()).toEqual(['XX']);

    await exportMenuItem('导出 Word 文件（.docx）');
    const check = app.page.getByRole('dialog', { name: '导出前还有错误没有改正' });
    const errors = check.getByRole('list', { name: '未改正的错误' }).getByRole('listitem');
    await expect.poll(() => errors.count()).toBe(1);
    // The message, and where it is: a little of the text around the field.
    expect(await errors.first().textContent()).toBe('“XX”还没有填写。…全检查3次，处置网络舆情XX起。…转到');
    await app.page.screenshot({ path: join(SCREENSHOTS, 'export-fields.png') });
    await check.getByRole('button', { name: '转到' }).click();
    await expect.poll(() => check.count()).toBe(0);
    await app.page.keyboard.type('37');
    await expect.poll(() => app.page.locator('.report-body .report-field').count()).toBe(0);

    await app.page.keyboard.press('Control+e');
    await expect.poll(() => app.page.getByRole('menu').count()).toBe(1);
    await app.page.screenshot({ path: join(SCREENSHOTS, 'export-menu.png') });
    // The Word file is built in a worker, off the page's thread.
    const [download, worker] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.waitForEvent('worker'),
      app.page.getByRole('menuitem', { name: '导出 Word 文件（.docx）' }).click(),
    ]);
    expect(worker.url()).toMatch(/docx\.worker-[\w-]+\.js$/u);
    expect(download.suggestedFilename()).toBe('2026年市统计局落实意识形态工作责任制情况报告.docx');
    const file = join(tempDir(), 'download.docx');
    await download.saveAs(file);

    const docx = await readDocx(readFileSync(file));
    expect(xmlAttribute(docx.document, 'w:pgSz', 'w:w')).toBe('11906');
    expect(xmlAttribute(docx.document, 'w:docGrid', 'w:linePitch')).toBe('579');
    expect(docx.settings).toContain('<w:evenAndOddHeaders/>');
    const [title, ...rest] = docx.paragraphs;
    expect(title?.runs[0]?.eastAsia).toBe('方正小标宋简体');
    expect(title?.text.replace(/\n/g, '')).toBe('2026年市统计局落实意识形态工作责任制情况报告');
    expect(rest.find((p) => p.text.startsWith('一、'))?.runs[0]?.eastAsia).toBe('黑体');
    expect(rest.some((p) => p.text.includes('37'))).toBe(true);
    expect(rest.every((p) => p.runs.every((r) => r.eastAsia !== null && r.ascii === 'Times New Roman'))).toBe(true);
    await expect.poll(() => app.page.getByRole('alert').textContent()).toContain('已导出');
  });

  it('downloads plain text', async () => {
    const [download] = await Promise.all([app.page.waitForEvent('download'), exportMenuItem('导出纯文本（.txt）')]);
    const file = join(tempDir(), 'download.txt');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF2026年市统计局落实意识形态工作责任制情况报告\r\n')).toBe(true);
    expect(text).toContain('\r\n一、工作开展情况\r\n');
  });

  it('copies the report as formatted text for WPS and Word', async () => {
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.web.url).origin });
    await exportMenuItem('复制为带格式文本');
    await expect.poll(() => app.page.getByRole('alert').textContent()).toContain('已复制为带格式文本');
    const copied = await app.page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return { html: '', text: '' };
      return { html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
    });
    expect(copied.html).toContain("font-family:'仿宋_GB2312'");
    expect(copied.html.replace(/<br>/g, '')).toContain('2026年市统计局落实意识形态工作责任制情况报告');
    expect(copied.text).toContain('一、工作开展情况');
  });

  it('prints only the report, laid out on A4', async () => {
    await app.page.evaluate(() => {
      (window as unknown as { printed: string[] }).printed = [];
      window.print = () => (window as unknown as { printed: string[] }).printed.push(document.querySelector('.print-root')?.textContent ?? '');
    });
    await exportMenuItem('打印…');
    const printed = await app.page.evaluate(() => (window as unknown as { printed: string[] }).printed);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('2026年市统计局落实意识形态工作责任制情况报告');
    expect(printed[0]).toContain('一、工作开展情况');
    expect(await app.page.locator('.print-root').count()).toBe(0);
    await app.page.locator('.report-body').click();
    await app.page.keyboard.press('Control+p');
    await expect.poll(() => app.page.evaluate(() => (window as unknown as { printed: string[] }).printed.length)).toBe(2);
  });

  it('sets Latin letters and digits in Times New Roman, or in the Tinos the app ships where the machine has none', async () => {
    const font = await app.page.evaluate(async () => {
      const faces = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule);
      const latin = faces.filter((rule) => rule.style.getPropertyValue('font-family').includes('Wengao Latin'));
      const urls = latin
        .map((rule) => /url\("?([^")]+)"?\)/u.exec(rule.style.getPropertyValue('src'))?.[1] ?? '')
        // Relative to the stylesheet, as the browser reads it.
        .map((url, i) => new URL(url, latin[i]?.parentStyleSheet?.href ?? document.baseURI).href);
      const hasTimes = await new FontFace('probe', "local('Times New Roman')").load().then(() => true, () => false);
      await document.fonts.load('16px "Wengao Latin"', '2026');
      await document.fonts.load('bold 16px "Wengao Latin"', '2026');
      const loaded = [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Wengao Latin' && face.status === 'loaded').map((face) => face.weight);
      // What the stylesheet made the page download (before this test fetches the files itself).
      const fetched = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.initiatorType === 'css').map((entry) => entry.name).filter((name) => urls.includes(name));
      const served = await Promise.all(urls.map(async (url) => {
        const reply = await fetch(url);
        return { status: reply.status, type: reply.headers.get('content-type'), bytes: (await reply.arrayBuffer()).byteLength };
      }));
      return { urls, served, hasTimes, loaded, fetched };
    });
    expect(font.urls.map((url) => /\/assets\/(Tinos_\w+)-[\w-]+\.ttf$/u.exec(url)?.[1])).toEqual(['Tinos_400Regular', 'Tinos_700Bold']);
    for (const served of font.served) expect(served).toMatchObject({ status: 200, type: 'font/ttf' });
    for (const served of font.served) expect(served.bytes).toBeGreaterThan(400_000);
    expect(font.loaded.sort()).toEqual(['400', '700']);
    // Without Times New Roman on the machine (as on CI), the page really loaded the bundled files.
    if (!font.hasTimes) expect(font.fetched.sort()).toEqual([...font.urls].sort());
  });

  it('opens a Word file as a new draft with its numbering, run-in headings, fields and tables', async () => {
    const source = documentFromReport(
      parseReportText(
        ['2025年县档案馆工作总结', '县委：', '一、主要工作', '（一）加强阵地管理。全年发布信息XX条。', '特此报告。', '县档案馆', '2025年12月1日'].join('\n'),
      ),
    );
    source.blocks.splice(5, 0, { kind: 'table', rows: [['项目', '次数'], ['展览', '6']] });
    const file = join(tempDir(), '档案馆总结.docx');
    writeFileSync(file, await exportDocx(source));
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.keyboard.press('Control+Shift+O');
    await (await chooser).setFiles(file);
    await expect.poll(() => app.page.locator('.report-title').textContent()).toBe('2025年县档案馆工作总结');
    const headings = app.page.locator('.report-body [data-level]');
    await expect.poll(() => headings.evaluateAll((nodes) => nodes.map((n) => `${(n as HTMLElement).dataset.number}${n.textContent}`))).toEqual([
      '一、主要工作',
      '（一）加强阵地管理',
    ]);
    expect(await app.page.locator('.report-body [data-level="2"]').getAttribute('class')).toContain('run-in');
    expect(await app.page.locator('.report-body .report-field').allTextContents()).toEqual(['XX']);
    expect(await app.page.locator('.report-body .report-table td').allTextContents()).toEqual(['展览', '6']);
    await app.page.screenshot({ path: join(SCREENSHOTS, 'export-opened.png') });
  });

  it('导出审阅稿: downloads the report with every 检查 finding as a Word comment on its text', async () => {
    await editor().click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('面对困难，全局上下没有一愁莫展，推动工作落地见效。');
    await app.page.getByRole('button', { name: '导出' }).click();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('menuitem', { name: '导出审阅稿（Word，检查意见为批注）' }).click()]);
    // No dialog about errors first: the 审阅稿 is those errors, written out for the reviewer.
    expect(download.suggestedFilename()).toMatch(/（审阅稿）\.docx$/u);
    const file = join(tempDir(), 'review.docx');
    await download.saveAs(file);
    const comments = (await readComments(new Uint8Array(readFileSync(file)))).filter((c) => c.author === '文稿助手审核');
    const typo = comments.find((c) => c.anchored === '一愁莫展');
    expect(typo?.text).toMatch(/^【错误】.*\n建议写作：一筹莫展$/su);
    expect(typo?.paragraph).toBe('面对困难，全局上下没有一愁莫展，推动工作落地见效。');
    await expect.poll(() => app.page.getByRole('alert').textContent()).toContain(`${comments.length} 条检查意见已写成批注`);
  });
});
