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

// Checking half at its first run: acc 89.3% (75/84), macro-F1 89.0%, negF1 90.7%.
const FLOOR = { acc: 0.88, macroF1: 0.875, f1Neg: 0.895 };

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
