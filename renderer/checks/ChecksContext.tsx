import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { checkContextFor, createChecker, rulesByKind, type Finding, type WordingRule } from '../../shared/checks';
import type { ReportDocument } from '../../shared/model/document';
import { useLastYear, useSampleChecks } from './useLibraryChecks';
import { copyQuestion } from '../../shared/checks/copies';
import { planCoverage, type PlanCoverage } from '../../shared/model/plans';
import { useBridge } from '../kit/BridgeContext';
import { useLibraryVersion } from '../kit/LibraryRefresh';
import { documentOf } from '../editor/documentOf';

interface ChecksState {
  /** Findings not ignored in this draft, in document order. */
  findings: Finding[];
  ignoredCount: number;
  ignore: (finding: Finding) => void;
  restoreIgnored: () => void;
  /** Checks the draft as it is now, for export: never waits for idle time. */
  checkNow: () => Finding[];
  /** For a 续写 draft: last year's plans and where this year's report speaks of each. */
  plans: PlanCoverage[] | null;
}

/** Exported for tests that render the tab with findings of their own. */
export const ChecksContext = createContext<ChecksState | null>(null);

export function useChecks(): ChecksState {
  const state = useContext(ChecksContext);
  if (!state) throw new Error('ChecksContext is missing: wrap the editor in <ChecksProvider>.');
  return state;
}

/** How long checks may wait for the browser to be idle after the last keystroke. */
const IDLE_TIMEOUT_MS = 20;

/**
 * Runs the document checks in idle time after each edit, so typing never waits for them; only the
 * blocks that changed are checked again (see createChecker). Ignored findings are kept per draft.
 */
export function ChecksProvider({ draftId, children }: { draftId: number | null; children: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const bridge = useBridge();
  const { version } = useLibraryVersion();
  const checker = useMemo(() => createChecker(), []);
  const [rules, setRules] = useState<{ wordings: WordingRule[]; sensitive: WordingRule[] }>({ wordings: [], sensitive: [] });
  const [all, setAll] = useState<Finding[]>([]);
  const [plans, setPlans] = useState<PlanCoverage[] | null>(null);
  // Ignored findings belong to one draft: those of another draft count as none.
  const [ignoredOf, setIgnoredOf] = useState<{ draftId: number | null; keys: ReadonlySet<string> }>({ draftId: null, keys: new Set() });
  const ignored = useMemo(() => (ignoredOf.draftId === draftId ? ignoredOf.keys : new Set<string>()), [ignoredOf, draftId]);

  useEffect(() => {
    let live = true;
    void bridge['checks:listRules']({}).then((result) => {
      if (!live || !result.ok) return;
      setRules(rulesByKind(result.value));
    });
    return () => {
      live = false;
    };
  }, [bridge, version]);

  useEffect(() => {
    let live = true;
    if (draftId !== null) void bridge['checks:listIgnored']({ draftId }).then((r) => live && r.ok && setIgnoredOf({ draftId, keys: new Set(r.value) }));
    return () => {
      live = false;
    };
  }, [bridge, draftId]);

  const lastYearOf = useLastYear();
  const samples = useSampleChecks(version);
  const { request: requestCopies } = samples;
  const checkNow = useCallback((): Finding[] => {
    const doc: ReportDocument = documentOf(editor);
    const previous = lastYearOf(doc.format?.basis);
    const coverage = previous ? planCoverage(previous, doc) : null;
    setPlans((old) => (JSON.stringify(old) === JSON.stringify(coverage) ? old : coverage));
    requestCopies(copyQuestion(doc));
    return checker(doc, { ...checkContextFor(doc, rules), ...(previous ? { lastYear: previous } : {}), copies: samples.copies, issuers: samples.issuers });
  }, [checker, editor, rules, lastYearOf, requestCopies, samples.copies, samples.issuers]);

  useEffect(() => {
    let handle: number | undefined;
    const schedule = () => {
      if (handle !== undefined) cancelIdle(handle);
      handle = requestIdle(() => {
        handle = undefined;
        const next = checkNow();
        // Most keystrokes change no finding: keep the list (and the underlines) as they are then.
        setAll((previous) => (sameFindings(previous, next) ? previous : next));
      });
    };
    schedule();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    return () => {
      if (handle !== undefined) cancelIdle(handle);
      unregister();
    };
  }, [editor, checkNow]);

  const persist = useCallback(
    (next: ReadonlySet<string>) => {
      setIgnoredOf({ draftId, keys: next });
      if (draftId !== null) void bridge['checks:setIgnored']({ draftId, keys: [...next] });
    },
    [bridge, draftId],
  );

  const value = useMemo<ChecksState>(() => {
    const findings = all.filter((f) => !ignored.has(f.key));
    return {
      findings,
      ignoredCount: all.length - findings.length,
      ignore: (finding) => persist(new Set([...ignored, finding.key])),
      restoreIgnored: () => persist(new Set()),
      checkNow: () => checkNow().filter((f) => !ignored.has(f.key)),
      plans,
    };
  }, [all, ignored, persist, checkNow, plans]);

  return <ChecksContext.Provider value={value}>{children}</ChecksContext.Provider>;
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => {
    const g = b[i];
    return g !== undefined && f.key === g.key && f.block === g.block && f.offset === g.offset && f.length === g.length && f.message === g.message;
  });
}

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number; cancelIdleCallback?: (h: number) => void };

function requestIdle(run: () => void): number {
  const w = window as IdleWindow;
  return w.requestIdleCallback ? w.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS }) : window.setTimeout(run, 0);
}

function cancelIdle(handle: number): void {
  const w = window as IdleWindow;
  if (w.cancelIdleCallback) w.cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}
