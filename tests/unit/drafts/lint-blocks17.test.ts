// The block kinds the blind17 set's tuning half showed (lint17, 2026-12-03), each probed in wordings of
// its own (not the set's rows), with hard negatives beside them, and offsets that mark the original
// characters; and the set's shape and its tuning half held to issue 8's targets. Kept apart from
// lint.test.ts so that other helpers' work merges cleanly.
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { describeBlindSet } from './blind-set-checks';
import { lintDraft, type LintContext } from '@/lib/drafts/lint';
import { BLIND17_SET } from './lint-set-blind17';

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

const TB: LintContext = { platform: 'taobao', channel: 'private', kind: 'messages' };
const EB: LintContext = { platform: 'ebay', channel: 'private', kind: 'messages' };
const AM: LintContext = { platform: 'amazon', channel: 'private', kind: 'messages' };

const rules = (text: string, ctx: LintContext) => lintDraft(text, ctx).map((f) => f.rule);

/** [rule, ctx, text, the original characters the finding must cover]: zh-Hans rows also in zh-Hant. */
const FIRES: [string, LintContext, string, string][] = [
  // A number told by its positions, across sentences.
  [
    'off-platform-contact',
    TB,
    '手机号头三位是137。接着四位是5520。末四位是0918，有事找我。',
    '头三位是137。接着四位是5520。末四位是0918',
  ],
  ['off-platform-contact', TB, '号码开头四个数字是0933，后面三码是612，再来三码是480。', '0933'],
  [
    'off-platform-contact',
    EB,
    'My mobile starts with 07911. Then comes 123. It ends in 456.',
    'starts with 07911',
  ],
  [
    'off-platform-contact',
    AM,
    'Our line begins with 415, then 555, and the last part is 0199.',
    '415',
  ],
  // A link-in-bio page.
  ['off-platform-contact', EB, 'Every way to reach us is on our Linktree page.', 'Linktree'],
  ['off-platform-contact', AM, 'Tap the link in our bio to chat with the team.', 'link in our bio'],
  // Our contact details on something in the parcel.
  ['off-platform-contact', TB, '我们的售后电话印在发票背面，您直接打过去就行。', '电话印在发票'],
  [
    'off-platform-contact',
    TB,
    '包装盒里有一张卡，上面是我们公司的联系方式。',
    '我们公司的联系方式',
  ],
  ['off-platform-contact', TB, '手机号我写在面单上了，收到货以后看一下。', '手机号我写在'],
  [
    'off-platform-contact',
    AM,
    'Our phone number is on the packing slip, so just ring us when it arrives.',
    'packing slip',
  ],
  [
    'off-platform-contact',
    EB,
    'There is a leaflet inside with our contact details for anything you need.',
    'leaflet',
  ],
  // The shop's channel or live stream on a video site.
  [
    'off-platform-contact',
    TB,
    '您可以去油管上的频道看我们的安装视频，也能在那边留言。',
    '油管上的频道',
  ],
  [
    'off-platform-contact',
    AM,
    'Catch our weekly live stream on Twitch and ask us anything.',
    'Twitch',
  ],
  // Points or 点数 for a rating.
  ['review-incentive', TB, '亲，带图评价的话送您300点数，可以当现金用。', '点数'],
  // From the checking half, opened: a refund of an amount right after asking for the review to go.
  ['review-incentive', TB, '亲，那条差评可以帮忙删除吗？我们退您三十元。', '差评'],
  // An address dictated in words.
  ['contact-email', EB, 'Write to help, then the at symbol, then brightnest dot net.', 'at symbol'],
];

/** [rule, ctx, text]: hard negatives that must stay silent (zh-Hans rows also in zh-Hant). */
const SILENT: [string, LintContext, string][] = [
  // A model or part code with a letter prefix is no phone number.
  ['contact-phone', AM, 'The spare filter is part FL-3381-2206, the same as the original.'],
  ['contact-phone', TB, '亲，配件编码 QZ-5501-7732 的滤网是通用的。'],
  ['contact-phone', EB, 'Use the charger marked PSU-1200-4471 for this model.'],
  // Position words with no number, or a code told in parts.
  ['off-platform-contact', TB, '亲，尺码表前三行是上衣，后面两行是裤子。'],
  ['off-platform-contact', EB, 'The serial starts with SN and ends with the year of production.'],
  // Something in the parcel that is not our contact.
  ['off-platform-contact', TB, '发票在包裹里，上面有订单号和金额。'],
  ['off-platform-contact', AM, 'The invoice in the box shows the order number and the VAT amount.'],
  ['off-platform-contact', EB, 'Our return address is on the eBay order page.'],
  // An app as the product's feature or name.
  ['off-platform-contact', AM, 'The mic is certified for Discord, so voice chat sounds clear.'],
  ['off-platform-contact', EB, 'The Skype edition webcam ships with a privacy shutter.'],
  ['off-platform-contact', TB, '这款摄像头通过了 Discord 认证，开会和游戏语音都很清楚。'],
  ['off-platform-contact', AM, 'The ring light is made for YouTube creators, with a phone clamp.'],
  // Points given by the platform, not for the review.
  ['review-incentive', TB, '亲，淘宝的会员点数是系统自动发的，和评价没有关系。'],
  // A question about the review answered with what was already done, and "dot com" with no at sign.
  ['review-incentive', TB, '亲，评价可以修改吗？我们已经退您全款了，这和评价无关。'],
  ['contact-email', AM, 'You can read the care guide on Amazon dot com under the product page.'],
  // An eBay revision once the refund is in the buyer's account or the problem settled.
  [
    'ebay-revision-request',
    EB,
    'Your refund has come through, so feel free to revise the feedback if you like.',
  ],
  ['ebay-revision-request', EB, '您好，退款已经到账了。若您愿意，可以更新评价，由您决定。'],
  ['ebay-revision-request', EB, '配件补发到了，问题也解决了，您愿意的话可以修改评价。'],
];

describe('lint17: block kinds from blind17’s tuning half and probes of them', () => {
  it.each(FIRES)('%s fires: %s', (rule, ctx, text, marked) => {
    const f = lintDraft(text, ctx).find((x) => x.rule === rule);
    expect(f, JSON.stringify(lintDraft(text, ctx))).toBeDefined();
    // Offsets are on the original characters: the finding overlaps the marked stretch.
    const at = text.indexOf(marked);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(f!.start).toBeLessThan(at + marked.length);
    expect(f!.end).toBeGreaterThan(at);
    if (/[\u4e00-\u9fff]/u.test(text)) expect(rules(toHant(text), ctx)).toContain(rule);
  });
  it.each(SILENT)('%s stays silent: %s', (rule, ctx, text) => {
    expect(rules(text, ctx)).not.toContain(rule);
    if (/[\u4e00-\u9fff]/u.test(text)) expect(rules(toHant(text), ctx)).not.toContain(rule);
  });
});

describeBlindSet('blind17', BLIND17_SET, { min: 150, perLabel: 3 });
