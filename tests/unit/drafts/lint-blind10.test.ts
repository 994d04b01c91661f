// The block kinds the blind10 set's tuning half showed (lint10, 2026-12-03), each in wordings of its
// own (not the set's rows), with the hard negatives beside them; and the set's own shape and its
// tuning half held to issue 8's targets. Kept apart from lint.test.ts so that tone work there and
// block work here merge without touching the same lines.
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { describeBlindSet } from './blind-set-checks';
import { lintDraft, type LintContext } from '@/lib/drafts/lint';
import { isPhoneNumber } from '@/lib/drafts/rules';
import { BLIND10_SET } from './lint-set-blind10';

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

const TB: LintContext = { platform: 'taobao', channel: 'private', kind: 'messages' };
const AMZ_M: LintContext = { platform: 'amazon', channel: 'private', kind: 'messages' };
const AMZ_FP: LintContext = { platform: 'amazon', channel: 'public', kind: 'feedback' };
const EB: LintContext = { platform: 'ebay', channel: 'private', kind: 'messages' };

/** [rule, ctx, text, the words the finding must cover] */
const FIRES: [string, LintContext, string, string][] = [
  // 围脖 / 薇博: 微博 by sound, where one searches, DMs or follows.
  ['off-platform-contact', TB, '您在围脖上搜我们店名就能找到客服', '围脖'],
  ['off-platform-contact', TB, '围脖私信我，我把视频发您', '围脖'],
  // A search engine as the way to the shop, the official site or the shop's own mall as where to buy.
  ['off-platform-contact', TB, '您可以谷歌搜一下我们的品牌，官网有售后电话', '谷歌搜一下我们'],
  ['off-platform-contact', TB, '官网下单的话我们直接给您发顺丰', '官网下单'],
  ['off-platform-contact', TB, '想要配件可以去品牌商城看看', '品牌商城'],
  [
    'off-platform-contact',
    EB,
    'Search for our brand on Google, the official store has it cheaper.',
    'Search for our brand on Google',
  ],
  [
    'off-platform-contact',
    AMZ_M,
    'Just google "BrightLamps direct" for the spares.',
    'google "BrightLamps direct"',
  ],
  // Another marketplace's shop, in any wording of "we have one there".
  ['off-platform-contact', TB, '我们在京东也开了个店，那边售后快', '我们在京东也开'],
  ['off-platform-contact', TB, '我们微店也有，搜店名就行', '我们微店也有'],
  ['off-platform-contact', TB, '咱们在有赞上有商城，那边下单包邮', '有赞上有商城'],
  // Money paid out (打款, 放款) as the price of the review.
  [
    'remedy-conditional',
    TB,
    '只要您把差评撤了，我们当天就给您打款',
    '把差评撤了，我们当天就给您打款',
  ],
  ['remedy-conditional', TB, '评价改好之后我这边就放款给您', '评价改好之后我这边就放款'],
  // The agent's own number beside a warranty word is still the agent's own.
  ['contact-phone', AMZ_M, '保修期内有问题直接打我手机 13812345678', '13812345678'],
  ['contact-phone', AMZ_M, 'For warranty questions, call my cell 415-555-0132.', '415-555-0132'],
  // The mailbox named by its provider: "X on Gmail", "Gmail: X".
  ['contact-email', EB, 'We are lamp_care88 on Gmail if that is easier.', 'lamp_care88 on Gmail'],
  ['contact-email', AMZ_M, 'Gmail: brightlamps.returns', 'Gmail: brightlamps.returns'],
  // l and O for 1 and 0 in a grouped number; English numbers said with hundred / thousand / triple.
  ['contact-phone', TB, '我电话 l38-1234-5678，直接打', 'l38-1234-5678'],
  ['contact-phone', EB, 'My mobile: O7700 9OO 123.', 'O7700 9OO 123'],
  ['contact-phone', AMZ_M, 'Ring 2O2-555-O147 after six.', '2O2-555-O147'],
  [
    'contact-phone',
    EB,
    "It's one eight hundred, five five five, two thousand.",
    'one eight hundred, five five five, two thousand',
  ],
  [
    'contact-phone',
    AMZ_M,
    'The number is triple seven, nine hundred, four five six one.',
    'triple seven, nine hundred, four five six one',
  ],
  // A reward for a review of any kind ("honest" included), or for the reviewers as a class.
  [
    'review-incentive',
    AMZ_M,
    'Happy to give you a $15 credit in return for an honest review of the kettle.',
    '$15 credit in return for an honest review',
  ],
  [
    'review-incentive',
    AMZ_M,
    'Get a free gift for a quick review!',
    'free gift for a quick review',
  ],
  [
    'review-incentive',
    AMZ_M,
    'Reviewers receive a free bulb with their next order.',
    'Reviewers receive a free',
  ],
  [
    'review-incentive',
    EB,
    'Any buyer who rates us gets a £5 voucher.',
    'buyer who rates us gets a £5',
  ],
  [
    'review-incentive',
    AMZ_FP,
    'Everyone who leaves a rating can claim a gift card.',
    'who leaves a rating can claim a gift',
  ],
  ['review-incentive', TB, '凡是写评价的亲都有小礼品哦', '写评价的亲都有小礼品'],
  ['review-incentive', TB, '给了评价的顾客可以抽奖', '给了评价的顾客可以抽奖'],
  // Kinds from blind10's OPENED checking half (12:05 UTC), in other wordings: any review (not only a
  // good one) as the act a reward follows, eBay's English review words in a Chinese sentence, the
  // review "submitted", money by its sign right after "you" ($10), PayPal as the verb.
  ['review-incentive', TB, '评价完成后找客服，送您一张无门槛券', '评价完成后找客服，送您一张'],
  ['review-incentive', TB, '亲，评论完截个图，给您返两块钱', '评论完截个图，给您返两块'],
  [
    'remedy-conditional',
    EB,
    '麻烦把 negative 删掉，我们就给您补发一个',
    'negative 删掉，我们就给您补发',
  ],
  [
    'remedy-conditional',
    EB,
    '您把 review 改成五星的话，运费我们全退',
    'review 改成五星的话，运费我们全退',
  ],
  [
    'remedy-conditional',
    EB,
    "We'll refund the postage once your feedback has been submitted.",
    'refund the postage once your feedback has been submitted',
  ],
  [
    'review-incentive',
    AMZ_M,
    "Write a review and we'll send you $10 by PayPal.",
    "we'll send you $10",
  ],
  [
    'review-incentive',
    EB,
    "Leave feedback, then I'll PayPal you the difference.",
    "I'll PayPal you",
  ],
  // Fresh probes of the kinds after that (12:20 UTC): the satellite emoji read as 卫星 (微信 by
  // sound), 叮叮 for 钉钉, 换新 as a remedy bought by the review.
  ['off-platform-contact', TB, '亲，加个🛰️号 mj_kf66，我发您视频', '🛰'],
  ['off-platform-contact', TB, '叮叮搜 meijia-cs 也可以找到我们', '叮叮'],
  ['remedy-conditional', TB, '評價改成五星，我們就幫您免費換新', '評價改成五星，我們就幫您免費換'],
  // A second round (12:30 UTC): the review's words taken out for money, a number given in parts.
  ['review-incentive', TB, '评价里的“发货慢”能去掉吗，我补您十块', '评价里的“发货慢”能去掉'],
  ['off-platform-contact', TB, '我电话前三位139，后面是00886612', '电话前三位139，后面是00886612'],
  [
    'off-platform-contact',
    EB,
    'The first three digits are 415, then 555 0132.',
    'first three digits are 415, then 555 0132',
  ],
  // … and the contact still found beside the new exceptions.
  ['off-platform-contact', TB, 'QQ的号码发您了，加一下：28566712', 'QQ'],
];

