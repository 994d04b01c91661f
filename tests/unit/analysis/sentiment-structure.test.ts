// Sentences below are invented for these tests (not taken from any dataset).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { scoreText } from '../../../lib/analysis/sentiment';

const sent = (text: string): string => analyze(text).sentiment;
const total = (text: string): number => scoreText(text).total;

describe('question marks', () => {
  it('counts a run of question marks once', () => {
    expect(total('Why is this so slow???')).toBeCloseTo(total('Why is this so slow?'), 5);
  });

  it('ignores an ASCII "?" glued to a Han character (a lost emoji), not a full-width ？', () => {
    expect(sent('面膜很好用?????')).toBe('positive');
    expect(sent('麵膜很好用??')).toBe('positive');
    expect(total('外卖怎么还没到？')).toBeLessThan(total('外卖怎么还没到?'));
  });

  it('keeps an ASCII "?" after a question particle', () => {
    expect(total('这是正品吗?')).toBeLessThan(total('这是正品'));
  });
});

describe('comparative negation (不如…, 没有…那么…)', () => {
  it.each([
    ['这次不如上次好吃', 'negative'],
    ['這次不如上次好吃', 'negative'],
    ['没有传说中那么好吃', 'negative'],
    ['沒有想象中的好用', 'negative'],
    ['从来没见过这么差的服务', 'negative'],
  ])('%s → %s', (text, s) => {
    expect(sent(text)).toBe(s);
  });
});

describe('food-delivery complaints', () => {
  it.each([
    ['不是一般的慢，饭都凉了', 'negative'],
    ['等了两个钟头，终于送到了', 'negative'],
    ['粥很好喝，就吃这一次吧，以后不会再点了', 'negative'],
    ['以後不會再來了', 'negative'],
    ['卷饼里好多肥肉', 'negative'],
    ['怎么这么慢', 'negative'],
    ['慢到让人怀疑人生', 'negative'],
  ])('%s → %s', (text, s) => {
    expect(sent(text)).toBe(s);
  });

  it('does not read 凉皮 or 好多 by themselves as complaints', () => {
    expect(sent('凉皮很好吃，好多人推荐')).toBe('positive');
    expect(sent('比上次好多了')).toBe('positive');
  });

  it('treats 是不是/是否 as a question, not a negation', () => {
    expect(sent('不知道是不是假货')).toBe('negative');
  });

  it('does not count 不能吃辣 (a personal limit) as a complaint', () => {
    expect(sent('味道很好，不能吃辣的记得备注')).toBe('positive');
  });
});

describe('English idioms', () => {
  it.each([
    ["Setup couldn't have been simpler.", 'positive'],
    ["I can't live without it.", 'positive'],
    ["What's not to like?", 'positive'],
    ['You would never know it was refurbished.', 'positive'],
    ['Everything I expected and more.', 'positive'],
    ['Better than I expected.', 'positive'],
    ["You can't beat the price.", 'positive'],
    ['I use it for timers and the weather every morning.', 'positive'],
    ['These earbuds fit very well.', 'positive'],
    ['Five star product.', 'positive'],
    ['My old phone held a charge much better than this.', 'negative'],
    ["Don't make the same mistake I did.", 'negative'],
    ['No instructions in the box.', 'negative'],
  ])('%s → %s', (text, s) => {
    expect(sent(text)).toBe(s);
  });
});

describe('cosmetics and shopping phrases that hide a misleading substring', () => {
  it.each([
    ['还没用，应该不错吧', 'positive'],
    ['還沒用，物流很快', 'positive'],
    ['用着不过敏，很温和', 'positive'],
    ['用著不過敏，很溫和', 'positive'],
    ['慢慢用，挺适合我的皮肤', 'positive'],
    ['实物与图片相符，和专柜一样', 'positive'],
    ['一直用这个牌子，趁活动囤点', 'positive'],
    ['这瓶真是没用，擦了等于没擦', 'negative'],
    ['感觉也就那么回事', 'negative'],
    ['房间有点旧，设施也很旧', 'negative'],
  ])('%s → %s', (text, s) => {
    expect(sent(text)).toBe(s);
  });

  it('names a cause for a lukewarm verdict', () => {
    expect(analyze('用了一周，感觉也就那么回事').causes[0]?.cause).toBe('expectation');
  });
});

describe('"but" is a contrast, not a complaint by itself', () => {
  it('lets the clause after "but" decide without an extra penalty', () => {
    // Only the weight of "fine" before the contrast remains (0.8 × 0.6).
    expect(total('It is fine, but')).toBeGreaterThan(0);
    expect(sent('The sound is fine, but the app is useless.')).toBe('negative');
    expect(sent('Looks nice but it stopped working after a week.')).toBe('negative');
  });
});

describe('很少 + a problem reads as "rarely"', () => {
  it.each([
    ['速度不错，很少死机', 'positive'],
    ['速度不錯，很少當機也很少卡顿', 'positive'],
    ['分量很少', 'negative'],
  ])('%s → %s', (text, s) => {
    expect(sent(text)).toBe(s);
  });
});

describe('English fixes and usage', () => {
  it.each([
    ['Tech support fixed the issue within an hour, fortunately.', 'positive'],
    ['A big step up from my old speaker.', 'positive'],
    ['I had to reset it and start from scratch, then it worked great.', 'positive'],
  ])('%s → %s', (text, s) => {
    expect(sent(text)).toBe(s);
  });
});

describe('"the only good thing" concedes', () => {
  it.each([
    ['饭送到都凉了，味道也一般，唯一好的就是包装很精致', 'negative'],
    ['鞋子很舒服，做工也好，唯一的缺点是有点贵', 'positive'],
    ['It drops every call. The only good thing is the price.', 'negative'],
  ])('"%s" is %s', (text, want) => {
    expect(analyze(text).sentiment).toBe(want);
  });
});

describe('a wish after "but" is a minor complaint in a positive review', () => {
  it.each([
    'It is very handy, but I wish the speaker were a little louder.',
    'Great little clock, but sometimes it mishears the alarm time.',
  ])('"%s" stays positive', (text) => {
    expect(analyze(text).sentiment).toBe('positive');
  });

  it('a real complaint after "but" still decides', () => {
    expect(analyze('It looks nice, but it stopped working after a week.').sentiment).toBe(
      'negative',
    );
  });
});

describe('a "but" that turns to praise someone else', () => {
  it.each([['饺子很难吃，不过骑手很准时'], ['面条一般般，但是包装很用心']])(
    'keeps the verdict on the goods: %s',
    (text) => {
      expect(sent(text)).toBe('negative');
    },
  );
  it('still lets a "but" about the goods decide', () => {
    expect(sent('送餐有点慢，不过饭菜很好吃')).toBe('positive');
  });
  it('keeps a complaint after the turn as a complaint', () => {
    expect(sent('菜还可以，但是送餐太慢了')).toBe('negative');
  });
});

describe('praise idioms that look like complaints', () => {
  it.each([
    ['Should have bought it sooner!'],
    ['Three in the house already. Need I say more?'],
    ['Never disappoints.'],
    ['It does not disappoint.'],
  ])('%s → positive', (text) => {
    expect(sent(text)).toBe('positive');
  });
  it('keeps a real disappointment negative', () => {
    expect(sent('This speaker will disappoint you.')).toBe('negative');
  });
});
