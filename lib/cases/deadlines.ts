// The deadlines of a case, as pure functions of its record, the time and the
// agent's time zone (PLAYBOOK: 黄金24小时, follow-up after a resolution, the
// 30-day revision windows). The queue, the badge and the reminders all read these.
import type { ItemKind, SiteId } from '../messages';
import { policyFor } from '../playbook/platforms';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type DeadlineKind = 'first_reply' | 'follow_up' | 'review_window' | 'check_in';

export interface Deadline {
  kind: DeadlineKind;
  dueAt: number;
}

/**
 * First reply: Amazon counts 24 clock hours, weekends included (its messaging
 * rule); eBay and Taobao service targets count working days, so a Saturday
 * message is due on Monday evening in the agent's time zone.
 */
export const FIRST_REPLY: Readonly<Record<SiteId, { hours: number; weekends: boolean }>> = {
  amazon: { hours: 24, weekends: true },
  ebay: { hours: 24, weekends: false },
  taobao: { hours: 24, weekends: false },
};
/** The later check-in after a resolution (PLAYBOOK stage 4). */
export const FOLLOW_UP_HOURS = 72;
/** An open case nobody touched for this long needs a look, even without a platform deadline. */
export const CHECK_IN_HOURS = 72;
/** eBay lets a seller request a feedback revision within 30 days of the feedback. */
const EBAY_REVISION_DAYS = 30;

/** How long before a deadline its badge turns red. */
export const NEAR_MS: Readonly<Record<DeadlineKind, number>> = {
  first_reply: 4 * HOUR,
  follow_up: 12 * HOUR,
  review_window: 2 * DAY,
  check_in: 12 * HOUR,
};

export function windowDaysOf(site: SiteId, kind: ItemKind): number | undefined {
  if (kind === 'messages') return undefined;
  const days = policyFor(site, kind).reviewUpdate.windowDays;
  if (days) return days;
  return site === 'ebay' ? EBAY_REVISION_DAYS : undefined;
}

// ---- time zones without a library: the offset of a zone at an instant ----

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's offset from UTC at t, in ms, read from Intl. */
function offsetFromIntl(t: number, timeZone: string): number {
  const p: Record<string, string> = {};
  for (const x of formatterOf(timeZone).formatToParts(new Date(t))) p[x.type] = x.value;
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return wall - Math.floor(t / 1000) * 1000;
}

