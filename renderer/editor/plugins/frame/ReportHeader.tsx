import { headerGeometry, PITCH_PT } from '../../../../shared/export/frame';
import { editorStrings } from '../../strings';
import { useReportFormat } from './useReportFormat';

/**
 * The 版头 on the page, where the Word file puts it (frame.ts's geometry): not part of the editable
 * text, set in 版头与版记. It takes the same height as on paper, so the lines below stand as printed.
 */
export function ReportHeader() {
  const { header } = useReportFormat();
  if (!header) return null;
  const g = headerGeometry(header);
  const numberTop = g.markBefore + g.markSize + g.numberBefore;
  return (
    <div className="report-frame-header" aria-label={editorStrings.frame.header} contentEditable={false} style={{ height: `${g.height + 2 * PITCH_PT}pt` }}>
      <div className="frame-mark" style={{ top: `${g.markBefore}pt`, fontSize: `${g.markSize}pt`, lineHeight: `${g.markSize}pt` }}>
        {header.issuer}
      </div>
      <div className="frame-number" style={{ top: `${numberTop}pt` }}>
        <span>{header.number ?? ''}</span>
        {header.signer && (
          <span>
            签发人：<span className="frame-signer">{header.signer}</span>
          </span>
        )}
      </div>
      <div className="frame-rule" style={{ top: `${numberTop + PITCH_PT + g.ruleGap}pt`, height: `${g.ruleWidth}pt` }} />
    </div>
  );
}
