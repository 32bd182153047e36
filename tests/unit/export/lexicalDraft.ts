/** A draft as the editor saves it (Lexical JSON), with every node type the report editor has. */
const text = (t: string) => ({ type: 'text', text: t, detail: 0, format: 0, mode: 'normal', style: '', version: 1 });
const field = (t: string) => ({ ...text(t), type: 'field', placeholder: t });
const element = (type: string, children: object[], extra: object = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
});
const heading = (level: number, t: string, runIn = false) => element('report-heading', [text(t)], { level, ...(runIn ? { runIn } : {}) });

export const lexicalDraft = JSON.stringify({
  root: element('root', [
    element('report-title', [text('2025年'), field('XX'), text('局落实意识形态工作责任制情况报告')]),
    element('report-addressee', [text('县委宣传部：')]),
    element('paragraph', [text('现将有关情况报告如下：')]),
    heading(1, '工作开展情况'),
    heading(2, '压实责任', true),
    element('paragraph', [text('局党组把意识形态工作列入'), field('XX'), text('年度重点。')]),
    heading(2, '加强阵地管理'),
    heading(3, '规范审核', true),
    element('paragraph', [text('落实“三审三校”，发布<网站>信息。')]),
    heading(1, '存在的问题'),
    element('paragraph', [text('学用结合还有差距。'), { type: 'linebreak', version: 1 }, text('宣传方式比较传统。')]),
    element('report-closing', [text('特此报告。')]),
    element('report-signature', [text('局党组'), field('某某')]),
    element('report-date', [text('2025年01月08日')]),
    { type: 'report-table', version: 1, rows: [['项目', '次数'], ['专题学习', '12']] },
  ]),
});
