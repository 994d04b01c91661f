// The pages the panel shows: the stored records (Dexie, the source of truth,
// followed live) overlaid with what the background pushed since, which arrives
// before its IndexedDB write is done (lib/background/page-push.ts).
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, pageRecordOf, type PageRecord } from '../db';
import { parseMessage } from '../messages';
import {
  PagePushSchema,
  pagePushChannel,
  type PagePush,
  type PageSeen,
} from '../background/page-push';

/** Per tab, the latest page pushed (a tab's pushes replace each other, so this stays small). */
export type Pushed = ReadonlyMap<number, PageSeen>;

/** What a push does to the pages pushed so far. */
export function applyPush(pushed: Pushed, msg: PagePush): Pushed {
  if (msg.type === 'page-gone') {
    if (msg.tabId === 'all') return pushed.size ? new Map() : pushed;
    if (!pushed.has(msg.tabId)) return pushed;
    const next = new Map(pushed);
    next.delete(msg.tabId);
    return next;
  }
  return new Map(pushed).set(msg.tabId, msg);
}

/**
 * The stored pages with each newer push in its tab's place. A stored record
 * newer than the push wins; one written from this very push keeps the pushed
 * snapshot object, so the panel's rows are not rebuilt when the write lands.
 */
export function overlayPages(
  stored: readonly PageRecord[] | undefined,
  pushed: Pushed,
): PageRecord[] | undefined {
  if (stored === undefined) return undefined;
  if (pushed.size === 0) return stored as PageRecord[];
  const byTab = new Map(stored.map((p) => [p.tabId, p]));
  for (const push of pushed.values()) {
    const prev = byTab.get(push.tabId);
    if (prev && prev.updatedAt > push.at) continue;
    byTab.set(
      push.tabId,
      prev && prev.updatedAt === push.at
        ? // the write of this push: the store's other fields (lastError, lastActiveAt) hold
          { ...prev, snapshot: push.snapshot }
        : pageRecordOf(
            prev,
            push.tabId,
            push.windowId,
            push.title,
            push.snapshot,
            push.active,
            push.at,
          ),
    );
  }
  return [...byTab.values()];
}

export function usePages(): PageRecord[] | undefined {
  const stored = useLiveQuery(() => db().pages.toArray(), [], undefined);
  const [pushed, setPushed] = useState<Pushed>(() => new Map());
  useEffect(() => {
    // (only the extension's own worker and pages can post on it: lib/background/page-push.ts)
    const channel = pagePushChannel();
    if (!channel) return;
    channel.onmessage = (e: MessageEvent) => {
      const parsed = parseMessage(PagePushSchema, e.data);
      if (!parsed.ok) {
        console.warn('[defuse] dropped a malformed page push:', parsed.error);
        return;
      }
      setPushed((p) => applyPush(p, parsed.value));
    };
    return () => channel.close();
  }, []);
  return useMemo(() => overlayPages(stored, pushed), [stored, pushed]);
}
