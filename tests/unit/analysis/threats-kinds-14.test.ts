// Probes for the kinds fixed from the tuning half of threat set 14 (threat-messages-13.fixture.ts)
// and for three false flags found earlier: fresh wordings, none a row of any written set. Each kind
// has its threat and, where the new rule could over-reach, a message with the same words that
// threatens nothing (or that stays extortion).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const flagsOf = (t: string): string[] =>
  [...analyze(t).flags].filter((f) => f !== 'safety' && f !== 'abusive').sort();

const KINDS: [string, [string, string[]][]][] = [
  [
    'the 不 of a potential complement (对不上, 拉不开) is the problem, not the negation of a demand',
    [
      ['防伪码刮不开，不退款我就给差评。', ['review_threat']],
      ['抽屉拉不开，不换我就给一星。', ['review_threat']],
      ['不返我二十块，我就给差评。', ['extortion']],
    ],
  ],
  [
    'an English threat ends at its comma: a problem told after it is evidence (review threat)',
    [
      ['Or else I am writing a one-star review, the kettle leaks.', ['review_threat']],
      ['Otherwise a bad review is coming, the strap snapped on day one.', ['review_threat']],
      ['Refund me or I leave a one-star review, simple as that.', ['extortion']],
    ],
  ],
  [
    'an offer to post about the shop is no platform complaint',
    [
      ['If you want, I can share a photo of it on my Facebook page.', []],
      ['Happy to post the unboxing on TikTok if that helps your shop.', []],
      ['需要的话我可以发小红书帮你们宣传一下。', []],
      [
        "If you don't refund me, I'll post the whole thing on my Instagram.",
        ['platform_complaint'],
      ],
    ],
  ],
  [
    'what the review will tell is the problem stated (review threat, not extortion)',
    [
      ['If nobody replies by Friday, my review will describe the dented lid.', ['review_threat']],
      ['再拖下去，我就在评价里把漏水的情况写清楚。', ['review_threat']],
      ['Unless you refund me, my review will mention this shop.', ['extortion']],
    ],
  ],
  [
    'a repair that keeps failing (返修, 修了两次) and pilling fabric are defects',
    [
      ['这台吹风机已经返修两次了，再不换新的我就给差评。', ['review_threat']],
      [
        "The jumper is bobbling after two washes. Replace it or I'm leaving a one-star review.",
        ['review_threat'],
      ],
    ],
  ],
  [
    'a rating the buyer will pull down (评分拉低) is a bad review',
    [
      ['电水壶底座接触不良，今天再没人处理，我就把你们店的评分拉低。', ['review_threat']],
      ['你们的评分这么高，我就放心买了。', []],
      ['你们家的评分最近被拉低了吗？我看少了好多。', []],
    ],
  ],
  [
    'a deadline given (给你们到周五, 最后一天) is the condition of an implicit ultimatum',
    [
      ['鞋底开胶了。给你们到周五，之后评价我就照实写。', ['review_threat']],
      ['耳机只有一边响。给你们最后一天，明天还是这样，评价我就如实写了。', ['review_threat']],
      ['给你们到周五发货就行，不急。', []],
    ],
  ],
  [
    'a mistake repeated (又发错, 连续) is the seller failing, so a venue is a threat',
    [
      ['要是下次又发错颜色，我会在评价里写清楚。', ['review_threat']],
      ['要是下次又有新款，我会在评价里推荐给大家。', []],
    ],
  ],
  [
    'an exposure prepared and held over the seller (视频剪好了, "ready for YouTube. Your call")',
    [
      ['洗衣机漏水一个礼拜没人修，抖音视频我已经剪好了，你们自己看着办。', ['platform_complaint']],
      [
        'The drawer front arrived split. The video is edited and ready for YouTube. Your call.',
        ['platform_complaint'],
      ],
      ['The unboxing video is ready for YouTube, thanks for the quick shipping!', []],
      ['小红书笔记已经写好了，东西很好用，谢谢老板。', []],
    ],
  ],
  [
    'asking what a complaint needs (需要什么材料, 流程) is asking the way',
    [
      ['想问一下，向消协投诉需要什么材料？', []],
      ['請問申訴的流程要多久？我只是問問。', []],
      ['你们再不退，我就去消协投诉。', ['platform_complaint']],
    ],
  ],
  [
    "a stranger's threat or one settled long ago, reported, is a story",
    [
      ['我同学说她去年买的时候不给退就要去12315，后来店家给退了。', []],
      ["Another buyer wrote that he'd file a chargeback. Is that about the old model?", []],
      ['我女儿说了，再不退款就帮我打12315。', ['platform_complaint']],
    ],
  ],
  [
    'a step the buyer would have taken and did not (could have, 本来…结果) is none',
    [
      ['I would have gone to Trading Standards, but you sorted it the same day.', []],
      ['本来想去消协投诉的，结果你们第二天就退了。', []],
      [
        "I could go to Trading Standards, and I will if the refund isn't here Monday.",
        ['platform_complaint'],
      ],
    ],
  ],
  [
    'a claim filed by a lawyer is a legal step, not a platform complaint',
    [['If the refund is not here by June, my solicitor will file a claim.', ['legal_threat']]],
  ],
  [
    'a comped order for a glowing post, or a removal once refunded, is a bargain (extortion)',
    [
      [
        "Comp my order and I'll write something glowing. Otherwise, expect the opposite.",
        ['extortion'],
      ],
      [
        'You want the one-star removed? Fine, once you have refunded the whole order.',
        ['extortion'],
      ],
    ],
  ],
  [
    'a sum for dropping the matter next to a review is hush money; a refund is not',
    [
      ['评价我怎么写你们心里有数，转我八百，这事就算了。', ['extortion']],
      ['给我退款，这事就算了，差评我也不会给。', []],
    ],
  ],
  [
    "a reviewer's reach, a free order and a hint (看着办) is the bargain unsaid",
    [
      ['我有好几个测评账号，粉丝不少。这次的订单你们给我免单，其他的你们看着办。', ['extortion']],
      ['我有测评账号，东西好用的话我会写测评的。', []],
    ],
  ],
];

