// Sentences invented for these tests: structure, not vocabulary.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const sent = (t: string): string => analyze(t).sentiment;
const top = (t: string): string | undefined => analyze(t).causes[0]?.cause;

describe('rhetorical questions, sarcasm and scare quotes', () => {
  it.each([
    '这就是你们说的好质量吗？',
    '难道这也叫新鲜？',
    'How is this a good product?',
    'Great product my foot.',
    'Yeah right, "premium quality".',
    '所谓的“正品”，一用就知道',
  ])('%s → negative', (t) => {
    expect(sent(t)).toBe('negative');
  });

  it('keeps a sincere question and quoted praise of a feature name apart', () => {
    expect(sent('质量很好，还会回购吗？当然会！')).toBe('positive');
    expect(sent('Love it, works great.')).toBe('positive');
  });
});

describe('what the buyer compares with decides the cause', () => {
  it.each([
    ['用了三天就坏了', 'quality'],
    ['It stopped working after 3 days.', 'quality'],
    ['一周就掉色', 'quality'],
    ['三天了还没发货', 'logistics'],
    ['等了三天客服才回复', 'service'],
    ['没有图片上那么好看', 'not_as_described'],
    ['Smaller than pictured.', 'not_as_described'],
    ['Smaller than I expected.', 'expectation'],
    ['效果没有想象中好', 'expectation'],
    ['还不如去超市买的', 'expectation'],
  ])('%s → %s', (t, c) => {
    expect(top(t)).toBe(c);
  });

  it('does not read sent photos as a listing mismatch', () => {
    const a = analyze('I sent photos of the crack to support twice.');
    expect(a.causes.map((c) => c.cause)).not.toContain('not_as_described');
    expect(analyze('照片已经发给你们了，杯子是裂的').causes[0]?.cause).toBe('quality');
  });

  // Issue 9: a bare verdict names no cause ('none'); dissatisfaction with something named is the
  // expectation gap.
  it('reads dissatisfaction with a named attribute as an expectation gap, with its words as evidence', () => {
    expect(analyze('Very disappointed with this.').causes).toEqual([]);
    const a = analyze('Very disappointed with the sound.');
    expect(a.causes[0]).toMatchObject({ cause: 'expectation' });
    expect(a.causes[0]?.evidence.join(' ')).toMatch(/disappointed/i);
  });
});
