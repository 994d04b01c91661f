import { useEffect, useState } from 'react';
import type { Analysis, AnalyzeContext } from '../analysis/types';

type Analyze = (text: string, ctx?: AnalyzeContext) => Analysis;

let loaded: Analyze | undefined;

/** The analysis engine is loaded lazily so the panel paints before its lexicons parse. */
export function useAnalyzer(): Analyze | undefined {
  const [fn, setFn] = useState<Analyze | undefined>(() => loaded);
  useEffect(() => {
    if (loaded) return;
    let alive = true;
    void import('../analysis').then((m) => {
      loaded = m.analyze;
      if (alive) setFn(() => m.analyze);
    });
    return () => {
      alive = false;
    };
  }, []);
  return fn;
}
