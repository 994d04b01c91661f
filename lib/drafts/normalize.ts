// Views of a draft for matching, each with a map back to the original characters, so that a rule
// written once catches every spelling of a phrase and its finding still marks what the agent typed.
//
//   exact    invisible characters (zero-width, joiners, bidi controls, soft hyphens, variation
//            selectors) dropped; full-width and other compatibility forms folded (NFKC: ＶＸ → VX,
//            ＠ → @, １ → 1, ideographic space → space); Cyrillic and Greek look-alikes turned into the
//            Latin letters they imitate (suppоrt with a Cyrillic о). Case is kept.
//   loose    exact, lower-cased and with Traditional characters read as Simplified (the analysis'
//            length-preserving normalize(), built on lib/analysis/script-table.ts: one table only).
//   compact  loose without the spaces, punctuation, symbols and keycap marks between characters (好 评 返 现,
//            W h a t s A p p, 1 3 8 🔸 0 0 1 3, an ideographic space between 刪 and 評), plus signs drawn as
//            symbols read as '+' (➕V), symbols standing for an app's name read as its characters
//            (V❤ → v心, 🐧 → 企鹅), characters written as their parts read as the characters (亻言 → 信),
//            sentence ends kept so that a rule stays inside one sentence.
import { normalizeText } from '../analysis/normalize';

export interface View {
  text: string;
  /** For each UTF-16 unit of text: the original offset where its character starts … */
  from: Int32Array;
  /** … and where it ends. */
  to: Int32Array;
}

export interface Views {
  original: string;
  exact: View;
  loose: View;
  compact: View;
}

/**
 * Characters that render as nothing (or reorder the line) and only serve to split a phrase: soft
 * hyphen, combining grapheme joiner, Arabic letter mark, Hangul fillers, Mongolian selectors, zero-width
 * spaces and joiners, bidi marks, embeddings, overrides and isolates, word joiner and invisible
 * operators, variation selectors, the byte-order mark, tag characters.
 */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef],
];

export function isInvisible(cp: number): boolean {
  if (cp < 0xad) return false;
  for (const [lo, hi] of INVISIBLE_RANGES) if (cp >= lo && cp <= hi) return true;
  return false;
}

/** Removes invisible and bidi-control characters (drafts and greetings never carry them). */
export function stripInvisible(text: string): string {
  let out = '';
  for (const ch of text) if (!isInvisible(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

// Look-alikes that pass for Latin letters in a word (Unicode confusables, the common ones).
const CONFUSABLE: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  ӏ: 'l',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ԝ: 'W',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
};

function exactView(text: string): View {
  const n = text.length;
  let from = new Int32Array(n + 8);
  let to = new Int32Array(n + 8);
  const parts: string[] = [];
  let len = 0;
  let runStart = 0; // start of a run of characters copied unchanged
  const put = (i: number, units: number, mapped: string) => {
    if (len + mapped.length > from.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2 + mapped.length);
        b.set(a);
        return b;
      };
      from = grow(from);
      to = grow(to);
    }
    for (let k = 0; k < mapped.length; k++) {
      from[len] = i;
      to[len] = i + units;
      len++;
    }
  };
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0x3400 && c <= 0x9fff && !(c >= 0x4dc0 && c < 0x4e00))) {
      from[len] = i;
      to[len] = i + 1;
      len++;
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const units = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + units);
    const mapped = isInvisible(cp) ? '' : (CONFUSABLE[ch] ?? ch.normalize('NFKC'));
    if (mapped !== ch) {
      parts.push(text.slice(runStart, i), mapped);
      runStart = i + units;
    }
    put(i, units, mapped);
    i += units;
  }
  parts.push(text.slice(runStart));
  return { text: parts.join(''), from: from.subarray(0, len), to: to.subarray(0, len) };
}

const SENTENCE_END = /[。！？!?\n]/;

/** Plus signs drawn as symbols (➕, ✚, ﹢): "➕V" is "+V", add me on WeChat. */
const PLUS_LIKE = new Set([0x2795, 0x271a, 0x2719, 0xfe62]);

/**
 * Symbols that stand for the characters of a contact app's name, read as those characters: a heart
 * is 心 (V❤ and 薇❤ are 微信 said as V心), the penguin is 企鹅 (QQ's mascot), the plane is 飞机 (Telegram),
 * the satellite is 卫星 (微信 by sound).
 * Only the contact rules look for the readings, and only beside an id or an "add me".
 */
const SYMBOL_READING = new Map<number, string>([
  [0x2764, '心'],
  [0x2665, '心'],
  [0x2661, '心'],
  [0x1f493, '心'],
  [0x1f495, '心'],
  [0x1f496, '心'],
  [0x1f497, '心'],
  [0x1f49a, '心'],
  [0x1f427, '企鹅'],
  [0x2708, '飞机'],
  // The satellite is 卫星, 微信 by sound (加个🛰号).
  [0x1f6f0, '卫星'],
  [0x1f6e9, '飞机'],
]);

