import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { caseIdOf, choosePage, db, openCase, saveSettings, type CaseRecord } from '@/lib/db';
import { useT } from '@/lib/i18n/react';
import { itemText, rankItems } from '@/lib/ui/rank';
import { usePanel } from '@/lib/ui/store';
import { useAnalyzer } from '@/lib/ui/useAnalyzer';
import { SettingsForm } from './SettingsForm';
import { CaseView } from './CaseView';
import { CaseNav } from './case/CaseNav';
import { ItemList, type ListRow } from './ItemList';
import { Notice } from './Notice';

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

/**
 * The panel is one column at 320–480 px: the list, or the selected case in its
 * place (Back returns to the list where it was left), or the settings.
 */
export function SidePanel({ activeTabId, insert, copy, openDashboard }: SidePanelProps) {
  const t = useT();
  const pages = useLiveQuery(() => db().pages.toArray(), [], undefined);
  const analyze = useAnalyzer();
  const settings = useLiveQuery(() => db().settings.get('agent'), [], undefined);
  const [showSettings, setShowSettings] = useState(false);
  const { selectedId, select } = usePanel();
  const [lastKey, setLastKey] = useState<string>();
  const listScroll = useRef(0);
  const chosen = pages ? choosePage(pages, activeTabId) : undefined;
  const snapshot = chosen?.page.snapshot;

  const rows: ListRow[] = useMemo(() => {
    if (!snapshot || !analyze) return [];
    const analysed = snapshot.items.map((item, index) => ({
      key: caseIdOf(snapshot.site, item.externalId),
      item,
      index,
      analysis: analyze(itemText(item), {
        platform: snapshot.site,
        rating: item.rating,
        messages: item.messages,
      }),
    }));
    return rankItems(analysed);
  }, [snapshot, analyze]);

  const keys = rows.map((r) => r.key);
  const cases = useLiveQuery(() => db().cases.bulkGet(keys), [keys.join('\n')], []);
  const caseById = new Map<string, CaseRecord>();
  for (const c of cases) if (c) caseById.set(c.id, c);
  const withStatus = rows.map((r) => ({ ...r, caseStatus: caseById.get(r.key)?.status }));
  const selectedIndex = rows.findIndex((r) => r.key === selectedId);
  const selected = selectedIndex >= 0 ? rows[selectedIndex] : undefined;
  const view = showSettings ? 'settings' : selected ? 'case' : 'list';

  // Entering a case starts at its top; leaving it returns to the list where it was.
  useLayoutEffect(() => {
    if (view === 'case') window.scrollTo?.(0, 0);
    if (view === 'list') {
      window.scrollTo?.(0, listScroll.current);
      document.querySelector<HTMLElement>('.items [aria-pressed="true"]')?.focus();
    }
  }, [view, selectedId]);

  const onSelect = (key: string) => {
    if (view === 'list') listScroll.current = window.scrollY;
    select(key);
    setLastKey(key);
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
        .setNotice({ kind: 'error', text: t('panel.saveError', { error: String(e) }), at: 'case' }),
    );
  };
  const step = (by: number) => {
    const next = rows[selectedIndex + by];
    return next ? () => onSelect(next.key) : undefined;
  };

  if (pages === undefined) return <main className="panel" aria-busy="true" />;

  return (
    <div className="panel" data-view={view}>
      <header className="panel-head">
        <h1>
          {t('common.appName')} <span className="muted">{t('common.tagline')}</span>
        </h1>
        <nav className="actions" aria-label={t('panel.nav')}>
          <button
            type="button"
            className="secondary"
            aria-pressed={showSettings}
            data-testid="toggle-settings"
            onClick={() => setShowSettings((v) => !v)}
          >
            {t('panel.settings')}
          </button>
          <button
            type="button"
            className="secondary"
            data-testid="open-dashboard"
            onClick={openDashboard}
          >
            {t('panel.dashboard')}
          </button>
          {/* slot: practice mode entry (ui) */}
        </nav>
      </header>
      <main className="panel-main">
        {view === 'settings' ? (
          <section className="settings-view" aria-labelledby="settings-h">
            <div className="view-head">
              <button
                type="button"
                className="secondary"
                data-testid="close-settings"
                onClick={() => setShowSettings(false)}
              >
                <span aria-hidden="true">← </span>
                {t('common.back')}
              </button>
              <h2 id="settings-h">{t('settings.title')}</h2>
            </div>
            <SettingsForm
              settings={settings ?? { key: 'agent' }}
              onSave={(change) => void saveSettings(change)}
            />
          </section>
        ) : !chosen ? (
          <section className="empty">
            <p>{t('panel.empty')}</p>
            {/* slot: ManualAdd (arch) — paste a buyer's text on a page Defuse cannot read */}
          </section>
        ) : (
          <>
            <div className="page-bar">
              {/* slot: PageStatus (arch) */}
              <p
                className="source"
                data-testid="source-tab"
                data-tab-id={chosen.page.tabId}
                data-url={chosen.page.snapshot.url}
              >
                {t(chosen.isActiveTab ? 'panel.thisTab' : 'panel.otherTab')}:{' '}
                <strong>{chosen.page.title || new URL(chosen.page.snapshot.url).host}</strong>{' '}
                <span className="muted">
                  ({chosen.page.snapshot.site}, {t(`panel.kind.${chosen.page.snapshot.pageKind}`)})
                </span>
              </p>
              {chosen.page.snapshot.warnings.map((w) => (
                <p key={w} className="alert warn" role="status">
                  {w}
                </p>
              ))}
              {chosen.page.lastError && (
                <p className="alert warn" role="status">
                  {t('panel.readerError', { error: chosen.page.lastError })}
                </p>
              )}
            </div>
            {selected && snapshot ? (
              <>
                <CaseNav
                  index={selectedIndex}
                  total={rows.length}
                  onBack={() => select(undefined)}
                  onPrev={step(-1)}
                  onNext={step(1)}
                />
                <Notice at="case" />
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
              </>
            ) : (
              <section className="list-view" aria-labelledby="items-h">
                <h2 id="items-h" className="list-head">
                  {t('panel.itemsHeading', { count: snapshot?.items.length ?? 0 })}
                </h2>
                <Notice at="list" />
                {/* slot: case queue (cases) */}
                {/* slot: ManualAdd (arch) */}
                {!analyze && snapshot && snapshot.items.length > 0 && (
                  <p className="muted">{t('panel.reading')}</p>
                )}
                {snapshot && snapshot.items.length === 0 && (
                  <p className="muted">{t('panel.noItems')}</p>
                )}
                <ItemList rows={withStatus} selected={selectedId ?? lastKey} onSelect={onSelect} />
              </section>
            )}
          </>
        )}
      </main>
    </div>
  );
}
