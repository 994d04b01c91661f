import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  caseIdOf,
  choosePage,
  db,
  isOpenStatus,
  saveSettings,
  seeItems,
  type CaseRecord,
} from '@/lib/db';
import { SettingsForm } from './SettingsForm';
import { itemText, rankItems } from '@/lib/ui/rank';
import { usePanel } from '@/lib/ui/store';
import { useAnalyzer } from '@/lib/ui/useAnalyzer';
import { CaseView } from './CaseView';
import { ItemList, type ListRow } from './ItemList';
import { CaseQueue } from './CaseQueue';
import { DbProblemBanner, reportFailure } from './DbProblemBanner';
import { openCasePage } from '@/lib/cases/navigate';
import { useT } from '@/lib/i18n/react';

export interface SidePanelProps {
  activeTabId: number | undefined;
  insert(
    tabId: number,
    externalId: string,
    text: string,
  ): Promise<{ ok: boolean; message: string }>;
  copy(text: string): Promise<void>;
  openDashboard(): void;
}

const KIND_LABEL = {
  reviews: 'reviews',
  feedback: 'feedback',
  messages: 'buyer messages',
  none: 'nothing to handle',
};

export function SidePanel({ activeTabId, insert, copy, openDashboard }: SidePanelProps) {
  const pages = useLiveQuery(() => db().pages.toArray(), [], undefined);
  const analyze = useAnalyzer();
  const t = useT();
  const settings = useLiveQuery(() => db().settings.get('agent'), [], undefined);
  const [showSettings, setShowSettings] = useState(false);
  const { selectedId, select, notice } = usePanel();
  const chosen = pages ? choosePage(pages, activeTabId) : undefined;
  const snapshot = chosen?.page.snapshot;

  const rows: ListRow[] = useMemo(() => {
    if (!snapshot || !analyze) return [];
    const analysed = snapshot.items.map((item, index) => ({
      key: caseIdOf(snapshot.site, item.externalId),
      item,
      index,
      analysis: analyze(itemText(item), { platform: snapshot.site, rating: item.rating }),
    }));
    return rankItems(analysed);
  }, [snapshot, analyze]);

  // Seeing a page: negative items get their case, known items take the new buyer text.
  useEffect(() => {
    if (!snapshot || rows.length === 0) return;
    reportFailure(
      seeItems(
        rows.map((r) => ({
          site: snapshot.site,
          item: r.item,
          pageUrl: snapshot.url,
          pageKind: snapshot.pageKind,
          analysis: r.analysis,
        })),
      ),
    );
  }, [rows, snapshot]);

  // A case chosen in the queue may live on another page or tab: it is shown from the store.
  const queued = useLiveQuery(
    () =>
      selectedId && !rows.some((r) => r.key === selectedId)
        ? db().cases.get(selectedId)
        : undefined,
    [selectedId, rows],
    undefined,
  );
  const queuedRow = useMemo(
    () =>
      queued && analyze
        ? {
            key: queued.id,
            item: queued.item,
            index: -1,
            analysis: analyze(itemText(queued.item), {
              platform: queued.site,
              rating: queued.item.rating,
            }),
          }
        : undefined,
    [queued, analyze],
  );

  const keys = rows.map((r) => r.key);
  const cases = useLiveQuery(() => db().cases.bulkGet(keys), [keys.join('\n')], []);
  const caseById = new Map<string, CaseRecord>();
  for (const c of cases) if (c) caseById.set(c.id, c);
  const withStatus = rows.map((r) => {
    const c = caseById.get(r.key);
    return {
      ...r,
      caseStatus: c && (isOpenStatus(c.status) ? ('open' as const) : ('closed' as const)),
    };
  });
  const selected = rows.find((r) => r.key === selectedId) ?? queuedRow;
  if (queued && !caseById.has(queued.id)) caseById.set(queued.id, queued);
  const selectedSite = queued && selected === queuedRow ? queued.site : snapshot?.site;
  const selectedUrl = queued && selected === queuedRow ? queued.pageUrl : snapshot?.url;

  // Looking is not opening: a case is stored when the item is negative (above) or
  // when the agent works on it (a step, a draft, a note: CaseView passes `open`).
  const onSelect = (key: string) => select(key);

  if (pages === undefined) return <main className="panel" aria-busy="true" />;

  return (
    <main className="panel">
      <header className="panel-head">
        <h1>
          Defuse <span className="muted">差评化解助手</span>
        </h1>
        <span className="actions">
          <button
            type="button"
            className="secondary"
            aria-expanded={showSettings}
            data-testid="toggle-settings"
            onClick={() => setShowSettings((v) => !v)}
          >
            Signature
          </button>
          <button
            type="button"
            className="secondary"
            data-testid="open-dashboard"
            onClick={openDashboard}
          >
            Dashboard
          </button>
        </span>
      </header>
      <DbProblemBanner />
      {showSettings && (
        <SettingsForm
          settings={settings ?? { key: 'agent' }}
          onSave={(change) => reportFailure(saveSettings(change))}
        />
      )}
      {!chosen ? (
        <section className="empty">
          <p>Open a seller-centre page with reviews or buyer messages; Defuse lists them here.</p>
          <p className="muted">
            打开卖家中心的评价或买家消息页面，Defuse 会在这里列出需要处理的条目。
          </p>
        </section>
      ) : (
        <>
          <p
            className="source"
            data-testid="source-tab"
            data-tab-id={chosen.page.tabId}
            data-url={chosen.page.snapshot.url}
          >
            {chosen.isActiveTab ? 'This tab' : 'Most recently active seller-centre tab'}:{' '}
            <strong>{chosen.page.title || new URL(chosen.page.snapshot.url).host}</strong>{' '}
            <span className="muted">
              ({chosen.page.snapshot.site}, {KIND_LABEL[chosen.page.snapshot.pageKind]})
            </span>
          </p>
          {chosen.page.snapshot.warnings.map((w) => (
            <p key={w} className="alert warn" role="status">
              {w}
            </p>
          ))}
          {chosen.page.lastError && (
            <p className="alert warn" role="status">
              The page reader reported: {chosen.page.lastError}
            </p>
          )}
          {!analyze && snapshot && snapshot.items.length > 0 && <p className="muted">Reading…</p>}
          {snapshot && snapshot.items.length === 0 && (
            <p className="muted">No reviews or messages on this page. 此页面没有评价或消息。</p>
          )}
          <ItemList rows={withStatus} selected={selectedId} onSelect={onSelect} />
        </>
      )}
      <CaseQueue
        agentName={settings?.agentName}
        onOpen={(c) => select(c.id)}
        onOpenPage={(c) => reportFailure(openCasePage(c))}
      />
      {notice && (
        <p className={`notice ${notice.kind}`} role="status" data-testid="notice">
          {notice.text}
        </p>
      )}
      {selected && selectedSite && selectedUrl && (
        <CaseView
          key={selected.key}
          caseId={selected.key}
          site={selectedSite}
          pageUrl={selectedUrl}
          item={selected.item}
          analysis={selected.analysis}
          record={caseById.get(selected.key)}
          agentName={settings?.agentName}
          shopName={settings?.shopName}
          onInsert={(text) =>
            chosen && selected !== queuedRow
              ? insert(chosen.page.tabId, selected.item.externalId, text)
              : Promise.resolve({ ok: false, message: t('queue.insertElsewhere') })
          }
          onCopy={copy}
        />
      )}
    </main>
  );
}