/**
 * Characters written as their parts to slip past a filter (微亻言 for 微信, 女子评 for 好评, 返王见 for
 * 返现), read as the characters they spell. Only part sequences that are no ordinary word: 女子 (a
 * woman) counts only before 评, 王见 only after 返.
 */
const SPLIT_READINGS: readonly (readonly [string, string])[] = [
  ['亻言', '信'],
  ['讠平', '评'],
  ['言平', '评'],
  ['女子评', '好评'],
  ['女子讠平', '好评'],
  ['女子言平', '好评'],
  ['返王见', '返现'],
  ['力口', '加'],
];
const SPLIT_FIRST = new Set(SPLIT_READINGS.map(([parts]) => parts.charCodeAt(0)));

/** Between characters of a phrase: spaces, punctuation, symbols and enclosing marks (keycaps), but not a sentence end. */
function isSeparator(ch: string, c: number): boolean {
  if (c < 0x80) {
    // '@' and '+' carry meaning in contact details.
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return false;
    return c !== 64 && c !== 43 && c !== 33 && c !== 63 && c !== 10 && c !== 95;
  }
  if (c >= 0x3400 && c <= 0x9fff) return false;
  if (SENTENCE_END.test(ch)) return false;
  return /[\s\p{P}\p{S}\p{Me}]/u.test(ch);
}

/**
 * The character of the original text behind a private-use character of the loose view, which
 * cannot be trusted to classify it: it must still count as a separator between digits when the
 * original was a symbol.
 */
function originalChar(original: string, at: number): string {
  const cp = original.codePointAt(at) ?? 0;
  return String.fromCodePoint(cp);
}

function compactView(loose: View, original: string): View {
  const { text } = loose;
  // A symbol's reading may be longer than the symbol (✈ → 飞机): room for twice the text.
  const from = new Int32Array(text.length * 2);
  const to = new Int32Array(text.length * 2);
  const parts: string[] = [];
  let len = 0;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let ch = text[i] ?? '';
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && (text.codePointAt(i) ?? 0) > 0xffff) {
      // an astral symbol (🔸, 🌟) is one character: a separator is dropped whole
      c = text.codePointAt(i) ?? c;
      ch = String.fromCodePoint(c);
      width = 2;
    } else if (c >= 0xe000 && c <= 0xf8ff) {
      ch = originalChar(original, loose.from[i] ?? 0);
      c = ch.codePointAt(0) ?? c;
    }
    const split = SPLIT_FIRST.has(c)
      ? SPLIT_READINGS.find(([parts]) => text.startsWith(parts, i))
      : undefined;
    if (split) {
      // The reading's characters all mark the whole run of parts in the original.
      const [written, read] = split;
      parts.push(text.slice(runStart, i), read);
      runStart = i + written.length;
      for (let k = 0; k < read.length; k++) {
        from[len] = loose.from[i] ?? 0;
        to[len] = loose.to[i + written.length - 1] ?? 0;
        len++;
      }
      i += written.length - 1;
      continue;
    }
    const reading = SYMBOL_READING.get(c);
    if (reading !== undefined) {
      parts.push(text.slice(runStart, i), reading);
      runStart = i + width;
      for (let k = 0; k < reading.length; k++) {
        from[len] = loose.from[i] ?? 0;
        to[len] = loose.to[i + width - 1] ?? 0;
        len++;
      }
      i += width - 1;
      continue;
    }
    if (PLUS_LIKE.has(c)) {
      parts.push(text.slice(runStart, i), '+');
      runStart = i + 1;
    } else if (isSeparator(ch, c)) {
      parts.push(text.slice(runStart, i));
      runStart = i + width;
      i += width - 1;
      continue;
    }
    from[len] = loose.from[i] ?? 0;
    to[len] = loose.to[i] ?? 0;
    len++;
  }
  parts.push(text.slice(runStart));
  return { text: parts.join(''), from: from.subarray(0, len), to: to.subarray(0, len) };
}

/**
 * The analysis' normalisation (lower case, Simplified) may drop or expand characters (it folds
 * emoji and symbols away), so its offsets are composed with the exact view's, never assumed equal.
 */
function looseView(exact: View): View {
  const nm = normalizeText(exact.text);
  const { start, end } = nm;
  if (!start || !end) return { text: nm.t, from: exact.from, to: exact.to };
  const from = new Int32Array(start.length);
  const to = new Int32Array(start.length);
  for (let k = 0; k < start.length; k++) {
    from[k] = exact.from[start[k] ?? 0] ?? 0;
    to[k] = exact.to[(end[k] ?? 1) - 1] ?? 0;
  }
  return { text: nm.t, from, to };
}

export function viewsOf(text: string): Views {
  const exact = exactView(text);
  const loose = looseView(exact);
  return { original: text, exact, loose, compact: compactView(loose, text) };
}

/** The original span [start, end) of the view's span. */
export function originalSpan(view: View, start: number, end: number): [number, number] {
  if (end <= start) return [view.from[start] ?? 0, view.from[start] ?? 0];
  return [view.from[start] ?? 0, view.to[end - 1] ?? 0];
}
