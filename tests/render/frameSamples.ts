import type { DocBlock, ReportDocument } from '../../shared/model/document';

/** Reports with each signature, attachment and frame variant, for the render and print tests. */
const block = (kind: 'paragraph' | 'signature' | 'date' | 'attachment', text: string): DocBlock => ({ kind, inlines: [{ text }] });
export const longName = '某县关于全面落实意识形态工作责任制推动各项工作任务落地见效的实施方案及分工明细';
export const variants: Record<string, ReportDocument> = {
  plain: { blocks: [block('paragraph', '特此报告。'), block('signature', '中共某县财政局党组委员会'), block('date', '2026年1月5日')] },
  longDate: { blocks: [block('paragraph', '特此报告。'), block('signature', '某局'), block('date', '2026年12月25日')] },
  joint: { blocks: [block('paragraph', '特此报告。'), block('signature', '某县财政局'), block('signature', '某县人力资源和社会保障局'), block('date', '2026年1月5日')] },
  sealed: { blocks: [block('paragraph', '特此报告。'), block('signature', '某县财政局'), block('date', '2026年1月5日')], format: { seal: true } },
  attachments: { blocks: [block('paragraph', '特此报告。'), block('attachment', `附件：1.${longName}`), block('attachment', '2.工作台账')] },
  framed: {
    blocks: [
      { kind: 'title', inlines: [{ text: '某县财政局关于2026年意识形态工作责任制落实情况的报告' }] },
      { kind: 'addressee', inlines: [{ text: '县委：' }] },
      ...Array.from({ length: 6 }, (_, i) => block('paragraph', `第${i}段。全面落实意识形态工作责任制，坚持把意识形态工作摆在重要位置，定期分析研判意识形态领域情况。`)),
      block('signature', '中共某县财政局党组'),
      block('date', '2026年1月5日'),
    ],
    format: {
      header: { issuer: '中共某县财政局党组', number: '某财党〔2026〕3号', signer: '张某某' },
      colophon: { copyTo: '县纪委监委派驻纪检监察组，县委宣传部', printer: '中共某县财政局党组办公室', printDate: '2026年1月5日' },
    },
  },
};

export const frameSamples = (): { name: string; doc: ReportDocument }[] => Object.entries(variants).map(([name, doc]) => ({ name: `frame/${name}`, doc }));
