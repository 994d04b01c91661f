// Indexed reads of cases for the dashboard, the queue and the exports: a page is
// read through an index and stops when it is full; nothing loads every case.
import type { Collection } from 'dexie';
import type { SiteId } from '../messages';
import type { Cause } from '../analysis/types';
import { db } from './index';
import { queryTerm, searchTextOf } from './model';
import { isOpenStatus, MAX_TIME, type CaseRecord, type CaseStatus } from './schema';

export interface CaseFilter {
  /** Detection date range (createdAt), inclusive, epoch ms. */
  from?: number;
  to?: number;
  site?: SiteId;
  /** A status, or every open / every done case. */
  status?: CaseStatus | 'open' | 'done';
  cause?: Cause;
  flag?: string;
  /** An agent's name; '' for cases nobody owns. */
  owner?: string;
  text?: string;
  /** Practice cases are left out unless asked for. */
  practice?: boolean;
}

type Coll = Collection<CaseRecord, string>;

/** The JS test for what the chosen index did not already narrow. */
export function matches(c: CaseRecord, f: CaseFilter, needle?: string): boolean {
  if (!f.practice && c.practice) return false;
  if (f.from !== undefined && c.createdAt < f.from) return false;
  if (f.to !== undefined && c.createdAt > f.to) return false;
  if (f.site && c.site !== f.site) return false;
  if (
    f.status === 'open'
      ? !isOpenStatus(c.status)
      : f.status === 'done'
        ? isOpenStatus(c.status)
        : f.status && c.status !== f.status
  )
    return false;
  if (f.cause && !c.causes.includes(f.cause)) return false;
  if (f.flag && !c.flags.includes(f.flag)) return false;
  if (f.owner !== undefined && (c.owner ?? '') !== f.owner) return false;
  if (needle && !searchTextOf(c).includes(needle)) return false;
  return true;
}

/** The index range that narrows the filter most, and the conditions it decides. */
function indexFor(f: CaseFilter) {
  const cases = db().cases;
  const lo = f.from ?? 0;
  const hi = f.to ?? MAX_TIME;
  const needle = f.text?.trim().toLowerCase() || undefined;
  const term = needle ? queryTerm(needle) : undefined;
  const decided = new Set<keyof CaseFilter>(['from', 'to', 'practice']);
  let coll: Coll;
  if (term) {
    coll = cases.where('terms').startsWith(term).distinct();
    decided.delete('from');
    decided.delete('to');
  } else if (f.status && f.status !== 'open' && f.status !== 'done') {
    coll = cases
      .where('[status+createdAt]')
      .between([f.status, lo], [f.status, hi], true, true)
      .reverse();
    decided.add('status');
  } else if (f.site) {
    coll = cases
      .where('[site+createdAt]')
      .between([f.site, lo], [f.site, hi], true, true)
      .reverse();
    decided.add('site');
  } else if (f.owner) {
    coll = cases
      .where('[owner+createdAt]')
      .between([f.owner, lo], [f.owner, hi], true, true)
      .reverse();
    decided.add('owner');
  } else {
    coll = cases.where('createdAt').between(lo, hi, true, true).reverse();
  }
  const undecided = (Object.keys(f) as (keyof CaseFilter)[]).some(
    (k) =>
      !decided.has(k) &&
      f[k] !== undefined &&
      // '' is "nobody's" for the owner, and no condition for the others.
      (k === 'text' ? !!needle : k === 'owner' || f[k] !== ''),
  );
  return { coll, needle, term, undecided };
}

/**
 * The filtered cases, newest first, read through the most selective index:
 * a search term, else status, marketplace or owner with the date range, else the date.
 */
export function casesWhere(f: CaseFilter): Coll {
  const { coll, needle } = indexFor(f);
  return coll.filter((c) => matches(c, f, needle));
}

interface Plan {
  /** The index range, newest first, before any JS test. */
  coll: Coll;
  /** What the index does not decide; absent when the index range is the answer. */
  test?: (c: CaseRecord) => boolean;
  /** A full-text term's range: read through the index when narrow. */
  term?: string;
}

