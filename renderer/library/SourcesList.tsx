import type { SourceOrigin } from '../../shared/ipc/copies';
import { useBridge } from '../kit/BridgeContext';
import { useLibraryVersion } from '../kit/LibraryRefresh';
import { strings } from '../kit/strings';
import { useAnswer } from '../kit/useAnswer';

const t = strings.care.sources;

/**
 * The reports imported into the library, each the user's own or a web sample: 查重 compares drafts
 * with the samples, 续写 continues the user's own. Changing one takes effect at once in 检查.
 */
export function SourcesList({ open, busy, onNotice }: { open: boolean; busy: boolean; onNotice: (message: string) => void }) {
  const bridge = useBridge();
  const { version, bump } = useLibraryVersion();
  const sources = useAnswer(open ? String(version) : null, () => bridge['sources:list']({})) ?? [];
  const change = async (id: number, title: string, origin: SourceOrigin) => {
    const result = await bridge['sources:setOrigin']({ id, origin });
    if (!result.ok) return onNotice(result.error.message);
    bump();
    onNotice(t.changed(title, origin === 'sample' ? t.sample : t.own));
  };
  return (
    <>
      <h3 className="dialog-subtitle">{t.heading}</h3>
      <p className="panel-note">{sources.length === 0 ? t.none : t.note}</p>
      {sources.length > 0 && (
        <ul className="drafts-list sources-list" aria-label={t.heading}>
          {sources.map((s) => {
            const title = s.title ?? s.fileName;
            return (
              <li key={s.id}>
                <span className="source-title">{title}</span>
                <span className="source-meta">{t.meta(s.year, s.paragraphs)}</span>
                <select aria-label={t.originOf(title)} value={s.origin} disabled={busy} onChange={(e) => void change(s.id, title, e.target.value === 'sample' ? 'sample' : 'own')}>
                  <option value="own">{t.own}</option>
                  <option value="sample">{t.sample}</option>
                </select>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
