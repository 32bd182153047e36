import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import * as ToolbarPrimitive from '@radix-ui/react-toolbar';
import { ChevronDown, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

/** A toolbar button that opens a menu (导出, 段落角色): icon, label and the menu's chevron. */
export function ToolbarMenuTrigger({ label, title, Icon }: { label: string; title: string; Icon: LucideIcon }) {
  return (
    <ToolbarPrimitive.Button asChild>
      <DropdownMenu.Trigger className="tool" title={title}>
        <Icon aria-hidden size={16} />
        <span>{label}</span>
        <ChevronDown aria-hidden size={12} />
      </DropdownMenu.Trigger>
    </ToolbarPrimitive.Button>
  );
}

/** The menu a toolbar button opens; closed, it gives the keyboard back to the page (`refocus`), never to the button. */
export function ToolbarMenuContent({ refocus, children }: { refocus: () => void; children: ReactNode }) {
  return (
    <DropdownMenu.Portal>
      <DropdownMenu.Content
        className="menu"
        align="start"
        sideOffset={4}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          refocus();
        }}
      >
        {children}
      </DropdownMenu.Content>
    </DropdownMenu.Portal>
  );
}
