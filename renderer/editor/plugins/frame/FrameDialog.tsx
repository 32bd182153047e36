import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState } from 'react';
import type { ReportFormat } from '../../../../shared/model/reportFormat';
import { AppDialog } from '../../../kit/AppDialog';
import { setReportFormat } from '../../format';
import { editorStrings } from '../../strings';
import { useReportFormat } from './useReportFormat';

const t = editorStrings.frame;

type Field = 'issuer' | 'number' | 'signer' | 'copyTo' | 'printer' | 'printDate';

/**
 * 版头与版记 of this draft (GB/T 9704 §7.2, §7.4): the 发文机关标志 with 发文字号 and 签发人 above the
 * title, 抄送 and 印发机关/日期 at the foot of the last page. Leaving 发文机关标志 empty removes the 版头.
 */
export function FrameDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const format = useReportFormat();
  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={t.title} description={t.intro} className="edit-dialog">
      {/* Mounted afresh each time the dialog opens, with the draft's current choices. */}
      {open && <FrameForm format={format} onDone={() => onOpenChange(false)} />}
    </AppDialog>
  );
}

function FrameForm({ format, onDone }: { format: ReportFormat; onDone: () => void }) {
  const [editor] = useLexicalComposerContext();
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    issuer: format.header?.issuer ?? '',
    number: format.header?.number ?? '',
    signer: format.header?.signer ?? '',
    copyTo: format.colophon?.copyTo ?? '',
    printer: format.colophon?.printer ?? '',
    printDate: format.colophon?.printDate ?? '',
  }));
  const field = (name: Field) => (
    <label key={name}>
      {t.labels[name]}
      <input value={values[name]} maxLength={200} placeholder={t.placeholders[name]} onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))} />
    </label>
  );
  return (
    <form
      className="edit-form"
      onSubmit={(event) => {
        event.preventDefault();
        // An empty field is no field; parseReportFormat drops what is left empty.
        setReportFormat(editor, {
          header: { issuer: values.issuer, number: values.number, signer: values.signer },
          colophon: { copyTo: values.copyTo, printer: values.printer, printDate: values.printDate },
        });
        onDone();
      }}
    >
      <fieldset>
        <legend>{t.header}</legend>
        {(['issuer', 'number', 'signer'] as const).map(field)}
      </fieldset>
      <fieldset>
        <legend>{t.colophon}</legend>
        {(['copyTo', 'printer', 'printDate'] as const).map(field)}
      </fieldset>
      <div className="dialog-footer">
        <button type="button" onClick={onDone}>
          {t.cancel}
        </button>
        <button type="submit" className="primary">
          {t.save}
        </button>
      </div>
    </form>
  );
}
