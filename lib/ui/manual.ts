// The manual path: a buyer's text the agent pasted or selected on a page
// Defuse cannot read becomes an item like any other, kept as an open case
// (the case is what outlives the panel), and listed with the page's items.
import type { ItemKind, SiteId, Snapshot, SnapshotItem } from '../messages';
import { MAX_SHORT, MAX_TEXT } from '../messages';
import type { CaseRecord, PageRecord } from '../db/schema';
import { isOpenStatus } from '../db/schema';

/** A short stable id from the text: the same paste twice is the same case. */
export function hash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x1b873593;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return ((h1 >>> 0).toString(36) + (h2 >>> 0).toString(36)).slice(0, 14);
}

export interface ManualInput {
  site: SiteId;
  kind: ItemKind;
  text: string;
  author?: string;
  orderId?: string;
}

/** The snapshot item of a manual entry; undefined when there is no text. */
export function manualItem(input: ManualInput): SnapshotItem | undefined {
  const body = input.text.replace(/\r\n?/g, '\n').trim().slice(0, MAX_TEXT);
  if (!body) return undefined;
  const item: SnapshotItem = {
    externalId: `manual:${hash(`${input.site}|${input.kind}|${body}`)}`,
    kind: input.kind,
    body,
    replyable: false,
    manual: true,
  };
  const author = input.author?.trim().slice(0, MAX_SHORT);
  if (author) item.author = author;
  const orderId = input.orderId?.trim().slice(0, MAX_SHORT);
  if (orderId) item.orderId = orderId;
  if (input.kind === 'messages') item.messages = [{ from: 'buyer', text: body }];
  return item;
}

/** Open manual cases, newest first. */
export const isOpenManual = (c: CaseRecord): boolean => isOpenStatus(c.status) && !!c.item.manual;

/** The page snapshot with the open manual items after the page's own (each keeps its own site: `siteOfManual`). */
export function withManual(snapshot: Snapshot, manual: readonly CaseRecord[]): Snapshot {
  const mine = manual.filter(isOpenManual);
  if (!mine.length) return snapshot;
  const ids = new Set(snapshot.items.map((i) => i.externalId));
  return {
    ...snapshot,
    items: [...snapshot.items, ...mine.filter((c) => !ids.has(c.externalId)).map((c) => c.item)],
  };
}

/** Where manual items are listed when no seller tab is open: a page of their own. */
export function manualPage(
  manual: readonly CaseRecord[],
  title: string,
): { page: PageRecord; isActiveTab: boolean } | undefined {
  const latest = [...manual].filter(isOpenManual).sort((a, b) => b.createdAt - a.createdAt)[0];
  if (!latest) return undefined;
  return {
    isActiveTab: false,
    page: {
      tabId: -1,
      windowId: -1,
      title,
      snapshot: {
        site: latest.site,
        url: latest.pageUrl,
        pageKind: 'none',
        items: [],
        warnings: [],
      },
      updatedAt: latest.createdAt,
      lastActiveAt: 0,
    },
  };
}

/** The marketplace of each manual item, by external id (it may differ from the page's). */
export const siteOfManual = (manual: readonly CaseRecord[]): Map<string, SiteId> =>
  new Map(manual.filter(isOpenManual).map((c) => [c.externalId, c.site]));
