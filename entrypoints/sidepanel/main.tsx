import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanel } from '@/components/SidePanel';
import { openDashboard, sendInsert } from '@/lib/ui/browser';
import { useActiveTabId } from '@/lib/ui/useActiveTab';
import '@/assets/panel.css';

function App() {
  const activeTabId = useActiveTabId();
  return (
    <SidePanel
      activeTabId={activeTabId}
      insert={async (tabId, externalId, text) => {
        const r = await sendInsert(tabId, { type: 'insert-draft', externalId, text });
        return r.ok
          ? {
              ok: true,
              message: r.truncated
                ? 'Inserted, shortened to the box limit. Review it, then send it yourself.'
                : 'Inserted into the reply box. Review it, then send it yourself. 已插入，请检查后自行发送。',
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
