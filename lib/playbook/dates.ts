// Item dates as ms since epoch, for the deadlines; its own module so the case
// store reads dates without loading the checklist's text. The parsing is the
// adapters' own (lib/sites/dates.ts), so a date reads the same everywhere.
import { isoDate } from '../sites/dates';

/**
 * Parses the date of an item: ISO strings, or the date text seller pages show
 * ("2024-03-05 12:30", "2024年3月5日", "2024.03.05", "March 5, 2024", "5 Mar 2024",
 * "Reviewed in the United States on March 5, 2024"). A date without a zone is read as UTC.
 * Returns ms since epoch, or undefined when nothing parses ("Past month").
 */
export function parseItemDate(text: string | undefined): number | undefined {
  const iso = isoDate(text);
  return iso === undefined ? undefined : Date.parse(iso);
}