// Offsets change only at a zone's transitions, which fall on quarter hours of UTC
// (every offset in use is a multiple of 15 minutes): one Intl call per zone and
// quarter hour. formatToParts cost ~90 µs a case in a 10,000-case import.
const QUARTER = 15 * 60_000;
const offsets = new Map<string, number>();
function quarterOffset(t: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(t / QUARTER)}`;
  let o = offsets.get(key);
  if (o === undefined) {
    if (offsets.size > 20_000) offsets.clear();
    o = offsetFromIntl(Math.floor(t / QUARTER) * QUARTER, timeZone);
    offsets.set(key, o);
  }
  return o;
}

// A UTC day whose two ends have the same offset has it throughout: zones change at
// most twice a year, never there and back within a day. Two Intl calls serve a whole
// day of times (an export formats seven per case, all at different minutes); a day
// with a change is read by the quarter hour.
const days = new Map<string, Map<number, number | null>>();
function offsetAt(t: number, timeZone: string): number {
  const day = Math.floor(t / DAY);
  let zone = days.get(timeZone);
  if (!zone || zone.size > 20_000) days.set(timeZone, (zone = new Map()));
  let o = zone.get(day);
  if (o === undefined) {
    const start = quarterOffset(day * DAY, timeZone);
    o = start === quarterOffset((day + 1) * DAY, timeZone) ? start : null;
    zone.set(day, o);
  }
  return o ?? quarterOffset(t, timeZone);
}

/** The wall-clock parts of t in the zone. */
export function partsIn(t: number, timeZone: string) {
  const w = new Date(t + offsetAt(t, timeZone));
  const day = w.getUTCDay();
  return {
    y: w.getUTCFullYear(),
    m: w.getUTCMonth(),
    d: w.getUTCDate(),
    h: w.getUTCHours(),
    min: w.getUTCMinutes(),
    s: w.getUTCSeconds(),
    weekend: day === 0 || day === 6,
  };
}

/** The instant of the next local midnight after t in the zone (DST-safe). */
function nextMidnight(t: number, timeZone: string): number {
  const p = partsIn(t, timeZone);
  const wallNow = Date.UTC(p.y, p.m, p.d, p.h, p.min, p.s);
  const offset = wallNow - Math.floor(t / 1000) * 1000;
  const wallMidnight = Date.UTC(p.y, p.m, p.d + 1);
  let guess = wallMidnight - offset;
  // A DST change before midnight moves the offset: correct once with the offset there.
  const q = partsIn(guess, timeZone);
  const wallThere = Date.UTC(q.y, q.m, q.d, q.h, q.min, q.s);
  guess += wallMidnight - wallThere;
  return guess > t ? guess : t + HOUR;
}

/** start + hours, skipping Saturdays and Sundays of the zone unless weekends count. */
export function addHours(
  start: number,
  hours: number,
  weekends: boolean,
  timeZone = 'UTC',
): number {
  if (weekends) return start + hours * HOUR;
  let t = start;
  let left = hours * HOUR;
  // At most a few days are walked: one step per local day.
  for (let guard = 0; guard < 400 && left > 0; guard++) {
    const midnight = nextMidnight(t, timeZone);
    if (partsIn(t, timeZone).weekend) {
      t = midnight;
      continue;
    }
    const span = midnight - t;
    if (span >= left) return t + left;
    left -= span;
    t = midnight;
  }
  return t;
}

export interface DeadlineInput {
  site: SiteId;
  kind: ItemKind;
  status: string;
  createdAt: number;
  updatedAt: number;
  buyerAt?: number;
  firstResponseAt?: number;
  resolvedAt?: number;
  reviewChangedAt?: number;
  done: boolean;
}

/** Every deadline that runs for the case now, nearest first. */
export function deadlinesOf(c: DeadlineInput, timeZone = 'UTC'): Deadline[] {
  if (c.done) return [];
  const out: Deadline[] = [];
  const rule = FIRST_REPLY[c.site];
  if (c.firstResponseAt === undefined) {
    const from = Math.min(c.buyerAt ?? c.createdAt, c.createdAt);
    out.push({ kind: 'first_reply', dueAt: addHours(from, rule.hours, rule.weekends, timeZone) });
  }
  if (c.resolvedAt !== undefined && c.status === 'resolved') {
    out.push({ kind: 'follow_up', dueAt: c.resolvedAt + FOLLOW_UP_HOURS * HOUR });
  }
  const days = windowDaysOf(c.site, c.kind);
  if (days && c.reviewChangedAt === undefined) {
    out.push({ kind: 'review_window', dueAt: (c.buyerAt ?? c.createdAt) + days * DAY });
  }
  if (out.length === 0 || c.firstResponseAt !== undefined) {
    out.push({ kind: 'check_in', dueAt: c.updatedAt + CHECK_IN_HOURS * HOUR });
  }
  return out.sort((a, b) => a.dueAt - b.dueAt);
}

/**
 * The deadline the agent should act on at `now`: a pending first reply first
 * (missed or not, it still wants a reply), else the nearest one, leaving out a
 * 30-day window that has already lapsed (nothing can be done about it).
 */
export function nextDeadline(
  c: DeadlineInput,
  now: number,
  timeZone = 'UTC',
): Deadline | undefined {
  const all = deadlinesOf(c, timeZone);
  return (
    all.find((d) => d.kind === 'first_reply') ??
    all.find((d) => d.kind !== 'review_window' || d.dueAt > now)
  );
}

export type Urgency = 'missed' | 'near' | 'ok';

export function urgencyOf(d: Deadline | undefined, now: number): Urgency | undefined {
  if (!d) return undefined;
  if (d.dueAt <= now) return 'missed';
  return d.dueAt - now <= NEAR_MS[d.kind] ? 'near' : 'ok';
}

/** True when a case wants the agent's attention now: its deadline is near or missed. */
export const needsAttention = (d: Deadline | undefined, now: number): boolean => {
  const u = urgencyOf(d, now);
  return u === 'missed' || u === 'near';
};
