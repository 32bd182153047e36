import type { ReactNode } from 'react';
import type { LoadState } from '../kit/useLibraryList';
import { strings } from '../kit/strings';

interface Props<T> {
  state: LoadState<T>;
  empty: string;
  isEmpty: (value: T) => boolean;
  children: (value: T) => ReactNode;
}

/** Loading, error and empty states shared by the sidebar panels. */
export function PanelState<T>({ state, empty, isEmpty, children }: Props<T>) {
  if (state.status === 'loading') return <p className="panel-note">{strings.loading}</p>;
  if (state.status === 'error') {
    return (
      <p className="panel-note panel-error" role="alert">
        {strings.libraryFailed}
        {state.message}
      </p>
    );
  }
  if (isEmpty(state.value)) return <p className="panel-note">{empty}</p>;
  return <>{children(state.value)}</>;
}
