// Sentences invented for these tests (not from any dataset or written set): one or two fresh
// wordings per kind of rule added for the blind sentiment set's tuning half and the datasets'
// tuning rows, so a rule that only learned a row's words fails here.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const sent = (t: string): string => analyze(t).sentiment;

describe('praise said through a negation', () => {
  it.each([
    ['I cannot recommend this charger enough.', 'positive'],
    ["Can't thank the seller enough for the quick swap.", 'positive'],
    ["I can't recommend this, it broke.", 'negative'],
    ['Could not be more pleased with it.', 'positive'],
    ['Could not be more frustrated with this router.', 'negative'],
    ["If you're on the fence, don't hesitate.", 'positive'],
    ['闭眼入，不会错', 'positive'],
    ['音质不亚于大牌耳机', 'positive'],
    ['没啥可挑剔的，下次还买', 'positive'],
  ])('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
});

describe('what the buyer will do next, or warns others of', () => {
  it.each([
    ["Don't be fooled by the glowing reviews.", 'negative'],
    ['Going to buy another for my office.', 'positive'],
    ["I won't buy another one.", 'negative'],
    ["Taste was okay but next time I'll shop elsewhere.", 'negative'],
  ])('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
});

describe('the listing matched or not', () => {
  it.each([
    ['实物跟图片上一模一样', 'positive'],
    ['和宣传的一致，很好', 'positive'],
    ['跟图片上不一样', 'negative'],
    ['闻着味道和专柜的差不多', 'positive'],
    ['专柜实在太贵了，这里便宜一半', 'positive'],
  ])('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });

  it('does not name a listing mismatch when the goods match it', () => {
    expect(analyze('实物跟图片上一模一样').causes.map((c) => c.cause)).not.toContain(
      'not_as_described',
    );
  });
});

describe('concessions: a fear or low hopes set up the verdict', () => {
  it.each([
    ['I was afraid it would be flimsy, but it feels solid.', 'positive'],
    ['Had low expectations, but this little speaker surprised me.', 'positive'],
    ['一开始担心尺码不对，结果穿着正好', 'positive'],
  ])('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
});

describe('a mild reservation after a "but" does not turn clear praise', () => {
  it.each([
    ['Love it, but the cord is a bit short.', 'positive'],
    ['Really nice speaker but the bass is weak.', 'positive'],
    ['Great speaker but it stopped working after a week.', 'negative'],
    ['Good sound but it is useless for anything else.', 'negative'],
  ])('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
});

describe('the rating told in the text', () => {
  it.each([
    ['Took off a star because the cord is short.', 'positive'],
    ['Four stars, the app is clunky.', 'positive'],
    ['Two stars, it barely works.', 'negative'],
  ])('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
});

describe('"though" either way round', () => {
  it('concedes when it opens a clause, turns when it closes one', () => {
    expect(sent('Nice screen, though the battery is weak.')).toBe('positive');
    expect(sent('Nice screen. The battery is weak though, and it runs hot.')).toBe('negative');
  });
});

describe('the buyer judging themselves, a fix, a minor gripe, faint praise', () => {
  it.each([
    ["I'm terrible with technology and it was still easy to set up.", 'positive'],
    ["Support fixed the glitches and now we're up and running.", 'positive'],
    ['My only gripe is the short cord; otherwise great.', 'positive'],
    ['The only thing that works is the clock.', 'negative'],
    ['Overpriced for what it does.', 'negative'],
  ])('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
});

describe('sarcasm scoped to its sentence', () => {
  it.each([
    ['Imagine the fun of pairing it again every single morning.', 'negative'],
    ['Lasted three days before it broke. Great quality.', 'negative'],
    ['Oh great, another firmware update that breaks the app.', 'negative'],
    ['Just great. The app crashed again.', 'negative'],
    ["It's just perfect for our bedroom.", 'positive'],
    ["Works well! Setup was quick. It's just perfect.", 'positive'],
  ])('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
});

describe('Chinese complaint structures', () => {
  it.each([
    ['等了半个月，也没给退款', 'negative'],
    ['No refund, no reply.', 'negative'],
    ['很明显不是新的', 'negative'],
    ['效果很明显', 'positive'],
    ['桃子又小又涩', 'negative'],
    ['用了半年续航大大缩短', 'negative'],
    ['这种服务真的无法忍受', 'negative'],
    ['只能说还行吧', 'negative'],
    ['好在客服处理得快，总体满意', 'positive'],
    ['汉堡做得那么小，好意思吗？', 'negative'],
    ['面条硬得咬不动', 'negative'],
    ['送得再快，难吃也白搭', 'negative'],
  ])('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
});

// Two batches of smart-speaker probes written for this work (the first shaped the rules; the
// second, written after, scored 12/15 at its first run and its three misses were lexical
// variants of kinds already there: managed without, can't stop asking, can't wait to add).
describe('enthusiasm said with negative words', () => {
  it.each([
    ['I have no idea how I lived without it.', 'positive'],
    ["I don't know what I'd do without it.", 'positive'],
    ['Not sure how we managed without one before.', 'positive'],
    ["My kids won't stop talking to it.", 'positive'],
    ["Our toddler can't stop asking it for songs.", 'positive'],
    ["The kids can't get enough of it.", 'positive'],
    ["Can't wait to add one to every room.", 'positive'],
    ["Can't wait to return this junk.", 'negative'],
    ["Don't know why I waited so long.", 'positive'],
    ["I never thought I'd use it this much.", 'positive'],
    ['Had a problem with setup but customer service walked me through it.', 'positive'],
    ["Honestly can't complain, it does the job.", 'positive'],
    ["It isn't fancy, but it does what I need it to.", 'positive'],
    ['Hard to believe how much it can do.', 'positive'],
  ])('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
});

describe('praise that is not meant', () => {
  it.each([
    ['Understands me maybe half the time.', 'negative'],
    ["Fine when it works, which isn't often.", 'negative'],
    ['Great when it works, which is rarely.', 'negative'],
    ["It's a glorified egg timer.", 'negative'],
    ['The screen is nice, everything else is a letdown.', 'negative'],
  ])('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
});

// A third batch (mild negatives of a smart speaker), written after the second: first run 15/20
// negatives and 4/5 positives; fixed by kind (a condition that concedes a drawback, praise given
// to something else, the device put away, praise limited to one use, praise of the idea only,
// praise in a counterfactual).
describe('mild negatives of a smart speaker', () => {
  it.each([
    ["It works, I suppose, if you don't mind repeating yourself three times.", 'negative'],
    ['Love Amazon, not this product.', 'negative'],
    ["I gave it a fair chance. It's going in a drawer.", 'negative'],
    ['Good for the weather and nothing else.', 'negative'],
    ['Great gift idea, terrible product.', 'negative'],
    ['Would be a great idea if it worked.', 'negative'],
    ['Pretty, but pretty useless.', 'negative'],
    ['Kept freezing, so I returned it.', 'negative'],
    ["It's small but mighty.", 'positive'],
    ['A little pricey, but worth every penny.', 'positive'],
  ])('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
});

// A batch of zh-Hans probes (takeaway and shopping) written for this work: first run 12/15
// negatives and 6/10 positives; fixed by kind (不比X差 compares like 不如, 倒是/一开始 concede, a
// double negation is faint praise, praise wished for is a complaint). 爱上了 was left out: as a
// praise term it cost one checking row of online_shopping, so 第一次点就爱上了 still fails.
describe('zh-Hans borderline verdicts', () => {
  it.each([
    ['一点也不比实体店的差', 'positive'],
    ['这次不比上次好吃', 'negative'],
    ['这个价位能买到这种质量，不亏', 'positive'],
    ['刚开始觉得有点贵，用了之后觉得值', 'positive'],
    ['包装倒是挺精致，里面的东西就呵呵了', 'negative'],
    ['想象中应该更好吃一点', 'negative'],
    ['要是价格更便宜就好了', 'negative'],
    ['比以前更好吃了', 'positive'],
    ['不是不能吃，就是没什么味道', 'negative'],
    ['商家态度挺好，可惜东西真不行', 'negative'],
    ['除了送得晚一点，别的都挺好', 'positive'],
  ])('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
});

describe('praise of a past state, and modal "must have"', () => {
  it.each([
    ['Loved it until the update broke the alarms.', 'negative'],
    ['It used to work with my lights, now nothing.', 'negative'],
    ['I used to work nights, and this helps me sleep.', 'positive'],
    ['This is a must have for any kitchen.', 'positive'],
    ['It must have been dropped in shipping.', 'negative'],
  ])('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
});

// Taiwan and Hong Kong review words (issue 9: the held-out Traditional rows fell to 0.80): 踩雷,
// 大推, CP值, 傻眼, 很扯, and Cantonese negation with 唔/冇.
describe('zh-Hant and Cantonese verdicts', () => {
  it.each([
    ['這家真的踩雷，超雷', 'negative'],
    ['沒有踩雷，很滿意', 'positive'],
    ['大推！CP值很高', 'positive'],
    ['傻眼，太扯了', 'negative'],
    ['好正，唔錯', 'positive'],
    ['唔好食，唔會再嚟', 'negative'],
    ['冇用，唔好買', 'negative'],
    ['給麻麻買的，她很喜歡', 'positive'],
  ])('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
});
