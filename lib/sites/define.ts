// A marketplace is declared with two helpers, checked when it registers
// (like refined-github's features, where an empty `include` means "run nowhere"):
//   defineSite({ id, name, hosts, detect, testUrls })  the cheap, pure site part
//   defineAdapter(site, { anchors, roots, read, finish?, replyBox })  its page reader
// The site part is what the background, the manifest and the side panel import
// (lib/sites/index.ts); the reader is imported only by the site's own content
// script (entrypoints/<site>.content.ts), so no other bundle carries it.
import { ITEM_KINDS, type PageKind } from '../messages';
import type { Adapter, ReaderDef, Site, SiteDef, TestUrls } from './types';
import { createScanner } from './scan';

/**
 * A site's URL table is for the tests and the registry's check, and a page reader never reads it.
 * wxt.config.ts defines `__DEFUSE_CONTENT__` in content-script builds only, and each adapter writes
 * `testUrls: typeof __DEFUSE_CONTENT__ !== 'undefined' ? NO_TEST_URLS : {…}`, so the table leaves
 * the script every seller page loads (a constant in this module would not be folded there).
 */
export const NO_TEST_URLS: TestUrls = Object.freeze({ none: [] });

const HOST_RE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const toUrl = (url: string | URL): URL | undefined => {
  if (typeof url !== 'string') return url;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
};

/** Why a site definition is unusable, or [] when it is fine. */
export function siteProblems(def: Pick<SiteDef, 'hosts' | 'testUrls' | 'detect'>): string[] {
  const problems: string[] = [];
  if (!def.hosts.length) problems.push('hosts is empty: the site would run nowhere');
  const seen = new Set<string>();
  for (const h of def.hosts) {
    if (!HOST_RE.test(h)) {
      problems.push(
        `host "${h}" is not an exact lower-case hostname (no scheme, path or wildcard)`,
      );
    }
    if (seen.has(h)) problems.push(`host "${h}" is listed twice`);
    seen.add(h);
  }
  if (!def.testUrls.none?.length) problems.push('testUrls.none is empty');
  const kinds = ITEM_KINDS.filter((k) => def.testUrls[k]?.length);
  if (!kinds.length) problems.push('testUrls lists no page kind the site reads');
  for (const kind of [...ITEM_KINDS, 'none'] as PageKind[]) {
    for (const href of def.testUrls[kind] ?? []) {
      const u = toUrl(href);
      if (!u || u.protocol !== 'https:') {
        problems.push(`test URL ${href} is not an https URL`);
        continue;
      }
      // 'none' URLs may be on other hosts (look-alikes); the others must be ours.
      if (kind !== 'none' && !seen.has(u.hostname)) {
        problems.push(`test URL ${href} is not on one of the site's hosts`);
        continue;
      }
      if (!seen.has(u.hostname)) continue;
      const got = def.detect(u);
      if (got !== kind) problems.push(`test URL ${href} detects as ${got}, listed as ${kind}`);
    }
  }
  return problems;
}

/**
 * The registry (lib/sites/index.ts) checks its sites when it loads: the background, the panel,
 * the manifest and every test import it, so a broken site fails them all at once. A content
 * script does not repeat the check: it would cost every seller page the bytes, and throw there.
 */
export function registerSites<T extends readonly Site[]>(sites: T): T {
  for (const s of sites) {
    const problems = siteProblems(s);
    if (problems.length) throw new Error(`site ${s.id}: ${problems.join('; ')}`);
  }
  return sites;
}

/** The site part of a marketplace (checked when it registers: registerSites). */
export function defineSite(def: SiteDef): Site {
  const hosts = new Set(def.hosts);
  const owns = (url: string | URL): boolean => {
    const u = toUrl(url);
    return !!u && u.protocol === 'https:' && hosts.has(u.hostname.toLowerCase());
  };
  return Object.freeze({
    id: def.id,
    name: def.name,
    hosts: Object.freeze([...def.hosts]),
    matches: def.hosts.map((h) => `https://${h}/*`),
    testUrls: def.testUrls,
    allFrames: def.allFrames ?? false,
    owns,
    detect(url: string | URL): PageKind {
      const u = toUrl(url);
      if (!u || !owns(u)) return 'none';
      try {
        return def.detect(u);
      } catch {
        return 'none';
      }
    },
  });
}

/** A site with its page reader; throws at load time when the reader is unusable. */
export function defineAdapter(site: Site, reader: ReaderDef): Adapter {
  if (!reader.anchors.length) {
    throw new Error(`defineAdapter(${site.id}): anchors is empty: no page change would be seen`);
  }
  return Object.freeze({
    site,
    reader,
    extract(doc: Document, url: URL) {
      return createScanner(site, reader).scan(doc, url);
    },
    findReplyBox(doc: Document, externalId: string, url: URL) {
      if (site.detect(url) === 'none') return null;
      return reader.replyBox(doc, externalId, url);
    },
  });
}
