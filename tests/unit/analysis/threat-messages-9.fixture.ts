// A tenth set of buyer messages written for this project (not from any dataset), labelled
// completely before its first run, by a helper that had not read lib/analysis/flags.ts (only the
// header and five rows of set 8 for the format and the label conventions). Its focus is the way
// angry buyers actually write: long rambling messages with the threat buried in the middle
// sentence, no punctuation, typos (差平), emoji, mixed scripts (a 充电器 in an English message,
// "review" and "wifi" in Chinese ones), Cantonese, and channels named in passing (蝦皮, Dcard, 臉書
// 社團, 連登, 银行拒付, 消保官, 存證信函, PayPal dispute, small claims, BBB, TikTok, solicitor).
// 44% (36 of 81) are hard negatives: anger without a condition, reviews already posted, buyers
// saying they will NOT leave a bad review, questions about policy, conditionals with nothing
// threatened (cancel, buy elsewhere, keep it), and trigger words in innocent use (a buyer who is a
// lawyer, a friend who works at 消基會, a 12315 complaint about another shop).
// Labels: review_threat = a real problem stated + a bad review threatened for a remedy;
// extortion = a review traded without a problem stated, or for money/items beyond a remedy, or by
// a reviewer selling reviews; platform_complaint = any body, bank, platform or public exposure
// threatened; legal_threat = lawyers, courts, legal letters.
// FIRST RUN (before any rule was changed for it, n=81): threat P 1.00 R 0.72, extortion P 0.67
// R 0.57, review_threat P 1.00 R 0.47, legal_threat P 1.00 R 0.90, platform_complaint P 1.00
// R 0.85. Threat R by language: zh-Hans 0.62, zh-Hant 0.85, en 0.69 (P 1.00 on each).
// Its tuning half (partOf, n=49): threat P 1.00 R 0.71, extortion P 0.56 R 0.56, review_threat
// P 1.00 R 0.36, legal_threat R 0.88, platform_complaint P 1.00 R 0.75; threat R zh-Hans 0.55,
// zh-Hant 0.89, en 0.75.
// Its checking half (n=32): threat P 1.00 R 0.73, extortion P 1.00 R 0.60, review_threat P 1.00
// R 0.75, legal_threat R 1.00, platform_complaint P 1.00 R 1.00; threat R zh-Hans 1.00, zh-Hant
// 0.75, en 0.60.
// After the tuning fixes (rules changed by kind from the tuning half's 12 misses only: problems
// stated as a smell, a function that will not work, a dent, a listing claim contradicted, water
// getting in; spaces as clause stops in unpunctuated Chinese; the 差平 IME typo; a review added to
// another step (顺便差评, "and leaving a review"); 评价不好说; goods asked via 给我寄两套; 避雷/种草
// content as the review; a review priced by 谈个价; "my bank and a lawyer"): tuning half threat
// P 1.00 R 1.00 (every flag 1.00). CHECKING HALF (held out, n=32, measured once, misses not
// read): threat P 1.00 R 0.73 (unchanged), extortion P 1.00 R 0.60, review_threat P 1.00 R 0.75,
// legal_threat R 1.00, platform_complaint P 1.00 R 1.00; threat R zh-Hans 1.00, zh-Hant 0.75,
// en 0.60. All n=81: threat P 1.00 R 0.92, extortion P 1.00 R 0.86, review_threat R 0.93.
// Then two batches of fresh probes (48, none from a row) were fixed by kind (apostrophe-less
// negations, "rate you accordingly", codes and free goods as payment, 唔冻, 收费合作, "to my bank
// and a solicitor"); the checking half measured a second time after that (misses still not read):
// threat P 1.00 R 0.73, unchanged. Each of its 11 threat rows is 0.09 of recall.
// A third probe batch (20) was fixed by kind after that (stains/peeling/shedding as problems, "1*"
// reviews, bare "leaving feedback", "im leaving", "goes from 2 to 5", "make me an offer",
// po上评价); the checking half was not measured again.
import type { ThreatMessage } from './threat-messages.fixture';
import type { Flag } from '../../../lib/analysis/types';

const m = (lang: ThreatMessage['lang'], flags: Flag[], text: string): ThreatMessage => ({
  lang,
  flags,
  text,
});

