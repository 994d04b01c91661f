// Indexed reads of cases for the dashboard, the queue and the exports: a page is
// read through an index and stops when it is full; nothing loads every case.
import type { Collection } from 'dexie';
import { SITE_IDS, type SiteId } from '../messages';
import type { Cause } from '../analysis/types';
import { db } from './index';
import { queryTerm, searchTextOf } from './model';
import { CASE_STATUSES, isOpenStatus, MAX_TIME, type CaseRecord, type CaseStatus } from './schema';

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
  /** The plain index range read, newest first (not for a search term). */
  let range: { index: string; lower: IDBValidKey; upper: IDBValidKey } | undefined;
  const by = (index: string, key?: string) => {
    range = key ? { index, lower: [key, lo], upper: [key, hi] } : { index, lower: lo, upper: hi };
    return cases.where(index).between(range.lower, range.upper, true, true).reverse();
  };
  if (term) {
    coll = cases.where('terms').startsWith(term).distinct();
    decided.delete('from');
    decided.delete('to');
  } else if (f.status && f.status !== 'open' && f.status !== 'done') {
    coll = by('[status+createdAt]', f.status);
    decided.add('status');
  } else if (f.site) {
    coll = by('[site+createdAt]', f.site);
    decided.add('site');
  } else if (f.owner) {
    coll = by('[owner+createdAt]', f.owner);
    decided.add('owner');
  } else {
    coll = by('createdAt');
  }
  const undecided = (Object.keys(f) as (keyof CaseFilter)[]).some(
    (k) =>
      !decided.has(k) &&
      f[k] !== undefined &&
      // '' is "nobody's" for the owner, and no condition for the others.
      (k === 'text' ? !!needle : k === 'owner' || f[k] !== ''),
  );
  return { coll, needle, term, undecided, range };
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
  return !!term && (await termEntries(term)).length <= SEARCH_BOUNDS.narrow;
}

/**
 * The case ids of a search term's first index entries (one per entry, so a case may
 * come twice), one more than either bound: a count would walk the whole range, which
 * for one letter is most of a 100,000-case store's terms, and only whether the range
 * is over a bound matters.
 */
function termEntries(term: string): Promise<string[]> {
  const max = Math.max(SEARCH_BOUNDS.narrow, SEARCH_BOUNDS.scan);
  return db()
    .cases.where('terms')
    .startsWith(term)
    .limit(max + 1)
    .primaryKeys();
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

/**
 * How far a search term's index range is read. A range of more than `narrow`
 * entries (one letter, a digit: most cases) is read only to its first `scan`
 * entries and the result said to be partial. Tests lower them.
 */
export const SEARCH_BOUNDS = { narrow: 5000, scan: 2000 };

/**
 * The cases a wide search term finds within its first `SEARCH_BOUNDS.scan` index entries
 * (word order, not date), or undefined when the term's range is narrow enough
 * to read whole. `partial` says more cases may match than were looked at.
 */
async function boundedSearch(
  f: CaseFilter,
): Promise<{ ids: string[]; partial: boolean } | undefined> {
  const { term, needle, undecided } = indexFor(f);
  if (!term) return undefined;
  // One getAllKeys over a plain range: no record is read to find the ids.
  const entries = await termEntries(term);
  if (entries.length <= SEARCH_BOUNDS.narrow) return undefined;
  let ids = [...new Set(entries.slice(0, SEARCH_BOUNDS.scan))];
  // The index decides a query that is its own term; anything else is tested on the records.
  const practice = !f.practice && (await db().cases.where('practice').equals(1).count()) > 0;
  if (undecided || needle !== term || practice) {
    const rows = await db().cases.bulkGet(ids);
    ids = rows.filter((c): c is CaseRecord => !!c && matches(c, f, needle)).map((c) => c.id);
  }
  return { ids, partial: entries.length > SEARCH_BOUNDS.scan };
}

/**
 * Whether `getAll` takes a direction (IDBGetAllOptions; Chromium 141+, shipped with
 * getAllRecords). Without it a newest-first read is a cursor: one step per row.
 */
const GET_ALL_DIRECTION = typeof IDBIndex !== 'undefined' && 'getAllRecords' in IDBIndex.prototype;

/** The first `count` cases of an index range, newest first, in one request. */
async function newestOf(
  r: { index: string; lower: IDBValidKey; upper: IDBValidKey },
  count: number,
): Promise<CaseRecord[]> {
  const d = db();
  if (!d.isOpen()) await d.open();
  const store = d.backendDB().transaction('cases', 'readonly').objectStore('cases');
  // Dexie names its IndexedDB indexes by their schema source, brackets included.
  const index = store.index(r.index);
  const req = (
    index.getAll as unknown as (o: {
      query: IDBKeyRange;
      count: number;
      direction: IDBCursorDirection;
    }) => IDBRequest<CaseRecord[]>
  )({ query: IDBKeyRange.bound(r.lower, r.upper), count, direction: 'prev' });
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB read failed'));
  });
}

