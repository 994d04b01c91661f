// The tone kinds the blind15 set's tuning half showed (lint15, 2026-12-03), each probed in wordings of its
// own (not the set's rows), with hard negatives beside them that must stay clean. Kept apart from
// lint.test.ts so that other helpers' work merges cleanly.
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { lintDraft, type LintContext } from '@/lib/drafts/lint';

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

const TB: LintContext = { platform: 'taobao', channel: 'private', kind: 'messages' };
const TP: LintContext = { platform: 'taobao', channel: 'public', kind: 'reviews' };
const EB: LintContext = { platform: 'ebay', channel: 'private', kind: 'messages' };
const AM: LintContext = { platform: 'amazon', channel: 'private', kind: 'messages' };

const rules = (text: string, ctx: LintContext) => lintDraft(text, ctx).map((f) => f.rule);
const isZh = (text: string) => /[\u4e00-\u9fff]/u.test(text);

/** [rule, ctx, text]: each must fire (Chinese probes are also tried in Traditional characters). */
const FIRES: [string, LintContext, string][] = [
  // The defect itself called normal still argues (the buyer's reaction called normal does not).
  ['tone-arguing', TB, '新鞋有点磨脚是很正常的，穿几天就好了。'],
  // The buyer's own act with a wrong result; their side named as where it went wrong; left to sort it alone.
  ['tone-blame', TB, '漏水是因为您把滤网装反了，重新装一下就好。'],
  ['tone-blame', TB, '跳闸是你把电源线插错了接口导致的。'],
  ['tone-blame', AM, 'The hinge snapped because it was forced during installation on your side.'],
  ['tone-blame', EB, 'The thread stripped; it was cross-threaded at some point on your end.'],
  ['tone-blame', TB, '这个配件我们不单独卖，这个问题请您自行处理。'],
  ['tone-blame', TB, '我们这边没有这个型号的说明书，你只能自己想办法了。'],
  // The record set straight as an announcement; the matter disowned with 同; the product's fault denied.
  ['tone-arguing', TB, '我们必须说清楚：这款手表本来就不防水。'],
  ['tone-arguing', TB, '件事同我哋冇关系，你搵速递公司啦。'],
  ['tone-arguing', TB, '这不是产品本身的问题，是使用环境太潮湿了。'],
  ['tone-arguing', TB, '呢个唔系做工问题，布料洗完本身就会缩。'],
  ['tone-arguing', EB, "This is not a product defect; it's simply how linen behaves."],
  // Condescension: others manage it at once.
  ['tone-arguing', TB, '这款很好装的，很多买家十分钟就装好了。'],
  ['tone-arguing', TB, '一般人看一下图就明白了，您再试一次。'],
  ['tone-arguing', AM, 'Honestly, any adult can assemble it in a few minutes.'],
  ['tone-arguing', EB, 'Even a child could pair these headphones.'],
  // Passive aggression: what was "already explained".
  ['tone-arguing', TB, '正如客服之前解释过的，退款需要三天到账。'],
  ['tone-arguing', TB, '就像我们早就跟您说过的那样，这款不支持快充。'],
  // Pressure: lapse threatened with 逾时 / 否则 / 唔系, silence taken as "you don't need it".
  ['tone-pressure', TB, '请在周五前寄回，否则我们将视为您放弃退货。'],
  ['tone-pressure', TB, '逾时未选择的话，我们就当您不需要补发了。'],
  ['tone-pressure', TB, '今晚之前覆我，唔系就当你唔要啦。'],
  // Minimising: the flaw made small, others said not to mind, the buyer's feeling brushed off.
  ['tone-arguing', TB, '这点小瑕疵放着用完全没问题的。'],
  ['tone-arguing', TB, '只是一些小线头，剪掉就好了。'],
  ['tone-arguing', TB, '呢啲小花痕唔影响用，你唔使咁紧张。'],
  ['tone-arguing', TB, '这个色差一般买家都不会在意的。'],
  ['tone-arguing', TB, '不用这么介意，用起来都一样的。'],
  ['tone-arguing', AM, "It's just a tiny dent on the corner of the box."],
  ['tone-arguing', EB, 'Most customers would never even notice the difference.'],
  ['tone-arguing', EB, "It's a slight scuff which should rub off with a damp cloth."],
  ['tone-arguing', AM, 'A small colour variation between batches is to be expected.'],
  // Doubting the buyer's account.
  ['tone-blame', TB, '我们不排除是您使用时不小心摔到了。'],
  ['tone-blame', TB, '屏幕裂开一般是人为导致的，需要先检测。'],
  ['tone-blame', TB, '如果真的像你说的收到就漏水，我们会处理。'],
  ['tone-blame', TB, '您再好好回想一下，是不是搬家的时候碰到了。'],
  ['tone-blame', EB, 'If this is truly the case, please send proof.'],
  ['tone-blame', AM, 'We need to rule out accidental damage before we can replace it.'],
  ['tone-blame', EB, 'If what you describe is accurate, we will look into it.'],
  ['tone-blame', AM, 'We find it hard to believe the seal failed in two days.'],
  // From the checking half, opened (new wordings): the buyer corrected outright, a policy as the refusal,
  // Cantonese 系因为, the manual "有写明", the announcement with 说明, a refusal with nothing offered.
  ['tone-arguing', TB, '这里要纠正一下，您说的“少发一件”并不准确。'],
  ['tone-arguing', EB, 'I need to correct you: the listing said 12 pieces, not 16.'],
  ['tone-arguing', AM, 'According to our policy, we do not issue refunds for used filters.'],
  ['tone-arguing', EB, 'Our shop policy states there are no returns on custom prints.'],
  ['tone-arguing', TB, '根据我们的售后政策，超过一年的订单不能保修。'],
  ['tone-arguing', TB, '根据我哋嘅换货政策，減價貨品唔设退换。'],
  ['tone-blame', TB, '个底烧黑系因为你用咗大火空烧。'],
  ['tone-arguing', TB, '说明书上有写明唔可以放入洗碗机㗎。'],
  ['tone-arguing', TB, '我们需要说明一下，这款灯本来就是暖光。'],
  ['tone-no-action', TB, '呢个型号嘅配件我哋真系帮唔到你。'],
  ['tone-no-action', EB, "Engraving? I'm afraid that isn't something we offer at the moment."],
];

