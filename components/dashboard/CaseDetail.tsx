import '@/lib/i18n/dashboard';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { caseEvents, db, setOwner, useDbProblem, type CaseRecord } from '@/lib/db';
import { owners } from '@/lib/db/query';
import { useT, useUiLocale } from '@/lib/i18n/react';
import { causeLabel, localTime, remedyLabel, siteLabel } from '@/lib/cases/labels';
import { CaseNotes } from '../CaseNotes';
import { CaseStatusSelect } from '../CaseStatus';
import { PostMortem } from '../PostMortem';
import { Timeline } from '../Timeline';

/** The lead corrects who works the case (an owner from a merged log included); saved on leaving the field. */
function OwnerField({ record }: { record: CaseRecord }) {
  const t = useT();
  const [value, setValue] = useState(record.owner ?? '');
  const known = useLiveQuery(() => owners(), [], []);
  const save = () => {
    if (value.trim() === (record.owner ?? '')) return;
    setOwner(record.id, value).catch((e: unknown) => useDbProblem.getState().report(e));
  };
  return (
    <label className="detail-owner">
      {t('dashboard.detail.owner')}{' '}
      <input
        data-testid="detail-owner"
        list="detail-owners"
        maxLength={100}
        value={value}
        aria-describedby="detail-owner-hint"
        onChange={(e) => setValue(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && save()}
      />
      <datalist id="detail-owners">
        {known.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <span id="detail-owner-hint" className="muted hint">
        {t('dashboard.detail.ownerHint')}
      </span>
    </label>
  );
}

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
      <OwnerField key={`${c.id}|${c.owner ?? ''}`} record={c} />
      <section aria-label={t('dashboard.detail.remedies')}>
        <h3>{t('dashboard.detail.remedies')}</h3>
        {c.remedies.length ? (
          <ul data-testid="detail-remedies">
            {c.remedies.map((r) => (
              <li key={r} data-testid="detail-remedy" data-remedy={r}>
                {remedyLabel(locale, r)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted" data-testid="detail-remedies">
            {t('dashboard.detail.noRemedies')}
          </p>
        )}
      </section>
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
