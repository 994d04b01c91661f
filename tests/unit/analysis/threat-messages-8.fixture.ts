// A ninth set of buyer messages written for this project (not from any dataset), labelled
// completely before its first run, by a helper that had not read lib/analysis/flags.ts (only the
// header and a few rows of set 7 for the format and the label conventions). Its focus is issue 9's
// weakest kind, extortion in wordings the older sets do not use: a review traded for money or goods,
// politely or veiled ("make it worth my while", "what's in it for me", 意思意思, 表示一下, 有啲表示,
// 看你们的诚意, 返个现), demands beyond a remedy (a double refund, keeping the item with a full
// refund and cash on top, replacement plus refund plus voucher), reviewers who sell their reviews
// (职业差评师 style); review threats split over sentences, put as questions or as a review already
// drafted ("a 1-star review ready to post", 差评已经写好了); Cantonese (唔…就, 再唔…, 睇住嚟, 有啲
// 表示); chargebacks (拒付, 扣回, reverse the charge); bodies not in older sets (药监局, 12305,
// 食藥署, 海關, 議員服務處, ASA, CFPB, a state Attorney General, Citizens Advice, 存證信函, 小額錢債
// 審裁處, letter before action); social exposure (朋友圈, 爆料公社, Instagram, YouTube).
// 46% are hard negatives: reviews already posted (and reported: that keeps platform_complaint, no
// threat), anger without a condition, conditionals with nothing threatened, buyers saying they will
// NOT leave a bad review, how to reach the platform asked, the trigger words in innocent use
// (意思意思, 表示一下, "what's in it for me", "make it worth my while" for a bundle), safety reports.
// Labels: review_threat = a real problem stated + a bad review threatened for a remedy (a review site
// such as 大众点评 counts as the review); extortion = a review traded without a problem stated, or
// for money/items beyond a remedy, or by a reviewer selling reviews; platform_complaint = any body,
// bank, platform or public exposure (threatened or already done); legal_threat = lawyers, courts,
// legal letters.
// FIRST RUN (before any rule was changed for it, n=125): threat P 1.00 R 0.56, extortion P 0.69
// R 0.33, review_threat P 0.91 R 0.50, legal_threat P 1.00 R 0.86, platform_complaint P 0.78
// R 0.78, safety P 1.00 R 0.83. Threat R by language: zh-Hans 0.53, zh-Hant 0.63, en 0.53.
// Its tuning half (partOf, n=65): threat P 1.00 R 0.64, extortion P 0.60 R 0.27, review_threat
// P 0.89 R 0.67, legal_threat R 1.00, platform_complaint P 0.80 R 0.67, safety R 0.80.
// Its checking half (n=60): threat P 1.00 R 0.48, extortion P 0.75 R 0.38, review_threat P 1.00
// R 0.25, legal_threat P 1.00 R 0.80, platform_complaint P 0.75 R 1.00, safety R 1.00.
// After the tuning fixes (rules changed by kind from the tuning half's misses and three batches of
// fresh probes, never from a checking row): tuning half threat P 1.00 R 1.00 (every flag 1.00);
// CHECKING HALF (held out, n=60): threat P 1.00 R 0.66, extortion P 0.83 R 0.63, review_threat
// P 1.00 R 0.38, legal_threat P 1.00 R 0.80, platform_complaint P 0.75 R 1.00, safety R 1.00;
// threat R by language zh-Hans 0.71, zh-Hant 0.71, en 0.50. All n=125: threat P 1.00 R 0.81.
// The checking half was then OPENED (its 14 misses read) and fixed by kind, so it is no longer held
// out: 1.00 on every flag after that, all older sets unchanged; the held-out figure is the 0.66 above.
import type { ThreatMessage } from './threat-messages.fixture';
import type { Flag } from '../../../lib/analysis/types';

const m = (lang: ThreatMessage['lang'], flags: Flag[], text: string): ThreatMessage => ({
  lang,
  flags,
  text,
});

