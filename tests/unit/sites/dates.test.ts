// Page-local date-times shifted to UTC: the positional fast path must give what a Date.parse of
// the ISO string would, across day, month, year and leap-day boundaries.
import { describe, expect, it } from 'vitest';
import { inZone, isoYmd } from '@/lib/sites/dates-ymd';

const slow = (iso: string, offset: number) =>
  new Date(Date.parse(iso) - offset * 60_000).toISOString().replace('.000Z', 'Z');

describe('inZone', () => {
  it.each([
    ['2026-11-18T10:23:45Z', 480],
    ['2026-01-01T03:00:00Z', 480],
    ['2024-03-01T07:59:59Z', 480],
    ['2024-02-29T23:30:00Z', -300],
    ['2026-12-31T20:00:00Z', -600],
    ['2026-06-15T00:00:00Z', 345],
  ])('%s at %i minutes east', (iso, offset) => {
    expect(inZone(iso, offset)).toBe(slow(iso, offset));
  });

  it('leaves dates without a time, and a zero offset, alone', () => {
    expect(inZone('2026-11-18', 480)).toBe('2026-11-18');
    expect(inZone('2026-11-18T10:23:45Z', 0)).toBe('2026-11-18T10:23:45Z');
    expect(inZone(undefined, 480)).toBeUndefined();
  });

  it('reads Beijing time as UTC through isoYmd', () => {
    expect(isoYmd('初次评价：2026-01-01 07:05', 480)).toBe('2025-12-31T23:05:00Z');
    expect(isoYmd('2026年3月5日', 480)).toBe('2026-03-05');
  });
});
