import { useState } from 'react';
import {
  FIX_AREAS,
  setPostMortem,
  type CaseRecord,
  type FixArea,
  type PostMortem as PM,
} from '@/lib/db';
import { CAUSES, type Cause } from '@/lib/analysis/types';
import type { MessageKey } from '@/lib/i18n';
import { useT, useUiLocale } from '@/lib/i18n/react';
import { causeLabel } from '@/lib/cases/labels';
import { reportFailure } from './DbProblemBanner';

/** Seed 000's 复盘 and 后端迭代: the confirmed cause, the fix upstream, the lesson. */
export function PostMortem({ record }: { record: CaseRecord }) {
  const t = useT();
  const locale = useUiLocale((s) => s.locale);
  const pm = record.postMortem;
  const [cause, setCause] = useState<Cause | ''>(pm?.cause ?? '');
  const [fixes, setFixes] = useState<FixArea[]>(pm?.fixes ?? []);
  const [fix, setFix] = useState(pm?.fix ?? '');
  const [lesson, setLesson] = useState(pm?.lesson ?? '');
  const save = () => {
    const next: PM = { fixes };
    if (cause) next.cause = cause;
    if (fix.trim()) next.fix = fix.trim().slice(0, 4000);
    if (lesson.trim()) next.lesson = lesson.trim().slice(0, 4000);
    reportFailure(setPostMortem(record.id, next));
  };
  return (
    <section className="post-mortem" aria-label={t('queue.pm.title')} data-testid="post-mortem">
      <h3>{t('queue.pm.title')}</h3>
      <label>
        {t('queue.pm.cause')}{' '}
        <select value={cause} onChange={(e) => setCause(e.target.value as Cause | '')}>
          <option value="">{t('queue.pm.none')}</option>
          {CAUSES.map((c) => (
            <option key={c} value={c}>
              {causeLabel(locale, c)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('queue.pm.fixes')}</legend>
        {FIX_AREAS.map((f) => (
          <label key={f} className="check">
            <input
              type="checkbox"
              data-testid="pm-fix"
              data-fix={f}
              checked={fixes.includes(f)}
              onChange={(e) =>
                setFixes((xs) => (e.target.checked ? [...xs, f] : xs.filter((x) => x !== f)))
              }
            />{' '}
            {t(`queue.pm.fix.${f}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('queue.pm.fix')}
        <textarea rows={2} value={fix} onChange={(e) => setFix(e.target.value)} />
      </label>
      <label>
        {t('queue.pm.lesson')}
        <textarea rows={2} value={lesson} onChange={(e) => setLesson(e.target.value)} />
      </label>
      <button type="button" data-testid="pm-save" onClick={save}>
        {t('queue.pm.save')}
      </button>
    </section>
  );
}
