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
  // second batch
  ['东西倒是没坏，就是想问问，改个好评你们打算给多少', ['extortion']],
  ['只要你们再多退我五十，评价我就当没写过', ['extortion']],
  ['差评可以不发，运费你们包了，再加个赠品', ['extortion']],
  ['我也不想为难你们，评价改五星的前提是返我一百', ['extortion']],
  ['好评要的话拿东西换，送我一套新的我立刻改', ['extortion']],
  ['退一赔三，否则差评不删', ['extortion']],
  ['东西留下，全款退，另外补我两百块的路费，这样评价我才改', ['extortion']],
  ['我可以把一星改成五星，不過你們要先匯三百塊給我', ['extortion']],
  ['要我撤負評？賠我雙倍嘅錢就得', ['extortion']],
  ['唔想我留差評，就送多兩件俾我啦', ['extortion']],
  ['東西沒壞啦，但評價要好看，你們總要表示表示吧', ['extortion']],
  ['你哋退全數又唔使我寄返，我就刪咗個負評', ['extortion']],
  [
    "Nothing wrong with the order, but I'll happily go to five stars for a $25 credit.",
    ['extortion'],
  ],
  ['Let me keep the jacket and refund the lot, and my one-star disappears.', ['extortion']],
  ["Happy to take the review down. I'd just need a little compensation first.", ['extortion']],
  ['Double my refund and you can have your five stars back.', ['extortion']],
  ["You'll get a glowing review the moment a free second set lands on my doorstep.", ['extortion']],
  [
    'I have 20k followers. Send me the premium bundle free, or my review will not be flattering.',
    ['extortion'],
  ],
  ["What's it worth to you to make this review go away?", ['extortion']],
  ['灯泡到手就不亮，你们再推三阻四，一星伺候', ['review_threat']],
  ['鞋码发错了，明天再不给换，我就去评价里说清楚', ['review_threat']],
  ['插座用一下就冒火花', ['safety']],
  ['这破手机壳一周就裂开了。客服装死。我看只能差评了。', ['review_threat']],
  ['商品跟图片完全两回事，是不是非得我打一星你们才理人？', ['review_threat']],
  ['被子有霉味，如果今天不给个方案，评价我会写得很难看', ['review_threat']],
  ['杯子寄到都碎咗，再唔處理我就畀負評', ['review_threat']],
  ['衣服有破洞，如果拖到週末還沒換，我只好給一顆星', ['review_threat']],
  ['收到的是舊款，唔換就等我寫差評啦', ['review_threat']],
  [
    'The mixer stopped working after two uses. Replace it, or the one-star review goes up tonight.',
    ['review_threat'],
  ],
  [
    'Wrong colour sent. Should I be writing a negative review, or will someone fix this?',
    ['review_threat'],
  ],
  ['My parcel is three weeks late. Keep stalling and see what my review says.', ['review_threat']],
  [
    "The seams came apart on the first wash. Nobody has replied. I'm one click away from posting my 1-star review.",
    ['review_threat'],
  ],
  ['再不退款我就打银行电话申请拒付', ['platform_complaint']],
  ['你们卖三无产品，不处理我去市监局举报', ['platform_complaint']],
  ['再拖，我就去行政院消保處申訴', ['platform_complaint']],
  ['Refund me or I will file a chargeback with Amex.', ['platform_complaint']],
  ['If nobody replies, this is going to the Federal Trade Commission.', ['platform_complaint']],
  ['Refund in seven days or I will start proceedings in the small claims court.', ['legal_threat']],
  ['再推卸責任，我就委託律師處理', ['legal_threat']],
  ['我就是问问，改评价的话在哪里改？', []],
  ['你懂的，这价格还要什么自行车，好评', []],
  ['老板懂事，多送了一个，必须五星', []],
  ['上次的差评是误会，我已经改成好评了', []],
  ['双倍的快乐，买一送一，好评', []],
  ['如果下周还没到，麻烦帮我查下物流', []],
  ['不想给差评，东西其实还可以', []],
  ['朋友是测评博主，她推荐我买的', []],
  ['評價已經寫好了，五顆星，謝謝老闆', []],
  ['再唔到貨，我就自己去門市拎', []],
  ['請問要怎樣向信用卡公司查詢扣款？', []],
  ['一星期就到貨，好快，讚', []],
  ['Is there any compensation policy for late deliveries? Just asking.', []],
  ['My review is written: five stars, the lamp is gorgeous.', []],
  ["I won't post a bad review, I just want to know when it ships.", []],
  ['How much is the bigger size worth it compared to the small one?', []],
  ['If it breaks again I will just buy another one, no big deal.', []],
  ['I already posted my review and it is honest: three stars.', []],
  ['I am a blogger and this lamp is going straight into my favourites post.', []],
  ['吹风机用着用着冒烟了，吓了一跳，人没事', ['safety']],
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
