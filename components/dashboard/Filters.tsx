import '@/lib/i18n/dashboard';
import { CAUSES, FLAGS } from '@/lib/analysis/types';
import { SITE_IDS } from '@/lib/messages';
import { CASE_STATUSES } from '@/lib/db';
import type { CaseFilter } from '@/lib/db/query';
import { useT, useUiLocale } from '@/lib/i18n/react';
import { causeLabel, flagLabel, siteLabel, statusLabel } from '@/lib/cases/labels';

const day = (t?: number) => (t === undefined ? '' : new Date(t).toISOString().slice(0, 10));
/** A date input's day in the agent's zone: from its first to its last millisecond. */
const parseDay = (s: string, end: boolean): number | undefined => {
  if (!s) return undefined;
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(y!, m! - 1, d!).getTime();
  return end ? t + 86_400_000 - 1 : t;
};

export function Filters({
  filter,
  owners,
  onChange,
}: {
  filter: CaseFilter;
  owners: readonly string[];
  onChange(f: CaseFilter): void;
}) {
  const t = useT();
  const locale = useUiLocale((s) => s.locale);
  const set = (patch: Partial<CaseFilter>) => onChange({ ...filter, ...patch });
  return (
    <section className="filters" data-testid="filters">
      <label>
        {t('dashboard.filter.from')}{' '}
        <input
          type="date"
          data-testid="filter-from"
          value={day(filter.from)}
          onChange={(e) => set({ from: parseDay(e.target.value, false) })}
        />
      </label>
      <label>
        {t('dashboard.filter.to')}{' '}
        <input
          type="date"
          data-testid="filter-to"
          value={day(filter.to)}
          onChange={(e) => set({ to: parseDay(e.target.value, true) })}
        />
      </label>
      <label>
        {t('dashboard.filter.site')}{' '}
        <select
          data-testid="filter-site"
          value={filter.site ?? ''}
          onChange={(e) => set({ site: (e.target.value || undefined) as CaseFilter['site'] })}
        >
          <option value="">{t('dashboard.filter.any')}</option>
          {SITE_IDS.map((s) => (
            <option key={s} value={s}>
              {siteLabel(locale, s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filter.status')}{' '}
        <select
          data-testid="filter-status"
          value={filter.status ?? ''}
          onChange={(e) => set({ status: (e.target.value || undefined) as CaseFilter['status'] })}
        >
          <option value="">{t('dashboard.filter.any')}</option>
          <option value="open">{t('dashboard.filter.open')}</option>
          <option value="done">{t('dashboard.filter.done')}</option>
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(locale, s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filter.cause')}{' '}
        <select
          data-testid="filter-cause"
          value={filter.cause ?? ''}
          onChange={(e) => set({ cause: (e.target.value || undefined) as CaseFilter['cause'] })}
        >
          <option value="">{t('dashboard.filter.any')}</option>
          {CAUSES.map((c) => (
            <option key={c} value={c}>
              {causeLabel(locale, c)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filter.flag')}{' '}
        <select
          data-testid="filter-flag"
          value={filter.flag ?? ''}
          onChange={(e) => set({ flag: e.target.value || undefined })}
        >
          <option value="">{t('dashboard.filter.any')}</option>
          {FLAGS.map((f) => (
            <option key={f} value={f}>
              {flagLabel(locale, f)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filter.owner')}{' '}
        <select
          data-testid="filter-owner"
          value={filter.owner === undefined ? '*' : filter.owner}
          onChange={(e) => set({ owner: e.target.value === '*' ? undefined : e.target.value })}
        >
          <option value="*">{t('dashboard.filter.any')}</option>
          <option value="">{t('dashboard.filter.unowned')}</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      <input
        type="search"
        data-testid="filter-search"
        placeholder={t('dashboard.filter.search')}
        aria-label={t('dashboard.filter.search')}
        value={filter.text ?? ''}
        onChange={(e) => set({ text: e.target.value || undefined })}
      />
      <button type="button" className="secondary" onClick={() => onChange({})}>
        {t('dashboard.filter.clear')}
      </button>
    </section>
  );
}
