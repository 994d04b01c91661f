// The threat rules read a condition and a buyer action against the seller, whatever the words:
// one case per kind of rule (opener, consequence, channel, bargain, negation, past, third party).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const KINDS = ['extortion', 'review_threat', 'legal_threat', 'platform_complaint'];
const flagsOf = (t: string): string[] => analyze(t).flags.filter((f) => KINDS.includes(f));

describe('conditional openers in all three scripts', () => {
  it.each([
    '裤子开线了，假如今天没人处理，我就写差评',
    '镜子碎了，倘若不给补发，评价里我会写清楚',
    '杯子漏水，如果不给换的话，我会给差评',
    '鞋子開膠，若不退貨，我就給負評',
    '螢幕破了，要是不處理的話，我會給一星',
    'The strap broke. Should you refuse a refund, I will leave a one-star review.',
    'The screen is cracked. Failing a refund, I will post a bad review.',
    'The heel snapped. Failing a replacement, I will be leaving negative feedback.',
    'Refund me, otherwise I will leave a bad review. The toaster is broken.',
    '充电器坏了, unless you refund me 我就给差评',
  ])('reads a review threat in "%s"', (text) => {
    expect(flagsOf(text)).toEqual(['review_threat']);
  });
});

describe('the review as the venue of the telling', () => {
  it.each([
    '花瓶碎了，要是你们不管，我就在评价里原原本本讲一遍',
    '床单掉色严重，不给个说法的话，我的评价会告诉所有人',
    '手表不走了，若再拖延，我只好给个低评分',
    '吹風機不熱，要是不處理，我只能在評價區說實話',
    'The chair wobbles badly. Should you ignore this, my review will reflect it.',
    "The toaster is dead. If you won't swap it, everyone reading my review will know why.",
  ])('"%s" is a review threat over a real problem', (text) => {
    expect(flagsOf(text)).toEqual(['review_threat']);
  });

  it.each([
    '要是评价能帮到别的买家就好了',
    '我之前在评价里夸过你们',
    'If it fits, my review will be five stars.',
    'Absent any issues, I will leave a glowing review.',
  ])('"%s" threatens nothing', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });
});

describe('complaints to any institution or the public', () => {
  it.each([
    '再不退款，我就去消费者权益保护协会反映',
    '如果不退，我就向省消保委举报',
    '若不處理，我就到消保會申訴',
    "Failing a refund, I'll escalate this to my card provider.",
    'Should this continue, I will report the listing to Etsy.',
    'Otherwise I am raising a dispute with PayPal.',
    '再敷衍我就拍个视频发到网上让大家评评理',
  ])('"%s" is a platform complaint', (text) => {
    expect(flagsOf(text)).toContain('platform_complaint');
  });

  it.each([
    '消费者协会说这类商品可以七天无理由退货',
    '我表姐在消费者协会工作，她推荐的',
    '上次投诉了快递员，这次小哥很客气',
    'I complained to the courier, not to you.',
    'The BBB says you are accredited, nice.',
    '违反消保法的事你们应该不会做吧',
  ])('"%s" names a channel without complaining to it', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });
});

describe('legal steps', () => {
  it.each([
    '倘若不赔偿，我将委托律师处理',
    '若不處理，我將提出告訴',
    "Absent a refund, I'll have no option but to take legal action.",
    "Should you refuse, you'll be hearing from my solicitor.",
    '处理不好，我会走法律流程',
  ])('"%s" is a legal threat', (text) => {
    expect(flagsOf(text)).toContain('legal_threat');
  });

  it.each([
    '法院对面的驿站取件很方便',
    'Last year I took a seller to small claims, but you have been great.',
  ])('"%s" is no legal threat', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });
});

describe('bargains: money, gifts or free units for a review or a withdrawn complaint', () => {
  it.each([
    '东西挺好的，不过你们不给我免单，我就每个账号都打一星',
    '评价可以改，你们先给我寄一套新的，再加五十块',
    'The product is fine, but unless you send a free one, I will post a one-star review.',
    'For a $40 credit I could see my way to removing the review.',
    '不过你们要是送我三瓶新品，我就把两星改成五星',
    '举报可以撤回，前提是额外补偿我八百块',
  ])('"%s" is extortion', (text) => {
    expect(flagsOf(text)).toContain('extortion');
  });

  it('closing a dispute once refunded is no bargain', () => {
    expect(flagsOf('I will close the dispute once the refund arrives.')).not.toContain('extortion');
  });
});

describe('negation, the past and third parties stay clean', () => {
  it.each([
    '不会给差评的，放心',
    "I won't leave a bad review, don't worry.",
    "I won't be leaving a bad review, the support was kind.",
    '我不會給負評，只是想問問',
    '差评我已经删了，谢谢处理',
    '万一不合适能退吗',
    'Should you run a sale, let me know.',
    'In case you were wondering, the gift was a hit.',
  ])('"%s" is no threat', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });
});

describe('a problem stated in a few words makes it a review threat, not extortion', () => {
  it.each([
    ['灯不亮，处理不好的话我就追评', 'review_threat'],
    ['The mug arrived chipped. Absent a replacement, expect a negative review.', 'review_threat'],
    ['马上补发，要不我就打一星', 'extortion'],
  ])('%s → %s', (text, kind) => {
    expect(analyze(text).threat?.kind).toBe(kind);
  });

  it('keeps the problem outside the threat span (the opener of its own clause)', () => {
    const a = analyze('灯不亮，处理不好的话我就追评');
    expect(a.threat?.evidence.startsWith('处理')).toBe(true);
  });
});

describe('warnings to other buyers, refusals and promises', () => {
  it.each([
    '衣服起球严重，再这样推三阻四，我就写个真实的评价提醒大家',
    '台燈閃爍，不處理的話我會寫評價提醒其他買家',
    'The paint is peeling. Refuse a refund and I will be telling everyone in my review.',
    "The fridge doesn't cool. Do nothing and you'll get the review you deserve.",
  ])('"%s" is a review threat', (text) => {
    expect(flagsOf(text)).toEqual(['review_threat']);
  });

  it.each([
    ['Make it worth my while and I might reconsider my review.', 'extortion'],
    ["If this isn't fixed, I'm going to the press.", 'platform_complaint'],
    ['再不处理，我们就法律上见', 'legal_threat'],
    ['Unless this is resolved, I will be seeking legal advice.', 'legal_threat'],
  ])('"%s" → %s', (text, flag) => {
    expect(flagsOf(text)).toContain(flag);
  });

  it.each([
    'Once the refund comes through I will happily revise my rating.',
    '如果能补发，我会在评价里夸你们',
    '我上次在黑猫投诉过别的平台，这次你们很快',
    'If you need my order number to process the refund, it is 12345.',
    '我不会去投诉的，放心，只要补发就行',
    'I would never take a small shop like yours to court.',
  ])('"%s" threatens nothing', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });
});

describe('a bargain read by its parts (a payment beyond a remedy + the review moving)', () => {
  it.each([
    'A small thank-you of $20 would go a long way toward a better rating.',
    "I'm open to revising my feedback if some compensation comes my way.",
    'If you throw in a $15 Starbucks card, I can make the one-star go away.',
    '亲，给点辛苦费吧，评价的事好商量',
    '能不能补偿我一百块？补偿到位了评价自然会好看',
    '給我三百塊紅包，評價的事就不追究了',
    '不想我写差评的话，就转我两百块',
  ])('"%s" is extortion', (text) => {
    expect(flagsOf(text)).toContain('extortion');
  });

  it.each([
    'No compensation needed; I already updated my rating to five stars.',
    '补偿就算了，评价我会如实写，东西还不错',
    'I got a $20 coupon from you last time and used it, thanks.',
    '少送了一瓶，卖家又给多发了一瓶好评',
    '面太干不好吃，除了面就有两片木耳，差评！',
  ])('"%s" is no bargain', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });

  it.each([
    ['耳机断连，如果你们不肯退货，差评是免不了的', 'review_threat'],
    ['衣服有破洞，处理不好的话，你们就等着看评价吧', 'review_threat'],
    ['杯子裂了，你們看著辦，不然評價我會照實寫', 'review_threat'],
    [
      'Wrong colour sent. If I have to chase this again, the review will not be kind.',
      'review_threat',
    ],
  ])('%s → %s', (text, kind) => {
    expect(flagsOf(text)).toEqual([kind]);
  });
});

