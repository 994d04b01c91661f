import { T2S_FROM, T2S_TO } from './script-table';

const T2S = new Map<number, number>();
for (let i = 0; i < T2S_FROM.length; i++) T2S.set(T2S_FROM.charCodeAt(i), T2S_TO.charCodeAt(i));
// Traditional variants the generated table leaves out: OpenCC's character table writes the 兌
// component as 兑 (説, 脱) and takes Taiwan's standard forms (脫 稅 戶 溫 衛 裏) for variants, so
// 脫膠 or 帳戶 in a Taiwanese message would not match the Simplified lexicon.
const T2S_EXTRA: [string, string][] = [
  ['說', '说'],
  ['脫', '脱'],
  ['稅', '税'],
  ['銳', '锐'],
  ['閱', '阅'],
  ['悅', '悦'],
  ['兌', '兑'],
  ['蛻', '蜕'],
  ['敘', '叙'],
  ['戶', '户'],
  ['溫', '温'],
  ['衛', '卫'],
  ['爲', '为'],
  ['裏', '里'],
  ['衆', '众'],
  ['羣', '群'],
  ['峯', '峰'],
  ['牀', '床'],
  ['鉤', '钩'],
  ['癡', '痴'],
  ['纔', '才'],
  ['揹', '背'],
  ['啓', '启'],
  ['祕', '秘'],
  ['溼', '湿'],
];
for (const [f, t] of T2S_EXTRA)
  if (!T2S.has(f.charCodeAt(0))) T2S.set(f.charCodeAt(0), t.charCodeAt(0));

/**
 * Characters that render as nothing (or nearly) and are used to split a word so that a pattern
 * no longer matches it: soft hyphen, combining grapheme joiner, zero-width space/joiners, LRM/RLM
 * and the other bidi controls, word joiner and invisible operators, variation selectors, BOM,
 * Mongolian vowel separator. Combining diacritics are dropped too (r̲efund → refund).
 */
function invisible(c: number): boolean {
  return (
    c === 0xad ||
    c === 0x34f ||
    (c >= 0x300 && c <= 0x36f) ||
    c === 0x61c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff ||
    (c >= 0xe0000 && c <= 0xe007f) ||
    (c >= 0xe0100 && c <= 0xe01ef)
  );
}

/** Cyrillic and Greek letters that look like Latin ones (lower-case targets). */
const CONFUSABLE: Record<string, string> = {
  а: 'a',
  в: 'b',
  с: 'c',
  ԁ: 'd',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  т: 't',
  у: 'y',
  ѡ: 'w',
  х: 'x',
  ү: 'y',
  ɡ: 'g',
  ӏ: 'l',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  ω: 'w',
  ѵ: 'v',
  ԝ: 'w',
};

const FOLD = new Map<number, string>();
for (const [k, v] of Object.entries(CONFUSABLE)) FOLD.set(k.codePointAt(0)!, v);

/** Folding of one non-ASCII, non-Han code point, memoised: '' = drop, otherwise its replacement. */
function fold(cp: number): string {
  const hit = FOLD.get(cp);
  if (hit !== undefined) return hit;
  let s = String.fromCodePoint(cp);
  if (invisible(cp)) s = '';
  else {
    // NFKC maps full-width, mathematical, circled and ligature forms to plain letters; lower
    // case after it. A mapping that grows ("İ" → "i̇", "ﬁ" → "fi") is fine: the offset map
    // keeps every output character tied to its source.
    let k = s.normalize('NFKC').toLowerCase();
    let out = '';
    for (const ch of k) {
      const c = ch.codePointAt(0)!;
      if (invisible(c)) continue;
      out += FOLD.get(c) ?? (c >= 0x3400 ? String.fromCodePoint(T2S.get(c) ?? c) : ch);
    }
    k = out;
    // Keep characters NFKC would turn into something unrelated (e.g. "…" → "...") only when the
    // result is short; the clause splitter knows the original punctuation.
    s = k.length <= 4 ? k : s;
  }
  FOLD.set(cp, s);
  return s;
}

