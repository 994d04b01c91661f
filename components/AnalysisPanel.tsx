import type { Analysis, Flag } from '@/lib/analysis/types';
import { useT } from '@/lib/i18n/react';
import { angerKey, causeKey, flagKey, languageKey } from './labels';

const SAFETY_ADVICE = [
  'analysis.safety.escalate',
  'analysis.safety.ask',
  'analysis.safety.remedy',
  'analysis.safety.evidence',
  'analysis.safety.noReview',
] as const;

const EXTORTION_ADVICE = [
  'analysis.extortion.fix',
  'analysis.extortion.keep',
  'analysis.extortion.neverPay',
  'analysis.extortion.appeal',
] as const;

/** Flags in the order the agent must see them: safety first (FLAGS order). */
const ORDER: Flag[] = [
  'safety',
  'extortion',
  'review_threat',
  'legal_threat',
  'platform_complaint',
  'abusive',
];

export function AnalysisPanel({ analysis }: { analysis: Analysis }) {
  const t = useT();
  const flags = [...analysis.flags].sort(
    (a, b) => ORDER.indexOf(a as Flag) - ORDER.indexOf(b as Flag),
  );
  const threat = analysis.threat;
  const claims = flags.filter((f) => f === 'legal_threat' || f === 'platform_complaint');
  const flagLabel = (f: string): string => {
    const k = flagKey(f);
    return k ? t(k) : f;
  };
  const facts = analysis.case;
  return (
    <section className="analysis" aria-label={t('analysis.title')}>
      {flags.includes('safety') && (
        <div className="alert danger" role="alert" data-testid="safety-alert">
          <strong>{t('analysis.safety.title')}</strong>
          <ul>
            {SAFETY_ADVICE.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ul>
        </div>
      )}
      {threat?.kind === 'extortion' && (
        <div className="alert danger" role="alert" data-testid="extortion-alert">
          <strong>{t('analysis.extortion.title')}</strong>
          {threat.signals.length > 0 && (
            <p>
              {t('analysis.extortion.why', {
                signals: threat.signals
                  .map((s) => t(`analysis.extortion.signal.${s}`))
                  .join(t('analysis.listSeparator')),
              })}
            </p>
          )}
          <ul>
            {EXTORTION_ADVICE.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ul>
        </div>
      )}
      {threat?.kind === 'review_threat' && (
        <div className="alert warn" role="status" data-testid="threat-alert">
          <strong>
            {t('analysis.threat.title', {
              what: t(threat.bargain ? 'analysis.threat.bargain' : 'analysis.threat.review'),
            })}
          </strong>
          <ul>
            <li>
              {t('analysis.threat.problem', {
                causes: threat.problem.map((c) => t(causeKey(c))).join(t('analysis.listSeparator')),
              })}
            </li>
            <li>{t('analysis.threat.noCondition')}</li>
            <li>{t('analysis.threat.keep')}</li>
          </ul>
        </div>
      )}
      {claims.length > 0 && (
        <div className="alert warn" role="status" data-testid="claim-alert">
          <strong>
            {t('analysis.claim.title', {
              what: claims.map(flagLabel).join(t('analysis.listSeparator')),
            })}
          </strong>
          <p>{t('analysis.claim.advice')}</p>
        </div>
      )}
      <dl className="facts">
        <dt>{t('analysis.language')}</dt>
        <dd>{t(languageKey(analysis.language))}</dd>
        <dt>{t('analysis.anger')}</dt>
        <dd>
          <span
            className={`anger a${analysis.anger}`}
            data-testid="anger"
            data-anger={analysis.anger}
          >
            {t(angerKey(analysis.anger))}
          </span>
        </dd>
        {flags.length > 0 && (
          <>
            <dt>{t('analysis.flags')}</dt>
            <dd>
              {flags.map((f) => (
                <span
                  key={f}
                  className={`badge ${f === 'review_threat' || f === 'platform_complaint' ? 'warn' : 'danger'}`}
                  data-testid="flag"
                  data-flag={f}
                >
                  {flagLabel(f)}
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      {facts && (facts.evidenceSent || facts.deadline || facts.urgency) && (
        <div className="case-facts" data-testid="case-facts">
          <strong>{t('analysis.case.title')}</strong>
          <ul>
            {facts.evidenceSent && <li data-fact="evidence">{t('analysis.case.evidenceSent')}</li>}
            {facts.deadline && (
              <li data-fact="deadline" data-date={facts.deadline.iso}>
                {t('analysis.case.deadline', {
                  date: facts.deadline.iso,
                  text: facts.deadline.text,
                })}
              </li>
            )}
            {facts.urgency && (
              <li data-fact="urgency" data-reason={facts.urgency.reason}>
                {t('analysis.case.urgency', { text: facts.urgency.text })}
              </li>
            )}
          </ul>
        </div>
      )}
      <h3>{t('analysis.causes')}</h3>
      {analysis.causes.length === 0 ? (
        <p className="muted">{t('analysis.noCause')}</p>
      ) : (
        <ol className="causes">
          {analysis.causes.map((c) => (
            <li key={c.cause} data-testid="cause" data-cause={c.cause}>
              <span className="cause-name">{t(causeKey(c.cause))}</span>
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
