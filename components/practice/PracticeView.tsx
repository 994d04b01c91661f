import { browser } from 'wxt/browser';
import { useT } from '@/lib/i18n/react';
import { practicePagesBySite, practiceScenarios } from '@/lib/practice/scenarios';
import { PAGE_KINDS, type PageKind, type SiteId, type SnapshotItem } from '@/lib/messages';
import { SavedScenarios } from './SavedScenarios';

const openTab = (url: string) => void browser.tabs.create({ url });

// A practice page's title is its name, then what it exercises in brackets (for the developers);
// the list shows the name and the kind of page, and the whole title on hover.
const pageName = (title: string) => title.replace(/\s*\(.*$/, '');
const pageLang = (title: string) => (/[\u3400-\u9fff]/.test(title) ? 'zh' : 'en');
const pageKind = (kind: string): PageKind =>
  (PAGE_KINDS as readonly string[]).includes(kind) ? (kind as PageKind) : 'none';

/** Scenarios a trainee walks through, and every bundled practice page per marketplace. */
export function PracticeView({
  on,
  onToggle,
  onClose,
  onPractise,
}: {
  on: boolean;
  onToggle(on: boolean): void;
  onClose(): void;
  /** Opens a saved scenario as a practice case. */
  onPractise(site: SiteId, item: SnapshotItem): void;
}) {
  const t = useT();
  const scenarios = practiceScenarios();
  const bySite = practicePagesBySite();
  return (
    <section className="settings-view practice-view" aria-labelledby="practice-h">
      <div className="view-head">
        <button type="button" className="secondary" data-testid="close-practice" onClick={onClose}>
          <span aria-hidden="true">← </span>
          {t('common.back')}
        </button>
        <h2 id="practice-h">{t('practice.title')}</h2>
      </div>
      <p>{t('practice.intro')}</p>
      <label className="check settings">
        <input
          type="checkbox"
          data-testid="practice-mode"
          checked={on}
          onChange={(e) => onToggle(e.target.checked)}
        />
        {t('practice.toggle')}
      </label>
      <div className="settings" role="group" aria-labelledby="practice-scenarios-h">
        <h3 id="practice-scenarios-h">{t('practice.scenarios')}</h3>
        <ol className="scenarios">
          {scenarios.map((s) => (
            <li key={s.id} data-testid="practice-scenario" data-scenario={s.id}>
              <strong>{t(`practice.s.${s.id}`)}</strong>
              <p className="muted">{t(`practice.s.${s.id}.goal`)}</p>
              {s.page ? (
                <button
                  type="button"
                  className="secondary"
                  data-testid="open-practice-page"
                  aria-label={t('practice.openPageFor', { name: t(`practice.s.${s.id}`) })}
                  onClick={() => openTab(s.page!.url)}
                >
                  {t('practice.openPage')}
                </button>
              ) : (
                <p className="muted hint">{t('practice.notYet')}</p>
              )}
            </li>
          ))}
        </ol>
      </div>
      <SavedScenarios onPractise={onPractise} />
      <div className="settings" role="group" aria-labelledby="practice-pages-h">
        <h3 id="practice-pages-h">{t('practice.pages')}</h3>
        {[...bySite].map(([site, pages]) => (
          <div key={site}>
            <h4>{t(`settings.site.${site}`)}</h4>
            <ul className="practice-pages">
              {pages.map((p) => (
                <li key={p.file}>
                  <button
                    type="button"
                    className="link"
                    data-testid="practice-page"
                    data-file={p.file}
                    title={p.title}
                    onClick={() => openTab(p.url)}
                  >
                    <span lang={pageLang(p.title ?? p.file)}>{pageName(p.title ?? p.file)}</span>
                  </button>{' '}
                  <span className="muted">· {t(`panel.kind.${pageKind(p.kind)}`)}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
        <p className="muted hint">{t('practice.where')}</p>
      </div>
    </section>
  );
}
