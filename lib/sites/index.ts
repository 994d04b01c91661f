// The adapter registry. Adding a marketplace = one adapter file added here.
import { amazon } from './amazon';
import type { SiteAdapter } from './types';

export type { PageKind, ReplyBox, SiteAdapter, Snapshot, SnapshotItem } from './types';

export const ADAPTERS: SiteAdapter[] = [amazon];

/** The adapter for a page URL (by exact host), or undefined; never throws. */
export function adapterFor(url: string | URL): SiteAdapter | undefined {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:') return undefined;
  const host = u.hostname.toLowerCase();
  return ADAPTERS.find((a) =>
    a.matches.some((m) => {
      const h = /^https:\/\/([^/]+)\//.exec(m)?.[1]?.toLowerCase();
      return h === host;
    }),
  );
}
