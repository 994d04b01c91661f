// Probes for the kinds fixed from the tuning half of threat set 11 (threat-messages-10.fixture.ts):
// fresh wordings, none a row of any written set. Each kind has its threat and, where the new rule
// could over-reach, a message with the same words that threatens nothing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const flagsOf = (t: string): string[] => [...analyze(t).flags].sort();

const KINDS: [string, [string, string[]][]][] = [
  [
    'a review threat as a taunt or a forcing question',
    [
      ['拉链坏了，你们以为我不敢打一星吗？', ['review_threat']],
      ['盖子漏水，难道要我把评价发出来你们才回复？', ['review_threat']],
      ['评价写出来了，大家可以参考。', []],
      ['是不是想让我写评价？用着很顺手，可以给五星。', []],
    ],
  ],
  [
    'a final warning as the condition',
    [['灯罩裂了，这是最后一次跟你们说，之后我会在评价里写明白。', ['review_threat']]],
  ],
  [
    'the polite threat: a review not wanted, then the seller failing',
    [
      ['椅子少了个螺丝，我真不想给差评，可是你们再拖下去我也只能这样了。', ['review_threat']],
      ['我不想给差评，但是能不能帮我换个颜色？', []],
      [
        'I would hate to have to write a bad review, but the handle fell off after one use.',
        ['review_threat'],
      ],
      ["I'd hate to be a pain, but could you check the tracking?", []],
    ],
  ],
  [
    'a sarcastic imperative or an either/or with the verb left out',
    [
      [
        'The mug came chipped. Carry on ignoring me and see what my review says.',
        ['review_threat'],
      ],
      [
        'The lamp is dead. A refund today, otherwise my rating does the talking.',
        ['review_threat'],
      ],
    ],
  ],
  [
    'a review told as a warning to other buyers',
    [
      [
        "The seams split. Sort it out, or I'll warn other buyers about this shop.",
        ['review_threat'],
      ],
      [
        "Replace the cracked vase, or I'll make sure nobody buys from you again.",
        ['review_threat'],
      ],
      ['I will make sure everyone at the office knows about your lovely cakes.', []],
    ],
  ],
  [
    'a drafted review after a demand put as a question',
    [['螺丝全锈了，还不换吗？差评我都写好了。', ['review_threat']]],
  ],
  [
    'payment veiled: the piece left to the gesture, "worth it", expenses paid',
    [
      ['这篇测评写成什么样，就看老板有没有诚意了。', ['extortion']],
      ['让我觉得划算，好评自然奉上。', ['extortion']],
      ["Pay for my taxi to the depot and I'll change my review.", ['extortion']],
    ],
  ],
  [
    'press contacts and public posts',
    [
      ['不给退的话，我电视台有朋友，到时候别怪我。', ['platform_complaint']],
      ['我有记者朋友推荐你们家，所以来买。', []],
      ['再不退款，我就拍个吐槽视频发出去。', ['platform_complaint']],
      ['我不拍负面视频的，放心，只是想换货。', []],
      ['这么对顾客？我让朋友圈的人来评评理。', ['platform_complaint']],
      [
        'I know a couple of reporters at the local paper, just so you know.',
        ['platform_complaint'],
      ],
      ['My cousin is a journalist and she writes about food.', []],
      ['Tweeting the photos at your head office tonight.', ['platform_complaint']],
      ['Tweeting about how great this is!', []],
    ],
  ],
  [
    'a claim named first, card words, platform arbitration',
    [
      ["eBay claim goes in Friday if the refund isn't back.", ['platform_complaint']],
      ['Visa dispute tomorrow.', ['platform_complaint']],
      ['My PayPal case was closed last month, all good.', []],
      ['再不发货，我就让银行取消付款。', ['platform_complaint']],
      ['说好的七天无理由不认，我申请淘宝仲裁。', ['platform_complaint']],
    ],
  ],
  [
    'a step not wanted, then forced by the seller',
    [
      ["I don't want to get a lawyer involved, but you're forcing me.", ['legal_threat']],
      ["I don't want to get a lawyer involved, it's only a mug.", []],
    ],
  ],
  [
    'the courts, formal notice, a lawyer in the family brought in',
    [
      ["This is formal notice that I'll seek my money back through the courts.", ['legal_threat']],
      ['My wife is a solicitor and she is not happy about the cracked screen.', ['legal_threat']],
      ['我老公就是律师，他已经看过聊天记录了。', ['legal_threat']],
      ['My dad is a lawyer and he loved the leather briefcase.', []],
    ],
  ],
  [
    'a channel read as a source, a control on a page, a step by accident',
    [
      ['在抖音刷到有人说你们家客服好，果然。', []],
      ['看到黑猫投诉上的回复很快，很放心。', []],
      ['我不小心点了“投诉商家”，怎么撤回？', []],
      ['I clicked the "open a case" button by accident, sorry.', []],
    ],
  ],
];

