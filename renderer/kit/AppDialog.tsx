import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useFocusEditor } from './editorFocus';
import { DialogCloseButton } from './DialogCloseButton';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** Read out with the title; dialogs without one say so to Radix rather than leave it unset. */
  description?: ReactNode;
  /** Added to `dialog`, for the dialog's own layout. */
  className?: string;
  children: ReactNode;
}

/** The frame every dialog of the app shares: overlay, panel, title and an optional introduction; closing it returns to the editor. */
export function AppDialog({ open, onOpenChange, title, description, className, children }: Props) {
  const focusEditor = useFocusEditor();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className={className ? `dialog ${className}` : 'dialog'}
          {...(description === undefined ? { 'aria-describedby': undefined } : {})}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            focusEditor();
          }}
        >
          <Dialog.Title>{title}</Dialog.Title>
          {description !== undefined && <Dialog.Description className="dialog-intro">{description}</Dialog.Description>}
          {children}
          {/* Last in the tab order, so the dialog's first field has the focus when it opens. */}
          <DialogCloseButton />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
