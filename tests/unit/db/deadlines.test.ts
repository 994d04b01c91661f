import { describe, expect, it } from 'vitest';
import {
  addHours,
  deadlinesOf,
  nextDeadline,
  partsIn,
  urgencyOf,
  type DeadlineInput,
} from '@/lib/cases/deadlines';

const H = 3_600_000;
const base = (over: Partial<DeadlineInput> = {}): DeadlineInput => ({
  site: 'amazon',
  kind: 'messages',
  status: 'new',
  createdAt: Date.UTC(2026, 10, 28, 10),
  updatedAt: Date.UTC(2026, 10, 28, 10),
  done: false,
  ...over,
});

describe('first reply deadline', () => {
  it('is 24 clock hours from when the buyer wrote on Amazon, weekends included', () => {
    // Saturday 28 Nov 2026, 10:00 UTC.
    const wrote = Date.UTC(2026, 10, 28, 10);
    const d = nextDeadline(base({ buyerAt: wrote }), wrote);
    expect(d).toEqual({ kind: 'first_reply', dueAt: wrote + 24 * H });
  });

  it('counts from the buyer, not from when the agent first looked', () => {
    const wrote = Date.UTC(2026, 10, 25, 8);
    const seen = Date.UTC(2026, 10, 25, 20);
    const d = nextDeadline(base({ buyerAt: wrote, createdAt: seen, updatedAt: seen }), seen);
    expect(d?.dueAt).toBe(wrote + 24 * H);
  });

  it('skips the weekend of the agent on eBay and Taobao', () => {
    // Friday 27 Nov 2026 18:00 in Shanghai = 10:00 UTC; 6 h left on Friday, the rest on Monday.
    const wrote = Date.UTC(2026, 10, 27, 10);
    const due = addHours(wrote, 24, false, 'Asia/Shanghai');
    // Monday 30 Nov 18:00 Shanghai = 10:00 UTC.
    expect(due).toBe(Date.UTC(2026, 10, 30, 10));
    expect(
      nextDeadline(base({ site: 'ebay', buyerAt: wrote }), wrote, 'Asia/Shanghai')?.dueAt,
    ).toBe(due);
  });

  it('depends on the time zone: the same instant is Friday in Los Angeles and Saturday in Shanghai', () => {
    // 27 Nov 2026 20:00 UTC: Friday noon in LA, Saturday 04:00 in Shanghai.
    const t = Date.UTC(2026, 10, 27, 20);
    const la = addHours(t, 24, false, 'America/Los_Angeles');
    const sh = addHours(t, 24, false, 'Asia/Shanghai');
    // LA: 12 h on Friday, 12 h on Monday → Monday 12:00 PST = 20:00 UTC.
    expect(la).toBe(Date.UTC(2026, 10, 30, 20));
    // Shanghai: the weekend first, then Monday 00:00 + 24 h → Tuesday 00:00 = Monday 16:00 UTC.
    expect(sh).toBe(Date.UTC(2026, 10, 30, 16));
  });

  it('holds across a daylight-saving change', () => {
    // Friday 6 Mar 2026 12:00 in New York (EST); DST starts Sunday 8 March.
    const t = Date.UTC(2026, 2, 6, 17);
    // 12 h Friday, then Monday 00:00 EDT + 12 h = Monday 12:00 EDT = 16:00 UTC.
    expect(addHours(t, 24, false, 'America/New_York')).toBe(Date.UTC(2026, 2, 9, 16));
  });

  it('stops once the buyer was answered', () => {
    const d = deadlinesOf(base({ firstResponseAt: Date.UTC(2026, 10, 28, 12) }));
    expect(d.map((x) => x.kind)).not.toContain('first_reply');
  });
});

