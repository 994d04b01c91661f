// Shared DOM helpers for site adapters. Everything here reads the page only,
// pierces OPEN shadow roots (closed ones are invisible to us by design) and is
// realm-independent (no instanceof against this window's constructors), so it
// works on a DOMParser document, a happy-dom window or the live page.
import { MAX_SHORT, MAX_TEXT } from '../messages';

type Root = Document | DocumentFragment | Element;

/**
 * The open shadow roots directly under `root` (not nested ones), in tree order. A live
 * getElementsByTagName('*') read by index is several times faster in Chromium than a
 * TreeWalker or querySelectorAll('*') over the same elements.
 */
export function shadowRootsUnder(root: Root): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  eachElement(root, (el) => {
    const sr = el.shadowRoot;
    if (sr) out.push(sr);
    return false;
  });
  return out;
}

/**
 * Calls `f` on every element under `root` (not `root` itself, not inside shadow trees) in tree
 * order until it returns true; that element is returned. A document fragment (a shadow root)
 * has no getElementsByTagName: its top-level children are walked one by one.
 */
function eachElement(root: Root, f: (el: Element) => boolean): Element | null {
  const scan = (top: Element | Document): Element | null => {
    const all = top.getElementsByTagName('*');
    for (let i = 0, n = all.length; i < n; i++) {
      const el = all[i]!;
      if (f(el)) return el;
    }
    return null;
  };
  if (typeof (root as Element).getElementsByTagName === 'function') {
    return scan(root as Element | Document);
  }
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) {
    if (f(c)) return c;
    const hit = scan(c);
    if (hit) return hit;
  }
  return null;
}

/** Every element in `root` (shadow trees of open hosts included), in tree order. */
export function allElementsDeep(root: Root): Element[] {
  const out: Element[] = [];
  const visit = (r: Root) => {
    for (const el of Array.from(r.querySelectorAll('*'))) {
      out.push(el);
      const sr = el.shadowRoot;
      if (sr) visit(sr);
    }
  };
  visit(root);
  return out;
}

const safeAll = (r: Root, selector: string): Element[] | null => {
  try {
    return Array.from(r.querySelectorAll(selector));
  } catch {
    return null; // invalid selector: nothing matches
  }
};

/** querySelectorAll that also searches open shadow roots (nested ones too). */
export function deepQuerySelectorAll(root: Root, selector: string): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  const visit = (r: Root): boolean => {
    const hits = safeAll(r, selector);
    if (!hits) return false;
    for (const h of hits) {
      if (!seen.has(h)) {
        seen.add(h);
        out.push(h);
      }
    }
    for (const sr of shadowRootsUnder(r)) visit(sr);
    return true;
  };
  visit(root);
  return out;
}

/**
 * The first match of `selector` in `root`, then in its open shadow roots in tree order (the
 * first element deepQuerySelectorAll would list), without collecting the other matches.
 */
export function deepQuerySelector(root: Root, selector: string): Element | null {
  const visit = (r: Root): Element | null | undefined => {
    let hit: Element | null;
    try {
      hit = r.querySelector(selector);
    } catch {
      return undefined; // invalid selector
    }
    if (hit) return hit;
    for (const sr of shadowRootsUnder(r)) {
      const inner = visit(sr);
      if (inner) return inner;
    }
    return null;
  };
  return visit(root) ?? null;
}

/** First match among selectors tried in order (a selector list in priority order). */
export function deepFirst(root: Root, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const hit = deepQuerySelector(root, s);
    if (hit) return hit;
  }
  return null;
}

/** Element with exactly this id under `root` (shadow roots included); no selector building from page text. */
export function deepById(root: Root, id: string): Element | null {
  if (!id) return null;
  // The id index of the document (or, failing that, of the tree `root` lives in): the tree's
  // first element with the id, and when it is inside `root`, none of root's own comes before it.
  const inside = (hit: Element | null | undefined): hit is Element =>
    !!hit && hit !== root && (root as Node).contains(hit);
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const fromDoc = doc?.getElementById(id);
  if (inside(fromDoc)) return fromDoc;
  if (!fromDoc || !(root as Node).isConnected) {
    const tree = (root as Node).getRootNode?.() as Document | ShadowRoot | undefined;
    const fromTree = tree && tree !== doc ? tree.getElementById?.(id) : undefined;
    if (inside(fromTree)) return fromTree;
  }
  return deepFirstById(root, id);
}

function deepFirstById(root: Root, id: string): Element | null {
  const hit = eachElement(root, (el) => el.id === id);
  if (hit) return hit;
  for (const sr of shadowRootsUnder(root)) {
    const inner = deepFirstById(sr, id);
    if (inner) return inner;
  }
  return null;
}

/** Parent across shadow boundaries: the host when `el` is a shadow root's top child. */
export function parentDeep(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  if (parent && (parent as ShadowRoot).host) return (parent as ShadowRoot).host;
  return null;
}

/** Whether `inner` is `outer` or inside it, crossing shadow boundaries. */
export function containsDeep(outer: Element, inner: Node): boolean {
  let cur: Node | null = inner;
  while (cur) {
    if (cur === outer) return true;
    cur = parentDeep(cur);
  }
  return false;
}

/** Collapse whitespace (including NBSP and zero-width spaces) and trim. */
const NEEDS_NORM =
  /[\u200b-\u200d\ufeff\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]| {2}|^ | $/;

const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/;
const ZERO_WIDTH_G = /[\u200b-\u200d\ufeff]/g;
/**
 * The whitespace a single space does not already stand for: a run of two or more, or one that is
 * not a plain space (\s less the space). Replacing only these leaves the single spaces between
 * words alone: a third of the time of replacing every run of \s.
 */
