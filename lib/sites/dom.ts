// Shared DOM helpers for site adapters. Everything here reads the page only,
// pierces OPEN shadow roots (closed ones are invisible to us by design) and is
// realm-independent (no instanceof against this window's constructors), so it
// works on a DOMParser document, a happy-dom window or the live page.
import { MAX_SHORT, MAX_TEXT } from '../messages';

type Root = Document | DocumentFragment | Element;

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

/** querySelectorAll that also searches open shadow roots (nested ones too). */
export function deepQuerySelectorAll(root: Root, selector: string): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  const visit = (r: Root) => {
    let hits: Element[] = [];
    try {
      hits = Array.from(r.querySelectorAll(selector));
    } catch {
      return; // invalid selector: nothing matches
    }
    for (const h of hits) {
      if (!seen.has(h)) {
        seen.add(h);
        out.push(h);
      }
    }
    for (const el of Array.from(r.querySelectorAll('*'))) {
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return out;
}

export function deepQuerySelector(root: Root, selector: string): Element | null {
  return deepQuerySelectorAll(root, selector)[0] ?? null;
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
  for (const el of deepQuerySelectorAll(root, '[id]')) {
    if (el.id === id) return el;
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
export function normText(s: string | null | undefined): string {
  if (!s) return '';
  return s
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
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

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
]);
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'KAT-LINK',
]);

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
      if (SKIP_TAGS.has(e.tagName.toUpperCase())) return;
      if (exclude.includes(e)) return;
      if (e.tagName.toUpperCase() === 'BR') {
        parts.push(' ');
        return;
      }
      const block = !INLINE_TAGS.has(e.tagName.toUpperCase());
      if (block) parts.push(' ');
      const label = e.localName.startsWith('kat-') ? e.getAttribute('label') : null;
      if (label && !e.hasChildNodes()) parts.push(label);
      if (e.shadowRoot && !e.hasChildNodes() && !label) {
        for (const c of Array.from(e.shadowRoot.childNodes)) walk(c);
      }
      for (const c of Array.from(e.childNodes)) walk(c);
      if (block) parts.push(' ');
      return;
    }
    for (const c of Array.from(node.childNodes)) walk(c);
  };
  walk(el);
  return normText(parts.join(''));
}

/**
 * Whole stars 1–5 from an attribute or label: "4", "4.0", "1.0 out of 5 stars",
 * "5 颗星，最多 5 颗星", "3 星". A negative number ("-3"), a fraction ("4.5", an
 * average) or anything outside 1–5 is no rating: undefined.
 */
export function parseStars(raw: string | null | undefined): number | undefined {
  const s = normText(raw);
  if (!s) return undefined;
  const m = /(^|[^\d.,-])(-?)(\d+)(?:[.,](\d+))?/.exec(s);
  if (!m || m[2] === '-' || !m[3]) return undefined;
  if (m[4] && !/^0+$/.test(m[4])) return undefined;
  const n = Number(m[3]);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
}

/** Rating of a star element: `value` attribute, then aria-label, then its text. */
export function starsOf(el: Element | null | undefined): number | undefined {
  if (!el) return undefined;
  for (const a of ['value', 'data-value', 'aria-label', 'title']) {
    const v = el.getAttribute(a);
    if (v !== null && normText(v)) return parseStars(v);
  }
  return parseStars(visibleText(el));
}
