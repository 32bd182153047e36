import { $getRoot } from 'lexical';
import { useEffect, useState, type ReactNode } from 'react';
import type { DraftSummary } from '../../shared/ipc/library';
import { continueReport, type Continuation } from '../../shared/model/continuation';
import { documentFromLexical } from '../../shared/model/documentFromLexical';
import { yearOfTitle } from '../../shared/model/reportYear';
import { $blocksFromDocument } from '../editor/blocks';
import { $setReportFormat } from '../editor/format';
import { useBridge } from '../kit/BridgeContext';
import { useNotify } from '../kit/notices';
import { draftStrings } from './strings';

const t = draftStrings.newReport.continuation;

const titleYear = (title: string) => yearOfTitle(title) ?? 0;

/** Of the drafts, the newest report of a year before this one (else the newest draft). */
function proposed(drafts: readonly DraftSummary[], year: number): DraftSummary | undefined {
  const earlier = drafts.filter((d) => titleYear(d.title) > 0 && titleYear(d.title) < year);
  return [...(earlier.length > 0 ? earlier : drafts)].sort((a, b) => titleYear(b.title) - titleYear(a.title) || b.updatedAt.localeCompare(a.updatedAt))[0];
}

/** What 续写 did, for the notice after the new draft opens. */
function summary(next: Continuation): string {
  const years = next.years.length > 0 ? t.years(next.years.length, next.years.map((c) => `${c.from}→${c.to}`)) : t.noYears;
  return `${t.done(next.fromYear, next.toYear)}${years}${next.figures > 0 ? t.figures(next.figures) : ''}`;
}

interface Props {
  year: number;
  yearValid: boolean;
  onCreate: (build: () => void) => void;
  onDone: () => void;
  onCancel: () => void;
  /** Back to a new report from a kind's outline. */
  onOutline: () => void;
  /** The fields shared with the other way (年度), at the top of the form. */
  children?: ReactNode;
}

/**
 * 以往年报告为基础: one of the user's drafts of an earlier year becomes this year's — the report year
 * moved on, last year's figures as fields to fill in (shared/model/continuation.ts).
 */
export function ContinueForm({ year, yearValid, onCreate, onDone, onCancel, onOutline, children }: Props) {
  const bridge = useBridge();
  const notify = useNotify();
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void bridge['drafts:list']({}).then((result) => {
      if (!live) return;
      if (result.ok) setDrafts(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [bridge]);
  const selected = chosen ?? (drafts ? (proposed(drafts, year)?.id ?? null) : null);

  return (
    <form
      className="edit-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (selected === null || !yearValid) return;
        void bridge['drafts:open']({ id: selected }).then((result) => {
          if (!result.ok) {
            setError(result.error.message);
            return;
          }
          const next = continueReport(documentFromLexical(result.value.content), year);
          onCreate(() => {
            const root = $getRoot();
            root.clear();
            root.append(...$blocksFromDocument(next.document));
            // Its plans become this year's checklist in 检查.
            $setReportFormat({ basis: { draftId: selected, year: next.fromYear } });
            root.getFirstDescendant()?.selectStart();
          });
          notify(summary(next));
          onDone();
        });
      }}
    >
      {children}
      <label>
        {t.base}
        <select value={selected ?? ''} onChange={(e) => setChosen(Number(e.target.value))} disabled={!drafts || drafts.length === 0}>
          {(drafts ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </label>
      {drafts && drafts.length === 0 && <p className="panel-note">{t.none}</p>}
      {error && (
        <p className="panel-note panel-error" role="alert">
          {error}
        </p>
      )}
      <p className="panel-note">{t.explain}</p>
      <div className="dialog-footer">
        <button type="button" className="link dialog-footer-start" onClick={onOutline}>
          {draftStrings.newReport.modes.outline}…
        </button>
        <button type="button" onClick={onCancel}>
          {draftStrings.newReport.cancel}
        </button>
        <button type="submit" className="primary" disabled={selected === null || !yearValid}>
          {draftStrings.newReport.create}
        </button>
      </div>
    </form>
  );
}
