import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  caseIdOf,
  choosePage,
  db,
  getSettings,
  markPractice,
  openCase,
  saveSettings,
  type CaseRecord,
} from '@/lib/db';
import { useT } from '@/lib/i18n/react';
import { rankItems } from '@/lib/ui/rank';
import { analyseInBatches, createAnalysisCache, provisionalAnalysis } from '@/lib/ui/analysisCache';
import { usePanel } from '@/lib/ui/store';
import { useAnalyzer } from '@/lib/ui/useAnalyzer';
import { useStoredUiLanguage } from '@/lib/ui/useUiLanguage';
import { useCommand } from '@/lib/ui/commandBus';
import { useShortcuts } from '@/lib/ui/shortcuts';
import { SettingsView } from './settings/SettingsView';
import { PracticeView } from './practice/PracticeView';
import { CaseView } from './CaseView';
import { CaseNav } from './case/CaseNav';
import { ItemList, type ListRow } from './ItemList';
import { Notice } from './Notice';

const SYNC_ANALYSIS = 60;

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
  const settings = useLiveQuery(getSettings, [], undefined);
  useStoredUiLanguage();
  const [showSettings, setShowSettings] = useState(false);
  const [showPractice, setShowPractice] = useState(false);
  const { selectedId, select } = usePanel();
  const [lastKey, setLastKey] = useState<string>();
  const listScroll = useRef(0);
  const chosen = pages ? choosePage(pages, activeTabId) : undefined;
  const snapshot = chosen?.page.snapshot;

  const cache = useMemo(() => (analyze ? createAnalysisCache(analyze) : undefined), [analyze]);
  // Bumped after each analysed batch, so rows pick up what is ready.
  const [analysed, setAnalysed] = useState(0);
  useEffect(() => {
    if (!snapshot || !cache) return;
    cache.retain(snapshot.site, snapshot.items);
    return analyseInBatches(cache, snapshot.site, snapshot.items, () => setAnalysed((n) => n + 1));
  }, [snapshot, cache]);
  // A usual page (up to SYNC_ANALYSIS items) is analysed before its first
  // render, so it never reorders; a longer one shows its stars-ranked rest at
  // once and settles as the batches finish.
  const rows: ListRow[] = useMemo(() => {
    if (!snapshot || !cache) return [];
    let budget = SYNC_ANALYSIS;
    const listed = snapshot.items.map((item, index) => ({
      key: caseIdOf(snapshot.site, item.externalId),
      item,
      index,
      analysis:
        cache.peek(snapshot.site, item) ??
        (budget-- > 0 ? cache.analysisOf(snapshot.site, item) : provisionalAnalysis(item)),
    }));
    return rankItems(listed);
    // `analysed` says the cache has more to give.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapshot, cache, analysed]);
  const pending = Boolean(
    snapshot && cache && snapshot.items.some((i) => !cache.peek(snapshot.site, i)),
  );

  const keys = rows.map((r) => r.key);
  const cases = useLiveQuery(() => db().cases.bulkGet(keys), [keys.join('\n')], []);
  const caseById = new Map<string, CaseRecord>();
  for (const c of cases) if (c) caseById.set(c.id, c);
  const withStatus = rows.map((r) => ({ ...r, caseStatus: caseById.get(r.key)?.status }));
  const selectedIndex = rows.findIndex((r) => r.key === selectedId);
  const selected = selectedIndex >= 0 ? rows[selectedIndex] : undefined;
  const view = showSettings ? 'settings' : showPractice ? 'practice' : selected ? 'case' : 'list';

  // Entering a case starts at its top; leaving it returns to the list where it was.
  useLayoutEffect(() => {
    if (view === 'case') window.scrollTo?.(0, 0);
    if (view === 'list') {
      window.scrollTo?.(0, listScroll.current);
      document.querySelector<HTMLElement>('.items [aria-pressed="true"]')?.focus();
    }
  }, [view, selectedId]);

  // The case is stored with the item's real analysis, so it waits for the engine.
  const [toOpen, setToOpen] = useState<string>();
  const selectedAnalysis =
    selected && snapshot && cache ? cache.analysisOf(snapshot.site, selected.item) : undefined;
  useEffect(() => {
    if (!toOpen || toOpen !== selected?.key || !snapshot || !selectedAnalysis) return;
    setToOpen(undefined);
    const practice = settings?.practiceMode === true;
    void openCase({
      site: snapshot.site,
      item: selected.item,
      pageUrl: snapshot.url,
      analysis: selectedAnalysis,
    })
      .then((c) => (practice ? markPractice(c.id) : undefined))
      .catch((e: unknown) =>
        usePanel.getState().setNotice({
          kind: 'error',
          text: t('panel.saveError', { error: String(e) }),
          at: 'case',
        }),
      );
  }, [toOpen, selected, snapshot, selectedAnalysis, t, settings?.practiceMode]);

  const onSelect = (key: string) => {
    if (view === 'list') listScroll.current = window.scrollY;
    select(key);
    setLastKey(key);
    setToOpen(key);
  };
  const step = (by: number) => {
    const next = selected ? rows[selectedIndex + by] : undefined;
    return next ? () => onSelect(next.key) : undefined;
  };

  useCommand('next-item', view === 'list' && rows[0] ? () => onSelect(rows[0]!.key) : step(1));
  useCommand('prev-item', step(-1));
  useShortcuts({
    back:
      view === 'case'
        ? () => select(undefined)
        : view === 'settings'
          ? () => setShowSettings(false)
          : view === 'practice'
            ? () => setShowPractice(false)
            : undefined,
  });

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
            onClick={() => {
              setShowPractice(false);
              setShowSettings((v) => !v);
            }}
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
          <button
            type="button"
            className="secondary"
            aria-pressed={showPractice}
            data-testid="open-practice"
            onClick={() => {
              setShowSettings(false);
              setShowPractice((v) => !v);
            }}
          >
            {t('practice.open')}
          </button>
        </nav>
      </header>
      <main className="panel-main">
        {settings?.practiceMode && view !== 'practice' && (
          <p className="practice-banner" role="status" data-testid="practice-banner">
            {t('practice.on')}
          </p>
        )}
        {view === 'practice' ? (
          <PracticeView
            on={settings?.practiceMode === true}
            onToggle={(practiceMode) => void saveSettings({ practiceMode })}
            onClose={() => setShowPractice(false)}
          />
        ) : view === 'settings' ? (
          settings && (
            <SettingsView
              settings={settings}
              onSave={(change) => void saveSettings(change)}
              onClose={() => setShowSettings(false)}
            />
          )
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
                  ({t(`settings.site.${chosen.page.snapshot.site}`)},{' '}
                  {t(`panel.kind.${chosen.page.snapshot.pageKind}`)})
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
            {selected && snapshot && !selectedAnalysis ? (
              <p className="muted" role="status">
                {t('panel.reading')}
              </p>
            ) : selected && snapshot && selectedAnalysis ? (
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
                  analysis={selectedAnalysis}
                  record={caseById.get(selected.key)}
                  agentName={settings?.agentName}
                  shopName={settings?.shopNames?.[snapshot.site] || settings?.shopName}
                  onInsert={(text) => insert(chosen.page.tabId, selected.item.externalId, text)}
                  onCopy={copy}
                />
              </>
            ) : (
              <section className="list-view" aria-labelledby="items-h" aria-busy={pending}>
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