describe('more channels by structure', () => {
  it.each([
    '如果还不处理，我就在业主群里把你们家挂出来',
    '要是还推脱，我就打市民热线',
    "Fix it or I'm writing to the local newspaper.",
  ])('"%s" is a platform complaint', (text) => {
    expect(flagsOf(text)).toContain('platform_complaint');
  });

  it.each([
    '电视台报道过你们家，所以买了',
    '仲裁委员会旁边的那家店也在卖你们的货',
    '产品是正品，打全国服务热线就来给安装了，速度也快',
  ])('"%s" complains to no one', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });
});

describe('harsh reviews announced after a condition', () => {
  it.each([
    'The hinge snapped off. If nobody gets back to me by Monday, my next stop is the review section.',
    'Cracked screen on arrival. Unless I hear back, this is getting a brutal review.',
    '尺码发错了，不给换的话别怪我评价不客气',
    '螢幕刮傷，再不理我，評價就別想好看',
    'The tap drips constantly. Replace it, otherwise expect my honest review.',
  ])('"%s" is a review threat', (text) => {
    expect(flagsOf(text)).toEqual(['review_threat']);
  });

  it.each([
    'If my review helps anyone, the sizing runs small.',
    'Unless I missed something, the review section is hidden on mobile.',
    '评价不好看的话也别介意，我打字慢',
    "I'll write the review once I've used it for a week.",
  ])('"%s" threatens nothing', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });
});

describe('Cantonese conditions, questions that force the review, polite levers', () => {
  it.each([
    '件衫甩色，你哋唔退錢嘅話，我就喺評論度寫晒出嚟',
    '支筆寫唔到，冇人理嘅話，我會喺評價度講清楚',
    '快遞拖了五天都沒到，難道要我給差評你們才處理？',
    'The kettle leaks. Do you want me to leave a one-star review? Because I will.',
    'The hinge came loose after a day. Sort it out, otherwise that is my review.',
    "The zip broke on day one. I don't want to leave a bad review, so please replace it.",
    'Why are you forcing me to post a negative review about a lamp that arrived cracked?',
  ])('"%s" is a review threat', (text) => {
    expect(flagsOf(text)).toEqual(['review_threat']);
  });

  it.each([
    "It's fine really, but a $25 voucher would make my feedback a lot warmer.",
    '評價想好看啲？再送我兩盒就得',
  ])('"%s" is extortion', (text) => {
    expect(flagsOf(text)).toContain('extortion');
  });

  it.each([
    'Do you want me to leave a review once it arrives?',
    "I'd hate to leave a bad review, the product is lovely. The box was just a bit dented.",
    '你哋嘅評價度好多人讚，所以我先買',
    '难道要我自己去取件吗？',
  ])('"%s" threatens nothing', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });
});

describe('posts, pieces and questions about channels', () => {
  it.each([
    '一直不退款，我就去抖音拍个视频说说这件事',
    '不处理的话，我直接在微博上艾特你们官方',
    "If I'm not refunded, I'll be writing a piece about your shop for the local paper's consumer column.",
  ])('"%s" is a complaint made public', (text) => {
    expect(flagsOf(text)).toContain('platform_complaint');
  });

  it.each([
    '我就在小红书发笔记推荐你们家',
    'Where can I report a problem with the courier to Amazon?',
    '请问黑猫投诉的入口怎么找？我想投诉的是快递公司',
    '之前那家店我找了消协，你们就不用担心了',
    'I wrote a piece about your shop for the local paper; readers loved it.',
  ])('"%s" complains to no one', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });

  it.each([
    'The step stool tipped over and my dad fell and sprained his ankle.',
    'My daughter slipped on the mat and bruised her knee.',
  ])('"%s" is a safety report', (text) => {
    expect(analyze(text).flags).toContain('safety');
  });
});

// A probe batch written from issue 9's kinds after set 7's first run (not from its rows), read as
// a whole before any rule was changed for it: threat P 1.00 R 0.81, platform_complaint P 0.88
// R 0.83 (n=62); the misses were fixed by kind (跑绒/爆mon/不准 as problems, 到时候别怪我, a bare
// 差评 after a failing clause, 畀一粒星, 消协那里说理, 入禀审裁处, a dispute kept open, a
// reporter, other parties such as 楼下的饭店 or a landlord, "write about that in my review?").
const PROBES_1: [string[], string][] = [
  // conditionals, zh-Hans
  [['review_threat'], '台灯闪个不停，不给换我就差评走起'],
  [['review_threat'], '羽绒服跑绒严重，要不然退，要不然等着我的差评吧'],
  [['review_threat'], '鼠标按键失灵了，你们再不回复，评价区见'],
  [['review_threat'], '这双鞋穿一天就断底了，你们自己看着办，我的评价可不会客气'],
  [['review_threat'], '花瓶裂了一道缝，到时候别怪我给你们打一星'],
  [['platform_complaint'], '充了会员却没到账，除非马上处理，否则我去12315'],
  [['platform_complaint'], '退款拖一个月了，我已经在黑猫投诉提交了，你们看着办'],
  [['platform_complaint'], '再不发货，我就找市场监管部门'],
  [['platform_complaint'], '收到的是旧货，不然我去消协那里说理'],
  [['legal_threat'], '你们如果还不承认是假货，我就走诉讼'],
  [['legal_threat'], '不给赔偿，法庭上见'],
  [['extortion'], '想让我删差评可以，拿三百块来'],
  [['extortion'], '亲亲，给我返个二十元红包，我马上给五星好评哦'],
  [['extortion'], '不想让我写差评的话，就多送我几件吧'],
  [['platform_complaint'], '你是想让我去12315吗？'],
  [['platform_complaint'], '是不是要我把聊天记录发到抖音上你们才管？'],
  [['review_threat'], '衣服破了个洞。我等你们到明天。明天还不处理，差评。'],
  // zh-Hant / Cantonese
  [['review_threat'], '烤箱溫度不準，若你們不處理，我會在評論寫清楚'],
  [['platform_complaint'], '已經第三次寄錯了，再這樣我就去消保會申訴'],
  [['platform_complaint'], '你們不退款的話，我就打1950'],
  [['legal_threat'], '再不處理我就委託律師發函'],
  [['extortion'], '給我一千塊，負評就撤'],
  [['review_threat'], '部電話收到已經爆mon，再唔換我就畀一粒星'],
  [['platform_complaint'], '你哋再唔回覆，我就去消委會投訴你哋'],
  [['legal_threat'], '你哋唔賠錢，我就入稟小額錢債審裁處'],
  [['platform_complaint'], '條褲甩線，唔退錢就放上Facebook俾人睇'],
  [['review_threat'], '包包刮花了，你們不處理的話就等著看我的評價'],
  [['platform_complaint'], '你們是要我去消基會嗎？'],
  [['platform_complaint'], '沒收到貨卻顯示簽收，不處理我就找記者'],
  [['review_threat'], '椅子少了一根腳，要不然補寄，不然我就留負評'],
  // en
  [['review_threat'], 'The mug handle snapped off. Replace it or I am leaving a negative review.'],
  [
    ['review_threat'],
    'My order arrived with a dented lid. If this is not fixed by Friday, expect a one-star review.',
  ],
  [
    ['platform_complaint'],
    'No refund yet. Until I see the money, I will keep the PayPal dispute open.',
  ],
  [['platform_complaint'], 'If I do not hear back today, I am filing a complaint with the BBB.'],
  [['platform_complaint'], 'Do you want me to report this to Trading Standards? Because I will.'],
  [['legal_threat'], 'Refund me or I will see you in small claims court.'],
  [['legal_threat'], 'Unless the money is back by Monday, my lawyer will contact you.'],
  [['extortion'], 'I could change my review to five stars if you send me a free one.'],
  [['extortion'], 'Pay me $50 and the one-star review disappears.'],
  [['review_threat'], 'The lamp flickers nonstop. Fix this, or else my review will warn everyone.'],
  [['platform_complaint'], "Keep ignoring me and I'll post this on Reddit."],
  [
    ['platform_complaint'],
    'The charger is fake. I am going to contact a reporter at the local paper about this.',
  ],
  [
    ['review_threat'],
    'The sweater shrank after one wash. Would you like me to write about that in my review?',
  ],
  [['platform_complaint'], "I'll be disputing the charge with my bank if no one responds."],
  [
    ['review_threat'],
    'The speaker crackles. I will post an honest review on Trustpilot unless this gets sorted.',
  ],
  // negatives
  [[], '我真的很生气，等了这么久才发货'],
  [[], '我不会去投诉的，你们放心'],
  [[], '如果不方便退货，换一个也可以'],
  [[], '我上个月已经给了好评，这次也很满意'],
  [[], '请问12315的电话是多少？我想举报楼下的饭店'],
  [[], '否则我也不会回购这么多次了'],
  [[], '你們的客服真的很慢，我等了一天'],
  [[], '除非你們缺貨，不然就寄紅色的'],
  [[], '唔該你哋快啲出貨，我趕住用'],
  [[], "I'm not going to leave a bad review, don't worry."],
  [[], 'My review said the fit was small, which is true.'],
  [[], 'If it fits, I will order the blue one as well.'],
  [[], 'How can I open a return request on Amazon?'],
  [[], 'I complained to my landlord about the noise, not to you!'],
  [[], 'Honestly I am really annoyed that the colour is off, but I will keep it.'],
  [[], 'Until next time, thanks for the quick help!'],
  [[], 'My brother is a reporter and he loves your coffee.'],
];

