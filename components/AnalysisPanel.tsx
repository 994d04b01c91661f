import type { Analysis } from '@/lib/analysis/types';
import { ANGER_LABELS, CAUSE_LABELS, FLAG_LABELS, LANGUAGE_LABELS } from './labels';

const EXTORTION_ADVICE = [
  'Fix any real problem first, as for any buyer. 先解决真实存在的问题。',
  'Keep the evidence: chat logs, tracking, order records. 保留聊天记录、物流与订单证据。',
  'Never pay or give anything for a review. 绝不为评价付钱或送礼。',
  'Consider a platform appeal with that evidence. 可凭证据向平台申诉/举报。',
];

export function AnalysisPanel({ analysis }: { analysis: Analysis }) {
  const extortion = analysis.flags.includes('extortion');
  return (
    <section className="analysis" aria-label="What the buyer is upset about">
      {extortion && (
        <div className="alert danger" role="alert" data-testid="extortion-alert">
          <strong>Possible extortion 疑似以差评要挟</strong>
          <ul>
            {EXTORTION_ADVICE.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      )}
      <dl className="facts">
        <dt>Language</dt>
        <dd>{LANGUAGE_LABELS[analysis.language]}</dd>
        <dt>Anger</dt>
        <dd>
          <span
            className={`anger a${analysis.anger}`}
            data-testid="anger"
            data-anger={analysis.anger}
          >
            {ANGER_LABELS[analysis.anger]}
          </span>
        </dd>
        {analysis.flags.length > 0 && (
          <>
            <dt>Flags</dt>
            <dd>
              {analysis.flags.map((f) => (
                <span key={f} className="badge danger" data-testid="flag" data-flag={f}>
                  {FLAG_LABELS[f] ? `${FLAG_LABELS[f].en} ${FLAG_LABELS[f].zh}` : f}
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      <h3>Root causes 差评原因</h3>
      {analysis.causes.length === 0 ? (
        <p className="muted">No clear cause found in the text. 文本中未发现明确原因。</p>
      ) : (
        <ol className="causes">
          {analysis.causes.map((c) => (
            <li key={c.cause} data-testid="cause" data-cause={c.cause}>
              <span className="cause-name">
                {CAUSE_LABELS[c.cause].zh} · {CAUSE_LABELS[c.cause].en}
              </span>
              <meter min={0} max={1} value={Math.min(1, c.score)} title={c.score.toFixed(2)} />
              {c.evidence.length > 0 && (
                <span className="evidence">
                  {c.evidence.map((e) => (
                    <mark key={e}>{e}</mark>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