// Kinds fixed after the held-out measure, from the checking half opened (no longer held out).
const OPENED_KINDS: [string, [string, string[]][]][] = [
  [
    'down leaking through (钻毛) and a pan bottom bulging (鼓包) are defects',
    [
      ['被子钻毛严重，不换我就给差评。', ['review_threat']],
      ['炒锅用了一周底部就鼓包了，不退我就差评。', ['review_threat']],
    ],
  ],
  [
    'the bad review affirmed after a condition (差评我一定会给的) is the threat',
    [['杯子漏水，如果下周还不换，差评我一定会给的。', ['review_threat']]],
  ],
  [
    'a review joined to a network (差评和微博一起) threatens the exposure too',
    [['鞋子开胶了，再不处理，差评和微博我一起发。', ['platform_complaint', 'review_threat']]],
  ],
  [
    'asking how long a platform step takes is a question',
    [['请问申请平台介入多久能有结果？只是问问。', []]],
  ],
  [
    'a colour compared with the sample is a listing mismatch',
    [['窗帘颜色跟样品差太多了，不给退我就写差评。', ['review_threat']]],
  ],
  [
    'the seller not sending the repaired item back (再不寄回来) is no demand to keep the item',
    [
      ['吸尘器吸力很弱，寄回去修了半个月，再不寄回来我就写差评。', ['review_threat']],
      ['东西我不寄回，退一半钱给我，不然差评。', ['extortion']],
    ],
  ],
  [
    'a truthful review promised (照实留下评价, 據實) is a bad review threatened',
    [['充电线用两天就断了，请补发一条，否则我会照实留下评价。', ['review_threat']]],
  ],
  [
    'a clock drifting by minutes a day is a defect',
    [['闹钟一天快五分钟，不换我就差评。', ['review_threat']]],
  ],
  [
    'an intention denied (没有要举报的意思) is no step',
    [['我没有要举报你们的意思，只是提醒一下。', []]],
  ],
  [
    '曝光 as publicity (曝光率, 曝光好多次) is no exposure of the shop',
    [
      ['这款包包在小红书上曝光率很高，还有货吗？', []],
      ['再不退款，我就在小红书上曝光你们。', ['platform_complaint']],
    ],
  ],
  [
    'a sum asked as store credit for a small fault is beyond a remedy (extortion)',
    [
      [
        'The box was slightly dented. I expect $150 in store credit or my review stays at two stars.',
        ['extortion'],
      ],
      ['The lamp arrived broken. Refund me or my review stays at one star.', ['review_threat']],
    ],
  ],
  [
    "a step someone else would have taken (she'd have gone to the BBB) is a story",
    [["My neighbour said she'd have gone to the BBB if you hadn't replaced it so fast.", []]],
  ],
];

describe('threat set 14 kinds (checking half opened): safety', () => {
  it('a pan bottom bulging is no hazard, a power bank bulging is', () => {
    expect(analyze('锅底都鼓包了，不能用了。').flags).not.toContain('safety');
    expect(analyze('充电宝鼓包了，还有点发烫。').flags).toContain('safety');
  });
});

for (const [kind, probes] of OPENED_KINDS) {
  describe(`threat set 14 kinds (checking half opened): ${kind}`, () => {
    it.each(probes)('%s', (text, want) => {
      expect(flagsOf(text)).toEqual([...want].sort());
    });
  });
}

// The three false flags found before this round, as verified then (kept word for word).
const KNOWN: [string, string[]][] = [
  ['If you like, I can post it on my Instagram', []],
  ['Otherwise I will leave a bad review, the lamp is broken', ['review_threat']],
  ['序列号对不上，不退我就给差评', ['review_threat']],
];

for (const [kind, probes] of KINDS) {
  describe(`threat set 14 kinds: ${kind}`, () => {
    it.each(probes)('%s', (text, want) => {
      expect(flagsOf(text)).toEqual([...want].sort());
    });
  });
}

describe('false flags found before threat set 14', () => {
  it.each(KNOWN)('%s', (text, want) => {
    expect(flagsOf(text)).toEqual([...want].sort());
  });
});
