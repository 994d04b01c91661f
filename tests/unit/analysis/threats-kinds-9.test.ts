// Fresh probes written for issue 9's threat kinds (not rows of any written set): a review traded for a
// veiled or named payment, demands beyond a remedy, reviewers selling reviews, review threats as
// questions, drafts or split sentences, Cantonese, chargebacks, the buyer's own channel; and the
// same trigger words in messages that threaten nothing (idioms, reviews already left, questions).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';

const PROBES: [string, string[]][] = [
  ['差评想撤也行，你们掂量着给点补偿，我不挑', ['extortion']],
  ['评价这块好商量，就看老板懂不懂事了', ['extortion']],
  ['亲，改评不难，发个88的红包过来', ['extortion']],
  ['要我追评夸你们？先把运费双倍赔给我', ['extortion']],
  ['我不要退货，退款照退，东西归我，再送两个同款，差评立刻撤', ['extortion']],
  ['我粉丝好几万，写的测评很多人看，你们懂的，给点推广费我就写好的', ['extortion']],
  ['给个说法，说法满意了差评我就改', ['extortion']],
  ['你们掂量一下，一个差评和两百块哪个划算', ['extortion']],
  ['想我刪負評都得，過數一千蚊先', ['extortion']],
  ['評價改唔改，睇你哋有冇誠意啦', ['extortion']],
  ['要我改五星，先退雙倍運費俾我', ['extortion']],
  ['我係專業開箱KOL，唔俾啲著數我，篇文點寫就唔好怪我', ['extortion']],
  ['負評要撤可以，麻煩先轉帳五百元到我帳戶', ['extortion']],
  ['東西不用退，錢全額退我，再補償三百，評價我就改成好評', ['extortion']],
  ['A little something for my trouble and I might see my way to a better review.', ['extortion']],
  ['What would you offer me to take the review down?', ['extortion']],
  ['How much is my review worth to you?', ['extortion']],
  ["Refund me twice over and I'll quietly delete the one-star.", ['extortion']],
  ['Process the refund and throw in a $30 gift card, then my feedback changes.', ['extortion']],
  [
    "I'm willing to revise my 1-star, provided you send me a free unit of the new model.",
    ['extortion'],
  ],
  [
    "Full refund, I keep the headphones, and a voucher for next time; that's my price for removing the review.",
    ['extortion'],
  ],
  [
    'I write reviews professionally. Sort me out with some store credit and the write-up will be positive.',
    ['extortion'],
  ],
  ["Compensate me for my time and I'll rethink my feedback.", ['extortion']],
  ['耳机一边没声音，你们是想等我差评了才处理吗？', ['review_threat']],
  ['差评我都打好字了，杯盖漏水的事，今晚不回复我就点发布', ['review_threat']],
  ['门锁装上就卡住。找了三次客服。明天再没结果。一星。', ['review_threat']],
  ['個袋爛咗，再唔回覆我就即刻畀一粒星', ['review_threat']],
  ['吹風機用一週就壞，若是三天內不處理，我會在商品評價寫清楚', ['review_threat']],
  ['寄錯顏色又唔換，睇住嚟，我會留負評', ['review_threat']],
  [
    "The vacuum died after a week. I've emailed twice. One more day of silence and the review goes up.",
    ['review_threat'],
  ],
  ['The lid arrived cracked. Would you rather I put that in a one-star review?', ['review_threat']],
  [
    "My review is written and sitting in drafts: the toaster burns one side only. Fix it and I'll never post it.",
    ['review_threat'],
  ],
  [
    'The strap snapped. Unless I get a replacement this week, my rating will reflect it.',
    ['review_threat'],
  ],
  ['说好的包邮又收运费，不退我就找银行拒付', ['platform_complaint']],
  ['食品过期了还卖，我要向食药监举报', ['platform_complaint']],
  ['再唔退款，我就寫信去消費者委員會', ['platform_complaint']],
  [
    'I will be filing a complaint with the FTC and my credit card company if this drags on.',
    ['platform_complaint'],
  ],
  ['If this is not resolved, I will be contacting the Consumer Council.', ['platform_complaint']],
  ['Expect to see this whole saga on my YouTube channel if nobody helps.', ['platform_complaint']],
  ['再拖我就向法院申請支付命令', ['legal_threat']],
  ['My attorney is drafting a demand letter as we speak.', ['legal_threat']],
  ['评价早写了，三星，不改了', []],
  ['差评是我手滑点错了，怎么修改呀？', []],
  ['你们的意思我明白了，那就等下周吧', []],
  ['表示理解，不用补偿', []],
  ['如果能补发，我就不退货了', []],
  ['给个说法就行，不需要赔偿，也不会差评', []],
  ['请问怎么向平台申请介入？要准备什么材料', []],
  ['太气人了！快递把箱子摔烂了！！', []],
  ['不会给差评的，你们放心，东西挺好', []],
  ['孩子被充电器烫伤了手，已经处理好了', ['safety']],
  ['我唔會留負評，放心', []],
  ['評價我已經留咗五星，多謝', []],
  ['請問信用卡付款可以分幾期？', []],
  ['如果週五前寄出，我就不用取消了', []],
  ['議員服務處的人說你們態度很好', []],
  ['I already left a review, two stars, and I stand by it.', []],
  ['What do I get if I refer a friend?', []],
  ['Happy to update my review once the replacement arrives.', []],
  ['Is it worth my while getting the extended warranty?', []],
  ['I will not be leaving bad feedback, you were quick to help.', []],
  ['How do I open a case with PayPal? The seller is someone else.', []],
  ['If the parcel comes tomorrow, brilliant; if not, no stress.', []],
  ['My daughter burned her hand on the kettle lid; it gets far too hot.', ['safety']],
  ['The Consumer Rights Act page on your site was really helpful.', []],
  ["I'm so angry I could scream. Two weeks late and no apology.", []],
];

describe('threat kinds of issue 9 on fresh probes', () => {
  it.each(PROBES)('%s → %j', (text, want) => {
    const got = analyze(text).flags.filter((f) => f !== 'abusive');
    expect([...got].sort()).toEqual([...want].sort());
  });

  it('keeps a reviewer by trade out of a plain review threat with a real problem', () => {
    const a = analyze(
      'The lamp is broken. Refund me or I will leave a 1-star review. I am a blogger.',
    );
    expect(a.threat?.kind).toBe('review_threat');
  });

  it('counts a reviewer by trade where the review is traded', () => {
    const a = analyze('我是测评博主，给我返两百块，差评马上删');
    expect(a.threat?.signals).toContain('professional');
  });
});
