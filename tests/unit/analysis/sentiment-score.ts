// Scores analyze()'s sentiment on a written set the way eval-core.ts scores the datasets: a
// neutral answer counts as wrong, and negative is the class of interest (negF1).
import { analyze } from '../../../lib/analysis/index';
import { f1 } from './eval-core';

export interface Labelled01 {
  text: string;
  label: 0 | 1;
}

export interface SetFigures {
  n: number;
  acc: number;
  macroF1: number;
  f1Neg: number;
  f1Pos: number;
  neutral: number;
  misses: string[];
}

export function scoreSentiment(set: readonly Labelled01[]): SetFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let neutral = 0;
  const misses: string[] = [];
  for (const c of set) {
    const got = analyze(c.text).sentiment;
    if (got === 'neutral') neutral++;
    const gold = c.label === 0 ? 'negative' : 'positive';
    if (gold === 'negative') {
      if (got === 'negative') tp++;
      else fn++;
    } else if (got === 'positive') tn++;
    else fp++;
    if (got !== gold) misses.push(`${gold}->${got}: ${c.text}`);
  }
  const n = set.length;
  const f1Neg = f1(tp, fp, fn);
  const f1Pos = f1(tn, fn, fp);
  return {
    n,
    acc: n ? (tp + tn) / n : NaN,
    macroF1: (f1Neg + f1Pos) / 2,
    f1Neg,
    f1Pos,
    neutral,
    misses,
  };
}
