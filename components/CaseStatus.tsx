import { CASE_STATUSES, setStatus, type CaseRecord, type CaseStatus as Status } from '@/lib/db';
import { useT, useUiLocale } from '@/lib/i18n/react';
import { statusLabel } from '@/lib/cases/labels';
import { reportFailure } from './DbProblemBanner';

/** The case's status, set by the steps and always correctable by the agent. */
export function CaseStatusSelect({ record }: { record: CaseRecord }) {
  const t = useT();
  const locale = useUiLocale((s) => s.locale);
  return (
    <label className="case-status">
      {t('queue.statusLabel')}{' '}
      <select
        data-testid="case-status"
        value={record.status}
        onChange={(e) => reportFailure(setStatus(record.id, e.target.value as Status))}
      >
        {CASE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusLabel(locale, s)}
          </option>
        ))}
      </select>
    </label>
  );
}
