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

/**
 * The filtered cases, newest first, read through the most selective index:
 * a search term, else status, marketplace or owner with the date range, else the date.
 */
export function casesWhere(f: CaseFilter): Coll {
  const cases = db().cases;
  const lo = f.from ?? 0;
  const hi = f.to ?? MAX_TIME;
  const needle = f.text?.trim().toLowerCase() || undefined;
  const term = needle ? queryTerm(needle) : undefined;
  let coll: Coll;
  if (term) {
    coll = cases.where('terms').startsWith(term).distinct();
  } else if (f.status && f.status !== 'open' && f.status !== 'done') {
    coll = cases
      .where('[status+createdAt]')
      .between([f.status, lo], [f.status, hi], true, true)
      .reverse();
  } else if (f.site) {
    coll = cases
      .where('[site+createdAt]')
      .between([f.site, lo], [f.site, hi], true, true)
      .reverse();
  } else if (f.owner) {
    coll = cases
      .where('[owner+createdAt]')
      .between([f.owner, lo], [f.owner, hi], true, true)
      .reverse();
  } else {
    coll = cases.where('createdAt').between(lo, hi, true, true).reverse();
  }
  return coll.filter((c) => matches(c, f, needle));
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

/** One page of the filtered cases. */
export function casePage(f: CaseFilter, offset: number, limit: number): Promise<CaseRecord[]> {
  return casesWhere(f).offset(offset).limit(limit).toArray();
}

/** How many cases match; an index count when nothing needs a JS test. */
export async function countCases(f: CaseFilter): Promise<number> {
  if (filterIsEmpty(f)) {
    const [all, practice] = await Promise.all([
      db().cases.count(),
      f.practice ? 0 : db().cases.where('practice').equals(1).count(),
    ]);
    return all - practice;
  }
  return casesWhere(f).count();
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
 * Walks the filtered cases in chunks of ids (a cursor never held across an
 * await), calling `each` with a chunk of full records. Memory holds one chunk.
 */
export async function forEachChunk(
  f: CaseFilter,
  each: (chunk: CaseRecord[], done: number, total: number) => Promise<void> | void,
  size = 1000,
): Promise<number> {
  const ids = (await casesWhere(f).primaryKeys()).sort();
  for (let i = 0; i < ids.length; i += size) {
    const chunk = (await db().cases.bulkGet(ids.slice(i, i + size))).filter(
      (c): c is CaseRecord => c !== undefined,
    );
    await each(chunk, Math.min(ids.length, i + size), ids.length);
  }
  return ids.length;
}