describe('probe batch 1 (issue 9 kinds)', () => {
  it.each(PROBES_1)('%j for "%s"', (want, text) => {
    expect(flagsOf(text).sort()).toEqual([...want].sort());
  });
});

// A second probe batch from issue 9's kinds, read as a whole before any rule was changed for it:
// threat P 1.00 R 0.54, platform_complaint P 1.00 R 0.60 (n=54). Fixed by kind: a review written
// into (写进评价, 在商品评价), a review that "won't be good" or is drafted and held back, 没跑了, a
// negated remedy as its own clause (你们不换，…; 你们不退。我就…), more problems (装不上, 唔行, a
// swollen battery, also a safety hazard), 当没写过 and a bare sum (先汇五百) in a bargain, the span
// of a Chinese threat opened by a bare negation only about a remedy (so 还没人理 stays the
// problem), "do it again and", questions offering the review, the thing a demand is "for" as the
// problem, reporting "this listing", a card issuer contacted after a condition, 上新闻, explaining
// it to a journalist.
const PROBES_2: [string[], string][] = [
  [['review_threat'], '被子有异味，你们要是不给个交代，我会把真实情况写进评价'],
  [['review_threat'], '电池鼓了一点，不退不换的话，我这评价肯定好不了'],
  [['review_threat'], '拖鞋尺码不对，你们不换，那我只好给个中评'],
  [['review_threat'], '三天了还没人理，差评已经写好了，你们自己看着办'],
  [['review_threat'], '水杯漏水，再推来推去，我就把视频传到评价里'],
  [['review_threat'], '锅盖装不上，要是还这么敷衍，一星没跑了'],
  [['review_threat'], '茶叶发霉了。你们不退。我就写追评。'],
  [['review_threat'], '我买的是新品，收到却有使用痕迹，给不给退？不给我就差评'],
  [['review_threat'], '鞋子脫膠了，你們再不回應，我只好在商品評價寫出實情'],
  [['review_threat'], '收到的杯子有裂痕，要是不處理，我的評價一定很難看'],
  [['review_threat'], '說明書跟實品不一樣，不換貨的話就給負評'],
  [['review_threat'], '你哋隻錶唔行，再拖我就喺度留低一星'],
  [
    ['review_threat'],
    'The frame arrived bent. I will be leaving a one-star review unless a replacement ships this week.',
  ],
  [['review_threat'], 'Either refund me for the torn bag or my review tells the whole story.'],
  [
    ['review_threat'],
    'Three weeks and no parcel. Answer me today, or my feedback will reflect it.',
  ],
  [
    ['review_threat'],
    "You sent the wrong size twice. Do it again and I'm leaving negative feedback.",
  ],
  [['review_threat'], 'The drawer runners are broken. How would you feel about a two-star review?'],
  [
    ['review_threat'],
    'Still waiting on that refund for the faulty toaster. Should I start writing my review now?',
  ],
  [['extortion'], '给我补偿三百，这个差评我就当没写过'],
  [['extortion'], '好评可以给，但是得先返我三十块'],
  [['extortion'], '評價要改也行，先匯五百過來'],
  [['extortion'], 'Send me a second pair for free and I will bump my rating to five stars.'],
  [['extortion'], 'For a $20 Amazon card my review could say something much nicer.'],
  [['legal_threat'], '商品標示不實，我會依消保法向法院提出告訴'],
  [['legal_threat'], 'If the deposit is not returned, I will start small claims proceedings.'],
  [['legal_threat'], '再不解决，我就申请仲裁'],
  [['platform_complaint'], '不退款我就向工商部门举报'],
  [['platform_complaint'], '这事没完，我要去市场监督管理局投诉'],
  [['platform_complaint'], '再這樣我就寫信給消保處'],
  [['platform_complaint'], 'If no one answers, I will file an A-to-Z claim.'],
  [['platform_complaint'], "I'm reporting this listing to eBay as counterfeit."],
  [['platform_complaint'], 'One more excuse and I contact my card issuer.'],
  [['platform_complaint'], '不给处理，我直接在知乎写个帖子讲讲你们的售后'],
  [['platform_complaint'], '你們是不是想上新聞？'],
  [['platform_complaint'], 'Would you like to explain this to a journalist?'],
  [['platform_complaint'], '我已经截图了，不退款就发到业主群'],
  [[], '如果不能退款，能不能换成别的颜色？'],
  [[], '我从来不给差评的，就是想问问发货时间'],
  [[], '之前写的差评是因为物流，现在已经改了'],
  [[], '投诉电话是多少？我想表扬一下配送员'],
  [[], '你们家比那家店好多了，那家我投诉了两次'],
  [[], '朋友说去消协投诉别家很有用'],
  [[], '你們放心，我不會去消基會的'],
  [[], '評價我已經寫了，五顆星'],
  [[], '如果要等很久，就先不用寄了'],
  [[], '律師事務所的同事都很喜歡這款杯子'],
  [[], 'I was going to leave a bad review, but your support fixed it in a day. Thank you!'],
  [[], 'Should I leave the review here or on the product page?'],
  [[], 'If you need photos of the box, let me know.'],
  [[], 'I called my bank to check the refund had cleared, and it had.'],
  [[], 'A friend took a seller to court once; I would never bother.'],
  [[], 'I have no plans to file any complaint, just want an update.'],
  [[], 'The review I posted said five stars and I meant it.'],
  [[], 'I am angry, honestly, but I know it is the courier, not you.'],
];

describe('probe batch 2 (issue 9 kinds)', () => {
  it.each(PROBES_2)('%j for "%s"', (want, text) => {
    expect(flagsOf(text).sort()).toEqual([...want].sort());
  });

  it('a swollen battery is a safety report as well', () => {
    expect(analyze('电池鼓了一点，不退不换的话，我这评价肯定好不了').flags).toContain('safety');
  });
});

