import { uiText, type ChecklistStep } from '@/lib/playbook';
import type { UiLocale } from '@/lib/i18n';
import type { StepState } from '@/lib/db/schema';
import { useT } from '@/lib/i18n/react';

/** The one step to work on now, above the draft, so the agent never scrolls the checklist to act. */
export function NextStep({
  step,
  lang,
  ready,
  onSet,
  onDraft,
}: {
  step: ChecklistStep | undefined;
  lang: UiLocale | 'zh';
  ready: boolean;
  onSet(stepId: string, next: StepState): void;
  onDraft(stage: string): void;
}) {
  const t = useT();
  const locale: UiLocale = lang === 'zh' ? 'zh-CN' : lang;
  return (
    <section className="next-step" aria-labelledby="next-step-h" data-testid="next-step">
      <h3 id="next-step-h">{t('caseview.nextStep')}</h3>
      {!step ? (
        <p className="muted">{t('caseview.allDone')}</p>
      ) : (
        <div data-step-id={step.id}>
          <p className="next-title">{uiText(step.title, locale)}</p>
          <p className="goal">{uiText(step.goal, locale)}</p>
          <div className="step-actions">
            <button
              type="button"
              data-testid="next-step-done"
              aria-label={t('caseview.step.doneLabel', { step: uiText(step.title, locale) })}
              disabled={!ready}
              onClick={() => onSet(step.id, 'done')}
            >
              {t('caseview.step.done')}
            </button>
            <button
              type="button"
              className="secondary"
              data-testid="next-step-skip"
              aria-label={t('caseview.step.skipLabel', { step: uiText(step.title, locale) })}
              disabled={!ready}
              onClick={() => onSet(step.id, 'skipped')}
            >
              {t('caseview.step.skip')}
            </button>
            {step.draftStage && (
              <button
                type="button"
                className="link"
                aria-label={t('caseview.step.draftLabel', { step: uiText(step.title, locale) })}
                onClick={() => onDraft(step.draftStage!)}
              >
                {t('caseview.step.draft')}
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
