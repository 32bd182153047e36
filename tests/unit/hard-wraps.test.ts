import { describe, expect, it } from 'vitest';
import { joinHardWraps } from '../../shared/genre/hardWraps';

describe('joinHardWraps (issue 29, point 2)', () => {
  it('joins a sentence a PDF broke in the middle and says where', () => {
    const joined = joinHardWraps('一是部分整改事项涉及体制机制改革，需要上级部门统筹推\n进，短期内难以完全到位。');
    expect(joined.text).toBe('一是部分整改事项涉及体制机制改革，需要上级部门统筹推进，短期内难以完全到位。');
    expect(joined.joins).toEqual([{ line: joined.text, at: [26] }]);
  });

  it('joins a paragraph wrapped over several lines, with CRLF', () => {
    const joined = joinHardWraps('全年共组织理论学习中心组学习十二次，开展专题研讨四\r\n次，邀请专家学者作辅导报告两次，覆盖全体\r\n党员干部。\r\n二、存在的问题');
    expect(joined.text).toBe('全年共组织理论学习中心组学习十二次，开展专题研讨四次，邀请专家学者作辅导报告两次，覆盖全体党员干部。\n二、存在的问题');
    expect(joined.joins[0]?.at).toHaveLength(2);
  });

  it('keeps whole lines apart: titles, headings, 主送, signatures, dates, 一是 and blank lines', () => {
    const report = [
      '关于2025年度落实意识形态工作责任制情况的报告',
      '县委宣传部：',
      '一、工作开展情况',
      '（一）加强组织领导',
      '全年召开专题会议12次。',
      '一是部分整改事项涉及体制机制改革，需要上级部门统筹',
      '二是有的同志认识还不到位。',
      '特此报告。',
      '中共某某县委宣传部机关党支部委员会',
      '2026年1月5日',
      '',
      '有的单位落实责任制还存在层层递减的情况，需要进一步',
      '',
      '压实责任。',
    ].join('\n');
    const joined = joinHardWraps(report);
    expect(joined.text).toBe(report);
    expect(joined.joins).toEqual([]);
  });
});
