// The generic reading machinery, once for every marketplace: shadow-root
// tracking, the per-root cache that makes a re-scan cost only what changed,
// the size caps, the rating and date checks, and the error policy (a reader
// that throws costs its root a warning, never the page its other items).
import {
  ISO_DATE_RE,
  MAX_ID,
  MAX_PAGE_ITEMS,
  MAX_SHORT,
  MAX_TEXT,
  MAX_THREAD_MESSAGES,
  MAX_URL,
  MAX_WARNINGS,
  type ItemDate,
  type ItemKind,
  type Snapshot,
  type SnapshotItem,
} from '../messages';
import type { ReadContext, ReaderDef, Site } from './types';
import { cap, normText, parentDeep, shadowRootsUnder } from './dom';
import { virtualRows, virtualRowsWarning } from './virtual';

interface Cached {
  items: SnapshotItem[];
  warnings: string[];
  /** The number of the scan that last placed it (a re-scan drops the roots no scan placed). */
  scan?: number;
  /** Its place among that scan's roots. */
  at?: number;
}

/**
 * What the last complete scan added up, root by root: a re-scan whose roots start with the same
 * unchanged ones takes the sums at the end of that run instead of adding them up again (on a
 * 5,000-item page the Map and Set look-ups per cached root cost three times reading 50 new ones).
 */
interface Tally {
  roots: readonly Element[];
  entries: Cached[];
  /** The items as listed (the snapshot's own array: copied, never changed). */
  items: readonly SnapshotItem[];
  warnings: readonly string[];
  /** Every id listed (no item was over MAX_PAGE_ITEMS: a tally is kept only then). */
  seen: Set<string>;
  /** How many items and warnings there were after each root. */
  itemsEnd: number[];
  warnEnd: number[];
}

export interface Scanner {
  /** Read the page; roots unchanged since the last scan are not read again. */
  scan(doc: Document, url: URL): Snapshot;
  /**
   * The same scan in slices: it pauses (yields) whenever `pause()` says the
   * slice is used up, so a 10,000-item page never blocks the page's main thread.
   */
  steps(doc: Document, url: URL, pause: () => boolean): Generator<void, Snapshot, void>;
  /**
   * A mutation touched `node`: the root around it is read again on the next scan. True when
   * `node` is inside a root read before (so the change is worth a scan).
   */
  touched(node: Node): boolean;
  /** Nodes were added: look for shadow roots inside them. */
  added(node: Node): void;
  /**
   * One mutation record (of a scanner created `observed`): marks the roots it touched and
   * notes what changed outside them. True when it touched a root read before.
   */
  record(r: MutationRecord): boolean;
  /** Shadow roots known so far (the controller observes each). */
  shadowRoots(): readonly ShadowRoot[];
  /** Forget everything (page navigation). */
  reset(): void;
}

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 200);

/** Every open shadow root in `root`'s subtree (nested ones too), in tree order. */
export function findShadowRoots(root: Node, into: ShadowRoot[] = []): ShadowRoot[] {
  const visit = (r: Element | Document | ShadowRoot) => {
    for (const sr of shadowRootsUnder(r)) {
      into.push(sr);
      visit(sr);
    }
  };
  if (root.nodeType === 1) {
    const own = (root as Element).shadowRoot;
    if (own) {
      into.push(own);
      visit(own);
    }
    visit(root as Element);
  } else if (root.nodeType === 9 || root.nodeType === 11) {
    visit(root as Document | ShadowRoot);
  }
  return into;
}

const clampDate = (d: ItemDate | undefined): ItemDate | undefined => {
  if (!d) return undefined;
  const raw = cap(normText(d.raw), MAX_SHORT);
  if (!raw && !d.iso) return undefined;
  const out: ItemDate = { raw: raw || (d.iso ?? '') };
  if (d.iso && ISO_DATE_RE.test(d.iso)) out.iso = d.iso;
  return out;
};

const short = (s: string | undefined): string | undefined => {
  const v = s === undefined ? '' : cap(normText(s), MAX_SHORT);
  return v || undefined;
};

/**
 * An item as the schema accepts it: text capped, a rating that is not a whole
 * 1–5 dropped (said in a warning), polarity derived from stars, dates checked.
 */
