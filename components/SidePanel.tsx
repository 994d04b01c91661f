import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  caseIdOf,
  choosePage,
  db,
  getSettings,
  isOpenStatus,
  DONE_STATUSES,
  markPractice,
  openCase,
  saveSettings,
  seeItems,
  type CaseRecord,
} from '@/lib/db';
import { openCasePage } from '@/lib/cases/navigate';
import { useT } from '@/lib/i18n/react';
import { itemText, rankItems } from '@/lib/ui/rank';
import { analyseInBatches, createAnalysisCache, provisionalAnalysis } from '@/lib/ui/analysisCache';
import { usePanel } from '@/lib/ui/store';
import { useAnalyzer } from '@/lib/ui/useAnalyzer';
import { usePages } from '@/lib/ui/usePages';
import { useStoredUiLanguage } from '@/lib/ui/useUiLanguage';
import { useCommand } from '@/lib/ui/commandBus';
import { useShortcuts } from '@/lib/ui/shortcuts';
import { CaseView, PracticeView, SettingsView, preloadViews } from './lazyViews';
import { CaseNav } from './case/CaseNav';
import { ItemList, type ListRow } from './ItemList';
import { Notice } from './Notice';
import { CaseQueue } from './CaseQueue';
import { DbProblemBanner, reportFailure } from './DbProblemBanner';

const SYNC_ANALYSIS = 60;
import { PageStatus } from './PageStatus';
import { parseVirtualRows } from '@/lib/sites/virtual-note';
import { ManualAdd } from './ManualAdd';
import { manualPage, siteOfManual, withManual } from '@/lib/ui/manual';
import type { InsertMode, SiteId, SnapshotItem } from '@/lib/messages';
import type { InsertReply } from '@/lib/insert-reply';

export interface SidePanelProps {
  activeTabId: number | undefined;
  insert(tabId: number, externalId: string, text: string, mode?: InsertMode): Promise<InsertReply>;
  copy(text: string): Promise<void>;
  openDashboard(): void;
}

/**
 * The panel is one column at 320–480 px: the list, or the selected case in its
 * place (Back returns to the list where it was left), or the settings.
 */
