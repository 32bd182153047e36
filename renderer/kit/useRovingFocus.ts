import { useEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);

/**
 * A list of buttons that is one tab stop, with the arrow keys (and Home/End) inside it, as a
 * toolbar or a listbox is: Tab reaches the list once and the next Tab leaves it. Spread the returned
 * props on the list's container; every button inside takes part.
 */
export function useRovingFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const current = useRef(0);
  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>('button:not([disabled])') ?? [])];

  useEffect(() => {
    const all = items();
    if (current.current >= all.length) current.current = 0;
    all.forEach((item, i) => {
      item.tabIndex = i === current.current ? 0 : -1;
    });
  });

  const move = (to: number) => {
    const all = items();
    const item = all[(to + all.length) % all.length];
    if (!item) return;
    all.forEach((other) => {
      other.tabIndex = -1;
    });
    item.tabIndex = 0;
    item.focus();
  };

  return {
    ref,
    onFocus: (event: FocusEvent<T>) => {
      const at = items().indexOf(event.target as HTMLElement);
      if (at >= 0) current.current = at;
    },
    onKeyDown: (event: KeyboardEvent<T>) => {
      const at = items().indexOf(event.target as HTMLElement);
      if (at < 0) return;
      let to: number | null = null;
      if (NEXT.has(event.key)) to = at + 1;
      else if (PREVIOUS.has(event.key)) to = at - 1;
      else if (event.key === 'Home') to = 0;
      else if (event.key === 'End') to = items().length - 1;
      if (to === null) return;
      event.preventDefault();
      current.current = (to + items().length) % items().length;
      move(to);
    },
  };
}
