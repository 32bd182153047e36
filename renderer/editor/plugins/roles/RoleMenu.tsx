import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { PenLine } from 'lucide-react';
import { ToolbarMenuContent, ToolbarMenuTrigger } from '../../../kit/ToolbarMenuTrigger';
import { editorStrings } from '../../strings';
import { useState } from 'react';
import { setReportFormat } from '../../format';
import { useReportFormat } from '../frame/useReportFormat';
import { FrameDialog } from '../frame/FrameDialog';
import { ROLES, SET_BLOCK_ROLE_COMMAND } from './roles';

const t = editorStrings.roles;

/** 段落角色 in the toolbar: makes the caret's paragraph body text, 主送机关, 结语, 附件说明, 落款 or 成文日期. */
export function RoleMenu() {
  const [editor] = useLexicalComposerContext();
  const seal = useReportFormat().seal === true;
  const [frameOpen, setFrameOpen] = useState(false);
  return (
    <DropdownMenu.Root>
      <ToolbarMenuTrigger label={t.menu} title={t.menuTitle} Icon={PenLine} />
      <ToolbarMenuContent refocus={() => editor.focus()}>
          {(['body', ...ROLES] as const).map((role) => (
            <DropdownMenu.Item key={role} className="menu-item" onSelect={() => editor.dispatchCommand(SET_BLOCK_ROLE_COMMAND, role)}>
              <span>{t.names[role]}</span>
              <span className="menu-hint">{t.hints[role]}</span>
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.CheckboxItem className="menu-item" checked={seal} onCheckedChange={(checked) => setReportFormat(editor, { seal: checked })}>
            <span>{seal ? `✓ ${t.seal}` : t.seal}</span>
            <span className="menu-hint">{t.sealHint}</span>
          </DropdownMenu.CheckboxItem>
          <DropdownMenu.Item className="menu-item" onSelect={() => setFrameOpen(true)}>
            <span>{editorStrings.frame.menu}</span>
            <span className="menu-hint">{editorStrings.frame.menuHint}</span>
          </DropdownMenu.Item>
      </ToolbarMenuContent>
      <FrameDialog open={frameOpen} onOpenChange={setFrameOpen} />
    </DropdownMenu.Root>
  );
}
