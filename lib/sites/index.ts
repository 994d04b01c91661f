// The registry of the marketplaces' site parts (cheap, pure: no page readers).
// Adding a marketplace: one line here, after its lib/sites/<site>.ts (README).
import type { PageKind, Site } from './types';
import { amazon } from './amazon';
import { ebay } from './ebay';
import { taobao } from './taobao';
import { registerSites } from './define';

export type { PageKind, ReplyBox, Site, Snapshot, SnapshotItem } from './types';

export const SITES: readonly Site[] = registerSites([amazon, ebay, taobao]);

/** Every match pattern a content script runs on (and the only hosts the extension may touch). */
export const HOST_MATCHES: string[] = SITES.flatMap((s) => s.matches);

/** The site whose hosts hold this URL (exact host, https), or undefined; never throws. */
export function adapterFor(url: string | URL): Site | undefined {
  return SITES.find((s) => s.owns(url));
}

/** The site and page kind of a URL: one lookup for the panel and the background. */
export function pageOf(url: string | URL): { site: Site; kind: PageKind } | undefined {
  const site = adapterFor(url);
  return site ? { site, kind: site.detect(url) } : undefined;
}
