import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { strings } from '../kit/strings';
import { CaretSyncPlugin } from './plugins/caret-sync/CaretSyncPlugin';
import { BlockLevelPlugin } from './plugins/block-level/BlockLevelPlugin';
import { FieldPlugin } from './plugins/fields/FieldPlugin';
import { FindReplacePlugin } from './plugins/find/FindReplacePlugin';
import { ItemsPlugin } from './plugins/items/ItemsPlugin';
import { PastePlugin } from './plugins/paste/PastePlugin';
import { EscapePlugin } from './plugins/escape/EscapePlugin';
import { ContextMenuPlugin } from './plugins/context-menu/ContextMenuPlugin';
import { RolePlugin } from './plugins/roles/RolePlugin';
import { RunInPlugin } from './plugins/run-in/RunInPlugin';
import { TypingUndoPlugin } from './plugins/typing-undo/TypingUndoPlugin';
import { InsertPlugin } from './plugins/insert/InsertPlugin';
import { NumberingPlugin } from './plugins/numbering/NumberingPlugin';
import { CarriedPlugin } from './plugins/carried/CarriedPlugin';
import { YearChangePlugin } from './plugins/year-changes/YearChangePlugin';
import { PagesPlugin, type PageStatus } from './plugins/pages/PagesPlugin';
import { ReportColophon } from './plugins/frame/ReportColophon';
import { ReportHeader } from './plugins/frame/ReportHeader';
import { PlacementPlugin } from './plugins/placement/PlacementPlugin';
import { TitleLinesPlugin } from './plugins/title-lines/TitleLinesPlugin';
import { useFitWidth } from './useFitWidth';
import '../kit/latinFont.css';
import './editor.css';

/** The A4 page with the editable report body and the editor's own plugins; the find bar sits above the page, never over it. */
interface Props {
  zoom: number;
  /** Page boundaries as the Word file has them (分页视图); off, the page is one long sheet. */
  pageView: boolean;
  onPageStatus: (status: PageStatus) => void;
}

export function ReportEditor({ zoom, pageView, onPageStatus }: Props) {
  const [pageScroll, fitScale] = useFitWidth();
  return (
    <>
    <FindReplacePlugin />
    <div className="page-scroll" ref={pageScroll}>
    <div className="page" style={{ zoom: zoom * fitScale }}>
      <ReportHeader />
      <RichTextPlugin
        contentEditable={
          <ContentEditable
            className="report-body"
            role="textbox"
            aria-multiline
            aria-label={strings.editor}
            spellCheck={false}
            aria-placeholder={strings.editorPlaceholder}
            placeholder={<div className="report-placeholder">{strings.editorPlaceholder}</div>}
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <ReportColophon />
      <TypingUndoPlugin />
      <CaretSyncPlugin />
      <InsertPlugin />
      <NumberingPlugin />
      <BlockLevelPlugin />
      <FieldPlugin />
      <ItemsPlugin />
      <PastePlugin />
      <RunInPlugin />
      <RolePlugin />
      <ContextMenuPlugin />
      <EscapePlugin />
      {pageView && <PagesPlugin onStatus={onPageStatus} />}
      <TitleLinesPlugin />
      <PlacementPlugin />
      <CarriedPlugin />
      <YearChangePlugin />
    </div>
    </div>
    </>
  );
}
