// A sixth set of buyer messages written for this project (not from any dataset), labelled before
// its first run on the current rules. New wordings: conditionals the earlier sets do not use
// (假如/倘若/若/处理不好的话, should you…, absent…, failing…), channels not used before (消费者协会,
// 黑猫投诉, 邮政管理局, 行政院消保處, 公平會, 發卡銀行退單, Facebook groups, Trading Standards, small
// claims, an attorney general, Reddit/X), and extortion disguised as a polite request for
// "compensation", a "goodwill gift card" or a partial refund in exchange for changing a review. More
// than half are hard negatives: the same conditional openers, channels, reviews, compensation and
// lawyers mentioned with nothing threatened, and angry messages that threaten nothing.
// FIRST RUN (before any rule was changed for it): threat P 1.00 R 0.61, extortion P 0.86 R 0.67,
// review_threat P 1.00 R 0.33, legal_threat P 1.00 R 0.67, platform_complaint P 0.75 R 0.75.
import type { ThreatMessage } from './threat-messages.fixture';
import type { Flag } from '../../../lib/analysis/types';

const m = (lang: ThreatMessage['lang'], flags: Flag[], text: string): ThreatMessage => ({
  lang,
  flags,
  text,
});

export const THREAT_MESSAGES_5: ThreatMessage[] = [
  // --- threats (a real problem stated → review_threat; money beyond a refund or no problem → extortion)
  m('zh-Hans', ['review_threat'], '鞋底开胶了，假如这周还不给换，那我只好把实际情况写进评价里'),
  m('zh-Hans', ['platform_complaint'], '退款拖了十天，倘若明天还没到账，我就向消费者协会投诉'),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '充电线用一周就断了还不给退？那我只能把聊天记录发到黑猫投诉上',
  ),
  m('zh-Hans', ['extortion'], '亲，差评我可以删的，您这边补偿我三百元辛苦费就好，退款照退哦'),
  m(
    'zh-Hans',
    ['extortion'],
    '不好意思打扰了，如果能给我发个两百的红包作为补偿，我很乐意把评价改成五星',
  ),
  m('zh-Hans', ['legal_threat'], '虚假宣传的证据我都截图了，不给个合理的赔偿，咱们就走司法程序'),
  m('zh-Hans', ['platform_complaint'], '一天之内没人处理，我就打电话给当地的市场监督管理局'),
  m('zh-Hans', ['review_threat'], '奶粉罐子是瘪的，处理不好的话，追评里我会一五一十写出来'),
  m('zh-Hans', ['extortion'], '东西没问题，但是给我返一百块，不然我每个号都给你们打一星'),
  m('zh-Hans', ['platform_complaint'], '快递丢了没人管，再推脱我就去邮政管理局申诉'),
  m('zh-Hans', ['extortion'], '作为老客户，我觉得你们应该赔我五百块的误工费，赔了我就把差评撤了'),
  m('zh-Hant', ['review_threat'], '包裝破損、杯子碎了，若不處理，我只好在評價裡如實寫出來'),
  m('zh-Hant', ['platform_complaint'], '再不退款，我就去行政院消保處申訴'),
  m('zh-Hant', ['extortion'], '麻煩匯個五百元當作補償，我就把一星評價改掉，謝謝配合'),
  m('zh-Hant', ['legal_threat'], '這是詐欺，不退費的話我會直接提告'),
  m('zh-Hant', ['platform_complaint'], '假如週五前沒有回覆，我會到消基會和公平會檢舉'),
  m('zh-Hant', ['review_threat'], '衣服縮水成童裝了，沒有合理處理的話，我會在蝦皮給負評'),
  m('zh-Hant', ['extortion'], '我不需要退貨，只要再給我一千元的精神補償，負評馬上撤掉'),
  m('zh-Hant', ['platform_complaint'], '你們這樣拖，我只好把整件事貼到臉書社團讓大家評評理'),
  m('zh-Hant', ['platform_complaint'], '收到假貨，除非全額退款，不然我會向發卡銀行申請退單'),
  m(
    'en',
    ['review_threat'],
    'The blender cracked on day two. Should you decline a replacement, my review will say exactly that.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "Absent a refund by Monday, I'll be disputing the charge with my credit card company.",
  ),
  m(
    'en',
    ['extortion'],
    "I'd be glad to take down my review; a $50 goodwill gift card would really help me see things differently.",
  ),
  m(
    'en',
    ['extortion'],
    'Kindly send $30 for my trouble, on top of the refund, and the one-star review disappears.',
  ),
  m(
    'en',
    ['legal_threat'],
    "Failing a resolution within 7 days, I'll be taking this to small claims court.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "If this isn't sorted out, the state attorney general's office will hear about it.",
  ),
  m(
    'en',
    ['review_threat'],
    'The seams split after one wash. Replace it, or my review will warn everyone.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "Refuse the return again and I'm taking this to Trading Standards.",
  ),
  m(
    'en',
    ['extortion'],
    'Honestly the item is fine, but a partial refund of $25 would persuade me to update my rating to five stars.',
  ),
  m('en', ['platform_complaint'], 'One more excuse and the whole thread goes on Reddit and X.'),
  // --- no threat: the same openers, channels, reviews and money mentioned with nothing threatened
  m('zh-Hans', [], '假如这周能到货，我就拿去送人了，麻烦帮忙催一下'),
  m('zh-Hans', [], '倘若缺货的话，退款也可以，不着急'),
  m('zh-Hans', [], '亲，我已经把差评改成好评了，谢谢你们耐心处理'),
  m('zh-Hans', [], '我在黑猫投诉上看到别人夸你们售后好，才下的单'),
  m('zh-Hans', [], '消费者协会说这种情况可以七天无理由退货，麻烦帮我办一下'),
  m('zh-Hans', [], '鞋底开胶了，麻烦给我换一双，谢谢'),
  m('zh-Hans', [], '不给差评，因为客服态度真的很好'),
  m('zh-Hans', [], '补偿就不用了，帮我补发一个配件就行'),
  m('zh-Hans', [], '红包我不要，东西能用就好'),
  m('zh-Hans', [], '下次再不准时，我就换别家外卖了'),
  m('zh-Hans', [], '律师说这个不归你们管，是快递的问题，麻烦帮我查下单号'),
  m('zh-Hans', [], '如果评价对你们有帮助，我很乐意写个好评'),
  m('zh-Hans', [], '气死了！三次都发错货，你们到底有没有人看备注？'),
  m('zh-Hant', [], '若是有現貨，請幫我今天寄出'),
  m('zh-Hant', [], '消保官建議我先跟賣家溝通，所以想請問能否換貨？'),
  m('zh-Hant', [], '評價我已經改成五星了，感謝你們的處理'),
  m('zh-Hant', [], '杯子碎了，麻煩補寄一個就好'),
  m('zh-Hant', [], '不用補償，退貨流程告訴我就可以'),
  m('zh-Hant', [], '除非你們覺得麻煩，不然我想換成藍色'),
  m('zh-Hant', [], '我在臉書社團看到推薦才買的，結果真的很好用'),
  m('zh-Hant', [], '再不出貨我就去別家買了，麻煩告知進度'),
  m('zh-Hant', [], '上次刷卡被重複扣款，銀行已經幫我退回了，跟你們無關'),
  m('zh-Hant', [], '真的很誇張，等了一個月還沒到！'),
  m('en', [], 'Should you need photos of the crack, I can send them today.'),
  m('en', [], 'Absent any update, could you at least tell me the tracking number?'),
  m('en', [], 'I already removed my one-star review after you replaced it. Thanks!'),
  m('en', [], 'No need for compensation, just send the missing charger.'),
  m('en', [], 'The battery died after a week. Please replace it or refund me, either is fine.'),
  m(
    'en',
    [],
    'My credit card company flagged the charge as suspicious, so please check the payment went through.',
  ),
  m(
    'en',
    [],
    'If I could kindly ask, would you update the listing? The size chart is off by one size.',
  ),
  m('en', [], "I read on Reddit that your support is great, and it's true."),
  m('en', [], 'A lawyer friend recommended your shop, so I ordered two more.'),
  m('en', [], 'Refund or replacement, whichever is easier for you, no rush.'),
  m('en', [], "I'd be glad to leave a five-star review once it arrives; it looks lovely."),
  m('en', [], 'Terrible packaging, the box was crushed. Please send a new one.'),
  m('en', [], "Unless the courier loses it again, I'll be happy to wait another week."),
];
