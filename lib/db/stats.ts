// The numbers a team lead needs, computed in one streaming pass over the
// filtered cases: only counters and one number per answered case are kept.
import { CAUSES, type Cause } from '../analysis/types';
import { addHours, FIRST_REPLY } from '../cases/deadlines';
import { FIX_AREAS, isOpenStatus, type CaseRecord, type FixArea } from './schema';

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

export interface Kpis {
  total: number;
  open: number;
  /** Median first-response time in hours (undefined when no case was answered). */
  firstResponseMedianH?: number;
  /** Share of answered cases answered within 24 hours, 0–1. */
  within24h?: number;
  /** Share of cases resolved (resolved or beyond), 0–1. */
  resolutionRate?: number;
  /** Share of review/feedback cases whose review was updated, 0–1. */
  reviewUpdatedRate?: number;
  /** First replies later than the marketplace's deadline, or still missing past it. */
  slaBreaches: number;
  byCause: Record<Cause, number>;
  bySite: Record<string, number>;
  byOwner: Record<string, number>;
  byProduct: { product: string; count: number }[];
  /** Upstream fixes recorded in post-mortems. */
  fixes: Record<FixArea, number>;
  /** Weekly series (week start, opened, resolved, breaches), for the charts. */
  weeks: { start: number; opened: number; resolved: number; breaches: number }[];
}

export class KpiAccumulator {
  private total = 0;
  private open = 0;
  private resolved = 0;
  private reviewable = 0;
  private updated = 0;
  private breaches = 0;
  private responses: number[] = [];
  private byCause = Object.fromEntries(CAUSES.map((c) => [c, 0])) as Record<Cause, number>;
  private bySite: Record<string, number> = {};
  private byOwner: Record<string, number> = {};
  private byProduct = new Map<string, number>();
  private fixes = Object.fromEntries(FIX_AREAS.map((f) => [f, 0])) as Record<FixArea, number>;
  private weeks = new Map<number, { opened: number; resolved: number; breaches: number }>();

  constructor(
    private readonly now: number,
    private readonly timeZone = 'UTC',
  ) {}

  private week(t: number) {
    // Weeks start on Monday (epoch day 0 was a Thursday).
    const start = Math.floor((t + 3 * 24 * HOUR) / WEEK) * WEEK - 3 * 24 * HOUR;
    let w = this.weeks.get(start);
    if (!w) {
      w = { opened: 0, resolved: 0, breaches: 0 };
      this.weeks.set(start, w);
    }
    return w;
  }

  add(c: CaseRecord): void {
    this.total++;
    if (isOpenStatus(c.status)) this.open++;
    const resolved =
      c.resolvedAt !== undefined ||
      ['resolved', 'review_updated', 'review_kept'].includes(c.status);
    if (resolved) this.resolved++;
    if (c.kind !== 'messages') {
      this.reviewable++;
      if (c.status === 'review_updated' || c.reviewChangedAt !== undefined) this.updated++;
    }
    const from = Math.min(c.buyerAt ?? c.createdAt, c.createdAt);
    const rule = FIRST_REPLY[c.site];
    const due = addHours(from, rule.hours, rule.weekends, this.timeZone);
    let breach = false;
    if (c.firstResponseAt !== undefined) {
      this.responses.push(Math.max(0, c.firstResponseAt - from));
      breach = c.firstResponseAt > due;
    } else breach = isOpenStatus(c.status) && this.now > due;
    if (breach) this.breaches++;
    const top = c.causes[0];
    if (top) this.byCause[top]++;
    this.bySite[c.site] = (this.bySite[c.site] ?? 0) + 1;
    const owner = c.owner ?? '';
    this.byOwner[owner] = (this.byOwner[owner] ?? 0) + 1;
    const product = c.product?.name ?? c.product?.id;
    if (product) this.byProduct.set(product, (this.byProduct.get(product) ?? 0) + 1);
    for (const f of c.postMortem?.fixes ?? []) this.fixes[f]++;
    const w = this.week(c.createdAt);
    w.opened++;
    if (breach) w.breaches++;
    if (c.resolvedAt !== undefined) this.week(c.resolvedAt).resolved++;
  }

  result(): Kpis {
    const r = [...this.responses].sort((a, b) => a - b);
    const mid = r.length
      ? r.length % 2
        ? r[(r.length - 1) / 2]!
        : (r[r.length / 2 - 1]! + r[r.length / 2]!) / 2
      : undefined;
    return {
      total: this.total,
      open: this.open,
      firstResponseMedianH: mid === undefined ? undefined : mid / HOUR,
      within24h: r.length ? r.filter((x) => x <= 24 * HOUR).length / r.length : undefined,
      resolutionRate: this.total ? this.resolved / this.total : undefined,
      reviewUpdatedRate: this.reviewable ? this.updated / this.reviewable : undefined,
      slaBreaches: this.breaches,
      byCause: this.byCause,
      bySite: this.bySite,
      byOwner: this.byOwner,
      byProduct: [...this.byProduct]
        .map(([product, count]) => ({ product, count }))
        .sort((a, b) => b.count - a.count)
        .slice(0, 10),
      fixes: this.fixes,
      weeks: [...this.weeks]
        .map(([start, w]) => ({ start, ...w }))
        .sort((a, b) => a.start - b.start),
    };
  }
}

/** KPIs of a list of cases (tests, small sets). */
export function kpisOf(cases: Iterable<CaseRecord>, now = Date.now(), timeZone = 'UTC'): Kpis {
  const acc = new KpiAccumulator(now, timeZone);
  for (const c of cases) acc.add(c);
  return acc.result();
}
