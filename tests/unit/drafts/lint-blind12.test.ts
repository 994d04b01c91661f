// The kinds the blind12 set's tuning half showed (lint12, 2026-12-03), each in wordings of its own (not
// the set's rows), with hard negatives beside them; and the set's shape and its tuning half held to
// issue 8's targets. Kept apart from lint.test.ts so that other helpers' work merges cleanly.
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { describeBlindSet } from './blind-set-checks';
import { lintDraft, type LintContext } from '@/lib/drafts/lint';
import { BLIND12_SET } from './lint-set-blind12';

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

const TB: LintContext = { platform: 'taobao', channel: 'private', kind: 'messages' };
const EB: LintContext = { platform: 'ebay', channel: 'private', kind: 'messages' };

const rules = (text: string, ctx: LintContext) => lintDraft(text, ctx).map((f) => f.rule);

/** [rule, ctx, text]: each must fire (zh-Hans rows are also tried in zh-Hant). */
const FIRES: [string, LintContext, string][] = [
  // A good review named by its sign (正面评价, 积极的反馈) traded for a discount or a gift.
  ['review-incentive', EB, '您要是给我们一个正面的评价，下一单就给您打八折。'],
  ['review-incentive', TB, '亲，留个积极的反馈吧，我们送您一包纸巾表示感谢。'],
  ['review-incentive', TB, '麻烦给个良好的评价，返您3块钱哦。'],
  // The answer said to be plain to a careful reader; the listing held up in a rhetorical question.
  ['tone-blame', TB, '亲，您认真看下就明白了，这个按钮是长按开机的。'],
  ['tone-blame', TB, '您只要仔细对照一下就会发现尺码没有问题。'],
  ['tone-blame', TB, '详情页哪里说了包含电池？您再看看。'],
  ['tone-blame', TB, '请问标题上哪儿写着是纯棉的？'],
  ['tone-blame', EB, 'Where in the listing does it say the case is included?'],
  ['tone-blame', EB, "You'd have known it was a UK plug if you had read the title."],
  ['tone-blame', EB, "If you'd looked at the photos, you would have seen the scratch was shown."],
  // eBay: a revision asked for while the remedy is, by the draft's own words, still on its way.
  [
    'ebay-revision-unresolved',
    EB,
    'Please revise the feedback when you can. Your new charger will arrive on Monday.',
  ],
  [
    'ebay-revision-unresolved',
    EB,
    'The spare part is still in transit. In the meantime, could you update your feedback?',
  ],
  [
    'ebay-revision-unresolved',
    EB,
    "The parcel hasn't arrived yet, but would you consider changing your feedback?",
  ],
  ['ebay-revision-unresolved', EB, '新的配件还在路上，麻烦您先修改一下评价，谢谢。'],
  ['ebay-revision-unresolved', EB, '麻烦您把差评改一下，补发的耳机明天就到。'],
  // (checking half, opened) The damage inferred onto the buyer's handling; reciprocity demanded for the
  // review; the review as "it" with a deadline; counting our own messages with "we're"; a revision asked
  // for "before the case is closed" in so many words.
  ['tone-blame', TB, '包装都是完好的，肯定是您自己安装的时候磕到的。'],
  ['tone-blame', TB, '我们出厂都检测过，估计是您那边不小心进水了。'],
  ['tone-pressure', TB, '补偿都给您了，您也该支持一下我们吧。'],
  ['tone-pressure', TB, '退款也退了，这下总可以把差评删了吧？'],
  ['tone-pressure', EB, 'About the feedback you left: please change it by Friday, thanks.'],
  ['tone-pressure', EB, "This is the third time we're contacting you about your feedback."],
  [
    'ebay-revision-unresolved',
    EB,
    'Before the case is closed, could you revise your feedback for us?',
  ],
  ['ebay-revision-unresolved', EB, '在售后处理完之前，想请您先把评价修改一下。'],
];

/** [rule, ctx, text]: the rule must stay silent. */
const SILENT: [string, LintContext, string][] = [
  ['review-incentive', TB, '感谢您给了我们正面的评价，我们会继续努力！'],
  ['review-incentive', TB, '我们很重视正面和负面的评价，都会认真看。'],
  ['tone-blame', TB, '请问您是在页面哪里看到的呢？我们马上核实一下。'],
  ['tone-blame', TB, '麻烦您仔细检查一下包装里是否有小袋配件，如果没有我们马上补发。'],
  [
    'tone-blame',
    EB,
    'Could you tell me where you saw that? I want to fix the listing if it is unclear.',
  ],
  [
    'tone-blame',
    EB,
    'If you have read the manual and it still will not pair, we will send a new one.',
  ],
  [
    'ebay-revision-unresolved',
    EB,
    'Now that the replacement has arrived and works, you are welcome to revise your feedback, no obligation.',
  ],
  [
    'ebay-revision-unresolved',
    EB,
    'Your refund is issued and should reach your account in 3-5 days. Thanks for the feedback you left.',
  ],
  [
    'ebay-revision-unresolved',
    EB,
    'The replacement will arrive on Friday. Thank you for your patience.',
  ],
  [
    'ebay-revision-unresolved',
    EB,
    'Your replacement should arrive Friday. Your feedback is yours to give; we will never ask you to change it.',
  ],
  [
    'ebay-revision-unresolved',
    EB,
    '退款预计三天内到账。问题已经解决，如果您愿意，可以修改一下评价。',
  ],
  ['tone-blame', TB, '应该是我们打包时不小心压到了，非常抱歉，马上给您补发。'],
  ['tone-pressure', TB, '您也可以选择退款，我们都支持。'],
  [
    'tone-pressure',
    EB,
    'If the strap breaks again, please return it by Friday and we will cover the postage.',
  ],
  ['tone-sorry-but', TB, '真的很抱歉。但是好消息是，新的一批今天到货，马上给您发。'],
  ['tone-auto-reply', TB, '您的退货我们已经收到，退款已经提交，请留意支付宝通知。'],
];

describe('lint12: kinds from blind12’s tuning half', () => {
  it.each(FIRES)('%s fires: %s', (rule, ctx, text) => {
    expect(rules(text, ctx)).toContain(rule);
    if (/[\u4e00-\u9fff]/u.test(text)) expect(rules(toHant(text), ctx)).toContain(rule);
  });
  it.each(SILENT)('%s stays silent: %s', (rule, ctx, text) => {
    expect(rules(text, ctx)).not.toContain(rule);
    if (/[\u4e00-\u9fff]/u.test(text)) expect(rules(toHant(text), ctx)).not.toContain(rule);
  });
  it('blocks a revision request with the remedy pending only on eBay, where the rule lives', () => {
    const text = 'Please revise your feedback. The replacement should reach you next week.';
    expect(rules(text, EB)).toContain('ebay-revision-unresolved');
    expect(rules(text, TB)).not.toContain('ebay-revision-unresolved');
  });
});

describeBlindSet('blind12', BLIND12_SET, { min: 180, perLabel: 15 });
