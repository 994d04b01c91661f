// Every site's test URLs against every site (github-url-detection's habit):
// each URL belongs to exactly one (site, kind), and every other site says none.
import { describe, expect, it } from 'vitest';
import { HOST_MATCHES, SITES, adapterFor, pageOf } from '@/lib/sites';
import { defineAdapter, defineSite, registerSites } from '@/lib/sites/define';
import { ITEM_KINDS, type PageKind } from '@/lib/messages';
import type { SiteDef } from '@/lib/sites/types';

const TABLE: [string, string, PageKind][] = SITES.flatMap((s) =>
  (['reviews', 'feedback', 'messages', 'none'] as const).flatMap((kind) =>
    (s.testUrls[kind] ?? []).map((url): [string, string, PageKind] => [url, s.id, kind]),
  ),
);

describe('the cross-site URL table', () => {
  it('has URLs for every site and a recognised kind for each', () => {
    for (const s of SITES) {
      expect(s.testUrls.none.length).toBeGreaterThan(0);
      expect(ITEM_KINDS.some((k) => (s.testUrls[k]?.length ?? 0) > 0)).toBe(true);
    }
  });

  it.each(TABLE)('%s → %s %s, none for every other site', (url, id, kind) => {
    for (const s of SITES) {
      expect(s.detect(url), `${s.id} on ${url}`).toBe(s.id === id ? kind : 'none');
    }
    if (kind !== 'none') {
      expect(SITES.filter((s) => s.detect(url) !== 'none').map((s) => s.id)).toEqual([id]);
      expect(adapterFor(url)?.id).toBe(id);
      expect(pageOf(url)).toMatchObject({ kind });
    }
  });

  it('no two sites share a host, and the match patterns are exactly the hosts', () => {
    const hosts = SITES.flatMap((s) => s.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(HOST_MATCHES).toEqual(hosts.map((h) => `https://${h}/*`));
  });
});

describe('the registry checks a marketplace when it registers', () => {
  const ok: SiteDef = {
    id: 'ebay',
    name: 'Test',
    hosts: ['www.example.com'],
    detect: (u) => (u.pathname.startsWith('/fb') ? 'feedback' : 'none'),
    testUrls: { feedback: ['https://www.example.com/fb'], none: ['https://www.example.com/'] },
  };

  it('accepts a sound definition and never throws on garbage URLs', () => {
    const s = defineSite(ok);
    expect(s.matches).toEqual(['https://www.example.com/*']);
    expect(s.detect('not a url')).toBe('none');
    expect(s.detect('http://www.example.com/fb')).toBe('none');
    expect(s.detect('https://www.example.com.evil.test/fb')).toBe('none');
  });

  it.each<[string, Partial<SiteDef>, RegExp]>([
    ['no hosts', { hosts: [] }, /run nowhere/],
    ['a wildcard host', { hosts: ['*.example.com'] }, /exact/],
    ['a host with a scheme', { hosts: ['https://www.example.com'] }, /exact/],
    ['a host with a path', { hosts: ['www.example.com/fb'] }, /exact/],
    ['an upper-case host', { hosts: ['WWW.example.com'] }, /exact/],
    ['a duplicate host', { hosts: ['www.example.com', 'www.example.com'] }, /twice/],
    [
      'an http test URL',
      { testUrls: { feedback: ['http://www.example.com/fb'], none: ['https://x.example/'] } },
      /https/,
    ],
    [
      'a test URL the site misreads',
      { testUrls: { messages: ['https://www.example.com/fb'], none: ['https://x.example/'] } },
      /detects as feedback, listed as messages/,
    ],
    [
      'a test URL on another host',
      { testUrls: { feedback: ['https://other.example/fb'], none: ['https://x.example/'] } },
      /not on one of the site's hosts/,
    ],
    ['no none URLs', { testUrls: { feedback: ['https://www.example.com/fb'], none: [] } }, /none/],
    ['no kind it reads', { testUrls: { none: ['https://x.example/'] } }, /no page kind/],
  ])('refuses %s', (_name, over, message) => {
    expect(() => registerSites([defineSite(ok), defineSite({ ...ok, ...over })])).toThrow(message);
  });

  it('refuses a reader with no anchors', () => {
    const s = defineSite(ok);
    expect(() =>
      defineAdapter(s, { anchors: [], roots: () => [], read: () => null, replyBox: () => null }),
    ).toThrow(/anchors is empty/);
  });
});
