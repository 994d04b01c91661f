import { receiveContentMessage, forgetTab, onSelectionOffered } from '@/lib/background/handlers';
import { clearPages, removePage, touchPage } from '@/lib/db';
import { adapterFor } from '@/lib/sites';
import { runTick, startReminders } from '@/lib/background/start-reminders';
import { onPagePush, pagePushChannel, pushPageGone } from '@/lib/background/page-push';
import { offerSelection, takeSelection, type PendingSelection } from '@/lib/selection';
import type { ManualSelection } from '@/lib/messages';

const MENU_ID = 'defuse-send-selection';

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

  // A selection goes to an open panel at once, and waits for one that opens later.
  const toPanel = (s: PendingSelection) => {
    const msg: ManualSelection = { type: 'manual-selection', text: s.text };
    if (s.url) msg.url = s.url;
    browser.runtime.sendMessage(msg).catch(() => {
      // no panel open yet: it takes the selection when it opens
    });
  };
  onSelectionOffered(toPanel);
  // Pages seen go to an open panel at once too; without one the message has no receiver.
  const pushChannel = pagePushChannel();
  onPagePush((msg) => {
    pushChannel?.postMessage(msg);
  });
  const dropPage = (tabId: number) => {
    pushPageGone(tabId);
    void removePage(tabId);
  };
  const dropAll = () => {
    pushPageGone('all');
    void clearPages();
  };

  browser.runtime.onMessage.addListener((raw, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (!sender.tab) {
      // our own extension pages: the panel asks for a selection made before it opened
      if ((raw as { type?: unknown } | null)?.type === 'take-selection') {
        return Promise.resolve(takeSelection() ?? null);
      }
      return undefined;
    }
    let received: ReturnType<typeof receiveContentMessage>;
    try {
      received = receiveContentMessage(raw, sender.tab, Date.now(), sender.frameId ?? 0);
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    const { outcome, written } = received;
    // A page seen may have changed a case's deadline: refresh the badge once it is stored.
    written.then(
      () => runTick(),
      (e: unknown) => console.warn('[defuse] could not store the page:', e),
    );
    return Promise.resolve(outcome);
  });

  // The context menu works on any page: the browser hands over the selected text.
  const menus =
    browser.contextMenus ?? (browser as unknown as { menus?: typeof browser.contextMenus }).menus;
  browser.runtime.onInstalled.addListener(() => {
    menus?.create({
      id: MENU_ID,
      title: 'Send to Defuse 发送到 Defuse',
      contexts: ['selection'],
    });
  });
  menus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    // a menu click is a user gesture: the panel may be opened for it (Chrome)
    if (tab?.windowId !== undefined && browser.sidePanel?.open) {
      browser.sidePanel.open({ windowId: tab.windowId }).catch(() => {});
    }
    const offered = offerSelection(info.selectionText, info.pageUrl ?? tab?.url);
    if (offered) toPanel(offered);
  });

  // Deadlines: the toolbar badge and optional notifications (lib/background/reminders.ts).
  startReminders();

  // Tab ids do not survive a browser restart, and after an update the old
  // content scripts can no longer answer: their snapshots would be stale.
  browser.runtime.onStartup.addListener(dropAll);
  browser.runtime.onInstalled.addListener(dropAll);
  browser.tabs.onActivated.addListener(({ tabId }) => void touchPage(tabId));
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    dropPage(tabId);
  });
  // Without the "tabs" permission a tab's URL is visible only on our hosts, so
  // a loading tab whose URL we cannot see has left the seller centre.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') forgetTab(tabId);
    if (change.status === 'loading' && (!tab.url || !adapterFor(tab.url))) dropPage(tabId);
  });
});
