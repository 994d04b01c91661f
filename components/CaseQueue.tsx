import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { openByDeadline } from '@/lib/db/query';
import { FLAGS } from '@/lib/analysis/types';
import { SITE_IDS, type SiteId } from '@/lib/messages';
import { db, saveSettings, type CaseRecord } from '@/lib/db';
import { reportFailure } from './DbProblemBanner';
import type { MessageKey } from '@/lib/i18n';
import { useT, useUiLocale } from '@/lib/i18n/react';
import { urgencyOf } from '@/lib/cases/deadlines';
import { flagLabel, localTime, siteLabel, statusLabel } from '@/lib/cases/labels';

export interface CaseQueueProps {
  /** The agent's name: "mine" are the cases this agent owns (or nobody owns yet). */
  agentName?: string;
  now?: number;
  onOpen(c: CaseRecord): void;
  onOpenPage(c: CaseRecord): void;
}

/** Every open case across marketplaces and tabs, nearest deadline first. */
export function CaseQueue({ agentName, now: fixedNow, onOpen, onOpenPage }: CaseQueueProps) {
  const t = useT();
  const locale = useUiLocale((s) => s.locale);
  const [mine, setMine] = useState(true);
  const [site, setSite] = useState<SiteId | ''>('');
  const [flag, setFlag] = useState('');
  const open = useLiveQuery(() => openByDeadline(500), [], undefined);
  const notify = useLiveQuery(
    async () => (await db().settings.get('agent'))?.notify ?? false,
    [],
    false,
  );
  const now = fixedNow ?? Date.now();
  const shown = useMemo(
    () =>
      (open ?? []).filter(
        (c) =>
          (!mine || !c.owner || !agentName || c.owner === agentName) &&
          (!site || c.site === site) &&
          (!flag || c.flags.includes(flag)),
      ),
    [open, mine, agentName, site, flag],
  );
  if (open === undefined) return null;
  return (
    <section className="case-queue" data-testid="case-queue" aria-label={t('queue.title')}>
      <h2>
        {t('queue.title')}{' '}
        <span className="muted">{t('queue.count', { count: shown.length })}</span>
      </h2>
      <div className="queue-filters">
        <select
          aria-label={t('queue.mine')}
          data-testid="queue-owner"
          value={mine ? 'mine' : 'all'}
          onChange={(e) => setMine(e.target.value === 'mine')}
        >
          <option value="mine">{t('queue.mine')}</option>
          <option value="all">{t('queue.all')}</option>
        </select>
        <select
          aria-label={t('queue.anySite')}
          data-testid="queue-site"
          value={site}
          onChange={(e) => setSite(e.target.value as SiteId | '')}
        >
          <option value="">{t('queue.anySite')}</option>
          {SITE_IDS.map((s) => (
            <option key={s} value={s}>
              {siteLabel(locale, s)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('queue.anyFlag')}
          data-testid="queue-flag"
          value={flag}
          onChange={(e) => setFlag(e.target.value)}
        >
          <option value="">{t('queue.anyFlag')}</option>
          {FLAGS.map((f) => (
            <option key={f} value={f}>
              {flagLabel(locale, f)}
            </option>
          ))}
        </select>
        <label className="check">
          <input
            type="checkbox"
            data-testid="queue-notify"
            checked={notify}
            onChange={(e) => reportFailure(saveSettings({ notify: e.target.checked }))}
          />{' '}
          {t('queue.notify')}
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{open.length ? t('queue.emptyFiltered') : t('queue.empty')}</p>
      ) : (
        <ol className="queue">
          {shown.map((c) => {
            const due =
              c.dueAt !== undefined && c.dueKind ? { dueAt: c.dueAt, kind: c.dueKind } : undefined;
            const urgency = urgencyOf(due, now);
            return (
              <li
                key={c.id}
                data-testid="queue-item"
                data-case-id={c.id}
                data-due-at={due ? new Date(due.dueAt).toISOString() : undefined}
                data-urgency={urgency}
                className={`queue-item ${urgency ?? ''}`}
              >
                <button type="button" className="link" onClick={() => onOpen(c)}>
                  <span className="queue-title">
                    {siteLabel(locale, c.site)} · {(c.item.title || c.item.body).slice(0, 60)}
                  </span>
                  <span className="muted"> {statusLabel(locale, c.status)}</span>
                </button>
                {due && (
                  <span
                    className={`badge ${urgency === 'ok' ? '' : 'overdue'}`}
                    data-testid="queue-due"
                    title={t(`queue.deadline.${due.kind}` as MessageKey)}
                  >
                    {t(`queue.deadline.${due.kind}` as MessageKey)}:{' '}
                    {t(urgency === 'missed' ? 'queue.overdue' : 'queue.due', {
                      time: localTime(locale, due.dueAt),
                    })}
                  </span>
                )}
                <button
                  type="button"
                  className="secondary small"
                  data-testid="queue-open-page"
                  onClick={() => onOpenPage(c)}
                >
                  {t('queue.openPage')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
