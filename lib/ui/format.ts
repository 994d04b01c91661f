// Dates, numbers and relative times in the agent's UI language (Intl), so a
// zh-TW agent reads 2026/12/1 and an English one Dec 1, 2026.
import { LOCALE_TAG, type UiLocale } from '../i18n';
import { useUiLocale } from '../i18n/react';

export interface Formatters {
  locale: UiLocale;
  tag: string;
  dateTime(at: number | string): string;
  date(at: number | string): string;
  number(n: number): string;
  /** "in 3 hours", "2 days ago" relative to `now`. */
  relative(at: number | string, now?: number): string;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function formatters(locale: UiLocale): Formatters {
  const tag = LOCALE_TAG[locale];
  const dt = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const d = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
  const n = new Intl.NumberFormat(tag);
  const rel = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  const ms = (at: number | string) => (typeof at === 'number' ? at : Date.parse(at));
  return {
    locale,
    tag,
    dateTime: (at) => dt.format(ms(at)),
    date: (at) => d.format(ms(at)),
    number: (x) => n.format(x),
    relative: (at, now = Date.now()) => {
      const diff = ms(at) - now;
      for (const [unit, size] of UNITS)
        if (Math.abs(diff) >= size || unit === 'minute')
          return rel.format(Math.round(diff / size), unit);
      return rel.format(0, 'minute');
    },
  };
}

const cache = new Map<UiLocale, Formatters>();

export function useFormat(): Formatters {
  const locale = useUiLocale((s) => s.locale);
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = formatters(locale)));
  return f;
}
