// Rules of the fifth round (issue 9): what the buyer does about a purchase is a verdict, not a
// cause; a few words without a predicate name a use; faults, missing pieces and "cheap" build are
// defects; a lukewarm word about eating is the food's quality. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/index';

const top = (text: string): string => analyze(text).causes[0]?.cause ?? 'none';

describe('what the buyer does about the purchase names no cause', () => {
  it.each([
    'Returned it.',
    'Sending this back.',
    'I want my money back!',
    'Would not buy again.',
    '再也不会买了',
    '坚决抵制这个牌子',
    '差评，不解释',
    'Not good at all.',
    'Thanks for wasting my money.',
  ])('"%s" is negative with no cause', (text) => {
    const a = analyze(text);
    expect(a.sentiment).toBe('negative');
    expect(a.causes).toEqual([]);
  });

  it.each([
    ['再也不会买了，用了两天就坏了', 'quality'],
    ['Sending it back, it stopped working after a week.', 'quality'],
    ['差评，发货太慢了', 'logistics'],
  ])('"%s" keeps the cause it names (%s)', (text, cause) => {
    expect(top(text)).toBe(cause);
  });
});

describe('a few words with no term, negation or predicate', () => {
  it.each(['Hands free control', 'Setting up', 'Access to my playlists'])(
    '"%s" names a use, not a complaint',
    (text) => {
      expect(analyze(text).sentiment).toBe('positive');
    },
  );

  it.each(['The sizing was way off.', 'Sprint charges for this service.', 'Never again?'])(
    '"%s" is still read as a complaint',
    (text) => {
      expect(analyze(text).sentiment).toBe('negative');
    },
  );
});

describe('faults, missing pieces and cheap build are defects', () => {
  it.each([
    'Freezes all the time.',
    'No spare ear tips provided in the box.',
    'It feels and looks really cheap.',
    'A speakerphone that does not transmit.',
  ])('"%s" → quality', (text) => {
    expect(top(text)).toBe('quality');
  });
});

describe('明显 takes the side of what it qualifies', () => {
  it('a complaint made plain stays a complaint', () => {
    const a = analyze('香精味很明显');
    expect(a.sentiment).toBe('negative');
  });
  it('an effect made plain is praise', () => {
    expect(analyze('效果很明显，很喜欢').sentiment).toBe('positive');
  });
});

describe('a lukewarm word about eating in a food text is the food itself', () => {
  it('food → quality', () => {
    expect(top('面条吃着也就那样，送得倒是挺快')).toBe('quality');
  });
  it('a book → expectation', () => {
    expect(top('这本书也就那样，一般般')).toBe('expectation');
  });
  it('a small room is a hope unmet, not a defect', () => {
    expect(top('房间很小，住着不舒服')).toBe('expectation');
  });
});

describe('threat wordings of the tuning half of set 5', () => {
  it('the review named first and a fee asked after is extortion', () => {
    expect(analyze('这个差评可以删，您补偿我两百元辛苦费就行').flags).toContain('extortion');
  });
  it('a channel read on is no complaint', () => {
    expect(analyze('我是在黑猫投诉上看到有人夸你们才买的').flags).not.toContain(
      'platform_complaint',
    );
  });
  it('走司法程序 is a legal threat', () => {
    expect(analyze('再不给个说法，我们就走司法程序').flags).toContain('legal_threat');
  });
  it('the case going on a social site is a public complaint', () => {
    expect(analyze('One more delay and this whole story goes on Reddit.').flags).toContain(
      'platform_complaint',
    );
  });
  it('a bright spot on a screen is a real problem behind the threat', () => {
    const a = analyze('螢幕有亮點，不換貨我就給負評');
    expect(a.flags).toContain('review_threat');
    expect(a.flags).not.toContain('extortion');
  });
});

describe('an English negator counts once, through what it negates', () => {
  it.each(["There aren't any problems with this speaker.", 'We never had a glitch.'])(
    '"%s" is positive',
    (text) => {
      expect(analyze(text).sentiment).toBe('positive');
    },
  );
});

describe('praise that is meant the other way', () => {
  it.each([
    'Honestly Google Home answers more accurately than this thing.',
    'We have two Rokus that work just fine, unlike this.',
    'Wonderful, another expensive paperweight.',
  ])('"%s" is negative', (text) => {
    expect(analyze(text).sentiment).toBe('negative');
  });
  it('a rival named after the comparison is praise of the product', () => {
    expect(analyze('Better than Google Home, love it.').sentiment).toBe('positive');
  });
});

describe('a request the order ignored is a mismatch with the order', () => {
  it.each([
    '备注了不加葱，结果满满一层葱',
    '都说了别放辣，还是辣得不行',
    '你们从来不看顾客写的备注吗',
  ])('"%s" → not_as_described', (text) => {
    expect(top(text)).toBe('not_as_described');
  });
  it('"说了不要紧" is no request', () => {
    expect(top('我说了不要紧，你们慢慢来')).not.toBe('not_as_described');
  });
});

describe('a short request is not read as praise', () => {
  it.each(['Tracking number please', 'Where my order'])('"%s" is not positive', (text) => {
    expect(analyze(text).sentiment).not.toBe('positive');
  });
});