const CLEAN: [LintContext, string][] = [
  // 围脖 the scarf.
  [TB, '您买的这条围脖是羊毛的，第一次洗请手洗'],
  [TB, '围脖起球的话用剪球器处理一下，不行我们给您换'],
  // A search engine or a flagship store named with no shop to find there.
  [TB, '百度上说的那种清洗方法会损坏涂层，请用清水擦就好'],
  [TB, '这个型号在官方旗舰店和我们店价格是一样的'],
  // Another marketplace named to warn of copies there.
  [TB, '拼多多上的同款不是我们家的，请认准本店'],
  // Money paid with no review in it.
  [TB, '退款已经打款到您的支付宝了，请查收'],
  // A warranty provider's number on an Amazon message, in Taiwan's and the mainland's words.
  [AMZ_M, '這款的延長保固由 Asurion 提供，保固專線是 1-866-551-5924'],
  [AMZ_M, '延保由 SquareTrade 负责，延保服务电话 1-877-927-7268'],
  [AMZ_M, 'The warranty is with Asurion: call 1-866-551-5924 and let me know how it goes.'],
  // "e-mail on Gmail" is no address; ids with letters are ids; numbers of things are no phone.
  [EB, "You'll get the tracking e-mail on Gmail or whatever address eBay has for you."],
  [AMZ_M, 'The SKU is L00-12345; the new one ships today.'],
  [
    AMZ_M,
    "We shipped two hundred lamps last week and only one came back like this, so we're replacing yours today.",
  ],
  // A remedy and thanks for the review in one sentence; reviewers who are not rewarded.
  [EB, "We've sent a free replacement, and thanks for the honest review."],
  [EB, 'Reviewers on the forum say the battery lasts longer after a full charge.'],
  [TB, '写评价的时候如果需要图片，可以用我们发您的那张'],
  // … and beside the opened kinds: the shop reading the review, a remedy already given, QQ the
  // texture, feedback "left" as a fact, "all fixed" as resolved, the app's name as the product.
  [TB, '看到您的评价后，我们马上给您退了20元运费'],
  [TB, '收到评价后我们已经退您10元'],
  [TB, '这款麻薯口感很QQ，放冰箱会变硬'],
  [TB, '這款軟糖就是QQ的口感，太硬的話直接幫您退款'],
  [
    EB,
    'Your feedback left yesterday helped us find the fault; the refund went through this morning.',
  ],
  [EB, "That's all fixed now, so if you feel it's fair you can revise your feedback; no pressure."],
  [EB, 'The WhatsApp-themed phone case you ordered is back in stock, and yours ships today.'],
  [EB, 'Sorry the LINE sticker pack was missing from the bundle; it went out today.'],
  [TB, '微信表情包贴纸少发了一张，今天给您补上'],
  [TB, '这是您买的微信红包封面定制款，设计稿今天发您确认'],
  [EB, 'Thanks for the positive feedback! Enjoy the lamp.'],
  // A robot vacuum (扫地) and a code that sets the device up lead nowhere off the platform.
  [TB, '扫地机器人的二维码配网步骤：打开App，点右上角加号，按提示操作即可'],
  [TB, '扫描机身背面的二维码就能绑定设备'],
];

