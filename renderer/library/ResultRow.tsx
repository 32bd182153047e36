import { Pencil, Plus, Star } from 'lucide-react';
import type { SearchHit } from '../../shared/ipc/search';
import { libraryStrings as t } from './strings';

function Snippet({ hit }: { hit: SearchHit }) {
  const { text, marks } = hit.snippet;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <p className="hit-text">{parts}</p>;
}

interface Props {
  hit: SearchHit;
  active: boolean;
  onInsert: () => void;
  onFavorite: () => void;
  onEdit: () => void;
}

export function ResultRow({ hit, active, onInsert, onFavorite, onEdit }: Props) {
  return (
    <div className={`hit${active ? ' active' : ''}`}>
      <Snippet hit={hit} />
      <div className="hit-meta">
        <span className={`part part-${hit.part}`}>{t.parts[hit.part]}</span>
        {hit.source && <span className="hit-source">{hit.source}</span>}
        {hit.placeholderCount > 0 && <span className="hit-fields">{t.placeholders(hit.placeholderCount)}</span>}
        {hit.useCount > 0 && <span>{t.uses(hit.useCount)}</span>}
        <span className="hit-actions">
          <button type="button" title={t.insertHint} onClick={onInsert} tabIndex={-1}>
            <Plus aria-hidden size={14} />
            {t.insert}
          </button>
          <button
            type="button"
            aria-label={hit.favorite ? t.unfavorite : t.favorite}
            aria-pressed={hit.favorite}
            className={hit.favorite ? 'starred' : ''}
            onClick={onFavorite}
            tabIndex={-1}
          >
            <Star aria-hidden size={14} />
          </button>
          <button type="button" aria-label={t.edit} onClick={onEdit} tabIndex={-1}>
            <Pencil aria-hidden size={14} />
          </button>
        </span>
      </div>
    </div>
  );
}
