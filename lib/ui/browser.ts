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
    return parsed.ok ? parsed.value : { ok: false, code: 'bad-answer', error: parsed.error };
  } catch {
    return { ok: false, code: 'unreachable', error: 'The page is not reachable.' };
  }
}

export function openDashboard(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}