describe('later deadlines', () => {
  it('asks for a follow-up 72 h after a resolution', () => {
    const resolvedAt = Date.UTC(2026, 10, 29);
    const d = nextDeadline(
      base({
        status: 'resolved',
        firstResponseAt: resolvedAt - H,
        resolvedAt,
        updatedAt: resolvedAt,
      }),
      resolvedAt,
    );
    expect(d).toEqual({ kind: 'follow_up', dueAt: resolvedAt + 72 * H });
  });

  it('runs the 30-day review window on eBay feedback and Taobao reviews, not on Amazon reviews', () => {
    const wrote = Date.UTC(2026, 10, 1);
    const contacted = { firstResponseAt: wrote + H, buyerAt: wrote, status: 'contacted' };
    const kinds = (site: DeadlineInput['site'], kind: DeadlineInput['kind']) =>
      deadlinesOf(base({ site, kind, ...contacted })).map((d) => d.kind);
    expect(kinds('ebay', 'feedback')).toContain('review_window');
    expect(kinds('taobao', 'reviews')).toContain('review_window');
    expect(kinds('amazon', 'reviews')).not.toContain('review_window');
    const w = deadlinesOf(base({ site: 'taobao', kind: 'reviews', ...contacted })).find(
      (d) => d.kind === 'review_window',
    );
    expect(w?.dueAt).toBe(wrote + 30 * 24 * H);
  });

  it('gives way to the next deadline once a window has lapsed', () => {
    const wrote = Date.UTC(2026, 9, 1);
    const now = Date.UTC(2026, 10, 20);
    const d = nextDeadline(
      base({
        site: 'ebay',
        kind: 'feedback',
        buyerAt: wrote,
        firstResponseAt: wrote + H,
        status: 'contacted',
        updatedAt: now,
      }),
      now,
    );
    expect(d?.kind).toBe('check_in');
  });

  it('has none once the case is done', () => {
    expect(nextDeadline(base({ done: true }), Date.now())).toBeUndefined();
  });
});

describe('urgency', () => {
  const due = Date.UTC(2026, 10, 28, 10);
  it('is red only when near or missed', () => {
    expect(urgencyOf({ kind: 'first_reply', dueAt: due }, due - 10 * H)).toBe('ok');
    // Past 20 h of a 24 h deadline.
    expect(urgencyOf({ kind: 'first_reply', dueAt: due }, due - 3 * H)).toBe('near');
    expect(urgencyOf({ kind: 'first_reply', dueAt: due }, due + 1)).toBe('missed');
    expect(urgencyOf({ kind: 'review_window', dueAt: due }, due - 3 * 24 * H)).toBe('ok');
    expect(urgencyOf({ kind: 'review_window', dueAt: due }, due - 24 * H)).toBe('near');
  });
});

describe('wall-clock parts in a zone', () => {
  const intl = (t: number, timeZone: string) => {
    const p: Record<string, string> = {};
    const f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    for (const x of f.formatToParts(new Date(t))) p[x.type] = x.value;
    return {
      y: +p.year!,
      m: +p.month! - 1,
      d: +p.day!,
      h: +p.hour!,
      min: +p.minute!,
      s: +p.second!,
      weekend: p.weekday === 'Sat' || p.weekday === 'Sun',
    };
  };
  it('match Intl at every minute around DST changes and in quarter- and half-hour zones', () => {
    const zones = [
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe', // DST moves the clock by 30 minutes
      'Asia/Kathmandu', // +05:45
      'America/St_Johns', // -03:30 with DST
      'Asia/Shanghai',
      'UTC',
    ];
    // Both 2026 changes of the northern and southern zones, each walked minute by minute.
    const around = [
      Date.UTC(2026, 2, 8, 7),
      Date.UTC(2026, 2, 29, 1),
      Date.UTC(2026, 3, 4, 15),
      Date.UTC(2026, 9, 3, 15),
      Date.UTC(2026, 9, 25, 1),
      Date.UTC(2026, 10, 1, 6),
    ];
    let checked = 0;
    for (const zone of zones)
      for (const c of around)
        for (let t = c - 3 * H; t <= c + 3 * H; t += 60_000 + 7_001) {
          expect(partsIn(t, zone), `${zone} ${new Date(t).toISOString()}`).toEqual(intl(t, zone));
          checked++;
        }
    expect(checked).toBeGreaterThan(10_000);
  });
});
