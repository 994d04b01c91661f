import '@/lib/i18n/dashboard';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, useDbProblem } from '@/lib/db';
import { countCases, forEachChunk, owners, type CaseFilter } from '@/lib/db/query';
import { KpiAccumulator, type Kpis } from '@/lib/db/stats';
import { useT } from '@/lib/i18n/react';
import { DbProblemBanner } from './DbProblemBanner';
import { Filters } from './dashboard/Filters';
import { KpiPanel } from './dashboard/KpiPanel';
import { WeeklyChart } from './dashboard/WeeklyChart';
import { CaseTable } from './dashboard/CaseTable';
import { CaseDetail } from './dashboard/CaseDetail';
import { DataTools } from './dashboard/DataTools';

/** Stops a pass whose filter is no longer shown. */
class Cancelled extends Error {}

const caseFromHash = () => /(?:^|[#&])case=([^&]+)/.exec(location.hash)?.[1];

/** Streams the filtered cases once to count what the team lead needs; nothing is kept but counters. */
function useKpis(filter: CaseFilter, version: number): Kpis | undefined {
  const [kpis, setKpis] = useState<Kpis>();
  const key = JSON.stringify(filter);
  useEffect(() => {
    let cancelled = false;
    setKpis(undefined);
    const acc = new KpiAccumulator(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone);
    // Chunks of getAll pages, not a cursor: a round trip per thousand cases, not per case.
    forEachChunk(JSON.parse(key) as CaseFilter, (chunk) => {
      if (cancelled) throw new Cancelled();
      for (const c of chunk) acc.add(c);
    })
      .then(() => !cancelled && setKpis(acc.result()))
      .catch((e: unknown) => e instanceof Cancelled || useDbProblem.getState().report(e));
    return () => {
      cancelled = true;
    };
  }, [key, version]);
  return kpis;
}

export function Dashboard() {
  const t = useT();
  const [filter, setFilter] = useState<CaseFilter>({});
  const [selected, setSelected] = useState<string | undefined>(caseFromHash);
  // Any write changes the newest updatedAt: one indexed read, then a debounced refresh.
  const latest = useLiveQuery(
    async () => (await db().cases.orderBy('updatedAt').last())?.updatedAt ?? 0,
    [],
    undefined,
  );
  const [version, setVersion] = useState(0);
  const first = useRef(true);
  useEffect(() => {
    if (latest === undefined) return;
    if (first.current) {
      first.current = false;
      return;
    }
    const id = setTimeout(() => setVersion((v) => v + 1), 1500);
    return () => clearTimeout(id);
  }, [latest]);
  const key = JSON.stringify(filter);
  const total = useLiveQuery(
    () => countCases(JSON.parse(key) as CaseFilter),
    [key, version],
    undefined,
  );
  const agentList = useLiveQuery(() => owners(), [version], []);
  const kpis = useKpis(filter, version);
  useEffect(() => {
    const onHash = () => setSelected(caseFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const anyFilter = useMemo(
    () => Object.values(filter).some((v) => v !== undefined && v !== ''),
    [filter],
  );

  return (
    <main className="dashboard">
      <header className="panel-head">
        <h1>{t('dashboard.title')}</h1>
        <DataTools filter={filter} count={total ?? 0} />
      </header>
      <DbProblemBanner />
      <Filters filter={filter} owners={agentList} onChange={setFilter} />
      <KpiPanel kpis={kpis} />
      {kpis && <WeeklyChart weeks={kpis.weeks} />}
      <p className="muted" data-testid="case-count" data-value={total ?? ''}>
        {total === undefined ? t('dashboard.counting') : t('dashboard.count', { count: total })}
      </p>
      <div className="dashboard-body">
        {total === 0 ? (
          <p className="empty" data-testid="empty-state">
            {anyFilter ? t('dashboard.empty.filtered') : t('dashboard.empty.none')}
          </p>
        ) : (
          total !== undefined && (
            <CaseTable
              filter={filter}
              total={total}
              version={version}
              selected={selected}
              onOpen={(id) => {
                setSelected(id);
                history.replaceState(null, '', `#case=${encodeURIComponent(id)}`);
              }}
            />
          )
        )}
        {selected && (
          <CaseDetail
            id={decodeURIComponent(selected)}
            onClose={() => {
              setSelected(undefined);
              history.replaceState(null, '', location.pathname);
            }}
          />
        )}
      </div>
    </main>
  );
}
