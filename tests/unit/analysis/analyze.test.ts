import { describe, expect, it } from 'vitest';
import { analyze, detectLanguage, extractFacts } from '../../../lib/analysis';
import { CAUSES } from '../../../lib/analysis/types';
import { FLAG_MESSAGES } from './flag-messages.fixture';

const top = (text: string): string | undefined => analyze(text).causes[0]?.cause;
const causeIds = (text: string): string[] => analyze(text).causes.map((c) => c.cause);

describe('language', () => {
  it.each([
    ['质量很好，物流也快', 'zh-Hans'],
    ['質量很好，物流也快', 'zh-Hant'],
    ['東西收到了', 'zh-Hant'],
    ['东西收到了', 'zh-Hans'],
    ['好评', 'zh-Hans'],
    ['不错', 'zh-Hans'],
    ['很好很好', 'zh-Hans'], // script-neutral Chinese counts as Simplified
    ['iPhone 15 Pro Max 的电池续航太差了😡', 'zh-Hans'],
    ['AirPods Pro 收到就壞了，客服不理人', 'zh-Hant'],
    ['hen hao, zhi liang bu cuo 质量不错', 'zh-Hans'],
    ['The Echo Dot stopped working after a week.', 'en'],
    ['ok', 'en'],
    ['Great!!! 👍', 'en'],
    ['El producto llegó roto y nadie me responde.', 'other'],
    ['Es perfecto, me encanta.', 'other'],
    ['商品が届きません', 'other'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
    expect(analyze(text).language).toBe(lang);
  });
});

describe('sentiment', () => {
  it.each([
    ['物流很快，质量很好，五星好评', 'positive'],
    ['太难吃了，再也不点了', 'negative'],
    ['不是很满意', 'negative'],
    ['没有破损，包装很好', 'positive'],
    ['質量很差，非常失望', 'negative'],
    ['東西不錯，很喜歡', 'positive'],
    ['Works great, fast shipping!', 'positive'],
    ['not good at all', 'negative'],
    ['Not bad for the price.', 'positive'],
    ["It doesn't work.", 'negative'],
    ['看起来不错，但是用了两天就坏了', 'negative'],
    ['The screen is nice but it stopped working after a week.', 'negative'],
    ['虽然有点贵，但是效果真的很好', 'positive'],
    ['👍👍👍', 'positive'],
  ])('%s → %s', (text, sentiment) => {
    expect(analyze(text).sentiment).toBe(sentiment);
  });

  it('uses the rating when the text says nothing', () => {
    expect(analyze('收到了', { rating: 1 }).sentiment).toBe('negative');
    expect(analyze('收到了', { rating: 5 }).sentiment).toBe('positive');
  });

  it('lets the text win over a disagreeing rating', () => {
    expect(analyze('The parcel was lost and never arrived.', { rating: 4 }).sentiment).toBe(
      'negative',
    );
    expect(analyze('包裹丢了，一直没收到', { rating: 5 }).sentiment).toBe('negative');
    expect(analyze('Excellent, works perfectly, highly recommend!', { rating: 2 }).sentiment).toBe(
      'positive',
    );
  });

  it('keeps empty input neutral', () => {
    const a = analyze('');
    expect(a.sentiment).toBe('neutral');
    expect(a.causes).toEqual([]);
    expect(a.flags).toEqual([]);
  });
});

describe('anger', () => {
  it('is 0 for a calm positive review', () => {
    expect(analyze('东西很好，谢谢').anger).toBe(0);
  });
  it('is low for a plain complaint and high for shouting and insults', () => {
    const plain = analyze('物流有点慢').anger;
    expect(plain).toBeGreaterThanOrEqual(1);
    expect(plain).toBeLessThanOrEqual(1);
    expect(analyze('气死我了！！！垃圾东西').anger).toBe(3);
    expect(analyze('THIS IS A TOTAL SCAM!!! WORST SELLER EVER').anger).toBe(3);
    expect(analyze('垃圾商家，骗子').anger).toBe(3);
  });
  it('grows with markers', () => {
    expect(analyze('质量太差了！！！').anger).toBeGreaterThan(analyze('质量太差了').anger);
  });
});

describe('causes', () => {
  it('puts the clause after "but" first (contrast)', () => {
    expect(top('质量还行但是物流太慢')).toBe('logistics');
    expect(top('質量還行，但是物流太慢了')).toBe('logistics');
    expect(top('Shipping was fast but the charger stopped working after two days.')).toBe(
      'quality',
    );
    expect(top('物流很快，不过客服态度太差了')).toBe('service');
  });

  it('ignores negated problems', () => {
    expect(causeIds('没有破损，物流很快，很满意')).toEqual([]);
    expect(causeIds('Not broken, arrived on time, love it')).toEqual([]);
    expect(top('不是质量问题，是快递太慢了')).toBe('logistics');
  });

  it('finds several causes in one text', () => {
    const ids = causeIds('快递太慢了，等了一个星期，而且收到就坏了，客服也不回复');
    expect(ids).toContain('logistics');
    expect(ids).toContain('quality');
    expect(ids).toContain('service');
  });

  it('gives no cause to a positive review', () => {
    expect(analyze('fast shipping, great quality').causes).toEqual([]);
    expect(analyze('物流快，质量好，客服态度也好').causes).toEqual([]);
  });

  it.each([
    ['味道太难吃了，还有头发', 'quality'],
    ['送了两个小时，饭菜都凉了', 'logistics'],
    ['颜色和图片不一样，有色差', 'not_as_described'],
    ['发错货了，我要的是黑色', 'not_as_described'],
    ['客服态度差，问什么都不理人', 'service'],
    ['用了一个月没什么效果', 'expectation'],
    ['刚买就降价了，买贵了', 'buyer_remorse'],
    ['The package never arrived and tracking has been stuck for weeks.', 'logistics'],
    ['Customer service was rude and refused my return.', 'service'],
    ['Wrong size, not as described.', 'not_as_described'],
    ['Too hard to set up and Alexa never understands me.', 'expectation'],
    ['Price dropped a week after I bought it.', 'buyer_remorse'],
    ['It arrived broken and the screen is cracked.', 'quality'],
  ])('%s → %s', (text, cause) => {
    expect(top(text)).toBe(cause);
  });

  it('gives evidence that are exact substrings of the input', () => {
    for (const text of [
      '質量還行，但是物流太慢了',
      'The CHARGER Stopped Working and Customer Service was RUDE!!!',
      '客服態度很差，東西也壞了😡',
      'ＡＢＣ全角字母，质量太差',
    ]) {
      const a = analyze(text);
      expect(a.causes.length).toBeGreaterThan(0);
      for (const c of a.causes) {
        expect(CAUSES).toContain(c.cause);
        for (const e of c.evidence) expect(text).toContain(e);
      }
    }
  });

  it('lists causes best first', () => {
    const cs = analyze('物流慢，而且坏了，坏得很彻底，质量太差，做工粗糙').causes;
    for (let i = 1; i < cs.length; i++)
      expect(cs[i - 1]!.score).toBeGreaterThanOrEqual(cs[i]!.score);
    expect(cs[0]!.cause).toBe('quality');
  });
});

describe('flags', () => {
  it.each([
    ['不退款就给差评', ['extortion']],
    ['不退款就給差評', ['extortion']],
    ['Refund me or I will leave a 1-star review.', ['extortion']],
    ['I will update my feedback once you refund me.', ['extortion']],
    ['我要找律师起诉你们', ['legal_threat']],
    ['I will sue you.', ['legal_threat']],
    ['我要打12315投诉', ['platform_complaint']],
    ['Filing an A-to-z claim today.', ['platform_complaint']],
    ['你们这些骗子', ['abusive']],
    ['You idiots sent the wrong item', ['abusive']],
  ])('%s → %j', (text, flags) => {
    expect(analyze(text).flags).toEqual(flags);
  });

  it('does not flag angry messages without threats', () => {
    for (const text of [
      '气死了！！！快递三天了还没到！！！',
      '太垃圾了，我要退款',
      'I want my money back, this is the worst purchase ever!!!',
      'I left a 1 star review because it broke.',
      '差評！再也不買了',
    ]) {
      const flags = analyze(text).flags;
      expect(flags).not.toContain('extortion');
      expect(flags).not.toContain('legal_threat');
    }
  });

  it('meets the threat targets on the written fixture', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const m of FLAG_MESSAGES) {
      const got = analyze(m.text).flags.some((f) => f === 'extortion' || f === 'legal_threat');
      const want = m.flags.some((f) => f === 'extortion' || f === 'legal_threat');
      if (got && want) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    expect(FLAG_MESSAGES.length).toBeGreaterThanOrEqual(40);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.9);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.85);
  });

  it('adds an extortion cause when the buyer trades the review for money without a real problem', () => {
    expect(causeIds('不退款就给差评')).toContain('extortion');
  });

  it('reads a threat from a buyer with a real problem as a review threat, not extortion', () => {
    const a = analyze('东西坏了，不退款就给差评');
    expect(a.flags).toContain('review_threat');
    expect(a.flags).not.toContain('extortion');
    expect(causeIds('东西坏了，不退款就给差评')).not.toContain('extortion');
    expect(a.threat).toMatchObject({ kind: 'review_threat', problem: ['quality'], signals: [] });
  });
});