/**
 * One page of the filtered cases: one getAll when the index decides the filter.
 * `direct: false` keeps to Dexie's own read (tests compare the two).
 */
export async function casePage(
  f: CaseFilter,
  offset: number,
  limit: number,
  { direct = GET_ALL_DIRECTION } = {},
): Promise<CaseRecord[]> {
  const bounded = await boundedSearch(f);
  if (bounded) {
    const rows = await db().cases.bulkGet(bounded.ids.slice(offset, offset + limit));
    return rows.filter((c): c is CaseRecord => c !== undefined);
  }
  const { coll, needle, undecided, range } = indexFor(f);
  const test = (c: CaseRecord) => matches(c, f, needle);
  if (undecided) return coll.filter(test).offset(offset).limit(limit).toArray();
  // The page and the practice check in parallel: one round trip when no practice case exists.
  const [rows, practice] = await Promise.all([
    direct && offset === 0 && range
      ? newestOf(range, limit)
      : coll.offset(offset).limit(limit).toArray(),
    f.practice ? 0 : db().cases.where('practice').equals(1).count(),
  ]);
  return practice ? coll.filter(test).offset(offset).limit(limit).toArray() : rows;
}

type Range = NonNullable<ReturnType<typeof indexFor>['range']>;

/** Slices a count is read in: a read asked for meanwhile waits for one slice, not all. */
export const COUNT_SLICES = 8;

/**
 * An index range counted in slices of its time span, one after another. IndexedDB
 * walks a counted range entry by entry (a third of a 100,000-case store for one
 * marketplace) and serves later requests after it: a filter changed meanwhile had
 * its first page wait 120–230 ms behind the count of the filter before. A count
 * `abandoned` (its filter is gone) stops between slices; what it returns then is
 * not read.
 */
async function slicedCount(r: Range, abandoned: () => boolean): Promise<number> {
  const cases = db().cases;
  const keyed = Array.isArray(r.lower);
  const timeOf = (k: unknown) =>
    (keyed ? (k as IDBValidKey[] | undefined)?.[1] : k) as number | undefined;
  const within = () => cases.where(r.index).between(r.lower, r.upper, true, true);
  const [first, last] = await Promise.all([
    within().limit(1).keys(),
    within().reverse().limit(1).keys(),
  ]);
  const a = timeOf(first[0]);
  const b = timeOf(last[0]);
  if (a === undefined || b === undefined) return 0;
  const at = (t: number) => (keyed ? [(r.lower as IDBValidKey[])[0]!, t] : t);
  let n = 0;
  const step = (b - a) / COUNT_SLICES;
  for (let i = 0; i < COUNT_SLICES && !abandoned(); i++) {
    const lo = i === 0 ? a : a + step * i;
    const last = i === COUNT_SLICES - 1 || step === 0;
    n += await cases
      .where(r.index)
      .between(at(lo), last ? at(b) : at(a + step * (i + 1)), true, last)
      .count();
    if (last) break;
  }
  return n;
}

/**
 * How many cases match: an index count when the index decides, else one chunked
 * pass. A wide search term is counted within its bounded scan (see `countShown`).
 */
export async function countCases(f: CaseFilter): Promise<number> {
  return (await countShown(f)).count;
}

/**
 * What the dashboard shows for a filter: the number of cases, and whether it is
 * a partial result (a wide search term read only to its first index entries).
 */