export const THREAT_MESSAGES_8: ThreatMessage[] = [
  // --- zh-Hans, threats
  m('zh-Hans', ['extortion'], '你想让我改评价？那得看你们的诚意了，意思意思总要有的吧'),
  m('zh-Hans', ['extortion'], '东西我就不退了，钱全退给我，再加一百块，差评我立马删'),
  m('zh-Hans', ['extortion'], '退款要退双倍，不然这个差评我就一直挂着'),
  m(
    'zh-Hans',
    ['extortion'],
    '我是干测评的，一个差评能让你们店掉多少单你们心里有数，表示一下我就不写了',
  ),
  m('zh-Hans', ['extortion'], '给个说法吧，说法到位了，评价我自然会改'),
  m(
    'zh-Hans',
    ['review_threat'],
    '台灯用了两天就闪个不停。客服也不回。我的差评已经写好了，就差点发送。',
  ),
  m('zh-Hans', ['review_threat'], '电饭煲内胆掉漆了，你们是非要逼我去写差评是吧？'),
  m('zh-Hans', ['review_threat'], '裤子尺码和吊牌完全不一样，今天之内没有答复，评价区见'),
  m('zh-Hans', ['safety', 'platform_complaint'], '面霜用了脸上起疹子，不给个交代我就去药监局举报'),
  m('zh-Hans', ['platform_complaint'], '商品是坏的你们又不给退，那我就让信用卡中心拒付这笔钱'),
  m(
    'zh-Hans',
    ['legal_threat'],
    '页面写的是全新正品，收到的是翻新机，我已经咨询过律师了，周五前不退款就起诉',
  ),
  m('zh-Hans', ['extortion'], '差评删不删，看你们怎么补偿我的精神损失了'),
  m('zh-Hans', ['extortion'], '鞋子开胶了，退款我要，另外再赔五百误工费，不然差评和追评一起上'),
  m(
    'zh-Hans',
    ['review_threat'],
    '说好48小时发货，一周了还没动静，要是还不发，我会在评价里把这事原原本本写出来',
  ),
  m(
    'zh-Hans',
    ['review_threat', 'platform_complaint'],
    '奶茶里喝出头发，不处理我就发到大众点评和朋友圈',
  ),
  m('zh-Hans', ['extortion'], '亲，您这边要是能返个现，我这边评价好说的'),
  m('zh-Hans', ['review_threat'], '衣服起球严重，你们要么换货，要么我每个平台都给差评'),
  m('zh-Hans', ['platform_complaint'], '快递员把包裹扔在楼下弄丢了，你们再装死，我就打12305申诉'),
  m(
    'zh-Hans',
    ['extortion'],
    '我一年写几百条评价，粉丝都看我的，你们家要是不懂事，那下一条就是你们',
  ),
  m('zh-Hans', ['legal_threat'], '标签上的成分是假的，我要求十倍赔偿，不然就去法院'),
  m('zh-Hans', ['review_threat'], '退货地址给错了害我寄丢，你们不负责的话，我这就把一星评价发出去'),
  m('zh-Hans', ['extortion'], '想让我不给差评也简单，这单免单就行'),
  // --- zh-Hans, hard negatives
  m('zh-Hans', ['platform_complaint'], '差评我昨天就发了，也举报到平台了，现在就等平台处理'),
  m('zh-Hans', [], '气得我一晚上没睡，这么贵的东西三天就坏了'),
  m('zh-Hans', [], '我不会因为这点小事给差评的，你们别担心'),
  m('zh-Hans', [], '请问怎么联系平台客服？我想问下运费险的事'),
  m('zh-Hans', [], '如果周末前能到，我就直接拿去送人了'),
  m('zh-Hans', [], '要是退款的话，运费谁出呀？'),
  m('zh-Hans', [], '不给差评，但是真的希望你们改进一下包装'),
  m('zh-Hans', [], '意思意思就行，不用送赠品了，谢谢'),
  m('zh-Hans', [], '表示一下歉意就好，我不要求赔偿，换个新的吧'),
  m('zh-Hans', [], '给个说法就行，我只想知道到底什么时候能发货'),
  m('zh-Hans', ['safety'], '孩子玩的时候被玩具边缘划伤了手，已经消毒了，你们以后注意'),
  m('zh-Hans', [], '我朋友是职业打假人，他说你们家的东西是正品，放心了'),
  m('zh-Hans', [], '上个月在消协网站上看到你们的公示，挺放心的'),
  m('zh-Hans', [], '评价写好了，五星，感谢'),
  m('zh-Hans', [], '东西不错，就是物流慢了点，我评价里提了一句'),
  m('zh-Hans', [], '再不发货我就不等了，直接取消订单'),
  m('zh-Hans', [], '值不值这个价，用了再说，到时候给你们反馈'),
  m('zh-Hans', [], '信用卡被扣了两次，是不是系统问题？麻烦帮我查一下'),
  m('zh-Hans', [], '差评不是我写的，可能是我老公用我账号写的，我让他删了'),
  // --- zh-Hant, threats
  m('zh-Hant', ['extortion'], '你想我改好評？咁你都要有啲表示先得㗎'),
  m('zh-Hant', ['review_threat'], '部機開唔到，你哋再唔覆我，我就即刻留一星'),
  m('zh-Hant', ['review_threat'], '唔換新嘅就等住收負評啦，件衫一洗就縮晒'),
  m('zh-Hant', ['platform_complaint'], '講明係正貨，收到係A貨，睇住嚟，我即刻報海關'),
  m('zh-Hant', ['extortion'], '退款我要雙倍，唔係嘅話個負評我唔會刪'),
  m('zh-Hant', ['extortion'], '評價要我改可以啊，看你們願意補貼多少囉'),
  m('zh-Hant', ['extortion'], '東西我留著，錢全退，另外再補我一千，負評就撤'),
  m('zh-Hant', ['review_threat'], '鍋子用一次就變形。你們是不是要我在評價寫清楚才肯處理？'),
  m('zh-Hant', ['review_threat'], '藍牙喇叭有雜音，負評我已經打好了，你們今天不回就送出'),
  m('zh-Hant', ['platform_complaint'], '說好的贈品沒送，不補寄的話我就跟信用卡公司申請扣回'),
  m('zh-Hant', ['platform_complaint'], '化妝品沒有中文標示，不處理我就檢舉到食藥署'),
  m('zh-Hant', ['platform_complaint'], '訂位被取消又不退訂金，我要去議員服務處陳情'),
  m('zh-Hant', ['legal_threat'], '再不退款，我就直接找律師寄存證信函'),
  m('zh-Hant', ['platform_complaint'], '再這樣敷衍，我就把對話截圖發到爆料公社'),
  m(
    'zh-Hant',
    ['extortion'],
    '我是專業評價員，幫你們寫篇好評是要收費的，不然寫出來的是什麼你們自己想',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '手錶錶帶斷了，要是明天還沒有回覆，我就在商品頁留下一顆星，讓大家小心',
  ),
  m('zh-Hant', ['extortion'], '其實東西還行啦，不過要是能退我一半的錢，五星評價馬上給你'),
  m('zh-Hant', ['review_threat'], '再唔退錢，我喺每個平台都寫差評，把遮一開就斷骨'),
  m('zh-Hant', ['legal_threat'], '假貨嚟㗎，唔退錢就小額錢債審裁處見'),
  m('zh-Hant', ['extortion'], '唔畀返五百蚊我，睇住嚟，你間舖嘅評分會好難睇'),
  m('zh-Hant', ['platform_complaint'], '鞋子穿一天就脫膠，不處理我就拍影片上YouTube講你們家'),
  m(
    'zh-Hant',
    ['review_threat'],
    '包裹寄錯地址還怪我，如果不重寄，我就讓所有買家在評價裡看到你們的態度',
  ),
  // --- zh-Hant, hard negatives
  m('zh-Hant', ['platform_complaint'], '我已經留了負評，也檢舉到蝦皮了，不用再傳訊息給我'),
  m('zh-Hant', [], '真係好嬲，等咗成個月先到，盒都爛晒'),
  m('zh-Hant', [], '放心啦，我唔會留差評，只係想問可唔可以換色'),
  m('zh-Hant', [], '請問要怎麼跟平台申訴？賣家是另一家，不是你們'),
  m('zh-Hant', [], '如果明天能到，我就不用另外買了'),
  m('zh-Hant', [], '唔該你哋有貨嘅時候通知我，唔急'),
  m('zh-Hant', [], '要是不方便換貨，退款也可以，我都OK'),
  m('zh-Hant', [], '表示一下心意就好，送個小贈品我就很開心了'),
  m('zh-Hant', ['safety'], '小朋友吞咗粒珠仔，送咗去急症室，醫生話冇大礙'),
  m('zh-Hant', [], '評價我已經寫了，是四顆星，扣一顆是因為包裝'),
  m('zh-Hant', [], '我老公在海關做事，他說這批貨的報關沒問題'),
  m('zh-Hant', [], '再唔到貨我都唔緊要，慢慢嚟'),
  m('zh-Hant', [], '爆料公社有人在問你們家的保固，我幫你們回答了'),
  m('zh-Hant', [], '我原本想給負評，後來看到你們回覆這麼快就算了'),
  m('zh-Hant', [], '律師朋友說七天鑑賞期是消費者的權利，所以想確認一下退貨流程'),
  m('zh-Hant', [], '我想用信用卡分期，請問可以嗎？'),
  m('zh-Hant', ['safety'], '插頭插上去有火花還冒煙，嚇死我了，已經拔掉了'),
  m('zh-Hant', [], '等了三天客服才回，真的很失望，服務有待加強'),
  // --- en, threats
  m('en', ['extortion'], 'Make it worth my while and the one-star review comes down.'),
  m('en', ['extortion'], "You want me to edit my review? What's in it for me?"),
  m('en', ['extortion'], "Compensate me properly and I'll reconsider my rating."),
  m(
    'en',
    ['extortion'],
    "I'd like a double refund for all this hassle; otherwise my review stays exactly as it is.",
  ),
  m(
    'en',
    ['extortion'],
    'Refund me in full, let me keep the blender, and add $50 for my time, then we can talk about my feedback.',
  ),
  m(
    'en',
    ['review_threat'],
    "The kettle leaks from the base. I have a 1-star review ready to post if I don't hear back by tonight.",
  ),
  m(
    'en',
    ['review_threat'],
    "The jacket zip broke on day one. Nobody has answered my two emails. If that doesn't change by Monday, my review will say so.",
  ),
  m(
    'en',
    ['review_threat'],
    'The blender jar cracked on first use. Do I really have to write a one-star review before anyone sorts this out?',
  ),
  m(
    'en',
    ['platform_complaint'],
    "The parcel never arrived and you keep stalling, so I'm about to ask my bank to reverse the charge.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "Your 'organic' label is false. Fix this or I'm reporting it to the Advertising Standards Authority.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "I'll be contacting my state Attorney General's consumer protection office if this isn't resolved by Friday.",
  ),
  m('en', ['legal_threat'], "Replace it, or you'll be hearing from me in small claims court."),
  m(
    'en',
    ['platform_complaint'],
    "Keep ignoring me and I'll post the unboxing video to my 40k Instagram followers.",
  ),
  m(
    'en',
    ['extortion'],
    'I review products for a living and my followers trust me. A little goodwill gesture would go a long way toward how this write-up turns out.',
  ),
  m(
    'en',
    ['extortion'],
    'Throw in the matching case and charger at no cost, and my review will be glowing instead of scathing.',
  ),
  m(
    'en',
    ['review_threat'],
    'The shoes I got are two sizes off what I ordered. Either swap them or my feedback will warn everyone.',
  ),
  m(
    'en',
    ['legal_threat'],
    "This is a breach of the Consumer Rights Act. Refund within 14 days or I'll send a letter before action.",
  ),
  m(
    'en',
    ['extortion'],
    "Let's be reasonable: a partial refund, and my review gets a lot friendlier. Your call.",
  ),
  m(
    'en',
    ['review_threat'],
    "Still no tracking after ten days. Should I just go ahead and post the review I've written?",
  ),
  m('en', ['platform_complaint'], "Sort this out or I'm contacting Citizens Advice and Which?"),
  m(
    'en',
    ['extortion'],
    'I could change that one star to five, if a $75 Visa card found its way to me.',
  ),
  m('en', ['legal_threat'], 'Answer me today, or my solicitor gets involved.'),
  m(
    'en',
    ['extortion'],
    "The mug chipped, so I want a replacement, a full refund and a voucher; get me all three and I'll delete my review.",
  ),
  m(
    'en',
    ['review_threat'],
    'Your courier left it in the rain and the box is soaked. Not happy. A bad review is coming unless this is fixed.',
  ),
  // --- en, hard negatives
  m(
    'en',
    ['platform_complaint'],
    'I already posted a one-star review last week and flagged the listing to Amazon.',
  ),
  m('en', [], "I'm furious. Three weeks and still nothing. Absolutely unacceptable."),
  m('en', [], "If it arrives by Friday, I'll be able to take it on holiday."),
  m('en', [], "Don't fret, no bad review from me; these things happen."),
  m('en', [], "How do I contact eBay's resolution centre? I can't find the link."),
  m('en', [], "What's in it for me if I sign up for your newsletter, a discount code?"),
  m('en', [], "Make it worth my while with a bundle price and I'll order two."),
  m(
    'en',
    ['safety'],
    "My son cut his finger on a sharp edge inside the toy. He's fine, but please check the batch.",
  ),
  m('en', [], "I won't be leaving negative feedback; the seller before you was the problem."),
  m('en', [], 'I paid the courier the extra customs fee myself, could you refund that part?'),
  m('en', [], 'If you could reply by tomorrow, that would be great; if not, no problem.'),
  m('en', [], "I'm a paralegal and need a sturdy bag for court files; does this one have a zip?"),
  m(
    'en',
    ['safety'],
    "The charger got so hot it melted the plastic casing. I've stopped using it.",
  ),
  m(
    'en',
    [],
    "I've written a review already: four stars, only knocked one off for the slow delivery.",
  ),
  m('en', [], 'Is there a fee if I pay by card, or is it the same as PayPal?'),
  m('en', [], "Honestly, this is the worst purchase of my year. I'm just venting."),
  m('en', [], 'Or else, if the red is sold out, the navy is fine too.'),
  m('en', [], 'I read the Which? review before buying and it was spot on.'),
  m('en', [], 'I reported a scam seller to Trading Standards last year, but you have been great.'),
  m('en', [], "Would a photo help? I don't want a refund, just a replacement part."),
];
