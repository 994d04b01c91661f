import type { SnapshotItem } from '@/lib/messages';
import type { Analysis } from '@/lib/analysis/types';
import { Stars } from './Stars';
import { dateLabel } from '@/lib/ui/product';
import { CAUSE_LABELS, SENTIMENT_LABELS } from './labels';

export interface ListRow {
  key: string;
  item: SnapshotItem;
  analysis: Analysis;
  caseStatus?: 'open' | 'closed';
}

export function ItemList({
  rows,
  selected,
  onSelect,
}: {
  rows: ListRow[];
  selected?: string;
  onSelect(key: string): void;
}) {
  return (
    <ul className="items" aria-label="Detected items">
      {rows.map(({ key, item, analysis, caseStatus }) => {
        const top = analysis.causes[0];
        return (
          <li key={key}>
            <button
              type="button"
              data-testid="detected-item"
              data-external-id={item.externalId}
              data-sentiment={analysis.sentiment}
              aria-pressed={selected === key}
              className={`item ${analysis.sentiment} ${selected === key ? 'selected' : ''}`}
              onClick={() => onSelect(key)}
            >
              <span className="item-head">
                <Stars rating={item.rating} />
                <span className={`badge ${analysis.sentiment}`}>
                  {SENTIMENT_LABELS[analysis.sentiment]}
                </span>
                {analysis.flags.includes('extortion') && (
                  <span className="badge danger">Extortion 敲诈</span>
                )}
                {top && <span className="badge cause">{CAUSE_LABELS[top.cause].zh}</span>}
                {caseStatus && <span className="badge case-status">Case {caseStatus}</span>}
              </span>
              <span className="item-title">{item.title || item.body.slice(0, 80)}</span>
              <span className="item-meta">
                {[item.author, item.orderId, dateLabel(item.date)].filter(Boolean).join(' · ')}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
