import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanel } from '@/components/SidePanel';
import { openDashboard, sendInsert } from '@/lib/ui/browser';
import { useActiveTabId } from '@/lib/ui/useActiveTab';
import { useBrowserCommands } from '@/lib/ui/useBrowserCommands';
import { insertReply } from '@/lib/insert-reply';
import { useUiLocale } from '@/lib/i18n/react';
import '@/assets/panel.css';

function App() {
  const activeTabId = useActiveTabId();
  useBrowserCommands(activeTabId);
  return (
    <SidePanel
      activeTabId={activeTabId}
      insert={async (tabId, externalId, text, mode) =>
        insertReply(
          await sendInsert(tabId, { type: 'insert-draft', externalId, text, mode }),
          useUiLocale.getState().locale,
        )
      }
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
