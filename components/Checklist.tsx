import type { ChecklistStep } from '@/lib/playbook';
import type { StepState } from '@/lib/db/schema';

export function Checklist({
  steps,
  state,
  lang,
  ready,
  onSet,
  onDraft,
  now = Date.now(),
}: {
  steps: ChecklistStep[];
  state: Record<string, StepState>;
  lang: 'en' | 'zh';
  /** False until the case is stored: a step clicked earlier would have nowhere to go. */
  ready: boolean;
  now?: number;
  onSet(stepId: string, next: StepState | 'todo'): void;
  onDraft(stage: string): void;
}) {
  return (
    <ol className="checklist" aria-label="De-escalation checklist">
      {steps.map((s) => {
        const st = state[s.id];
        const blocked = s.availability === 'not_allowed' || s.availability === 'not_applicable';
        return (
          <li
            key={s.id}
            data-testid="checklist-step"
            data-step-id={s.id}
            data-done={st === 'done' ? 'true' : 'false'}
            data-availability={s.availability}
            className={`step ${st ?? 'todo'} ${s.availability}`}
          >
            <details>
              <summary>
                <span className="step-title">{s.title[lang]}</span>
                {s.availability === 'optional' && <span className="badge">optional</span>}
                {s.availability === 'not_allowed' && (
                  <span className="badge danger">not allowed</span>
                )}
                {s.availability === 'not_applicable' && <span className="badge">n/a</span>}
                {s.deadline && !st && (
                  <span
                    className={`badge deadline ${Date.parse(s.deadline) < now ? 'overdue' : ''}`}
                    data-testid="deadline"
                    title={new Date(s.deadline).toLocaleString()}
                  >
                    {Date.parse(s.deadline) < now ? 'overdue since ' : 'by '}
                    {new Date(s.deadline).toLocaleString(undefined, {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    })}
                  </span>
                )}
              </summary>
              <p className="goal">{s.goal[lang]}</p>
              {s.reason && <p className="reason">{s.reason[lang]}</p>}
              <ul className="checks">
                {s.checks.map((c) => (
                  <li key={c.en}>{c[lang]}</li>
                ))}
              </ul>
            </details>
            <div className="step-actions">
              {st ? (
                <button type="button" className="link" onClick={() => onSet(s.id, 'todo')}>
                  Undo ({st})
                </button>
              ) : (
                <>
                  <button
                    type="button"
                    data-testid="step-done"
                    disabled={!ready || s.availability === 'not_allowed'}
                    onClick={() => onSet(s.id, 'done')}
                  >
                    Done
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => onSet(s.id, 'skipped')}
                  >
                    Skip
                  </button>
                </>
              )}
              {s.draftStage && !blocked && (
                <button type="button" className="link" onClick={() => onDraft(s.draftStage!)}>
                  Draft ✎
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
