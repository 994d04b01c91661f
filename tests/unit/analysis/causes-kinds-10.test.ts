// Issue 9, blind set 10 (marketplace-style texts): one test per kind of tuning-half miss fixed in
// causes.ts and cause-words.ts. Sentences are invented for these tests (not rows of any set).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const top = (text: string): string | undefined => analyze(text).causes[0]?.cause;

describe('a failure while in use or a swelling battery is a defect', () => {
  it.each([
    ['电热毯用着用着就不热了 还一股焦味'],
    ['平板用了不到两个月电池就鼓包了'],
    ['行動電源用不到兩週就膨脹了'],
  ])('%s → quality', (text) => {
    expect(top(text)).toBe('quality');
  });
});

describe('a property measured against the buyer picture is the hope unmet', () => {
  it.each([['收纳盒做工没问题 就是比我想象中窄很多'], ['鍋子是好的 但比想像中重好多']])(
    '%s → expectation',
    (text) => {
      expect(top(text)).toBe('expectation');
    },
  );
  it('the buyer naming their own taste explains the taste words', () => {
    expect(top('这款酱太咸了 不太合我的口味')).toBe('expectation');
  });
  it('a story that is slow is the book, not the delivery', () => {
    expect(top('小说节奏太慢了 看到一半就放弃了')).not.toBe('logistics');
  });
});

describe('the photos or the order set against what came', () => {
  it.each([
    ['实物跟照片差太多 完全不是一个档次'],
    ['預訂的是海景房 到了給換成了山景房'],
    ['点的两份套餐 少送了一份饭'],
  ])('%s → not_as_described', (text) => {
    expect(top(text)).toBe('not_as_described');
  });
  it('agreement with the photos is not matched', () => {
    expect(top('实物跟照片差不多 就是用了三天就坏了')).toBe('quality');
  });
  it.each([
    ['The listing says waterproof but it fogged up inside after one rinse.'],
    ['Nice seller, quick shipping, but the lamp is not what was advertised at all.'],
  ])('%s → not_as_described', (text) => {
    expect(top(text)).toBe('not_as_described');
  });
});

describe('the courier conduct is the delivery; a promise unkept and a refund stalled are the service', () => {
  it('the courier named before a rude manner', () => {
    expect(top('快递员态度很差 电话里就吼我')).toBe('logistics');
  });
  it('the seller named before a rude manner stays the service', () => {
    expect(top('客服态度很差 问两句就吼人')).toBe('service');
  });
  it.each([['答应给我重发 过了五天还没动静'], ['前台说马上安排人来修 等了两个小时也没人来']])(
    '%s → service',
    (text) => {
      expect(top(text)).toBe('service');
    },
  );
  it('a refund stalled for weeks in English', () => {
    expect(top('Still waiting for my refund three weeks after the return was delivered.')).toBe(
      'service',
    );
  });
});

// Kinds fixed after blind10's checking half was opened (its held-out figure was taken before).
describe('opened checking half: listing claims in space-separated lines', () => {
  it.each([
    ['说是加厚款 收到是薄薄一层'],
    ['賣場照片是三件組 收到只有兩件'],
    ['寄来的是黑色 页面上明明是深蓝'],
    ['帐篷比图片上小一大圈'],
    ['买家秀跟卖家秀差了十万八千里'],
  ])('%s → not_as_described', (text) => {
    expect(top(text)).toBe('not_as_described');
  });
  it('what came agreeing with the claim is not matched', () => {
    expect(top('说是加厚款 收到确实很厚 就是用了两天拉链就坏了')).toBe('quality');
  });
});

describe('opened checking half: carriers, unboxing, seals', () => {
  it('a carrier that brought a dented box is the transit', () => {
    expect(top('黑貓送來紙箱都破了 裡面的杯子碎了')).toBe('logistics');
  });
  it('a defect found at unboxing is the goods', () => {
    expect(top('開箱就有刮痕 外箱完好')).toBe('quality');
  });
  it('a seal left open is the packing of the goods, not a dish left out', () => {
    expect(top('汤的封口没封好 漏了一袋子')).toBe('quality');
  });
});

describe('opened checking half: English hopes, own reasons, machine faults', () => {
  it('thinner than I would like is a hope unmet', () => {
    expect(top('The blanket is lighter than I hoped and not very cozy.')).toBe('expectation');
  });
  it("that's on me is the buyer's own reason, but a seller's blame reported is not", () => {
    expect(
      top(
        "The shoes are fine, I just ordered a style I end up not liking. That is fine, that's on me.",
      ),
    ).toBe('buyer_remorse');
    expect(top('The agent was rude and said it was my fault for ordering wrong.')).toBe('service');
  });
  it('a machine seizing up in a long review is the defect', () => {
    expect(
      top(
        'I wanted to love this mixer and it came quickly. After a week the gears seized up and it started making a grinding noise.',
      ),
    ).toBe('quality');
  });
});
