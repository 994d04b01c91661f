// A fifth set of buyer messages written for this project (not from any dataset), labelled before
// its first run on the current rules. New wordings of conditionals in every form (if/unless/
// otherwise/or else, 不…就…, 否则, 要不然, 再不…就, 除非, 看着办), complaint channels (consumer
// bodies, regulators, chargebacks, courts, social media, 消保/消基会/12315/12345/市场监管), and
// extortion as money beyond a refund for deleting or changing a review. About half are hard
// negatives: a channel mentioned in the past or about someone else, a real problem with a plain
// demand to repair or deliver, a "killer feature", and the same conditional forms with nothing
// threatened. Only rules, never these texts, are tuned.
// FIRST RUN (before any rule was changed for it): threat P 1.00 R 0.72, extortion P 0.67 R 0.57, review_threat P 1.00 R 0.57, legal_threat P 1.00 R 0.75, platform_complaint P 0.65 R 0.92
import type { ThreatMessage } from './threat-messages.fixture';
import type { Flag } from '../../../lib/analysis/types';

const m = (lang: ThreatMessage['lang'], flags: Flag[], text: string): ThreatMessage => ({
  lang,
  flags,
  text,
});

export const THREAT_MESSAGES_4: ThreatMessage[] = [
  // --- threats and complaints (a real problem stated → review_threat; money beyond a refund → extortion)
  m('zh-Hans', ['review_threat'], '拉链第一天就坏了，你们不给换，我就只能给差评了'),
  m('zh-Hans', ['review_threat'], '灯泡到手就不亮，再不给个答复，就别怪我在评价里实话实说'),
  m('zh-Hans', ['platform_complaint'], '少发了两件，今天之内补发，否则我直接打12315投诉'),
  m(
    'zh-Hans',
    ['platform_complaint'],
    '说好的七天无理由退货又不认了，要不然你们退，要不然我找市场监管局',
  ),
  m('zh-Hans', ['legal_threat'], '宣传说纯棉，检测出来全是化纤，除非退一赔三，不然我们法院见'),
  m('zh-Hans', ['extortion'], '想让我把差评改成好评？再转我三百块，退款另算'),
  m('zh-Hans', ['extortion'], '我做这行很多年了，每单给我两百，差评立刻消失'),
  m('zh-Hans', ['review_threat'], '手机壳裂成两半了，你们看着办，处理不好我就发追评'),
  m('zh-Hans', ['platform_complaint'], '一直拖着不退款，我要在小红书和抖音上曝光你们'),
  m('zh-Hans', ['platform_complaint'], '如果明天还没有物流信息，我就去12345市民热线反映'),
  m('zh-Hans', ['extortion'], '我不要退款，给我五百块精神损失费，差评就删'),
  m('zh-Hant', ['review_threat'], '鞋子才穿兩次就脫膠，要是不給換，我就去留一星'),
  m(
    'zh-Hant',
    ['platform_complaint'],
    '收到的是過期品，除非今天退款，否則我會向消基會和食藥署檢舉',
  ),
  m('zh-Hant', ['extortion'], '刪負評可以，另外匯一千元到我帳戶，退款另外算'),
  m('zh-Hant', ['legal_threat'], '你們拒絕保固就是違法，不處理的話我們法院見'),
  m('zh-Hant', ['platform_complaint'], '要不然你們退錢，要不然我就到PTT和Dcard上公開這件事'),
  m('zh-Hant', ['review_threat'], '螢幕有亮點，看著辦吧，不換貨我就在評價寫清楚'),
  m('zh-Hant', ['platform_complaint'], '再拖下去我就向信用卡公司申請爭議款項'),
  m('zh-Hant', ['extortion'], '給我一千塊紅包，這篇差評我就改成五星，不然就一直掛著'),
  m(
    'en',
    ['review_threat'],
    "The zipper broke on the first day. Unless you send a new one this week, I'm posting a one-star review.",
  ),
  m(
    'en',
    ['platform_complaint'],
    "If the refund isn't in my account by Friday, I'm filing a chargeback.",
  ),
  m('en', ['platform_complaint'], "Refund me or I'll report you to the Better Business Bureau."),
  m('en', ['legal_threat'], "Keep ignoring me and I'll let my lawyer handle it from here."),
  m(
    'en',
    ['extortion'],
    "I'll change my review to five stars if you Venmo me $40 on top of the refund.",
  ),
  m('en', ['extortion'], 'My review comes down for $75 via PayPal. Otherwise it stays up.'),
  m(
    'en',
    ['platform_complaint'],
    "Otherwise I'm contacting the FTC and my state consumer protection office.",
  ),
  m(
    'en',
    ['review_threat'],
    'The lamp arrived with a cracked base. Fix it, or else everyone reading my review will know.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "Don't make me go to the Ombudsman about this. Refund the order.",
  ),
  m('en', ['platform_complaint'], "I'm one email away from posting the whole exchange on TikTok."),
  m('en', ['legal_threat'], "Sort out the refund or I'll be filing a claim with the county court."),
  // --- no threat: channels in the past or about others, plain demands, conditionals without a threat
  m('zh-Hans', [], '上次在别家买到假货，我打了12315才解决，希望你们家不会这样'),
  m('zh-Hans', [], '杯子到手就裂了，麻烦尽快补发一个，谢谢'),
  m('zh-Hans', [], '屏幕有条线，请问能寄回去维修吗？'),
  m('zh-Hans', [], '如果有货的话，就帮我发顺丰吧'),
  m('zh-Hans', [], '要不然换个颜色也行，黑色的有吗？'),
  m('zh-Hans', [], '不急的话就别发加急了，省点运费'),
  m('zh-Hans', [], '除非你们特别忙，否则请今天帮我查一下物流'),
  m('zh-Hans', [], '这个快充真是杀手级功能，手机半小时就满了'),
  m('zh-Hans', [], '你们看着办吧，补发还是退款都行，我都接受'),
  m('zh-Hans', [], '再不发货我都要忘了自己买过什么了，哈哈'),
  m('zh-Hans', [], '我朋友在市场监管局上班，她也推荐你们家的东西'),
  m('zh-Hans', [], '之前给过差评，后来你们处理得很好，我已经改成好评了'),
  m('zh-Hant', [], '去年我有向消基會申訴過別家的問題，你們家倒是一直很好'),
  m('zh-Hant', [], '耳機一邊沒聲音，麻煩幫我維修或換一副，謝謝'),
  m('zh-Hant', [], '如果方便的話，請幫我改寄到公司地址'),
  m('zh-Hant', [], '不然這樣好了，我把東西寄回去，你們再寄新的'),
  m('zh-Hant', [], '除非缺貨，否則希望這週能出貨，我要送人'),
  m('zh-Hant', [], '這款吸塵器的殺手級功能就是超安靜'),
  m('zh-Hant', [], '物流卡了一週，麻煩幫我催一下快遞'),
  m('zh-Hant', [], '看著辦就好，你們決定補寄還是退款'),
  m('zh-Hant', [], '我在Dcard上看到很多人推薦才買的'),
  m(
    'en',
    [],
    "Last year I had to file a chargeback with another seller; glad you're not like that.",
  ),
  m('en', [], 'The fan stopped working after a week. Please repair or replace it.'),
  m('en', [], "If it's not too much trouble, could you ship it with the other order?"),
  m('en', [], "Unless it's already shipped, please change the colour to blue."),
  m('en', [], 'The noise cancelling is the killer feature here, totally worth it.'),
  m(
    'en',
    [],
    "Package has been stuck in transit for 12 days. Please resend it or tell me what's happening.",
  ),
  m('en', [], 'I saw your product on TikTok and had to try it. The seams came apart though.'),
  m('en', [], 'Or else maybe a partial refund? Whatever is easiest for you.'),
  m(
    'en',
    [],
    "I work at a consumer protection office and even I can't find the returns page. Can you help?",
  ),
  m(
    'en',
    [],
    'I reported the courier to the post office for throwing the box over the fence; not your fault.',
  ),
  m('en', [], "I posted a one-star review before you fixed it; I've updated it to five stars now."),
];
