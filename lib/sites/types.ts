import type { PageKind, SiteId, Snapshot } from '../messages';

export type { PageKind, SiteId, Snapshot, SnapshotItem } from '../messages';

/** A reply box the draft can go into: a plain textarea/input or a contenteditable. */
export type ReplyBox = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

export interface SiteAdapter {
  id: SiteId;
  /** Match patterns (https://host/*) this adapter covers. */
  matches: string[];
  /** Pure: which kind of page a URL is. */
  detect(url: URL): PageKind;
  /** DOM in, plain data out. Never throws on a page that changed shape: it reports warnings. */
  extract(doc: Document, url: URL): Snapshot;
  /** The reply box for one item, piercing open shadow roots; null when the page shows none. */
  findReplyBox(doc: Document, externalId: string, url: URL): ReplyBox | null;
  /** CSS selectors whose appearance means the page rendered items worth re-extracting. */
  anchors: string[];
}
