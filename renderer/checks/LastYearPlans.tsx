import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { documentParts } from '../../shared/model/documentParts';
import type { PlanCoverage } from '../../shared/model/plans';
import { $isReportHeadingNode } from '../editor/nodes/ReportHeadingNode';
import { $createFieldNode } from '../editor/nodes/FieldNode';
import { goToFinding } from './locate';
import { checkStrings as s } from './strings';
import { useChecks } from './ChecksContext';
import { documentOf } from '../editor/documentOf';

const t = s.lastYear;

/**
 * A stub for a plan the report does not speak of yet, under the work heading that shares most of
 * its words (else the first heading): `{plan}：` and a field for the progress, ready to fill in.
 */
function insertStub(editor: LexicalEditor, coverage: PlanCoverage): void {
  // This year's own plans part is no place for it: a stub there would report nothing.
  const parts = documentParts(documentOf(editor));
  editor.update(() => {
    const all = $getRoot().getChildren();
    const blocks = all.filter((_, i) => parts[i] !== 'plans');
    const headings = blocks.filter($isReportHeadingNode);
    const shared = (text: string) => coverage.plan.terms.filter((term) => text.includes(term)).length;
    const target = [...headings].sort((a, b) => shared(b.getTextContent()) - shared(a.getTextContent()))[0] ?? blocks.at(-1);
    if (!target) return;
    // At the end of the target's section: before the next heading of its level or above.
    const level = $isReportHeadingNode(target) ? target.getLevel() : 1;
    let last = target;
    for (let next = target.getNextSibling(); next && parts[next.getIndexWithinParent()] !== 'plans' && !($isReportHeadingNode(next) && next.getLevel() <= level); next = next.getNextSibling()) last = next;
    const stub = $createParagraphNode().append($createTextNode(`${coverage.plan.text}：`), $createFieldNode(t.progressField), $createTextNode('。'));
    last.insertAfter(stub);
    stub.selectEnd();
  });
  editor.focus();
}

/** 上年打算 in the 检查 tab: each of last year's plans, whether this year's report speaks of it, 转到 or 插入. */
export function LastYearPlans() {
  const [editor] = useLexicalComposerContext();
  const { plans } = useChecks();
  if (!plans || plans.length === 0) return null;
  const covered = plans.filter((p) => p.covered).length;
  return (
    <details className="last-year-plans" open>
      <summary>{t.summary(covered, plans.length)}</summary>
      <ol aria-label={t.list}>
        {plans.map((coverage) => (
          <li key={`${coverage.plan.block}:${coverage.plan.text}`} className={coverage.covered ? 'plan covered' : 'plan missing'}>
            <span className="plan-state">{coverage.covered ? t.covered : t.missing}</span>
            <span className="plan-text">{coverage.plan.text}</span>
            {coverage.best && coverage.covered && (
              <button type="button" className="link" onClick={() => goToFinding(editor, { check: 'last-year-plans', severity: 'info', block: coverage.best?.block ?? 0, offset: 0, length: 0, message: '', key: '' })}>
                {s.goTo}
              </button>
            )}
            {!coverage.covered && (
              <button type="button" className="link" aria-label={t.insertLabel(coverage.plan.text)} onClick={() => insertStub(editor, coverage)}>
                {t.insert}
              </button>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
