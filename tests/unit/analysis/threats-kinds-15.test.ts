// Probes for issue 9's "flags that help, not accuse" (real-problem.ts): a threat from a buyer who
// states a real problem, read from the message's structure rather than from a list of faults, is a
// review threat; one without a problem (or with money beyond a remedy, or a professional reviewer)
// stays extortion. Fresh wordings, none a row of any written set; each kind has its review threat
// and a message with the same parts that stays extortion.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const flagsOf = (t: string): string[] =>
  [...analyze(t).flags].filter((f) => f !== 'safety' && f !== 'abusive').sort();

const KINDS: [string, [string, string[]][]][] = [
  [
    'a verb with the resultative 错/反/歪 (印错了, 装反了) is a fault of the work done',
    [
      ['蛋糕上的名字写错了，不给我重做我就给差评。', ['review_threat']],
      ['窗帘的挂钩全装反了，不处理我就去写追评。', ['review_threat']],
      ['杯子上刻錯了兩個字母，不重做的話我就給負評。', ['review_threat']],
      // a mistake feared, not made, and the word 不错 ("not bad"): no problem
      ['千万别写错名字，不给我返现二十我就给差评。', ['extortion']],
      ['东西还不错，不给我返二十块我就给差评。', ['extortion']],
    ],
  ],
  [
    "the item's function denied with emphasis (根本不保温, 完全不吸水) is a fault told",
    [
      ['这个保温杯根本不保温，倒进去的热水两小时就凉了，不退我就给一星。', ['review_threat']],
      ['毛巾完全不吸水，擦完身上还是湿的。不換我就留負評。', ['review_threat']],
      // the buyer's own non-use and "no problem at all" are no fault
      ['东西我根本没用，先给我返现，不然我就给差评。', ['extortion']],
      ['东西完全没问题，但不给我返现我就给差评。', ['extortion']],
    ],
  ],
  [
    'a change soon after the start of use (才穿两次就…, 剛買就…) is a fault told',
    [
      ['这双鞋才穿了两次，鞋面就起皱成一道一道的，不给换我就差评。', ['review_threat']],
      ['檯燈剛裝好一週就忽亮忽不亮，不處理我就給一顆星。', ['review_threat']],
      // a quick delivery is no fault
      ['才三天就到了，挺快的，不过不给我返十块我就给差评。', ['extortion']],
    ],
  ],
  // Kinds found when the checking half was opened (after its one held-out measurement).
  [
    'opened: a change after a span of use (用了两个月就…), a state that keeps going (一直…)',
    [
      ['沙发坐了两个月，扶手就往外歪了，不给修我就给差评。', ['review_threat']],
      ['水龍頭裝好以後一直滴個不停，不處理的話我就給負評。', ['review_threat']],
      // a liking after a week, a review that stays up and the buyer's loyalty are no fault
      ['用了一周就爱上了，不过不给我返二十我就给差评。', ['extortion']],
      ['我一直在你家买东西，这次不给我返五十，我就给差评。', ['extortion']],
      ['不给我返一百，否则差评一直挂着。', ['extortion']],
    ],
  ],
  [
    'opened: English, a change already under way ("the paint is already chipping")',
    [
      [
        'Two weeks in and the paint is already chipping off the frame. Fix it or I leave one star.',
        ['review_threat'],
      ],
      ["It's already shipping? Great. Now pay me $20 or I leave one star.", ['extortion']],
    ],
  ],
  [
    'English: a result done wrong (printed crooked, misspelled) or a promise against what came',
    [
      [
        'The name on the mug is misspelled. Fix it or I will leave a one-star review.',
        ['review_threat'],
      ],
      [
        'The sticker was printed off-centre on every box. Reprint them or I post a bad review.',
        ['review_threat'],
      ],
      [
        'The bulbs were advertised at 1600 lumens; they barely light the hall. Refund me or I leave one star.',
        ['review_threat'],
      ],
      [
        "Out of 12 glasses in the set, only 9 were usable. Replace them or I'm writing a bad review.",
        ['review_threat'],
      ],
      // nothing wrong told: the bargain stays extortion
      ['Everything arrived as advertised. Pay me $30 or I leave a one-star review.', ['extortion']],
    ],
  ],
  [
    'a clearly negative clause outside the threat (the sentiment scorer) is a real problem',
    [
      ['质量太差了，用着特别失望。不退款的话我就给差评。', ['review_threat']],
      [
        'Honestly the worst purchase I have made this year. Refund me or a one-star review goes up.',
        ['review_threat'],
      ],
      // the demand itself (退, refund) and mild words (有点小问题) are not a clear complaint
      ['你先退我一半的钱，不退我就给差评。', ['extortion']],
      ['有点小问题，退款不用了，你再免费寄三件给我，不然我就写差评。', ['extortion']],
      // an insult is anger at the seller, not a problem of the goods
      ['你们这群废物，不给我返五十我就给差评。', ['extortion']],
      // a price that moved is the buyer's regret, not a fault
      ['才买两天就降价这么多，太坑了，不退差价我就给一星。', ['extortion']],
    ],
  ],
  [
    'problem words only in the quoted content of the threatened review are not a problem stated',
    [
      ['不给我打八折，我就在评价里写“做工粗糙、一洗就褪色”。', ['extortion']],
      ['Give me 40% off or my review will say "flimsy, cheap and broke in a week".', ['extortion']],
    ],
  ],
  [
    'money beyond a refund and a professional reviewer stay extortion with a real problem',
    [
      ['杯子裂了，退款之外再补偿我五百块，不然我就给差评。', ['extortion']],
      ['我是职业差评师，衣服掉色严重，不给我三百我就给差评。', ['extortion']],
    ],
  ],
];

for (const [kind, probes] of KINDS) {
  describe(`real problem kinds: ${kind}`, () => {
    it.each(probes)('%s', (text, want) => {
      expect(flagsOf(text)).toEqual([...want].sort());
    });
  });
}
