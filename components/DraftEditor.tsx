import type { ReactNode } from 'react';
import type { LintFinding } from '@/lib/drafts/lint';
import type { Language } from '@/lib/analysis/types';
import { useT } from '@/lib/i18n/react';
import { langOf } from '@/lib/ui/lang';
import { LANGUAGE_LABELS } from './labels';
import type { InsertAsk } from '@/lib/insert-reply';
import { InsertPrompt, type InsertAnswer } from './case/InsertPrompt';

export interface StageOption {
  id: string;
  label: string;
}

/** One of the agent's own templates offered for this draft, already filled. */
export interface TemplateChoice {
  id: string;
  label: string;
  text: string;
}

export function DraftEditor({
  text,
  findings,
  stage,
  stages,
  language,
  maxLength,
  replyable,
  replyAction,
  busy,
  result,
  templates = [],
  ask,
  onAnswer,
  onText,
  onReset,
  onStage,
  onLanguage,
  onInsert,
  onCopy,
}: {
  text: string;
  findings: LintFinding[];
  stage: string;
  stages: StageOption[];
  language: Language;
  maxLength?: number;
  replyable: boolean;
  /** The page's label of the control that opens this item's reply box (评价回复), when none is open. */
  replyAction?: string;
  busy: boolean;
  /** The insert/copy result, shown right under the buttons that caused it. */
  result?: ReactNode;
  /** The agent's templates for this stage, platform and language; choosing one replaces the text. */
  templates?: readonly TemplateChoice[];
  /** The reply box holds the agent's own text: the question asked next to Insert. */
  ask?: InsertAsk;
  onAnswer?(answer: InsertAnswer): void;
  onText(text: string): void;
  onReset(): void;
  onStage(stage: string): void;
  onLanguage(language: Language): void;
  onInsert(): void;
  onCopy(): void;
}) {
  const t = useT();
  const blocking = findings.filter((f) => f.severity === 'block');
  return (
    <div className="draft">
      <div className="draft-controls">
        <label>
          {t('caseview.draft.stage')}{' '}
          <select data-testid="draft-stage" value={stage} onChange={(e) => onStage(e.target.value)}>
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('caseview.draft.language')}{' '}
          <select value={language} onChange={(e) => onLanguage(e.target.value as Language)}>
            {(['zh-Hans', 'zh-Hant', 'en'] as const).map((l) => (
              <option key={l} value={l} lang={langOf(l)}>
                {LANGUAGE_LABELS[l]}
              </option>
            ))}
          </select>
        </label>
        {templates.length > 0 && (
          <label>
            {t('templates.title')}{' '}
            <select
              data-testid="draft-template"
              value=""
              onChange={(e) => {
                const chosen = templates.find((c) => c.id === e.target.value);
                if (chosen) onText(chosen.text);
              }}
            >
              <option value="">{t('templates.choose')}</option>
              {templates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="link" onClick={onReset}>
          {t('caseview.draft.reset')}
        </button>
      </div>
      <textarea
        data-testid="draft-text"
        value={text}
        rows={8}
        spellCheck
        lang={langOf(language)}
        aria-label={t('caseview.draft.text')}
        onChange={(e) => onText(e.target.value)}
      />
      <div className="draft-meta">
        <span className={maxLength && text.length > maxLength ? 'over' : ''}>
          {maxLength
            ? t('caseview.draft.charsOf', { count: text.length, max: maxLength })
            : t('caseview.draft.chars', { count: text.length })}
        </span>
      </div>
      {findings.length > 0 && (
        <ul className="findings" aria-label={t('caseview.draft.findings')}>
          {findings.map((f, i) => (
            <li
              key={`${f.rule}-${f.start}-${i}`}
              data-testid="lint-finding"
              data-rule={f.rule}
              data-severity={f.severity}
              className={f.severity}
            >
              <strong>
                {t(f.severity === 'block' ? 'caseview.draft.mustFix' : 'caseview.draft.tone')}
              </strong>{' '}
              <q lang={langOf(language)}>{text.slice(f.start, f.end)}</q> — {f.message}
              {f.suggestion && (
                <div className="suggestion">{t('caseview.draft.try', { text: f.suggestion })}</div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="draft-actions">
        <button
          type="button"
          data-testid="insert-draft"
          className="primary"
          disabled={blocking.length > 0 || busy || text.trim().length === 0}
          title={t(
            blocking.length > 0 ? 'caseview.draft.insertBlocked' : 'caseview.draft.insertTitle',
          )}
          onClick={onInsert}
        >
          {t('caseview.draft.insert')}
        </button>
        <button
          type="button"
          data-testid="copy-draft"
          className="secondary"
          disabled={blocking.length > 0 || text.trim().length === 0}
          onClick={onCopy}
        >
          {t('caseview.draft.copy')}
        </button>
      </div>
      {ask && onAnswer && (
        <InsertPrompt
          ask={ask}
          draftLength={text.length}
          replyLimit={maxLength}
          busy={busy}
          onAnswer={onAnswer}
        />
      )}
      {result}
      {!replyable && (
        <p className="muted hint">
          {replyAction
            ? t('caseview.draft.openAction', { action: replyAction })
            : t('caseview.draft.noBox')}
        </p>
      )}
      <p className="muted hint">{t('caseview.draft.neverSends')}</p>
    </div>
  );
}
