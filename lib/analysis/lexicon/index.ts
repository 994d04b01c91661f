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
  /** Characters the term may not follow / precede (LexiconSpec.notAfter / notBefore). */
  notAfter?: string;
  notBefore?: string;
}

interface Node {
  next: Map<number, Node>;
  info: TermInfo | undefined;
  /** Index of `info` in the term table (-1 without one). */
  id: number;
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
  // Looked up by each term's substrings (a few dozen per term) rather than testing every cause
  // term against every term: that was the bulk of the engine's start-up in the panel.
  const rank = new Map(causeTerms.map(([t], i) => [t, i]));
  const longest = causeTerms.reduce((n, [t]) => Math.max(n, t.length), 0);
  for (const [t, info] of terms) {
    if (!info.hasW || info.w >= 0 || info.strong.length > 0 || info.aspect.length > 0) continue;
    const found = new Set<number>();
    for (let at = 0; at < t.length; at++) {
      const last = Math.min(t.length, at + longest, at + t.length - 1);
      for (let end = at + 1; end <= last; end++) {
        const i = rank.get(t.slice(at, end));
        if (i === undefined || found.has(i)) continue;
        const si = causeTerms[i]![1];
        if (si.bStart && at > 0 && isWordChar(t.charCodeAt(at - 1))) continue;
        if (si.bEnd && end < t.length && isWordChar(t.charCodeAt(end))) continue;
        found.add(i);
      }
    }
    const strong = new Set<Cause>();
    const aspect = new Set<Cause>();
    // In the cause terms' own order, so the causes come out as they always have.
    for (const i of [...found].sort((a, b) => a - b)) {
      const si = causeTerms[i]![1];
      // A negated positive inside the term (不好吃) reads as a complaint about that topic.
      const asStrong = si.strong.length > 0 && (!si.hasW || si.w < 0);
      for (const c of asStrong ? si.strong : si.aspect) (asStrong ? strong : aspect).add(c);
    }
    for (const c of strong) aspect.delete(c);
    info.strong = [...strong];
    info.aspect = strong.size > 0 ? [] : [...aspect];
  }
}

function build(specs: LexiconSpec[]): { root: Node; size: number; terms: TermInfo[] } {
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
    for (const [t, cs] of Object.entries(spec.notAfter ?? {}))
      get(t).notAfter = normalizeText(cs).t;
    for (const [t, cs] of Object.entries(spec.notBefore ?? {}))
      get(t).notBefore = normalizeText(cs).t;
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
  const root: Node = { next: new Map(), info: undefined, id: -1 };
  const table: TermInfo[] = [];
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
        child = { next: new Map(), info: undefined, id: -1 };
        node.next.set(c, child);
      }
      node = child;
    }
    node.info = info;
    node.id = table.length;
    table.push(info);
  }
  return { root, size: terms.size, terms: table };
}

const BUILT = build([ZH, EN]);

/** Number of distinct terms in the shipped lexicon. */
export const LEXICON_SIZE = BUILT.size;

/**
 * Matches of one scan, as parallel typed arrays (k-th match: start[k], end[k], TERMS[term[k]]).
 * One object per match kept in a growing array made long texts superlinear in V8 (the array's
 * backing store and its young objects are copied and re-scanned as it grows past a few ten
 * thousand entries); typed arrays of numbers hold no pointers.
 */
export interface Matches {
  length: number;
  start: Int32Array;
  end: Int32Array;
  term: Int32Array;
}

/** Every term's info, indexed by Matches.term. */
export const TERMS: readonly TermInfo[] = BUILT.terms;

/** The TermInfo of match k. */
export function infoAt(ms: Matches, k: number): TermInfo {
  return BUILT.terms[ms.term[k]!]!;
}

/** Scratch buffer reused across scans (three Int32 per match), copied out at the end. */
let scratch = new Int32Array(3 * 256);

/** End of the longest Han praise term starting at i (-1 when none). */
function longestFrom(t: string, i: number): number {
  let node: Node | undefined = BUILT.root.next.get(t.charCodeAt(i));
  let best = -1;
  let j = i;
  while (node) {
    j++;
    // Only a praise term: the split is for 好 inside a praise word (蛮好 | 好吃).
    if (node.info && !node.info.bStart && !node.info.bEnd && node.info.hasW && node.info.w > 0)
      best = j;
    if (j >= t.length) break;
    node = node.next.get(t.charCodeAt(j));
  }
  return best;
}

/**
 * Leftmost-longest scan of the normalised text against the lexicon trie. Latin terms only match
 * on word boundaries. Returns non-overlapping matches in text order.
 */
export function scan(t: string): Matches {
  const n = t.length;
  const root = BUILT.root;
  let m = 0;
  let i = 0;
  while (i < n) {
    const c0 = t.charCodeAt(i);
    const prevWord = i > 0 && isWordChar(t.charCodeAt(i - 1));
    let node: Node | undefined = root.next.get(c0);
    if (!node) {
      i++;
      continue;
    }
    let bestEnd = -1;
    let bestTerm = -1;
    let j = i;
    while (node) {
      j++;
      const info: TermInfo | undefined = node.info;
      if (info) {
        const okStart =
          !(info.bStart && prevWord) &&
          !(info.notAfter !== undefined && i > 0 && info.notAfter.includes(t[i - 1]!));
        const okEnd =
          !(info.bEnd && j < n && isWordChar(t.charCodeAt(j))) &&
          !(info.notBefore !== undefined && j < n && info.notBefore.includes(t[j]!));
        if (okStart && okEnd) {
          bestEnd = j;
          bestTerm = node.id;
        }
      }
      if (j >= n) break;
      node = node.next.get(t.charCodeAt(j));
    }
    // 蛮好吃, 挺好看, 太好吃了: a degree word glued to 好 makes a shorter term (蛮好) that would hide
    // the longer one starting at the next character (好吃). When the first character is a term of
    // its own (蛮, 挺, 太) and the term from the next one reaches further, the split is degree word +
    // that term (Han text only).
    if (bestEnd >= i + 2 && !isWordChar(c0)) {
      const single = root.next.get(c0)!.info;
      const shorter = BUILT.terms[bestTerm]!;
      if (single && single.intens && shorter.hasW && shorter.w > 0) {
        const e2 = longestFrom(t, i + 1);
        if (e2 > bestEnd) {
          bestEnd = i + 1;
          bestTerm = root.next.get(c0)!.id;
        }
      }
    }
    if (bestEnd >= 0) {
      if (3 * m + 3 > scratch.length) {
        const grown = new Int32Array(scratch.length * 2);
        grown.set(scratch);
        scratch = grown;
      }
      scratch[3 * m] = i;
      scratch[3 * m + 1] = bestEnd;
      scratch[3 * m + 2] = bestTerm;
      m++;
      i = bestEnd;
    } else if (prevWord || isWordChar(c0)) {
      // Inside a Latin word: jump to its end (no term can start mid-word).
      i++;
      while (i < n && isWordChar(t.charCodeAt(i)) && isWordChar(t.charCodeAt(i - 1))) i++;
    } else {
      i++;
    }
  }
  const start = new Int32Array(m);
  const end = new Int32Array(m);
  const term = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    start[k] = scratch[3 * k]!;
    end[k] = scratch[3 * k + 1]!;
    term[k] = scratch[3 * k + 2]!;
  }
  return { length: m, start, end, term };
}