/** Whether a search term's index range is small enough to walk row by row. */
async function narrowTerm(term: string | undefined): Promise<boolean> {
  // Index entries, not distinct cases: a plain range, so IndexedDB counts it.
  return !!term && (await db().cases.where('terms').startsWith(term).count()) <= NARROW;
}

/**
 * The index range and the JS test for the rest. No test is needed when the index
 * decides every condition and no practice case exists, so a page is one getAll
 * and a count one index count.
 */
async function plan(f: CaseFilter): Promise<Plan> {
  const { coll, needle, term, undecided } = indexFor(f);
  const practiceLeftOut = !f.practice && (await db().cases.where('practice').equals(1).count()) > 0;
  const test = undecided || practiceLeftOut ? (c: CaseRecord) => matches(c, f, needle) : undefined;
  return { coll, test, term };
}

export const filterIsEmpty = (f: CaseFilter): boolean =>
  !f.from &&
  !f.to &&
  !f.site &&
  !f.status &&
  !f.cause &&
  !f.flag &&
  f.owner === undefined &&
  !f.text?.trim();

/** One page of the filtered cases: one getAll when the index decides the filter. */
export async function casePage(
  f: CaseFilter,
  offset: number,
  limit: number,
): Promise<CaseRecord[]> {
  const p = await plan(f);
  return (p.test ? p.coll.filter(p.test) : p.coll).offset(offset).limit(limit).toArray();
}

/** A term's range larger than this is scanned in chunks rather than walked row by row. */
const NARROW = 5000;

/** How many cases match: an index count when the index decides, else one chunked pass. */
export async function countCases(f: CaseFilter): Promise<number> {
  if (filterIsEmpty(f)) {
    const [all, practice] = await Promise.all([
      db().cases.count(),
      f.practice ? 0 : db().cases.where('practice').equals(1).count(),
    ]);
    return all - practice;
  }
  const p = await plan(f);
  if (!p.test) return p.coll.count();
  // Dexie counts a distinct() range as 0, so the matching keys are counted instead.
  if (await narrowTerm(p.term)) return (await p.coll.filter(p.test).primaryKeys()).length;
  return forEachChunk(f, () => undefined);
}

/** The distinct agents who own cases (the owner index's keys). */
export async function owners(): Promise<string[]> {
  return (await db().cases.orderBy('owner').uniqueKeys()) as string[];
}

/** The open cases by nearest deadline (the queue): the dueAt index holds only open ones. */
export function openByDeadline(limit = 500): Promise<CaseRecord[]> {
  return db().cases.orderBy('dueAt').limit(limit).toArray();
}

/**
 * Walks the filtered cases in chunks, in id order, calling `each` with a chunk
 * of full records. A narrow search reads its ids through the terms index; every
 * other filter reads the store in primary-key pages (one getAll each, no cursor
 * held across an await) and keeps what matches. Memory holds one chunk.
 * `done` and `total` count the rows read, for a progress bar.
 */
export async function forEachChunk(
  f: CaseFilter,
  each: (chunk: CaseRecord[], done: number, total: number) => Promise<void> | void,
  size = 1000,
): Promise<number> {
  const cases = db().cases;
  const p = await plan(f);
  if (await narrowTerm(p.term)) {
    const ids = (await p.coll.primaryKeys()).sort();
    let n = 0;
    for (let i = 0; i < ids.length; i += size) {
      const chunk = (await cases.bulkGet(ids.slice(i, i + size))).filter(
        (c): c is CaseRecord => c !== undefined && (!p.test || p.test(c)),
      );
      n += chunk.length;
      await each(chunk, Math.min(ids.length, i + size), ids.length);
    }
    return n;
  }
  const needle = f.text?.trim().toLowerCase() || undefined;
  const total = await cases.count();
  let last: string | undefined;
  let done = 0;
  let n = 0;
  for (;;) {
    const rows = await (last === undefined ? cases.orderBy(':id') : cases.where(':id').above(last))
      .limit(size)
      .toArray();
    if (rows.length === 0) break;
    last = rows[rows.length - 1]!.id;
    done += rows.length;
    const chunk = rows.filter((c) => matches(c, f, needle));
    n += chunk.length;
    await each(chunk, Math.min(done, total), total);
  }
  return n;
}
