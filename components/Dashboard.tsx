import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, eventsOf, mergeCases, type CaseRecord } from '@/lib/db';
import { casesToCsv } from '@/lib/export/csv';
import { casesToJson } from '@/lib/export/json';
import { downloadBlob, downloadText, stamp } from '@/lib/export/download';
import { casesToXlsx } from '@/lib/export/xlsx';
import { parseCaseExport } from '@/lib/export/import';
import { caseStats } from '@/lib/ui/stats';
import { CAUSE_LABELS, SENTIMENT_LABELS } from './labels';

type StatusFilter = 'all' | 'open' | 'closed';

export function Dashboard() {
  const cases = useLiveQuery(
    () => db().cases.orderBy('updatedAt').reverse().toArray(),
    [],
    undefined,
  );
  const [status, setStatus] = useState<StatusFilter>('all');
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (cases ?? []).filter(
      (c) =>
        (status === 'all' || c.status === status) &&
        (!q ||
          [c.externalId, c.item.body, c.item.title, c.item.author, c.item.orderId]
            .filter(Boolean)
            .some((s) => s!.toLowerCase().includes(q))),
    );
  }, [cases, status, query]);
  const stats = useMemo(() => caseStats(shown), [shown]);
  const max = Math.max(1, ...stats.byCause.map((b) => b.count));

  const exportCsv = async () => {
    const events = await eventsOf(shown);
    downloadText(
      `defuse-cases-${stamp()}.csv`,
      casesToCsv(shown, { events, bom: true }),
      'text/csv;charset=utf-8',
    );
  };
  const exportJson = async () => {
    const events = await eventsOf(shown);
    downloadText(`defuse-cases-${stamp()}.json`, casesToJson(shown, events), 'application/json');
  };

  const exportXlsx = async () => {
    const events = await eventsOf(shown);
    downloadBlob(`defuse-cases-${stamp()}.xlsx`, await casesToXlsx(shown, events));
  };
  const importFiles = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      const agent = file.name.replace(/\.json$/i, '').slice(0, 100);
      const parsed = parseCaseExport(await file.text(), agent);
      if (!parsed.ok) {
        setNotice({ kind: 'error', text: `${file.name}: ${parsed.error}` });
        return;
      }
      try {
        const s = await mergeCases(parsed.value.cases, parsed.value.events);
        setNotice({
          kind: 'ok',
          text: `${file.name}: ${s.added} new, ${s.updated} updated, ${s.unchanged} unchanged cases; ${s.events} timeline events added.`,
        });
      } catch (e) {
        setNotice({
          kind: 'error',
          text: `${file.name}: could not be merged (${String(e)}). Nothing was changed.`,
        });
        return;
      }
    }
  };

  if (cases === undefined) return <main className="dashboard" aria-busy="true" />;
  return (
    <main className="dashboard">
      <header className="panel-head">
        <h1>
          Defuse dashboard <span className="muted">差评处理看板</span>
        </h1>
        <div className="actions">
          <button
            type="button"
            data-testid="export-csv"
            onClick={() => void exportCsv()}
            disabled={!shown.length}
          >
            Export CSV
          </button>
          <button
            type="button"
            className="secondary"
            data-testid="export-xlsx"
            onClick={() => void exportXlsx()}
            disabled={!shown.length}
          >
            Export XLSX
          </button>
          <button
            type="button"
            className="secondary"
            data-testid="export-json"
            onClick={() => void exportJson()}
            disabled={!shown.length}
          >
            Export JSON
          </button>
          <label className="file-button" title="Merge case logs (JSON) exported by other agents">
            Import / merge JSON
            <input
              type="file"
              accept=".json,application/json"
              multiple
              data-testid="import-file"
              onChange={(e) => {
                const input = e.currentTarget;
                void importFiles(input.files).finally(() => {
                  input.value = '';
                });
              }}
            />
          </label>
        </div>
      </header>
      {notice && (
        <p className={`notice ${notice.kind}`} role="status" data-testid="notice">
          {notice.text}
        </p>
      )}
      <section className="kpis" aria-label="Numbers">
        <Kpi label="Cases 案例" value={stats.total} />
        <Kpi label="Open 处理中" value={stats.open} />
        <Kpi label="Closed 已结案" value={stats.closed} />
        <Kpi label="Extortion 敲诈" value={stats.extortion} />
      </section>
      {stats.byCause.length > 0 && (
        <section className="chart" aria-label="Top causes">
          <h2>Top cause per case 主要原因</h2>
          {stats.byCause.map((b) => (
            <div key={b.cause} className="bar-row">
              <span className="bar-label">{CAUSE_LABELS[b.cause].zh}</span>
              <span className="bar" style={{ width: `${(100 * b.count) / max}%` }} />
              <span className="bar-value">{b.count}</span>
            </div>
          ))}
        </section>
      )}
      <section className="filters">
        <label>
          Status{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
            <option value="all">All</option>
            <option value="open">Open</option>
            <option value="closed">Closed</option>
          </select>
        </label>
        <input
          type="search"
          placeholder="Search id, order, text…"
          aria-label="Search cases"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </section>
      {shown.length === 0 ? (
        <p className="muted">
          No cases yet. Cases appear here when an agent selects an item in the side panel.
        </p>
      ) : (
        <table className="cases">
          <thead>
            <tr>
              <th>Updated</th>
              <th>Site</th>
              <th>Item</th>
              <th>Sentiment</th>
              <th>Causes</th>
              <th>Steps</th>
              <th>Status</th>
              <th>Agent</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <CaseRow key={c.id} c={c} />
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

function Kpi({ label, value }: { label: string; value: number }) {
  return (
    <div className="kpi">
      <span className="kpi-value">{value}</span>
      <span className="kpi-label">{label}</span>
    </div>
  );
}

function CaseRow({ c }: { c: CaseRecord }) {
  const done = Object.values(c.steps).filter((s) => s === 'done').length;
  return (
    <tr data-testid="case-row" data-case-id={c.id}>
      <td>{new Date(c.updatedAt).toLocaleString()}</td>
      <td>{c.site}</td>
      <td className="cell-text">
        <strong>{c.externalId}</strong>
        <div>{(c.item.title || c.item.body).slice(0, 120)}</div>
      </td>
      <td>{SENTIMENT_LABELS[c.sentiment]}</td>
      <td>{c.causes.map((k) => CAUSE_LABELS[k].zh).join('、')}</td>
      <td>{done}</td>
      <td>{c.outcome ?? c.status}</td>
      <td>{c.agent ?? <span className="muted">this browser</span>}</td>
    </tr>
  );
}
