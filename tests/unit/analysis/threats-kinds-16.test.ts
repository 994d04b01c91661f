// Probes for the kinds fixed on the sixteenth threat set's tuning half (threat-messages-15): the
// line between a review threat, extortion and a plain complaint, and channels in new wordings.
// Fresh sentences, none a row of any written set; each kind has hard negatives built from the same
// parts that must stay clean (or stay what they were).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const flagsOf = (t: string): string[] =>
  [...analyze(t).flags].filter((f) => f !== 'safety' && f !== 'abusive').sort();

const KINDS: [string, [string, string[]][]][] = [
  [
    'English failure verbs in the present ("cuts out", "freezes every time", dead pixels) are a real problem',
    [
      [
        'The drill cuts out halfway through every screw. Replace it or my review says so.',
        ['review_threat'],
      ],
      [
        "The tablet freezes every time I open the camera. If it isn't fixed, I'll give it one star.",
        ['review_threat'],
      ],
      [
        'My new monitor has three stuck pixels near the corner. Swap it, otherwise a one-star review goes up.',
        ['review_threat'],
      ],
      // no problem stated: a review traded for money stays extortion
      ["The monitor is fine, but send me $40 or it's a one-star review.", ['extortion']],
      // the freezer that freezes food is no fault and threatens nothing
      ['The freezer freezes ice cubes in an hour. Love it.', []],
    ],
  ],
  [
    'a complaint or an exposure held over a demand beyond a remedy is extortion (精神损失费, keep the item and the refund)',
    [
      [
        '灯罩有一点点色差，但你们要赔我五百块精神损失费，不然我就去12315投诉。',
        ['extortion', 'platform_complaint'],
      ],
      [
        '东西我留着不寄回，钱全部退我。不同意的话我就去微博发帖说你们骗人。',
        ['extortion', 'platform_complaint'],
      ],
      [
        "I'm keeping the jacket and you refund me in full, or I tell my Reddit community you're crooks.",
        ['extortion', 'platform_complaint'],
      ],
      // the same channel over a remedy only, with a real problem: a complaint, not extortion
      ['台灯开关坏了，不给换我就去12315投诉。', ['platform_complaint']],
      // statutory damages (十倍赔偿) taken to a court are a legal threat, not a price for silence
      ['标签写的是纯棉，实际是化纤，我要求三倍赔偿，不然就去法院起诉。', ['legal_threat']],
      // a demand beyond a remedy with no condition and no channel threatens nothing
      ['能不能额外送我一个收纳袋？谢谢。', []],
    ],
  ],
  [
    "a post's content told after the verb of posting (发帖说…) is not the channel speaking",
    [
      ['再不退款，我就去知乎发帖说你们虚假宣传。', ['platform_complaint']],
      // the body itself speaking (消费者协会说…) is information, not a complaint
      ['消费者协会说这种情况可以七天无理由退货，对吗？', []],
    ],
  ],
  [
    'a negated offer word (不同意的话, 不愿意的话) is the condition of a threat, not an offer',
    [
      ['换货申请你们不愿意的话，我就在抖音上发视频曝光。', ['platform_complaint']],
      // an offer to post, with no failing of the seller, is no threat
      ['需要的话我可以在小红书发个笔记帮你们宣传一下。', []],
    ],
  ],
  [
    'the Cantonese locative 喺 (= 在) before a group or a network',
    [
      ['唔退錢嘅話，我就喺屋苑群組公開你哋間公司。', ['platform_complaint']],
      // a group named as where the buyer heard of the shop is no exposure
      ['我喺屋苑群組見到有人推介你哋，所以先買。', []],
    ],
  ],
  [
    'venues named together and written on all of them (评论区和Dcard都写)',
    [
      ['再不處理，我就把經過寫出來，Threads跟PTT都發。', ['platform_complaint']],
      // praise written everywhere is a recommendation
      ['好用到不行，IG和Dcard都发了好评推荐。', []],
    ],
  ],
  [
    'a price asked (开个价), then the rating threatened after a condition: the review is for sale',
    [
      ['我手里有十几个号，你们开个价吧，不然这款的评分就别想好看了。', ['extortion']],
      // a price asked for a bulk order is no threat
      ['我想批发五十个，你们开个价吧，合适的话长期合作。', []],
    ],
  ],
  [
    'a threat taken back (就不打了, 不投诉了) after it was said before',
    [
      ['之前说要打12315，现在你们已经补发了，就不打了。', []],
      ['上次说要去消委会投诉，问题解决了，所以不投诉了。', []],
      // a step still held over the seller stays a complaint
      ['之前已经说过了，再不补发我就打12315。', ['platform_complaint']],
    ],
  ],
  [
    'asking what a step needs (需要准备…吗) is asking the way, no step',
    [
      ['请问如果要向消委会投诉，需要准备发票吗？', []],
      ['請問要去消基會申訴的話，需要提供哪些證明嗎？', []],
      // the step with a condition of the seller failing is a threat
      ['不给退的话，我就去消委会投诉，发票我都留着。', ['platform_complaint']],
    ],
  ],
  [
    "a third person's threat reported with a qualifier (another buyer in the group said…)",
    [
      [
        "Another customer in the neighbourhood WhatsApp said she'd report you to Trading Standards. I'd rather sort it out with you.",
        [],
      ],
      [
        "Your lamp arrived cracked. Refund me or I'll report you to Trading Standards.",
        ['platform_complaint'],
      ],
    ],
  ],
  [
    'a claim named by its programme ("an eBay Money Back Guarantee case", "a PayPal Purchase Protection claim")',
    [
      [
        "The headphones never arrived. If there's no refund by Wednesday I'm opening a PayPal Purchase Protection claim.",
        ['platform_complaint'],
      ],
      // a claim already closed and told is no threat
      ['Thanks, the refund came through, so I never opened any claim.', []],
    ],
  ],
  [
    'what the buyer will write held over a demand (我就写说…, "I\'ll write that…"): a review threat without the word review, its content no problem stated',
    [
      ['不给我再补一份，我就写说吃完拉肚子，反正你们也没法证明。', ['extortion']],
      [
        "Unless you send me a second pair free, I'll write that they fell apart in a week.",
        ['extortion'],
      ],
      // a real problem told outside the words to be written makes it a review threat
      ['拉链第一天就坏了。不给换的话，我就写说这家售后不管事。', ['review_threat']],
      // writing a letter, or saying something to someone else, is no threat
      ['如果还是不合适，我就写信问问你们的售后。', []],
      ['If it does not fit, I will say that to my sister, she wanted one too.', []],
    ],
  ],
  // Kinds found when the checking half was opened (after its one held-out measurement).
  [
    "opened: a third person's threat with a pronoun after 说 (邻居说他要去…)",
    [
      ['我表姐说她要去抖音曝光你们，我让她先别急。', []],
      ['再不处理我就去抖音曝光你们。', ['platform_complaint']],
    ],
  ],
  [
    'opened: a subreddit (r/…) is Reddit; a clog (堵死了) is a fault',
    [
      [
        'Refund me, or I share the whole chat log on r/mildlyinfuriating and a few other places.',
        ['platform_complaint'],
      ],
      ['I found your shop through r/mechanicalkeyboards, great recommendation.', []],
      ['水槽过滤网用了一次就堵死了，要不然给我换，要不然等着看我的差评。', ['review_threat']],
    ],
  ],
];

describe('threat kinds from the sixteenth set (tuning half)', () => {
  for (const [kind, cases] of KINDS) {
    describe(kind, () => {
      for (const [text, want] of cases) {
        it(text, () => {
          expect(flagsOf(text)).toEqual([...want].sort());
        });
      }
    });
  }
});