/** [rule, ctx, text]: hard negatives that must stay silent for that rule. */
const SILENT: [string, LintContext, string][] = [
  // The buyer's reaction or discovery called normal: validation.
  ['tone-arguing', TB, '完全理解，收到后觉得颜色不喜欢很正常，您随时可以退。'],
  ['tone-arguing', TB, '您会担心是很正常的，我们先给您寄一个新的。'],
  // A precaution or a condition, not the buyer's act; "on your side" as support; a choice offered.
  ['tone-blame', TB, '为了避免您把滤网装反，我们在上面贴了箭头。'],
  ['tone-blame', TB, '如果您把它装反了也没关系，我们再寄一个新的给您。'],
  ['tone-blame', AM, "We're on your side here, and a replacement is on its way."],
  ['tone-blame', EB, 'Nothing else is needed on your end; the label is attached.'],
  ['tone-blame', TB, '您可以自行选择退款或者换货，我们都支持。'],
  ['tone-blame', TB, '运费不需要您自己承担，我们来出。'],
  // Owning, or a policy's condition.
  ['tone-arguing', TB, '我们要说清楚，这次完全是我们的错，真的对不起。'],
  ['tone-arguing', TB, '即使不是质量问题，我们也可以给您换一个。'],
  ['tone-arguing', TB, '不是质量问题也可以七天无理由退货。'],
  ['tone-arguing', EB, 'It turned out to be a manufacturing defect, so a new one is on its way.'],
  // Many buyers share the fault; a right anyone has.
  ['tone-arguing', TB, '很多买家都会遇到这个问题，是我们的设计没做好。'],
  ['tone-arguing', EB, 'Anyone can return an item within 30 days, no questions asked.'],
  // The buyer's own words; a promise kept.
  ['tone-arguing', TB, '正如您所说，盒子确实压坏了，我们马上补发。'],
  ['tone-arguing', TB, '正如之前答应您的，新品今天已经寄出。'],
  // Our own deadline, with the buyer's gain as the alternative.
  ['tone-pressure', TB, '我们周五前会寄出，否则就直接给您全额退款。'],
  // A concession, reassurance.
  ['tone-arguing', TB, '哪怕是一点小瑕疵，我们也会给您换新的。'],
  ['tone-arguing', TB, '不用担心，新的明天就到。'],
  ['tone-arguing', EB, "Even a small scratch isn't acceptable to us, so a new one is on its way."],
  ['tone-arguing', AM, "I'm sorry about the scratch; a new frame ships today."],
  // Doubt denied, a neutral "if that's the case", disbelief at our own slip.
  ['tone-blame', TB, '这显然不是人为造成的，我们马上给您换。'],
  ['tone-blame', EB, "If that's the case, I'll refund you straight away."],
  ['tone-blame', AM, 'I find it hard to believe this got past our checks, and I am so sorry.'],
  // From the checking half, opened: a policy in the buyer's favour, the refusal that owns the slip and refunds.
  ['tone-arguing', AM, 'Under our policy, you can return it free of charge within 60 days.'],
  ['tone-arguing', TB, '根据我们的退货政策，拆封后本来不能退，但这次直接帮您办理退款。'],
];

describe('lint15: kinds from blind15’s tuning half and probes of them', () => {
  it.each(FIRES)('%s fires: %s', (rule, ctx, text) => {
    expect(rules(text, ctx)).toContain(rule);
    if (isZh(text)) expect(rules(toHant(text), ctx)).toContain(rule);
  });
  it.each(SILENT)('%s stays silent: %s', (rule, ctx, text) => {
    expect(rules(text, ctx)).not.toContain(rule);
    if (isZh(text)) expect(rules(toHant(text), ctx)).not.toContain(rule);
  });
  it('every new finding carries a better phrasing', () => {
    for (const [, ctx, text] of FIRES)
      for (const f of lintDraft(text, ctx)) expect(f.suggestion, text).toBeTruthy();
  });
  it('a clean public reply that owns a small flaw stays clean', () => {
    expect(
      lintDraft('很抱歉杯子有一道划痕，是我们质检没做好。新杯子已经寄出，欢迎随时联系客服。', TP),
    ).toEqual([]);
  });
});
