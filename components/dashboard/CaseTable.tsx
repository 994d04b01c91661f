import '@/lib/i18n/dashboard';
import { useEffect, useRef, useState } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useDbProblem, type CaseRecord as Row } from '@/lib/db';
import type { CaseFilter } from '@/lib/db/query';
import { useT, useUiLocale } from '@/lib/i18n/react';
import { causeLabel, localTime, siteLabel, statusLabel } from '@/lib/cases/labels';
import { measure } from './timing';
import { PAGE, readPage } from './firstPage';

const ROW_HEIGHT = 44;
const BODY_HEIGHT = 520;

/**
 * The filtered cases as a virtualised table: only the rows on screen are in the
 * DOM, and only the pages they fall in are read (100 cases per indexed read).
 */
export function CaseTable({
  filter,
  total,
  version,
  selected,
  onPage,
  onOpen,
}: {
  filter: CaseFilter;
  /** The filtered count; undefined while it is read, when the first page shows alone. */
  total: number | undefined;
  /** Bumped when cases change, so visible pages are read again. */
  version: number;
  selected?: string;
  /** Called when a page of rows has arrived (the dashboard starts its full pass then). */
  onPage?(): void;
  onOpen(id: string): void;
}) {
  const t = useT();
  const locale = useUiLocale((s) => s.locale);
  const scroller = useRef<HTMLDivElement>(null);
  // Pages are keyed by filter and version, so a new filter never shows the old rows.
  const [pages, setPages] = useState<Map<string, Row[]>>(new Map());
  const loading = useRef(new Set<string>());
  const key = JSON.stringify(filter);
  const pageKey = (p: number) => `${version}|${p}|${key}`;
  useEffect(() => {
    setPages(new Map());
    loading.current = new Set();
  }, [key, version]);
  // Before the count arrives: the first page's rows (a short first page is all there is).
  const count = total ?? Math.min(pages.get(pageKey(0))?.length ?? PAGE, PAGE);
  const virtual = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 1000, height: BODY_HEIGHT },
    // The body has a fixed height; where nothing is laid out (tests, a hidden tab) use it.
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) =>
        cb(rect.height ? rect : { width: rect.width || 1000, height: BODY_HEIGHT }),
      ),
  });
  const items = virtual.getVirtualItems();
  const wanted = [...new Set(items.map((i) => Math.floor(i.index / PAGE)))];
  useEffect(() => {
    for (const p of wanted) {
      const k = pageKey(p);
      if (pages.has(k) || loading.current.has(k)) continue;
      loading.current.add(k);
      const start = performance.now();
      readPage(JSON.parse(key) as CaseFilter, p, version).then(
        (rows) => {
          // The indexed page read alone, for the bench.
          measure('defuse:page', start);
          setPages((m) => new Map(m).set(k, rows));
        },
        (e: unknown) => {
          loading.current.delete(k);
          useDbProblem.getState().report(e);
        },
      );
    }
  });
  // Rows of this filter and version: the old ones are still held in the render after a change.
  const anyRows = [...pages.keys()].some(
    (k) => k.startsWith(`${version}|`) && k.endsWith(`|${key}`),
  );
  useEffect(() => {
    if (anyRows) onPage?.();
  }, [anyRows, onPage]);
  return (
    <div className="case-table" role="table" aria-rowcount={count}>
      <div className="case-table-head" role="row">
        <span role="columnheader">{t('dashboard.table.detected')}</span>
        <span role="columnheader">{t('dashboard.table.site')}</span>
        <span role="columnheader">{t('dashboard.table.item')}</span>
        <span role="columnheader">{t('dashboard.table.causes')}</span>
        <span role="columnheader">{t('dashboard.table.status')}</span>
        <span role="columnheader">{t('dashboard.table.due')}</span>
        <span role="columnheader">{t('dashboard.table.owner')}</span>
      </div>
      <div
        ref={scroller}
        className="case-table-body"
        // As tall as its rows, up to the body's height: five cases leave no empty box.
        style={{ height: Math.min(BODY_HEIGHT, Math.max(1, count) * ROW_HEIGHT), overflow: 'auto' }}
      >
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const c = pages.get(pageKey(Math.floor(v.index / PAGE)))?.[v.index % PAGE];
            return (
              <div
                key={v.key}
                role="row"
                className={`case-row ${c && c.id === selected ? 'selected' : ''}`}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${v.start}px)`,
                }}
                data-testid={c ? 'case-row' : undefined}
                data-case-id={c?.id}
                tabIndex={c ? 0 : -1}
                onClick={() => c && onOpen(c.id)}
                onKeyDown={(e) => c && (e.key === 'Enter' || e.key === ' ') && onOpen(c.id)}
              >
                {c ? (
                  <>
                    <span role="cell">{localTime(locale, c.createdAt)}</span>
                    <span role="cell">{siteLabel(locale, c.site)}</span>
                    <span role="cell" className="cell-text">
                      <strong>{c.externalId}</strong> {(c.item.title || c.item.body).slice(0, 100)}
                    </span>
                    <span role="cell">{c.causes.map((x) => causeLabel(locale, x)).join('、')}</span>
                    <span role="cell">{statusLabel(locale, c.status)}</span>
                    <span role="cell">
                      {c.dueAt === undefined ? '' : localTime(locale, c.dueAt)}
                    </span>
                    <span role="cell">{c.owner ?? ''}</span>
                  </>
                ) : (
                  <span role="cell" className="muted">
                    …
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