// A third probe batch, read whole before any change for it: threat P 1.00 R 0.65, platform P 0.93
// R 0.93 (n=53). Fixed by kind: a negated 给 before the remedy (不给我退，…), 评价见 like 法院见,
// HK forums (高登, 连登), a gift "再加送", a last chance (最后一次机会, "your last chance … before
// I write my review"), a review that "can go either way" for a price, "the next person to hear
// about this will be my lawyer", "let a judge decide", "is there a way to contact…" as a question,
// vague quality (这质量) and 图片跟实物差太多 as problems. Left out, still missed: "If that's how
// you treat customers, my review will say so." (a condition naming no failure; "if I like it, my
// review will say so" has the same shape).
const PROBES_3: [string[], string][] = [
  [['review_threat'], '这质量也好意思卖？不给我退，我在评价里一五一十写出来'],
  [['review_threat'], '图片跟实物差太多了，今天给不了说法，明天评价见'],
  [['review_threat'], '东西少发了一件，要么补，要么我在追评里说'],
  [['platform_complaint'], '收到的面霜是开过封的，退一赔三，不然我就去市场监管局'],
  [['platform_complaint'], '拖了一周还不发货，你们是逼我去投诉吗？'],
  [['platform_complaint'], '你是想让我在朋友圈曝光你们吗？'],
  [['platform_complaint'], '再不给我处理，我把聊天截图发微博'],
  [['platform_complaint'], '不处理我就打电话给电视台'],
  [['platform_complaint'], '你们卖三无产品，我要去质监局举报'],
  [['extortion'], '好评返现说好的十块呢？不给的话我就改成差评'],
  [['extortion'], '给我五十块精神损失费，差评就撤'],
  [['extortion'], '要我改好评？可以啊，再送我一个同款'],
  [['extortion'], '东西没问题，就是想要个红包，不给就差评'],
  [['review_threat'], '衣服縮水成童裝，你們不退就等著收負評'],
  [['review_threat'], '顯示已送達但我沒收到，到時候別怪我寫一星評論'],
  [['platform_complaint'], '不給退貨？那我只好向消保官投訴了'],
  [['platform_complaint'], '你哋再唔處理，我就上高登出post'],
  [['legal_threat'], '再拖下去，我們法院見'],
  [['legal_threat'], '我已經諮詢過律師，你們不退款就等著收存證信函'],
  [['extortion'], '匯三百元給我，我就把負評改成好評'],
  [['extortion'], '評價要刪也可以，但運費要全退，再加送兩個'],
  [['platform_complaint'], '你們是想被我在Dcard發文嗎？'],
  [['platform_complaint'], '耳環掉色了，你們不處理的話我就去爆料公社'],
  [['review_threat'], "The kettle's switch is broken. Don't make me leave a one-star review."],
  [['review_threat'], 'Refund the broken blender by Friday; if not, the review goes up.'],
  [['review_threat'], 'This is your last chance to fix the leaking tap before I write my review.'],
  [['extortion'], 'My feedback can go either way. A $15 credit would help me decide.'],
  [['extortion'], "I'd be willing to delete my review for a full refund plus a little extra."],
  [['extortion'], "Nothing wrong with the shoes, but I'll leave five stars if you knock $20 off."],
  [['platform_complaint'], "If this isn't fixed, I'm contacting Consumer Affairs."],
  [['platform_complaint'], 'Are you trying to get reported to Amazon?'],
  [['platform_complaint'], "I'll be going to the local news with this unless you refund me."],
  [['legal_threat'], 'The next person to hear about this will be my lawyer.'],
  [['legal_threat'], 'Do I need to take this to small claims?'],
  [['legal_threat'], 'Shall I let a judge decide?'],
  [['platform_complaint'], 'Sort it out, or I file a claim with PayPal.'],
  [[], '东西收到了，已经给你们好评啦'],
  [[], '我不会改评价的，但是谢谢你们的道歉'],
  [[], '如果你们有优惠券，下次我还来'],
  [[], '我朋友在电视台工作，说你们家口碑挺好'],
  [[], '之前跟你们说过的问题已经解决了，不用再处理了'],
  [[], '差评是我老公写的，他就是脾气急，不好意思'],
  [[], '你們的包裝很用心，我會在Dcard推薦'],
  [[], '請問消保官的電話幾號？我想問租屋的問題'],
  [[], '如果明天寄不出來也沒關係'],
  [[], 'I would never sue anyone over a late parcel, relax.'],
  [[], "If you ever need a testimonial, I'd be happy to write one."],
  [[], "My review mentions the sizing; hope that's okay."],
  [[], 'Is there a way to contact Amazon about a different order?'],
  [[], "Unless I'm mistaken, the warranty covers this, right?"],
  [[], "I'm furious with the courier, they threw the box over the fence."],
  [[], "Otherwise, the lamp is lovely and I'd buy again."],
];

describe('probe batch 3 (issue 9 kinds)', () => {
  it.each(PROBES_3)('%j for "%s"', (want, text) => {
    expect(flagsOf(text).sort()).toEqual([...want].sort());
  });
});

// A fourth probe batch, read whole before any change for it: threat P 1.00 R 0.61, platform P 0.70
// R 1.00 (n=45). Fixed by kind: 再 + a short failing phrase + 就 (再装死，我就…), a negated remedy
// ending in a question (你们也不管？), 评价我会好好写, a Chinese threat's span from the seller named
// in its clause (快递丢了 stays the problem), 就停 as a problem, "reviewing it honestly", "then a
// negative review it is", a sum or price difference for a good review (补我一百块差价，我就给五星),
// a review not written (差评可以不写) for a gift, a small claim as a legal step, a channel's ads,
// programmes and rating as a source (电视台的广告, the BBB rating).
const PROBES_4: [string[], string][] = [
  [['review_threat'], '榨汁机转两下就停，你们再装死，我就在评价里把视频放出来'],
  [['review_threat'], '裤子拉链拉不上，不给换的话评价里见分晓'],
  [['review_threat'], '快递丢了你们也不管？行，评价我会好好写'],
  [['review_threat'], '充电宝充不进电，你们要是推给厂家，我就给零分'],
  [['review_threat'], '門把手鬆掉了，你們不派人來修，我就給一星負評'],
  [['review_threat'], '個袋爛咗，你哋唔理我，我就寫差評'],
  [
    ['review_threat'],
    'The zipper fell off on day one. Replace the jacket or I will be reviewing it honestly.',
  ],
  [['review_threat'], "The blender leaks. If I don't hear back by tomorrow I'll post a 1-star."],
  [['review_threat'], 'Cracked screen out of the box. No reply yet? Then a negative review it is.'],
  [['extortion'], '你们补我一百块差价，我就给五星'],
  [['extortion'], '差评可以不写，前提是再寄我一份'],
  [['extortion'], '把我這單免單，評價我就改'],
  [['extortion'], 'Throw in a free case and I will change my rating to five stars.'],
  [['extortion'], 'I am a professional reviewer; pay me and you will get a good write-up.'],
  [['legal_threat'], '再不退款，我就让律师跟你们谈'],
  [['legal_threat'], '你們這是詐騙，我會報警處理'],
  [['legal_threat'], 'If the refund is not processed, expect a letter from my solicitor.'],
  [
    ['legal_threat'],
    "I'm filing a small claim against your company on Monday unless this is resolved.",
  ],
  [['platform_complaint'], '不给处理，我就向淘宝小二投诉'],
  [['platform_complaint'], '你们不退钱，我就去京东申请客服介入'],
  [['platform_complaint'], '再這樣我要找蝦皮客服檢舉你們'],
  [['platform_complaint'], "If you don't refund me, I'll escalate this to eBay."],
  [['platform_complaint'], "I've already opened a case with Amazon about this."],
  [
    ['platform_complaint'],
    "Unless I'm refunded, I'm going to contact my credit card company to reverse the charge.",
  ],
  [['platform_complaint'], '不退的话，我就把你们的店名发到小区群里'],
  [[], '我也在评价里写了物流慢，不过东西没问题'],
  [[], '如果不是快递慢，我会给五星的'],
  [[], '你们不用补偿，换一个就行'],
  [[], '不给换也没关系，我自己修好了'],
  [[], '我妈看到电视台的广告才买的'],
  [[], '12315是什么？我不太懂'],
  [[], '謝謝你們，我不會去消保會的啦'],
  [[], '如果不合適可以退嗎？'],
  [[], '你們的評價區好多人說好用'],
  [[], '唔使退錢啦，補寄就得'],
  [[], "If it doesn't fit, can I swap it for a medium?"],
  [[], 'I left a review already, five stars. Thanks!'],
  [[], "I'd never report a small shop like yours to anyone."],
  [[], 'I read on Reddit that your support is great.'],
  [[], "The courier was rude, I've complained to them directly."],
  [[], 'My lawyer recommended your shop, actually.'],
  [[], 'Is the BBB rating on your site current?'],
  [[], 'Either the blue or the green is fine, whichever ships first.'],
  [[], "Keep up the good work and I'll keep coming back."],
  [[], 'Unless you hear otherwise, please ship to my work address.'],
];

describe('probe batch 4 (issue 9 kinds)', () => {
  it.each(PROBES_4)('%j for "%s"', (want, text) => {
    expect(flagsOf(text).sort()).toEqual([...want].sort());
  });
});

