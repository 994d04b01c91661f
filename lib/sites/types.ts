import type { ItemKind, PageKind, SiteId, Snapshot, SnapshotItem } from '../messages';

export type { ItemKind, PageKind, SiteId, Snapshot, SnapshotItem } from '../messages';

/** A reply box the draft can go into: a plain textarea/input or a contenteditable. */
export type ReplyBox = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** Example URLs per page kind: the cross-site table test checks each against every site. */
export type TestUrls = Partial<Record<ItemKind, readonly string[]>> & { none: readonly string[] };

/** What a marketplace file declares about its URLs (cheap, pure: no DOM). */
export interface SiteDef {
  id: SiteId;
  /** Human name of the marketplace, shown in the panel ("Amazon Seller Central"). */
  name: string;
  /** Exact hostnames (no wildcards); the content script runs on `https://HOST/*` of each. */
  hosts: readonly string[];
  /** Which kind of page a URL on one of `hosts` is; the host and https are checked before. */
  detect(url: URL): PageKind;
  testUrls: TestUrls;
  /** Run in every frame too (a message body drawn in an iframe). */
  allFrames?: boolean;
}

/** The site part: what the background, the manifest and the side panel import. */
export interface Site {
  readonly id: SiteId;
  readonly name: string;
  readonly hosts: readonly string[];
  /** `https://HOST/*` for each host: the manifest's host permissions and content-script matches. */
  readonly matches: string[];
  readonly testUrls: TestUrls;
  readonly allFrames: boolean;
  /** Whether the URL is on one of this site's hosts (https only). Never throws. */
  owns(url: string | URL): boolean;
  /** The page kind; 'none' for every URL not on this site's hosts. Never throws. */
  detect(url: string | URL): PageKind;
}

/** What a reader gets besides the DOM. */
export interface ReadContext {
  doc: Document;
  url: URL;
  kind: ItemKind;
  /**
   * querySelectorAll over the document and every open shadow root on it, in
   * document order of the roots. Use this, not a walk per query: the engine
   * keeps the list of shadow roots up to date as the page changes.
   */
  all(selector: string): Element[];
  /** The open shadow roots on the page, in tree order. */
  shadowRoots: readonly ShadowRoot[];
  /**
   * On a re-scan that looked for new roots only in what changed (`rootsIn`): those subtrees (added
   * nodes, the roots touched). Nothing else changed but text and attributes the scanner was not
   * told to watch. Undefined on a scan of the whole page.
   */
  changed?: readonly Element[];
  /** Note something the page lacks (the page may have changed shape); kept with the item's root. */
  warn(message: string): void;
  /**
   * In `read`: changes inside `el` (outside the root: an expanded row beside it) count as
   * changes of the root being read, so the cached item is read again.
   */
  claim?(el: Element): void;
}

/**
 * The reader part: bundled only into the site's own content script. The
 * generic machinery calls `roots` on every scan and `read` only for roots that
 * are new or changed since the last scan, so a page that appends 50 cards
 * costs 50 reads, not 5,050.
 */
export interface ReaderDef {
  /**
   * A root's item depends on the elements right after it (Taobao's expanded 追评 row): an element
   * added or removed after a root read before reads it again.
   */
  siblings?: boolean;
  /** Selectors whose appearance is worth a scan (cards, rows, reply boxes). */
  anchors: readonly string[];
  /**
   * The page's item roots (a card, a row), in page order; a generator lets a long walk pause.
   * It may yield null between two long steps (a query of the whole page): a place to pause only.
   */
  roots(ctx: ReadContext): Iterable<Element | null>;
  /**
   * The roots inside `scopes` (subtrees the page added or changed; a scope may be a root itself),
   * when this page kind's roots can be found that way: a re-scan after an append then looks only
   * at what was added. `known` are the current roots. Undefined: read the whole page with `roots`.
   */
  rootsIn?(
    scopes: readonly Element[],
    ctx: ReadContext,
    known: readonly Element[],
  ): Element[] | undefined;
  /** One root's item(s); null when the root turns out not to be one (a header row). */
  read(root: Element, ctx: ReadContext): SnapshotItem | SnapshotItem[] | null;
  /**
   * A page-level pass over the items read (open thread views and their reply
   * boxes, empty-state checks). Returns the final list; runs on every scan, so keep it cheap.
   * Items read from roots are cached: return a new object for one you change, never mutate it.
   * A finish that visits every root may be a generator: each `yield` is a place the scan may
   * pause, so 10,000 rows are not one long task (nothing may be kept from before a yield that the
   * page can change meanwhile, other than what the scanner is told of).
   */
  finish?(
    items: SnapshotItem[],
    ctx: ReadContext,
    roots: readonly Element[],
  ): SnapshotItem[] | Generator<void, SnapshotItem[], void>;
  /**
   * What covers the page instead of its kind (a login form, a slider or captcha at a review URL):
   * why nothing can be read, or undefined. Asked only when a scan found no item; a page it names is
   * not of the URL's kind, so its snapshot says 'none' (the panel shows "page not recognised").
   */
  gate?(doc: Document, url: URL): string | undefined;
  /**
   * The reply box tied to one item, or null. Return the box the page ties to the
   * item; the generic layer then refuses a hidden, disabled or read-only one.
   */
  replyBox(doc: Document, externalId: string, url: URL): ReplyBox | null;
}

/** A site with its reader: what a content script runs. */
export interface Adapter {
  readonly site: Site;
  readonly reader: ReaderDef;
  /** DOM in, plain data out, whole page at once. Never throws: failures become warnings. */
  extract(doc: Document, url: URL): Snapshot;
  /** The visible, enabled reply box tied to an item, or null. */
  findReplyBox(doc: Document, externalId: string, url: URL): ReplyBox | null;
}
