// Guards the blind sentiment set (sentiment-blind.fixture.ts): its CHECKING half, never tuned on,
// must not drop below the figures it reached; the split itself is fixed by partOf, so the counts
// are asserted too (a reshuffled split would silently move rows between the halves).
import { describe, expect, it } from 'vitest';
import {
  SENTIMENT_BLIND,
  SENTIMENT_BLIND_CHECKING,
  SENTIMENT_BLIND_TUNING,
} from './sentiment-blind.fixture';
import { scoreSentiment } from './sentiment-score';
import { existsSync } from 'node:fs';
import { DATA_DIR, DATASETS, evaluate } from './eval-core';

// Checking half at its first run: acc 89.3% (75/84), macro-F1 89.0%, negF1 90.7%; after the
// tuning fixes 91.7% (77/84), 91.5%, 92.8%. Floors allow one row.
const FLOOR = { acc: 0.9, macroF1: 0.895, f1Neg: 0.91 };

// The datasets' checking parts per dataset (eval-guard.test.ts guards the means): measured after
// this work's sentiment rules, a little under (one row on the small sets).
const DATASET_FLOOR: Record<string, number> = {
  online_shopping_10_cats: 0.885,
  waimai_10k: 0.87,
  zh_traditional_real: 0.88,
  tianchi_cosmetics: 0.975,
  amazon_alexa_dedup: 0.915,
  uci_amazon_cells: 0.95,
  semeval_laptops_support_shipping: 0.97,
};
/** Amazon Alexa negatives are few (the held-out check's weakest figure): their F1 is guarded too. */
const ALEXA_NEG_F1 = 0.685;

describe('blind sentiment set', () => {
  it('keeps its size and fixed split', () => {
    expect(SENTIMENT_BLIND.length).toBeGreaterThanOrEqual(150);
    expect(new Set(SENTIMENT_BLIND.map((c) => c.text)).size).toBe(SENTIMENT_BLIND.length);
    expect(SENTIMENT_BLIND_TUNING.length).toBe(74);
    expect(SENTIMENT_BLIND_CHECKING.length).toBe(84);
  });

  it('stays at or above the checking-half floors', () => {
    const c = scoreSentiment(SENTIMENT_BLIND_CHECKING);
    expect(c.n).toBe(84);
    expect(c.acc).toBeGreaterThanOrEqual(FLOOR.acc);
    expect(c.macroF1).toBeGreaterThanOrEqual(FLOOR.macroF1);
    expect(c.f1Neg).toBeGreaterThanOrEqual(FLOOR.f1Neg);
  });
});

describe('sentiment per dataset on the checking part', () => {
  it('stays at or above the per-dataset floors', () => {
    expect(existsSync(DATA_DIR), `review datasets expected at ${DATA_DIR}`).toBe(true);
    const c = evaluate({ handLabels: [] }).checking.sentiment;
    for (const name of DATASETS) {
      expect(c[name], name).toBeDefined();
      expect(c[name]!.acc, name).toBeGreaterThanOrEqual(DATASET_FLOOR[name]!);
    }
    expect(c.amazon_alexa_dedup!.f1Neg).toBeGreaterThanOrEqual(ALEXA_NEG_F1);
  });
});