const SPACE_RUNS =
  /\s{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

export function normText(s: string | null | undefined): string {
  if (!s) return '';
  // most labels are clean already: one test instead of two replaces and a trim
  if (!NEEDS_NORM.test(s)) return s;
  if (ZERO_WIDTH.test(s)) s = s.replace(ZERO_WIDTH_G, '');
  return s.replace(SPACE_RUNS, ' ').trim();
}

/** Cut to at most `max` characters without splitting a surrogate pair. */
export function cap(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

export const capShort = (s: string): string => cap(s, MAX_SHORT);
export const capText = (s: string): string => cap(s, MAX_TEXT);

// (one string split: a shorter script than a list of literals)
const SKIP_TAGS = new Set('SCRIPT STYLE TEMPLATE NOSCRIPT TEXTAREA INPUT SELECT'.split(' '));
const INLINE_TAGS = new Set(
  'A ABBR B BDI BDO CITE CODE EM I KBD MARK Q S SMALL SPAN STRONG SUB SUP TIME U KAT-LINK'.split(
    ' ',
  ),
);

export interface TextOptions {
  /** Subtrees left out (e.g. the review body when reading a card's metadata). */
  exclude?: readonly Element[];
}

/**
 * What a reader sees of an element, as one normalised line: text nodes, with
 * block boundaries turned into spaces, script/style/template and form-control
 * contents left out, open shadow trees read where the host has no light
 * children, and the `label` attribute of `kat-*` components (they keep their text there).
 */
export function visibleText(el: Element | null | undefined, opts: TextOptions = {}): string {
  if (!el) return '';
  // Most fields are a plain text run: the browser's own textContent is many
  // times faster than walking it here.
  if (el.childElementCount === 0 && !el.shadowRoot && !SKIP_TAGS.has(el.tagName.toUpperCase())) {
    const label = el.localName.startsWith('kat-') ? el.getAttribute('label') : null;
    return normText(label && !el.hasChildNodes() ? label : el.textContent);
  }
  const parts: string[] = [];
  const exclude = opts.exclude ?? [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    if (node.nodeType === 1) {
      const e = node as Element;
      // one upper-case copy of the tag, and the children by their links (no array per element)
      const tag = e.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) return;
      if (exclude.includes(e)) return;
      if (tag === 'BR') {
        parts.push(' ');
        return;
      }
      const block = !INLINE_TAGS.has(tag);
      if (block) parts.push(' ');
      const label = e.localName.startsWith('kat-') ? e.getAttribute('label') : null;
      if (label && !e.hasChildNodes()) parts.push(label);
      if (e.shadowRoot && !e.hasChildNodes() && !label) walkIn(e.shadowRoot);
      walkIn(e);
      if (block) parts.push(' ');
      return;
    }
    walkIn(node);
  };
  const walkIn = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(el);
  return normText(parts.join(''));
}

/**
 * Whole stars 1–5 from an attribute or label: "4", "4.0", "1.0 out of 5 stars",
 * "5 颗星，最多 5 颗星", "3 星", "5つ星のうち2.0". A negative number ("-3"), a fraction ("4.5", an
 * average) or anything outside 1–5 is no rating: undefined.
 */
export function parseStars(raw: string | null | undefined): number | undefined {
  const s = normText(raw);
  if (!s) return undefined;
  // Amazon Japan names the scale first: 5つ星のうち2.0 ("2.0 of 5 stars")
  const scaleFirst = /5\s*つ星のうち\s*(\S+)/.exec(s);
  if (scaleFirst) return parseStars(scaleFirst[1]);
  const m = /(^|[^\d.,-])(-?)(\d+)(?:[.,](\d+))?/.exec(s);
  if (!m || m[2] === '-' || !m[3]) return undefined;
  if (m[4] && !/^0+$/.test(m[4])) return undefined;
  const n = Number(m[3]);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
}

/** A star meter's fill as an inline width: "width: 60%" (of five stars). */
const FILL_WIDTH = /(?:^|;)\s*width\s*:\s*(\d+(?:\.\d+)?)%/i;

/**
 * Rating of a star element: `value` attribute, then aria-label or title (an attribute that names
 * no stars, title="Rating", is passed over), then its text, then a star meter's fill drawn as an
 * inline width percentage (60% of five stars = 3). A fill between whole stars is an average: none.
 */
export function starsOf(el: Element | null | undefined): number | undefined {
  if (!el) return undefined;
  for (const a of ['value', 'data-value', 'aria-label', 'title']) {
    const v = el.getAttribute(a);
    if (v === null || !normText(v)) continue;
    const n = parseStars(v);
    if (n !== undefined || /\d/.test(v)) return n;
  }
  const n = parseStars(visibleText(el));
  if (n !== undefined) return n;
  for (const f of [el, ...Array.from(el.querySelectorAll('[style*="width"]'))]) {
    const w = FILL_WIDTH.exec(f.getAttribute('style') ?? '');
    if (!w) continue;
    const stars = Number(w[1]) / 20;
    return Number.isInteger(stars) && stars >= 1 && stars <= 5 ? stars : undefined;
  }
  return undefined;
}

/**
 * This document and its same-origin iframes' documents (nested too, at most 20): where a page draws
 * its items into a frame of its own (eBay's legacy message body, a 千牛 micro-app).
 */
export function frameDocs(doc: Document): Document[] {
  const out = [doc];
  for (let i = 0; i < out.length && out.length < 20; i++) {
    for (const f of Array.from((out[i] as Document).querySelectorAll('iframe, frame'))) {
      try {
        const d = (f as HTMLIFrameElement).contentDocument;
        if (d && !out.includes(d)) out.push(d);
      } catch {
        // cross-origin: that frame's own content script reads it
      }
    }
  }
  return out;
}
