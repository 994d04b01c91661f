import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { SAFETY_MESSAGES } from './safety-messages.fixture';

const flagged = (t: string): boolean => analyze(t).flags.includes('safety');

describe('safety flag', () => {
  it('has a written set of at least 60 messages, half hard negatives, in three scripts', () => {
    expect(SAFETY_MESSAGES.length).toBeGreaterThanOrEqual(60);
    const neg = SAFETY_MESSAGES.filter((m) => m.flags.length === 0).length;
    expect(neg * 2).toBeGreaterThanOrEqual(SAFETY_MESSAGES.length - 2);
    expect(new Set(SAFETY_MESSAGES.map((m) => m.lang))).toEqual(
      new Set(['zh-Hans', 'zh-Hant', 'en']),
    );
  });

  it('reaches P and R ≥ 0.9 on it', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const m of SAFETY_MESSAGES) {
      const got = flagged(m.text);
      const want = m.flags.includes('safety');
      if (got && want) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.9);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['充电宝冒烟了', true],
    ['充電寶冒煙了', true],
    ['The charger caught fire.', true],
    ['No one was hurt.', false],
    ['这款没有过敏反应', false],
    ['The killer feature is the price.', false],
    ['屏幕很容易被划伤', false],
    ['孩子的手被划伤了', true],
  ])('%s → %s', (text, want) => {
    expect(flagged(text)).toBe(want);
  });

  it('comes first among the flags and keeps a harmless positive text positive', () => {
    const a = analyze('电池鼓包了，不退款我就去法院起诉你们');
    expect(a.flags[0]).toBe('safety');
    expect(analyze('我是敏感肌，用了完全不会过敏，很喜欢').sentiment).toBe('positive');
  });
});
