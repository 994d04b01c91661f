import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';

describe('conditional review threats (extortion)', () => {
  it.each([
    'If my money is not back today I am filing an A-to-z claim and leaving a 1 star review.',
    "If I don't get a refund I'm leaving a bad review.",
    'if you do not send a replacement by Friday I will post a one-star review',
    'If I never see my money again, I will write the worst review you have ever seen.',
    "If there's no refund by tomorrow, expect a 1-star rating from me.",
  ])('flags "%s"', (text) => {
    expect(analyze(text).flags).toContain('extortion');
  });

  it.each([
    "If the replacement doesn't work I will ask for a refund.",
    'I left a review because the item never arrived and I got no refund.',
    'If you can, please send the money back. The review I wrote is honest.',
    "I'm furious, there is no refund yet and nobody answers!!!",
    'If it is not fixed I will contact Amazon.',
  ])('does not flag "%s"', (text) => {
    expect(analyze(text).flags).not.toContain('extortion');
  });

  it('keeps the A-to-z claim as a platform complaint beside the extortion', () => {
    const a = analyze(
      'If my money is not back today I am filing an A-to-z claim and leaving a 1 star review.',
    );
    expect(a.flags).toEqual(expect.arrayContaining(['extortion', 'platform_complaint']));
    expect(a.causes[0]?.cause).toBe('extortion');
  });
});

const THREATS = ['extortion', 'review_threat', 'legal_threat'];
const threatens = (text: string): boolean => analyze(text).flags.some((f) => THREATS.includes(f));

describe('threats read by structure (imperative + or, keep … and see, bringing in a lawyer)', () => {
  it.each([
    'The lid cracked on day one. Replace it or my review will say exactly that.',
    'Keep stalling and you will see what review this order gets.',
    '屏幕有坏点，如果明天還沒有回覆，我就給一星評價',
    '我已经请了律师，下周你们会收到律师函',
    'Our attorney has the photos of the burnt plug.',
  ])('flags "%s"', (text) => {
    expect(threatens(text)).toBe(true);
  });

  it.each([
    'My sister is an attorney and she loves this bag.',
    '我老公是律师，他说这个包很耐用',
    'Replace the battery cover or the remote rattles, otherwise a fine product.',
    'Keep the box and see if the color suits you.',
  ])('does not flag "%s"', (text) => {
    expect(threatens(text)).toBe(false);
  });
});

describe('threat forms and channels of the fourth written set', () => {
  it.each([
    ['灯泡一开就闪，如果明天还不换，到时候别怪我给差评', 'review_threat'],
    ['买到的茶叶受潮了，不退就走着瞧，我会写进追评里', 'review_threat'],
    ['再拖着不发货，我就找媒体爆料', 'platform_complaint'],
    ['Stop dodging me or I am putting this on Facebook.', 'platform_complaint'],
  ])('"%s" → %s', (text, flag) => {
    expect(analyze(text).flags).toContain(flag);
  });

  it.each([
    '卖家让我去找平台，平台说找卖家，我该怎么办',
    '这台相机曝光不准，拍出来发白',
    '如果到时候还有货，我想再买一个',
  ])('"%s" raises no threat or complaint flag', (text) => {
    const f = analyze(text).flags;
    for (const x of ['review_threat', 'extortion', 'platform_complaint', 'legal_threat'])
      expect(f).not.toContain(x);
  });
});

describe('complaint channels read in their clause', () => {
  it.each([
    '之前在另一家店被骗，我去消协投诉过，你们这家还不错',
    '我表姐在工商局工作，说你们家口碑挺好',
    'I once opened a dispute against a different store; you have been great.',
    'My dad works for the Better Business Bureau and he loves this shop.',
  ])('does not flag a channel about someone else: "%s"', (text) => {
    expect(analyze(text).flags).not.toContain('platform_complaint');
  });

  it.each([
    '别家都给退了，你们不退我就打12315',
    '再不退款，我就去银行申请拒付',
    'Another seller refunded me in a day. If you do not, I will contact the BBB.',
  ])('still flags the buyer turning to a channel: "%s"', (text) => {
    expect(analyze(text).flags).toContain('platform_complaint');
  });

  it('reads a claim filed with a court as legal, not as a platform claim', () => {
    const a = analyze('Refund me or I am filing a claim at the district court.');
    expect(a.flags).toContain('legal_threat');
    expect(a.flags).not.toContain('platform_complaint');
  });
});

describe('review-for-money bargains in more wordings', () => {
  it.each([
    '转我三百，这个负评马上消失',
    '改负评可以，先转我两百块',
    'The one-star review comes down for $20.',
  ])('flags "%s" as extortion', (text) => {
    expect(analyze(text).flags).toContain('extortion');
  });

  it('lets the lawyer in by a causative verb', () => {
    expect(analyze('Ignore this again and I will have my attorney deal with it.').flags).toContain(
      'legal_threat',
    );
  });
});

describe('more channels', () => {
  it.each([
    "Unless I get a refund, I'll be contacting my bank to reverse the charge.",
    '要是再不回覆，我就向公平會檢舉',
    '不给换的话我就去快手发视频',
  ])('flags "%s" as a platform complaint', (text) => {
    expect(analyze(text).flags).toContain('platform_complaint');
  });
  it.each(['我去小红书发帖推荐你们家了', 'I called my bank to check the payment went through.'])(
    'does not flag "%s"',
    (text) => {
      expect(analyze(text).flags).not.toContain('platform_complaint');
    },
  );
  it('reads a review bumped for store credit as a bargain', () => {
    expect(analyze("Give me $50 store credit and I'll bump my review to 5 stars").flags).toContain(
      'extortion',
    );
  });
});
