// What the blind page sets (tests/unit/sites/blind*-pages.test.ts) share: a page's file, URL,
// adapter and kind, reading it the way the content script would, and the facts every page must hold.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { adapterFor } from '../../../lib/sites';
import {
  ISO_DATE_RE,
  SnapshotSchema,
  type Snapshot,
  type SnapshotItem,
} from '../../../lib/messages';
import type { Adapter } from '../../../lib/sites/types';
import { loadFixture } from './fixture';
import { splitOf } from '../drafts/lint-set';

export interface Page {
  file: string;
  url: URL;
  adapter: Adapter;
  kind: 'reviews' | 'feedback' | 'messages';
  /** ms to let the page's own scripts render (0: static page, scripts not run) */
  ms?: number;
  /**
   * The warnings the page must give, one pattern each, in order (a virtualised list drawing fewer
   * rows than it says it has must say so); none when absent.
   */
  warnings?: RegExp[];
}

/** Fake timers for pages whose scripts render late; no iframe page is fetched. */
export function withPageTimers(): void {
  beforeEach(() => {
    // happy-dom would fetch iframe pages from the network otherwise
    (
      window as unknown as { happyDOM: { settings: { disableIframePageLoading: boolean } } }
    ).happyDOM.settings.disableIframePageLoading = true;
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });
}

export const open = (p: Page): Document => {
  const doc = loadFixture(p.file, { runScripts: (p.ms ?? 0) > 0 });
  if (p.ms) vi.advanceTimersByTime(p.ms);
  return doc;
};

export const read = (p: Page): { doc: Document; snap: Snapshot } => {
  const doc = open(p);
  return { doc, snap: p.adapter.extract(doc, p.url) };
};

export const byId = (snap: Snapshot, id: string): SnapshotItem | undefined =>
  snap.items.find((i) => i.externalId === id);

/** The facts every page shares: detected kind, schema, and exactly the page's expected warnings. */
export function common(p: Page): void {
  it('detects the page kind from the URL', () => {
    const site = adapterFor(p.url);
    expect(site?.id).toBe(p.adapter.site.id);
    expect(site?.detect(p.url)).toBe(p.kind);
  });
  const said = p.warnings ?? [];
  it(`gives a schema-valid snapshot of that kind, ${said.length ? 'with its warnings' : 'without warnings'}`, () => {
    const { snap } = read(p);
    expect(SnapshotSchema.safeParse(snap).success).toBe(true);
    expect(snap.pageKind).toBe(p.kind);
    expect(snap.warnings).toEqual(said.map((re) => expect.stringMatching(re)));
  });
}

/** A page's half, `[tuning]` or `[checking]`, by the repo's fixed hash of its file name. */
export const split = (file: string): string => `[${splitOf({ text: file })}]`;

/** A message time: the text the page shows, or its ISO form (which must then be that day and time). */
export const shownOrIso = (raw: string, isoPrefix: string) =>
  expect.toSatisfy(
    (v: unknown) =>
      v === raw || (typeof v === 'string' && ISO_DATE_RE.test(v) && v.startsWith(isoPrefix)),
  );

/** A date read from the page: its ISO day, and raw text holding what the page shows. */
export const dayOf = (iso: string, shown: string) =>
  expect.objectContaining({
    iso: expect.stringMatching(new RegExp(`^${iso}`)),
    raw: expect.stringContaining(shown),
  });

/** A reply state the agent may still act on: open, or not said. */
export const notAnswered = (s: string | undefined): void =>
  expect(s === undefined || s === 'open').toBe(true);
