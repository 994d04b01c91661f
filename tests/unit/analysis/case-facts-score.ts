// Scores analyze('', { messages }).case on a written thread set (case-facts-blind.fixture.ts) and
// the `safety` flag on a written message set: per-fact precision/recall (booleans as a yes/no
// class, lists per item, the deadline right only with the same ISO date, the urgency right with an
// accepted reason; a wrong deadline or reason counts as a false positive AND a false negative),
// per language, and threads with every fact right. Shared by eval-analysis.ts and eval-guard.
import { analyze, type CaseFacts } from '../../../lib/analysis/index';
import type { CaseThread } from './case-facts-blind.fixture';

export const CASE_FACTS = [
  'evidenceSent',
  'faultDescribed',
  'orderGiven',
  'sellerReplied',
  'sellerAsked',
  'remedyAsked',
  'remedyGranted',
  'deadline',
  'urgency',
] as const;
export type CaseFactName = (typeof CASE_FACTS)[number];

export interface PR {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
}

export interface CaseFigures {
  n: number;
  /** Threads with every fact right. */
  exact: number;
  facts: Record<CaseFactName, PR>;
  /** Micro P/R over every fact. */
  all: PR;
  misses: string[];
}

const pr = (tp: number, fp: number, fn: number): PR => ({
  tp,
  fp,
  fn,
  p: tp + fp === 0 ? 1 : tp / (tp + fp),
  r: tp + fn === 0 ? 1 : tp / (tp + fn),
});

type Count = { tp: number; fp: number; fn: number };

/** [tp, fp, fn] of one fact of one thread. */
function compare(name: CaseFactName, got: CaseFacts, want: CaseThread['want']): Count {
  const c: Count = { tp: 0, fp: 0, fn: 0 };
  switch (name) {
    case 'evidenceSent':
    case 'faultDescribed':
    case 'orderGiven':
    case 'sellerReplied': {
      const g = got[name] === true;
      const w = want[name];
      if (g && w) c.tp++;
      else if (g) c.fp++;
      else if (w) c.fn++;
      return c;
    }
    case 'sellerAsked':
    case 'remedyAsked':
    case 'remedyGranted': {
      const g = new Set<string>(Array.isArray(got[name]) ? got[name] : []);
      const w = new Set<string>(want[name]);
      for (const x of g)
        if (w.has(x)) c.tp++;
        else c.fp++;
      for (const x of w) if (!g.has(x)) c.fn++;
      return c;
    }
    case 'deadline': {
      const g = got.deadline?.iso;
      const w = want.deadline;
      if (g !== undefined && w !== null && g === w) c.tp++;
      else {
        if (g !== undefined) c.fp++;
        if (w !== null) c.fn++;
      }
      return c;
    }
    case 'urgency': {
      const g = got.urgency?.reason;
      const w = want.urgency;
      if (g !== undefined && w !== null && w.includes(g)) c.tp++;
      else {
        if (g !== undefined) c.fp++;
        if (w !== null) c.fn++;
      }
      return c;
    }
  }
}

const show = (name: CaseFactName, f: CaseFacts): string => {
  const v =
    name === 'deadline' ? f.deadline?.iso : name === 'urgency' ? f.urgency?.reason : f[name];
  return JSON.stringify(v ?? null);
};

export function scoreCaseFacts(set: readonly CaseThread[]): CaseFigures {
  const acc = Object.fromEntries(CASE_FACTS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<
    CaseFactName,
    Count
  >;
  let exact = 0;
  const misses: string[] = [];
  for (const thread of set) {
    const got = analyze('', { messages: thread.messages }).case;
    if (!got) throw new Error('analyze returned no case for a thread');
    let right = true;
    for (const name of CASE_FACTS) {
      const c = compare(name, got, thread.want);
      acc[name].tp += c.tp;
      acc[name].fp += c.fp;
      acc[name].fn += c.fn;
      if (c.fp + c.fn > 0) {
        right = false;
        const w = thread.want[name];
        misses.push(
          `${name.padEnd(14)} got ${show(name, got)} want ${JSON.stringify(w)} | ${thread.lang} ${thread.site} [${thread.kind.join(',')}] ${thread.messages.map((m) => `${m.from[0]}: ${m.text}`).join(' / ')}`,
        );
      }
    }
    if (right) exact++;
  }
  const facts = Object.fromEntries(
    CASE_FACTS.map((f) => [f, pr(acc[f].tp, acc[f].fp, acc[f].fn)]),
  ) as Record<CaseFactName, PR>;
  const sum = (k: keyof Count): number => CASE_FACTS.reduce((s, f) => s + acc[f][k], 0);
  return { n: set.length, exact, facts, all: pr(sum('tp'), sum('fp'), sum('fn')), misses };
}

export interface FlagSetRow {
  text: string;
  flags: readonly string[];
}

/** P/R of one flag on a written message set, with the misses. */
export function scoreFlag(
  set: readonly FlagSetRow[],
  flag: string,
): PR & { n: number; misses: string[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const m of set) {
    const got = analyze(m.text).flags.includes(flag);
    const want = m.flags.includes(flag);
    if (got && want) tp++;
    else if (got) {
      fp++;
      misses.push(`FP: ${m.text}`);
    } else if (want) {
      fn++;
      misses.push(`FN: ${m.text}`);
    }
  }
  return { n: set.length, ...pr(tp, fp, fn), misses };
}
