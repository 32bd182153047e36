import { $getRoot, $isParagraphNode } from 'lexical';
import { $markCarried } from '../editor/carried';
import { useEffect, useState, type ReactNode } from 'react';
import type { DraftSummary, LibrarySource } from '../../shared/ipc/library';
import type { ReportDocument } from '../../shared/model/document';
import { continueReport, type Continuation } from '../../shared/model/continuation';
import { documentFromLexical } from '../../shared/model/documentFromLexical';
import type { ReportFormat } from '../../shared/model/reportFormat';
import { yearOfTitle } from '../../shared/model/reportYear';
import { $blocksFromDocument } from '../editor/blocks';
import { $setHome, $setReportFormat } from '../editor/format';
import { useBridge } from '../kit/BridgeContext';
import { useNotify } from '../kit/notices';
import { draftStrings } from './strings';

const t = draftStrings.newReport.continuation;

/** A report to continue: one of the user's drafts, or one of their own reports imported into the library. */
interface Basis {
  key: string;
  label: string;
  year: number;
  when: string;
  /** The report, and what the new draft remembers of it for a given year. */
  load: () => Promise<{ ok: true; doc: ReportDocument; basis: (year: number) => NonNullable<ReportFormat['basis']> } | { ok: false; message: string }>;
}

const titleYear = (title: string | null) => (title ? (yearOfTitle(title) ?? 0) : 0);

/** Of the reports, the newest of a year before this one (else the newest). */
function proposed(bases: readonly Basis[], year: number): Basis | undefined {
  const earlier = bases.filter((b) => b.year > 0 && b.year < year);
  return [...(earlier.length > 0 ? earlier : bases)].sort((a, b) => b.year - a.year || b.when.localeCompare(a.when))[0];
}

/** What 续写 did, for the notice after the new draft opens. */
function summary(next: Continuation): string {
  const years = next.years.length > 0 ? t.years(next.years.length, next.years.map((c) => `${c.from}→${c.to}`)) : t.noYears;
  return `${t.done(next.fromYear, next.toYear)}${years}${next.figures > 0 ? t.figures(next.figures) : ''}`;
}

interface Props {
  year: number;
  yearValid: boolean;
  home: { unit: string; region: string };
  onCreate: (build: () => void) => void;
  onDone: () => void;
  onCancel: () => void;
  /** Back to a new report from a kind's outline. */
  onOutline: () => void;
  /** The fields shared with the other way (年度, 单位, 地区), at the top of the form. */
  children?: ReactNode;
}

/**
 * 以往年报告为基础: one of the user's drafts, or one of their own reports in the library, of an earlier
 * year becomes this year's — the report year moved on, last year's figures as fields to fill in
 * (shared/model/continuation.ts). Web samples are not offered: continuing one is copying it.
 */
export function ContinueForm({ year, yearValid, home, onCreate, onDone, onCancel, onOutline, children }: Props) {
  const bridge = useBridge();
  const notify = useNotify();
  const [drafts, setDrafts] = useState<Basis[] | null>(null);
  const [reports, setReports] = useState<Basis[] | null>(null);
  // Imported reports marked 网上范文 are not offered; the dialog says so and can switch one.
  const [samples, setSamples] = useState<LibrarySource[]>([]);
  const [tick, setTick] = useState(0);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const ofDraft = (d: DraftSummary): Basis => ({
      key: `draft:${d.id}`,
      label: d.title,
      year: titleYear(d.title),
      when: d.updatedAt,
      load: async () => {
        const r = await bridge['drafts:open']({ id: d.id });
        return r.ok ? { ok: true, doc: documentFromLexical(r.value.content), basis: (y) => ({ draftId: d.id, year: y }) } : { ok: false, message: r.error.message };
      },
    });
    const ofSource = (s: LibrarySource): Basis => ({
      key: `source:${s.id}`,
      label: s.title ?? s.fileName,
      year: s.year ?? titleYear(s.title),
      when: s.importedAt,
      load: async () => {
        const r = await bridge['sources:getDocument']({ id: s.id });
        return r.ok ? { ok: true, doc: r.value, basis: (y) => ({ sourceId: s.id, year: y }) } : { ok: false, message: r.error.message };
      },
    });
    void bridge['drafts:list']({}).then((result) => {
      if (!live) return;
      if (result.ok) setDrafts(result.value.map(ofDraft));
      else setError(result.error.message);
    });
    void bridge['sources:list']({}).then((result) => {
      if (!live) return;
      if (result.ok) {
        setReports(result.value.filter((s) => s.origin === 'own' && s.hasReport).map(ofSource));
        setSamples(result.value.filter((s) => s.origin === 'sample' && s.hasReport));
      } else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [bridge, tick]);
  const makeOwn = async (source: LibrarySource) => {
    const result = await bridge['sources:setOrigin']({ id: source.id, origin: 'own' });
    if (!result.ok) setError(result.error.message);
    else {
      setChosen(`source:${source.id}`);
      setTick((n) => n + 1);
    }
  };
  const all = [...(drafts ?? []), ...(reports ?? [])];
  const loaded = drafts !== null && reports !== null;
  const selected = all.find((b) => b.key === chosen) ?? (loaded ? proposed(all, year) : undefined);

  return (
    <form
      className="edit-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!selected || !yearValid) return;
        void selected.load().then((result) => {
          if (!result.ok) {
            setError(result.message);
            return;
          }
          const next = continueReport(result.doc, year);
          onCreate(() => {
            const root = $getRoot();
            root.clear();
            root.append(...$blocksFromDocument(next.document));
            // Body paragraphs read as last year's until edited (沿用上年).
            for (const node of root.getChildren()) if ($isParagraphNode(node) && node.getTextContent().trim() !== '') $markCarried(node);
            // Its plans become this year's checklist in 检查.
            $setReportFormat({ basis: result.basis(next.fromYear) });
            $setHome(home);
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
        <select value={selected?.key ?? ''} onChange={(e) => setChosen(e.target.value)} disabled={all.length === 0}>
          {[
            { label: t.drafts, items: drafts ?? [] },
            { label: t.imported, items: reports ?? [] },
          ]
            .filter((group) => group.items.length > 0)
            .map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.items.map((b) => (
                  <option key={b.key} value={b.key}>
                    {b.label}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
      </label>
      {loaded && all.length === 0 && <p className="panel-note">{t.none}</p>}
      {samples.length > 0 && (
        <section className="panel-note continue-samples" aria-label={t.samplesLabel}>
          <p>{t.samplesNote(samples.length)}</p>
          <ul>
            {samples.map((source) => {
              const title = source.title ?? source.fileName;
              return (
                <li key={source.id}>
                  <span>{title}</span>{' '}
                  <button type="button" className="link" aria-label={t.makeOwnLabel(title)} onClick={() => void makeOwn(source)}>
                    {t.makeOwn}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
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
        <button type="submit" className="primary" disabled={!selected || !yearValid}>
          {draftStrings.newReport.create}
        </button>
      </div>
    </form>
  );
}
