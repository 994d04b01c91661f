// Item dates as seller pages show them; its own module so the case store reads
// dates without loading the checklist's text.

const MONTHS: Record<string, number> = {
  jan: 0,
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
};

function utc(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number | undefined {
  if (m < 0 || m > 11 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 59) return undefined;
  const t = Date.UTC(y, m, d, hh, mm, ss);
  const back = new Date(t);
  // Reject 31 February and friends.
  return back.getUTCDate() === d ? t : undefined;
}

/**
 * Parses the date of an item: ISO strings, or the date text seller pages show
 * ("2024-03-05 12:30", "2024年3月5日", "2024.03.05", "March 5, 2024", "5 Mar 2024",
 * "Reviewed in the United States on March 5, 2024"). A date without a zone is read as UTC.
 * Returns ms since epoch, or undefined when nothing parses ("Past month").
 */
export function parseItemDate(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const s = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? undefined : t;
  }
  const ymd =
    /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(
      s,
    );
  if (ymd) {
    return utc(
      Number(ymd[1]),
      Number(ymd[2]) - 1,
      Number(ymd[3]),
      Number(ymd[4] ?? 0),
      Number(ymd[5] ?? 0),
      Number(ymd[6] ?? 0),
    );
  }
  const mdy = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(s);
  if (mdy) {
    const m = MONTHS[(mdy[1] ?? '').slice(0, 3).toLowerCase()];
    if (m !== undefined) return utc(Number(mdy[3]), m, Number(mdy[2]));
  }
  const dmy = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (dmy) {
    const m = MONTHS[(dmy[2] ?? '').slice(0, 3).toLowerCase()];
    if (m !== undefined) return utc(Number(dmy[3]), m, Number(dmy[1]));
  }
  return undefined;
}
