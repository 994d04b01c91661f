import type { CaseRecord, Settings } from '@/lib/db/schema';
import { useT } from '@/lib/i18n/react';
import { SettingsForm } from '../SettingsForm';
import { LanguageSettings } from './LanguageSettings';
import { WorkSettings } from './WorkSettings';
import { KeyboardHelp } from './KeyboardHelp';
import { TemplateEditor } from './TemplateEditor';

type Change = Omit<Settings, 'key'>;

/** Everything the agent sets once for a shift; each group saves on its own. */
export function SettingsView({
  settings,
  onSave,
  onClose,
  caseRecord,
}: {
  settings: Settings;
  onSave(change: Change): void;
  onClose(): void;
  /** The case the agent has open, if any: the template preview fills in its data. */
  caseRecord?: CaseRecord;
}) {
  const t = useT();
  return (
    <section className="settings-view" aria-labelledby="settings-h">
      <div className="view-head">
        <button type="button" className="secondary" data-testid="close-settings" onClick={onClose}>
          <span aria-hidden="true">← </span>
          {t('common.back')}
        </button>
        <h2 id="settings-h">{t('settings.title')}</h2>
      </div>
      <LanguageSettings
        value={settings.uiLanguage}
        onChange={(uiLanguage) => onSave({ uiLanguage })}
      />
      <SettingsForm settings={settings} onSave={onSave} />
      <WorkSettings settings={settings} onSave={onSave} />
      {/* slot: default remedies (once lib/drafts lists them) */}
      <KeyboardHelp />
      <TemplateEditor settings={settings} caseRecord={caseRecord} />
    </section>
  );
}
