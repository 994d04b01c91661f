import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { deleteScenario, listScenarios } from '@/lib/practice/store';
import { practiceItem, type SavedScenario } from '@/lib/practice/saved';
import type { SiteId, SnapshotItem } from '@/lib/messages';
import { causeLabel } from '@/lib/cases/labels';
import { useT } from '@/lib/i18n/react';
import { useFormat } from '@/lib/ui/format';
import { reportFailure } from '../DbProblemBanner';

/** Closed real cases kept for training, anonymised; each opens as a practice case. */
export function SavedScenarios({
  onPractise,
}: {
  onPractise(site: SiteId, item: SnapshotItem): void;
}) {
  const t = useT();
  const f = useFormat();
  const saved = useLiveQuery(listScenarios, [], undefined);
  const [confirming, setConfirming] = useState<string>();
  const nameOf = (s: SavedScenario) =>
    s.title || t('practice.saved.untitled', { date: f.date(s.createdAt) });
  return (
    <div className="settings" role="group" aria-labelledby="practice-saved-h">
      <h3 id="practice-saved-h">{t('practice.saved.title')}</h3>
      {saved && saved.length === 0 && <p className="muted">{t('practice.saved.none')}</p>}
      <ol className="scenarios">
        {saved?.map((s) => (
          <li key={s.id} data-testid="saved-scenario" data-scenario={s.id}>
            <strong>{nameOf(s)}</strong>
            {s.causes.length > 0 && (
              <p className="muted">{s.causes.map((c) => causeLabel(f.locale, c)).join(' · ')}</p>
            )}
            <p className="excerpt" lang={s.language === 'other' ? undefined : s.language}>
              {s.body.length > 240 ? `${s.body.slice(0, 240)}…` : s.body}
            </p>
            {s.lesson && <p className="muted">{t('practice.saved.lesson', { text: s.lesson })}</p>}
            <div className="row-actions">
              <button
                type="button"
                className="secondary"
                data-testid="practise-saved"
                aria-label={t('practice.saved.practiseFor', { name: nameOf(s) })}
                onClick={() => {
                  const { site, item } = practiceItem(s);
                  onPractise(site, item);
                }}
              >
                {t('practice.saved.practise')}
              </button>
              {confirming === s.id ? (
                <>
                  <button
                    type="button"
                    className="secondary"
                    data-testid="confirm-delete-saved"
                    onClick={() => {
                      setConfirming(undefined);
                      reportFailure(deleteScenario(s.id));
                    }}
                  >
                    {t('practice.saved.confirm')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setConfirming(undefined)}
                  >
                    {t('practice.saved.cancel')}
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="link"
                  data-testid="delete-saved"
                  aria-label={t('practice.saved.deleteFor', { name: nameOf(s) })}
                  onClick={() => setConfirming(s.id)}
                >
                  {t('practice.saved.delete')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
