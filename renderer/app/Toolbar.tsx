import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import * as ToolbarPrimitive from '@radix-ui/react-toolbar';
import { FilePlus2, Files, FileUp, Heading1, ListOrdered, WrapText, Heading2, Heading3, Heading4, Pilcrow, Redo2, Undo2 } from 'lucide-react';
import { REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { HEADING_LEVELS } from '../../shared/model/headingLevel';
import { SET_BLOCK_LEVEL_COMMAND } from '../editor/plugins/block-level/commands';
import { RENUMBER_ITEMS_COMMAND } from '../editor/plugins/items/ItemsPlugin';
import { TOGGLE_RUN_IN_COMMAND } from '../editor/plugins/run-in/RunInPlugin';
import { importStrings } from '../import/strings';
import { OpenFileButton } from '../drafts/OpenFileButton';
import { ExportMenu } from '../export/ExportMenu';
import type { Notify } from './notices';
import { strings } from './strings';

const headingIcons = { 1: Heading1, 2: Heading2, 3: Heading3, 4: Heading4 } as const;
const levels = HEADING_LEVELS;

interface Props {
  onImport: () => void;
  onNewReport: () => void;
  onDrafts: () => void;
  onOpenReport: (build: () => void) => void;
  onNotice: Notify;
}

export function Toolbar({ onImport, onNewReport, onDrafts, onOpenReport, onNotice }: Props) {
  const [editor] = useLexicalComposerContext();
  return (
    <ToolbarPrimitive.Root className="toolbar" aria-label={strings.toolbar}>
      <span className="brand">{strings.appName}</span>
      <ToolbarPrimitive.Separator className="toolbar-separator" />
      <ToolbarPrimitive.Button className="tool" title={`${strings.newReport}${strings.shortcut('Ctrl+N')}`} onClick={onNewReport}>
        <FilePlus2 aria-hidden size={16} />
        <span>{strings.newReport}</span>
      </ToolbarPrimitive.Button>
      <ToolbarPrimitive.Button className="tool" title={strings.draftsTitle} onClick={onDrafts}>
        <Files aria-hidden size={16} />
        <span>{strings.drafts}</span>
      </ToolbarPrimitive.Button>
      <OpenFileButton onOpenReport={onOpenReport} onNotice={onNotice} />
      <ExportMenu onNotice={onNotice} />
      <ToolbarPrimitive.Button className="tool" title={importStrings.openTitle} onClick={onImport}>
        <FileUp aria-hidden size={16} />
        <span>{importStrings.open}</span>
      </ToolbarPrimitive.Button>
      <ToolbarPrimitive.Separator className="toolbar-separator" />
      <ToolbarPrimitive.Button
        className="tool"
        title={`${strings.undo}${strings.shortcut('Ctrl+Z')}`}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        <Undo2 aria-hidden size={16} />
        <span>{strings.undo}</span>
      </ToolbarPrimitive.Button>
      <ToolbarPrimitive.Button
        className="tool"
        title={`${strings.redo}${strings.shortcut('Ctrl+Y')}`}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        <Redo2 aria-hidden size={16} />
        <span>{strings.redo}</span>
      </ToolbarPrimitive.Button>
      <ToolbarPrimitive.Separator className="toolbar-separator" />
      <ToolbarPrimitive.Button
        className="tool"
        title={`${strings.body}${strings.shortcut('Ctrl+Alt+0')}`}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.dispatchCommand(SET_BLOCK_LEVEL_COMMAND, 0)}
      >
        <Pilcrow aria-hidden size={16} />
        <span>{strings.body}</span>
      </ToolbarPrimitive.Button>
      {levels.map((level) => {
        const Icon = headingIcons[level];
        return (
          <ToolbarPrimitive.Button
            key={level}
            className="tool"
            title={`${strings.headingLevel(level)}${strings.shortcut(`Ctrl+Alt+${level}`)}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => editor.dispatchCommand(SET_BLOCK_LEVEL_COMMAND, level)}
          >
            <Icon aria-hidden size={16} />
            <span>{strings.headingLevel(level)}</span>
          </ToolbarPrimitive.Button>
        );
      })}
      <ToolbarPrimitive.Button
        className="tool"
        title={strings.runInHint}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.dispatchCommand(TOGGLE_RUN_IN_COMMAND, undefined)}
      >
        <WrapText aria-hidden size={16} />
        <span>{strings.runIn}</span>
      </ToolbarPrimitive.Button>
      <ToolbarPrimitive.Separator className="toolbar-separator" />
      <ToolbarPrimitive.Button
        className="tool"
        title={strings.renumberItemsHint}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.dispatchCommand(RENUMBER_ITEMS_COMMAND, undefined)}
      >
        <ListOrdered aria-hidden size={16} />
        <span>{strings.renumberItems}</span>
      </ToolbarPrimitive.Button>
    </ToolbarPrimitive.Root>
  );
}