export function clampItem(
  raw: SnapshotItem,
  warn: (m: string) => void,
  ownUrl: (url: string) => boolean = () => true,
): SnapshotItem | null {
  const externalId = cap(normText(raw.externalId), MAX_ID);
  if (!externalId) {
    warn('an item without an id was left out');
    return null;
  }
  const item: SnapshotItem = {
    externalId,
    kind: raw.kind,
    body: cap(raw.body ?? '', MAX_TEXT),
    replyable: raw.replyable === true,
  };
  if (raw.rating !== undefined) {
    if (Number.isInteger(raw.rating) && raw.rating >= 1 && raw.rating <= 5)
      item.rating = raw.rating;
    else warn(`item ${externalId.slice(0, 40)}: rating "${String(raw.rating)}" is not 1–5 stars`);
  }
  const polarity =
    raw.polarity ??
    (item.rating === undefined
      ? undefined
      : item.rating <= 2
        ? 'negative'
        : item.rating === 3
          ? 'neutral'
          : 'positive');
  if (polarity) item.polarity = polarity;
  for (const k of ['title', 'author', 'orderId', 'replyAction'] as const) {
    const v = short(raw[k]);
    if (v) item[k] = v;
  }
  if (raw.product) {
    const id = short(raw.product.id);
    const name = short(raw.product.name);
    const url = raw.product.url ? cap(raw.product.url, MAX_URL) : undefined;
    if (id || name || url) {
      const product: NonNullable<SnapshotItem['product']> = {};
      if (id) product.id = id;
      if (name) product.name = name;
      if (url) product.url = url;
      item.product = product;
    }
  }
  const date = clampDate(raw.date);
  if (date) item.date = date;
  if (raw.messages?.length) {
    let msgs = raw.messages.filter((m) => m.text);
    if (msgs.length > MAX_THREAD_MESSAGES) {
      const half = MAX_THREAD_MESSAGES / 2;
      warn(
        `thread ${externalId.slice(0, 40)}: ${msgs.length} messages, the first and last ${half} kept`,
      );
      msgs = [...msgs.slice(0, half), ...msgs.slice(-half)];
    }
    item.messages = msgs.map((m) => {
      const at = short(m.at);
      const out = { from: m.from, text: cap(m.text, MAX_TEXT) };
      return at ? { ...out, at } : out;
    });
  }
  if (raw.followUp?.text) {
    const fd = clampDate(raw.followUp.date);
    item.followUp = { text: cap(raw.followUp.text, MAX_TEXT), ...(fd ? { date: fd } : {}) };
  }
  if (raw.replyable && raw.replyLimit && Number.isInteger(raw.replyLimit) && raw.replyLimit > 0) {
    item.replyLimit = raw.replyLimit;
  }
  for (const k of ['contacted', 'fba', 'unreadable', 'manual'] as const) {
    if (raw[k] === true) item[k] = true;
  }
  if (raw.replyState) item.replyState = raw.replyState;
  // a link the panel offers must lead to the marketplace itself, never elsewhere
  if (raw.contactUrl && /^https:\/\//i.test(raw.contactUrl) && ownUrl(raw.contactUrl)) {
    item.contactUrl = cap(raw.contactUrl, MAX_URL);
  }
  return item;
}

/** Warnings in the schema's bounds; the overflow is counted, not dropped silently. */
export function capWarnings(warnings: readonly string[]): string[] {
  const unique = Array.from(new Set(warnings.map((w) => cap(w, MAX_SHORT))));
  if (unique.length <= MAX_WARNINGS) return unique;
  return [
    ...unique.slice(0, MAX_WARNINGS - 1),
    `…and ${unique.length - MAX_WARNINGS + 1} more warnings`,
  ];
}

/**
 * One compound selector naming a class (`.card`, `li.card`, `.card[data-id^="r-"]`): no
 * combinator, no list, no pseudo-class, no escapes. Group 1 is the class.
 */