for (const [kind, probes] of KINDS) {
  describe(`threat set 11 kinds: ${kind}`, () => {
    it.each(probes)('%s', (text, want) => {
      expect(flagsOf(text)).toEqual([...want].sort());
    });
  });
}

// Kinds fixed after the checking half was opened (its held-out figure had been measured once
// before): fresh probes again, none a row of the set.
const OPENED: [string, [string, string[]][]][] = [
  [
    'problems a threat needs: flickering, shrinking, stopping, stuck parcels, missing parts',
    [
      ['吊灯装上就忽明忽暗，不换的话评价里我会照实写。', ['review_threat']],
      [
        'My parcel has been stuck in customs for a month. Is a 1-star what it takes?',
        ['review_threat'],
      ],
    ],
  ],
  [
    '看着处理, 不介意多说, a bad rating offered as a question',
    [
      ['拖鞋一穿就断了，你们自己看着处理，我不介意在评论区多说两句。', ['review_threat']],
      ['杯子漏水，给你们一星怎么样？', ['review_threat']],
      ['五星怎么样？我觉得你们值得。', []],
    ],
  ],
  [
    'a review joined to a complaint, a review site, a review left standing',
    [
      ['灯坏了两次，我去12315投诉，顺便在评价里写清楚。', ['platform_complaint', 'review_threat']],
      ['啲餸冻晒，再唔理我，我就喺食评写清楚。', ['review_threat']],
      ['过三百蚊嚟，唔系嘅话评价就咁挂住。', ['extortion']],
    ],
  ],
  [
    'payment: the refusal in its own clause, hush money, coverage sold, a post left up',
    [
      ['退货就不用了，直接给我转三百，评价好商量。', ['extortion']],
      ['花钱消灾的道理你们懂吧，不然差评一条接一条。', ['extortion']],
      ['Send $80 or the video stays up.', ['extortion']],
      [
        'Comp me a free bundle and your shop stays out of my next vlog.',
        ['extortion', 'platform_complaint'],
      ],
    ],
  ],
  [
    'a pity, a warning, nobody buying again',
    [
      [
        "It'd be a pity if my rating dropped to one star. The strap tore on day one.",
        ['review_threat'],
      ],
      [
        "Your shop sent a torn coat; I'll make sure no one orders from you again.",
        ['review_threat'],
      ],
    ],
  ],
  [
    'channels: 315, sharing in a group as a question, a card stopping the payment, a lawyer by speciality',
    [
      ['过期的奶粉还在卖？我明天就拨315。', ['platform_complaint']],
      ['杯子碎了也不管？要不要我在朋友圈说说这事？', ['platform_complaint']],
      ['Blocking the payment through Mastercard today.', ['platform_complaint']],
      ["I've spoken to a consumer protection lawyer about the dead fridge.", ['legal_threat']],
    ],
  ],
  [
    'steps in the past: withdrawn, or told as an experience',
    [
      ['I opened a PayPal dispute last month but closed it once you refunded.', []],
      ['上次在平台申诉过，后来撤回了。', []],
      ['Small claims was a nightmare last year; I just want a refund.', []],
    ],
  ],
];

for (const [kind, probes] of OPENED) {
  describe(`threat set 11 kinds (checking half opened): ${kind}`, () => {
    it.each(probes)('%s', (text, want) => {
      expect(flagsOf(text)).toEqual([...want].sort());
    });
  });
}

// A batch of fresh probes written after the set was closed (42, in the three scripts, 14 hard
// negatives); the kinds its misses showed.
const PROBES_AFTER: [string, [string, string[]][]][] = [
  [
    "the buyer's reviewing habit held over the seller, 掂量 as 看着办",
    [
      ['杯子缺了个口，你们自己掂量吧，我这人写评价一向很详细。', ['review_threat']],
      ['你们的评价区好多人晒图，好看。', []],
    ],
  ],
  [
    'a bare 投诉 or 刷卡退单 as the consequence; a negator ending inside the match',
    [
      ['收到就漏液，今晚不处理我就申请退款并投诉。', ['platform_complaint']],
      ['你們再不出貨，我就刷卡退單。', ['platform_complaint']],
      ['我不会投诉的，只是想问问物流到哪了。', []],
    ],
  ],
  [
    'English: watching the rating drop, writing about it, the next step, a rating offered',
    [
      [
        "The handle snapped off. Sort it today. Or don't, and watch your rating drop.",
        ['review_threat'],
      ],
      ['Wrong colour sent twice. Do you really want me to write about this?', ['review_threat']],
      ['Still waiting on my refund. Next step is my credit card company.', ['platform_complaint']],
      ['The mattress smells of chemicals. How does a one-star review sound?', ['review_threat']],
      ['Do you want a review on Trustpilot or on Google? Happy to do either.', []],
      ['How about a five-star review? You earned it.', []],
    ],
  ],
];

