/**
 * The three parts every reader of a report looks for, plus everything else (genre README §3). Defined
 * once: the type, the validation schemas, the CLI's choices and the UI's labels derive from here.
 */
export const PARTS = ['work', 'problems', 'plans', 'other'] as const;

export type Part = (typeof PARTS)[number];

export const PART_LABELS: Record<Part, string> = { work: '工作', problems: '问题', plans: '打算', other: '其他' };

export function isPart(value: unknown): value is Part {
  return typeof value === 'string' && (PARTS as readonly string[]).includes(value);
}
