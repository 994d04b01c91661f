import { useState } from 'react';
import { isOpenStatus, type CaseRecord } from '@/lib/db/schema';
import { saveScenario } from '@/lib/practice/store';
import { useT } from '@/lib/i18n/react';

/** A closed real case kept for training (seed 001: 典型差评案例纳入培训教材), anonymised. */
export function SaveAsPractice({ record }: { record?: CaseRecord }) {
  const t = useT();
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  if (!record || record.practice === 1 || isOpenStatus(record.status)) return null;
  const save = () =>
    saveScenario(record).then(
      (s) =>
        setResult(
          s
            ? { ok: true, text: t('practice.saveCase.done') }
            : { ok: false, text: t('practice.saveCase.empty') },
        ),
      (e: unknown) =>
        setResult({ ok: false, text: t('practice.saveCase.error', { error: String(e) }) }),
    );
  return (
    <div className="save-practice">
      <button
        type="button"
        className="secondary"
        data-testid="save-practice"
        onClick={() => void save()}
      >
        {t('practice.saveCase')}
      </button>
      {result && (
        <p
          className={`notice ${result.ok ? 'ok' : 'error'}`}
          role={result.ok ? 'status' : 'alert'}
          data-testid="save-practice-result"
        >
          {result.text}
        </p>
      )}
    </div>
  );
}
