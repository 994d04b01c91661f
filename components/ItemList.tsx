import type { SnapshotItem } from '@/lib/messages';
import type { Analysis } from '@/lib/analysis/types';
import { Stars } from './Stars';
import { CAUSE_LABELS } from './labels';
import { useT, useUiLocale } from '@/lib/i18n/react';
import { langOf } from '@/lib/ui/lang';
import { dateLabel } from '@/lib/ui/product';

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
  const t = useT();
  const zh = useUiLocale((s) => s.locale) !== 'en';
  return (
    <ul className="items" aria-label={t('panel.items')}>
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
                  {t(`panel.sentiment.${analysis.sentiment}`)}
                </span>
                {analysis.flags.includes('extortion') && (
                  <span className="badge danger">{t('panel.extortion')}</span>
                )}
                {top && (
                  <span className="badge cause">{CAUSE_LABELS[top.cause][zh ? 'zh' : 'en']}</span>
                )}
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
          </li>
        );
      })}
    </ul>
  );
}
