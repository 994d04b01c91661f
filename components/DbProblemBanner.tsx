import { useDbProblem } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '@/lib/i18n/react';

/** What went wrong with the database and what to do, instead of a blank screen. */
export function DbProblemBanner() {
  const t = useT();
  const { problem, detail } = useDbProblem();
  if (!problem) return null;
  return (
    <div className="alert error" role="alert" data-testid="db-problem" data-problem={problem}>
      {t(`queue.db.${problem}` as MessageKey, { detail: detail ?? '' })}{' '}
      {(problem === 'outdated' || problem === 'blocked' || problem === 'unknown') && (
        <button type="button" className="secondary" onClick={() => location.reload()}>
          {t('queue.db.reload')}
        </button>
      )}
    </div>
  );
}

/** Runs a write and reports its failure on the banner, so no click fails silently. */
export function reportFailure(p: Promise<unknown>): void {
  p.catch((e: unknown) => useDbProblem.getState().report(e));
}