/**
 * A normalised text for matching and the way back: `t` is lower case, half-width, Simplified,
 * without invisible characters and with look-alike letters folded; `start[k]`/`end[k]` give the
 * [start, end) in the original text of the character that produced t[k] (undefined when every
 * character became exactly one, so indices coincide).
 */
export interface Norm {
  raw: string;
  t: string;
  start?: Int32Array;
  end?: Int32Array;
}

/**
 * HTML entities left in scraped or exported text (&quot;, &amp;, &#39;, &#34;, seen in marketplace
 * exports): decoded before matching, so "don&#39;t" is a negation and "&quot;new&quot;" a quote.
 * Only the common named ones and well-formed numeric ones with their ";" ("AT&T" stays).
 */
const ENTITY_NAMED: Record<string, number> = {
  quot: 34,
  amp: 38,
  apos: 39,
  lt: 60,
  gt: 62,
  nbsp: 32,
  hellip: 0x2026,
  rsquo: 39,
  lsquo: 39,
  ldquo: 0x201c,
  rdquo: 0x201d,
  mdash: 0x2014,
  ndash: 0x2013,
  middot: 0xb7,
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,6}));/y;

/** The code point and length of the entity at raw[i] (which is "&"), or undefined. */
function entityAt(raw: string, i: number): [number, number] | undefined {
  ENTITY.lastIndex = i;
  const m = ENTITY.exec(raw);
  if (!m) return undefined;
  const cp = m[1]
    ? parseInt(m[1], 10)
    : m[2]
      ? parseInt(m[2], 16)
      : ENTITY_NAMED[m[3]!.toLowerCase()];
  if (cp === undefined || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
    return undefined;
  return [cp, m[0].length];
}

/** What the decoded character of an entity becomes in the normalised text. */
function foldDecoded(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 65 && cp <= 90 ? cp + 32 : cp);
  if (cp === 0x2019 || cp === 0x2018 || cp === 0x2032) return "'";
  if (cp >= 0x3400 && cp < 0xa000) return String.fromCharCode(T2S.get(cp) ?? cp);
  if ((cp >= 0x3000 && cp <= 0x303f) || cp === 0x2026) return String.fromCharCode(cp);
  return fold(cp);
}

function keep(c: number): boolean {
  // Characters whose own code needs no folding: ASCII except upper case, and Han/CJK punctuation
  // without a Traditional mapping, handled inline below.
  return c < 0x80 && !(c >= 65 && c <= 90);
}

/** Output buffer of normalizeText, reused across calls (only read before the call returns). */
let codes = new Uint16Array(1024);

