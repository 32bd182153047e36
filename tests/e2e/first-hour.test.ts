import { join } from 'node:path';
import type { CDPSession, Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTests, clickAtEnd, importFixture, openContinueDialog, pasteText, SCREENSHOTS } from './webMode';

// Issue 29: the first hour, round two — each point as a new user met it, on the exact input path.
// One imported report marked as a web sample (point 8); the page itself starts empty (point 3).
const app = appForTests((dbPath) => importFixture(dbPath, 'reports/robust-parts.txt', 'sample'));

const editor = () => app.page.getByRole('textbox', { name: '正文' });
let cdp: CDPSession | undefined;
const session = async () => (cdp ??= await app.page.context().newCDPSession(app.page));
/** Committed text, as an input method commits it. */
const type = async (text: string) => (await session()).send('Input.insertText', { text });
/** An input method's composition: pinyin shown, then the word committed. */
async function compose(pinyin: string, word: string): Promise<void> {
  const cdpSession = await session();
  for (let i = 1; i <= pinyin.length; i++) {
    await cdpSession.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
  }
  await cdpSession.send('Input.imeSetComposition', { text: word, selectionStart: word.length, selectionEnd: word.length });
  await cdpSession.send('Input.insertText', { text: word });
}
const draftCount = () =>
  app.page.evaluate(async () => {
    const response = await fetch('api/drafts:list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const result = (await response.json()) as { ok: boolean; value: unknown[] };
    return result.value.length;
  });
const active = () =>
  app.page.evaluate(() => {
    const el = document.activeElement;
    return el?.closest('.report-body') ? 'editor' : el?.closest('.toolbar') ? 'toolbar' : el?.closest('.sidebar') ? 'sidebar' : (el?.tagName ?? 'none');
  });
const focused = () =>
  app.page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? 'none'}:${el?.getAttribute('aria-label') ?? ''}`;
  });
const shot = (name: string) => app.page.screenshot({ path: join(SCREENSHOTS, name) });

async function atSize<T>(run: () => Promise<T>): Promise<T> {
  await app.page.setViewportSize({ width: 1024, height: 768 });
  try {
    return await run();
  } finally {
    await app.page.setViewportSize({ width: 1360, height: 900 });
  }
}

/** 新建文稿 with the mouse for a unit; resolves once the dialog has closed. */
async function create(unit: string, year = '2026'): Promise<Locator> {
  await app.page.getByRole('button', { name: '新建文稿' }).click();
  const dialog = app.page.getByRole('dialog', { name: '新建文稿' });
  await dialog.getByLabel('文种').selectOption({ label: '意识形态工作责任制落实情况报告' });
  await dialog.getByLabel('单位名称').fill(unit);
  await dialog.getByLabel('年度', { exact: true }).fill(year);
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  return dialog;
}

describe('issue 29: the first hour, round two', () => {
  // First, on the empty page a fresh library opens with.
  it('3. a title typed on the empty page (IME) becomes the title as it is typed, and names the exported file', async () => {
    await editor().click();
    expect((await editor().textContent())?.trim()).toBe('');
    await compose('guanyu', '关于');
    await app.page.keyboard.type('XX');
    await compose('xunchafankui', '巡察反馈');
    await compose('yijianzhenggai', '意见整改');
    await compose('qingkuangde', '情况的');
    await compose('baogao', '报告');
    await expect.poll(() => app.page.locator('.report-body .report-title').textContent()).toBe('关于XX巡察反馈意见整改情况的报告');
    await app.page.keyboard.press('Enter');
    await type('县委巡察办：');
    await app.page.keyboard.press('Enter');
    await type('根据县委第二巡察组反馈意见，我单位逐条研究，现将整改情况报告如下。');
    await expect.poll(() => app.page.locator('.report-body p').filter({ hasText: '逐条研究' }).count()).toBe(1);
    expect(await app.page.locator('.report-body .report-title').count()).toBe(1);
    await atSize(async () => {
      await app.page.locator('.page-scroll').evaluate((el) => el.scrollTo(0, 0));
      await shot('29-3-typed-title.png');
    });
    // XX is a field: fill it, then the Word file takes the title's name.
    await app.page.keyboard.press('Control+Home');
    await app.page.keyboard.press('Tab');
    await type('县委第二巡察组');
    await app.page.keyboard.press('Control+e');
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('menuitem', { name: '导出 Word 文件（.docx）' }).click()]);
    expect(download.suggestedFilename()).toBe('关于县委第二巡察组巡察反馈意见整改情况的报告.docx');
  });

  it('3. 标题 is in 段落角色, the right-click menu and the toolbar; 检查 warns on no title or two', async () => {
    const title = app.page.locator('.report-body .report-title');
    await clickAtEnd(title);
    await app.page.getByRole('button', { name: '段落角色' }).click();
    await app.page.getByRole('menuitem', { name: /^正文/u }).click();
    await expect.poll(() => title.count()).toBe(0);
    await app.page.getByRole('tab', { name: '检查' }).click();
    await expect.poll(() => app.page.getByText('报告没有标题', { exact: false }).count()).toBe(1);

    const first = app.page.locator('.report-body > *').first();
    await first.click({ button: 'right' });
    await app.page.getByRole('menu', { name: '编辑菜单' }).getByRole('menuitem', { name: '设为标题' }).click();
    await expect.poll(() => title.textContent()).toBe('关于县委第二巡察组巡察反馈意见整改情况的报告');
    await expect.poll(() => app.page.getByText('报告没有标题', { exact: false }).count()).toBe(0);

    // A second title, set from the toolbar, is one too many.
    await clickAtEnd(app.page.locator('.report-body p').filter({ hasText: '逐条研究' }));
    await app.page.getByRole('button', { name: '段落角色' }).click();
    await app.page.getByRole('menuitem', { name: /^标题/u }).click();
    await expect.poll(() => title.count()).toBe(2);
    await expect.poll(() => app.page.getByText('报告有两个标题', { exact: false }).count()).toBe(1);
    await app.page.getByRole('toolbar').getByRole('button', { name: '正文', exact: true }).click();
    await expect.poll(() => title.count()).toBe(1);
    await app.page.getByRole('toolbar').getByRole('button', { name: '标题', exact: true }).click();
    await expect.poll(() => title.count()).toBe(2);
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => title.count()).toBe(1);
  });

  it('1. 新建文稿 with a long unit name makes the report, once, for titles of 20–120 characters', async () => {
    const errors: string[] = [];
    app.page.on('pageerror', (e) => errors.push(e.message));
    app.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await create('县委宣传部');
    await editor().click();
    await app.page.keyboard.press('Control+End');
    await type('这是打开着的文稿里写下的一句话。');
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: '已保存' }).count()).toBe(1);
    const before = await draftCount();

    const long = '中共某某市委宣传与影视发展部机关党支部委员会';
    await atSize(async () => {
      await create(long);
      const title = `2026年${long}落实意识形态工作责任制情况报告`;
      await expect.poll(() => app.page.locator('.report-title').textContent()).toBe(title);
      await app.page.locator('.page-scroll').evaluate((el) => el.scrollTo(0, 0));
      await shot('29-1-long-unit.png');
    });
    expect(await editor().textContent()).not.toContain('这是打开着的文稿里写下的一句话。');
    await expect.poll(draftCount).toBe(before + 1);

    // Units from 1 to 100 characters: titles from about 20 to 120 characters.
    const filler = '某某市委宣传与影视发展部机关党支部委员会';
    for (const length of [1, 8, 15, 30, 45, 60, 80, 100]) {
      const unit = `中共${filler.repeat(6)}`.slice(0, length);
      const count = await draftCount();
      await create(unit);
      await expect.poll(() => app.page.locator('.report-title').textContent()).toBe(`2026年${unit}落实意识形态工作责任制情况报告`);
      await expect.poll(draftCount).toBe(count + 1);
    }
    expect(errors).toEqual([]);
  });

  const WRAPPED = ['一是部分整改事项涉及体制机制改革，需要上级部门统筹推', '进，短期内难以完全到位。'];
  const JOINED = WRAPPED.join('');
  const titles = () => app.page.locator('.report-body .report-title, .report-body h1').count();
  const paragraphsWith = (text: string) => app.page.locator('.report-body p').filter({ hasText: text }).allTextContents();

  it('2. a hard-wrapped plain-text paste (Ctrl+V) into a body line makes no title and joins the cut sentence, shown and undoable', async () => {
    await create('县委组织部');
    await atSize(async () => {
      // The new report's caret is in its last, empty body paragraph.
      await pasteText(app.page, WRAPPED.join('\n'));
      await expect.poll(() => paragraphsWith('统筹推')).toEqual([JOINED]);
      expect(await titles()).toBe(1);
      const notice = app.page.getByRole('alert').filter({ hasText: '接上' });
      await expect.poll(() => notice.textContent()).toContain('1 处');
      await shot('29-2-paste-joined.png');
      // The notice gives the line break back…
      await notice.getByRole('button', { name: '保留换行' }).click();
      await expect.poll(() => paragraphsWith('统筹推')).toEqual([WRAPPED[0]]);
      expect(await paragraphsWith('短期内')).toEqual([WRAPPED[1]]);
      expect(await titles()).toBe(1);
    });
    // …and Ctrl+Z takes the paste away as one step.
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => paragraphsWith('统筹推')).toEqual([JOINED]);
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => paragraphsWith('统筹推')).toEqual([]);
  });

  it('2. Ctrl+Shift+V and a web page’s <br> (text/html) join the same way', async () => {
    await pasteText(app.page, WRAPPED.join('\n'), 'Control+Shift+v');
    await expect.poll(() => paragraphsWith('统筹推')).toEqual([JOINED]);
    expect(await titles()).toBe(1);
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => paragraphsWith('统筹推')).toEqual([]);

    await app.page.evaluate(async ([html, text]) => {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
    }, [`<p>${WRAPPED.join('<br>')}</p>`, WRAPPED.join('\n')] as const);
    await app.page.keyboard.press('Control+v');
    await expect.poll(() => paragraphsWith('统筹推')).toEqual([JOINED]);
    expect(await titles()).toBe(1);
    await app.page.getByRole('alert').getByRole('button', { name: '关闭提示' }).click();
  });

  it('2. a report pasted below the first block brings no second title; sentences that end stay apart', async () => {
    await clickAtEnd(app.page.locator('.report-body p').filter({ hasText: '统筹推' }));
    await app.page.keyboard.press('Enter');
    await pasteText(app.page, ['2025年县委组织部工作总结', '一、工作开展情况', '全年召开专题会议12次。', '全体党员参加学习。'].join('\n'));
    await expect.poll(() => paragraphsWith('2025年县委组织部工作总结')).toHaveLength(1);
    expect(await titles()).toBe(1);
    expect(await paragraphsWith('全年召开专题会议12次。')).toEqual(['全年召开专题会议12次。']);
  });

  it('4. typed 主送 right under a new report’s title (IME) and 特此报告。 as the last line are recognised at once', async () => {
    await create('县委统战部');
    await clickAtEnd(app.page.locator('.report-body .report-title'));
    await app.page.keyboard.press('Enter');
    await compose('xianwei', '县委');
    await compose('xuanchuanbu', '宣传部');
    await type('：');
    await expect.poll(() => app.page.locator('.report-body .report-addressee').textContent()).toBe('县委宣传部：');
    expect(await app.page.locator('.report-body .report-addressee').evaluate((el) => getComputedStyle(el).textIndent)).toBe('0px');

    // The last body line: 结语 by its shape, with nothing after it yet.
    await app.page.keyboard.press('Control+End');
    await type('全年召开专题会议12次。');
    await app.page.keyboard.press('Enter');
    await compose('tecibaogao', '特此报告');
    await type('。');
    await expect.poll(() => app.page.locator('.report-body .report-closing').textContent()).toBe('特此报告。');
    await app.page.getByRole('tab', { name: '检查' }).click();
    await expect.poll(() => app.page.getByText('报告缺少结语', { exact: false }).count()).toBe(0);
    await atSize(async () => {
      await app.page.locator('.report-body .report-closing').scrollIntoViewIfNeeded();
      await shot('29-4-closing.png');
      await app.page.locator('.page-scroll').evaluate((el) => el.scrollTo(0, 0));
      await shot('29-4-addressee.png');
    });
  });

  it('4. a line opened above the first heading of a new report (Enter at its start) takes 主送 typed into it', async () => {
    await create('县委政法委');
    await app.page.locator('.page-scroll').evaluate((el) => el.scrollTo(0, 0));
    const heading = app.page.locator('.report-body [data-level]').first();
    const box = await heading.boundingBox();
    if (!box) throw new Error('no heading on screen');
    await app.page.mouse.click(box.x + 1, box.y + box.height / 2);
    await app.page.keyboard.press('Home');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('ArrowUp');
    await type('县委宣传部：');
    await expect.poll(() => app.page.locator('.report-body .report-addressee').textContent()).toBe('县委宣传部：');
    // The heading Enter was pressed at is still the heading, with its words.
    expect(await app.page.locator('.report-body [data-level="1"]').first().textContent()).toBe('工作开展情况');
  });

  it('9. Ctrl+S saves now and says 已保存 with the time; the browser’s own Ctrl+S does not run; Ctrl+Shift+S still saves to the library', async () => {
    await app.page.evaluate(() => {
      window.addEventListener('keydown', (event) => {
        if (event.ctrlKey && event.key.toLowerCase() === 's') document.body.dataset.ctrlS = String(event.defaultPrevented);
      });
    });
    await editor().click();
    await app.page.keyboard.press('Control+End');
    await type('按下保存键之前写的一句话。');
    await app.page.keyboard.press('Control+s');
    const status = app.page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/已保存 \d{2}:\d{2}:\d{2}/u);
    expect(await app.page.evaluate(() => document.body.dataset.ctrlS)).toBe('true');
    const saved = await app.page.evaluate(async () => {
      const post = (channel: string, body: unknown) =>
        fetch(`api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
      const current = (await post('drafts:loadCurrent', {})) as { value: { content: string } };
      return current.value.content;
    });
    expect(saved).toContain('按下保存键之前写的一句话。');
    await atSize(() => shot('29-9-ctrl-s.png'));

    await app.page.keyboard.press('Shift+Home');
    await app.page.keyboard.press('Control+Shift+s');
    await expect.poll(() => app.page.getByRole('dialog', { name: '保存到段落库' }).count()).toBe(1);
    await app.page.keyboard.press('Escape');
    await app.page.keyboard.press('Control+/');
    await expect.poll(() => app.page.getByRole('dialog', { name: '快捷键' }).getByText('Ctrl+S', { exact: true }).count()).toBe(1);
    await app.page.keyboard.press('Escape');
  });

  it('10. the focus is back in the page, at the caret, after the 导入 dialog (Esc or finished) and after 导出 from Ctrl+E', async () => {
    const last = app.page.locator('.report-body p').filter({ hasText: '按下保存键之前写的一句话。' });
    await clickAtEnd(last);
    await app.page.keyboard.press('Control+o');
    const dialog = app.page.getByRole('dialog', { name: '导入报告' });
    await dialog.waitFor();
    await app.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(active).toBe('editor');
    await type('甲');
    await expect.poll(() => last.textContent()).toBe('按下保存键之前写的一句话。甲');

    await app.page.keyboard.press('Control+o');
    await dialog.getByLabel('或把整篇报告粘贴到这里').fill(['2025年县档案馆工作总结', '一、工作开展情况', '全年接收档案1200卷。', '二、存在的问题', '库房不足。', '三、下一步打算', '扩建库房。'].join('\n'));
    await dialog.getByRole('button', { name: '解析粘贴的文本' }).click();
    await dialog.getByRole('button', { name: '导入 1 份报告' }).click();
    await dialog.getByRole('status').waitFor();
    await dialog.getByRole('button', { name: '关闭' }).last().click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(active).toBe('editor');
    await type('乙');
    await expect.poll(() => last.textContent()).toBe('按下保存键之前写的一句话。甲乙');

    await app.page.keyboard.press('Control+e');
    await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('menuitem', { name: '导出 Word 文件（.docx）' }).click()]);
    await expect.poll(active).toBe('editor');
    await type('丙');
    await expect.poll(() => last.textContent()).toBe('按下保存键之前写的一句话。甲乙丙');
  });

  it('11. 导入素材包 says how many of each came in, in the dialog; 恢复 says which backup, from when, after the page reloads', async () => {
    await app.page.getByRole('button', { name: '备份与素材包' }).click();
    const care = app.page.getByRole('dialog', { name: '备份与素材包' });
    const manual = care.getByRole('list', { name: '备份' }).getByRole('listitem').filter({ hasText: '手动' });
    await care.getByRole('button', { name: '立即备份' }).click();
    await expect.poll(() => manual.count()).toBe(1);
    const pack = {
      format: 'wengao-pack',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      paragraphs: [{ id: 1, text: '同事分享的段落：全年开展网络安全检查12次。', part: 'work', tags: [], favorite: false, note: '', headingPath: [], source: null }],
      phrases: [{ category: '同事常用', text: '守土有责、守土负责、守土尽责' }],
      skeletons: [],
    };
    await care.getByTestId('pack-file').setInputFiles({ name: '素材包.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await expect.poll(() => care.getByRole('status').textContent()).toContain('已导入素材包：段落 1 段');
    expect(await care.getByRole('status').textContent()).toContain('短语 1 条');

    const backup = manual;
    const madeAt = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/u.exec((await backup.textContent()) ?? '')?.[0];
    expect(madeAt).toBeDefined();
    await backup.getByRole('button', { name: '恢复' }).click();
    await app.page.getByRole('alertdialog', { name: '请确认' }).getByRole('button', { name: '恢复' }).click();
    await app.page.waitForEvent('load');
    await app.page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await expect.poll(() => app.page.getByRole('alert').textContent()).toContain(`已恢复 ${madeAt ?? ''} 的手动备份`);
  });

  it('12. the 段落库 search box searches on the committed word, not on every pinyin keystroke of an IME composition', async () => {
    await app.page.getByRole('tab', { name: '段落库' }).click();
    const box = app.page.getByRole('searchbox', { name: '搜索段落库' });
    await box.click();
    const queries: string[] = [];
    const listen = (request: { url: () => string; postData: () => string | null }) => {
      if (decodeURIComponent(request.url()).includes('paragraphs:search')) queries.push((JSON.parse(request.postData() ?? '{}') as { query?: string }).query ?? '');
    };
    app.page.on('request', listen);
    const cdpSession = await session();
    const pinyin = 'jieshoudangan';
    for (let i = 1; i <= pinyin.length; i++) {
      await cdpSession.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
      // A person types pinyin at a few letters a second: longer than the list's pause for typing.
      await app.page.waitForTimeout(60);
    }
    expect(await box.inputValue()).toBe(pinyin);
    expect(queries).toEqual([]);
    await cdpSession.send('Input.insertText', { text: '接收档案' });
    await expect.poll(() => queries).toContain('接收档案');
    expect(queries.every((q) => !/[a-z]/u.test(q))).toBe(true);
    await expect.poll(() => app.page.locator('.library-count').textContent()).toMatch(/^共 \d+ 段$/u);
    app.page.off('request', listen);
    await app.page.keyboard.press('Escape');
  });

  it('13. a PNG renamed .docx says 这不是 Word 文件, on 打开 and on 导入', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    await app.page.getByLabel('打开 Word 或文本文件为新文稿（Ctrl+Shift+O）').setInputFiles({ name: '截图.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: png });
    await expect.poll(() => app.page.getByRole('alert').textContent()).toContain('这不是 Word 文件');
    expect(await app.page.getByRole('alert').textContent()).not.toContain('损坏');

    await app.page.keyboard.press('Control+o');
    const dialog = app.page.getByRole('dialog', { name: '导入报告' });
    await dialog.getByTestId('import-files').setInputFiles({ name: '截图.docx', mimeType: 'application/octet-stream', buffer: png });
    await expect.poll(() => dialog.getByRole('alert').first().textContent()).toContain('这不是 Word 文件');
    await app.page.keyboard.press('Escape');
  });

  it('14. Tab from a sidebar tab goes to its panel’s first control (the search box), not to the panel itself', async () => {
    await app.page.getByRole('tab', { name: '段落库' }).click();
    await expect.poll(focused).toBe('tab:');
    await app.page.keyboard.press('Tab');
    await expect.poll(focused).toBe('searchbox:搜索段落库');
    await app.page.getByRole('tab', { name: '短语' }).click();
    await app.page.keyboard.press('Tab');
    expect(await focused()).not.toBe('tabpanel:');
  });

  it('5. 上年打算 counts no copied 沿用上年 paragraph as reporting on a plan; an edited one counts and 转到 goes to it', async () => {
    const text = (t: string) => ({ type: 'text', text: t, detail: 0, format: 0, mode: 'normal', style: '', version: 1 });
    const block = (type: string, t: string, extra: Record<string, unknown> = {}) => ({ type, children: [text(t)], direction: null, format: '', indent: 0, version: 1, ...extra });
    const lastYear = {
      root: {
        type: 'root', direction: null, format: '', indent: 0, version: 1,
        children: [
          block('report-title', '县档案馆2025年工作总结'),
          block('report-heading', '2025年工作情况', { level: 1 }),
          block('paragraph', '全年开展档案数字化培训6期，启动电子档案室建设。'),
          block('report-heading', '2026年工作打算', { level: 1 }),
          block('report-heading', '深化档案数字化培训', { level: 2 }),
          block('report-heading', '建成电子档案室', { level: 2 }),
        ],
      },
    };
    await app.page.evaluate(async (content) => {
      await fetch('api/drafts:save', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: '县档案馆2025年工作总结', content }) });
    }, JSON.stringify(lastYear));
    const dialog = await openContinueDialog(app.page, '2026');
    await dialog.getByLabel('往年的报告').selectOption({ label: '县档案馆2025年工作总结' });
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => app.page.locator('.report-title').textContent()).toBe('县档案馆2026年工作总结');
    await app.page.getByRole('tab', { name: /检查/u }).click();
    const summary = app.page.locator('.last-year-plans summary');
    await expect.poll(() => summary.textContent()).toBe('上年打算：已写到 0 / 2 项');

    const copied = app.page.locator('.report-body .report-paragraph.carried');
    await clickAtEnd(copied.first());
    await type('今年建成电子档案室，完成验收。');
    await expect.poll(() => copied.count()).toBe(0);
    await expect.poll(() => summary.textContent()).not.toBe('上年打算：已写到 0 / 2 项');
    await app.page.locator('.last-year-plans').getByRole('button', { name: '转到' }).first().click();
    await expect.poll(() => app.page.evaluate(() => getSelection()?.anchorNode?.parentElement?.closest('p')?.textContent ?? '')).toContain('完成验收');
  });

  it('6. full-width digits from an IME and a double space after a full-width comma are flagged in 检查 with a fix', async () => {
    await create('县委党校');
    await clickAtEnd(app.page.locator('.report-body p').last());
    await compose('zhuanxie', '撰写');
    await compose('xindetihui', '心得体会');
    // The input method in full-width mode commits the digit as ６.
    await type('６');
    await compose('pian', '篇');
    await type('，  ');
    await compose('jiaoliu', '交流');
    await type('２次。');
    const body = app.page.locator('.report-body p').filter({ hasText: '心得体会' });
    await expect.poll(() => body.textContent()).toBe('撰写心得体会６篇，  交流２次。');
    await app.page.getByRole('tab', { name: /检查/u }).click();
    const findings = app.page.locator('.checks-panel, .sidebar-panel').getByText(/全角数字/u);
    await expect.poll(() => findings.count()).toBe(2);
    await expect.poll(() => app.page.getByText('标点后有多余的空格', { exact: false }).count()).toBe(1);
    for (let i = 0; i < 3; i++) await app.page.getByRole('button', { name: '修正' }).first().click();
    await expect.poll(() => body.textContent()).toBe('撰写心得体会6篇，交流2次。');
  });

  it('7. Tab after the last field says 没有待填写处了 rather than going back to an earlier field', async () => {
    await create('');
    await clickAtEnd(app.page.locator('.report-body p').last());
    await type('全年召开会议');
    await app.page.keyboard.type('XX');
    await type('次。');
    await expect.poll(() => app.page.locator('.report-body .report-field').count()).toBe(2);
    await app.page.keyboard.press('Control+Home');
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Tab');
    const where = () => app.page.evaluate(() => getSelection()?.anchorNode?.parentElement?.closest('h1, p')?.tagName ?? '');
    await expect.poll(where).toBe('P');
    await app.page.keyboard.press('Tab');
    await expect.poll(() => app.page.getByRole('alert').textContent()).toContain('没有待填写处了');
    expect(await where()).toBe('P');
    expect(await active()).toBe('editor');
    // Shift+Tab still goes back.
    await app.page.keyboard.press('Shift+Tab');
    await expect.poll(where).toBe('H1');
  });

  it('8. the 续写 dialog says why an imported report marked 网上范文 is not offered, and switches it to 本单位的报告 there', async () => {
    const dialog = await openContinueDialog(app.page, '2026');
    const base = dialog.getByLabel('往年的报告');
    expect(await base.locator('option').allTextContents()).not.toContain('2020年县统计局意识形态工作总结');
    const note = dialog.getByRole('region', { name: '未列出的导入报告' });
    await expect.poll(() => note.textContent()).toContain('网上范文');
    expect(await note.textContent()).toContain('备份与素材包');
    await atSize(() => shot('29-8-continue-samples.png'));
    await note.getByRole('button', { name: '把“2020年县统计局意识形态工作总结”改为本单位的报告' }).click();
    await expect.poll(() => base.locator('option').allTextContents()).toContain('2020年县统计局意识形态工作总结');
    await app.page.keyboard.press('Escape');
  });
});
