import { useState } from 'react';
import type { Settings } from '@/lib/db/schema';
import { useT } from '@/lib/i18n/react';
import {
  parseWhole,
  RETENTION_DAYS,
  retentionDaysSchema,
  SLA_HOURS,
  slaHoursSchema,
} from '@/lib/ui/settings';

type Change = Omit<Settings, 'key'>;

function WholeField({
  id,
  label,
  value,
  range,
  schema,
  onSave,
}: {
  id: string;
  label: string;
  value: number;
  range: { min: number; max: number };
  schema: Parameters<typeof parseWhole>[1];
  onSave(n: number): void;
}) {
  const t = useT();
  const [text, setText] = useState(String(value));
  const [bad, setBad] = useState(false);
  const save = () => {
    const n = parseWhole(text, schema);
    setBad(n === undefined);
    if (n !== undefined) onSave(n);
  };
  return (
    <label>
      {label}
      <input
        data-testid={id}
        inputMode="numeric"
        value={text}
        aria-invalid={bad}
        aria-describedby={bad ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
      />
      {bad && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {t('settings.wholeBetween', range)}
        </span>
      )}
    </label>
  );
}

/** How cases are run: the SLA, how long closed ones stay, masking and reminders. */
export function WorkSettings({
  settings,
  onSave,
}: {
  settings: Settings;
  onSave(c: Change): void;
}) {
  const t = useT();
  return (
    <div className="settings" role="group" aria-labelledby="settings-work-h">
      <h3 id="settings-work-h">{t('settings.work')}</h3>
      <WholeField
        id="sla-hours"
        label={t('settings.slaHours')}
        value={settings.slaHours ?? SLA_HOURS.fallback}
        range={SLA_HOURS}
        schema={slaHoursSchema}
        onSave={(slaHours) => onSave({ slaHours })}
      />
      <WholeField
        id="retention-days"
        label={t('settings.retentionDays')}
        value={settings.retentionDays ?? RETENTION_DAYS.fallback}
        range={RETENTION_DAYS}
        schema={retentionDaysSchema}
        onSave={(retentionDays) => onSave({ retentionDays })}
      />
      <label className="check">
        <input
          type="checkbox"
          data-testid="mask-names"
          checked={settings.maskNames ?? false}
          onChange={(e) => onSave({ maskNames: e.target.checked })}
        />
        {t('settings.maskNames')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-testid="reminders"
          checked={settings.notify ?? false}
          onChange={(e) => onSave({ notify: e.target.checked })}
        />
        {t('settings.reminders')}
      </label>
    </div>
  );
}
