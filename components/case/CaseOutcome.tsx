import { OUTCOMES, setOutcome, type CaseRecord } from '@/lib/db';
import { useT } from '@/lib/i18n/react';

/** How the case ended; the notes and status controls of the case join here. */
export function CaseOutcome({ caseId, record }: { caseId: string; record?: CaseRecord }) {
  const t = useT();
  return (
    <section aria-labelledby="outcome-h" className="case-section outcome">
      <h3 id="outcome-h">{t('caseview.outcome')}</h3>
      <select
        aria-labelledby="outcome-h"
        value={record?.outcome ?? ''}
        disabled={!record}
        onChange={(e) =>
          void setOutcome(caseId, (e.target.value || undefined) as CaseRecord['outcome'])
        }
      >
        <option value="">{t('caseview.outcome.open')}</option>
        {OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {t(`caseview.outcome.${o}`)}
          </option>
        ))}
      </select>
      {/* slot: case status / close (cases) */}
      {/* slot: CaseNotes (cases) */}
    </section>
  );
}
