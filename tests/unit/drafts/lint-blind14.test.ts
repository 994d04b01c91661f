// The kinds the blind14 set's tuning half showed (lint14, 2026-12-03), each probed in wordings of its own
// (not the set's rows), with hard negatives beside them; and the set's shape and its tuning half held
// to issue 8's targets. Kept apart from lint.test.ts so that other helpers' work merges cleanly.
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { describeBlindSet } from './blind-set-checks';
import { lintDraft, type LintContext } from '@/lib/drafts/lint';
import { BLIND14_SET } from './lint-set-blind14';

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

const TB: LintContext = { platform: 'taobao', channel: 'private', kind: 'messages' };
const EB: LintContext = { platform: 'ebay', channel: 'private', kind: 'messages' };
const AM: LintContext = { platform: 'amazon', channel: 'private', kind: 'messages' };

const rules = (text: string, ctx: LintContext) => lintDraft(text, ctx).map((f) => f.rule);

/** [rule, ctx, text]: each must fire (zh-Hans rows are also tried in zh-Hant). */
const FIRES: [string, LintContext, string][] = [
  // The shop's account or live room opened on a social app, as where to go.
  ['off-platform-contact', TB, '亲，我们在快手也开了小店，那边有更多款式。'],
  ['off-platform-contact', TB, '我们小红书上开通了官方账号，售后问题可以在那里留言。'],
  ['off-platform-contact', TB, '店铺在视频号开了直播间，每晚八点讲解安装方法。'],
  // The review's moment with 的时候 / 时, then a claim; a screenshot sent to claim a reward.
  ['review-incentive', TB, '亲，您好评的时候配上两张图，联系客服即可领取五元红包。'],
  ['review-incentive', TB, '评价时写满三十字并带图，就能兑换一张无门槛券哦。'],
  ['review-incentive', TB, '追评完成后截图发给客服，即可领取3元现金。'],
  // The fault handed over whole.
  ['tone-blame', TB, '亲，快递送错是因为地址不全，这是您的责任哦。'],
  ['tone-blame', TB, '尺码选小了是你的问题，我们这边没法承担运费。'],
  // "On your end", the details the buyer entered called wrong, the care declared obviously not taken.
  [
    'tone-blame',
    AM,
    'Unfortunately the hold-up was on your end, as the courier could not access the building.',
  ],
  ['tone-blame', EB, 'The postcode you gave was wrong, which is why it went to the depot.'],
  ['tone-blame', EB, 'The descaling obviously wasn’t done, so the element scaled up.'],
  ['tone-blame', AM, 'The email address you entered is invalid, so the invoice bounced.'],
  // The buyer's silence taken for an answer.
  [
    'tone-pressure',
    EB,
    'Please reply by Friday, otherwise we will assume you are happy to keep it.',
  ],
  [
    'tone-pressure',
    AM,
    'Let us know if the size is right, otherwise I’ll take it that all is well.',
  ],
  ['tone-pressure', EB, 'Reply to confirm, or we’ll consider the case closed.'],
  // From the checking half, opened (new wordings): responsibility disowned, the label cited, the record
  // set straight, the damage "no wonder", the buyer sent to sort it out alone.
  ['tone-arguing', TB, '亲，运输途中的延误责任不在本店，请您理解。'],
  ['tone-arguing', TB, '天气原因不是我们能控制的，快递停运了。'],
  ['tone-arguing', TB, '吊牌上已经注明不可机洗，所以我们没办法负责。'],
  ['tone-arguing', TB, '感谢您的评价，我们需要澄清一下，这款本来就不防水。'],
  ['tone-blame', TB, '您把它放在暖气旁边，难怪外壳变形了。'],
  ['tone-blame', TB, '这个您得自己联系快递站，我们这边查不到。'],
  ['tone-blame', TB, '说明书写了要先充满电，您是使用方式错误导致的。'],
  // Answers counted, the buyer told to stop asking (Mandarin, Cantonese); tone rebuked; a charge
  // threatened; the review called unfair.
  ['tone-pressure', TB, '这个问题我已经跟您说了三遍了。'],
  ['tone-pressure', TB, '我哋已经回复咗好几次，你唔好再催喇。'],
  ['tone-pressure', TB, '退款正在处理，请您不要再催了。'],
  ['tone-pressure', EB, 'Please mind your language when you write to us.'],
  ['tone-pressure', AM, 'Return the old unit by Monday or we will have to bill you for both.'],
  ['tone-pressure', EB, 'A one-star review isn’t really fair when we replied within the hour.'],
  // Other buyers without trouble; the task called trivial.
  [
    'tone-arguing',
    EB,
    'Thousands of customers have bought this charger with no complaints at all.',
  ],
  ['tone-arguing', AM, 'Most people work it out in a minute, so it should be fine.'],
  // The remedy taken up by a pronoun, the review its condition.
  [
    'remedy-conditional',
    EB,
    'The refund is approved. I can release it once your feedback is updated.',
  ],
  [
    'remedy-conditional',
    AM,
    'Your replacement is ready; we will send it after you change your review.',
  ],
];