// A fifth probe batch (polite bargains, the review made contingent, legal letters), read whole
// before any change for it: threat P 0.93 R 0.54, platform P 1.00 R 0.83 (n=46). Fixed by kind: the
// review made to depend on the seller ("my review depends on it", "how you handle this will decide
// my rating", 评价取决于你们的处理, 你们的处理方式会决定我的评价), a bare sum after 补我 and 好话 as
// the review moving, "the whole world reads about it in my review", "give me a reason not to",
// 补 as a remedy, 处理不好 and 看着来 as conditions, 存证信函, "spoken to a solicitor", "next
// step: court", disputing it with Visa, a court visited for jury duty as no threat, a stain and
// 少寄 as problems.
const PROBES_5: [string[], string][] = [
  [['extortion'], '老板，商量个事，你转我两百，我把差评换成好评，行不行？'],
  [['extortion'], '其实东西挺好的，就是想问问，差评删了能给点补偿吗？'],
  [['extortion'], '只要再补我五十，追评我就写好话'],
  [['extortion'], '我这人好说话，给个八十八的红包，评价马上改'],
  [['extortion'], '親，評價改成五星沒問題，麻煩先轉兩百元到我帳戶'],
  [['extortion'], '想要好評？送我一個新的就可以'],
  [['extortion'], '俾返我三百蚊，我即刻改好評'],
  [['extortion'], 'Kindly send $30 via PayPal and I will happily revise my feedback.'],
  [
    ['extortion'],
    'I would be glad to remove the negative review in exchange for a small gesture, say $25.',
  ],
  [['extortion'], 'A full refund and I keep the item, then my one-star goes away.'],
  [['extortion'], 'Let us make a deal: two free bottles and my review becomes five stars.'],
  [
    ['review_threat'],
    'The heel broke after two wears. I expect a full refund; my review depends on it.',
  ],
  [['review_threat'], 'The seat cushion has a stain. How you handle this will decide my rating.'],
  [
    ['review_threat'],
    'Wrong colour sent. Sort it, or the whole world reads about it in my review.',
  ],
  [['review_threat'], 'The speaker is dead. Give me a reason not to leave a one-star review.'],
  [['review_threat'], '螢幕有壞點，你們的處理方式會決定我的評價'],
  [['review_threat'], '少寄了一個零件，給不給補？不給我的評價就照實寫'],
  [['review_threat'], '商品壞了，能不能換全看你們，換不了就一顆星'],
  [['review_threat'], '灯罩碎了，怎么处理你们看着来，处理不好评价自然不会好'],
  [['review_threat'], '鞋子开胶，我的评价取决于你们的处理'],
  [['legal_threat'], '合同上写得很清楚，不退款我们就走法律程序'],
  [['legal_threat'], '再这样拖，我就去法院立案'],
  [['legal_threat'], '我已經準備好存證信函，今天不回覆就寄出'],
  [['legal_threat'], '你哋再唔處理，我會搵律師跟進'],
  [
    ['legal_threat'],
    'I have spoken to a solicitor, and unless you refund me, they will write to you.',
  ],
  [['legal_threat'], 'Next step: court.'],
  [['platform_complaint'], '你们这样搞，我只能打市民热线了'],
  [['platform_complaint'], '不解决的话，我去消费者协会反映'],
  [['platform_complaint'], '你們不退，我就向公平會檢舉不實廣告'],
  [['platform_complaint'], 'If nothing happens by Friday, I will be reporting you to the FTC.'],
  [['platform_complaint'], "Don't make me go to Citizens Advice over twenty pounds."],
  [['platform_complaint'], 'I will be disputing this with Visa if I am not refunded.'],
  [[], '你们要是能送个小礼物就更好了，不过不送也没关系，我已经好评了'],
  [[], '如果评价能改的话我想改成五星，怎么操作？'],
  [[], '差评是上一单的，跟这单没关系'],
  [[], '要是有红包活动记得叫我'],
  [[], '評價我寫好了，五星，謝謝你們'],
  [[], '如果有補償最好，沒有也沒關係'],
  [[], '我只是想問問你們的退貨流程'],
  [[], '你哋服務好好，我會畀五星'],
  [[], 'If you ever run a discount, I would happily buy again.'],
  [[], 'My review depends on how the shoes hold up, so I will write it next month.'],
  [[], 'A small gesture would be nice, but no pressure at all.'],
  [[], 'My lawyer and I both use your notebooks.'],
  [[], 'I went to court today for jury duty, so I missed the delivery.'],
  [[], 'Happy to leave five stars, you were great.'],
];

describe('probe batch 5 (issue 9 kinds)', () => {
  it.each(PROBES_5)('%j for "%s"', (want, text) => {
    expect(flagsOf(text).sort()).toEqual([...want].sort());
  });
});

// A sixth probe batch, read whole before any change for it: threat P 1.00 R 0.57, platform P 1.00
// R 0.83 (n=40). Fixed by kind: a review written or scored badly (评价就只好写烂了, 评分我就打最低),
// the resolution after the mention (评价就只好…), 追评曝光, 一分/两星 as bad ratings, "no
// replacement, no five stars", "my feedback will follow accordingly", 不退就别想要好评, "enjoy
// your new one-star", a gift of one more (送多件俾我), money first and the complaint withdrawn
// after (给我打一千块，投诉我就撤), asking for intervention (申请售后介入, 去平台申请).
const PROBES_6: [string[], string][] = [
  [['review_threat'], '保溫瓶不保溫。客服也不回。那評價就只好寫爛了。'],
  [['review_threat'], '衣服有破洞，你們不換的話，我只能老實評價了'],
  [['review_threat'], '喇叭有雜音，唔換嘅話我喺蝦皮俾一粒星'],
  [['review_threat'], '盒子壓爛咗，你哋冇交代，我就留個負評'],
  [['review_threat'], '手機殼尺寸不對，要是還不處理，評分我就打最低'],
  [['review_threat'], '送来的花都蔫了。不给个说法？那我评价里说说'],
  [['review_threat'], '耳机断线了，你们不管的话我追评曝光'],
  [['review_threat'], '面包发霉，不退钱我就打一分'],
  [['review_threat'], 'The lid is cracked. No replacement, no five stars. Simple as that.'],
  [['review_threat'], "Broken on arrival. If you won't help, I'll tell everyone in my review."],
  [
    ['review_threat'],
    'The charger stopped working in a week. Respond, or enjoy your new one-star.',
  ],
  [['review_threat'], 'Got the wrong model. Make it right; my feedback will follow accordingly.'],
  [['extortion'], '你們賠我雙倍，我才考慮把評價改回來'],
  [['extortion'], '如果你哋送多件俾我，我就改五星'],
  [['extortion'], '给我打一千块，投诉我就撤'],
  [['extortion'], '没什么问题，不过你们不送我点东西，我就给中评'],
  [['extortion'], "I'll change my feedback to positive if you refund me and let me keep it."],
  [
    ['extortion'],
    'Nothing is wrong with it, but unless I get a discount, I will leave a bad review.',
  ],
  [['legal_threat'], '这是欺诈，我要去法院告你们'],
  [['legal_threat'], '你們不處理，我就申請調解，再不行就上法院'],
  [['legal_threat'], 'Any further delay and I will begin legal proceedings.'],
  [['platform_complaint'], '再不给退，我去平台申请售后介入'],
  [['platform_complaint'], '你們要是不處理，我就去消費者文教基金會申訴'],
  [['platform_complaint'], '唔退錢我就去消費者委員會'],
  [['platform_complaint'], "If the refund doesn't arrive, I'm calling my bank to do a chargeback."],
  [['platform_complaint'], "I'll be sharing this whole conversation on Facebook if no one helps."],
  [['platform_complaint'], 'Expect to hear from Trading Standards.'],
  [[], '保溫瓶很好用，客服也很快回覆'],
  [[], '你們不用換了，我自己處理好了'],
  [[], '不給評價可以嗎？我比較懶'],
  [[], '如果你们不忙，能帮我看看物流吗'],
  [[], '差评不是我给的，是我朋友'],
  [[], '我在小红书看到你们家的，果然不错'],
  [[], '質量還不錯，唔使換'],
  [[], 'No replacement needed, five stars from me.'],
  [[], "If you won't have stock until June, I'll wait."],
  [[], 'I will tell everyone in my office about your shop, they will love it.'],
  [[], 'My feedback will follow once it arrives.'],
  [[], 'I saw your shop on Facebook and ordered right away.'],
  [[], "My bank called about fraud on a different card; it wasn't your charge."],
];

describe('probe batch 6 (issue 9 kinds)', () => {
  it.each(PROBES_6)('%j for "%s"', (want, text) => {
    expect(flagsOf(text).sort()).toEqual([...want].sort());
  });
});

