import { useCallback, useEffect, useRef, useState } from 'react';
import { copiesByText } from '../../shared/checks/copies';
import type { BlockCopy, SampleIssuer } from '../../shared/checks/types';
import type { ReportDocument } from '../../shared/model/document';
import type { ReportFormat } from '../../shared/model/reportFormat';
import { documentFromLexical } from '../../shared/model/documentFromLexical';
import { useBridge } from '../kit/BridgeContext';

type Basis = NonNullable<ReportFormat['basis']>;
const basisKey = (basis: Basis | undefined) => (!basis ? null : 'draftId' in basis ? `draft:${basis.draftId}` : `source:${basis.sourceId}`);

/** The earlier report a 续写 draft continues (a draft or an imported report), read once per basis. */
export function useLastYear(): (basis: Basis | undefined) => ReportDocument | undefined {
  const bridge = useBridge();
  const [loaded, setLoaded] = useState<{ key: string; doc: ReportDocument } | null>(null);
  // Asked once per earlier report, even while the answer is on its way or when it is gone.
  const requested = useRef<string | null>(null);
  return useCallback(
    (basis) => {
      const key = basisKey(basis);
      if (!basis || key === null) return undefined;
      if (loaded?.key === key) return loaded.doc;
      if (requested.current !== key) {
        requested.current = key;
        if ('draftId' in basis) {
          void bridge['drafts:open']({ id: basis.draftId }).then((r) => r.ok && setLoaded({ key, doc: documentFromLexical(r.value.content) }));
        } else {
          void bridge['sources:getDocument']({ id: basis.sourceId }).then((r) => r.ok && setLoaded({ key, doc: r.value }));
        }
      }
      return undefined;
    },
    [bridge, loaded],
  );
}

/** How long 查重 waits after the last change before asking the library. */
const COPY_DELAY_MS = 400;

/**
 * 查重 and the names of the library's samples for the checks: the matches of each paragraph are
 * asked of the library once per text (after an edit only the changed paragraph is asked), and asked
 * again when the library changes (`version`). `request` takes the document's texts; `copies` answers.
 */
export function useSampleChecks(version: number): {
  copies: ReadonlyMap<string, readonly BlockCopy[]>;
  issuers: readonly SampleIssuer[];
  request: (texts: readonly string[]) => void;
} {
  const bridge = useBridge();
  const [copies, setCopies] = useState<ReadonlyMap<string, readonly BlockCopy[]>>(new Map());
  const [issuers, setIssuers] = useState<readonly SampleIssuer[]>([]);
  const known = useRef(new Map<string, readonly BlockCopy[]>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    known.current = new Map();
    void bridge['checks:listIssuers']({}).then((r) => live && r.ok && setIssuers(r.value));
    return () => {
      live = false;
    };
  }, [bridge, version]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const request = useCallback(
    (texts: readonly string[]) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const asked = [...new Set(texts.filter((t) => !known.current.has(t)))];
        const publish = () => {
          const next = new Map(texts.flatMap((t) => (known.current.get(t)?.length ? [[t, known.current.get(t) ?? []] as const] : [])));
          setCopies((old) => (JSON.stringify([...old]) === JSON.stringify([...next]) ? old : next));
        };
        if (asked.length === 0) return publish();
        const cache = known.current;
        void bridge['checks:findCopies']({ paragraphs: asked }).then((r) => {
          if (!r.ok || cache !== known.current) return;
          for (const [text, found] of copiesByText(asked, r.value)) cache.set(text, found);
          publish();
        });
      }, COPY_DELAY_MS);
    },
    [bridge],
  );
  return { copies, issuers, request };
}
