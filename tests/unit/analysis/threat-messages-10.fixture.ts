// An eleventh set of buyer messages written for this project (not from any dataset), labelled
// completely before its first run, by a helper that had not read lib/analysis/flags.ts (only the
// header and a few rows of sets 2–9 for the format and the label conventions, and grep for a few
// channel names so as not to repeat wordings). Its focus is recall on new wordings: implied
// conditionals with no "if" (a demand, then "Otherwise, …", "你看着处理吧，我这边不介意多写几句",
// 给个说法，不然…), threats as questions ("Do you want a 1-star?", 你是想要差评吗？, 你們要逼我…嗎？),
// polite or sarcastic threats ("I'd hate to have to…", "Would be a shame if…"), bare statements of
// what comes next ("My lawyer will be in touch", "A-to-z claim goes in tonight", "PayPal case
// opening tomorrow"), channels named without a verb of complaint (small claims, Visa, Amex, the
// state attorney general, Reddit, the local news, 小二介入, 申请仲裁, 工商局, 315, 黑猫投诉, 抖音,
// 小红书, 新闻媒体, 1950, 公平會, 立委服務處, 消委會, Openrice, IG 限動, Google 評論), extortion
// without the word money ("make it worth my while", 意思意思, 看你们怎么表示, a free unit for a
// deleted review) and reputation threats ("I will make sure nobody buys from you again").
// About 40% are hard negatives: reviews already left (上次我给了差评是因为…), neutral mentions of
// reviews, lawyers, the news or a channel, questions about policy, "otherwise it's fine",
// 不然的话也挺好, buyers saying they will NOT leave bad feedback, anger with nothing threatened,
// question forms with a positive intent ("Do you want me to leave a review? Happy to").
// Labels (as in sets 7–9): review_threat = a real problem stated + a bad review (or a warning to
// other buyers) threatened; extortion = a review traded without a problem stated, or for
// money/items beyond a remedy, or by a reviewer selling coverage; platform_complaint = any body,
// bank/card, platform or public exposure (media, social networks) threatened; legal_threat =
// lawyers, courts, legal letters, formal notice.
import type { ThreatMessage } from './threat-messages.fixture';
import type { Flag } from '../../../lib/analysis/types';

const m = (lang: ThreatMessage['lang'], flags: Flag[], text: string): ThreatMessage => ({
  lang,
  flags,
  text,
});

