// Scores analyze()'s sentiment on a written set the way eval-core.ts scores the datasets: a
// neutral answer counts as wrong, and negative is the class of interest (negF1).
import { analyze } from '../../../lib/analysis/index';
import { countSentiment, newConfusion, sentimentFigures, type SentimentFigures } from './eval-core';

export interface Labelled01 {
  text: string;
  label: 0 | 1;
}

export type SetFigures = SentimentFigures & { misses: string[] };

export function scoreSentiment(set: readonly Labelled01[]): SetFigures {
  const c = newConfusion();
  const misses: string[] = [];
  for (const x of set) {
    const got = analyze(x.text).sentiment;
    const gold = x.label === 0 ? 'negative' : 'positive';
    countSentiment(c, gold, got);
    if (got !== gold) misses.push(`${gold}->${got}: ${x.text}`);
  }
  return { ...sentimentFigures(c), misses };
}
