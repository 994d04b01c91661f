// Assembling a page's snapshot from the content script's patches (see the
// protocol at the top of lib/messages.ts). Pure functions: the background
// keeps one assembly per frame and writes the tab's merged snapshot.
import {
  MAX_PAGE_ITEMS,
  MAX_WARNINGS,
  type Snapshot,
  type SnapshotItem,
  type SnapshotPatch,
} from './messages';

export interface Assembly {
  session: string;
  seq: number;
  snapshot: Snapshot;
}

export type PatchOutcome =
  { ok: true; assembly: Assembly } | { ok: false; error: string; resync: true };

/** Apply one patch; a patch that does not follow the assembly asks the content script to start over. */
export function applyPatch(prev: Assembly | undefined, patch: SnapshotPatch): PatchOutcome {
  if (!patch.reset) {
    if (!prev || prev.session !== patch.session) {
      return { ok: false, error: 'patch for an unknown page session', resync: true };
    }
    if (patch.seq !== prev.seq + 1) {
      return { ok: false, error: `patch ${patch.seq} after ${prev.seq}`, resync: true };
    }
  }
  const base: SnapshotItem[] = patch.reset || !prev ? [] : prev.snapshot.items;
  const index = new Map<string, number>();
  const items = base.slice();
  items.forEach((it, i) => index.set(it.externalId, i));
  for (const it of patch.upsert) {
    const at = index.get(it.externalId);
    if (at === undefined) {
      index.set(it.externalId, items.length);
      items.push(it);
    } else {
      items[at] = it;
    }
  }
  let next = items;
  if (patch.remove.length) {
    const gone = new Set(patch.remove);
    next = next.filter((it) => !gone.has(it.externalId));
  }
  if (patch.order) {
    const pos = new Map(patch.order.map((id, i) => [id, i]));
    next = next
      .map((it, i) => ({ it, k: pos.get(it.externalId) ?? patch.order!.length + i }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.it);
  }
  const warnings = [...patch.warnings];
  if (next.length > MAX_PAGE_ITEMS) {
    warnings.push(`${next.length} items on this page: the first ${MAX_PAGE_ITEMS} are listed`);
    next = next.slice(0, MAX_PAGE_ITEMS);
  }
  return {
    ok: true,
    assembly: {
      session: patch.session,
      seq: patch.seq,
      snapshot: {
        site: patch.site,
        url: patch.url,
        pageKind: patch.pageKind,
        items: next,
        warnings: warnings.slice(0, MAX_WARNINGS),
      },
    },
  };
}

/**
 * One tab's snapshot from its frames' snapshots: the top frame's page, with
 * the items of frames that read some (a message body drawn in an iframe).
 */
export function mergeFrames(frames: ReadonlyMap<number, Snapshot>): Snapshot | undefined {
  const all = [...frames.entries()].sort(([a], [b]) => a - b).map(([, s]) => s);
  if (all.length <= 1) return all[0];
  const top = frames.get(0);
  const main =
    (top && top.pageKind !== 'none' ? top : all.find((s) => s.pageKind !== 'none')) ?? all[0]!;
  const seen = new Set<string>();
  const items: SnapshotItem[] = [];
  for (const s of all) {
    for (const it of s.items) {
      if (seen.has(it.externalId) || items.length >= MAX_PAGE_ITEMS) continue;
      seen.add(it.externalId);
      items.push(it);
    }
  }
  const warnings = Array.from(new Set(all.flatMap((s) => s.warnings))).slice(0, MAX_WARNINGS);
  return { ...main, url: top?.url ?? main.url, items, warnings };
}
