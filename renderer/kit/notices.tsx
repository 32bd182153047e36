import { X } from 'lucide-react';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { strings } from './strings';

/** A notice can carry one action the user may take instead (恢复 what a paste removed, 撤销 …). */
export interface NoticeAction {
  label: string;
  run: () => void;
}

export type Notify = (message: string, action?: NoticeAction) => void;

interface Notice {
  seq: number;
  message: string;
  action?: NoticeAction;
}

// Long enough to read a sentence and reach for its action, short enough not to linger over the page.
const PLAIN_MS = 8000;
const WITH_ACTION_MS = 20000;

const NoticeContext = createContext<Notify>(() => undefined);

export function useNotify(): Notify {
  return useContext(NoticeContext);
}

/** One toast at a time at the bottom of the window: a newer notice replaces the older one. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback<Notify>(
    (message, action) => setNotice((old) => ({ seq: (old?.seq ?? 0) + 1, message, ...(action ? { action } : {}) })),
    [],
  );
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), notice.action ? WITH_ACTION_MS : PLAIN_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <NoticeContext.Provider value={notify}>
      {children}
      {notice && (
        <div className="notice" role="alert" key={notice.seq}>
          <span>{notice.message}</span>
          {notice.action && (
            <button
              type="button"
              className="notice-action"
              onClick={() => {
                notice.action?.run();
                setNotice(null);
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button type="button" className="icon-button" aria-label={strings.dismiss} onClick={() => setNotice(null)}>
            <X aria-hidden size={14} />
          </button>
        </div>
      )}
    </NoticeContext.Provider>
  );
}
