import type { Cause } from '../types';
import { normalizeText } from '../normalize';
import { EN } from './en';
import { ZH } from './zh';
import type { LexiconSpec } from './types';

/** What the scanner knows about one term (merged over all lists that contain it). */
export interface TermInfo {
  /** Sentiment weight, 0 when the term carries none (a blocker, an aspect noun…). */
  w: number;
  hasW: boolean;
  negator: boolean;
  comparative: boolean;
  scopeExt: boolean;
  contrast: boolean;
  softContrast: boolean;
  downtoner: boolean;
  concessive: boolean;
  intens: boolean;
  anger: boolean;
  strong: Cause[];
  aspect: Cause[];
  /** Term starts/ends with a Latin word character: needs word boundaries there. */
  bStart: boolean;
  bEnd: boolean;
}

interface Node {
  next: Map<number, Node>;
  info: TermInfo | undefined;
}

/** Default weight of a complaint (strong cause) term that is in no sentiment list. */
const STRONG_DEFAULT = -1.6;

export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || (c >= 65 && c <= 90);
}

function emptyInfo(term: string): TermInfo {
  return {
    w: 0,
    hasW: false,
    negator: false,
    comparative: false,
    scopeExt: false,
    contrast: false,
    softContrast: false,
    downtoner: false,
    concessive: false,
    intens: false,
    anger: false,
    strong: [],
    aspect: [],
    bStart: isWordChar(term.charCodeAt(0)),
    bEnd: isWordChar(term.charCodeAt(term.length - 1)),
  };
}

/**
 * A negative sentiment term without a cause of its own takes the causes of the cause terms written
 * inside it: the scanner matches longest-first, so "太难吃了" or "送餐快点" would otherwise hide the
 * 难吃 (quality) or 送餐 (logistics) they contain. Latin terms only inherit from whole words.
 */
function inheritCauses(terms: Map<string, TermInfo>): void {
  const causeTerms = [...terms].filter(([, i]) => i.strong.length > 0 || i.aspect.length > 0);
  for (const [t, info] of terms) {
    if (!info.hasW || info.w >= 0 || info.strong.length > 0 || info.aspect.length > 0) continue;
    const strong = new Set<Cause>();
    const aspect = new Set<Cause>();
    for (const [sub, si] of causeTerms) {
      if (sub.length >= t.length) continue;
      let at = t.indexOf(sub);
      let ok = false;
      while (at >= 0 && !ok) {
        const end = at + sub.length;
        ok =
          !(si.bStart && at > 0 && isWordChar(t.charCodeAt(at - 1))) &&
          !(si.bEnd && end < t.length && isWordChar(t.charCodeAt(end)));
        at = t.indexOf(sub, at + 1);
      }
      if (!ok) continue;
      // A negated positive inside the term (不好吃) reads as a complaint about that topic.
      const asStrong = si.strong.length > 0 && (!si.hasW || si.w < 0);
      for (const c of asStrong ? si.strong : si.aspect) (asStrong ? strong : aspect).add(c);
    }
    for (const c of strong) aspect.delete(c);
    info.strong = [...strong];
    info.aspect = strong.size > 0 ? [] : [...aspect];
  }
}

function build(specs: LexiconSpec[]): { root: Node; size: number } {
  const terms = new Map<string, TermInfo>();
  const get = (raw: string): TermInfo => {
    const t = normalizeText(raw).t;
    let info = terms.get(t);
    if (!info) {
      info = emptyInfo(t);
      terms.set(t, info);
    }
    return info;
  };
  for (const spec of specs) {
    for (const [w, list] of spec.sentiment) {
      for (const t of list) {
        const info = get(t);
        // Blockers (weight 0) always win; otherwise keep the strongest weight seen.
        if (w === 0 || !info.hasW || (info.w !== 0 && Math.abs(w) > Math.abs(info.w))) {
          info.w = w;
          info.hasW = true;
        }
      }
    }
    for (const t of spec.negators) get(t).negator = true;
    for (const t of spec.comparative ?? []) get(t).comparative = true;
    for (const t of spec.scopeExtenders ?? []) get(t).scopeExt = true;
    for (const t of spec.contrast) get(t).contrast = true;
    for (const t of spec.softContrast) get(t).softContrast = true;
    for (const t of spec.downtoners) get(t).downtoner = true;
    for (const t of spec.concessive) get(t).concessive = true;
    for (const t of spec.intensifiers) get(t).intens = true;
    for (const t of spec.anger) get(t).anger = true;
    for (const [cause, lists] of Object.entries(spec.causes) as [
      Cause,
      { strong: string[]; aspect: string[] },
    ][]) {
      for (const t of lists.strong) {
        const info = get(t);
        if (!info.strong.includes(cause)) info.strong.push(cause);
      }
      for (const t of lists.aspect) {
        const info = get(t);
        if (!info.aspect.includes(cause)) info.aspect.push(cause);
      }
    }
  }
  inheritCauses(terms);
  const root: Node = { next: new Map(), info: undefined };
  for (const [t, info] of terms) {
    if ((info.strong.length > 0 || info.anger) && !info.hasW) {
      info.w = STRONG_DEFAULT;
      info.hasW = true;
    }
    let node = root;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), info: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    node.info = info;
  }
  return { root, size: terms.size };
}

const BUILT = build([ZH, EN]);

/** Number of distinct terms in the shipped lexicon. */
export const LEXICON_SIZE = BUILT.size;

export interface Match {
  start: number;
  end: number;
  info: TermInfo;
}

/**
 * Leftmost-longest scan of the normalised text against the lexicon trie. Latin terms only match
 * on word boundaries. Returns non-overlapping matches in text order.
 */
export function scan(t: string): Match[] {
  const out: Match[] = [];
  const n = t.length;
  const root = BUILT.root;
  let i = 0;
  while (i < n) {
    const c0 = t.charCodeAt(i);
    const prevWord = i > 0 && isWordChar(t.charCodeAt(i - 1));
    let node: Node | undefined = root.next.get(c0);
    if (!node) {
      i++;
      continue;
    }
    let best: Match | undefined;
    let j = i;
    while (node) {
      j++;
      const info: TermInfo | undefined = node.info;
      if (info) {
        const okStart = !(info.bStart && prevWord);
        const okEnd = !(info.bEnd && j < n && isWordChar(t.charCodeAt(j)));
        if (okStart && okEnd) best = { start: i, end: j, info };
      }
      if (j >= n) break;
      node = node.next.get(t.charCodeAt(j));
    }
    if (best) {
      out.push(best);
      i = best.end;
    } else if (prevWord || isWordChar(c0)) {
      // Inside a Latin word: jump to its end (no term can start mid-word).
      i++;
      while (i < n && isWordChar(t.charCodeAt(i)) && isWordChar(t.charCodeAt(i - 1))) i++;
    } else {
      i++;
    }
  }
  return out;
}
