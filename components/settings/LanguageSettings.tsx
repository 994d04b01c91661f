import { UI_LOCALES, type UiLocale } from '@/lib/i18n';
import { useT } from '@/lib/i18n/react';
import { browserUiLocale } from '@/lib/ui/useUiLanguage';

/** The agent's UI language; the drafts keep following the buyer's. */
export function LanguageSettings({
  value,
  onChange,
}: {
  value: UiLocale | undefined;
  onChange(locale: UiLocale | undefined): void;
}) {
  const t = useT();
  return (
    <div className="settings" role="group" aria-labelledby="settings-language-h">
      <h3 id="settings-language-h">{t('settings.language')}</h3>
      <select
        data-testid="ui-language"
        aria-labelledby="settings-language-h"
        aria-describedby="settings-language-hint"
        value={value ?? ''}
        onChange={(e) => onChange((e.target.value || undefined) as UiLocale | undefined)}
      >
        <option value="">
          {t('settings.language.browser', { name: t(`settings.lang.${browserUiLocale()}`) })}
        </option>
        {UI_LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`settings.lang.${l}`)}
          </option>
        ))}
      </select>
      <p className="muted hint" id="settings-language-hint">
        {t('settings.language.hint')}
      </p>
    </div>
  );
}