export const THREAT_MESSAGES_10: ThreatMessage[] = [
  // --- zh-Hans, threats
  m(
    'zh-Hans',
    ['review_threat'],
    '凉鞋穿了两次鞋底就开胶了，你看着处理吧，我这边不介意在评价里多写几句。',
  ),
  m('zh-Hans', ['review_threat'], '衣服线头一堆，袖子上还有个破洞，你是想要差评吗？'),
  m('zh-Hans', ['review_threat'], '收到的杯子盖子是裂的。今天给我换，要么我就把照片挂到评价区。'),
  m(
    'zh-Hans',
    ['review_threat'],
    '奶粉罐子瘪了一大块，密封膜也破了，这事不解决，追评我会写得很详细。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '充电宝用了一天就充不进电，拖到周五还没结果，五星是别想了，一星伺候。',
  ),
  m('zh-Hans', ['review_threat'], '蓝牙音箱一边有杂音，好好跟你们说没人理，那就评价区见吧。'),
  m(
    'zh-Hans',
    ['review_threat'],
    '台灯买回来就一直闪，换不换给句话，不换的话评价里我会如实写，让后面的人别踩坑。',
  ),
  m('zh-Hans', ['review_threat'], '发来的尺码和我下单的不一样，赶紧给我补发正确的，别逼我写差评。'),
  m('zh-Hans', ['review_threat'], '床单掉色把我白衬衫都染了，你们不赔，我就天天追评。'),
  m('zh-Hans', ['review_threat'], '鞋底都断了，你是觉得我不会给差评是吧？'),
  m('zh-Hans', ['review_threat'], '颜色和图片差这么多，想让我怎么评价你们？一星够不够？'),
  m('zh-Hans', ['review_threat'], '吹风机用了三次就不出热风了，非要我把评价写出来你们才肯处理吗？'),
  m(
    'zh-Hans',
    ['review_threat'],
    '包裹丢了一周都没人回复，我实在不想给差评，但你们再不回我也没办法了。',
  ),
  m(
    'zh-Hans',
    ['review_threat'],
    '买的是新品，收到的明显是别人退回来的，包装都拆过了。给我换新的，这是最后一次好好说，之后我会在评价里把经过原原本本写出来。',
  ),
  m('zh-Hans', ['platform_complaint'], '发错货三天了没人管，给个说法，不然直接投诉到平台。'),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '客服来回推脱，我现在就申请小二介入，你们自己跟平台解释吧。',
  ),
  m('zh-Hans', ['platform_complaint'], '保质期都过了还在卖，我已经截图了，明天就打315。'),
  m('zh-Hans', ['platform_complaint'], '卖假货还不承认？那我们黑猫投诉上见。'),
  m('zh-Hans', ['platform_complaint'], '退款拖了半个月，再这样下去我就去工商局反映情况。'),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '商品和描述完全不符，商家又不同意退货，我准备申请平台仲裁。',
  ),
  m('zh-Hans', ['platform_complaint'], '这种质量也敢卖？我准备把开箱视频发抖音，让大家评评理。'),
  m('zh-Hans', ['platform_complaint'], '一直不给退，那我只好发小红书曝光你们了，照片都拍好了。'),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '问题不解决的话，新闻媒体那边我也有朋友，到时候曝光了别怪我没提醒。',
  ),
  m('zh-Hans', ['platform_complaint'], '你们这样对待消费者，我会向12315和消协都反映一遍。'),
  m(
    'zh-Hans',
    ['legal_threat'],
    '维修了三次还是坏的，我已经咨询过律师了，下周律师函会寄到你们公司。',
  ),
  m('zh-Hans', ['legal_threat'], '收到的是空盒子，不退款我就去法院起诉，小额诉讼我也不怕麻烦。'),
  m('zh-Hans', ['legal_threat'], '你们要是继续装死，咱们法庭上见。'),
  m('zh-Hans', ['legal_threat'], '卖翻新机冒充新机，这事我会走法律程序，证据我都保留好了。'),
  m('zh-Hans', ['extortion'], '补偿我个三百块我就改好评。'),
  m('zh-Hans', ['extortion'], '再寄一个新的给我，旧的也不用退，我就把差评删了。'),
  m('zh-Hans', ['extortion'], '好评可以给，不过你懂的，意思意思。'),
  m(
    'zh-Hans',
    ['extortion', 'platform_complaint'],
    '我是做测评的，粉丝好几万，给我包个红包，我就不发负面视频。',
  ),
  m('zh-Hans', ['extortion'], '差评已经写好了，发不发就看你们的诚意了，五百块差不多。'),
  m('zh-Hans', ['extortion'], '退款我不要，直接转我两百，评价的事好说。'),
  m('zh-Hans', ['extortion'], '东西我留着，钱全退，再加一张五十的券，不然这一星就一直挂着吧。'),
  m('zh-Hans', ['extortion'], '你是想花点小钱了事，还是想我拿几个号轮流给你刷差评？'),
  // --- zh-Hans, hard negatives
  m('zh-Hans', [], '上次我给了差评是因为快递太慢，这次很快，已经追加好评了。'),
  m('zh-Hans', [], '我已经给过评价了，四星，扣一星是因为包装有点瘪。'),
  m('zh-Hans', [], '你们家评价挺好的，所以才下单的，希望别让我失望哈。'),
  m('zh-Hans', [], '请问怎么申请退货？页面上找不到入口。'),
  m('zh-Hans', [], '要是能换成黑色最好，不然的话也挺好，这个颜色我也能接受。'),
  m('zh-Hans', [], '我不会给差评的，就是想让你们帮忙看看到底怎么回事。'),
  m('zh-Hans', [], '太失望了！！！等了这么久就等来这个，心累。'),
  m('zh-Hans', [], '气死我了，快递把盒子压得稀烂，麻烦补发一个吧。'),
  m('zh-Hans', [], '我朋友是律师，就是她推荐我买的这款，说很好用。'),
  m('zh-Hans', [], '看到黑猫投诉上有人说你们家发货慢，我还有点担心，结果挺快的。'),
  m('zh-Hans', [], '我在抖音刷到你们的视频才来买的，主播推荐的那款还有吗？'),
  m('zh-Hans', [], '订单页面上多了个“申请仲裁”的按钮，我不小心点到了，会有影响吗？'),
  m('zh-Hans', [], '你们要是上新款记得通知我，不然我老是错过。'),
  m('zh-Hans', [], '不给换也没关系，我自己修一下就行，下次注意就好。'),
  m('zh-Hans', [], '315晚会曝光的那个牌子跟你们不是一家吧？有点担心。'),
  m('zh-Hans', [], '我给了五星好评，还发了小红书推荐，希望你们越做越好。'),
  m('zh-Hans', [], '你们是不是想让我追评？用了一个月确实不错，可以写。'),
  m('zh-Hans', [], '差评我已经删了，谢谢你们这么快就补发了。'),
  m('zh-Hans', [], '东西坏了我是挺生气的，但还是希望好好解决，退款就行。'),
  m('zh-Hans', [], '再不发货我就来不及送人了，能不能帮忙加急？'),
  m('zh-Hans', [], '否则我也不会来找客服，实在是没办法才打扰你们。'),
  m('zh-Hans', [], '平台客服让我直接联系你们，说商家处理会更快一些。'),
  // --- zh-Hant, threats
  m('zh-Hant', ['platform_complaint'], '買到瑕疵品還不讓退，給個說法，不然我就去消基會。'),
  m('zh-Hant', ['platform_complaint'], '商品跟圖片差太多，再不處理我直接打1950消費者專線。'),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '等了二十天還沒出貨，明天沒回覆的話，我就直接向momo客服申訴。',
  ),
  m('zh-Hant', ['review_threat'], '你們是不是想要負評？螢幕有亮點還叫我自己想辦法。'),
  m(
    'zh-Hant',
    ['review_threat'],
    '鍋子用兩次就生鏽，你們自己看著辦，我不介意在評論區寫一篇完整心得。',
  ),
  m('zh-Hant', ['platform_complaint'], '包裹被你們寄丟了還怪我，這件事我會PO到PTT讓大家評評理。'),
  m('zh-Hant', ['platform_complaint'], '壞掉的吸塵器寄回去一個月，一直已讀不回，我只好找記者了。'),
  m('zh-Hant', ['legal_threat'], '保固期內不給修，我已經請律師朋友幫我擬好信了，週一寄出。'),
  m('zh-Hant', ['legal_threat'], '收到的是空盒，不退錢就法院見，我說到做到。'),
  m('zh-Hant', ['legal_threat'], '少寄了一半的貨還不認帳，我會去提小額訴訟，對話紀錄都截圖了。'),
  m('zh-Hant', ['review_threat'], '衣服洗一次就縮成童裝，退款處理好我就給好評，不然就一顆星。'),
  m('zh-Hant', ['extortion'], '補償我五百元，負評馬上刪。'),
  m('zh-Hant', ['extortion'], '再送我兩瓶，我就把一星改掉，大家都好過。'),
  m('zh-Hant', ['extortion'], '我是部落客，文章要怎麼寫，就看你們怎麼表示了。'),
  m('zh-Hant', ['extortion'], '讓我覺得值得，評價自然就會變好。'),
  m('zh-Hant', ['platform_complaint'], '打電話給銀行取消刷卡也不是不行，你們要逼我這樣做嗎？'),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '耳機根本不能充電，我會跟信用卡公司申請爭議款，你們等著被扣款吧。',
  ),
  m(
    'zh-Hant',
    ['review_threat', 'platform_complaint'],
    '東西壞了三次，我準備向消保官申訴，順便在Google評論寫清楚。',
  ),
  m('zh-Hant', ['review_threat'], '你們是覺得我不敢給負評嗎？寄來的耳機根本是二手的。'),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '奶瓶收到就是破的。臉書上我有好幾個媽媽社團，要不要我分享一下這次的經驗？',
  ),
  m('zh-Hant', ['platform_complaint'], '訂金收了又不出貨，明天之前沒退款，我就去公平會檢舉。'),
  m('zh-Hant', ['platform_complaint'], '這已經是第三次寄錯了，我會直接去立委服務處陳情。'),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '瑕疵品還拒絕退貨？那就讓IG上的朋友來評評理，限動我都準備好了。',
  ),
  m(
    'zh-Hant',
    ['review_threat'],
    '手錶第二天就停了，我真的不想留負評，可是你們再這樣拖，我也只能照實寫了。',
  ),
  m('zh-Hant', ['review_threat'], '品質這麼差，還不退嗎？一星評論已經寫好放在草稿了。'),
  m('zh-Hant', ['platform_complaint'], '部機開唔到機，你哋唔換俾我，我就去消委會投訴。'),
  m('zh-Hant', ['review_threat'], '外賣凍晒仲漏晒湯，再唔回覆，我就喺Openrice寫到你哋一文不值。'),
  m('zh-Hant', ['extortion'], '俾五百蚊我，咩都好傾，唔係嘅話評價就咁擺喺度。'),
  m('zh-Hant', ['platform_complaint'], '賣過期嘢仲死唔認，我識報館啲人，你哋自己諗吓點做。'),
  // --- zh-Hant, hard negatives
  m('zh-Hant', [], '我上次給負評是因為物流太慢，這次很滿意，謝謝。'),
  m('zh-Hant', [], '評價已經留了，五顆星，謝謝老闆。'),
  m('zh-Hant', [], '你們家評價很好，是朋友推薦我來的。'),
  m('zh-Hant', [], '請問退貨要怎麼申請？需要自己寄回去嗎？'),
  m('zh-Hant', [], '如果有黑色就換黑色，不然的話也很好，白色我也可以。'),
  m('zh-Hant', [], '我不會留負評，只是想知道怎麼處理比較好。'),
  m('zh-Hant', [], '真的很生氣，等了兩個禮拜才到，下次不會再這麼久吧？'),
  m('zh-Hant', [], '我姊姊在消基會上班，她說你們家的東西很安全。'),
  m('zh-Hant', [], '看新聞報導說你們要開實體店，是真的嗎？'),
  m('zh-Hant', [], '信用卡好像被扣了兩次款，可以幫我查一下嗎？'),
  m('zh-Hant', [], '之前跟銀行申請了爭議款，後來你們退款了，我已經撤銷了。'),
  m('zh-Hant', [], '我們律師事務所要訂二十份，可以開統編嗎？'),
  m('zh-Hant', [], '如果來得及改地址就寄到公司，否則就按原本的地址寄就好，謝謝。'),
  m('zh-Hant', [], '唔使擔心，我唔會俾差評，換過就得。'),
  m('zh-Hant', [], '等到好嬲，不過收到之後都幾滿意。'),
  m('zh-Hant', [], '你們是想要好評嗎？給你們五顆星，東西很好用。'),
  m('zh-Hant', [], '我在PTT看到有人推薦你們家，所以來買的。'),
  // --- en, threats
  m(
    'en',
    ['review_threat'],
    'The blender jar cracked on day one. Refund me today. Otherwise, everyone on Trustpilot hears about it.',
  ),
  m(
    'en',
    ['platform_complaint'],
    'You sold me a used phone as new. I know people at the local news, and they love stories like this.',
  ),
  m(
    'en',
    ['legal_threat'],
    'Third broken treadmill in a row and still no refund. My lawyer will be in touch.',
  ),
  m(
    'en',
    ['legal_threat'],
    'You took my money for a sofa that never came. Next stop is small claims court. You have until Monday.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "Never received the parcel and the tracking number is fake. I'll dispute the charge with Visa.",
  ),
  m(
    'en',
    ['platform_complaint'],
    'Still no replacement for the dead headphones. PayPal case opening tomorrow morning if nothing changes.',
  ),
  m(
    'en',
    ['platform_complaint'],
    'A-to-z claim goes in tonight. You had two weeks to answer me about the missing order.',
  ),
  m(
    'en',
    ['review_threat'],
    'You shipped me a cracked mirror and then blocked my messages. I will make sure nobody buys from you again.',
  ),
  m(
    'en',
    ['review_threat'],
    "The lid doesn't fit the pot at all. Do you want a 1-star? Because ignoring me is how you get a 1-star.",
  ),
  m(
    'en',
    ['review_threat'],
    "I'd hate to have to leave negative feedback, but the bag arrived torn and I've heard nothing back in a week.",
  ),
  m('en', ['extortion'], 'Make it worth my while and the review disappears.'),
  m('en', ['extortion'], "Send me another one free and I'll delete the review."),
  m('en', ['extortion'], 'A $50 gift card would go a long way toward me reconsidering my rating.'),
  m(
    'en',
    ['extortion'],
    "Here's the deal: full refund, I keep the item, plus $30 for my time. Then we can talk about the review.",
  ),
  m(
    'en',
    ['extortion', 'platform_complaint'],
    "I run a YouTube channel with 80k subscribers. A free unit and some 'compensation' keeps your brand out of my next video.",
  ),
  m(
    'en',
    ['extortion'],
    'How about you comp me next month’s box too, and my review magically improves?',
  ),
  m(
    'en',
    ['review_threat'],
    "The zip broke the first time I wore it. Would be a shame if my review went from 5 stars to 1, wouldn't it?",
  ),
  m(
    'en',
    ['review_threat'],
    'The order is missing two items. Fine, keep ignoring me. See how that works out when my review goes live.',
  ),
  m(
    'en',
    ['review_threat'],
    'The colour is nothing like the photo. Your call: exchange it, or I write up exactly what happened for everyone to read.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "I've drafted a complaint to the state attorney general's office about the unrefunded deposit. It goes out Friday if I don't have my money.",
  ),
  m(
    'en',
    ['legal_threat'],
    'Consider this formal notice: replace the faulty unit within 14 days or I will pursue this through the courts.',
  ),
  m(
    'en',
    ['legal_threat'],
    "The warranty claim was refused for no reason. I'm in touch with a consumer rights attorney about this.",
  ),
  m('en', ['platform_complaint'], "Your listing says waterproof; it isn't. Expect a chargeback."),
  m(
    'en',
    ['platform_complaint'],
    "I'm posting this on Reddit with all the screenshots unless someone from management calls me about the broken frame.",
  ),
  m(
    'en',
    ['platform_complaint'],
    'Two months without my refund. Tweeting this whole thread at your CEO next. Still time to fix it.',
  ),
  m(
    'en',
    ['review_threat'],
    'Should I go ahead and leave the review now, or are you going to do something about the broken handle?',
  ),
  m(
    'en',
    ['review_threat'],
    'Is a one-star review what it takes to get a reply around here? My order has been stuck for 3 weeks.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "Really don't want to file a complaint with consumer protection over a $30 toaster that won't heat, but you're leaving me no choice.",
  ),
  m(
    'en',
    ['review_threat'],
    'Wrong size again. Either the replacement ships today or the review does.',
  ),
  m(
    'en',
    ['extortion'],
    'Keep the refund. What I want is $200 for the ruined weekend, or the post stays up.',
  ),
  m(
    'en',
    ['extortion'],
    "Pay for my dinner and a new phone case and I'll take the review down. Fair?",
  ),
  m(
    'en',
    ['legal_threat'],
    'The crib arrived with a split rail. Tell your manager my husband is a lawyer and he is not happy.',
  ),
  m(
    'en',
    ['legal_threat'],
    'You kept my deposit and cancelled my order. This isn’t over. See you in court.',
  ),
  m(
    'en',
    ['platform_complaint'],
    'The stroller wheel snapped off on day two. Great job, really. Shall I tell all 5,000 members of my Facebook group how great?',
  ),
  m(
    'en',
    ['platform_complaint'],
    'No reply about the damaged TV for ten days. Cancelling the charge through Amex. Enjoy the fee.',
  ),
  m(
    'en',
    ['review_threat', 'platform_complaint'],
    "The item never arrived and you won't answer, so I'm opening a case with eBay and leaving negative feedback.",
  ),
  m(
    'en',
    ['review_threat'],
    "You wouldn't want this ending up in a review, would you? Just sort out the refund for the cracked screen.",
  ),
  // --- en, hard negatives
  m(
    'en',
    [],
    'I already left a review last week, but wanted to tell you the replacement works great.',
  ),
  m('en', [], 'Your store has great reviews, which is why I ordered from you.'),
  m('en', [], 'How do I open a return? The button is greyed out on my order page.'),
  m('en', [], "If the blue one is sold out, send the grey; otherwise it's fine as is."),
  m('en', [], "I'm not going to leave bad feedback, I just want help getting this thing working."),
  m('en', [], "I'm so frustrated!!! Third time I've tried to reach you. Please call me back."),
  m('en', [], 'I left one star last year because of the shipping, but this time it was perfect.'),
  m('en', [], 'My lawyer recommended your shop, she loves the notebooks.'),
  m('en', [], 'Saw your store on the local news last night! Congrats.'),
  m('en', [], 'Do you want a photo of the damage? Happy to send one.'),
  m('en', [], 'Do you want me to leave a review? Happy to, the lamp is lovely.'),
  m('en', [], 'Is there a way to file a claim with the courier, or do you handle that?'),
  m(
    'en',
    [],
    "My bank flagged the charge as fraud by mistake. I've told them it was me, so it should go through now.",
  ),
  m('en', [], 'No need to refund anything; otherwise everything was perfect.'),
  m('en', [], "I won't be posting about this anywhere, just let me know when the restock happens."),
  m(
    'en',
    [],
    "Honestly, I'm disappointed. I expected better from a brand I've bought from for years.",
  ),
  m('en', [], 'Where can I leave a review? I want to thank Maria from support.'),
  m('en', [], 'My daughter is studying law and uses your planners every day.'),
  m('en', [], "What's your policy if the courier loses a parcel? Do I go through my card company?"),
  m('en', [], "I'd hate to be a bother, but could you check on my order?"),
  m('en', [], "Make it worth the wait! Can't wait for my order to arrive."),
  m('en', [], 'I will make sure everyone at work knows where I got this, they all loved it.'),
  m(
    'en',
    [],
    'Small claims court was a nightmare with my landlord; glad shopping with you is easy.',
  ),
  m(
    'en',
    [],
    'Otherwise, the order was perfect. Just the one missing screw, if you could send it.',
  ),
  m('en', [], "Send me another one? I'd like to buy a second, same colour."),
];
