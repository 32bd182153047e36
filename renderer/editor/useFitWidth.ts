import { useEffect, useRef, useState } from 'react';

/** The A4 page's width on screen at 100 % (210 mm at 96 dpi) and the margin kept around it. */
const PAGE_PX = (210 / 25.4) * 96;
const GUTTER_PX = 48;

/**
 * In a window too narrow for the whole A4 page (1024 pixels with the sidebar open) the page is
 * scaled down to fit, as Word's "page width" view does; lines break where they break on paper,
 * since everything on the page scales together. Wide windows keep 100 %.
 */
export function useFitWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScale(Math.min(1, Math.max(0.5, (element.clientWidth - GUTTER_PX) / PAGE_PX)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, scale] as const;
}
