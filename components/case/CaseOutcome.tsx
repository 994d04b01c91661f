import { OUTCOMES, setOutcome, type CaseRecord, type OpenCaseInput } from '@/lib/db';
import { CaseStatusSelect } from '../CaseStatus';
import { CaseNotes } from '../CaseNotes';
import { SaveAsPractice } from './SaveAsPractice';
import { reportFailure } from '../DbProblemBanner';
import { useT } from '@/lib/i18n/react';

/** How the case ended; the notes and status controls of the case join here. */
export function CaseOutcome({
  caseId,
  record,
  seed,
}: {
  caseId: string;
  record?: CaseRecord;
  /** Creates the case when a note is the first work on the item. */
  seed?: OpenCaseInput;
}) {
  const t = useT();
  return (
    <section aria-labelledby="outcome-h" className="case-section outcome">
      <h3 id="outcome-h">{t('caseview.outcome')}</h3>
      <select
        aria-labelledby="outcome-h"
        value={record?.outcome ?? ''}
        disabled={!record}
        onChange={(e) =>
          reportFailure(setOutcome(caseId, (e.target.value || undefined) as CaseRecord['outcome']))
        }
      >
        <option value="">{t('caseview.outcome.open')}</option>
        {OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {t(`caseview.outcome.${o}`)}
          </option>
        ))}
      </select>
      {record && <CaseStatusSelect record={record} />}
      <CaseNotes caseId={caseId} record={record} open={{ open: seed }} />
      <SaveAsPractice record={record} />
    </section>
  );
}
