// Dates as seller pages show them, parsed once for every adapter and for the
// playbook's deadlines. A date with no zone is read as UTC (pages rarely say), unless the reader
// knows its marketplace's zone (hints.utcOffsetMinutes, marketOffset) or the element states the
// time with its zone (hints.el, stamp).
// The year-month-day part lives in ./dates-ymd.ts, so a reader that needs only
// that (Taobao) does not carry the month names of five languages.
import { clock, inZone, iso, stamp, TIME, YMD } from './dates-ymd';

const MONTHS: Record<string, number> = {
  jan: 0,
  // Austrian German (eBay.at): Jänner, Jän.
  jän: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
  // German / French / Spanish / Italian short forms that differ from English
  mär: 2,
  mai: 4,
  okt: 9,
  dez: 11,
  janv: 0,
  févr: 1,
  fév: 1,
  mars: 2,
  avr: 3,
  juin: 5,
  juil: 6,
  août: 7,
  déc: 11,
  ene: 0,
  abr: 3,
  ago: 7,
  dic: 11,
  gen: 0,
  mag: 4,
  giu: 5,
  lug: 6,
  set: 8,
  ott: 9,
  // Portuguese (Amazon.com.br): fevereiro, outubro
  fev: 1,
  out: 9,
  // Dutch
  maa: 2,
  mrt: 2,
  mei: 4,
  // Polish (eBay.pl): short forms, and the genitive of full names by their first letters
  // (24 listopada 2026, 3 października 2026)
  sty: 0,
  lut: 1,
  kwi: 3,
  maj: 4,
  cze: 5,
  lip: 6,
  sie: 7,
  wrz: 8,
  paź: 9,
  lis: 10,
  gru: 11,
};

const monthOf = (name: string): number | undefined => {
  const n = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[n] ?? MONTHS[n.slice(0, 4)] ?? MONTHS[n.slice(0, 3)];
};

const MDY = new RegExp(String.raw`\b([A-Za-zÀ-ž]{3,12})\.?\s+(\d{1,2}),?\s+(\d{4})\b` + TIME);
// Spanish and Portuguese join the parts with "de": 24 de noviembre de 2026; Polish października has 12
// letters; the first of the month is an ordinal in French (1er décembre) and may be in Spanish,
// Portuguese and Italian (1º, 1°)
const DMY_NAME = new RegExp(
  String.raw`\b(\d{1,2})(?:er|[º°])?\.?\s+(?:de\s+)?([A-Za-zÀ-ž]{3,12})\.?,?\s+(?:de\s+)?(\d{4})\b` +
    TIME,
);
const DMY_DOT = new RegExp(String.raw`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b` + TIME);
const SLASHED = new RegExp(String.raw`\b(\d{1,2})/(\d{1,2})/(\d{4})\b` + TIME);

export interface DateHints {
  /** How the marketplace writes 03/04/2026: month first (US) or day first. */
  slash?: 'mdy' | 'dmy';
  /** The zone the page's times are in, minutes east of UTC (Taobao: Beijing, 480). */
  utcOffsetMinutes?: number;
  /** The element the text was read from: its datetime with a zone, if any, is the time (stamp). */
  el?: Element | null;
}

/**
 * The ISO form of a date the page shows: "2024-03-05 12:30", "2024年3月5日",
 * "2024.03.05", "March 5, 2024", "5 Mar 2024", "05.03.2024", "Mar 5, 2024 3:04 PM",
 * an ISO string. Undefined when the text is not a date ("Past month", "3 天前"):
 * such a date keeps only its raw text.
 */
export function isoDate(
  text: string | null | undefined,
  hints: DateHints = {},
): string | undefined {
  const at = stamp(hints.el);
  if (at) return at;
  const local = isoLocal(text, hints);
  // an ISO string on the page carries its own zone (or is UTC already)
  if (/^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text ?? '')) return local;
  return inZone(local, hints.utcOffsetMinutes);
}

function isoLocal(text: string | null | undefined, hints: DateHints): string | undefined {
  if (!text) return undefined;
  const s = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? undefined : new Date(t).toISOString().replace('.000Z', 'Z');
  }
  let m = YMD.exec(s);
  if (m) return iso(+m[1]!, +m[2]! - 1, +m[3]!, clock(m[4], m[5], m[6], m[7]));
  m = MDY.exec(s);
  if (m) {
    const mo = monthOf(m[1]!);
    if (mo !== undefined) return iso(+m[3]!, mo, +m[2]!, clock(m[4], m[5], m[6], m[7]));
  }
  m = DMY_NAME.exec(s);
  if (m) {
    const mo = monthOf(m[2]!);
    if (mo !== undefined) return iso(+m[3]!, mo, +m[1]!, clock(m[4], m[5], m[6], m[7]));
  }
  m = DMY_DOT.exec(s);
  if (m) return iso(+m[3]!, +m[2]! - 1, +m[1]!, clock(m[4], m[5], m[6], m[7]));
  m = SLASHED.exec(s);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    // a part over 12 settles it; otherwise the marketplace's habit does
    const dayFirst = a > 12 || (b <= 12 && hints.slash === 'dmy');
    const [d, mo] = dayFirst ? [a, b] : [b, a];
    if (!hints.slash && a <= 12 && b <= 12 && a !== b) return undefined;
    return iso(+m[3]!, mo - 1, d, clock(m[4], m[5], m[6], m[7]));
  }
  return undefined;
}

/** A snapshot date from the page's text: the raw text always, ISO when it parses. */
export function itemDate(
  raw: string | null | undefined,
  hints?: DateHints,
): { iso?: string; raw: string } | undefined {
  const r = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (!r) return undefined;
  const i = isoDate(r, hints);
  return i ? { iso: i, raw: r } : { raw: r };
}
