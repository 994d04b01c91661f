// Probes for the kinds fixed from the tuning half of threat set 13 (threat-messages-12.fixture.ts):
// fresh wordings, none a row of any written set. Each kind has its threat and, where the new rule
// could over-reach, a message with the same words that threatens nothing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const flagsOf = (t: string): string[] =>
  [...analyze(t).flags].filter((f) => f !== 'safety' && f !== 'abusive').sort();

const KINDS: [string, [string, string[]][]][] = [
  [
    'a chat group or community the buyer belongs to is an audience (platform complaint)',
    [
      [
        '衣架断了好几个，再没人管，我就在我们小区的业主微信群组里把这家店挂出来。',
        ['platform_complaint'],
      ],
      [
        'Two of the lamps arrived smashed. If nobody replies I am sharing the whole story with our neighbourhood WhatsApp group.',
        ['platform_complaint'],
      ],
      ['我在我们公司的群组里推荐了你们家，同事都说好。', []],
      ['I shared your shop in our parents group because everyone loved the puzzles, thanks!', []],
    ],
  ],
  [
    'a bad review in translation-software words (不好的评价, under the orders, negative evaluation)',
    [
      ['收到的杯子是破的。如果你们不换，我会给一个不好的评价。', ['review_threat']],
      ['发来的充电器坏了，不退款我就在每个订单下面写清楚。', ['review_threat']],
      [
        'The blender is broken at arrival. If you do not exchange, I will give negative evaluation to the shop.',
        ['review_threat'],
      ],
      ['这个问题不好评价，我再用几天看看。', []],
    ],
  ],
  [
    'a legal step suggested by someone else and declined by the buyer is no threat',
    [
      ['我老公说可以去起诉，但我觉得没必要，换一个就行。', []],
      ["My brother says I should sue, but I don't think that's necessary. A refund is fine.", []],
      ['我老公说可以去起诉，再不退款我就真的起诉。', ['legal_threat']],
    ],
  ],
  [
    'a doubt of authenticity checked on the item is a stated problem (review threat, not extortion)',
    [
      ['收到的香水序列号对不上。不退我就给差评。', ['review_threat']],
      [
        'The serial number does not match the brand site. Refund me or I leave a one-star review.',
        ['review_threat'],
      ],
      ['不退钱我就给差评', ['extortion']],
    ],
  ],
  [
    'telling every other buyer, with no channel named, is a review threat',
    [
      [
        'The kettle leaks from the base. If this is not replaced I will make sure every buyer here knows.',
        ['review_threat'],
      ],
      ['I will make sure everyone knows how quick your delivery was!', []],
    ],
  ],
  [
    'several more units for free, traded for a review, is extortion',
    [
      ['Ship me three more for free and the review will be five stars.', ['extortion']],
      [
        'The mug arrived cracked. Please send another one, or I will leave a bad review.',
        ['review_threat'],
      ],
    ],
  ],
  [
    'a complaint to a body that someone else made is a story',
    [
      ['A customer reported you to the BBB last year, I read. Is the shop still open?', []],
      ['If you do not refund me I am reporting you to the BBB.', ['platform_complaint']],
    ],
  ],
];

// Kinds fixed after the checking half was opened (its held-out figure was measured first).
const OPENED_KINDS: [string, [string, string[]][]][] = [
  [
    'a named part that came off is a defect (review threat, not extortion)',
    [
      ['行李箱用了一次把手就掉下来了，不给换我就给差评。', ['review_threat']],
      ['价格掉了，不退差价我就给差评。', ['extortion']],
    ],
  ],
  [
    "a platform step's outcome told is a case decided",
    [
      ['平台介入的判决我收到了，没问题，谢谢。', []],
      ['再不发货我就申请平台介入。', ['platform_complaint']],
    ],
  ],
  [
    'advice of a lawyer laughed off is no threat',
    [['My dad said I should call a lawyer, which made me laugh. A new lid is all I need.', []]],
  ],
  [
    '"otherwise" before satisfaction means "apart from that"',
    [
      ['The strap is a bit short. Otherwise really pleased, will review after a week of use.', []],
      [
        'The strap snapped on day two. Replace it, otherwise I will leave a one-star review.',
        ['review_threat'],
      ],
    ],
  ],
];

for (const [kind, probes] of OPENED_KINDS) {
  describe(`threat set 13 kinds (checking half opened): ${kind}`, () => {
    it.each(probes)('%s', (text, want) => {
      expect(flagsOf(text)).toEqual([...want].sort());
    });
  });
}

for (const [kind, probes] of KINDS) {
  describe(`threat set 13 kinds: ${kind}`, () => {
    it.each(probes)('%s', (text, want) => {
      expect(flagsOf(text)).toEqual([...want].sort());
    });
  });
}
