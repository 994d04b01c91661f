import type { SnapshotItem } from '@/lib/messages';
import type { Analysis } from '@/lib/analysis/types';
import { useT } from '@/lib/i18n/react';
import { langOf } from '@/lib/ui/lang';
import { dateLabel, productLabel } from '@/lib/ui/product';
import { ItemNotes } from '../ItemNotes';
import { HighlightedText } from '../HighlightedText';
import { Stars } from '../Stars';

/** What the buyer wrote, and who and what it is about. */
export function CaseHeader({
  item,
  analysis,
  practice = false,
}: {
  item: SnapshotItem;
  analysis: Analysis;
  practice?: boolean;
}) {
  const t = useT();
  const lang = langOf(analysis.language);
  return (
    <header className="case-head">
      <h2>
        <Stars rating={item.rating} />{' '}
        <span lang={lang}>
          {item.title ||
            t(item.kind === 'messages' ? 'caseview.untitled.messages' : 'caseview.untitled.review')}
        </span>
      </h2>
      <p className="item-meta">
        {[
          item.author,
          dateLabel(item.date),
          item.orderId && t('caseview.order', { id: item.orderId }),
          productLabel(item.product),
        ]
          .filter(Boolean)
          .join(' · ')}
        {item.contacted && <span className="badge">{t('caseview.contacted')}</span>}
        {item.fba && <span className="badge">{t('caseview.fba')}</span>}
        {practice && (
          <span className="badge practice" data-testid="practice-badge">
            {t('practice.badge')}
          </span>
        )}
        {/* slot: case status / owner badge (cases) */}
      </p>
      <ItemNotes item={item} />
      <blockquote className="item-body" lang={lang} aria-label={t('caseview.buyerText')}>
        <HighlightedText text={item.body} marks={analysis.causes.flatMap((c) => c.evidence)} />
      </blockquote>
    </header>
  );
}