// A seventh probe batch, read whole before any change for it: threat P 0.92 R 0.60, platform P 0.60
// R 0.60 (n=37). Fixed by kind: detailed/full/lowest reviews, an "if" about the seller failing as
// a condition ("if you ignore me again"), an "if … no refund" after the review, the product page
// and 问大家/商品页 as venues, "fix it before I…", "is a one-star review what you want?", "your
// reviews are about to take a hit", 看你们的诚意, 上黑猫, a complaint sent to Amazon, 删不删 (a
// question) as no refusal, a channel where nothing was seen (黑猫投诉上没看到) or that told the
// buyer something (the BBB told me) as a source, a chemical smell as a problem.
const PROBES_7: [string[], string][] = [
  [
    ['review_threat'],
    'The mattress topper smells of chemicals. Unless you take it back, I am writing a detailed review about it.',
  ],
  [
    ['review_threat'],
    'The watch strap snapped. If you ignore me again, I will share my experience in a review.',
  ],
  [
    ['review_threat'],
    "Parcel never came. I'll be giving you the lowest rating possible if there's no refund by Monday.",
  ],
  [['review_threat'], 'Faulty kettle, no answer for a week. Your reviews are about to take a hit.'],
  [
    ['review_threat'],
    'Two buttons missing. Fix it before I put this in writing on your product page.',
  ],
  [
    ['review_threat'],
    "The toy's wheel came off. Is a one-star review what you want? Because that is where this is going.",
  ],
  [['review_threat'], '椅子腳斷了，不賠的話我要在商品頁留言提醒大家'],
  [['review_threat'], '收到的盤子裂開了，你們再拖，我就給差評兼曝光'],
  [['review_threat'], '個煲漏水，你哋唔換，我一定留負評'],
  [['review_threat'], '包装破损，要是不补发，我就给店铺打低分'],
  [['review_threat'], '买的是黑色发来白色，你们不换我就在问大家里说'],
  [['extortion'], '你們補我五百元購物金，負評就刪'],
  [['extortion'], '這樣吧，退我一半的錢，評價改五星，你們也不虧'],
  [['extortion'], '俾個紅包我，負評即刻刪'],
  [['extortion'], '差评删不删，看你们的诚意'],
  [['extortion'], 'Consider sending a gift card my way; my review is still open to change.'],
  [
    ['extortion'],
    "If you'd like my one-star to disappear, a $40 refund on top of the exchange would do it.",
  ],
  [['legal_threat'], '你哋再拖，我就入稟法庭'],
  [['legal_threat'], '不退款的話，我們就法律途徑解決'],
  [['legal_threat'], 'My attorney has the paperwork ready if this is not fixed.'],
  [['platform_complaint'], '不处理我就上黑猫'],
  [['platform_complaint'], '你们不退，我就拨打消费者热线'],
  [['platform_complaint'], '你們是想讓我上爆料公社嗎'],
  [
    ['platform_complaint'],
    'If I have to wait another week, this goes straight to Amazon customer service as a complaint about your store.',
  ],
  [['platform_complaint'], "Fine, I'll let the BBB sort it out."],
  [[], '我在商品页留言问了尺码，谢谢回答'],
  [[], '差评删不删随你们，我已经不在乎了，只想退款'],
  [[], '購物金收到了，謝謝'],
  [[], '我不會留負評，放心'],
  [[], '黑猫投诉上没看到你们的投诉，挺放心的'],
  [[], '我的評論寫的是實話，出貨慢但東西好'],
  [[], "I'm writing a detailed review because the product is brilliant."],
  [[], 'If you ignore the small scratch, it looks brand new.'],
  [[], 'The lowest price I found was yours, so I bought it.'],
  [[], "The BBB told me you're a legitimate business, so I ordered."],
  [[], "Honestly? I'm annoyed about the delay, but it happens."],
  [[], 'I put the box in writing on the returns form as instructed.'],
];

describe('probe batch 7 (issue 9 kinds)', () => {
  it.each(PROBES_7)('%j for "%s"', (want, text) => {
    expect(flagsOf(text).sort()).toEqual([...want].sort());
  });
});

// An eighth probe batch, read whole before any change for it: threat P 1.00 R 0.67, platform P 0.80
// R 0.80 (n=34). Fixed by kind: 要嘛 like 要么, Cantonese 等住/食 like 等着/吃, 一星走起 (a review
// announced after a condition), 少一只, 花痕 as problems, "feedback to match", "or I help other
// buyers avoid you in my review", "last warning before the review", a coupon (折價券) as a payment
// and 拿掉 as the review going, 求助媒体, volunteering at a consumer body as a workplace.
const PROBES_8: [string[], string][] = [
  [['review_threat'], '枕头有霉味，你们不给退，差评我写定了'],
  [['review_threat'], '货到了才发现少一只鞋，今天不处理，明天就上追评'],
  [['review_threat'], '窗帘尺寸完全不对，再敷衍我，一星走起'],
  [['review_threat'], '電池充不進電，你們不退款我就寫負評讓大家避雷'],
  [['review_threat'], '顏色跟圖片差很多，要嘛退錢要嘛負評，你們選'],
  [['review_threat'], '部相機有花痕，你哋唔處理就等住食負評'],
  [
    ['review_threat'],
    'The fan rattles badly. Refund or replacement, or a one-star review. Your pick.',
  ],
  [
    ['review_threat'],
    'The paint chipped in a day. If this is how you handle it, I will be leaving feedback to match.',
  ],
  [
    ['review_threat'],
    'Box arrived soaked and the book is ruined. Help me, or I help other buyers avoid you in my review.',
  ],
  [
    ['review_threat'],
    'The lamp is dead on arrival and nobody answers. Last warning before the review.',
  ],
  [['extortion'], '我要求三倍赔偿，不然差评'],
  [['extortion'], '加我微信转我二百，评价给你改了'],
  [['extortion'], '你們送我一張折價券，我就把一星拿掉'],
  [['extortion'], 'Toss in a free month of your subscription and I will bump my rating up.'],
  [['extortion'], 'Review removal costs $60. Let me know.'],
  [['legal_threat'], '你們不退錢，我就告到消費法庭'],
  [['legal_threat'], '不给个说法，我就起诉到底'],
  [['legal_threat'], 'I am prepared to sue if necessary.'],
  [['platform_complaint'], '不退款我就去12315投诉你们，说到做到'],
  [['platform_complaint'], '你们再这样，我只能求助媒体了'],
  [['platform_complaint'], '再唔退款，我就報消委會'],
  [['platform_complaint'], 'I am one email away from reporting you to PayPal.'],
  [['platform_complaint'], 'Refund me or the next post on my TikTok is about you.'],
  [[], '差评我写过一次，后来删了，这次不会'],
  [[], '就算不退也没事，我就是想反馈一下'],
  [[], '你们选哪家快递都可以'],
  [[], '我在消费者协会做志愿者，你们的售后流程很规范'],
  [[], '退錢或換貨都可以，你們決定就好'],
  [[], '唔該你哋幫我查下單號，我唔急'],
  [[], 'Your pick: the blue or the red, I like both.'],
  [[], 'Help me choose a size, or I will just order both.'],
  [[], 'I am prepared to wait if needed.'],
  [[], 'My TikTok is all about home decor and your vase fits perfectly.'],
  [[], 'I reported the wrong address to you earlier, can you update it?'],
];

describe('probe batch 8 (issue 9 kinds)', () => {
  it.each(PROBES_8)('%j for "%s"', (want, text) => {
    expect(flagsOf(text).sort()).toEqual([...want].sort());
  });
});

// A ninth probe batch (bargains above all), read whole before any change for it: threat P 1.00
// R 0.63 (n=27). Fixed by kind: a good review offered on a demand (想要好评…全退给我，东西我留着),
// keeping the item as beyond a refund, a gift or voucher asked for in so many words for a good
// review (never one received: 送了小礼物，好评 stays thanks), perks (著数, 好处), 不留负评 as the
// review going, "fifty bucks", "comes off", "for fifty bucks my review can vanish", 翘边 and
// "stopped after ten minutes" as problems, a deadline ("you have 48 hours, then…").
const PROBES_9: [string[], string][] = [
  [['extortion'], '不给我包邮再补二十块，这评价我是不会改的'],
  [['extortion'], '你们想要好评也简单，下单的钱全退给我，东西我留着'],
  [['extortion'], '东西一般般，你送我个赠品，我就给好评'],
  [['extortion'], '评价可以给你们改，条件是这单给我免单'],
  [['extortion'], '補償我一千元，我就不留負評'],
  [['extortion'], '要我撤回評論，先拿五百塊出來'],
  [['extortion'], '你哋畀返啲著數我，我就改評價'],
  [['extortion'], 'I could be persuaded to raise my rating with a little store credit.'],
  [['extortion'], 'For fifty bucks my review can vanish.'],
  [['extortion'], 'Refund me twice the price and the bad review comes off.'],
  [
    ['extortion'],
    'I know the lamp is fine, but my review stays at one star until I get a voucher.',
  ],
  [['review_threat'], '杯子烫手还漏水，你们不给退货的话，追评我会一直写'],
  [['review_threat'], '收到就是坏的，我给你们一天时间，不然差评'],
  [['review_threat'], '鞋码偏小两码，不换货？那就差评见'],
  [['review_threat'], '手機膜貼上就翹邊，再不回我訊息，我就給負評'],
  [['review_threat'], '個喼斷咗轆，你哋唔理就準備收差評'],
  [
    ['review_threat'],
    'The drill stopped after ten minutes. You have 48 hours, then the review goes live.',
  ],
  [
    ['review_threat'],
    'Torn packaging, scratched table. Refund it or I rate you one star everywhere.',
  ],
  [['review_threat'], 'The bulbs flicker. Ignore this and my feedback will be brutal.'],
  [[], '差评我不会给的，有问题我们好好沟通'],
  [[], '赠品没收到也没关系，东西很好'],
  [[], '這單免運嗎？'],
  [[], '你哋啲嘢好好，下次再幫襯'],
  [[], 'You have 48 hours to claim the discount, right?'],
  [[], 'Ignore my last message, the parcel just arrived.'],
  [[], 'My rating stays at five stars, lovely product.'],
  [[], 'I rate you five stars everywhere I can, brilliant service.'],
];

