import type { CaseEvent } from '@/lib/db/schema';

const LABELS: Record<CaseEvent['type'], string> = {
  opened: 'Case opened',
  step_done: 'Step done',
  step_skipped: 'Step skipped',
  step_reset: 'Step reopened',
  draft_inserted: 'Draft inserted',
  draft_copied: 'Draft copied',
  outcome: 'Outcome set',
  reopened: 'Case reopened',
};

export function Timeline({ events }: { events: CaseEvent[] }) {
  if (events.length === 0) return null;
  return (
    <section aria-label="Timeline" className="timeline">
      <h3>Timeline 时间线</h3>
      <ol>
        {events.map((e) => (
          <li key={e.id ?? `${e.at}-${e.type}`} data-testid="timeline-event" data-type={e.type}>
            <time dateTime={new Date(e.at).toISOString()}>{new Date(e.at).toLocaleString()}</time>{' '}
            {LABELS[e.type]}
            {e.detail ? `: ${e.detail}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