describe('facts', () => {
  it('extracts order ids', () => {
    const f = extractFacts(
      'Order 123-1234567-1234567 and 订单号 123456789012345678，另一个 1234567890123456789',
    );
    expect(f.orderIds).toEqual([
      '123-1234567-1234567',
      '123456789012345678',
      '1234567890123456789',
    ]);
    expect(extractFacts('电话 13800138000').orderIds).toEqual([]);
  });

  it('extracts amounts with currency', () => {
    const f = extractFacts('花了¥299，退了50元，另外 $19.99 和 €5 还有 £12.50，共 30块');
    expect(f.amounts.map((a) => [a.value, a.currency])).toEqual([
      [299, 'CNY'],
      [19.99, 'USD'],
      [5, 'EUR'],
      [12.5, 'GBP'],
      [50, 'CNY'],
      [30, 'CNY'],
    ]);
    expect(extractFacts('It cost 45 USD.').amounts[0]).toMatchObject({
      value: 45,
      currency: 'USD',
    });
  });

  it('extracts dates', () => {
    expect(extractFacts('2024-03-05 下单，3月10日才到').dates).toEqual(['2024-03-05', '3月10日']);
    expect(extractFacts('Ordered on March 3, 2024, arrived 04/15/2024').dates).toEqual([
      'March 3, 2024',
      '04/15/2024',
    ]);
  });

  it('finds product mentions (best effort)', () => {
    expect(extractFacts('买的 iPhone 15 Pro 屏幕有划痕').products).toContain('iPhone 15 Pro');
    expect(extractFacts('My new Echo Dot keeps disconnecting.').products).toContain('Echo Dot');
    expect(extractFacts('《三体》印刷太差').products).toContain('三体');
  });

  it('is part of analyze()', () => {
    expect(analyze('订单 123-1234567-1234567 退款 $20').facts.orderIds).toEqual([
      '123-1234567-1234567',
    ]);
  });
});

describe('flags and the rest of the analysis', () => {
  it('marks a threat as negative and angry even when it is worded politely', () => {
    const a = analyze('If you do not refund me I will leave negative feedback.');
    expect(a.flags).toContain('extortion');
    expect(a.sentiment).toBe('negative');
    expect(a.anger).toBeGreaterThanOrEqual(2);
  });

  it('gives the extortion cause the threatening words as evidence', () => {
    const text = '东西还行。退款！不然我马上给差评';
    const hit = analyze(text).causes.find((c) => c.cause === 'extortion');
    expect(hit).toBeDefined();
    expect(hit!.evidence.length).toBe(1);
    expect(text).toContain(hit!.evidence[0]!);
    expect(hit!.evidence[0]).toContain('差评');
  });

  it('reads Traditional threats', () => {
    expect(analyze('要麼退款，要麼差評，你自己選').flags).toContain('extortion');
    expect(analyze('你們要是不退款，我就去消保官投訴').flags).toEqual(['platform_complaint']);
  });
});