const CLASS_LED =
  /^(?:[a-z][a-z0-9-]*)?\.([A-Za-z_][\w-]*)(?:\.[A-Za-z_][\w-]*|\[[\w-]+(?:[~|^$*]?="[^"\\]*")?\])*$/;

/** A reading context over a document and its known shadow roots. */
export function readContext(
  doc: Document,
  url: URL,
  kind: ItemKind,
  shadowRoots: readonly ShadowRoot[] = findShadowRoots(doc),
  warn: (m: string) => void = () => {},
): ReadContext {
  return {
    doc,
    url,
    kind,
    shadowRoots,
    all(selector) {
      const out: Element[] = [];
      try {
        const byClass = CLASS_LED.exec(selector);
        if (byClass) {
          // Chromium keeps class lists indexed: on a 5,000-card page this is ~40× a querySelectorAll
          const list = doc.getElementsByClassName(byClass[1]!);
          const exact = selector === `.${byClass[1]}`;
          for (let i = 0, n = list.length; i < n; i++) {
            const e = list[i]!;
            if (exact || e.matches(selector)) out.push(e);
          }
        } else {
          const list = doc.querySelectorAll(selector);
          for (let i = 0, n = list.length; i < n; i++) out.push(list[i]!);
        }
        for (const sr of shadowRoots) {
          if (!sr.host.isConnected) continue;
          const list = sr.querySelectorAll(selector);
          for (let i = 0, n = list.length; i < n; i++) out.push(list[i]!);
        }
      } catch {
        // an invalid selector matches nothing
      }
      return out;
    },
    warn,
  };
}

/** The elements matching `selector` in the scopes (each scope itself too), for `rootsIn`. */
export function matchesIn(scopes: readonly Element[], selector: string): Element[] {
  const out: Element[] = [];
  for (const sc of scopes) {
    if (sc.matches(selector)) out.push(sc);
    out.push(...Array.from(sc.querySelectorAll(selector)));
  }
  return out;
}

/** Document order: Node.DOCUMENT_POSITION_FOLLOWING. */
const order = (a: Node, b: Node): number => (a.compareDocumentPosition(b) & 4 ? -1 : 1);

/**
 * `known` (in page order) without `drop`, with `found` in their places: an append costs one
 * comparison; anything else a sort of two sorted runs, which TimSort merges in one pass.
 */
function mergeRoots(
  known: readonly Element[],
  found: Element[],
  drop: ReadonlySet<Element>,
  /**
   * Where an element stands in `known`: -1 when it is not there, undefined when that is not known
   * (then every root is looked up in `drop`). The re-read root beside an append (its 追评 row) is
   * cut out at its place, not found by a set look-up per root.
   */
  placeOf: (el: Element) => number | undefined,
) {
  let at: number[] | undefined = [];
  for (const d of drop) {
    const i = placeOf(d);
    if (i === undefined) {
      at = undefined;
      break;
    }
    if (i >= 0) at.push(i);
  }
  let base: Element[];
  if (!at) base = known.filter((r) => !drop.has(r));
  else if (!at.length)
    base = known as Element[]; // (nothing dropped: no scan changes a list of roots)
  else {
    at.sort((x, y) => x - y);
    const runs: Element[][] = [];
    let from = 0;
    for (const i of at) {
      runs.push(known.slice(from, i));
      from = i + 1;
    }
    base = known.slice(from);
    if (runs.length) base = runs[0]!.concat(...runs.slice(1), base);
  }
  if (!found.length) return base;
  // Chromium answers a.compareDocumentPosition(b) by walking back from b's side, so asking
  // "does a come before b" of rows in page order costs their distance; a sort also asks it the
  // other way round, a walk to the list's start: 18 ms a scan for 50 rows of a 5,000-row table
  if (found.some((r, i) => i > 0 && order(found[i - 1]!, r) > 0)) found.sort(order);
  const last = base[base.length - 1];
  const all = base.concat(found);
  return !last || order(last, found[0]!) < 0 ? all : all.sort(order);
}

export function createScanner(
  site: Site,
  reader: ReaderDef,
  /**
   * The caller passes every mutation record of the document (and of the shadow roots it is
   * told about) to `record()` before each scan: new roots are then looked for only in what
   * changed, where the reader can (`rootsIn`).
   */
  observed = false,
): Scanner {
  let cache = new Map<Element, Cached>();
  let dirty = new Set<Element>();
  /** Roots read by the scan in progress (a scan may pause between slices). */
  let building: Map<Element, Cached> | undefined;
  let shadow: ShadowRoot[] | undefined;
  let shadowSet = new Set<ShadowRoot>();
  let lastUrl = '';
  /** Elements outside a root tied to it by the reader (`claim`). */
  const claims = new WeakMap<Element, Element>();
  /** The roots of the last complete scan, and what changed outside them since. */
  let lastRoots: Element[] | undefined;
  let scopes = new Set<Element>();
  let full = true;
  let removed = false;
  let collecting = false;
  /** Counts removals: a paused walk of the page knows it may have skipped an element. */
  let epoch = 0;
  let scanNo = 0;
  let tally: Tally | undefined;

  const addShadow = (sr: ShadowRoot) => {
    if (shadowSet.has(sr)) return;
    shadowSet.add(sr);
    shadow?.push(sr);
    full = true; // rootsIn does not look into shadow trees
  };

  /** The root `node` is in (or claimed by), marked to be read again. */
  const touch = (node: Node | null): Element | undefined => {
    for (
      let cur = node;
      cur;
      cur = cur.nodeType === 1 || cur.nodeType === 3 ? parentDeep(cur) : null
    ) {
      if (cur.nodeType !== 1) continue;
      const el = cur as Element;
      const root = cache.has(el) || building?.has(el) ? el : claims.get(el);
      if (root) {
        dirty.add(root);
        return root;
      }
    }
    return undefined;
  };

  const scanner: Scanner = {
    reset() {
      cache = new Map();
      dirty = new Set();
      shadow = undefined;
      shadowSet = new Set();
      lastRoots = undefined;
      tally = undefined;
    },
    touched: (node) => !!touch(node),
    added(node) {
      if (!shadow || node.nodeType !== 1) return;
      for (const sr of findShadowRoots(node)) addShadow(sr);
    },
    record(r) {
      const hit = touch(r.target);
      if (r.type === 'attributes') {
        // on a root or outside every root: what is a root (or hidden) may have changed
        if (!hit || hit === r.target) full = true;
        return !!hit;
      }
      if (r.type === 'childList') {
        // the row beside an added or removed one (its expanded 追评 row) is read again
        const prev = r.previousSibling;
        const beside = reader.siblings ? touch : () => {};
        beside(prev && prev.nodeType !== 1 ? (prev as CharacterData).previousElementSibling : prev);
        if (r.removedNodes.length) {
          removed = true;
          epoch++;
          // a walk of the page paused in between may have missed a row
          if (collecting) full = true;
        }
        for (const n of Array.from(r.addedNodes)) {
          scanner.added(n);
          // (as the DOM is now: not every DOM implementation fills in previousSibling)
          beside((n as Element).previousElementSibling);
          if (!hit) scopes.add(n.nodeType === 1 ? (n as Element) : (r.target as Element));
          if (collecting) full = true;
        }
      } else if (!hit && r.target.parentElement) scopes.add(r.target.parentElement);
      return !!hit;
    },
    shadowRoots: () => shadow ?? [],
    scan(doc, url) {
      const g = scanner.steps(doc, url, () => false);
      for (;;) {
        const r = g.next();
        if (r.done) return r.value;
      }
    },
    *steps(doc, url, pause) {
      const pageKind = site.detect(url);
      const base = { site: site.id, url: cap(url.href, MAX_URL), pageKind };
      if (url.href !== lastUrl) {
        // Another page of the SPA: cached roots may be reused for other items.
        cache = new Map();
        dirty = new Set();
        lastRoots = undefined;
        tally = undefined;
        lastUrl = url.href;
      }
      if (pageKind === 'none') return { ...base, items: [], warnings: [] };
      if (!doc.body) return { ...base, items: [], warnings: ['page has no body yet'] };
      // The first look for shadow roots visits every element of the page: on a 10,000-item page
      // that alone is a long task, so it pauses too (a removal meanwhile starts it over).
      for (let pass = 0; !shadow && pass < 3; pass++) {
        const at = epoch;
        shadow = [];
        shadowSet = new Set();
        const all = doc.getElementsByTagName('*');
        for (let i = 0; i < all.length; i++) {
          const sr = all[i]!.shadowRoot;
          if (sr) for (const s of [sr, ...findShadowRoots(sr)]) addShadow(s);
          if ((i & 2047) === 2047 && pause()) yield;
        }
        if (epoch !== at && pass < 2) shadow = undefined;
      }
      const pageWarnings: string[] = [];
      const ctx = readContext(doc, url, pageKind as ItemKind, shadow, (m) => pageWarnings.push(m));
      // a scan that is not finished leaves no tally: the next one adds up from the start
      const last = tally;
      tally = undefined;
      const thisScan = ++scanNo;
      building = cache;
      // marks made while this scan pauses count for the next scan
      const stale = dirty;
      dirty = new Set();
      const changed = scopes;
      scopes = new Set();
      const wasFull = full || !observed || !lastRoots;
      const hadRemovals = removed;
      full = removed = false;
      let roots: Element[] | undefined;
      try {
        if (!wasFull && reader.rootsIn) {
          // roots touched first: they come before what was appended after them (mergeRoots)
          const where = [...stale, ...changed].filter((e) => e.isConnected);
          const got = where.length ? reader.rootsIn(where, ctx, lastRoots!) : [];
          if (got && got.every((f) => f.getRootNode() === doc)) {
            const found = Array.from(new Set(got));
            const known = hadRemovals ? lastRoots!.filter((r) => r.isConnected) : lastRoots!;
            const drop = new Set([...stale, ...found]);
            // a root's place in the last scan's list holds while nothing was removed
            const placeOf = (e: Element) => {
              const c = cache.get(e);
              if (!c) return -1;
              return !hadRemovals && c.at !== undefined && known[c.at] === e ? c.at : undefined;
            };
            roots = drop.size ? mergeRoots(known, found, drop, placeOf) : known;
            ctx.changed = where;
          }
        }
        if (!roots) {
          roots = [];
          const all = reader.roots(ctx);
          if (Array.isArray(all)) roots = all as Element[];
          else {
            collecting = true;
            for (const r of all) {
              if (r) roots.push(r);
              if ((!r || roots.length % 32 === 0) && pause()) yield;
            }
          }
        }
      } catch (e) {
        roots ??= [];
        full = true;
        pageWarnings.push(`${pageKind} page: the page reader failed (${describe(e)})`);
      } finally {
        collecting = false;
      }
      let items: SnapshotItem[] = [];
      let warnings: string[] = [];
      let seen = new Set<string>();
      let entries: Cached[] = [];
      let itemsEnd: number[] = [];
      let warnEnd: number[] = [];
      // The unchanged roots the last scan began with: the same entries in the same order add up
      // to the same items, ids and warnings, which the tally holds at each root's end.
      let start = 0;
      if (last) {
        let p = Math.min(roots.length, last.roots.length);
        for (const s of [stale, dirty]) {
          for (const r of s) {
            const at = cache.get(r)?.at;
            if (at !== undefined && at < p) p = at;
          }
        }
        let i = 0;
        while (i < p && roots[i] === last.roots[i]) i++;
        start = i;
      }
      let next: Map<Element, Cached>;
      if (last && start > 0) {
        const ie = last.itemsEnd[start - 1]!;
        seen = last.seen;
        for (let k = ie; k < last.items.length; k++) seen.delete(last.items[k]!.externalId);
        items = last.items.slice(0, ie);
        warnings = last.warnings.slice(0, last.warnEnd[start - 1]);
        entries = last.entries;
        entries.length = start;
        itemsEnd = last.itemsEnd;
        itemsEnd.length = start;
        warnEnd = last.warnEnd;
        warnEnd.length = start;
        for (const e of entries) e.scan = thisScan;
        // the map is kept: the roots of the last scan that this one does not place leave it after
        next = cache;
      } else {
        next = new Map();
        building = next;
      }
      let overflow = 0;
      let hits = 0;
      // one context for every root of the scan (reads are synchronous): no objects per root
      // (a root without warnings shares one empty list: no array per root of 10,000)
      const none: string[] = [];
      let rootWarnings = none;
      let current: Element | undefined;
      const warnRoot = (m: string) => {
        if (rootWarnings === none) rootWarnings = [];
        rootWarnings.push(m);
      };
      const rctx: ReadContext = {
        ...ctx,
        warn: warnRoot,
        claim: (el) => void (current && claims.set(el, current)),
      };
      let clamped: SnapshotItem[] = [];
      const add = (it: SnapshotItem) => {
        const c = clampItem(it, warnRoot, site.owns);
        if (c) clamped.push(c);
      };
      for (let ri = start; ri < roots.length; ri++) {
        const root = roots[ri]!;
        let entry =
          (stale.size && stale.has(root)) || (dirty.size && dirty.has(root))
            ? undefined
            : cache.get(root);
        const hit = entry !== undefined;
        if (!entry) {
          rootWarnings = none;
          current = root;
          clamped = [];
          try {
            const r = reader.read(root, rctx);
            if (Array.isArray(r)) r.forEach(add);
            else if (r) add(r);
          } catch (e) {
            warnRoot(`${pageKind} page: an item could not be read (${describe(e)})`);
          }
          current = undefined;
          entry = { items: clamped, warnings: rootWarnings };
        }
        entry.scan = thisScan;
        entry.at = ri;
        next.set(root, entry);
        entries.push(entry);
        if (entry.warnings.length) warnings.push(...entry.warnings);
        for (const it of entry.items) {
          if (seen.has(it.externalId)) continue;
          seen.add(it.externalId);
          if (items.length >= MAX_PAGE_ITEMS) overflow++;
          else items.push(it);
        }
        itemsEnd.push(items.length);
        warnEnd.push(warnings.length);
        // cached roots cost little each (the clock is asked every 32), but 10,000 of them
        // still make a long task
        if ((!hit || ++hits % 32 === 0) && pause()) yield;
      }
      if (next === cache && last) {
        for (let j = start; j < last.roots.length; j++) {
          const r = last.roots[j]!;
          if (next.get(r)?.scan !== thisScan) next.delete(r);
        }
      }
      cache = next;
      building = undefined;
      lastRoots = roots;
      if (!overflow) tally = { roots, entries, items, warnings, seen, itemsEnd, warnEnd };
      let final = items;
      if (reader.finish) {
        // finish() and the pass over what it returns each take a slice of their own: on 10,000
        // rows each costs as much as a slice of reads
        if (pause()) yield;
        try {
          const run = reader.finish(items, ctx, roots);
          let got: SnapshotItem[];
          if (Array.isArray(run)) got = run;
          else {
            // a finish that walks every root yields as it goes: the page gets turns between
            let r = run.next();
            for (; !r.done; r = run.next()) if (pause()) yield;
            got = r.value;
          }
          // the very list read from the roots is deduplicated and capped already
          if (got !== items) {
            if (pause()) yield;
            final = [];
            const ids = new Set<string>();
            const fromRoots = new Set(items);
            for (let k = 0; k < got.length; k++) {
              const it = got[k]!;
              if ((k & 255) === 255 && pause()) yield;
              // only what finish() made or changed needs the caps again
              const c = fromRoots.has(it)
                ? it
                : clampItem(it, (m) => pageWarnings.push(m), site.owns);
              if (c && !ids.has(c.externalId)) {
                ids.add(c.externalId);
                final.push(c);
              }
            }
          }
        } catch (e) {
          final = items;
          pageWarnings.push(`${pageKind} page: the page reader failed (${describe(e)})`);
        }
      }
      if (overflow) {
        pageWarnings.push(
          `${items.length + overflow} items on this page: the first ${MAX_PAGE_ITEMS} are listed`,
        );
      }
      if (!final.length && reader.gate) {
        // a login or captcha over the page: not a page of this kind, whatever its URL says
        const why = reader.gate(doc, url);
        if (why) return { ...base, pageKind: 'none', items: [], warnings: [cap(why, MAX_SHORT)] };
      }
      // a virtualised list draws only the rows in view: say how many more it has
      const more = final.length ? virtualRows(roots) : undefined;
      if (more) pageWarnings.push(virtualRowsWarning(more));
      return { ...base, items: final, warnings: capWarnings([...warnings, ...pageWarnings]) };
    },
  };
  return scanner;
}