for (const [kind, probes] of PROBES_AFTER) {
  describe(`threat set 11 kinds (later probes): ${kind}`, () => {
    it.each(probes)('%s', (text, want) => {
      expect(flagsOf(text)).toEqual([...want].sort());
    });
  });
}

// A second batch of 42 fresh probes (25/42 at first; one of its misses was the probe's own label:
// "if this isn't resolved" with no problem stated is extortion by the sets' convention).
const PROBES_AFTER_2: [string, [string, string[]][]][] = [
  [
    'veiled bargains: accounts with a hint, 拿出点诚意, goods first, a sum sent first, review or money',
    [
      ['我有十几个号，你懂我意思吧。', ['extortion']],
      ['我有十几个号，都是自己家人的。', []],
      ['想让我把差评撤了？拿出点诚意来。', ['extortion']],
      ['送我一台新的，負評就當沒發生過。', ['extortion']],
      ['你們要我留好評也可以，先匯一千過來。', ['extortion']],
      [
        'My review can stay at one star, or you can refund me plus $50 for my trouble. Your choice.',
        ['extortion'],
      ],
    ],
  ],
  [
    'review threats: the taunt as a question, a platform\'s review page, "see what happens to your ratings"',
    [
      ['耳机杂音很大，你们觉得我差评写得出来吗？', ['review_threat']],
      ['壞掉的咖啡機不收回，我會在蝦皮評價寫得清清楚楚。', ['review_threat']],
      ['Keep dodging my emails and see what happens to your ratings.', ['review_threat']],
      ["The toaster's dead. Refund or Yelp, your pick.", ['review_threat']],
    ],
  ],
  [
    'exposure: the whole network told, going public, a deadline before the bank, followers told',
    [
      ['衣服破了个洞，换不换？不换的话我让全网都知道你们家的质量。', ['platform_complaint']],
      [
        "The drawer won't close. I'm giving you until Friday before I go public.",
        ['platform_complaint'],
      ],
      ['You have 48 hours to refund me before I contact my bank.', ['platform_complaint']],
      [
        'The seller refuses to help. Time to let my 20k TikTok followers know.',
        ['platform_complaint'],
      ],
      ['Time to let my followers know how much I love this lamp!', []],
    ],
  ],
  [
    'legal: the buyer a lawyer with a warning, "my solicitor can read this", a mistake admitted',
    [
      ['我係律師，你哋最好諗清楚。', ['legal_threat']],
      ['我老公是律師，他說這個包的皮質很好。', []],
      [
        'Cracked tiles, and you want me to pay return postage? My solicitor can read this thread.',
        ['legal_threat'],
      ],
      ['找了律师朋友问了下保修条款，原来是我理解错了，不好意思。', []],
    ],
  ],
];

for (const [kind, probes] of PROBES_AFTER_2) {
  describe(`threat set 11 kinds (second probes): ${kind}`, () => {
    it.each(probes)('%s', (text, want) => {
      expect(flagsOf(text)).toEqual([...want].sort());
    });
  });
}

// A third batch of 40 fresh probes (31/40 at first).
const PROBES_AFTER_3: [string, [string, string[]][]][] = [
  [
    'zh: 等着收评价, 追评里见, 评价难写 after a gift refused, 松动 as the problem',
    [
      ['插头松动，这样的东西也敢卖，等着收评价吧。', ['review_threat']],
      ['手机壳尺寸不对，今天要是还没人理，我追评里见。', ['review_threat']],
      ['赠品都不送？那这个评价可就难写了。', ['extortion']],
      ['这个评价区怎么没有追评功能？', []],
    ],
  ],
  [
    'en: posting everywhere, "if I have to email again", "\'d rather not… but I will if", "watch me"',
    [
      [
        "The lamp arrived smashed. Refund me, or I'm posting the unboxing video everywhere.",
        ['platform_complaint'],
      ],
      ["I posted an unboxing video yesterday, it's getting lots of views!", []],
      ['Wrong item. If I have to email again, expect a very honest review.', ['review_threat']],
      [
        "The zip broke. I'd rather not leave one star, but I will if nobody replies by Friday.",
        ['review_threat'],
      ],
      ['Damaged sofa, no reply. Watch me tell every review site about it.', ['review_threat']],
      ['The boots split at the sole. Last warning before the review goes up.', ['review_threat']],
      [
        "You can keep the money if you send me three more bottles; then I'll fix my rating.",
        ['extortion'],
      ],
      ["If nobody replies by Friday, I'll just order from you again anyway.", []],
    ],
  ],
];

for (const [kind, probes] of PROBES_AFTER_3) {
  describe(`threat set 11 kinds (third probes): ${kind}`, () => {
    it.each(probes)('%s', (text, want) => {
      expect(flagsOf(text)).toEqual([...want].sort());
    });
  });
}
