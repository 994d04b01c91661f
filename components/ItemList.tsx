import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { SnapshotItem } from '@/lib/messages';
import type { Analysis } from '@/lib/analysis/types';
import { Stars } from './Stars';
import { causeKey } from './labels';
import { useT } from '@/lib/i18n/react';
import { langOf } from '@/lib/ui/lang';
import { dateLabel } from '@/lib/ui/product';

export interface ListRow {
  key: string;
  item: SnapshotItem;
  analysis: Analysis;
  caseStatus?: 'open' | 'closed';
}

/**
 * Up to this many rows are all in the DOM (the browser's find-in-page and a
 * screen reader's list navigation see every one); a longer page is virtualised,
 * so a 10,000-item inbox renders the few dozen rows on screen.
 */
export const VIRTUAL_FROM = 80;
const ROW_ESTIMATE = 78;
const GAP = 6;

interface RowProps {
  row: ListRow;
  isSelected: boolean;
  onSelect(key: string): void;
}

// Memoised by what it shows (the row objects are rebuilt on every panel render):
// a batch of analyses arriving re-renders only the rows it changed.
const sameRow = (a: RowProps, b: RowProps) =>
  a.row.key === b.row.key &&
  a.row.item === b.row.item &&
  a.row.analysis === b.row.analysis &&
  a.row.caseStatus === b.row.caseStatus &&
  a.isSelected === b.isSelected &&
  a.onSelect === b.onSelect;

const ItemRow = memo(function ItemRow({ row, isSelected, onSelect }: RowProps) {
  const t = useT();
  const { key, item, analysis, caseStatus } = row;
  const top = analysis.causes[0];
  return (
    <button
      type="button"
      data-testid="detected-item"
      data-external-id={item.externalId}
      data-sentiment={analysis.sentiment}
      aria-pressed={isSelected}
      className={`item ${analysis.sentiment} ${isSelected ? 'selected' : ''}`}
      onClick={() => onSelect(key)}
    >
      <span className="item-head">
        <Stars rating={item.rating} />
        <span className={`badge ${analysis.sentiment}`}>
          {t(`panel.sentiment.${analysis.sentiment}`)}
        </span>
        {analysis.flags.includes('extortion') && (
          <span className="badge danger">{t('panel.extortion')}</span>
        )}
        {top && <span className="badge cause">{t(causeKey(top.cause))}</span>}
        {caseStatus && (
          <span className="badge case-status">{t(`panel.caseStatus.${caseStatus}`)}</span>
        )}
      </span>
      <span className="item-title" lang={langOf(analysis.language)}>
        {item.title || item.body.slice(0, 80)}
      </span>
      <span className="item-meta">
        {[item.author, item.orderId, dateLabel(item.date)].filter(Boolean).join(' · ')}
      </span>
    </button>
  );
}, sameRow);

export function ItemList({
  rows,
  selected,
  onSelect,
}: {
  rows: ListRow[];
  selected?: string;
  onSelect(key: string): void;
}) {
  const t = useT();
  // One callback for the list's lifetime, so the memoised rows stay memoised.
  const latest = useRef(onSelect);
  useLayoutEffect(() => {
    latest.current = onSelect;
  });
  const select = useCallback((key: string) => latest.current(key), []);
  if (rows.length > VIRTUAL_FROM)
    return <VirtualList rows={rows} selected={selected} onSelect={select} />;
  return (
    <ul className="items" aria-label={t('panel.items')}>
      {rows.map((row) => (
        <li key={row.key}>
          <ItemRow row={row} isSelected={selected === row.key} onSelect={select} />
        </li>
      ))}
    </ul>
  );
}

function VirtualList({
  rows,
  selected,
  onSelect,
}: {
  rows: ListRow[];
  selected?: string;
  onSelect(key: string): void;
}) {
  const t = useT();
  const list = useRef<HTMLUListElement>(null);
  // The panel scrolls as a whole: the list starts below the page bar and the manual path.
  const [margin, setMargin] = useState(0);
  // After every render: what sits above the list may have grown (a notice, the manual form).
  // It settles at once, as the state only changes when the offset does.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const top = list.current ? list.current.getBoundingClientRect().top + window.scrollY : 0;
    if (Math.abs(top - margin) > 1) setMargin(top);
  });
  const virtual = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ROW_ESTIMATE,
    gap: GAP,
    overscan: 8,
    scrollMargin: margin,
    getItemKey: (i) => rows[i]!.key,
    // The window's size is known now: without it the first render draws no row and
    // the rows wait for the virtualizer's own re-render.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  // Back from a case: the row it came from is rendered (the panel then focuses it).
  const selectedIndex = selected ? rows.findIndex((r) => r.key === selected) : -1;
  useLayoutEffect(() => {
    if (selectedIndex < 0) return;
    const shown = virtual.getVirtualItems();
    if (!shown.some((v) => v.index === selectedIndex))
      virtual.scrollToIndex(selectedIndex, { align: 'center' });
    // only when the list (re)appears with a selection
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <ul
      ref={list}
      className="items virtual"
      aria-label={t('panel.items')}
      style={{ height: virtual.getTotalSize(), position: 'relative' }}
    >
      {virtual.getVirtualItems().map((v) => {
        const row = rows[v.index]!;
        return (
          <li
            key={v.key}
            data-index={v.index}
            ref={virtual.measureElement}
            aria-posinset={v.index + 1}
            aria-setsize={rows.length}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              transform: `translateY(${v.start - margin}px)`,
            }}
          >
            <ItemRow row={row} isSelected={selected === row.key} onSelect={onSelect} />
          </li>
        );
      })}
    </ul>
  );
}