export function normalizeText(raw: string): Norm {
  const n = raw.length;
  let i = 0;
  // Fast path: nothing to change.
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 38 && entityAt(raw, i)) break;
    if (keep(c)) continue;
    if (c >= 0x3400 && c < 0xa000 && !T2S.has(c)) continue;
    if (c === 0x3002 || c === 0x3001) continue;
    break;
  }
  if (i === n) return { raw, t: raw };
  // Output codes go to a buffer kept across calls (a fresh 100k-character buffer per call cost
  // more in page faults than the work itself). The offset maps are only built once a character
  // maps to other than exactly one character (an invisible one dropped, a ligature split): until
  // then output index k is input index k.
  if (codes.length < n + 16) codes = new Uint16Array(Math.max(n + 16, 2 * codes.length));
  let start: Int32Array | undefined;
  let end: Int32Array | undefined;
  let o = 0;
  for (let k = 0; k < i; k++, o++) codes[o] = raw.charCodeAt(k);
  const maps = (): void => {
    start = new Int32Array(Math.max(16, n + (n >> 3)));
    end = new Int32Array(start.length);
    for (let k = 0; k < o; k++) {
      start[k] = k;
      end[k] = k + 1;
    }
  };
  const put = (c: number, from: number, to: number): void => {
    if (o >= codes.length) {
      const c1 = new Uint16Array(2 * codes.length);
      c1.set(codes);
      codes = c1;
    }
    if (start && end && o >= start.length) {
      const s1 = new Int32Array(2 * start.length);
      const e1 = new Int32Array(2 * start.length);
      s1.set(start);
      e1.set(end);
      start = s1;
      end = e1;
    }
    codes[o] = c;
    if (start && end) {
      start[o] = from;
      end[o] = to;
    }
    o++;
  };
  while (i < n) {
    const c = raw.charCodeAt(i);
    let mapped = -1;
    const ent = c === 38 ? entityAt(raw, i) : undefined;
    if (ent) {
      // The decoded character(s) all map back to the whole entity.
      const f = foldDecoded(ent[0]);
      if (!start) maps();
      for (let q = 0; q < f.length; q++) put(f.charCodeAt(q), i, i + ent[1]);
      i += ent[1];
      continue;
    }
    if (keep(c)) mapped = c;
    else if (c >= 65 && c <= 90) mapped = c + 32;
    else if (c >= 0x3400 && c < 0xa000) mapped = T2S.get(c) ?? c;
    else if (c === 0x2019 || c === 0x2018 || c === 0xff07 || c === 0x2032) mapped = 39;
    // Ideographic punctuation stays as it is (the clause splitter reads it); full-width ASCII
    // punctuation becomes half-width.
    else if ((c >= 0x3000 && c <= 0x303f) || c === 0x2026) mapped = c;
    else if (c >= 0xff01 && c <= 0xff0f) mapped = c - 0xfee0;
    if (mapped >= 0) {
      put(mapped, i, i + 1);
      i++;
      continue;
    }
    const cp = raw.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const f = fold(cp);
    if (!start && (f.length !== w || o !== i)) maps();
    for (let q = 0; q < f.length; q++) put(f.charCodeAt(q), i, i + w);
    i += w;
  }
  let t = '';
  for (let k = 0; k < o; k += 8192) {
    t += String.fromCharCode.apply(
      null,
      codes.subarray(k, Math.min(o, k + 8192)) as unknown as number[],
    );
  }
  if (!start || !end) return { raw, t };
  return { raw, t, start: start.subarray(0, o), end: end.subarray(0, o) };
}

/** [start, end) in the original text of the normalised span [s, e). */
export function rawSpan(nm: Norm, s: number, e: number): [number, number] {
  if (!nm.start || !nm.end) return [s, e];
  if (e <= s) {
    const at = s < nm.start.length ? nm.start[s]! : nm.raw.length;
    return [at, at];
  }
  return [nm.start[s]!, nm.end[e - 1]!];
}

/** The original substring behind the normalised span [s, e) (evidence). */
export function rawSlice(nm: Norm, s: number, e: number): string {
  const [a, b] = rawSpan(nm, s, e);
  return nm.raw.slice(a, b);
}

/** Code of the original character behind normalised index i. */
export function rawCodeAt(nm: Norm, i: number): number {
  return nm.start ? nm.raw.charCodeAt(nm.start[i] ?? nm.raw.length) : nm.raw.charCodeAt(i);
}

/**
 * Length-preserving folding (index i of the result is index i of the input): ASCII lower case,
 * full-width ASCII to half-width, curly apostrophes to straight ones, Traditional characters to
 * Simplified. The drafts' linter builds its own offset maps on it; the analysis itself uses
 * normalizeText, which also removes and folds characters.
 */
export function normalize(text: string): string {
  let changed = false;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    const orig = c;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019 || c === 0x2018 || c === 0xff07) c = 39;
    else if (c >= 0x3400) c = T2S.get(c) ?? c;
    if (c !== orig) changed = true;
    codes[i] = c;
  }
  if (!changed) return text;
  let out = '';
  for (let k = 0; k < codes.length; k += 8192) {
    out += String.fromCharCode.apply(
      null,
      codes.subarray(k, Math.min(codes.length, k + 8192)) as unknown as number[],
    );
  }
  return out;
}
