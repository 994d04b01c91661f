// A fourth set of buyer messages written for this project (not from any dataset), labelled before
// its first run on the current rules: threats in forms the earlier sets use little (要是…的话,
// 不然, 到时候, 等着瞧, "or else", "you leave me no choice", a deadline then a channel), complaint
// channels named in other ways (黑猫投诉, 消费者协会, 工商, 媒體, card issuer, trading standards,
// Reddit), safety reports, and about half messages that mention refunds, lawyers, reviews or
// platforms without threatening anything. Only rules, never these texts, are tuned.
import type { ThreatMessage } from './threat-messages.fixture';
import type { Flag } from '../../../lib/analysis/types';

const m = (lang: ThreatMessage['lang'], flags: Flag[], text: string): ThreatMessage => ({
  lang,
  flags,
  text,
});

export const THREAT_MESSAGES_3: ThreatMessage[] = [
  // --- threats (a real problem stated → review_threat; money beyond a refund → extortion)
  m('zh-Hans', ['review_threat'], '鞋底才穿一周就开胶了，要是这周还不给换，到时候别怪我差评'),
  m('zh-Hans', ['platform_complaint'], '收到的是二手货，不给个说法的话我就去黑猫投诉曝光你们'),
  m('zh-Hans', ['platform_complaint'], '拖了半个月还不退款，明天我就去消费者协会反映'),
  m('zh-Hans', ['legal_threat'], '假货还敢卖，不退一赔三，咱们法庭上见'),
  m('zh-Hans', ['extortion'], '想让我删差评也行，先转我一百块辛苦费'),
  m('zh-Hans', ['review_threat'], '发霉的枣子也好意思卖？不处理就等着瞧，我会把照片发到评价里'),
  m('zh-Hans', ['platform_complaint'], '我已经向工商部门举报了，你们等通知吧'),
  m('zh-Hant', ['review_threat'], '耳機一邊沒聲音，再不處理我就留一星評論'),
  m('zh-Hant', ['platform_complaint'], '退款拖了三個禮拜，不然我只好找媒體爆料'),
  // Labelled legal_threat only at first; the first run also flagged safety, rightly (a child hurt):
  // the label was corrected, and the first-run safety figure below counts that as a hit.
  m('zh-Hant', ['legal_threat', 'safety'], '你們賣的商品害我家小孩受傷，我會請律師提告'),
  m('zh-Hant', ['extortion'], '多賠我五百元，不然這個負評永遠不會改'),
  m(
    'en',
    ['review_threat'],
    'The handle snapped off on day two. Sort it out or my review will tell everyone.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "You leave me no choice: if there's no refund by Monday I'm disputing the charge with my card issuer.",
  ),
  m('en', ['platform_complaint'], "I'll be reporting this listing to trading standards."),
  m('en', ['legal_threat'], 'Refund me in full or expect to hear from my solicitor.'),
  m('en', ['extortion'], 'Pay me $30 for my trouble and the negative review disappears.'),
  m(
    'en',
    ['platform_complaint'],
    "Ignore me one more time and I'm putting the whole thread on Reddit.",
  ),
  // --- safety (someone hurt or put at risk)
  m('zh-Hans', ['safety'], '充电宝充着充着就冒烟了，差点把床单烧着'),
  m('zh-Hans', ['safety'], '孩子吃了你们的饼干以后上吐下泻，医生说是食物中毒'),
  m('zh-Hant', ['safety'], '吹風機插上電就觸電，手到現在還麻麻的'),
  m('en', ['safety'], 'The kettle base got so hot it melted the counter and burned my hand.'),
  m('en', ['safety'], 'My son nearly choked on a small piece that broke off the toy.'),
  // --- no threat: refunds, lawyers, reviews, platforms mentioned plainly
  m('zh-Hans', [], '已经申请退款了，麻烦尽快处理，谢谢'),
  m('zh-Hans', [], '我在平台上看到你们的活动才买的，结果没赶上，有点遗憾'),
  m('zh-Hans', [], '我老公是律师，他说这个包的做工很一般'),
  m('zh-Hans', [], '差评不是我写的，是我妈用我账号写的，抱歉'),
  m('zh-Hans', [], '要是有大一码的话，能帮我换一下吗'),
  m('zh-Hans', [], '客服让我去找平台客服，平台又让我找你们，到底找谁？'),
  m('zh-Hans', [], '不然这样吧，你们补发一个配件就行，不用退款'),
  m('zh-Hant', [], '已經退貨了，請問退款大概幾天會到帳？'),
  m('zh-Hant', [], '我看了很多評論才下單，沒想到顏色差這麼多'),
  m('zh-Hant', [], '東西燙到可以煎蛋的那種熱水壺正是我要的，很滿意'),
  m('zh-Hant', [], '如果不能退款，換貨也可以，謝謝'),
  m('en', [], "I'm a paralegal and this planner keeps my cases organised. Love it."),
  m('en', [], 'Amazon support told me to message you directly about the refund, so here I am.'),
  m('en', [], 'Still waiting for the refund you promised last week. Any update?'),
  m('en', [], 'I read the bad reviews first and bought it anyway; mine works fine so far.'),
  m(
    'en',
    [],
    'This phone case is a killer deal, my kids dropped it a dozen times and not a scratch.',
  ),
  m('en', [], "Otherwise I'd have given five stars, but the strap is a bit short."),
  m('en', [], "I'm so angry, it broke after one week. Can I get a replacement please?"),
  m('en', [], 'No one was hurt, but the lid popped off and coffee went everywhere.'),
  m('en', [], 'If a refund is easier for you than a replacement, that works for me.'),
];
