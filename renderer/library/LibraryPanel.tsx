import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { SearchFilters } from '../../shared/ipc/search';
import { useCommittedText } from '../kit/useCommittedText';
import { useBridge } from '../kit/BridgeContext';
import { useLibraryVersion } from '../kit/LibraryRefresh';
import { INSERT_PARAGRAPH_COMMAND } from '../editor/plugins/insert/commands';
import { EditParagraphDialog } from './EditParagraphDialog';
import { ResultRow } from './ResultRow';
import { TrashView } from './TrashView';
import { PARTS } from '../../shared/model/parts';
import { libraryStrings as t } from './strings';
import { useParagraphSearch } from './useParagraphSearch';
import './library.css';

/** The 段落库 tab: search as you type, filters, and a virtualised list of every hit. */
export function LibraryPanel({ onImport }: { onImport: () => void }) {
  const bridge = useBridge();
  const [editor] = useLexicalComposerContext();
  const { version, bump } = useLibraryVersion();
  // What is searched: the box's text once an input method has committed it.
  const [query, setQuery] = useState('');
  const searchBox = useCommittedText(setQuery);
  const [filters, setFilters] = useState<SearchFilters>({});
  const [facets, setFacets] = useState<{ tags: string[]; years: number[] }>({ tags: [], years: [] });
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState<number | null>(null);
  const [showTrash, setShowTrash] = useState(false);
  const [notice, setNotice] = useState<{ text: string; undo?: () => void } | null>(null);
  const search = useParagraphSearch(query, filters);
  const scroller = useRef<HTMLDivElement>(null);
  const total = search.total ?? 0;

  useEffect(() => {
    void bridge['paragraphs:listFacets']({}).then((r) => r.ok && setFacets(r.value));
  }, [bridge, version]);
  useEffect(() => {
    setActive(0);
    scroller.current?.scrollTo({ top: 0 });
  }, [query, filters]);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's API cannot be memoised by the React Compiler; this component is not compiled.
  const rows = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 6,
  });
  const items = rows.getVirtualItems();
  useEffect(() => {
    for (const item of items) search.ensure(item.index);
  });

  const insert = (index: number) => {
    const hit = search.hit(index);
    if (!hit) return;
    editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, hit.text);
    // The draft paints first; the use count and the list follow a moment later.
    setTimeout(() => {
      void bridge['paragraphs:markUsed']({ id: hit.id });
      search.patch(hit.id, { useCount: hit.useCount + 1 });
    }, 0);
  };

  const toggleFavorite = async (index: number) => {
    const hit = search.hit(index);
    if (!hit) return;
    const result = await bridge['paragraphs:setFavorite']({ id: hit.id, favorite: !hit.favorite });
    if (result.ok) search.patch(hit.id, { favorite: !hit.favorite });
    else setNotice({ text: result.error.message });
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = Math.max(0, Math.min(total - 1, active + (event.key === 'ArrowDown' ? 1 : -1)));
      setActive(next);
      rows.scrollToIndex(next, { align: 'auto' });
    } else if (event.key === 'Enter' && total > 0) {
      event.preventDefault();
      // Never insert a stale result from before the last keystroke.
      if (!search.pending) insert(active);
    }
  };

  const libraryEmpty = search.total === 0 && query.trim() === '' && !filters.part && !filters.favorite && !filters.tag && !filters.year;

  return (
    <div className="library-panel">
      <input
        type="search"
        role="searchbox"
        aria-label={t.searchLabel}
        placeholder={t.searchPlaceholder}
        {...searchBox}
        onKeyDown={onKeyDown}
        className="library-search"
      />
      <div className="library-filters">
        <select aria-label={t.part} value={filters.part ?? ''} onChange={(e) => setFilters({ ...filters, part: (e.target.value || undefined) as SearchFilters['part'] })}>
          <option value="">{t.allParts}</option>
          {PARTS.map((s) => (
            <option key={s} value={s}>
              {t.parts[s]}
            </option>
          ))}
        </select>
        <select aria-label={t.yearFilter} value={filters.year ?? ''} onChange={(e) => setFilters({ ...filters, year: e.target.value ? Number(e.target.value) : undefined })}>
          <option value="">{t.allYears}</option>
          {facets.years.map((y) => (
            <option key={y} value={y}>
              {t.year(y)}
            </option>
          ))}
        </select>
        <select aria-label={t.tagFilter} value={filters.tag ?? ''} onChange={(e) => setFilters({ ...filters, tag: e.target.value || undefined })}>
          <option value="">{t.allTags}</option>
          {facets.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        <label className="favorite-filter">
          <input type="checkbox" checked={filters.favorite ?? false} onChange={(e) => setFilters({ ...filters, favorite: e.target.checked || undefined })} />
          {t.favoritesOnly}
        </label>
        <button type="button" className="link-button" aria-pressed={showTrash} onClick={() => setShowTrash(!showTrash)}>
          {showTrash ? t.backToSearch : t.trashBin}
        </button>
      </div>
      {notice && (
        <p className="library-notice" role="status">
          {notice.text}
          {notice.undo && (
            <button type="button" className="link" onClick={notice.undo}>
              {t.undo}
            </button>
          )}
        </p>
      )}
      {search.error && (
        <p className="panel-note panel-error" role="alert">
          {search.error}
        </p>
      )}
      {showTrash ? (
        <TrashView />
      ) : libraryEmpty ? (
        <div className="panel-note">
          <p>{t.emptyLibrary}</p>
          <button type="button" className="entry" onClick={onImport}>
            {t.importNow}
          </button>
        </div>
      ) : (
        <>
          <p className="library-count">{search.total === null ? t.loading : search.total === 0 ? t.noHits(query.trim()) : search.estimated ? t.about(total) : t.total(total)}</p>
          <div ref={scroller} className="library-results">
            <div role="list" aria-label={t.results} style={{ height: rows.getTotalSize(), position: 'relative' }}>
              {items.map((item) => {
                const hit = search.hit(item.index);
                return (
                  <div
                    key={item.key}
                    role="listitem"
                    data-index={item.index}
                    ref={rows.measureElement}
                    style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                    onMouseEnter={() => setActive(item.index)}
                  >
                    {hit ? (
                      <ResultRow
                        hit={hit}
                        active={item.index === active}
                        onInsert={() => insert(item.index)}
                        onFavorite={() => void toggleFavorite(item.index)}
                        onEdit={() => setEditing(hit.id)}
                      />
                    ) : (
                      <div className="hit loading">{t.loading}</div>
                    )}
                  </div>
                );
              })}
            </div>
          </div>
        </>
      )}
      <EditParagraphDialog
        key={editing ?? 'closed'}
        id={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setNotice({ text: t.saved });
          bump();
        }}
        onMerged={() => {
          setNotice({ text: t.merged });
          bump();
        }}
        onTrashed={(id) => {
          setEditing(null);
          bump();
          setNotice({
            text: t.trashed,
            undo: () => {
              void bridge['paragraphs:restore']({ id }).then(() => {
                setNotice(null);
                bump();
              });
            },
          });
        }}
      />
    </div>
  );
}