export function SidePanel({ activeTabId, insert, copy, openDashboard }: SidePanelProps) {
  const t = useT();
  const pages = usePages();
  const analyze = useAnalyzer();
  const listShown = pages !== undefined;
  useEffect(() => {
    if (!listShown) return;
    const idle = window.requestIdleCallback;
    if (!idle) return void setTimeout(preloadViews, 300);
    const id = idle(preloadViews, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }, [listShown]);
  const settings = useLiveQuery(getSettings, [], undefined);
  useStoredUiLanguage();
  const [showSettings, setShowSettings] = useState(false);
  const [showPractice, setShowPractice] = useState(false);
  const { selectedId, select } = usePanel();
  const [lastKey, setLastKey] = useState<string>();
  const listScroll = useRef(0);
  // manual items (pasted or selected by the agent) are open cases, listed with the page's
  const manual = useLiveQuery(
    () =>
      db()
        .cases.where('status')
        .noneOf([...DONE_STATUSES])
        .filter((c) => !!c.item.manual)
        .toArray(),
    [],
    [],
  );
  const chosen = pages
    ? (choosePage(pages, activeTabId) ?? manualPage(manual, t('sites.manual.title')))
    : undefined;
  const pageSnapshot = chosen && chosen.page.tabId >= 0 ? chosen.page.snapshot : undefined;
  const snapshot = useMemo(
    () => (chosen ? withManual(chosen.page.snapshot, manual) : undefined),
    [chosen?.page.snapshot, manual], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const manualSites = useMemo(() => siteOfManual(manual), [manual]);
  const siteOf = (item: SnapshotItem): SiteId =>
    manualSites.get(item.externalId) ?? snapshot?.site ?? 'amazon';

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
      key: caseIdOf(siteOf(item), item.externalId),
      item,
      index,
      analysis:
        cache.peek(siteOf(item), item) ??
        (budget-- > 0 ? cache.analysisOf(siteOf(item), item) : provisionalAnalysis(item)),
    }));
    return rankItems(listed);
    // `analysed` says the cache has more to give.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapshot, cache, analysed, manualSites]);
  const pending = Boolean(
    snapshot && cache && snapshot.items.some((i) => !cache.peek(siteOf(i), i)),
  );

  // Seeing a page: negative items get their case, known items take the new buyer text.
  useEffect(() => {
    // Only items with their real analysis: a provisional one (stars only) would store no causes.
    const analysed =
      snapshot && cache ? rows.filter((r) => cache.peek(siteOf(r.item), r.item)) : [];
    if (!snapshot || analysed.length === 0) return;
    const practice = settings?.practiceMode === true;
    reportFailure(
      seeItems(
        analysed.map((r) => ({
          site: siteOf(r.item),
          item: r.item,
          pageUrl: snapshot.url,
          pageKind: snapshot.pageKind,
          analysis: r.analysis,
        })),
      ).then(async () => {
        // Practice cases stay out of the statistics and exports.
        if (practice) for (const r of analysed) await markPractice(r.key);
      }),
    );
  }, [rows, snapshot, cache, settings?.practiceMode]); // eslint-disable-line react-hooks/exhaustive-deps -- siteOf follows manualSites, already in rows

  // A case chosen in the queue may live on another page or a closed tab: shown from the store.
  // Decided from the page's ids, not the analysed rows, so a case on this page
  // is never first shown from the store and then again from the page.
  const onPage =
    !!snapshot && snapshot.items.some((i) => caseIdOf(snapshot.site, i.externalId) === selectedId);
  const queued = useLiveQuery(
    () => (selectedId && !onPage ? db().cases.get(selectedId) : undefined),
    [selectedId, onPage],
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
  if (queued) caseById.set(queued.id, queued);
  const withStatus = rows.map((r) => {
    const c = caseById.get(r.key);
    return {
      ...r,
      caseStatus: c && (isOpenStatus(c.status) ? ('open' as const) : ('closed' as const)),
    };
  });
  const selectedIndex = rows.findIndex((r) => r.key === selectedId);
  const fromQueue = !onPage && queuedRow !== undefined && queued?.id === selectedId;
  const selected = selectedIndex >= 0 ? rows[selectedIndex] : fromQueue ? queuedRow : undefined;
  const selectedSite = fromQueue ? queued?.site : snapshot?.site;
  const selectedUrl = fromQueue ? queued?.pageUrl : snapshot?.url;
  const view = showSettings ? 'settings' : showPractice ? 'practice' : selected ? 'case' : 'list';
  // A page item is shown with its real analysis (the engine may still be loading); a queued one
  // is analysed from the store.
  const selectedAnalysis =
    selected && !fromQueue && snapshot && cache
      ? cache.analysisOf(siteOf(selected.item), selected.item)
      : selected?.analysis;

  // Entering a case starts at its top; leaving it returns to the list where it was.
  useLayoutEffect(() => {
    if (view === 'case') window.scrollTo?.(0, 0);
    if (view === 'list') {
      window.scrollTo?.(0, listScroll.current);
      document.querySelector<HTMLElement>('.items [aria-pressed="true"]')?.focus();
    }
  }, [view, selectedId]);

  // A case picked from the page's list belongs to that page: when the tab moves
  // to another page without it, or the page now shows other items in its place
  // (千牛 swaps conversations without a new URL), the panel returns to the page's list.
  // A case picked in the queue stays open wherever the tab goes.
  const pickedOn = useRef<{ url: string | undefined; key: string } | undefined>(undefined);
  const pageUrl = pageSnapshot?.url;
  const pageHasItems = (pageSnapshot?.items.length ?? 0) > 0;
  // (The new URL can come with the old items still read, and the new ones a scan later;
  // an empty read while the page re-renders is not a move.)
  useEffect(() => {
    // (An effect of an earlier render can run after a click set the ref: it acts only
    // on the case the ref names.)
    const picked = pickedOn.current;
    if (!picked || picked.key !== selectedId || onPage) return;
    if (pageUrl === picked.url && !pageHasItems) return;
    pickedOn.current = undefined;
    select(undefined);
  }, [pageUrl, onPage, pageHasItems, selectedId]); // eslint-disable-line react-hooks/exhaustive-deps -- select is stable
  const onSelect = (key: string, fromPage = true) => {
    pickedOn.current = fromPage ? { url: pageUrl, key } : undefined;
    if (view === 'list') listScroll.current = window.scrollY;
    // Looking is not opening: a case is stored when the item is negative (above)
    // or when the agent works on it (CaseView passes the item along with each write).
    select(key);
    setLastKey(key);
  };
  const addManual = (site: SiteId, item: SnapshotItem, pageUrl: string, practice = false) => {
    const key = caseIdOf(site, item.externalId);
    void (analyze ? Promise.resolve(analyze) : import('@/lib/analysis').then((m) => m.analyze))
      .then((fn) =>
        openCase({
          site,
          item,
          pageUrl,
          analysis: fn(itemText(item), { platform: site, rating: item.rating }),
          practice,
        }),
      )
      .then(() => {
        select(key);
        setLastKey(key);
      })
      .catch((e: unknown) =>
        usePanel.getState().setNotice({
          kind: 'error',
          text: t('panel.saveError', { error: String(e) }),
          at: 'list',
        }),
      );
  };
  const manualAdd = (open: boolean) => (
    <ManualAdd
      site={pageSnapshot?.site}
      kind={pageSnapshot && pageSnapshot.pageKind !== 'none' ? pageSnapshot.pageKind : undefined}
      defaultOpen={open}
      onAdd={addManual}
    />
  );
  // The queue (up to hundreds of rows) is the same element until its own inputs change: a page
  // push re-rendered all of it, a third of the panel's work between a push and its rows.
  const selectLatest = useRef(onSelect);
  useLayoutEffect(() => {
    selectLatest.current = onSelect;
  });
  const agentName = settings?.agentName;
  const queue = useMemo(
    () => (
      <CaseQueue
        agentName={agentName}
        onOpen={(c) => selectLatest.current(c.id, false)}
        onOpenPage={(c) => reportFailure(openCasePage(c))}
      />
    ),
    [agentName],
  );
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
        <DbProblemBanner />
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
            onPractise={(site, item) => {
              setShowPractice(false);
              addManual(site, item, '', true);
            }}
          />
        ) : view === 'settings' ? (
          settings && (
            <SettingsView
              settings={settings}
              onSave={(change) => void saveSettings(change)}
              onClose={() => setShowSettings(false)}
              caseRecord={selected ? caseById.get(selected.key) : undefined}
            />
          )
        ) : view === 'case' && fromQueue && selected && selectedSite && selectedUrl ? (
          <>
            <CaseNav index={0} total={1} onBack={() => select(undefined)} />
            <Notice at="case" />
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
              onInsert={() => Promise.resolve({ ok: false, message: t('queue.insertElsewhere') })}
              onCopy={copy}
            />
          </>
        ) : !chosen ? (
          <section className="empty">
            <PageStatus snapshot={undefined} />
            <p>{t('panel.empty')}</p>
            {queue}
            {manualAdd(true)}
          </section>
        ) : (
          <>
            <div className="page-bar">
              <PageStatus snapshot={pageSnapshot} lastError={chosen.page.lastError} />
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
              {chosen.page.snapshot.warnings
                // the page status says a virtualised list's counts, in the agent's language
                .filter((w) => !parseVirtualRows(w))
                .map((w) => (
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
                  site={siteOf(selected.item)}
                  pageUrl={snapshot.url}
                  item={selected.item}
                  analysis={selectedAnalysis}
                  record={caseById.get(selected.key)}
                  agentName={settings?.agentName}
                  shopName={settings?.shopNames?.[snapshot.site] || settings?.shopName}
                  onInsert={(text, mode) =>
                    // a first insert carries no mode: a box holding the agent's text is asked about
                    mode
                      ? insert(chosen.page.tabId, selected.item.externalId, text, mode)
                      : insert(chosen.page.tabId, selected.item.externalId, text)
                  }
                  onCopy={copy}
                />
              </>
            ) : (
              <section className="list-view" aria-labelledby="items-h" aria-busy={pending}>
                <h2 id="items-h" className="list-head">
                  {t('panel.itemsHeading', { count: snapshot?.items.length ?? 0 })}
                </h2>
                <Notice at="list" />
                {manualAdd(
                  !pageSnapshot || pageSnapshot.pageKind === 'none' || !!chosen.page.lastError,
                )}
                {!analyze && snapshot && snapshot.items.length > 0 && (
                  <p className="muted">{t('panel.reading')}</p>
                )}
                {snapshot && snapshot.items.length === 0 && (
                  <p className="muted">{t('panel.noItems')}</p>
                )}
                <ItemList rows={withStatus} selected={selectedId ?? lastKey} onSelect={onSelect} />
                {/* every open case across pages and tabs, after this page's own items */}
                {queue}
              </section>
            )}
          </>
        )}
      </main>
    </div>
  );
}
