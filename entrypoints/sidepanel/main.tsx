import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanel } from '@/components/SidePanel';
import { openDashboard, sendInsert } from '@/lib/ui/browser';
import { useActiveTabId } from '@/lib/ui/useActiveTab';
import { useBrowserCommands } from '@/lib/ui/useBrowserCommands';
import { translate } from '@/lib/i18n';
import { useUiLocale } from '@/lib/i18n/react';
import '@/assets/panel.css';

function App() {
  const activeTabId = useActiveTabId();
  useBrowserCommands(activeTabId);
  return (
    <SidePanel
      activeTabId={activeTabId}
      insert={async (tabId, externalId, text) => {
        const r = await sendInsert(tabId, { type: 'insert-draft', externalId, text });
        const locale = useUiLocale.getState().locale;
        return r.ok
          ? {
              ok: true,
              message: translate(locale, r.truncated ? 'panel.insertedShort' : 'panel.inserted'),
            }
          : { ok: false, message: r.error };
      }}
      copy={(text) => navigator.clipboard.writeText(text)}
      openDashboard={openDashboard}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
