import type { CaseEvent } from '@/lib/db/schema';
import { useT, useUiLocale } from '@/lib/i18n/react';
import { useFormat } from '@/lib/ui/format';
import { eventLabel } from '@/lib/cases/labels';

/** A case's history in the agent's language, oldest first; buyer text and notes as text only. */
export function Timeline({ events }: { events: readonly CaseEvent[] }) {
  const t = useT();
  const f = useFormat();
  const locale = useUiLocale((s) => s.locale);
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="timeline-h" className="timeline">
      <h3 id="timeline-h">{t('queue.timeline')}</h3>
      <ol>
        {events.map((e) => (
          <li key={e.id} data-testid="timeline-event" data-type={e.type}>
            <time dateTime={new Date(e.at).toISOString()}>{f.dateTime(e.at)}</time>{' '}
            {eventLabel(locale, e)}
            {e.agent && <span className="muted"> {t('queue.by', { agent: e.agent })}</span>}
            {(e.type === 'buyer_text' || e.type === 'note') && e.text && (
              <blockquote className="event-text">{e.text}</blockquote>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
