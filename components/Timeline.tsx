import type { CaseEvent } from '@/lib/db/schema';
import { useT } from '@/lib/i18n/react';
import { useFormat } from '@/lib/ui/format';

export function Timeline({ events }: { events: CaseEvent[] }) {
  const t = useT();
  const f = useFormat();
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="timeline-h" className="timeline">
      <h3 id="timeline-h">{t('caseview.timeline')}</h3>
      <ol>
        {events.map((e) => (
          <li key={e.id ?? `${e.at}-${e.type}`} data-testid="timeline-event" data-type={e.type}>
            <time dateTime={new Date(e.at).toISOString()}>{f.dateTime(e.at)}</time>{' '}
            {t(`caseview.event.${e.type}`)}
            {e.detail ? `: ${e.detail}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
