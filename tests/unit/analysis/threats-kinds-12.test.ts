// Probes for the kinds fixed from the tuning half of threat set 12 (threat-messages-11.fixture.ts):
// fresh wordings, none a row of any written set. Each kind has its threat and, where the new rule
// could over-reach, a message with the same words that threatens nothing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const flagsOf = (t: string): string[] => [...analyze(t).flags].sort();

const KINDS: [string, [string, string[]][]][] = [
  [
    'a problem in buyers’ words (shedding, a smell, claimed vs received) makes it a review threat',
    [
      ['毛衣掉毛掉得沙发上全是 不给换我就给差评', ['review_threat']],
      ['枕头一股刺鼻的味道，不处理我就打一星', ['review_threat']],
      ['写的是不锈钢 到手是铁的 不退我就差评', ['review_threat']],
      ['不退钱我就给差评', ['extortion']],
    ],
  ],
  [
    'the case told to everyone with no channel named',
    [
      ['杯子裂了三天没人管，这事我一定让所有人都知道。', ['review_threat']],
      [
        'The drone crashed on day one and you went silent. I will let every customer here know.',
        ['review_threat'],
      ],
      ['The rug is stained and support stopped replying. Yelp it is.', ['review_threat']],
      ['发货超快，我会让大家知道你们服务多好。', []],
      ["I'll let everyone know how helpful your team was!", []],
    ],
  ],
  [
    'a review venue named as where the case gets written up',
    [
      ['拉杆断了还要我出运费，那我就去评论区写清楚。', ['review_threat']],
      ['用着很好，那我就去评价区写个好评。', []],
    ],
  ],
  [
    'a review going live unless something changes',
    [
      [
        'The kettle leaks. My review is written and it goes up tomorrow if nobody calls me.',
        ['review_threat'],
      ],
      ['My review goes up tomorrow, thanks for the quick delivery!', []],
    ],
  ],
  [
    'shorthand for reviews (cp = 差评, hp = 好评) in a bargain',
    [
      ['红包给我发个两百 cp我马上删了', ['extortion']],
      ['给我转100 我就把cp改hp', ['extortion']],
    ],
  ],
  [
    'many accounts set to write bad reviews, any number',
    [
      ['不赔我双倍，我就用八个帐号给你们刷差评', ['extortion']],
      ['我有两个账号，都是用来买东西的。', []],
    ],
  ],
  [
    'an audience held up with a hint; a complaint joined to a bad review',
    [
      ['鞋子开胶了还不给退，我微博三千多粉丝呢，你们自己掂量。', ['platform_complaint']],
      ['我朋友圈几百人都说好看，谢谢老板。', []],
      ['发错货还不认，一星加举报等着吧。', ['platform_complaint', 'review_threat']],
    ],
  ],
  [
    'a card reversal (刷退) as the next step, not the seller’s refund asked about',
    [
      ['這週沒退款我就直接申請刷退。', ['platform_complaint']],
      ['請問刷退大概幾天會到帳？', []],
    ],
  ],
  [
    'the next message from a lawyer',
    [
      ['Still no refund. The next email you receive will come from my attorney.', ['legal_threat']],
      ['The next email I sent was from my work account, sorry about that.', []],
    ],
  ],
  [
    'a channel only asked about, or another person’s threat reported',
    [
      ['How does a PayPal dispute work? I just want to understand the process.', []],
      ['我同事买了别的东西，她说要去12315投诉，跟你们没关系哈。', []],
      ['我同事说你们发货挺快的，我就来买了。', []],
      ['再不退款我就去12315投诉。', ['platform_complaint']],
    ],
  ],
];

for (const [kind, probes] of KINDS) {
  describe(`threat set 12 kinds: ${kind}`, () => {
    it.each(probes)('%s', (text, want) => {
      expect(flagsOf(text)).toEqual([...want].sort());
    });
  });
}
