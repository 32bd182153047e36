import { useFocusEditor } from '../kit/editorFocus';
import { useShortcut } from '../kit/shortcuts';

const REGIONS = ['toolbar', 'sidebar', 'editor'] as const;
type Region = (typeof REGIONS)[number];

function regionOf(element: Element | null): Region | null {
  if (element?.closest('.toolbar')) return 'toolbar';
  if (element?.closest('.sidebar')) return 'sidebar';
  if (element?.closest('.report-body')) return 'editor';
  return null;
}

/** The first control of a region; the sidebar's is its selected tab. */
function entryOf(region: Exclude<Region, 'editor'>): HTMLElement | null {
  const root = document.querySelector<HTMLElement>(`.${region}`);
  if (!root || root.offsetParent === null) return null;
  const selected = region === 'sidebar' ? root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') : null;
  return selected ?? root.querySelector<HTMLElement>('button:not([disabled]), input, [tabindex="0"]');
}

/**
 * F6 and Shift+F6 walk the window's regions as in Office and WPS: toolbar → sidebar → page. A
 * hidden sidebar is skipped; from anywhere else (a dialog has closed, the focus is on the page's
 * background) F6 goes to the page.
 */
export function FocusRegions(): null {
  const focusEditor = useFocusEditor();
  const cycle = (step: 1 | -1) => {
    const here = regionOf(document.activeElement);
    const start = here === null ? REGIONS.indexOf('editor') - step : REGIONS.indexOf(here);
    for (let i = 1; i <= REGIONS.length; i++) {
      const region = REGIONS[(start + step * i + REGIONS.length * 2) % REGIONS.length] ?? 'editor';
      if (region === 'editor') {
        focusEditor(document.activeElement);
        return;
      }
      const entry = entryOf(region);
      if (entry) {
        entry.focus();
        return;
      }
    }
  };
  // After the editor has committed what the same key made it do: a Lexical commit that touches the
  // selection takes the focus back into the page.
  useShortcut('cycleFocus', () => setTimeout(() => cycle(1), 0));
  useShortcut('cycleFocusBack', () => setTimeout(() => cycle(-1), 0));
  return null;
}
