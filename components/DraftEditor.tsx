import type { LintFinding } from '@/lib/drafts/lint';
import type { Language } from '@/lib/analysis/types';
import { LANGUAGE_LABELS } from './labels';

export interface StageOption {
  id: string;
  label: string;
}

export function DraftEditor({
  text,
  findings,
  stage,
  stages,
  language,
  maxLength,
  replyable,
  busy,
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
  busy: boolean;
  onText(text: string): void;
  onReset(): void;
  onStage(stage: string): void;
  onLanguage(language: Language): void;
  onInsert(): void;
  onCopy(): void;
}) {
  const blocking = findings.filter((f) => f.severity === 'block');
  return (
    <section className="draft" aria-label="Reply draft">
      <div className="draft-controls">
        <label>
          Stage{' '}
          <select value={stage} onChange={(e) => onStage(e.target.value)}>
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Language{' '}
          <select value={language} onChange={(e) => onLanguage(e.target.value as Language)}>
            {(['zh-Hans', 'zh-Hant', 'en'] as const).map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_LABELS[l]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="link" onClick={onReset}>
          Reset draft
        </button>
      </div>
      <textarea
        data-testid="draft-text"
        value={text}
        rows={9}
        spellCheck
        aria-label="Draft text"
        onChange={(e) => onText(e.target.value)}
      />
      <div className="draft-meta">
        <span className={maxLength && text.length > maxLength ? 'over' : ''}>
          {text.length}
          {maxLength ? ` / ${maxLength}` : ''} characters
        </span>
      </div>
      {findings.length > 0 && (
        <ul className="findings" aria-label="Rule and tone findings">
          {findings.map((f, i) => (
            <li
              key={`${f.rule}-${f.start}-${i}`}
              data-testid="lint-finding"
              data-rule={f.rule}
              data-severity={f.severity}
              className={f.severity}
            >
              <strong>{f.severity === 'block' ? 'Must fix' : 'Tone'}</strong>{' '}
              <q>{text.slice(f.start, f.end)}</q> — {f.message}
              {f.suggestion && <div className="suggestion">Try: {f.suggestion}</div>}
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
          title={
            blocking.length > 0
              ? 'Fix the findings marked "Must fix" first'
              : 'Put the draft into the reply box on the page (it is never sent)'
          }
          onClick={onInsert}
        >
          Insert into reply box
        </button>
        <button
          type="button"
          data-testid="copy-draft"
          className="secondary"
          disabled={blocking.length > 0 || text.trim().length === 0}
          onClick={onCopy}
        >
          Copy
        </button>
      </div>
      {!replyable && (
        <p className="muted hint">
          This page shows no reply box for this item (Amazon review pages are read-only): open the
          buyer&apos;s message thread, or copy the draft. 此页面没有该条目的回复框，可复制草稿。
        </p>
      )}
      <p className="muted hint">Defuse never sends: review the text, then send it yourself.</p>
    </section>
  );
}
