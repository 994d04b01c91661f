// Year-month-day dates ("2024-03-05 12:30", "2024年3月5日", "2024.03.05"): the part of the date
// parser (./dates.ts) that needs no month names, for readers that see only this form.

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function iso(
  y: number,
  m: number,
  d: number,
  time?: [number, number, number],
): string | undefined {
  if (y < 1990 || y > 2200 || m < 0 || m > 11 || d < 1 || d > 31) return undefined;
  const t = Date.UTC(y, m, d);
  if (new Date(t).getUTCDate() !== d) return undefined; // 31 February
  const day = `${y}-${pad(m + 1)}-${pad(d)}`;
  if (!time) return day;
  const [hh, mm, ss] = time;
  if (hh > 23 || mm > 59 || ss > 59) return day;
  return `${day}T${pad(hh)}:${pad(mm)}:${pad(ss)}Z`;
}

export const clock = (
  h?: string,
  m?: string,
  s?: string,
  ampm?: string,
): [number, number, number] | undefined => {
  if (h === undefined || m === undefined) return undefined;
  let hh = Number(h);
  // PM, pm, and the Canadian and Australian p.m.
  const pm = ampm?.replace(/[.\s]/g, '').toLowerCase() === 'pm';
  if (ampm && hh === 12) hh = pm ? 12 : 0;
  else if (pm) hh += 12;
  return [hh, Number(m), Number(s ?? 0)];
};

export const TIME = String.raw`(?:[\sT,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?\s?[Mm]\b\.?)?)?`;
export const YMD = new RegExp(
  // (?:\s*日)?, not \s*日?: the latter eats the space before the time, which TIME needs
  String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?` + TIME,
);
/** A page-local date-time read in its zone, as UTC (a date without a time stays a date). */
export const inZone = (iso: string | undefined, offset: number | undefined): string | undefined => {
  if (!iso || !offset || !iso.includes('T')) return iso;
  if (iso.length !== 20)
    return new Date(Date.parse(iso) - offset * 60_000).toISOString().replace('.000Z', 'Z');
  // iso()'s own shape, YYYY-MM-DDTHH:MM:SSZ, read by position (a Date.parse and toISOString per
  // item were a tenth of reading a Taobao row)
  const at = (i: number, n: number) => +iso.slice(i, i + n);
  const d = new Date(
    Date.UTC(at(0, 4), at(5, 2) - 1, at(8, 2), at(11, 2), at(14, 2), at(17, 2)) - offset * 60_000,
  );
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`;
};

/**
 * A year-month-day date as ISO; with `utcOffsetMinutes`, a date-time read in that zone comes out
 * as UTC (a date without a time stays a calendar date). Undefined when the text holds no such date.
 */
export function isoYmd(
  text: string | null | undefined,
  utcOffsetMinutes?: number,
): string | undefined {
  const m = text ? YMD.exec(text) : null;
  if (!m) return undefined;
  return inZone(iso(+m[1]!, +m[2]! - 1, +m[3]!, clock(m[4], m[5], m[6], m[7])), utcOffsetMinutes);
}

/**
 * The zone a marketplace shows its times in, minutes east of UTC, where it is certain: Taobao,
 * Tmall and 1688 are China-only (Beijing, +08:00, no summer time) and amazon.co.jp is Japan's
 * (+09:00, no summer time). Elsewhere undefined, and a time without a zone stays read as UTC: eBay's
 * and Amazon's other sites span several zones or change with summer time, so no single offset
 * is right (a guess would only move the error).
 */
export const marketOffset = (host: string): number | undefined =>
  /(?:^|\.)(?:taobao|tmall|1688)(?:\.com)?$/.test(host)
    ? 480
    : /(?:^|\.)amazon\.co\.jp$/.test(host)
      ? 540
      : undefined;

/**
 * The time an element (or the <time> around or inside it) states with its zone in a datetime
 * attribute ("2026-11-20T18:45:00-05:00"), as UTC: the page's own machine-readable time, where the
 * visible text ("6:45 p.m.") names no zone. A datetime without a zone is no better than the text.
 */
export const stamp = (el?: Element | null): string | undefined => {
  const v = (
    el?.getAttribute('datetime') ||
    (el?.closest('time') ?? el?.querySelector('time'))?.getAttribute('datetime')
  )?.trim();
  const t =
    v && /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/i.test(v)
      ? Date.parse(v)
      : NaN;
  return t === t ? new Date(t).toISOString().replace('.000Z', 'Z') : undefined;
};