export async function countShown(
  f: CaseFilter,
  { abandoned = () => false }: { abandoned?: () => boolean } = {},
): Promise<{ count: number; partial: boolean }> {
  if (filterIsEmpty(f)) {
    const [all, practice] = await Promise.all([
      slicedCount({ index: 'createdAt', lower: 0, upper: MAX_TIME }, abandoned),
      f.practice ? 0 : db().cases.where('practice').equals(1).count(),
    ]);
    return { count: all - practice, partial: false };
  }
  const bounded = await boundedSearch(f);
  if (bounded) return { count: bounded.ids.length, partial: bounded.partial };
  const p = await plan(f);
  const { range } = indexFor(f);
  if (!p.test && range && !p.term)
    return { count: await slicedCount(range, abandoned), partial: false };
  if (!p.test) return { count: await p.coll.count(), partial: false };
  // Dexie counts a distinct() range as 0, so the matching keys are counted instead.
  if (await narrowTerm(p.term))
    return { count: (await p.coll.filter(p.test).primaryKeys()).length, partial: false };
  return { count: await forEachChunk(f, () => undefined), partial: false };
}

/**
 * Counts read from indexes alone, for the dashboard's first paint: open cases
 * and cases per marketplace. Exact only for the whole store or a date range with
 * no practice case stored; undefined otherwise (the full pass fills them in).
 */
export async function indexedCounts(
  f: CaseFilter,
): Promise<{ open: number; bySite: Record<string, number> } | undefined> {
  const only = (Object.keys(f) as (keyof CaseFilter)[]).every(
    (k) => k === 'from' || k === 'to' || f[k] === undefined || f[k] === '',
  );
  if (!only || f.owner !== undefined) return undefined;
  const cases = db().cases;
  const lo = f.from ?? 0;
  const hi = f.to ?? MAX_TIME;
  const [practice, open, sites] = await Promise.all([
    cases.where('practice').equals(1).count(),
    Promise.all(
      CASE_STATUSES.filter(isOpenStatus).map((s) =>
        cases.where('[status+createdAt]').between([s, lo], [s, hi], true, true).count(),
      ),
    ),
    Promise.all(
      SITE_IDS.map((s) =>
        cases.where('[site+createdAt]').between([s, lo], [s, hi], true, true).count(),
      ),
    ),
  ]);
  if (practice) return undefined;
  const bySite: Record<string, number> = {};
  SITE_IDS.forEach((s, i) => {
    if (sites[i]) bySite[s] = sites[i]!;
  });
  return { open: open.reduce((a, b) => a + b, 0), bySite };
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
  const read = (after: string | undefined): Promise<CaseRecord[]> => {
    const p = (after === undefined ? cases.orderBy(':id') : cases.where(':id').above(after))
      .limit(size)
      .toArray();
    // A caller that stops early (a cancelled pass) leaves the read ahead unawaited.
    p.catch(() => undefined);
    return p;
  };
  let done = 0;
  let n = 0;
  // The next chunk is asked for before this one is handled, so IndexedDB reads it
  // while the page works (an export spent a third of its time waiting for reads).
  let next = read(undefined);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) break;
    next = rows.length < size ? Promise.resolve([]) : read(rows[rows.length - 1]!.id);
    done += rows.length;
    const chunk = rows.filter((c) => matches(c, f, needle));
    n += chunk.length;
    await each(chunk, Math.min(done, total), total);
  }
  return n;
}

/**
 * `forEachChunk` over what the dashboard shows: a wide search term's bounded
 * matches (the same cases the table and the count show), else every match.
 */
export async function forEachShown(
  f: CaseFilter,
  each: (chunk: CaseRecord[], done: number, total: number) => Promise<void> | void,
  size = 1000,
): Promise<number> {
  const bounded = await boundedSearch(f);
  if (!bounded) return forEachChunk(f, each, size);
  const { ids } = bounded;
  for (let i = 0; i < ids.length; i += size) {
    const rows = await db().cases.bulkGet(ids.slice(i, i + size));
    await each(
      rows.filter((c): c is CaseRecord => c !== undefined),
      Math.min(ids.length, i + size),
      ids.length,
    );
  }
  return ids.length;
}
