import { handleContentMessage } from '@/lib/background/handlers';
import { clearPages, removePage, touchPage } from '@/lib/db';
import { adapterFor } from '@/lib/sites';
import { runTick, startReminders } from '@/lib/background/start-reminders';

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. Firefox: the sidebar.
  if (browser.sidePanel?.setPanelBehavior) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(console.warn);
  } else {
    // Firefox builds are MV2: the button is a browserAction there.
    const b = browser as unknown as {
      sidebarAction?: { toggle(): Promise<void> };
      browserAction?: typeof browser.action;
    };
    (browser.action ?? b.browserAction)?.onClicked.addListener(
      () => void b.sidebarAction?.toggle(),
    );
  }

  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own content scripts talk to the background.
    if (sender.id !== browser.runtime.id || !sender.tab) return undefined;
    const handled = handleContentMessage(raw, sender.tab);
    // A page seen may have changed a case's deadline: refresh the badge soon.
    void handled.then(() => runTick());
    return handled;
  });

  // Deadlines: the toolbar badge and optional notifications (lib/background/reminders.ts).
  startReminders();

  // Tab ids do not survive a browser restart, and after an update the old
  // content scripts can no longer answer: their snapshots would be stale.
  browser.runtime.onStartup.addListener(() => void clearPages());
  browser.runtime.onInstalled.addListener(() => void clearPages());
  browser.tabs.onActivated.addListener(({ tabId }) => void touchPage(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void removePage(tabId));
  // Without the "tabs" permission a tab's URL is visible only on our hosts, so
  // a loading tab whose URL we cannot see has left the seller centre.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && (!tab.url || !adapterFor(tab.url))) void removePage(tabId);
  });
});
