import { useState } from 'react';
import { useBridge } from '../kit/BridgeContext';
import { useConfirmed } from '../kit/confirm';
import { dateTime } from '../kit/dateTime';
import { useAnswer } from '../kit/useAnswer';
import { libraryStrings } from './strings';

const t = libraryStrings.learned;

/**
 * What the importer learned from the user's corrections in earlier previews (逐行判断): each shape with
 * its label, one example and the site it came from; each can be forgotten, or all of them.
 */
export function LearnedLines({ open, busy, onNotice }: { open: boolean; busy: boolean; onNotice: (message: string) => void }) {
  const bridge = useBridge();
  const confirmed = useConfirmed();
  const [tick, setTick] = useState(0);
  const lines = useAnswer(open ? String(tick) : null, () => bridge['import:listLearned']({})) ?? [];
  const forget = async (shape: string | undefined, done: (n: number) => string) => {
    const result = await bridge['import:deleteLearned'](shape === undefined ? {} : { shape });
    if (!result.ok) return onNotice(result.error.message);
    onNotice(done(result.value.forgotten));
    setTick((n) => n + 1);
  };
  return (
    <>
      <h3 className="dialog-subtitle">
        {t.heading}
        {lines.length > 0 && (
          <button type="button" className="link-button" disabled={busy} onClick={() => confirmed({ message: t.confirmForgetAll(lines.length), confirmLabel: t.forget }, () => forget(undefined, t.allForgotten))}>
            {t.forgetAll}
          </button>
        )}
      </h3>
      <p className="panel-note">{lines.length === 0 ? t.none : t.note}</p>
      {lines.length > 0 && (
        <ul className="drafts-list learned-lines" aria-label={t.heading}>
          {lines.map((line) => (
            <li key={line.shape}>
              <span className={`line-label-kind label-${line.label}`}>{t.labels[line.label]}</span>
              <span className="source-title">{line.example}</span>
              <span className="source-meta">
                {line.site ? `${t.site(line.site)} · ` : ''}
                {dateTime(line.learnedAt)}
              </span>
              <button type="button" disabled={busy} aria-label={t.forgetOf(line.example)} onClick={() => void forget(line.shape, () => t.forgotten(line.example))}>
                {t.forget}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
