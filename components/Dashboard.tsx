import '@/lib/i18n/dashboard';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db';
import { countShown, owners, type CaseFilter } from '@/lib/db/query';
import { useT } from '@/lib/i18n/react';
import { DbProblemBanner } from './DbProblemBanner';
import { Filters } from './dashboard/Filters';
import { KpiSection } from './dashboard/KpiSection';
import { CaseTable } from './dashboard/CaseTable';
import { DataTools } from './dashboard/DataTools';
import { mark } from './dashboard/timing';

// The case detail pulls in the panel's case views (notes, timeline, post-mortem):
// loaded when a case is opened, not before the first paint.
const CaseDetail = lazy(() =>
  import('./dashboard/CaseDetail').then((m) => ({ default: m.CaseDetail })),
);

const caseFromHash = () => /(?:^|[#&])case=([^&]+)/.exec(location.hash)?.[1];

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
  useEffect(() => mark('defuse:shell'), []);
  const key = JSON.stringify(filter);
  // The count, the full KPI pass and the index counts wait for the filter's first table
  // page (the table shows it without a count), so the first paint, and the first rows
  // after a filter change, are not queued behind reads that walk whole index ranges.
  const [pageShownFor, setPageShownFor] = useState<string>();
  const pageShown = pageShownFor === key;
  // A count whose filter is gone stops at its next slice (see countShown).
  const current = useRef(key);
  current.current = key;
  const shown = useLiveQuery(
    () =>
      pageShown
        ? countShown(JSON.parse(key) as CaseFilter, { abandoned: () => current.current !== key })
        : undefined,
    [key, version, pageShown],
    undefined,
  );
  const total = shown?.count;
  const agentList = useLiveQuery(() => owners(), [version], []);
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
      <KpiSection
        filter={filter}
        version={version}
        total={total}
        start={pageShown || total === 0}
      />
      <p
        className="muted"
        data-testid="case-count"
        data-value={total ?? ''}
        data-partial={shown?.partial ? 'true' : undefined}
      >
        {total === undefined
          ? t('dashboard.counting')
          : shown?.partial
            ? t('dashboard.count.partial', { count: total })
            : t('dashboard.count', { count: total })}
      </p>
      <div className="dashboard-body">
        {total === 0 ? (
          <p className="empty" data-testid="empty-state">
            {anyFilter ? t('dashboard.empty.filtered') : t('dashboard.empty.none')}
          </p>
        ) : (
          <CaseTable
            filter={filter}
            total={total}
            version={version}
            selected={selected}
            onPage={() => {
              if (pageShownFor === undefined) mark('defuse:first-page');
              setPageShownFor(key);
            }}
            onOpen={(id) => {
              setSelected(id);
              history.replaceState(null, '', `#case=${encodeURIComponent(id)}`);
            }}
          />
        )}
        {selected && (
          <Suspense fallback={null}>
            <CaseDetail
              id={decodeURIComponent(selected)}
              onClose={() => {
                setSelected(undefined);
                history.replaceState(null, '', location.pathname);
              }}
            />
          </Suspense>
        )}
      </div>
    </main>
  );
}
