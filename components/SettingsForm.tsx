import { useState } from 'react';
import type { Settings } from '@/lib/db/schema';
import { SITE_IDS, type SiteId } from '@/lib/messages';
import { useT } from '@/lib/i18n/react';

/** Who signs the drafts, per marketplace if the shops differ. Saved when a field loses focus. */
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
  const [shopNames, setShopNames] = useState<Partial<Record<SiteId, string>>>(
    settings.shopNames ?? {},
  );
  const saveShops = () => {
    const kept: Partial<Record<SiteId, string>> = {};
    for (const site of SITE_IDS) {
      const v = shopNames[site]?.trim().slice(0, 80);
      if (v) kept[site] = v;
    }
    onSave({ shopNames: kept });
  };
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
      {SITE_IDS.map((site) => (
        <label key={site}>
          {t('settings.shopNameFor', { site: t(`settings.site.${site}`) })}
          <input
            data-testid="shop-name-site"
            data-site={site}
            value={shopNames[site] ?? ''}
            placeholder={shopName}
            maxLength={80}
            aria-describedby="shop-site-hint"
            onChange={(e) => setShopNames((s) => ({ ...s, [site]: e.target.value }))}
            onBlur={saveShops}
          />
        </label>
      ))}
      <p className="muted hint" id="shop-site-hint">
        {t('settings.shopNameForHint')}
      </p>
    </form>
  );
}
