import '@/lib/i18n/dashboard';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useDbProblem } from '@/lib/db';
import { forEachShown, indexedCounts, type CaseFilter } from '@/lib/db/query';
import { KpiAccumulator, type Kpis } from '@/lib/db/stats';
import { KpiPanel, type QuickKpis } from './KpiPanel';
import { mark } from './timing';

// uPlot and the weekly chart are only needed once the full pass is done.
const WeeklyChart = lazy(() => import('./WeeklyChart').then((m) => ({ default: m.WeeklyChart })));

/** Stops a pass whose filter is no longer shown. */
class Cancelled extends Error {}

/**
 * Cases per read of the full pass. Each read's records are deserialised in one
 * task on the page's main thread (which the side panel shares): a few hundred
 * keep that task short on a loaded machine, where a thousand took 50–100 ms.
 */
export const KPI_CHUNK = 200;

/** How long the full pass waits after the filter's first page is on screen. */
export const PASS_DELAY_MS = 250;

/**
 * Streams the filtered cases once, in small reads, to count what the team lead
 * needs; nothing is kept but counters. Starts only when `start` (after the
 * first table page is on screen), so the first paint never waits for it. A
 * change of the data (`version`) keeps the old numbers on screen until the new
 * pass is done; a new filter clears them.
 */
function useKpiPass(filter: CaseFilter, version: number, start: boolean) {
  const [state, setState] = useState<{ key: string; kpis?: Kpis; progress?: number }>();
  const key = JSON.stringify(filter);
  useEffect(() => {
    if (!start) return;
    let cancelled = false;
    const acc = new KpiAccumulator(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone);
    let shown = 0;
    setState((s) => (s?.key === key ? s : { key }));
    const run = () =>
      forEachShown(
        JSON.parse(key) as CaseFilter,
        (chunk, done, total) => {
          if (cancelled) throw new Cancelled();
          for (const c of chunk) acc.add(c);
          // A progress update every few percent, not every read: each one renders the panel.
          const p = total ? done / total : 1;
          if (p - shown >= 0.05) {
            shown = p;
            setState((s) => (s?.key === key ? { ...s, progress: p } : { key, progress: p }));
          }
        },
        KPI_CHUNK,
      )
        .then(() => {
          if (cancelled) return;
          setState({ key, kpis: acc.result() });
          mark('defuse:kpis-full');
        })
        .catch((e: unknown) => e instanceof Cancelled || useDbProblem.getState().report(e));
    // A short wait before the pass: a lead flipping through filters gets each table
    // at once, instead of queued behind the reads of a pass that is about to be cancelled.
    const timer = setTimeout(() => void run(), PASS_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key, version, start]);
  return state?.key === key ? state : undefined;
}

/** Index counts for the first paint (open cases, marketplaces); undefined when not exact. */
function useQuick(
  filter: CaseFilter,
  version: number,
  total: number | undefined,
  start: boolean,
): QuickKpis {
  const key = JSON.stringify(filter);
  const [counts, setCounts] = useState<{ key: string; open: number; bySite: Kpis['bySite'] }>();
  useEffect(() => {
    // After the first rows: these counts walk whole index ranges, and queued first
    // they held the table's page behind them.
    if (!start) return;
    let cancelled = false;
    indexedCounts(JSON.parse(key) as CaseFilter)
      .then((c) => !cancelled && setCounts(c && { key, ...c }))
      .catch((e: unknown) => useDbProblem.getState().report(e));
    return () => {
      cancelled = true;
    };
  }, [key, version, start]);
  const c = counts?.key === key ? counts : undefined;
  return { total, open: c?.open, bySite: c?.bySite };
}

/** The numbers and charts of the dashboard: index counts first, the full pass after. */
export function KpiSection({
  filter,
  version,
  total,
  start,
}: {
  filter: CaseFilter;
  version: number;
  /** The filtered count, already read for the table. */
  total?: number;
  start: boolean;
}) {
  const quick = useQuick(filter, version, total, start);
  const pass = useKpiPass(filter, version, start);
  return (
    <>
      <KpiPanel kpis={pass?.kpis} quick={quick} progress={pass?.progress} />
      {pass?.kpis && (
        <Suspense fallback={null}>
          <WeeklyChart weeks={pass.kpis.weeks} />
        </Suspense>
      )}
    </>
  );
}
