import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import * as ToolbarPrimitive from '@radix-ui/react-toolbar';
import {
  FilePlus2,
  Files,
  FileUp,
  Heading,
  Heading1,
  Heading2,
  Heading3,
  Heading4,
  Keyboard,
  ListOrdered,
  PanelLeft,
  Pilcrow,
  Redo2,
  Undo2,
  WrapText,
  type LucideIcon,
} from 'lucide-react';
import { REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { HEADING_LEVELS } from '../../shared/model/headingLevel';
import { SET_BLOCK_LEVEL_COMMAND } from '../editor/plugins/block-level/commands';
import { RENUMBER_ITEMS_COMMAND } from '../editor/plugins/items/ItemsPlugin';
import { RoleMenu } from '../editor/plugins/roles/RoleMenu';
import { SET_BLOCK_ROLE_COMMAND } from '../editor/plugins/roles/roles';
import { editorStrings } from '../editor/strings';
import { TOGGLE_RUN_IN_COMMAND } from '../editor/plugins/run-in/RunInPlugin';
import { importStrings } from '../import/strings';
import { OpenFileButton } from '../drafts/OpenFileButton';
import { ExportMenu } from '../export/ExportMenu';
import type { Notify } from '../kit/notices';
import { shortcutTitle } from '../kit/shortcuts';
import { strings } from '../kit/strings';

const headingIcons = { 1: Heading1, 2: Heading2, 3: Heading3, 4: Heading4 } as const;

interface Props {
  onImport: () => void;
  onNewReport: () => void;
  onDrafts: () => void;
  onOpenReport: (build: () => void) => void;
  onNotice: Notify;
  onToggleSidebar: () => void;
  onShortcuts: () => void;
}

/**
 * An icon-only tool: its name is its accessible label and its tooltip (with the shortcut), so the
 * toolbar fits a 1024-pixel window without breaking a label. `keepFocus` tools act on the caret's
 * paragraph and must not take the focus from the page.
 */
function IconTool({ label, title, Icon, onClick, keepFocus = false }: { label: string; title?: string; Icon: LucideIcon; onClick: () => void; keepFocus?: boolean }) {
  return (
    <ToolbarPrimitive.Button
      className="tool icon-tool"
      aria-label={label}
      title={title ?? label}
      {...(keepFocus ? { onMouseDown: (event: React.MouseEvent) => event.preventDefault() } : {})}
      onClick={onClick}
    >
      <Icon aria-hidden size={16} />
    </ToolbarPrimitive.Button>
  );
}

export function Toolbar({ onImport, onNewReport, onDrafts, onOpenReport, onNotice, onToggleSidebar, onShortcuts }: Props) {
  const [editor] = useLexicalComposerContext();
  return (
    <ToolbarPrimitive.Root className="toolbar" aria-label={strings.toolbar}>
      <IconTool label={strings.toggleSidebar} title={shortcutTitle(strings.toggleSidebar, 'toggleSidebar')} Icon={PanelLeft} onClick={onToggleSidebar} />
      <span className="brand">{strings.appName}</span>
      <ToolbarPrimitive.Separator className="toolbar-separator" />
      <ToolbarPrimitive.Button className="tool" title={shortcutTitle(strings.newReport, 'newReport')} onClick={onNewReport}>
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
      <IconTool label={strings.undo} title={`${strings.undo}${strings.shortcut('Ctrl+Z')}`} Icon={Undo2} keepFocus onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)} />
      <IconTool label={strings.redo} title={`${strings.redo}${strings.shortcut('Ctrl+Y')}`} Icon={Redo2} keepFocus onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)} />
      <ToolbarPrimitive.Separator className="toolbar-separator" />
      <IconTool
        label={editorStrings.roles.names.title}
        title={`${editorStrings.roles.names.title}（${editorStrings.roles.hints.title}）`}
        Icon={Heading}
        keepFocus
        onClick={() => editor.dispatchCommand(SET_BLOCK_ROLE_COMMAND, 'title')}
      />
      <IconTool label={strings.body} title={`${strings.body}${strings.shortcut('Ctrl+Alt+0')}`} Icon={Pilcrow} keepFocus onClick={() => editor.dispatchCommand(SET_BLOCK_LEVEL_COMMAND, 0)} />
      {HEADING_LEVELS.map((level) => (
        <IconTool
          key={level}
          label={strings.headingLevel(level)}
          title={`${strings.headingLevel(level)}${strings.shortcut(`Ctrl+Alt+${level}`)}`}
          Icon={headingIcons[level]}
          keepFocus
          onClick={() => editor.dispatchCommand(SET_BLOCK_LEVEL_COMMAND, level)}
        />
      ))}
      <IconTool label={strings.runIn} title={strings.runInHint} Icon={WrapText} keepFocus onClick={() => editor.dispatchCommand(TOGGLE_RUN_IN_COMMAND, undefined)} />
      <RoleMenu />
      <IconTool label={strings.renumberItems} title={strings.renumberItemsHint} Icon={ListOrdered} keepFocus onClick={() => editor.dispatchCommand(RENUMBER_ITEMS_COMMAND, undefined)} />
      <span className="toolbar-spacer" />
      <IconTool label={strings.shortcutsHelp} title={shortcutTitle(strings.shortcutsHelp, 'help')} Icon={Keyboard} onClick={onShortcuts} />
    </ToolbarPrimitive.Root>
  );
}
