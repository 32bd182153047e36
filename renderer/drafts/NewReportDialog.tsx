import { AppDialog } from '../kit/AppDialog';
import { $createParagraphNode, $getRoot } from 'lexical';
import { useState } from 'react';
import type { Skeleton } from '../../shared/ipc/library';
import { reportTitle } from '../../shared/model/reportTitle';
import { useLibraryList } from '../kit/useLibraryList';
import { $textWithFields } from '../editor/blocks';
import { $createReportHeadingNode } from '../editor/nodes/ReportHeadingNode';
import { $createTitleNode } from '../editor/nodes/TitleNode';
import { ContinueForm } from './ContinueForm';
import { HomeFields, rememberedHome, rememberHome } from './HomeFields';
import { $setHome } from '../editor/format';
import { draftStrings } from './strings';

const t = draftStrings.newReport;

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Starts a new draft built by the given editor update. */
  onCreate: (build: () => void) => void;
}

/** Title, then the skeleton's headings each followed by an empty paragraph to write in. */
function buildReport(skeleton: Skeleton, title: string, home: { unit: string; region: string }): () => void {
  return () => {
    const root = $getRoot();
    root.clear();
    root.append($createTitleNode().append(...$textWithFields(title)));
    for (const heading of skeleton.headings) {
      root.append($createReportHeadingNode(heading.level).append(...$textWithFields(heading.text)));
    }
    const last = $createParagraphNode();
    root.append(last);
    $setHome(home);
    // The caret starts where writing starts, and undo comes back to it.
    last.select();
  };
}

export function NewReportDialog({ open, onOpenChange, onCreate }: Props) {
  const skeletons = useLibraryList('skeletons:list');
  const [skeletonId, setSkeletonId] = useState<number | null>(null);
  const [remembered] = useState(rememberedHome);
  const [unit, setUnit] = useState(remembered.unit);
  const [region, setRegion] = useState(remembered.region);
  const home = { unit, region };
  const homeFields = <HomeFields unit={unit} region={region} onUnit={setUnit} onRegion={setRegion} />;
  const create = (build: () => void) => {
    rememberHome(unit, region);
    onCreate(build);
  };
  const [yearText, setYearText] = useState(String(new Date().getFullYear()));
  const yearValid = /^(?:19|20|21)\d{2}$/u.test(yearText.trim());
  const year = Number(yearText.trim());
  // 文种 are the built-in kinds and the user's own outlines; an imported report's outline is not one.
  const list = skeletons.status === 'ready' ? skeletons.value.filter((s) => !s.imported) : [];
  const chosen = list.find((s) => s.id === skeletonId) ?? list[0];
  const [mode, setMode] = useState<'outline' | 'continue'>('outline');
  // Opened again, the dialog starts from a kind's outline, the usual way.
  const close = (next: boolean) => {
    if (!next) setMode('outline');
    onOpenChange(next);
  };
  const yearField = (
    <label>
      {t.year}
      <input
        inputMode="numeric"
        maxLength={4}
        value={yearText}
        aria-invalid={!yearValid}
        aria-describedby={yearValid ? undefined : 'new-report-year-error'}
        onChange={(e) => setYearText(e.target.value.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)))}
      />
    </label>
  );
  const yearError = !yearValid && (
    <p id="new-report-year-error" className="panel-note panel-error" role="alert">
      {t.yearInvalid}
    </p>
  );

  return (
    <AppDialog open={open} onOpenChange={close} title={t.title} description={mode === 'continue' ? t.continuation.intro : t.intro} className="edit-dialog">
      {mode === 'continue' ? (
        <>
          <ContinueForm
            year={year}
            yearValid={yearValid}
            home={home}
            onCreate={create}
            onDone={() => close(false)}
            onCancel={() => close(false)}
            onOutline={() => setMode('outline')}
          >
            {yearField}
            {yearError}
            {homeFields}
          </ContinueForm>
        </>
      ) : (
      <form
        className="edit-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!chosen || !yearValid) return;
          create(buildReport(chosen, reportTitle(chosen.docType, unit, year), home));
          close(false);
        }}
      >
        <label>
          {t.kind}
          <select value={chosen?.id ?? ''} onChange={(e) => setSkeletonId(Number(e.target.value))}>
            {list.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        {homeFields}
        {yearField}
        {yearError}
        {chosen && yearValid && <p className="panel-note">{t.reportTitle(reportTitle(chosen.docType, unit, year))}</p>}
        <div className="dialog-footer">
          {/* After the fields, so 文种 keeps the focus when the dialog opens and Enter in 年度 creates. */}
          <button type="button" className="link dialog-footer-start" onClick={() => setMode('continue')}>
            {t.modes.continue}…
          </button>
          <button type="button" onClick={() => close(false)}>
            {t.cancel}
          </button>
          <button type="submit" className="primary" disabled={!chosen || !yearValid}>
            {t.create}
          </button>
        </div>
      </form>
      )}
    </AppDialog>
  );
}