export const THREAT_MESSAGES_9: ThreatMessage[] = [
  // --- zh-Hans, threats
  m(
    'zh-Hans',
    ['review_threat'],
    '你好，我上周买的那个电饭煲，今天早上第一次用内胆涂层就掉了一大块。我老公说可能是我们洗的时候太用力，但我们根本还没洗过。麻烦你们尽快处理一下，要是这周还没人给我换，我就把整个过程写进评价里打一星让大家都看看。孩子还等着吃饭呢。谢谢',
  ),
  m('zh-Hans', ['extortion'], '亲 好评返现有没有 没有的话我这条评价可就不好说了哦😏'),
  m(
    'zh-Hans',
    ['extortion'],
    '衣服颜色不对我认了，但是退款之外你们得再补我300精神损失费，不然差评加追评一个不少',
  ),
  m(
    'zh-Hans',
    ['legal_threat'],
    '鞋子穿了两天就开胶，客服一直踢皮球，我已经咨询过律师了，再拖下去咱们法院见',
  ),
  m(
    'zh-Hans',
    ['review_threat', 'platform_complaint'],
    '耳机左边没声音 给你们发了视频也没人理 明天之前不处理我就打12315投诉 顺便差评',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '快递盒子都压烂了里面的杯子碎成渣 你们要么补发要么退钱 不然我给你们刷一排差平',
  ),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '充电宝标的两万毫安，实测连一半都没有，这是虚假宣传。我已经截图了，不给个合理解释我就去市场监管局举报你们',
  ),
  m(
    'zh-Hans',
    ['extortion', 'platform_complaint'],
    '我粉丝好几万，你们这个产品我本来准备发个避雷视频的，给我寄两套新的过来我可以考虑换成种草',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '这个wifi摄像头连不上网，试了N次了😡😡 退款吧 不退的话我review直接一星 说到做到',
  ),
  m(
    'zh-Hans',
    ['legal_threat'],
    '你们卖的是假货，专柜鉴定过了。按消法假一赔三，不赔的话我直接起诉，诉状都准备好了',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '说实话我是你们家老顾客了，买了快三年。这次的茶叶一股霉味，跟以前完全不是一个东西。我也不想为难客服，但是如果不给我退，我只能在评价里把实情写出来，让后面的人别再上当。希望你们重视一下。',
  ),
  m('zh-Hans', ['platform_complaint'], '东西一直没发货，信用卡已经扣款了，再不发我就找银行拒付'),
  m('zh-Hans', ['extortion'], '差评删可以，先转我500，少一分都不行'),
  m('zh-Hans', ['extortion'], '我在好几个平台都有号，一条差评能挂很久的，你懂的，私聊谈个价'),
  m(
    'zh-Hans',
    ['legal_threat', 'platform_complaint'],
    '商品有质量问题你们拒绝退货，已经违反七天无理由的规定了，我会向消费者协会投诉，必要时走法律程序',
  ),
  // --- zh-Hans, hard negatives
  m('zh-Hans', [], '什么垃圾东西，用一次就坏，真是气死我了，以后再也不买你们家了'),
  m('zh-Hans', [], '上次买的那个我已经给了差评，这次的还行，先确认收货了'),
  m('zh-Hans', [], '虽然发错了颜色，但我不会给差评的，你们帮我换一下就好'),
  m('zh-Hans', [], '请问你们这边退货运费是谁出？如果我要换尺码需要怎么操作'),
  m('zh-Hans', [], '如果明天能发货的话麻烦告诉我一声，不能的话我就先取消订单了'),
  m('zh-Hans', [], '要是不合适的话可以退吗？我怕买大了'),
  m(
    'zh-Hans',
    [],
    '等了整整十天才到，包装也破了，客服回复慢得要死。我真的很失望，本来是买来送人的，现在只能自己用了。算了，不想多说了。',
  ),
  m('zh-Hans', [], '评价的事你放心，我一般都是好评，就是想问下这个能不能开发票'),
  m('zh-Hans', [], '朋友说你们家的东西质量不行，我不信，结果还真是😂 下次不买了'),
  m('zh-Hans', [], '我自己就是律师，平时工作忙，麻烦直接发顺丰，到付也行'),
  m('zh-Hans', [], '之前在12315上投诉过别家，你们处理得比他们快多了，点赞'),
  m('zh-Hans', [], '不给退就不给退吧，我自己认倒霉，下次长记性'),
  // --- zh-Hant, threats
  m(
    'zh-Hant',
    ['review_threat'],
    '買的吹風機才用一個禮拜就不會熱了，拜託盡快幫我換貨，不然我會在蝦皮評價寫清楚，給一顆星',
  ),
  m('zh-Hant', ['platform_complaint'], '商品跟網頁寫的完全不同，你們再不處理我就去消保官那邊申訴'),
  m('zh-Hant', ['legal_threat'], '已經寄了存證信函給你們公司，七天內沒有回應我們就法院見'),
  m('zh-Hant', ['extortion'], '想要我刪負評可以啊，匯個兩千塊過來，我馬上刪😊'),
  m('zh-Hant', ['extortion'], '評價我還沒寫，要寫好寫壞就看你們的表現了，送點小禮物我會考慮'),
  m(
    'zh-Hant',
    ['review_threat', 'platform_complaint'],
    '部機收到個mon已經裂咗 你哋今個禮拜唔換俾我 我就喺連登同埋評價度鬧爆你哋 一粒星',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '我知道現在物流很忙，也不是要刁難誰。但是這件外套少了一顆扣子，袖口還有脫線。上次問客服也只說會轉達，之後就沒消息了。如果這禮拜還是沒有人回覆，我只好把照片附在評論裡，給最低分。謝謝。',
  ),
  m(
    'zh-Hant',
    ['legal_threat', 'platform_complaint'],
    '信用卡已經被扣款兩次，你們客服都不接電話，再不退款我就去銀行申請爭議款，還會找律師',
  ),
  m(
    'zh-Hant',
    ['extortion'],
    '退款我收到了，但是這段時間的損失誰賠？再多給我一千，否則負評一直掛著',
  ),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '不幫我處理的話我就把對話截圖發到Dcard跟臉書社團，讓大家評評理',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '收到的耳機根本沒有降噪功能 跟廣告講的差很多 退貨不給的話我就留負評 還要一星星',
  ),
  m('zh-Hant', ['legal_threat'], '明明寫正品結果是仿的，這已經是詐欺了，不退款的話我會直接提告'),
  m('zh-Hant', ['extortion'], '我是專門寫開箱的部落客，你們出個價，好評差評都可以談'),
  m(
    'zh-Hant',
    ['review_threat'],
    '鍋子底部凹了一大塊，要嘛補寄一個新的，要嘛退全額，兩個都不要的話我評價就照實寫，不會客氣',
  ),
  m('zh-Hant', ['legal_threat'], '我已經搵咗律師朋友睇過 你哋唔回覆就等律師信啦'),
  // --- zh-Hant, hard negatives
  m('zh-Hant', [], '真的很生氣，等了兩個禮拜還沒到貨，你們到底在幹嘛'),
  m('zh-Hant', [], '我之前就已經給過負評了，這次只是想問下次買有沒有折扣'),
  m('zh-Hant', [], '放心啦我不會給負評，東西有點小瑕疵而已，換一個就好'),
  m('zh-Hant', [], '請問退貨要自己寄回去嗎？運費怎麼算？'),
  m('zh-Hant', [], '如果有黑色的話我想換黑色，沒有的話就算了'),
  m('zh-Hant', [], '唔該問下幾時有貨 如果今個月冇我就去第二間買啦'),
  m('zh-Hant', [], '東西很爛，品質差到爆，客服態度也很差😤😤😤 以後不會再來了'),
  m('zh-Hant', [], '我朋友在消基會上班，她說你們家口碑不錯，所以我才買的'),
  m('zh-Hant', [], '評價我已經寫了五星，順便問一下保固期多久'),
  m('zh-Hant', [], '如果這次還是壞的，我就真的不知道該怎麼辦了，可以教我怎麼重新設定嗎'),
  m('zh-Hant', [], '你們家上次的負評是我寫的沒錯，但那是物流的問題，這次很滿意'),
  m('zh-Hant', [], '老實說有點失望，顏色比照片暗很多，不過算了，不想退了'),
  // --- en, threats
  m(
    'en',
    ['review_threat'],
    "Hi, so I ordered the blender on the 3rd and it arrived fine but the lid doesnt lock properly and it leaks everywhere when I run it. I've tried it three times now. If I don't get a replacement lid or my money back by the weekend I'm going to post a 1 star review with the video so people know. Thanks for your help I guess",
  ),
  m(
    'en',
    ['extortion'],
    'hey so i havent actually opened it yet lol but if you send me a $50 gift card ill make sure the review is 5 stars, otherwise who knows 🤷',
  ),
  m(
    'en',
    ['extortion'],
    'I want the full refund AND to keep the item AND an extra $100 for my time, or the 1 star stays up',
  ),
  m(
    'en',
    ['legal_threat'],
    'this is my third email. the heater you sold me doesnt work and you keep ignoring me. my solicitor will be in touch if i dont hear back by Friday',
  ),
  m(
    'en',
    ['platform_complaint'],
    "The item never showed up and tracking hasn't moved in two weeks. Refund me today or I'm opening a dispute with PayPal.",
  ),
  m(
    'en',
    ['review_threat'],
    'zipper broke first day i wore it fix this or im leaving a review telling everyone exactly how cheap this jacket is',
  ),
  m('en', ['extortion'], 'Happy to take down my review once you Venmo me $40. Not before.'),
  m(
    'en',
    ['review_threat', 'platform_complaint'],
    "Your product page says waterproof. It is NOT. My phone case filled with water at the pool. Either you refund me or I'm reporting the listing to Amazon and leaving a review with the photos.",
  ),
  m(
    'en',
    ['legal_threat'],
    'Youve got 14 days to refund me before I file in small claims court. I have all the receipts.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "I'll be sharing this whole thread on TikTok and with the Better Business Bureau unless someone actually calls me back",
  ),
  m(
    'en',
    ['review_threat'],
    'The 充电器 you sent is the wrong plug type, useless in the UK. Send the right one or my review is going to be brutal 😤',
  ),
  m(
    'en',
    ['extortion'],
    "I run a review account with 20k followers. Products I'm not compensated for tend to get honest reviews, if you know what I mean. Let's talk numbers.",
  ),
  m(
    'en',
    ['review_threat'],
    "Not trying to be difficult here. I've bought from you guys before and always been happy. This time the sofa cover came in the wrong size and the colour is way off from the pictures. Honestly if this isn't sorted I'll have no choice but to write it all up in a review. Let me know what you can do.",
  ),
  m(
    'en',
    ['legal_threat', 'platform_complaint'],
    'charged twice for one order. if this isnt reversed by monday im contacting my bank and a lawyer',
  ),
  m(
    'en',
    ['extortion'],
    'Give me a free one on top of the refund and the bad review disappears, simple as that',
  ),
  // --- en, hard negatives
  m('en', [], "This is the worst purchase I've made all year. Absolutely furious. Never again."),
  m(
    'en',
    [],
    "I already left a 2 star review last week, just wanted to say the replacement came and it's fine.",
  ),
  m(
    'en',
    [],
    "Don't worry, I'm not going to leave a bad review over this, just want the missing screws sent.",
  ),
  m('en', [], "What's your return policy if the shoes don't fit? Do I pay for shipping?"),
  m(
    'en',
    [],
    "If the package doesn't arrive by Friday, could you let me know what options I have?",
  ),
  m(
    'en',
    [],
    'Honestly so disappointed. It broke after two days and the box was crushed. I expected better from a shop with so many good reviews.',
  ),
  m(
    'en',
    [],
    "My husband is a lawyer and he laughed at how complicated your assembly instructions are lol. Anyway it's built now, looks great",
  ),
  m(
    'en',
    [],
    'Will you be sending a review request email? I usually leave reviews after a month of use.',
  ),
  m('en', [], "if its not possible to exchange then no worries, I'll just keep it"),
  m(
    'en',
    [],
    "ugh the colour is totally different from the photo. so annoying. whatever i'll live with it",
  ),
  m(
    'en',
    [],
    "Is there a number I can call? I'd rather sort this out with you directly than go through the platform.",
  ),
  m(
    'en',
    [],
    'I gave you 5 stars before I even tried it, so hopefully the second one works better haha',
  ),
];