describe('probe batch 9 (issue 9 kinds)', () => {
  it.each(PROBES_9)('%j for "%s"', (want, text) => {
    expect(flagsOf(text).sort()).toEqual([...want].sort());
  });

  it.each(['快递小哥人很好，还送我一个小礼物，好评', '你们送了小礼物，我就给五星好评啦'])(
    '"%s" thanks for a gift',
    (text) => {
      expect(flagsOf(text)).toEqual([]);
    },
  );
});

// A tenth probe batch (mixed-language messages, unusual consequences), read whole before any
// change for it: threat P 0.88 R 0.64, platform P 0.75 R 0.75 (n=24). Fixed by kind: report 到
// PayPal, 吸力很弱 as a problem, 我给的评价你们自己想象, "without a refund" as a condition, "if it
// happens again" after the review, a removal priced (删的话一百块), a consumer office as a place,
// a question of where (律师函模板在哪里下载？) and "跟你们无关" as no legal step.
const PROBES_10: [string[], string][] = [
  [['review_threat'], '衣架断了两根, if no refund 我就 leave 差评'],
  [['platform_complaint'], 'Refund 再不到账，我就 report 到 PayPal'],
  [['review_threat'], '吸尘器吸力很弱，要是今天没人回我，那就一星伺候吧'],
  [['review_threat'], '被套起球严重，不处理的话，我给的评价你们自己想象'],
  [['review_threat'], '熱水壺按鈕失靈，你們如果不理，我就在評論區據實以告'],
  [['review_threat'], '件外套縮水，你哋唔退錢我就喺Google留低一星'],
  [['review_threat'], 'Damaged rug. Without a refund, my review will be exactly what you deserve.'],
  [
    ['review_threat'],
    "Sent the wrong charger twice. I won't hesitate to leave a one-star review if it happens again.",
  ],
  [['extortion'], '差评挂着也行，删的话一百块'],
  [['extortion'], 'Five stars are yours for a $10 PayPal tip.'],
  [['legal_threat'], '再不处理，我会请律师发律师函'],
  [['legal_threat'], "If I don't get my deposit back, I will take legal steps."],
  [['platform_complaint'], '你们要是不退，我就去小红书发避雷帖'],
  [['platform_complaint'], '再唔回覆，我就去消委會同埋上連登'],
  [
    ['platform_complaint'],
    'If this keeps up, I am filing a report with the consumer protection office.',
  ],
  [[], '衣架很结实, five stars 给你们'],
  [[], 'If no one is home, 放门口就好'],
  [[], '要是今天没人回我也没关系，明天再说'],
  [[], '我会在评论区推荐你们家的热水壶'],
  [[], 'Without a doubt the best rug I have bought.'],
  [[], "I won't hesitate to buy again, the quality is great."],
  [[], '我去小红书看了测评才下单的'],
  [[], 'The consumer protection office near me closed, sadly.'],
  [[], '律师函模板在哪里可以下载？跟你们无关，只是问问'],
];

describe('probe batch 10 (issue 9 kinds)', () => {
  it.each(PROBES_10)('%j for "%s"', (want, text) => {
    expect(flagsOf(text).sort()).toEqual([...want].sort());
  });
});

// An eleventh probe batch (review sites and bodies by name), read whole before any change for it:
// threat P 1.00 R 0.50, platform P 0.71 R 1.00 (n=22). Fixed by kind: review sites as the review
// (Google reviews, Yelp, Trustpilot, Tripadvisor), "rate you on every site", "my review changes to
// five stars" after a price, 拿三千来 as a sum, a body's scheme or website as a source.
const PROBES_11: [string[], string][] = [
  [
    ['review_threat'],
    'The sofa cushions are torn. Unless I hear back, I am posting photos on Google reviews.',
  ],
  [['review_threat'], 'Wrong size again. If this is not sorted, Yelp is getting the full story.'],
  [
    ['review_threat'],
    'Arrived broken. Refuse the refund and I will rate you on every site I can find.',
  ],
  [['platform_complaint'], 'If you keep ignoring me, the Ombudsman will hear about this.'],
  [['platform_complaint'], 'Refund within 7 days or I lodge a complaint with the ACCC.'],
  [['platform_complaint'], 'Your store will be flagged to Etsy if I get no answer.'],
  [['extortion'], 'Give me a 50% discount on my next order and my review changes to five stars.'],
  [['extortion'], 'Pay for my return shipping and throw in $15, and I will update my feedback.'],
  [['legal_threat'], 'I will be consulting my lawyer about this tomorrow unless it is sorted.'],
  [['review_threat'], '東西有瑕疵，如果不換，我會在Google評論給一星'],
  [['platform_complaint'], '你們不處理的話，我就去行政院消保處申訴'],
  [['platform_complaint'], '再不退款我就打去消保專線'],
  [['legal_threat'], '我會去地方法院按鈴申告'],
  [['extortion'], '拿三千來，我保證評價全部改成好評'],
  [['review_threat'], '喺淘寶買嘅衫爛咗，唔換我就去評價度話俾人知'],
  [[], 'I posted photos on Google reviews, five stars, you deserve it.'],
  [[], 'Yelp is where I found you, great reviews there.'],
  [[], 'The Ombudsman scheme sounds interesting, do you belong to one?'],
  [[], 'I will be consulting my partner about the colour before I order.'],
  [[], '我在Google評論看到很多人推薦'],
  [[], '消保處的網站有寫退貨規定，我照做了'],
  [[], '拿到貨了，評價全部好評'],
];

describe('probe batch 11 (issue 9 kinds)', () => {
  it.each(PROBES_11)('%j for "%s"', (want, text) => {
    expect(flagsOf(text).sort()).toEqual([...want].sort());
  });
});

// A twelfth probe batch, read whole before any change for it: threat P 1.00 R 0.33 (n=18). Fixed
// by kind: 追加评价 and photos added to it, 掉涂层/线头/crushed as problems, 评价区见真章, 不负责/
// 不给答复 as negated remedies, "won't refund? fine, my review will do the talking", "or my review
// helps others avoid this", 好说 and 给点补偿 in a bargain, 好评可以，但要先退我一半的钱. Left out,
// still missed: "the product is fine, but a refund would make my review a lot more generous" (a
// refund is a remedy, so a bargain read by its parts never counts it as the payment).
const PROBES_12: [string[], string][] = [
  [['review_threat'], '台灯用一周就不亮了。我不想闹大。但你们不换，我只能如实评价。'],
  [['review_threat'], '袜子全是线头，不给补偿的话，追加评价时我会附上照片'],
  [['review_threat'], '电饭煲内胆掉涂层，处理不了的话就别怪评价难看'],
  [['review_threat'], '蛋糕压扁了，你们不负责？那评价区见真章'],
  [['review_threat'], '发货慢还发错颜色，今天不给答复，我去评价里提醒其他人'],
  [['review_threat'], '鏡子有刮痕，你們再裝傻，我就寫評價讓大家知道'],
  [
    ['review_threat'],
    "The bottle leaks everywhere. Won't refund? Fine, my review will do the talking.",
  ],
  [
    ['review_threat'],
    'My headphones arrived crushed. Either you help, or my review helps others avoid this.',
  ],
  [['extortion'], 'Happy to bump you to five stars for a little something, say a $20 voucher.'],
  [['extortion'], '评价这事好说，你们看着给点补偿'],
  [['extortion'], '好評可以，但你們要先退我一半的錢'],
  [[], '台灯很好，我会如实评价的'],
  [[], '我不想闹大，就是提个建议，包装可以再好一点'],
  [[], '评价区有人说容易坏，我的还好'],
  [[], 'My review will do the talking: five stars, great quality.'],
  [[], 'Either you or your colleague can call me, whoever is free.'],
  [[], '评价的事不急，东西用了再说'],
];