/** [rule, ctx, text]: hard negatives that must stay silent. */
const SILENT: [string, LintContext, string][] = [
  // A social app named as where the product is famous, or a platform fact.
  ['off-platform-contact', TB, '这款杯子在小红书上很火，谢谢您的喜欢。'],
  // The review read, a photo for a claim with no reward, a reward with no review.
  ['review-incentive', TB, '看到您评价时我们就马上联系了仓库，补发今天发出。'],
  ['review-incentive', TB, '麻烦截图发给客服，我们好向快递申请理赔。'],
  ['review-incentive', TB, '亲，您下单的时候领取的那张五元券已经自动抵扣了。'],
  // Blame denied, asked, or owned; "your question".
  ['tone-blame', TB, '这完全不是您的问题，是我们打包不仔细。'],
  ['tone-blame', TB, '亲，这绝对是我们的问题，给您添麻烦了。'],
  ['tone-blame', TB, '我们先查一下是您的问题还是快递的问题，再联系您。'],
  ['tone-blame', TB, '这是您的问题的答复：这款可以机洗。'],
  ['tone-blame', EB, 'The delay was on our side, and I am sorry.'],
  ['tone-blame', EB, 'The address you entered was correct; the courier misread it.'],
  ['tone-blame', AM, 'Our packing obviously wasn’t good enough, and we have changed it.'],
  // A deadline of our own, or a choice offered with no silence taken for consent.
  [
    'tone-pressure',
    EB,
    'We will ship the replacement by Friday; otherwise we will refund you in full.',
  ],
  ['tone-pressure', AM, 'If the size is wrong, let us know; otherwise, enjoy the jacket!'],
  // From the checking half, opened: our own slip, empathy with 难怪, reassurance, the buyer's misfortune.
  ['tone-arguing', TB, '是我们详情页没有注明尺寸，真的抱歉。'],
  ['tone-arguing', TB, '这确实是我们的责任，责任在我们，马上给您补发。'],
  ['tone-blame', TB, '让您等了一周，难怪您会着急，真的对不起。'],
  ['tone-blame', TB, '您不用自己联系快递，我们这边来处理。'],
  ['tone-pressure', TB, '您不用再问了，退款已经到账了。'],
  ['tone-pressure', EB, 'No need to worry, we will sort it out.'],
  ['tone-sorry-but', TB, '很抱歉订单显示已发货但您一直没有收到，我们马上查。'],
  ['tone-arguing', EB, 'Many customers have asked about this, and we have added a guide.'],
];

/** On Amazon, a carrier's number is allowed: carriers of Japan and Europe too. */
const AMAZON_CARRIER = [
  '包裹由日本邮便配送，您可以致电日本邮便客服 0570-046-111 查询。',
  'The parcel is with La Poste; their customer line is 09 69 39 36 31.',
  'Yamato handles the delivery; their service line is 0120-01-9625.',
];

/** eBay revision invitations after resolution, in Chinese: resolved said as the item working now. */
const EBAY_RESOLVED = [
  '您好，很高兴新的充电器已经可以正常使用了。若您愿意，可以修改一下评价，改不改都由您决定。',
  '听说新的耳机能正常用了，太好了。如果您觉得合适，可以更新评价，我们的服务不会因此改变。',
];

describe('lint14: kinds from blind14’s tuning half and probes of them', () => {
  it.each(FIRES)('%s fires: %s', (rule, ctx, text) => {
    expect(rules(text, ctx)).toContain(rule);
    if (/[\u4e00-\u9fff]/u.test(text)) expect(rules(toHant(text), ctx)).toContain(rule);
  });
  it.each(SILENT)('%s stays silent: %s', (rule, ctx, text) => {
    expect(rules(text, ctx)).not.toContain(rule);
    if (/[\u4e00-\u9fff]/u.test(text)) expect(rules(toHant(text), ctx)).not.toContain(rule);
  });
  it.each(EBAY_RESOLVED)('an eBay revision after resolution passes: %s', (text) => {
    expect(lintDraft(text, EB)).toEqual([]);
    expect(lintDraft(toHant(text), EB)).toEqual([]);
  });
  it.each(AMAZON_CARRIER)('a carrier’s number on Amazon passes: %s', (text) => {
    expect(rules(text, AM)).not.toContain('contact-phone');
  });
  it('still asks to check a revision request that says nothing of resolution', () => {
    expect(rules('如果您愿意，可以修改一下评价。', EB)).toContain('ebay-revision-request');
  });
});

describeBlindSet('blind14', BLIND14_SET, { min: 150, perLabel: 15 });
