import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  caseIdOf,
  choosePage,
  db,
  isOpenStatus,
  openCase,
  saveSettings,
  type CaseRecord,
} from '@/lib/db';
import { SettingsForm } from './SettingsForm';
import { itemText, rankItems } from '@/lib/ui/rank';
import { usePanel } from '@/lib/ui/store';
import { useAnalyzer } from '@/lib/ui/useAnalyzer';
import { CaseView } from './CaseView';
import { ItemList, type ListRow } from './ItemList';

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

  const keys = rows.map((r) => r.key);
  const cases = useLiveQuery(() => db().cases.bulkGet(keys), [keys.join('\n')], []);
  const caseById = new Map<string, CaseRecord>();
  for (const c of cases) if (c) caseById.set(c.id, c);
  const withStatus = rows.map((r) => {
    const c = caseById.get(r.key);
    return { ...r, caseStatus: c && (isOpenStatus(c.status) ? ('open' as const) : ('closed' as const)) };
  });
  const selected = rows.find((r) => r.key === selectedId);

  const onSelect = (key: string) => {
    select(key);
    const row = rows.find((r) => r.key === key);
    if (!row || !snapshot) return;
    void openCase({
      site: snapshot.site,
      item: row.item,
      pageUrl: snapshot.url,
      analysis: row.analysis,
    }).catch((e: unknown) =>
      usePanel
        .getState()
        .setNotice({ kind: 'error', text: `Could not save the case: ${String(e)}` }),
    );
  };

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
      {showSettings && (
        <SettingsForm
          settings={settings ?? { key: 'agent' }}
          onSave={(change) => void saveSettings(change)}
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
      {notice && (
        <p className={`notice ${notice.kind}`} role="status" data-testid="notice">
          {notice.text}
        </p>
      )}
      {selected && snapshot && chosen && (
        <CaseView
          key={selected.key}
          caseId={selected.key}
          site={snapshot.site}
          item={selected.item}
          analysis={selected.analysis}
          record={caseById.get(selected.key)}
          agentName={settings?.agentName}
          shopName={settings?.shopName}
          onInsert={(text) => insert(chosen.page.tabId, selected.item.externalId, text)}
          onCopy={copy}
        />
      )}
    </main>
  );
}
