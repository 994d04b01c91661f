// A page the background has just read goes straight to an open side panel as
// well as into IndexedDB: the panel lists it without waiting for the write and
// for its liveQuery to notice (together about half the time from a page's
// render to its rows in the panel). The store stays the source of truth: a
// panel that opens, reloads or misses a message reads the pages from Dexie, and
// a stored record newer than a pushed one wins (lib/ui/usePages.ts).
import * as z from 'zod/mini';
import { SnapshotSchema, type Snapshot } from '../messages';

/**
 * Larger pages go by the store only: a push is copied whole on every scan,
 * while the content script sends a long page in patches of what changed.
 */
export const PUSH_MAX_ITEMS = 1000;

const tabIdSchema = z.number().check(z.int());

export const PagePushSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('page-seen'),
    tabId: tabIdSchema,
    windowId: tabIdSchema,
    title: z.string().check(z.maxLength(300)),
    snapshot: SnapshotSchema,
    active: z.boolean(),
    /** The `updatedAt` the background writes with it. */
    at: z.number(),
  }),
  /** The tab's page is gone (closed, navigated away): `all` when every page is cleared. */
  z.object({ type: z.literal('page-gone'), tabId: z.union([tabIdSchema, z.literal('all')]) }),
]);
export type PagePush = z.infer<typeof PagePushSchema>;
export type PageSeen = Extract<PagePush, { type: 'page-seen' }>;

let send: (msg: PagePush) => void = () => {};
/** How a push reaches an open panel (the background entrypoint wires runtime messaging). */
export function onPagePush(fn: (msg: PagePush) => void): void {
  send = fn;
}

export function pushPageSeen(
  tabId: number,
  windowId: number,
  title: string,
  snapshot: Snapshot,
  active: boolean,
  at: number,
): void {
  if (snapshot.items.length > PUSH_MAX_ITEMS) return;
  send({ type: 'page-seen', tabId, windowId, title, snapshot, active, at });
}

export function pushPageGone(tabId: number | 'all'): void {
  send({ type: 'page-gone', tabId });
}
