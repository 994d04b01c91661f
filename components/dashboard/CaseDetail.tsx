import '@/lib/i18n/dashboard';
import { useLiveQuery } from 'dexie-react-hooks';
import { caseEvents, db } from '@/lib/db';
import { useT, useUiLocale } from '@/lib/i18n/react';
import { causeLabel, localTime, siteLabel } from '@/lib/cases/labels';
import { CaseNotes } from '../CaseNotes';
import { CaseStatusSelect } from '../CaseStatus';
import { PostMortem } from '../PostMortem';
import { Timeline } from '../Timeline';

/** One case opened from the table: what the buyer wrote, its status, notes, post-mortem, timeline. */
export function CaseDetail({ id, onClose }: { id: string; onClose(): void }) {
  const t = useT();
  const locale = useUiLocale((s) => s.locale);
  const c = useLiveQuery(() => db().cases.get(id), [id], null);
  const events = useLiveQuery(() => caseEvents(id), [id], []);
  if (c === null) return null;
  if (!c) return null;
  return (
    <aside
      className="case-detail"
      data-testid="case-detail"
      data-case-id={c.id}
      aria-label={t('dashboard.detail.title', { id: c.externalId })}
    >
      <header className="panel-head">
        <h2>{t('dashboard.detail.title', { id: c.externalId })}</h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t('dashboard.detail.close')}
        </button>
      </header>
      <p className="item-meta">
        {siteLabel(locale, c.site)} · {localTime(locale, c.createdAt)}
        {c.buyer && ` · ${t('dashboard.detail.buyer')}: ${c.buyer}`}
        {c.orderId && ` · ${t('dashboard.detail.order')}: ${c.orderId}`}
        {c.product &&
          ` · ${t('dashboard.detail.product')}: ${[c.product.id, c.product.name].filter(Boolean).join(' ')}`}
      </p>
      {c.item.title && <h3>{c.item.title}</h3>}
      <blockquote className="item-body">{c.item.body}</blockquote>
      <p>{c.causes.map((x) => causeLabel(locale, x)).join('、')}</p>
      <CaseStatusSelect record={c} />
      <CaseNotes caseId={c.id} record={c} />
      <PostMortem key={c.id + String(c.stamps.postMortem ?? '')} record={c} />
      {events.length ? (
        <Timeline events={events} />
      ) : (
        <p className="muted">{t('dashboard.empty.timeline')}</p>
      )}
    </aside>
  );
}
