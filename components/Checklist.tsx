import { uiText, type ChecklistStep } from '@/lib/playbook';
import type { UiLocale } from '@/lib/i18n';
import type { StepState } from '@/lib/db/schema';
import { useT } from '@/lib/i18n/react';
import { useFormat } from '@/lib/ui/format';

export function Checklist({
  steps,
  state,
  lang,
  ready,
  current,
  onSet,
  onDraft,
  now = Date.now(),
}: {
  steps: ChecklistStep[];
  state: Record<string, StepState>;
  /** The agent's UI language, never the buyer's ('zh' is zh-CN). */
  lang: UiLocale | 'zh';
  /** False until the case is stored: a step clicked earlier would have nowhere to go. */
  ready: boolean;
  /** The step to work on now: shown open, the others collapsed to one line. */
  current?: string;
  now?: number;
  onSet(stepId: string, next: StepState | 'todo'): void;
  onDraft(stage: string): void;
}) {
  const t = useT();
  const f = useFormat();
  const locale: UiLocale = lang === 'zh' ? 'zh-CN' : lang;
  return (
    <ol className="checklist">
      {steps.map((s) => {
        const st = state[s.id];
        const blocked = s.availability === 'not_allowed' || s.availability === 'not_applicable';
        const step = uiText(s.title, locale);
        const overdue = s.deadline ? Date.parse(s.deadline) < now : false;
        return (
          <li
            key={s.id}
            data-testid="checklist-step"
            data-step-id={s.id}
            data-done={st === 'done' ? 'true' : 'false'}
            data-availability={s.availability}
            data-current={s.id === current ? 'true' : undefined}
            className={`step ${st ?? 'todo'} ${s.availability} ${s.id === current ? 'current' : ''}`}
          >
            <details open={s.id === current}>
              <summary>
                <span className="step-title">{step}</span>
                {s.availability === 'optional' && (
                  <span className="badge">{t('caseview.step.optional')}</span>
                )}
                {s.availability === 'not_allowed' && (
                  <span className="badge danger">{t('caseview.step.notAllowed')}</span>
                )}
                {s.availability === 'not_applicable' && (
                  <span className="badge">{t('caseview.step.na')}</span>
                )}
                {s.deadline && !st && (
                  <span
                    className={`badge deadline ${overdue ? 'overdue' : ''}`}
                    data-testid="deadline"
                    title={f.dateTime(s.deadline)}
                  >
                    {t(overdue ? 'caseview.step.overdue' : 'caseview.step.by', {
                      date: f.dateTime(s.deadline),
                    })}
                  </span>
                )}
              </summary>
              <p className="goal">{uiText(s.goal, locale)}</p>
              {s.reason && <p className="reason">{uiText(s.reason, locale)}</p>}
              <ul className="checks">
                {s.checks.map((c) => (
                  <li key={c.en}>{uiText(c, locale)}</li>
                ))}
              </ul>
            </details>
            <div className="step-actions">
              {st ? (
                <button
                  type="button"
                  className="link"
                  aria-label={t('caseview.step.undoLabel', { step })}
                  onClick={() => onSet(s.id, 'todo')}
                >
                  {t(st === 'done' ? 'caseview.step.undoDone' : 'caseview.step.undoSkipped')}
                </button>
              ) : (
                <>
                  <button
                    type="button"
                    data-testid="step-done"
                    aria-label={t('caseview.step.doneLabel', { step })}
                    disabled={!ready || s.availability === 'not_allowed'}
                    onClick={() => onSet(s.id, 'done')}
                  >
                    {t('caseview.step.done')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    data-testid="step-skip"
                    aria-label={t('caseview.step.skipLabel', { step })}
                    disabled={!ready}
                    onClick={() => onSet(s.id, 'skipped')}
                  >
                    {t('caseview.step.skip')}
                  </button>
                </>
              )}
              {s.draftStage && !blocked && (
                <button
                  type="button"
                  className="link"
                  aria-label={t('caseview.step.draftLabel', { step })}
                  onClick={() => onDraft(s.draftStage!)}
                >
                  {t('caseview.step.draft')}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
