// The block kinds the blind16 set's tuning half showed (lint16, 2026-12-03), each probed in wordings of
// its own (not the set's rows), with hard negatives beside them, and offsets that mark the original
// characters; and the set's shape and its tuning half held to issue 8's targets. Kept apart from
// lint.test.ts so that other helpers' work merges cleanly.
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { describeBlindSet } from './blind-set-checks';
import { lintDraft, type LintContext } from '@/lib/drafts/lint';
import { BLIND16_SET } from './lint-set-blind16';

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

const TB: LintContext = { platform: 'taobao', channel: 'private', kind: 'messages' };
const EB: LintContext = { platform: 'ebay', channel: 'private', kind: 'messages' };
const AM: LintContext = { platform: 'amazon', channel: 'private', kind: 'messages' };

const rules = (text: string, ctx: LintContext) => lintDraft(text, ctx).map((f) => f.rule);

/** [rule, ctx, text, the original characters the finding must cover]: zh-Hans rows also in zh-Hant. */
const FIRES: [string, LintContext, string, string][] = [
  // En and em dashes grouping a number, in numerals or digits.
  [
    'contact-phone',
    TB,
    '有事您打这个：幺八六–二二三四–五六七八，我随时接。',
    '幺八六–二二三四–五六七八',
  ],
  ['contact-phone', TB, '我的手机 139—0021—4455，晚上也可以打。', '139—0021—4455'],
  ['contact-phone', EB, 'My mobile is 07700—900—461 if that is easier.', '07700—900—461'],
  // What the review should mention, with a reward on that condition.
  ['review-incentive', TB, '亲，在评论中写上“做工精细”四个字，即可领取一张8元券。', '评论中写上'],
  ['review-incentive', TB, '追评里夸一句客服态度好，就送您一包湿巾。', '追评里夸一句'],
  // "Reach our team on <app>": the app in any spelling, the team instead of "us".
  [
    'off-platform-contact',
    AM,
    'You can reach our care team on Signal whenever suits you.',
    'reach our care team on Signal',
  ],
  [
    'off-platform-contact',
    EB,
    'Contact our technicians via Viber and they will talk you through it.',
    'Contact our technicians via Viber',
  ],
  // From the checking half, opened (new wordings): an app spelt letter by letter; thank-you money named
  // as such after a review; a good review "left" (留下); a bare name and a provider after "email me";
  // an eBay revision asked while the remedy has not shipped; a reward for the stars themselves.
  ['off-platform-contact', TB, '有需要的话在 Q Q 上找我，号码私信发您。', 'Q Q'],
  ['off-platform-contact', EB, 'Ping me on S k y p e and I can show you on camera.', 'S k y p e'],
  ['review-incentive', TB, '亲，写完评论以后找客服领一份答谢金哦。', '答谢金'],
  ['review-incentive', TB, '如果您方便留下好评，我们再补您十元运费。', '留下好评'],
  [
    'contact-email',
    AM,
    'Please email us: lumi.care at outlook, and attach the invoice.',
    'lumi.care at outlook',
  ],
  [
    'ebay-revision-unresolved',
    EB,
    'The spare part has not been dispatched yet; could you update the feedback to neutral for now?',
    'dispatched',
  ],
  ['review-incentive', EB, 'A £10 voucher is yours for five stars on this order.', 'five stars'],
];

