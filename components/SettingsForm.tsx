import { useState } from 'react';
import type { Settings } from '@/lib/db/schema';
import { useT } from '@/lib/i18n/react';

/** Who signs the drafts. Saved when a field loses focus. */
export function SettingsForm({
  settings,
  onSave,
}: {
  settings: Settings;
  onSave(change: Omit<Settings, 'key'>): void;
}) {
  const t = useT();
  const [agentName, setAgentName] = useState(settings.agentName ?? '');
  const [shopName, setShopName] = useState(settings.shopName ?? '');
  return (
    <form
      className="settings"
      aria-labelledby="settings-signature-h"
      onSubmit={(e) => e.preventDefault()}
    >
      <h3 id="settings-signature-h">{t('settings.signature')}</h3>
      <label>
        {t('settings.agentName')}
        <input
          data-testid="agent-name"
          value={agentName}
          maxLength={80}
          onChange={(e) => setAgentName(e.target.value)}
          onBlur={() => onSave({ agentName })}
        />
      </label>
      <label>
        {t('settings.shopName')}
        <input
          data-testid="shop-name"
          value={shopName}
          maxLength={80}
          onChange={(e) => setShopName(e.target.value)}
          onBlur={() => onSave({ shopName })}
        />
      </label>
      <p className="muted hint">{t('settings.signatureHint')}</p>
    </form>
  );
}
