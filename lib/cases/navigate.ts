// One click from a queued case to its page: the tab that shows it, or a new one.
import { browser } from 'wxt/browser';
import { db, type CaseRecord } from '../db';

export async function openCasePage(c: Pick<CaseRecord, 'pageUrl' | 'site'>): Promise<void> {
  const pages = await db().pages.toArray();
  const tab =
    pages.find((p) => p.snapshot.url === c.pageUrl) ??
    pages.find((p) => p.snapshot.site === c.site && sameOrigin(p.snapshot.url, c.pageUrl));
  if (tab) {
    await browser.tabs.update(tab.tabId, { active: true });
    if (tab.snapshot.url !== c.pageUrl) await browser.tabs.update(tab.tabId, { url: c.pageUrl });
    return;
  }
  await browser.tabs.create({ url: c.pageUrl });
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
