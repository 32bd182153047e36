import type { WordReview } from '../../shared/genre/types';
import type { SourceOrigin } from '../../shared/ipc/copies';
import type { ImportPreview, LineLabelName, PreviewBlock } from '../../shared/ipc/import';
import { LineLabels } from './LineLabels';
import { importStrings as t } from './strings';

interface Props {
  preview: ImportPreview;
  excluded: ReadonlySet<number>;
  onToggle: (index: number, keep: boolean) => void;
  /** A .txt can be read again in the other encoding. */
  onEncoding?: ((encoding: 'utf-8' | 'gb18030') => void) | undefined;
  /** Moves the end of a guessed heading by one character (later when positive). */
  onMoveBoundary?: ((block: number, shift: 1 | -1) => void) | undefined;
  /** Whether the report is the user's own or a web sample (查重 compares with samples); the preview proposes one. */
  origin: SourceOrigin;
  onOrigin?: ((origin: SourceOrigin) => void) | undefined;
  /** Corrects what lines of a shape are, in every file of the batch. */
  onCorrectLine?: ((shape: string, label: LineLabelName | null) => void) | undefined;
}

/** UTF-8 with or without BOM is one choice: 'UTF-8'. */
const encodingChoice = (encoding: string | null) => (encoding === 'gb18030' ? 'gb18030' : 'utf-8');

/** Text with its placeholders highlighted, as they will become fill-in fields. */
function Marked({ block }: { block: PreviewBlock }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const p of block.placeholders) {
    parts.push(block.text.slice(at, p.offset));
    parts.push(<mark key={p.offset}>{block.text.slice(p.offset, p.offset + p.length)}</mark>);
    at = p.offset + p.length;
  }
  parts.push(block.text.slice(at));
  return <>{parts}</>;
}

interface LineProps {
  block: PreviewBlock;
  kept: boolean;
  onToggle: (keep: boolean) => void;
  onMoveBoundary?: ((shift: 1 | -1) => void) | undefined;
}

function OutlineLine({ block, kept, onToggle, onMoveBoundary }: LineProps) {
  const part = t.parts[block.part];
  if (block.type === 'heading') {
    return (
      <li className={`outline-heading level-${block.level ?? 1}`}>
        {block.number}
        <Marked block={block} />
        {part && <span className={`part part-${block.part}`}>{part}</span>}
        {block.guessed && (
          <span className="guessed" title={t.guessedTitle}>
            {t.guessed}
          </span>
        )}
        {block.guessed && onMoveBoundary && (
          <span className="boundary-move" role="group" aria-label={t.boundary}>
            <button type="button" className="link" aria-label={t.shorterLabel(block.text)} onClick={() => onMoveBoundary(-1)} disabled={block.text.length <= 1}>
              {t.shorter}
            </button>
            <button type="button" className="link" aria-label={t.longerLabel(block.text)} onClick={() => onMoveBoundary(1)}>
              {t.longer}
            </button>
          </span>
        )}
      </li>
    );
  }
  return (
    <li className={`outline-block type-${block.type}`}>
      {block.harvested ? (
        <label className="keep">
          <input type="checkbox" checked={kept} onChange={(e) => onToggle(e.target.checked)} aria-label={`${t.keepParagraph}：${block.text.slice(0, 30)}`} />
          <span className="block-text">
            <Marked block={block} />
          </span>
        </label>
      ) : (
        <span className="block-text">
          <span className="block-type">{t.types[block.type]}</span>
          <Marked block={block} />
        </span>
      )}
    </li>
  );
}

export function PreviewCard({ preview, excluded, onToggle, onEncoding, onMoveBoundary, origin, onOrigin, onCorrectLine }: Props) {
  const harvested = preview.blocks.filter((b) => b.harvested);
  const chosen = harvested.filter((b) => !excluded.has(b.index)).length;
  return (
    <div className="preview-card">
      <div className="preview-meta">
        <strong>{preview.title ?? t.noTitle}</strong>
        <span>
          {preview.kind === 'txt' && onEncoding && (preview.encoding === 'utf-8' || preview.encoding === 'gb18030' || preview.encoding === 'utf-8-bom') ? (
            <label className="encoding-choice">
              {t.encodingLabel}
              <select value={encodingChoice(preview.encoding)} onChange={(event) => onEncoding(event.target.value === 'gb18030' ? 'gb18030' : 'utf-8')}>
                <option value="utf-8">UTF-8</option>
                <option value="gb18030">GB18030（GBK）</option>
              </select>
            </label>
          ) : (
            t.encoding(preview.encoding)
          )}
          {[t.year(preview.year), preview.issuer].filter(Boolean).map((part) => ` · ${part ?? ''}`)}
        </span>
        {preview.converted && (
          <span className="warn" role="note">
            {t.converted}
          </span>
        )}
        {preview.garbled && (
          <span className="warn" role="note">
            {t.garbled}
          </span>
        )}
        {preview.review && <WordReviewNote review={preview.review} />}
        <span>{[t.paragraphsChosen(chosen, harvested.length), t.placeholders(preview.placeholderCount)].join(' · ')}</span>
        <label className="origin-choice">
          {t.origin.label}
          <select value={origin} disabled={!onOrigin} onChange={(e) => onOrigin?.(e.target.value === 'sample' ? 'sample' : 'own')}>
            <option value="own">{t.origin.own}</option>
            <option value="sample">{t.origin.sample}</option>
          </select>
        </label>
        {origin === 'sample' && <span className="preview-origin-note">{preview.origin === 'sample' ? t.origin.proposedSample : t.origin.sampleNote}</span>}
        {preview.alreadyPresent && <span className="warn">{t.present}</span>}
        {preview.replacedBytes && preview.replacedBytes.length > 0 && (
          <span className="warn" role="note">
            {t.replacedBytes(preview.replacedBytes.map((r) => r.line))}
          </span>
        )}
      </div>
      <details open>
        <summary>{t.outline}</summary>
        <ol className="preview-outline">
          {preview.blocks.map((block) => (
            <OutlineLine
              key={block.index}
              block={block}
              kept={!excluded.has(block.index)}
              onToggle={(keep) => onToggle(block.index, keep)}
              onMoveBoundary={onMoveBoundary && ((shift) => onMoveBoundary(block.index, shift))}
            />
          ))}
        </ol>
      </details>
      {preview.lines.length > 0 && <LineLabels lines={preview.lines} onCorrect={onCorrectLine} />}
      {preview.removed.length > 0 && (
        <details>
          <summary>{t.removed(preview.removed.length)}</summary>
          <ul className="removed-list">
            {preview.removed.map((r, i) => (
              <li key={i}>
                <span className="removed-reason">{r.reason}</span>
                {r.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** A colleague's 批注 are listed, never imported as text; 修订 were read as accepted, and the preview says so. */
function WordReviewNote({ review }: { review: WordReview }) {
  return (
    <span className="warn" role="note">
      {review.insertions + review.deletions > 0 && t.review.revisions(review.insertions, review.deletions)}
      {review.comments.length > 0 && (
        <details>
          <summary>{t.review.comments(review.comments.length)}</summary>
          <ul aria-label={t.review.list}>
            {review.comments.map((c, i) => (
              <li key={i}>
                {c.author && <strong>{c.author}：</strong>}
                {c.text}
                {c.at && <span className="panel-note">{t.review.at(c.at)}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </span>
  );
}
