import * as Dialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { strings } from './strings';

/** The one close × every dialog has, at its top right (last in the tab order). */
export function DialogCloseButton() {
  return (
    <Dialog.Close className="icon-button dialog-close" aria-label={strings.close}>
      <X aria-hidden size={16} />
    </Dialog.Close>
  );
}