describe('lint10: block kinds from blind10’s tuning half', () => {
  it.each(FIRES)('%s: %s', (rule, ctx, text, words) => {
    const findings = lintDraft(text, ctx).filter((f) => f.rule === rule);
    expect(findings.length, JSON.stringify(lintDraft(text, ctx))).toBeGreaterThan(0);
    const covered = text.slice(findings[0]!.start, findings[0]!.end);
    expect(covered).toContain(words);
    expect(covered.length).toBeLessThanOrEqual(words.length + 24);
    expect(findings[0]!.severity).toBe('block');
  });
  it.each(FIRES.filter(([, , text]) => /[\u4e00-\u9fff]/.test(text)))(
    'zh-Hant form also fires — %s: %s',
    (rule, ctx, text) => {
      const hant = toHant(text);
      expect(
        lintDraft(hant, ctx).some((f) => f.rule === rule),
        hant,
      ).toBe(true);
    },
  );
  it.each(CLEAN)('clean: %o %s', (ctx, text) => {
    expect(lintDraft(text, ctx)).toEqual([]);
  });
  it.each(CLEAN.filter(([, t]) => /[\u4e00-\u9fff]/.test(t)))('zh-Hant clean: %s', (ctx, text) => {
    expect(lintDraft(toHant(text), ctx)).toEqual([]);
  });
  it('reads l and O among digits as 1 and 0, and judges the shape', () => {
    expect(isPhoneNumber('l39-oo88-6612')).toBe(true);
    expect(isPhoneNumber('646.555.o199')).toBe(true);
    // still a shape: seven digits with an o are no number anywhere
    expect(isPhoneNumber('12o-4567')).toBe(false);
  });
});

describeBlindSet('blind10', BLIND10_SET, { min: 200, perLabel: 10 });
