// Sentences invented for these tests (no dataset or written-set row): lexicon entries whose
// reading depends on their context (issue 9, lexicon faults found on 2026-12-03), each kind with a
// control of the other reading beside it, and HTML entities decoded with offsets kept.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { scoreText } from '../../../lib/analysis/sentiment';
import { normalizeText, rawSlice } from '../../../lib/analysis/normalize';

const sent = (t: string): string => analyze(t).sentiment;
const causes = (t: string): string[] => analyze(t).causes.map((c) => c.cause);

describe('妈的 is a swear only without a kinship word before it', () => {
  it.each([
    '送给我妈的围巾，颜色她挺满意',
    '这是给爸妈的，他们用着挺好',
    '老妈的手机壳，尺寸刚好',
    '咱妈的生日礼物，包装也好看',
    '他妈妈的药盒，大小正合适',
    '你妈妈的拖鞋也买了一双，穿着舒服',
  ])('%s: no anger, not negative', (t) => {
    expect(scoreText(t).angerHits).toBe(0);
    expect(sent(t)).toBe('positive');
    expect(causes(t)).toEqual([]);
  });
  it.each(['他妈的，又坏了', '妈的，什么玩意', '真他妈的慢', '你妈的，骗人'])(
    '%s: still a swear',
    (t) => {
      expect(scoreText(t).angerHits).toBeGreaterThan(0);
      expect(sent(t)).toBe('negative');
    },
  );
});

describe('"quiet" praises a machine and blames a sound that is too low', () => {
  it.each([
    'The dehumidifier is quiet and it pulls a lot of water.',
    'Quiet motor, I can sleep with it on.',
    'It runs whisper quiet in the nursery.',
  ])('%s → positive, no expectation', (t) => {
    expect(sent(t)).toBe('positive');
    expect(causes(t)).not.toContain('expectation');
  });
  it.each([
    'The speaker is quiet even with the volume all the way up.',
    'Ringtone is so quiet I miss every call.',
    'Sound is quiet, I can barely hear the radio.',
    'I wanted something louder for the garage. This one is quiet.',
  ])('%s → negative', (t) => {
    expect(sent(t)).toBe('negative');
  });
});

describe('"cheap" praises a price and blames the build', () => {
  it.each([
    'Cheap enough that I bought a spare for the car.',
    'Dirt cheap for what you get.',
    'It was cheap on sale, so I picked up two.',
  ])('%s → positive', (t) => {
    expect(sent(t)).toBe('positive');
  });
  it.each([
    'The hinge looks cheap.',
    'Cheap plastic, the lid cracked.',
    'Feels cheap in the hand.',
  ])('%s → negative', (t) => {
    expect(sent(t)).toBe('negative');
  });
});

describe('a frame ("support was", "thought it would") takes the reading of what follows', () => {
  it.each([
    'Customer service was lovely when I called.',
    'Support was quick and kind.',
    'Tech support was patient with my dad.',
    'Support was fine when I rang.',
    'Customer service was okay about the swap.',
  ])('%s → positive, no service cause', (t) => {
    expect(sent(t)).toBe('positive');
    expect(causes(t)).not.toContain('service');
  });
  it('support judged badly is still service', () => {
    expect(causes('Support was useless and never called back.')).toContain('service');
  });
  it.each([
    'Assembly went faster than I thought it would.',
    'The blender is stronger than I thought it would be.',
    'Holds more than I thought it would.',
  ])('%s → positive, no expectation', (t) => {
    expect(sent(t)).toBe('positive');
    expect(causes(t)).not.toContain('expectation');
  });
  it('an unmet hope stays a complaint', () => {
    expect(sent('I thought it would hold a charge for longer.')).toBe('negative');
  });
});

describe('time words alone are not complaints', () => {
  it.each([
    'Months later the kids still fight over it.',
    'We have had this kettle for weeks and use it every morning.',
  ])('%s → positive', (t) => {
    expect(sent(t)).toBe('positive');
    expect(causes(t)).not.toContain('logistics');
  });
  it.each([
    'Waited weeks and it still has not shipped.',
    'Took months to get here.',
    // A good spell before an end, a short life (found as regressions on the written sets).
    'Ran fine for about six weeks, then it would not pair.',
    'The strap frayed in a month.',
  ])('%s → negative', (t) => {
    expect(sent(t)).toBe('negative');
  });
});

describe('扔了 of the old one is not the goods thrown away', () => {
  it.each(['旧的那个早就扔了，这个好用多了', '把原来的扔了，换了这款，满意'])(
    '%s → positive',
    (t) => {
      expect(sent(t)).toBe('positive');
    },
  );
  it('food thrown away is a complaint', () => {
    expect(sent('一股怪味，直接扔了')).toBe('negative');
  });
});

describe('continued use and buying again with no other term', () => {
  it.each([
    '几乎每天都用，家里离不开',
    '天天喝，已经第三箱了',
    'Been using it every morning since March.',
  ])('%s → positive', (t) => {
    expect(sent(t)).toBe('positive');
  });
});

describe('HTML entities are decoded before analysis, evidence stays on the original', () => {
  it('named and numeric entities', () => {
    const raw = 'It said &quot;refund&quot; &amp; I&#39;m told &#34;no&#34; &#x27;ok&#x27;';
    const nm = normalizeText(raw);
    expect(nm.t).toBe('it said "refund" & i\'m told "no" \'ok\'');
    const at = nm.t.indexOf('"no"');
    expect(rawSlice(nm, at, at + 4)).toBe('&#34;no&#34;');
    const i = nm.t.indexOf("i'm");
    expect(rawSlice(nm, i, i + 3)).toBe('I&#39;m');
  });
  it('an entity does not hide a word from the lexicon', () => {
    expect(sent('I don&#39;t like it at all.')).toBe('negative');
    expect(sent('&quot;Best purchase this year&quot;')).toBe('positive');
  });
  it('text that only looks like an entity is left alone', () => {
    expect(normalizeText('AT&T and R&D; &#xZZ;').t).toBe('at&t and r&d; &#xzz;');
  });
  it('evidence of a cause after an entity points at the original text', () => {
    const raw = 'Arrived &quot;new&quot; &amp; it stopped working after two days.';
    const a = analyze(raw);
    const q = a.causes.find((c) => c.cause === 'quality');
    expect(q).toBeDefined();
    for (const ev of q!.evidence) expect(raw).toContain(ev);
  });
});
