import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState } from 'react';
import { countBySeverity, type Finding, type Severity } from '../../shared/checks';
import { CheckRulesDialog } from './CheckRulesDialog';
import { useChecks } from './ChecksContext';
import { LastYearPlans } from './LastYearPlans';
import { YearChanges } from './YearChanges';
import { applyFix, goToFinding } from './locate';
import { checkStrings as s } from './strings';
import './checks.css';

/** Where a finding is: a few characters either side, the marked text highlighted. */
export function FindingExcerpt({ finding }: { finding: Finding }) {
  const excerpt = finding.excerpt;
  if (!excerpt || finding.block < 0 || excerpt.before + excerpt.text + excerpt.after === '') return null;
  return (
    <span className="finding-excerpt">
      …{excerpt.before}
      {excerpt.text && <mark>{excerpt.text}</mark>}
      {excerpt.after}…
    </span>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const [editor] = useLexicalComposerContext();
  const { ignore } = useChecks();
  return (
    <li className={`finding ${finding.severity}`}>
      <span className="finding-severity">{s.severity[finding.severity]}</span>
      <span className="finding-message">
        {finding.message}
        {finding.fix && <span className="finding-fix">{s.writeInstead(finding.fix)}</span>}
        <FindingExcerpt finding={finding} />
      </span>
      <span className="finding-actions">
        {finding.block >= 0 && (
          <button type="button" onClick={() => goToFinding(editor, finding)}>
            {s.goTo}
          </button>
        )}
        {finding.fix !== undefined && (
          <button type="button" title={s.fixTo(finding.fix)} onClick={() => applyFix(editor, finding)}>
            {s.fix}
          </button>
        )}
        <button type="button" title={s.ignoreHint} onClick={() => ignore(finding)}>
          {s.ignore}
        </button>
      </span>
    </li>
  );
}

/** The findings in groups — 错误, then 警告, then 提示 — each in document order; empty groups left out. */
export function groupedBySeverity(findings: readonly Finding[]): { severity: Severity; items: Finding[] }[] {
  return (['error', 'warning', 'info'] as const).map((severity) => ({ severity, items: findings.filter((f) => f.severity === severity) })).filter((g) => g.items.length > 0);
}

/**
 * The 检查 tab: what a reviewer would mark, grouped by severity (错误 / 警告 / 提示) and listed in document order within each group, each saying why and what to write instead, each
 * with 转到, 修正 where a fix is safe, and 忽略 for this draft.
 */
export function ChecksPanel() {
  const { findings, ignoredCount, restoreIgnored } = useChecks();
  const [rulesOpen, setRulesOpen] = useState(false);
  const counts = countBySeverity(findings);
  return (
    <div className="checks-panel">
      <div className="checks-summary">
        <span>{s.counts(counts.error, counts.warning, counts.info)}</span>
        <button type="button" className="link" onClick={() => setRulesOpen(true)}>
          {s.rules}
        </button>
      </div>
      <LastYearPlans />
      <YearChanges />
      {!findings.some((f) => f.check === 'placeholder') && <p className="panel-note">{s.noFields}</p>}
      {findings.length === 0 ? (
        <p className="panel-note" role="status">
          {s.none}
        </p>
      ) : (
        <ol className="findings" aria-label={s.results} aria-live="polite">
          {groupedBySeverity(findings).map(({ severity, items }) => [
            <li key={`group-${severity}`} role="presentation" className={`findings-group ${severity}`}>
              <span className="findings-group-name">{s.group(s.severity[severity], items.length)}</span>
              <span className="findings-group-hint">{s.groupHint[severity]}</span>
            </li>,
            ...items.map((finding) => <FindingItem key={`${finding.key}@${finding.block}:${finding.offset}`} finding={finding} />),
          ])}
        </ol>
      )}
      {ignoredCount > 0 && (
        <p className="panel-note">
          {s.ignored(ignoredCount)}{' '}
          <button type="button" className="link" onClick={restoreIgnored}>
            {s.restoreIgnored}
          </button>
        </p>
      )}
      <CheckRulesDialog open={rulesOpen} onOpenChange={setRulesOpen} />
    </div>
  );
}

/** Count badges for the 检查 tab itself. */
export function ChecksBadges() {
  const { findings } = useChecks();
  const counts = countBySeverity(findings);
  return (
    <span className="check-badges">
      {(['error', 'warning'] as const).map((severity) =>
        counts[severity] > 0 ? (
          <span key={severity} className={`check-badge ${severity}`} title={s.badge(s.severity[severity], counts[severity])}>
            {counts[severity]}
          </span>
        ) : null,
      )}
    </span>
  );
}
