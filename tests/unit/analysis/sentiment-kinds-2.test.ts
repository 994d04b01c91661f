// Sentences invented for these tests (not from any dataset or written set): fresh wordings per
// kind of rule added for the second blind sentiment set's tuning half (sentiment-blind2.fixture.ts)
// and the Alexa tuning rows, so a rule that only learned a row's words fails here.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const sent = (t: string): string => analyze(t).sentiment;
const cases = (rows: [string, string][]): void => {
  it.each(rows)('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
};

describe('praise hoped for, fear before a surprise (irrealis)', () => {
  cases([
    ['We really wanted to like this doorbell.', 'negative'],
    ['It was supposed to be easy to pair.', 'negative'],
    ['I thought it would be great for the nursery.', 'negative'],
    ['I expected to hate the app, and now I use it daily.', 'positive'],
    ['I like this doorbell a lot.', 'positive'],
  ]);
});

describe('matching the listing, after a shortfall', () => {
  cases([
    ['Not as bright as advertised.', 'negative'],
    ['Bright, as advertised.', 'positive'],
  ]);
});

describe('an opening exclamation of praise before a recurring mishap', () => {
  cases([
    ['Oh perfect, the lights switched off by themselves again.', 'negative'],
    ['Oh great, it rebooted itself again.', 'negative'],
  ]);
});

describe('negating knowing, and being without it', () => {
  cases([
    ["I can't believe how clear the calls are.", 'positive'],
    ["Can't imagine our mornings without it.", 'positive'],
    ["Wouldn't want to be without it in the garage.", 'positive'],
    ["I can't believe how bad the mic is.", 'negative'],
  ]);
});

describe('a chore taken away', () => {
  cases([
    ['No more fumbling for the light switch in the dark.', 'positive'],
    ['No more working after the update.', 'negative'],
  ]);
});

describe('early days of use', () => {
  cases([
    ['Still exploring what it can do.', 'positive'],
    ["Haven't used it much", 'positive'],
    ['Still exploring it, but it already stopped working twice.', 'negative'],
  ]);
});

describe('Chinese negation scope', () => {
  cases([
    ['满意是不可能满意的', 'negative'],
    ['不冷不热刚刚好，舒服', 'positive'],
    ['不得不说，做得真好', 'positive'],
    ['不得不说，这家越来越难吃了', 'negative'],
    ['用了半年，没遇到任何故障', 'positive'],
    ['说是正品，结果是假货', 'negative'],
  ]);
});

describe('Chinese irony and the cold smile', () => {
  cases([
    ['真是“好”厉害，刚拆开就坏了', 'negative'],
    ['行吧🙂', 'negative'],
    ['Love it 🙂', 'positive'],
  ]);
});

describe('Chinese verdict idioms', () => {
  cases([
    ['有一点线头，能接受', 'positive'],
    ['后悔没有早点买这个锅', 'positive'],
    ['以后不会再买别的牌子了，就认这个', 'positive'],
    ['一口气看完了，写得真好', 'positive'],
    ['第一天就當機，很失望', 'negative'],
  ]);
});

// Kinds added after the checking half was opened (fresh wordings again).
describe('after the checking half was opened: English verdicts', () => {
  cases([
    ['Far from perfect, and the remote is flimsy.', 'negative'],
    ['The hub kept dropping, but the technician fixed it the same day.', 'positive'],
    ['The only complaint is the bright LED.', 'positive'],
    ['Tough to beat at this price.', 'positive'],
    ['I honestly cannot fault it.', 'positive'],
    ['Mushy bass; the replacement sounds great.', 'positive'],
    ['The replacement stopped working too.', 'negative'],
    ['Quit using my old radio since we got this.', 'positive'],
    ['Nice box, but I doubt I would buy it again.', 'negative'],
    ['Nice box, but I would not buy it again.', 'negative'],
    ['Ten stars for the seller, zero for the charger.', 'negative'],
    ['Regifted it after a week.', 'negative'],
    ['Why didn’t I get one of these years ago?', 'positive'],
  ]);
});

describe('after the checking half was opened: Chinese scope and memes', () => {
  cases([
    ['从来没用过这么难用的软件', 'negative'],
    ['从来没用过这么好用的锅', 'positive'],
    ['谁能拒绝这么甜的西瓜', 'positive'],
    ['这个价格还要什么自行车', 'positive'],
    ['内容很充实，收获很大', 'positive'],
    ['简直不要太好吃', 'positive'],
    ['唯一的缺点是有点重，其他都好', 'positive'],
  ]);
});

describe('the rest is fine (其他都…) after a minor complaint', () => {
  cases([
    ['米饭有点少，其他都挺好', 'positive'],
    ['包装一般，其他方面都不错', 'positive'],
    ['面有点坨了，其他都还行，但是汤是馊的', 'negative'],
    ['送得有点慢，不过是秒到的那种快', 'positive'],
  ]);
});

describe('a degree word glued to 好 inside a longer praise word, and the weather', () => {
  cases([
    ['有点贵，不过挺好看的', 'positive'],
    ['价格小贵，但是蛮好用的', 'positive'],
    ['大冷天的送来还是热乎的，谢谢', 'positive'],
  ]);
  it('keeps 太失望 a verdict with no cause', () => {
    const a = analyze('太失望了！');
    expect(a.sentiment).toBe('negative');
    expect(a.causes).toEqual([]);
  });
});
