// What the settings view may store: parsed here so a typed-in "0" or "1e9"
// becomes a clear message next to its field instead of a bad row.
import * as z from 'zod/mini';

export const SLA_HOURS = { min: 1, max: 720, fallback: 24 } as const;
export const RETENTION_DAYS = { min: 7, max: 3650, fallback: 365 } as const;

const wholeIn = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

export const slaHoursSchema = wholeIn(SLA_HOURS.min, SLA_HOURS.max);
export const retentionDaysSchema = wholeIn(RETENTION_DAYS.min, RETENTION_DAYS.max);

/** A whole number typed into a field, or undefined when it is not one within range. */
export function parseWhole(
  text: string,
  schema: typeof slaHoursSchema | typeof retentionDaysSchema,
): number | undefined {
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const r = schema.safeParse(Number(text));
  return r.success ? r.data : undefined;
}
