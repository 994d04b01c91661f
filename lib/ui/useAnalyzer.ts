import { useEffect, useState } from 'react';
import type { Analysis, AnalyzeContext } from '../analysis/types';

type Analyze = (text: string, ctx?: AnalyzeContext) => Analysis;
type ReadCase = typeof import('../analysis').readCase;

let loaded: Analyze | undefined;
let loadedReadCase: ReadCase | undefined;

/**
 * The engine's first calls build its lexicons' tables (80–100 ms for three texts on a busy
 * machine, against 10–20 ms for the 60 items after them): done while the panel is idle, they
 * are not in the way of the first page's rows.
 */
function warmUp(analyze: Analyze): void {
  const run = () => {
    for (const [text, platform] of WARM_UP) analyze(text, { platform, rating: 1 });
  };
  const idle = globalThis.requestIdleCallback;
  if (idle) idle(run, { timeout: 3000 });
  else setTimeout(run, 200);
}
const WARM_UP = [
  ['收到就是坏的，联系客服也不理人，要求退款！', 'taobao'],
  ['收到就是壞的，聯繫客服也不理人，要求退款！', 'taobao'],
  ['The lid cracked and the seller never answered my messages.', 'amazon'],
] as const;

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
      warmUp(m.analyze);
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
