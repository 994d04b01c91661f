// A third set of buyer messages written for this project (not from any dataset) for issue 9's
// threat goal, labelled before its first run. Honest note: the author had read flags.ts while
// profiling long texts before writing it, so it is not blind to the rules' shape; the phrasings
// were still chosen from general usage, in all three scripts, half of them angry or
// review-related messages that threaten nothing. Only rules, never these texts, are tuned.
import type { ThreatMessage } from './threat-messages.fixture';
import type { Flag } from '../../../lib/analysis/types';

const m = (lang: ThreatMessage['lang'], flags: Flag[], text: string): ThreatMessage => ({
  lang,
  flags,
  text,
});

export const THREAT_MESSAGES_2: ThreatMessage[] = [
  // --- threats and complaints to a third party
  m('zh-Hans', ['review_threat'], '耳机左边没声音，三天内不给我换，我就去写一星评价'),
  m('zh-Hans', ['platform_complaint'], '衣服洗一次就掉色，你们要是还拖着不处理，我直接打12315'),
  m('zh-Hans', ['extortion'], '不多赔我五百块，这差评我是不会改的'),
  m('zh-Hans', ['legal_threat'], '快递丢了你们也不管，再不解决我就去法院起诉'),
  m('zh-Hans', ['review_threat'], '杯子漏水，除非今天给我补发，否则差评等着你'),
  m('zh-Hans', ['extortion'], '给个二十块红包，我就把差评改成好评'),
  m('zh-Hans', ['review_threat'], '东西是坏的，你看着办吧，处理不好别怪我给差评'),
  m('zh-Hans', ['platform_complaint'], '再不退款我就去市场监管局投诉你们'),
  m('zh-Hans', ['extortion'], '我不管，不给我返现五十，就等着收差评吧'),
  m('zh-Hans', ['legal_threat'], '商品有质量问题，要是不赔偿，我会找律师处理'),
  m('zh-Hant', ['review_threat'], '收到的杯子破了，不退款的話我就給負評'),
  m('zh-Hant', ['platform_complaint'], '再不處理我就去消基會申訴'),
  m('zh-Hant', ['extortion'], '匯三百塊給我，負評馬上刪掉'),
  m('zh-Hant', ['legal_threat'], '商品害我過敏，你們不負責的話，我們法院見'),
  m('zh-Hant', ['review_threat'], '鞋子開膠了，如果今天沒有回覆，我就在評價寫一星'),
  m('zh-Hant', ['platform_complaint'], '東西壞了又不理人，這樣下去我只好向消保官投訴了'),
  m(
    'en',
    ['review_threat'],
    "The blender leaks everywhere. Replace it by Friday or I'm posting a one-star review.",
  ),
  m('en', ['extortion'], "Send me $50 and I'll take my review down."),
  m('en', ['legal_threat'], "If this isn't resolved I'll be taking you to small claims court."),
  m(
    'en',
    ['platform_complaint'],
    "Unless I get my money back this week, I'm filing a chargeback with my bank.",
  ),
  m(
    'en',
    ['review_threat'],
    'The zipper broke. Fix this or everyone will hear about it in my review.',
  ),
  m('en', ['extortion'], 'I want double my money back, otherwise a 1-star review goes up tonight.'),
  m(
    'en',
    ['platform_complaint'],
    "I will report this store to the Better Business Bureau if I don't hear back.",
  ),
  m('en', ['review_threat'], 'It arrived cracked. Keep ignoring me and see what rating you get.'),
  m('en', ['legal_threat'], 'My attorney will be in touch if the refund is not processed.'),
  m('en', ['platform_complaint'], "One more excuse and I'm posting the whole story on TikTok."),
  // --- no threat (reviews mentioned in the past or refused, conditionals without a threat, anger)
  m('zh-Hans', [], '上次给了差评是因为物流慢，这次很满意'),
  m('zh-Hans', [], '不想给差评，麻烦尽快帮我处理一下'),
  m('zh-Hans', [], '质量太差了，气死我了，怎么会有这种东西'),
  m('zh-Hans', [], '我已经申请退款了，请尽快审核'),
  m('zh-Hans', [], '如果方便的话，能不能帮我换个颜色'),
  m('zh-Hans', [], '看了别人的差评还是买了，果然有问题，希望能换货'),
  m('zh-Hans', [], '客服说会补发，等了三天还没消息'),
  m('zh-Hans', [], '我是律师，买来送同事的，很满意'),
  m('zh-Hant', [], '上次的負評已經刪了，謝謝你們幫忙'),
  m('zh-Hant', [], '東西壞了，好失望，請問可以退貨嗎'),
  m('zh-Hant', [], '如果有其他顏色的話，我想再買一件'),
  m('zh-Hant', [], '不是要給負評，只是想知道什麼時候出貨'),
  m('en', [], 'I left a bad review last month, but your support fixed it, so I updated it.'),
  m('en', [], "If you have it in blue, I'd love to order another one."),
  m('en', [], 'This is the worst charger I have ever bought. Completely useless!!!'),
  m('en', [], "I don't want to leave a negative review, I just need a replacement."),
  m('en', [], "My lawyer friend recommended this case, and it's great."),
  m('en', [], 'Otherwise the product works, but the box was crushed.'),
  m('en', [], 'I already opened a return request, please approve it.'),
  m('en', [], 'Not happy at all. It stopped working after two days.'),
  m('en', [], 'Review: five stars, would buy again.'),
  m('en', [], 'Can you refund the shipping or send a replacement? Either is fine.'),
];
