// The kinds the blind13 set's tuning half showed (lint13, 2026-12-03), and the probes of its kinds, each
// in wordings of its own (not the set's rows), with hard negatives beside them; and the set's shape and
// its tuning half held to issue 8's targets. Kept apart from lint.test.ts so that other helpers' work
// merges cleanly.
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { describeBlindSet } from './blind-set-checks';
import { lintDraft, type LintContext } from '@/lib/drafts/lint';
import { BLIND13_SET } from './lint-set-blind13';

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

const TB: LintContext = { platform: 'taobao', channel: 'private', kind: 'messages' };
const EB: LintContext = { platform: 'ebay', channel: 'private', kind: 'messages' };
const AM: LintContext = { platform: 'amazon', channel: 'private', kind: 'messages' };

const rules = (text: string, ctx: LintContext) => lintDraft(text, ctx).map((f) => f.rule);

/** [rule, ctx, text]: each must fire (zh-Hans rows are also tried in zh-Hant). */
const FIRES: [string, LintContext, string][] = [
  // A phone number given in pieces joined by words or by 、 (issue 8's known miss, "138 加上 0013 8000").
  ['contact-phone', TB, '亲，有事打我，138 加上 0013 8000。'],
  ['contact-phone', TB, '我的号码是159，接着是6677，最后是8899。'],
  ['contact-phone', TB, '手机 一五九 然后 三三四四 然后 五五六六。'],
  ['contact-phone', AM, '電話是 0987 再來是 654 再來是 321。'],
  ['contact-phone', EB, 'Ring me on 07700, then 900, then 782.'],
  ['contact-phone', EB, 'My cell: 303 followed by 555 0119.'],
  ['contact-phone', TB, '我的手机是一五八、六六七七、八八九九。'],
  // (probes of its kinds) EU mobiles with no trunk 0, named by a phone word before them.
  ['contact-phone', EB, 'Llámame al 655 12 34 56, por favor.'],
  ['contact-phone', EB, 'Chiamami al 347 765 4321 quando vuoi.'],
  ['contact-phone', EB, 'My mobile is 601 222 333 if that is easier.'],
  ['contact-phone', TB, '我的号 320 555 0101，有事直接打。'],
  // A two-digit discount (85折, 打95折) traded for a good review.
  ['review-incentive', EB, '给我们留个好评，下一单给您打88折。'],
  ['review-incentive', TB, '亲，五星好评以后，下次购买享95折。'],
  // Tone: the fault on the buyer's side, other buyers held up, the answer declared final, our messages
  // counted, the low price as the excuse, our patience at an end.
  ['tone-blame', TB, '我们这边测过没问题，估计是您那边的原因。'],
  ['tone-blame', TB, '您一定是装错了方向，所以才打不开。'],
  ['tone-arguing', TB, '别的顾客收到都没反映过这个问题。'],
  ['tone-arguing', TB, '其他买家用着都好好的。'],
  ['tone-arguing', EB, "Honestly, a $12 kettle isn't going to last for years."],
  ['tone-arguing', EB, "For £5 you can't really expect a steel case."],
  ['tone-shut-down', TB, '结果就是这样，您再怎么投诉也没用。'],
  ['tone-shut-down', EB, 'Nothing you say will change the outcome.'],
  ['tone-pressure', TB, '都给您留言三次了，麻烦回一下。'],
  ['tone-pressure', EB, 'We cannot wait any longer for your decision.'],
  ['tone-pressure', TB, '我们真的不能再等了，今天请给个答复。'],
  ['tone-auto-reply', TB, '收到，处理中，请稍候。'],
  // (probes of its kinds) breakage wondered at, "there for a reason", thinking first, most people held
  // up, "so what did you expect", the buyer rebuked, the rules as a wall, reminders counted, hardship.
  ['tone-blame', EB, 'Not sure how you managed to crack the lid, to be honest.'],
  ['tone-blame', EB, 'The measurements are there for a reason.'],
  ['tone-blame', TB, '下单前就该考虑清楚是不是适合自己。'],
  ['tone-arguing', EB, 'Most buyers have no problem fitting it themselves.'],
  ['tone-arguing', EB, 'It was the cheapest one on the site, so what did you expect?'],
  ['tone-arguing', TB, '您怎么可以这么说呢？我们一直很用心。'],
  ['tone-arguing', TB, '我们都是按流程办的，这个改不了。'],
  ['tone-pressure', EB, "I've now sent three reminders about the return."],
  ['tone-pressure', EB, 'Please be reasonable about this.'],
  ['tone-pressure', TB, '我们是小本生意，您就别为难我们了。'],
  // (checking half, opened) the review reproached after a remedy; the buyer's inexperience presumed.
  ['tone-pressure', TB, '补发的都到了，您却还给了个中评。'],
  ['tone-pressure', TB, '钱都退给您了，留差评实在不太厚道。'],
  ['tone-pressure', EB, 'We sent a new one, yet you still left a negative.'],
  ['tone-pressure', EB, 'Giving us a 1-star rating seems a bit harsh after the refund.'],
  ['tone-blame', TB, '您应该是第一次用这类电动牙刷吧，要先按住开关三秒。'],
];

