import { useT } from '@/lib/i18n/react';
import { useFormat } from '@/lib/ui/format';

/** Stays at the top of the case view: back to the list (where the agent left it), previous, next. */
export function CaseNav({
  index,
  total,
  onBack,
  onPrev,
  onNext,
}: {
  index: number;
  total: number;
  onBack(): void;
  onPrev?: () => void;
  onNext?: () => void;
}) {
  const t = useT();
  const f = useFormat();
  return (
    <nav className="case-nav" aria-label={t('caseview.nav')}>
      <button type="button" className="secondary" data-testid="back-to-list" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {t('caseview.back')}
      </button>
      <span className="case-pos muted" data-testid="case-position">
        {t('caseview.position', { index: f.number(index + 1), total: f.number(total) })}
      </span>
      <span className="case-step">
        <button
          type="button"
          className="secondary icon"
          data-testid="prev-item"
          aria-label={t('caseview.prev')}
          title={t('caseview.prev')}
          disabled={!onPrev}
          onClick={onPrev}
        >
          ‹
        </button>
        <button
          type="button"
          className="secondary icon"
          data-testid="next-item"
          aria-label={t('caseview.next')}
          title={t('caseview.next')}
          disabled={!onNext}
          onClick={onNext}
        >
          ›
        </button>
      </span>
    </nav>
  );
}
