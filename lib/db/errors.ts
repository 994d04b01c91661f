// What went wrong with the database, in words the agent can act on. Screens show
// the problem instead of staying blank; writes report it instead of failing silently.
import type Dexie from 'dexie';
import { create } from 'zustand';

export type DbProblem =
  /** The disk (or the browser's share of it) is full. */
  | 'quota'
  /** Another Defuse page still uses the old version of the database. */
  | 'blocked'
  /** IndexedDB cannot be opened here (private mode, a broken profile, disabled storage). */
  | 'unavailable'
  /** The database was made by a newer Defuse than this one. */
  | 'newer'
  /** A newer Defuse wants to upgrade the database: this page must reload. */
  | 'outdated'
  | 'unknown';

const names = (e: unknown): string[] => {
  const out: string[] = [];
  for (let x: unknown = e, i = 0; x && i < 5; i++) {
    const o = x as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof o.name === 'string') out.push(o.name);
    x = o.inner ?? o.cause;
  }
  return out;
};

/** Classifies an error of Dexie or IndexedDB (Dexie wraps the DOMException in `inner`). */
export function describeDbError(e: unknown): DbProblem {
  const n = names(e);
  if (n.some((x) => x === 'QuotaExceededError')) return 'quota';
  if (n.some((x) => x === 'VersionError')) return 'newer';
  if (n.some((x) => x === 'DatabaseClosedError' || x === 'VersionChangeError')) return 'outdated';
  if (
    n.some((x) =>
      [
        'MissingAPIError',
        'OpenFailedError',
        'InvalidStateError',
        'UnknownError',
        'SecurityError',
      ].includes(x),
    )
  )
    return 'unavailable';
  return 'unknown';
}

interface ProblemState {
  problem?: DbProblem;
  detail?: string;
  report(e: unknown): DbProblem;
  set(problem: DbProblem | undefined): void;
}

/** The current database problem of this page, for a banner. */
export const useDbProblem = create<ProblemState>((set) => ({
  report: (e) => {
    const problem = describeDbError(e);
    set({ problem, detail: e instanceof Error ? e.message : String(e) });
    return problem;
  },
  set: (problem) => set({ problem, detail: undefined }),
}));

/** Hooks the events Dexie raises outside any call: a blocked upgrade, a newer version elsewhere. */
export function watchDatabase(d: Dexie): void {
  d.on('blocked', () => useDbProblem.getState().set('blocked'));
  d.on('versionchange', () => {
    // Close so the other page's upgrade can go on; this page must reload.
    d.close();
    useDbProblem.getState().set('outdated');
    return false;
  });
  d.on('ready', () => {
    if (useDbProblem.getState().problem === 'blocked') useDbProblem.getState().set(undefined);
  });
}
