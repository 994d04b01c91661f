// Buyer messages written for this project (not from any dataset) BEFORE the threat rules were
// retuned, in the style of the held-out set: conditionals in many forms, complaint channels beyond
// the usual ones, Traditional script; about half are angry messages that threaten nothing.
// review_threat = a bad review or claim threatened by a buyer who states a real problem;
// extortion = the same demand without a real problem, money beyond a refund, or a professional
// bad reviewer. Only rules, never these texts, are tuned (eval:analysis reports P/R on them).
import type { Flag } from '../../../lib/analysis/types';

export interface ThreatMessage {
  text: string;
  lang: 'zh-Hans' | 'zh-Hant' | 'en' | 'mixed';
  flags: Flag[];
}

const m = (lang: ThreatMessage['lang'], flags: Flag[], text: string): ThreatMessage => ({
  lang,
  flags,
  text,
});

export const THREAT_MESSAGES: ThreatMessage[] = [
  // --- zh-Hans, threats
  m('zh-Hans', ['review_threat'], '杯子收到就裂了，今天不给我换新的，明天就去写差评'),
  m('zh-Hans', ['extortion'], '再不给我退钱，我就天天来刷差评'),
  m('zh-Hans', ['extortion'], '给我转200块，差评马上删，不然就一直挂着'),
  m('zh-Hans', ['review_threat'], '充电器用了三天就坏了，要不然你们退款，要不然我给一星'),
  m('zh-Hans', ['extortion'], '除非赔我三倍的钱，否则这个差评我是不会改的'),
  m('zh-Hans', ['extortion'], '你们自己看着办吧，不给个说法差评是跑不了的'),
  m('zh-Hans', ['platform_complaint'], '发错货还不处理，我已经打了12345热线'),
  m('zh-Hans', ['platform_complaint'], '再拖着不退，我就向市场监管局举报你们'),
  m('zh-Hans', ['legal_threat'], '卖假货的事我会去法院起诉，证据都留着'),
  m('zh-Hans', ['platform_complaint'], '我已经在微博上曝光你们了，等着吧'),
  m('zh-Hans', ['extortion'], '我是专门写评价的，给我五百块红包，这事就算了，不然全网差评'),
  m('zh-Hans', ['platform_complaint'], '不退货我就申请平台介入，让小二来评评理'),
  m('zh-Hans', ['review_threat'], '衣服洗一次就掉色严重，不给退的话我就如实写差评'),
  m('zh-Hans', ['legal_threat'], '如果三天内不解决，我会通过法律途径维护自己的权益'),
  // --- zh-Hans, no threat
  m('zh-Hans', [], '等了半个月还没发货，到底什么时候发？！'),
  m('zh-Hans', [], '我之前给了差评是因为东西真的坏了，现在你们换了新的，谢谢'),
  m('zh-Hans', [], '差评！味道太咸了，米饭还是夹生的'),
  m('zh-Hans', [], '如果方便的话，麻烦退一下款，东西我已经寄回了'),
  m('zh-Hans', [], '我不想给差评，但是这个质量真的让人失望'),
  m('zh-Hans', [], '就不能快点吗？孩子等着用呢，急死了'),
  m('zh-Hans', [], '不好用就算了，我也懒得退了，自认倒霉'),
  m('zh-Hans', [], '投诉了快递员，他态度太恶劣了，跟你们店没关系'),
  m('zh-Hans', [], '你们客服到底有没有人？问了三遍都没人回'),
  m('zh-Hans', [], '不退款也行，给我补发一个配件就好'),
  // --- zh-Hant, threats
  m('zh-Hant', ['review_threat'], '收到的耳機左邊完全沒聲音，再不處理我就給負評'),
  m('zh-Hant', ['platform_complaint'], '如果不退款，我會向消保官申訴，也會打1950'),
  m('zh-Hant', ['platform_complaint'], '我已經寫信給消基會了，你們看著辦'),
  m('zh-Hant', ['extortion'], '要我刪掉一星評價可以，先匯五百元給我'),
  m('zh-Hant', ['legal_threat'], '這是詐騙，我會找律師提告'),
  m('zh-Hant', ['extortion'], '不賠錢就等著收差評吧，說到做到'),
  m('zh-Hant', ['review_threat'], '衣服尺寸跟網頁上寫的差很多，否則就退貨，不然我會留下負評'),
  // --- zh-Hant, no threat
  m('zh-Hant', [], '物流超慢，等了十幾天，真的很生氣！！'),
  m('zh-Hant', [], '東西有瑕疵，麻煩幫我換一個，謝謝'),
  m('zh-Hant', [], '客服一直不回訊息，到底要等多久？'),
  m('zh-Hant', [], '我已經給了差評，因為真的太爛了'),
  m('zh-Hant', [], '顏色跟照片不一樣，有點失望'),
  m('zh-Hant', [], '退款什麼時候才會到帳？已經一個禮拜了'),
  // --- en, threats
  m(
    'en',
    ['review_threat'],
    'The blender cracked on first use. Replace it by Monday or my review goes up.',
  ),
  m('en', ['extortion'], 'Send me $100 on top of the refund and I will take my review down.'),
  m('en', ['extortion'], "Otherwise you'll be seeing a one-star review from me. Your call."),
  m('en', ['platform_complaint'], 'I am disputing the charge with my credit card company today.'),
  m(
    'en',
    ['platform_complaint'],
    'If I do not hear back I will file a complaint with the CFPB and the state attorney general.',
  ),
  m(
    'en',
    ['platform_complaint'],
    "I'll be posting about this on Twitter and TikTok unless someone fixes it.",
  ),
  m(
    'en',
    ['legal_threat'],
    'My solicitor has been informed and I will be filing a claim in county court.',
  ),
  m(
    'en',
    ['review_threat'],
    'The shoes fell apart after a week. Unless I get my money back, this is going straight to a 1-star review.',
  ),
  m('en', ['extortion'], 'Pay me fifty dollars and the negative feedback disappears.'),
  m('en', ['platform_complaint'], 'I have already reported you to Trading Standards.'),
  m(
    'en',
    ['extortion'],
    'Give me a full refund and let me keep the item, or else I write a scathing review.',
  ),
  m('en', ['legal_threat'], 'Fix this or I will see you in small claims court.'),
  // --- en, no threat
  m('en', [], 'Still no tracking update after ten days. What is going on??'),
  m('en', [], 'I left a 2 star review because the zipper broke, nothing personal.'),
  m('en', [], 'How is this acceptable? The box arrived soaking wet.'),
  m('en', [], 'If possible, could you send a replacement? The first one was faulty.'),
  m('en', [], 'Honestly the worst customer service I have dealt with in years.'),
  m('en', [], 'I do not want to leave a bad review, I just want it to work.'),
  m('en', [], 'The court scene in this book was the best part.'),
  m('en', [], 'Unless I am missing something, the manual does not cover setup.'),
  m('en', [], 'Otherwise the product is fine, just the strap is short.'),
  m('en', [], 'Please refund me, the item was not as described.'),
  m('en', [], 'Absolutely furious. Three emails and not one reply!!!'),
  m('en', [], 'My review will mention that support was slow but helpful in the end.'),
];
