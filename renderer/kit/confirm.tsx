import * as Dialog from '@radix-ui/react-dialog';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { DialogCloseButton } from './DialogCloseButton';
import { strings } from './strings';

export interface ConfirmRequest {
  message: string;
  /** What the confirming button says (删除, 恢复 …); 确定 when absent. */
  confirmLabel?: string;
}

type Confirm = (request: ConfirmRequest) => Promise<boolean>;

const ConfirmContext = createContext<Confirm>(() => Promise.resolve(false));

/** Asks before a destructive action, in the app's own dialog rather than the browser's `confirm`. */
export function useConfirm(): Confirm {
  return useContext(ConfirmContext);
}

/** Runs `action` once the user confirms; nothing when they cancel. */
export function useConfirmed(): (request: ConfirmRequest, action: () => unknown) => void {
  const confirm = useConfirm();
  return (request, action) => {
    void confirm(request).then((yes) => yes && action());
  };
}

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const answer = useRef<(yes: boolean) => void>(() => undefined);
  const confirm = useCallback<Confirm>(
    (next) =>
      new Promise<boolean>((resolve) => {
        answer.current(false);
        answer.current = resolve;
        setRequest(next);
      }),
    [],
  );
  const close = (yes: boolean) => {
    answer.current(yes);
    answer.current = () => undefined;
    setRequest(null);
  };
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <Dialog.Root open={request !== null} onOpenChange={(open) => !open && close(false)}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay confirm-overlay" />
          <Dialog.Content className="dialog confirm-dialog" role="alertdialog">
            <Dialog.Title>{strings.confirmTitle}</Dialog.Title>
            <Dialog.Description className="dialog-intro">{request?.message}</Dialog.Description>
            <div className="dialog-actions">
              <button type="button" onClick={() => close(false)}>
                {strings.cancel}
              </button>
              <button type="button" className="primary" autoFocus onClick={() => close(true)}>
                {request?.confirmLabel ?? strings.ok}
              </button>
            </div>
            <DialogCloseButton />
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </ConfirmContext.Provider>
  );
}