/** [rule, ctx, text]: must stay silent (zh-Hans rows also in zh-Hant). */
const SILENT: [string, LintContext, string][] = [
  // Dashes between dates, ranges and model numbers are no phone.
  ['contact-phone', TB, '活动时间是 2026—12—03 到 2026—12—10，期间发货正常。'],
  ['contact-phone', TB, '这款支持一—三档调节，适合三到八岁的小朋友。'],
  ['contact-phone', EB, 'Sizes 10–12 and 14–16 are back in stock; order 27–4418 has shipped.'],
  // The review's words quoted back, or the shop reading them: nothing is earned.
  ['review-incentive', TB, '您在评价里提到的包装问题，我们已经换了加厚纸箱。'],
  ['review-incentive', TB, '看到您评论中写到灯光偏暗，我们给您寄了一个更亮的灯泡。'],
  // The team reached on the marketplace or on a weekday.
  ['off-platform-contact', AM, 'You can reach our support team on Amazon messages at any time.'],
  [
    'off-platform-contact',
    EB,
    'You can contact our returns team on weekdays through this eBay thread.',
  ],
  // The marketplace's own return label and its QR code.
  [
    'off-platform-contact',
    AM,
    'Amazon will send a returns QR code; show it at the Whole Foods counter.',
  ],
  [
    'off-platform-contact',
    EB,
    'Print the prepaid label from eBay; the QR code on it is scanned at the post office.',
  ],
  ['off-platform-contact', TB, '退货面单上的二维码由快递员扫描，您不需要做别的。'],
  // Letters that merely sit apart (an A to Z list, initials) are no app; thanks for money already
  // refunded; a mail provider named as the buyer's own inbox; five stars thanked for, nothing paid.
  ['off-platform-contact', EB, 'The sizes run S, M, L and XL; see the chart under the photos.'],
  ['review-incentive', TB, '感谢您的耐心，退款已经原路退回，这是我们应该做的。'],
  [
    'contact-email',
    AM,
    'Amazon will email you at the address on your account, even if it is at Gmail.',
  ],
  [
    'review-incentive',
    EB,
    'Thank you for the five stars! Your order shipped with a free carry case, as listed.',
  ],
];

/** The QR code still leads off the platform when someone is to be added or followed. */
const QR_OFF: [LintContext, string][] = [
  [TB, '退货标签上有二维码，扫一下加我好友，我教您怎么寄。'],
  [EB, 'Scan the QR code on the return label and add me on WhatsApp for updates.'],
];

/** eBay revision invitations after resolution, in Chinese: the item received and right. */
const EBAY_RESOLVED = [
  '太好了，补寄的滤网已经收到而且尺寸合适。如果您愿意，可以更新一下评价，不更新也没关系。',
  '很高兴换过的鞋子已经收到了，也很合身。若您觉得合适，可以修改一下评价，完全由您决定。',
];

describe('lint16: block kinds from blind16’s tuning half and probes of them', () => {
  it.each(FIRES)('%s fires: %s', (rule, ctx, text, marked) => {
    const f = lintDraft(text, ctx).find((x) => x.rule === rule);
    expect(f, rules(text, ctx).join(',')).toBeDefined();
    // The finding marks the characters the agent typed.
    expect(text.slice(f!.start, f!.end)).toContain(marked);
    if (/[\u4e00-\u9fff]/u.test(text)) expect(rules(toHant(text), ctx)).toContain(rule);
  });
  it.each(SILENT)('%s stays silent: %s', (rule, ctx, text) => {
    expect(rules(text, ctx)).not.toContain(rule);
    if (/[\u4e00-\u9fff]/u.test(text)) expect(rules(toHant(text), ctx)).not.toContain(rule);
  });
  it.each(QR_OFF)('a QR code that adds someone still blocks: %s', (ctx, text) => {
    expect(rules(text, ctx)).toContain('off-platform-contact');
  });
  it.each(EBAY_RESOLVED)('an eBay revision after resolution passes: %s', (text) => {
    expect(lintDraft(text, EB)).toEqual([]);
    expect(lintDraft(toHant(text), EB)).toEqual([]);
  });
  it('still asks to check a revision request when the item is not right', () => {
    expect(rules('很高兴您已经收到了，不过尺码不合适的话，可以修改一下评价。', EB)).toContain(
      'ebay-revision-request',
    );
  });
});

describeBlindSet('blind16', BLIND16_SET, { min: 180, perLabel: 4 });
