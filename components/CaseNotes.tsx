import { useEffect, useRef, useState } from 'react';
import { setNotes, type CaseRecord } from '@/lib/db';
import { useT } from '@/lib/i18n/react';
import { reportFailure } from './DbProblemBanner';

/**
 * The agent's notes on a case, saved a moment after typing stops (and on
 * leaving the field). Another writer's change shows unless the agent is typing.
 */
export function CaseNotes({
  caseId,
  record,
  open,
}: {
  caseId: string;
  record?: Pick<CaseRecord, 'notes'>;
  /** Saves the case first when it is not stored yet (notes are working on it). */
  open?: Parameters<typeof setNotes>[2];
}) {
  const t = useT();
  const stored = record?.notes ?? '';
  const [text, setText] = useState(stored);
  const [dirty, setDirty] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    if (!dirty) setText(stored);
  }, [stored, dirty]);
  const save = (value: string) => {
    clearTimeout(timer.current);
    reportFailure(setNotes(caseId, value, open).then(() => setDirty(false)));
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <section className="case-notes" aria-label={t('queue.notes')}>
      <label>
        <span className="label">{t('queue.notes')}</span>{' '}
        <span className="muted" aria-live="polite">
          {dirty ? t('queue.saving') : stored ? t('queue.saved') : ''}
        </span>
        <textarea
          data-testid="case-notes"
          value={text}
          rows={3}
          placeholder={t('queue.notesHint')}
          onChange={(e) => {
            const v = e.target.value;
            setText(v);
            setDirty(true);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => save(v), 600);
          }}
          onBlur={() => dirty && save(text)}
        />
      </label>
    </section>
  );
}
