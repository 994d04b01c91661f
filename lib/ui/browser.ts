// The side panel's few calls into the browser, in one place.
import { browser } from 'wxt/browser';
import {
  InsertResultSchema,
  parseMessage,
  type InsertDraftMessage,
  type InsertResult,
} from '../messages';

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function sendInsert(tabId: number, msg: InsertDraftMessage): Promise<InsertResult> {
  try {
    const raw: unknown = await browser.tabs.sendMessage(tabId, msg);
    const parsed = parseMessage(InsertResultSchema, raw);
    return parsed.ok
      ? parsed.value
      : {
          ok: false,
          error: 'The page answered with something unexpected. Reload the page and retry.',
        };
  } catch {
    return {
      ok: false,
      error:
        'The page is not reachable (closed, reloaded, or the extension was updated). Reload it and retry.',
    };
  }
}

export function openDashboard(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}
