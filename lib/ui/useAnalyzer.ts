import { useEffect, useState } from 'react';
import type { Analysis, AnalyzeContext } from '../analysis/types';

type Analyze = (text: string, ctx?: AnalyzeContext) => Analysis;
type ReadCase = typeof import('../analysis').readCase;

let loaded: Analyze | undefined;
let loadedReadCase: ReadCase | undefined;

/** The analysis engine is loaded lazily so the panel paints before its lexicons parse. */
export function useAnalyzer(): Analyze | undefined {
  const [fn, setFn] = useState<Analyze | undefined>(() => loaded);
  useEffect(() => {
    if (loaded) return;
    let alive = true;
    void import('../analysis').then((m) => {
      loaded = m.analyze;
      loadedReadCase = m.readCase;
      if (alive) setFn(() => m.analyze);
    });
    return () => {
      alive = false;
    };
  }, []);
  return fn;
}

/** `readCase` from the same lazily loaded engine (undefined until it is there). */
export function useCaseReader(): ReadCase | undefined {
  const analyze = useAnalyzer();
  return analyze ? loadedReadCase : undefined;
}
