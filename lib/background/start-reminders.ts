// The browser side of the reminders: an alarm every minute, the badge, the
// notifications and what a click on one opens. Kept out of the entrypoint.
import { browser } from 'wxt/browser';
import { useDbProblem } from '../db';
import { ALARM, caseOfNotification, tick } from './reminders';

const api = {
  async setBadge(text: string, color: string) {
    const action =
      browser.action ??
      (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
    await action?.setBadgeBackgroundColor({ color });
    await action?.setBadgeText({ text });
  },
  async notify(id: string, title: string, message: string) {
    await browser.notifications?.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
  },
};

let running: Promise<unknown> | undefined;
/** One tick at a time; errors are logged, never thrown into the browser's listeners. */
export function runTick(): Promise<unknown> {
  running ??= tick(api, Date.now(), navigator.languages ?? [navigator.language])
    .catch((e: unknown) => {
      useDbProblem.getState().report(e);
      console.warn('[defuse] reminders:', e);
    })
    .finally(() => {
      running = undefined;
    });
  return running;
}

export function startReminders(): void {
  if (!browser.alarms) return;
  void browser.alarms.create(ALARM, { periodInMinutes: 1, delayInMinutes: 0.05 });
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === ALARM) void runTick();
  });
  browser.notifications?.onClicked.addListener((id) => {
    const caseId = caseOfNotification(id);
    if (!caseId) return;
    void browser.tabs.create({
      url: browser.runtime.getURL(`/dashboard.html#case=${encodeURIComponent(caseId)}`),
    });
    void browser.notifications.clear(id);
  });
  void runTick();
}