/** [rule, ctx, text]: the rule must stay silent. */
const SILENT: [string, LintContext, string][] = [
  // Numbers in pieces that are no phone number: sizes, years, prices, order ids.
  ['contact-phone', TB, '亲，鞋码有39、40、41三个，您看要哪个？'],
  ['contact-phone', EB, 'It fits the 2021 and 2022 models, and the 2023 one too.'],
  ['contact-phone', TB, '两件分别是 1299 元和 899 元，一共 2198 元。'],
  ['contact-phone', AM, 'Orders 113-2233445-6677889 and 113-2233445-6677880 were both refunded.'],
  ['contact-phone', EB, 'The parcel weighs 1200 grams, then 300 more with the box.'],
  ['contact-phone', EB, 'Our order number is 655 123 456; please quote it to eBay.'],
  ['contact-phone', EB, 'The phone case fits models 612 and 345.'],
  ['contact-phone', EB, 'It measures 655 x 120 x 34 mm and weighs 601 g.'],
  // A two-digit discount offered on its own, with no review in it.
  ['review-incentive', TB, '亲，这款本周85折，您需要的话可以直接拍。'],
  // The seller owning an unclear listing is no argument.
  ['tone-arguing', TB, '是我们的商品页没写清楚尺寸，让您误会了，真的抱歉。'],
  ['tone-arguing', TB, '描述没有注明清楚是我们的疏忽，马上给您退差价。'],
  // "Your side" as the buyer's issue, other buyers' feedback read as ours to fix, our checks counted.
  ['tone-blame', TB, '关于您那边的问题，我们已经安排补发了。'],
  ['tone-arguing', TB, '其他买家的反馈我们也看了，确实是这批货的问题，非常抱歉。'],
  ['tone-pressure', TB, '我们已经给您补发了两次配件，这次还不行就直接全额退款。'],
  [
    'tone-pressure',
    EB,
    "There's no need to wait any longer: the refund went through this morning.",
  ],
  ['tone-arguing', EB, 'The £9 charger you bought is covered, and I have sent a new one.'],
  // 微信支付 / LINE Pay as a way to pay, red-envelope goods as the product.
  ['off-platform-contact', TB, '亲，我们的微信支付通道已经恢复，可以正常付款了。'],
  ['off-platform-contact', TB, '目前不支持 LINE Pay，您可以用信用卡付款。'],
  ['review-incentive', TB, '您买的红包机（发红包的玩具）少了电池，我们马上补发。'],
  ['review-incentive', TB, '这款红包盒的烫金有点掉，给您换一个新的。'],
  // (probes of its kinds) the same words in a helpful reply.
  ['tone-arguing', TB, '虽然没办法为您破例退货，但可以给您免费维修。'],
  ['tone-arguing', TB, '我们会按照规定为您全额退款，请放心。'],
  ['tone-blame', TB, '买之前可以先问问客服尺码，这次我们直接给您换。'],
  ['tone-blame', EB, 'The instructions are there to help: page 3 shows the reset.'],
  ['tone-pressure', EB, "We've sent two replacement parts; one should arrive tomorrow."],
  [
    'tone-pressure',
    EB,
    "Please be patient with us, we're a small team, and your refund is on its way.",
  ],
];

describe('lint13: kinds from blind13’s tuning half and probes of them', () => {
  it.each(FIRES)('%s fires: %s', (rule, ctx, text) => {
    expect(rules(text, ctx)).toContain(rule);
    if (/[\u4e00-\u9fff]/u.test(text)) expect(rules(toHant(text), ctx)).toContain(rule);
  });
  it.each(SILENT)('%s stays silent: %s', (rule, ctx, text) => {
    expect(rules(text, ctx)).not.toContain(rule);
    if (/[\u4e00-\u9fff]/u.test(text)) expect(rules(toHant(text), ctx)).not.toContain(rule);
  });
  it('marks the whole number given in pieces, in the original characters', () => {
    const text = '亲，有事打我，１３８ 加上 ００１３ ８０００。';
    const f = lintDraft(text, TB).find((x) => x.rule === 'contact-phone');
    expect(f && text.slice(f.start, f.end)).toBe('１３８ 加上 ００１３ ８０００');
  });
  it('keeps a carrier’s number given in pieces allowed on Amazon only', () => {
    const text = 'FedEx can be reached on 1-800, then 463-3339, to rebook the delivery.';
    expect(rules(text, AM)).not.toContain('contact-phone');
  });
});

describeBlindSet('blind13', BLIND13_SET, { min: 220, perLabel: 15 });
