// Sentences invented for these tests (not from any dataset or written set): fresh wordings per
// kind of rule added for the third blind sentiment set's tuning half (sentiment-blind3.fixture.ts),
// with a control of the other polarity beside each kind, so a rule that only learned a row's
// words fails here.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const sent = (t: string): string => analyze(t).sentiment;
const cases = (rows: [string, string][]): void => {
  it.each(rows)('%s → %s', (t, s) => {
    expect(sent(t)).toBe(s);
  });
};

describe('a return that almost happened, "glad I didn\'t"', () => {
  cases([
    ['I nearly returned this twice. Glad I didn’t.', 'positive'],
    ['Was about to send it back, so happy I didn’t.', 'positive'],
    ['Returned it after two days.', 'negative'],
  ]);
});

describe('meta opener: "I don\'t usually write reviews, but…"', () => {
  cases([
    ["I don't normally leave reviews, but this speaker deserves one.", 'positive'],
    ["I don't usually write reviews, but this one broke in a week.", 'negative'],
  ]);
});

describe('an older unit that lasted years', () => {
  cases([
    [
      'Our old Kindle stopped working after seven years of daily use; bought this one without hesitation.',
      'positive',
    ],
    ['It stopped working after two weeks.', 'negative'],
  ]);
});

describe('what the old one never did (comparison in the product’s favour)', () => {
  cases([
    ['Fills the whole living room, something my last speaker never managed.', 'positive'],
    ['My last speaker never dropped out, this one drops out daily.', 'negative'],
  ]);
});

describe('"not the worst …, but close"', () => {
  cases([['Not the worst speaker I have owned, but close.', 'negative']]);
});

describe('function hedged by its frequency', () => {
  cases([
    ['Plays music fine, except when it doesn’t.', 'negative'],
    ['It works when it feels like it.', 'negative'],
    ['Plays music fine every time I ask.', 'positive'],
  ]);
});

describe('grudging praise and a shortfall from the advert', () => {
  cases([
    ['The picture is okay, I guess. Just not the way the video showed it.', 'negative'],
    ['The colour is not like the pictures at all.', 'negative'],
    ['The colour is exactly like the pictures.', 'positive'],
  ]);
});

describe('mock complaint', () => {
  cases([
    ['My only regret is that I didn’t get one sooner.', 'positive'],
    ['Biggest complaint: I did not buy the bigger size sooner.', 'positive'],
    ['My only complaint is that it stopped charging after a month.', 'negative'],
  ]);
});

describe('habitual use and buying more', () => {
  cases([
    ['My husband uses it every morning for the news.', 'positive'],
    ['Ordered another one for the office.', 'positive'],
    ['We used to use it every day until it broke.', 'negative'],
    ["I won't be ordering another one.", 'negative'],
  ]);
});

describe('a negated failure over a time span', () => {
  cases([
    ['Never had a dropout in eight months of streaming.', 'positive'],
    ['Dropouts every evening for months.', 'negative'],
  ]);
});

describe('a fear named, then denied', () => {
  cases([
    ['Thought it would be a gimmick; turns out we use it all day.', 'positive'],
    ['I thought it would work with my old TV.', 'negative'],
  ]);
});

describe('sarcasm: "Oh nice, …", praise under an absurd condition, "where has this been"', () => {
  cases([
    ['Oh nice, it ordered cat food on its own again.', 'negative'],
    ['Excellent assistant if you enjoy repeating every command.', 'negative'],
    ['Great if you like bass-heavy music.', 'positive'],
    ['Where has this been all my life?!', 'positive'],
  ]);
});

describe('Chinese: better than imagined, a fear overturned, a problem put right at once', () => {
  cases([
    ['实物比想象中的还要好看。', 'positive'],
    ['比预期好多了，很惊喜。', 'positive'],
    ['没有想象中好看。', 'negative'],
    ['原以为是噱头，用了以后发现真的很方便。', 'positive'],
    ['收到少了一个配件，客服当天就补发了，很满意。', 'positive'],
    ['收到少了一个配件，客服一直不处理。', 'negative'],
  ]);
});

describe('Chinese: superlative questions, "who says", thanks that mock', () => {
  cases([
    ['还有比这更划算的吗？', 'positive'],
    ['这也叫划算？', 'negative'],
    ['谁说外卖都不健康？这家就很清淡。', 'positive'],
    ['感谢店家让我见识了什么叫以次充好。', 'negative'],
    ['果然便宜没好货，用了一天就坏。', 'negative'],
  ]);
});

describe('Chinese: to one’s taste, cannot do without, the wrong model', () => {
  cases([
    ['这家的口味很合我胃口。', 'positive'],
    ['用了这个扫地机，家里已经离不开它了。', 'positive'],
    ['收到的和我买的不是同一款。', 'negative'],
    ['這家的口味很合我胃口。', 'positive'],
  ]);
});

// Kinds found after the checking half was opened (its held-out figure was measured first).
describe('opened half: elliptical verdicts, mockery, faint praise, a mess', () => {
  cases([
    ['The screen is lovely. The speaker, not so much.', 'negative'],
    ['Nice for podcasts. For movies, forget it.', 'negative'],
    ['Nice try, Google.', 'negative'],
    ['Good luck reaching anyone in the returns department.', 'negative'],
    ['Pretty colour. That is the only thing I can say for it.', 'negative'],
    ['The app is a mess and the speaker is fine.', 'negative'],
    ['Wonderful, another update that deletes my playlists.', 'negative'],
  ]);
});

describe('opened half: praise that lasted a while, stars for the box, "nothing but"', () => {
  cases([
    ['My son adored it for a week, then the screen went black.', 'negative'],
    ['Four stars for the delivery. The lamp itself barely lights the desk.', 'negative'],
    ['I was thrilled at first but it has been nothing but hassle.', 'negative'],
    ['It hears anything but my voice, and the alarm fails daily.', 'negative'],
  ]);
});

describe('opened half: positive idioms and rhetorical praise', () => {
  cases([
    ['I had doubts, but this little speaker won me over.', 'positive'],
    ['The camera is not perfect, but miles better than my last one.', 'positive'],
    ["It's simple and it works. What's there to complain about?", 'positive'],
    ['Does the job, nothing more, nothing less.', 'positive'],
    ['Two months in and not a single crash.', 'positive'],
    ['Was hoping for better battery life.', 'negative'],
  ]);
});

describe('opened half (Chinese): meant praise, the rival falls short, durability, 怎么会有这么…', () => {
  cases([
    ['本来想给五星的，结果第二天就漏水了。', 'negative'],
    ['试过好几家，都不如这家的好吃。', 'positive'],
    ['这家的不如别家的好吃。', 'negative'],
    ['从桌上掉下来好几次也没坏，很结实。', 'positive'],
    ['本来担心尺码不合适，结果穿上刚好。', 'positive'],
    ['本来以为很难装，结果五分钟就搞定了。', 'positive'],
    ['怎么会有这么好吃的蛋糕？', 'positive'],
    ['怎么会有这么难吃的蛋糕？', 'negative'],
    ['床垫软硬适中，睡得很香。', 'positive'],
    ['房间一股烟味，很闹心。', 'negative'],
    ['这本书很薄，但是干货满满。', 'positive'],
  ]);
});
