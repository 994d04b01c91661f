import { useState } from 'react';
import type { Settings } from '@/lib/db/schema';

/** Who signs the drafts. Saved when a field loses focus. */
export function SettingsForm({
  settings,
  onSave,
}: {
  settings: Settings;
  onSave(change: Omit<Settings, 'key'>): void;
}) {
  const [agentName, setAgentName] = useState(settings.agentName ?? '');
  const [shopName, setShopName] = useState(settings.shopName ?? '');
  return (
    <form className="settings" aria-label="Signature" onSubmit={(e) => e.preventDefault()}>
      <label>
        Your name 您的称呼
        <input
          data-testid="agent-name"
          value={agentName}
          maxLength={80}
          onChange={(e) => setAgentName(e.target.value)}
          onBlur={() => onSave({ agentName })}
        />
      </label>
      <label>
        Shop name 店铺名称
        <input
          data-testid="shop-name"
          value={shopName}
          maxLength={80}
          onChange={(e) => setShopName(e.target.value)}
          onBlur={() => onSave({ shopName })}
        />
      </label>
      <p className="muted hint">Drafts are signed with these. 草稿会以此署名。</p>
    </form>
  );
}