describe('probe batch 12 (issue 9 kinds)', () => {
  it.each(PROBES_12)('%j for "%s"', (want, text) => {
    expect(flagsOf(text).sort()).toEqual([...want].sort());
  });
});

// A thirteenth probe batch (threats put as questions or split across sentences), read whole
// before any change for it: threat P 1.00 R 0.17, platform P 1.00 R 0.67 (n=22). Fixed by kind: the
// bad review offered as a question (你们是不是想要个差评？, 要我给一星你们才满意吗？, 係咪想我畀差評？,
// "do you really want a one-star review over…?"), 再等下去 and an unkind review after it, 一直没寄
// as a negated remedy, "a third time and the review goes up", "would you rather deal with a PayPal
// dispute?", 拿点诚意出来 and "the one-star gone" in a bargain. A first, looser question form read
// 想问下追评在哪里写？ (set 6's tuning half) as a threat and was narrowed. Left out, still missed:
// "That patience ends Friday, and so does my silence in the reviews."
const PROBES_13: [string[], string][] = [
  [['review_threat'], '鞋带断了。已经等三天了。再等下去，我的评价不会客气。'],
  [['review_threat'], '咖啡机漏水。你们说寄配件，一直没寄。那就评价见吧。'],
  [['review_threat'], '你们是不是想要个差评？杯子都裂成这样了'],
  [['review_threat'], '收到的耳机是坏的，要我给一星你们才满意吗？'],
  [['platform_complaint'], '你们是不是要我去市场监管局走一趟？退款拖了半个月'],
  [['platform_complaint'], '拖了一個月還不退，是要我去找消基會嗎？'],
  [['review_threat'], '你哋係咪想我畀差評？部機都開唔到'],
  [['legal_threat'], '你們是想在法院見面嗎？商品根本是假的'],
  [['review_threat'], 'The handle fell off. I asked twice. A third time and the review goes up.'],
  [['review_threat'], 'Do you really want a one-star review over a broken $10 clip?'],
  [['platform_complaint'], 'Would you rather deal with a PayPal dispute? Because that is next.'],
  [['legal_threat'], 'Shall we settle this in small claims court, then?'],
  [['extortion'], '想要我把差評撤了嗎？那就拿點誠意出來，五百就好'],
  [['extortion'], 'Do you want the one-star gone? Then make it worth my while.'],
  [[], '你们是不是上新了？我想看看新款'],
  [[], '要我给好评吗？当然没问题'],
  [[], '是要我去取件吗？在哪个驿站？'],
  [[], 'Do you really want photos of the whole box? I can send them.'],
  [[], 'Would you rather I return it by post or drop it off?'],
  [[], 'Shall we settle on the blue one then?'],
  [[], 'A third time buying from you and still happy.'],
];

describe('probe batch 13 (issue 9 kinds)', () => {
  it.each(PROBES_13)('%j for "%s"', (want, text) => {
    expect(flagsOf(text).sort()).toEqual([...want].sort());
  });
});

// A fourteenth probe batch, all hard negatives built on the shapes the batches above taught
// (questions, deadlines, 再等下去, 评价见, "a third time", "fine, …", "without a"): none flagged
// on its first run (n=20).
const PROBES_14: [string[], string][] = [
  [[], '要我给五星吗？当然，你们服务太好了'],
  [[], '你们是不是想要个好评？马上安排'],
  [[], '再等下去也没关系，我不急用'],
  [[], '差评就不给了，下次注意包装就行'],
  [[], '评价见仁见智，我觉得挺好'],
  [[], '一直没寄也没事，我取消订单就好'],
  [[], '你们不负责的话，我找快递公司也行'],
  [[], '評價區見到好多買家曬圖，好靚'],
  [[], '我會在追加評價補充使用心得'],
  [[], 'Do you really want a photo of the receipt too?'],
  [[], 'A third time and I finally got the right size, thank you!'],
  [[], 'Would you rather I leave the review now or after a month of use?'],
  [[], "Fine, I'll give it another week before I review it."],
  [[], 'I asked my bank about the exchange rate, all good.'],
  [[], 'Without a doubt my favourite shop. Five stars.'],
  [[], "If it happens again I'll just let you know, no big deal."],
  [[], 'Your reviews are great, that is why I ordered.'],
  [[], '我要在评论区夸夸客服小姐姐'],
  [[], '不给换也行，给我退款吧'],
  [[], '你們的處理方式我很滿意，評價已經給五星'],
];

describe('probe batch 14 (hard negatives on the new shapes)', () => {
  it.each(PROBES_14)('%j for "%s"', (want, text) => {
    expect(flagsOf(text).sort()).toEqual([...want].sort());
  });
});

// A fifteenth probe batch (bargains in English, summonses, platform teams), read whole before any
// change for it: threat P 1.00 R 0.27, platform P 1.00 R 0.33 (n=19). Fixed by kind: "forget the
// one-star ever happened" and "leave a glowing review" after a payment, a review put up for sale
// (开个价, 愿意出多少, "my review is negotiable"), a replacement and a refund together as beyond a
// remedy, Amazon's seller performance team, 让平台来评评理, 法院传票, "served papers", "every review
// site hears about it".
const PROBES_15: [string[], string][] = [
  [['extortion'], 'Tell you what: refund me in full and I will forget the one-star ever happened.'],
  [['extortion'], 'My review is negotiable. Make me an offer.'],
  [['extortion'], 'Send a replacement AND refund me, and I will leave a glowing review.'],
  [
    ['extortion'],
    'I will happily revise my rating once you send me twenty dollars for the hassle.',
  ],
  [['extortion'], '评价的事可以谈，你开个价'],
  [['extortion'], '差評要撤也行，看你們願意出多少'],
  [['extortion'], '給我兩個月的會員，我就改好評'],
  [
    ['platform_complaint'],
    'I have screenshots ready for the Amazon seller performance team if this drags on.',
  ],
  [['platform_complaint'], '你们再不处理，我就让平台来评评理'],
  [['platform_complaint'], '這件事我會向商品檢驗局反映，除非你們馬上退款'],
  [['legal_threat'], '你们再不赔偿，就等着收法院传票吧'],
  [['legal_threat'], 'Keep ignoring me and you will be served papers.'],
  [
    ['review_threat'],
    'The kettle is rusty inside. Ignore this and every review site hears about it.',
  ],
  [['review_threat'], '杯子漏水漏到桌上，給個交代，否則評價我就實話實說'],
  [[], 'Make me an offer on the bundle, I might buy two.'],
  [[], '价格可以谈吗？我想多买几个'],
  [[], 'I will happily revise my order once you confirm the size.'],
  [[], '我朋友在法院上班，说你们家东西不错'],
  [[], 'Every review site I checked rates you highly.'],
];

describe('probe batch 15 (issue 9 kinds)', () => {
  it.each(PROBES_15)('%j for "%s"', (want, text) => {
    expect(flagsOf(text).sort()).toEqual([...want].sort());
  });
});

// A buyer who is only asking to be answered ("reply to me or…", 再不回复就差评) has a service
// problem, being ignored, and demands nothing beyond the seller's duty: a review threat, never
// "possible extortion". A refund asked for in the same breath keeps the old reading.
describe('a threat whose only demand is an answer', () => {
  it.each([
    'Reply to me or I will leave negative feedback.',
    "If I don't hear back by Friday I'm leaving a 1-star review.",
    'If nobody answers by Monday, my review will say exactly that.',
    '再不回复我就给差评',
    '再不理我，我就去评价里写清楚',
  ])('%s → review_threat', (text) => {
    const a = analyze(text);
    expect(a.flags).toEqual(['review_threat']);
    expect(a.threat?.problem).toEqual(['service']);
  });
  it.each(['Refund me or I leave 1 star.', '再不回复，不退款我就给差评'])(
    '%s still reads a demand with no problem stated',
    (text) => {
      expect(analyze(text).threat?.signals).toContain('no_problem');
    },
  );
});
