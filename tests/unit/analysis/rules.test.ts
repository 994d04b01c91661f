// Sentences below are invented for these tests (not taken from any dataset).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const sent = (text: string, rating?: number): string =>
  analyze(text, rating === undefined ? undefined : { rating }).sentiment;
const top = (text: string): string | undefined => analyze(text).causes[0]?.cause;

describe('minor complaint after 就是/只是/"only thing" (soft contrast)', () => {
  it.each([
    ['饺子很好吃，分量很足，就是皮有点厚', 'positive'],
    ['衣服很漂亮，穿着也舒服，只是稍微有点长', 'positive'],
    ['衣服很漂亮，穿著也舒服，只是稍微有點長', 'positive'],
    ['Great little speaker, sounds good. Only thing is the cable is a bit short.', 'positive'],
  ])('%s → %s', (text, s) => {
    expect(sent(text)).toBe(s);
  });

  it('still lets a real "but" carry a serious complaint', () => {
    expect(sent('外观挺好看的，但是用了三天就坏了')).toBe('negative');
  });
});

describe('downtoners (有点/稍微/a bit) soften the next term', () => {
  it('scores 有点贵 weaker than 太贵', () => {
    const mild = analyze('价格有点贵，效果很好');
    expect(mild.sentiment).toBe('positive');
    expect(sent('价格太贵')).toBe('negative');
  });
});

describe('double negation and verdicts', () => {
  it.each([
    ['用了一个月，没毛病', 'positive'],
    ['做工挑不出毛病', 'positive'],
    ['質量沒得說', 'positive'],
    ['东西还行吧，也就那样，不会回购', 'negative'],
    ['总的来说还不错，下次还会再点', 'positive'],
    ['送餐快点就更好了', 'negative'],
  ])('%s → %s', (text, s) => {
    expect(sent(text)).toBe(s);
  });
});

describe('English rules', () => {
  it.each([
    ['Love it', 'positive'],
    ['works great', 'positive'],
    ['很好', 'positive'],
    ['Does the job, no regrets.', 'positive'],
    ["I haven't had any problem with it.", 'positive'],
    ['The battery runs down in a few hours.', 'negative'],
    ['Save your money, this thing is a joke.', 'negative'],
    ['Would not buy again.', 'negative'],
  ])('%s → %s', (text, s) => {
    expect(sent(text)).toBe(s);
  });
});

describe('star rating decides when the text is weak', () => {
  it('follows the stars for a weak or empty text signal', () => {
    expect(sent('收到了，还没用', 5)).toBe('positive');
    expect(sent('收到了，还没用', 1)).toBe('negative');
    expect(sent('有点慢', 5)).toBe('positive');
    expect(sent('Arrived on Tuesday.', 4)).toBe('positive');
  });

  it('lets a clearly disagreeing text win', () => {
    expect(sent('质量太差了，用了两天就坏了，非常失望', 5)).toBe('negative');
    expect(sent('Absolutely love it, works perfectly!', 1)).toBe('positive');
  });
});

describe('causes: food delivery conventions', () => {
  it.each([
    ['等了两个多小时才送到，饭都凉透了', 'logistics'],
    ['送的有点慢，饭也凉了', 'logistics'],
    ['菜是剩的，味道很怪，难以入口', 'quality'],
    ['点了三份饭，居然没有任何餐具', 'quality'],
    ['說了不要香菜，結果還是放了一大把', 'not_as_described'],
    ['备注了不要辣，结果辣得要命，太失望了', 'not_as_described'],
  ])('%s → %s', (text, cause) => {
    expect(top(text)).toBe(cause);
  });
});

describe('causes: electronics, books and hotels', () => {
  it.each([
    ['手机待机太短了，一天要充三次电', 'expectation'],
    ['这个路由器老是连不上，很不好用', 'expectation'],
    ['买了半年坏了，找售后说不给保修，推来推去', 'service'],
    ['房间设施陈旧，卫生也很差', 'quality'],
    ['这本书内容空洞，东拼西凑，不值这个价', 'expectation'],
    ['The hinge cracked after a month, poorly made.', 'quality'],
    ['The battery runs down quickly and it is too quiet to hear.', 'expectation'],
    ['It was supposedly new but clearly a refurbished unit.', 'not_as_described'],
  ])('%s → %s', (text, cause) => {
    expect(top(text)).toBe(cause);
  });

  it('does not take "store" or "phone" for customer service', () => {
    expect(top("Can't store more than ten contacts on this phone, very limited.")).not.toBe(
      'service',
    );
  });
});
