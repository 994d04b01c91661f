// A blind set of seller-centre threads for readCase / analyze(…, { messages }), written for this
// project (not from any dataset) and labelled completely BEFORE its first run, by a helper that had
// not read lib/analysis/case.ts (only the CaseFacts type, case.test.ts and the eval tool's format).
// Taobao (zh-Hans, some zh-Hant), Amazon and eBay (en, some zh-Hant) threads of 1–4 messages with
// hard negatives: the seller (not the buyer) mentions photos, a buyer who WILL send photos or could
// not upload them, dates that are purchase/arrival dates or the seller's/platform's dates rather
// than the buyer's deadline, quantities and "maybe 20", order numbers and product codes that look
// like dates, a free gift (赠品) or gift box that is no urgency, negated remedies, offers in question
// form that are not a granted remedy, platform messages that are not the seller replying.
// Labelling rules: evidenceSent = the BUYER says evidence was already sent/attached; sellerAsked =
// what the seller's LAST message asks for; remedyGranted = the seller/platform says it did or will
// do the remedy (also after a return), not an offer put as a question; deadline = a date the buyer
// sets for the seller (relative to that message's time), not a need-by date of an event; urgency =
// the buyer's own reason (accepted reasons listed when two fit). Times are 12:00Z (same calendar day
// in China and the US). 2026-12-01 is a Tuesday.
// Split by partOf(the thread's texts joined by '\n') (eval-core.ts): rules may be changed only from
// the tuning half's misses.
// FIRST RUN (unchanged code, n=100): all facts (micro) P 92.3% R 71.7%, 33/100 threads with every
// fact right; evidenceSent P 62.5% R 41.7%, faultDescribed P 96.9% R 68.5%, orderGiven P 100% R
// 87.5%, sellerReplied P/R 100%, sellerAsked P 89.5% R 100%, remedyAsked P 91.9% R 75.6%,
// remedyGranted P 85.7% R 35.3%, deadline P 85.7% R 63.2%, urgency P 84.6% R 68.8%; zh-Hans P 93.6%
// R 75.2%, zh-Hant P 91.9% R 69.4%, en P 90.6% R 68.2%. Tuning half (44): P 90.2% R 70.9%, 12/44
// right. Checking half (56): P 94.2% R 72.4%, 21/56 right.
// AFTER TUNING FIXES (rules changed by kind from the tuning half only): tuning 100% / 100%, 44/44.
// HELD OUT, the checking half measured once: P 97.4% R 85.1%, 37/56 right (evidenceSent R 80.0%,
// faultDescribed R 82.0%, orderGiven R 75.0%, sellerAsked P 90.0%, remedyAsked P 95.5% R 80.8%,
// remedyGranted R 66.7%, deadline P/R 100%, urgency P/R 87.5%; zh-Hans P 98.5% R 88.9%, zh-Hant P
// 100% R 70.6%, en P 95.0% R 84.4%).
// THEN OPENED: the checking half's misses were read and fixed by kind: P 100% R 98.5%, 54/56 right
// (no longer a held-out figure).
import type { CaseFacts, RemedyAsk, ThreadMessage } from '../../../lib/analysis';
import { partOf } from './eval-core';

type Urgency = NonNullable<CaseFacts['urgency']>['reason'];
type Asked = CaseFacts['sellerAsked'][number];

export interface CaseWant {
  evidenceSent: boolean;
  faultDescribed: boolean;
  orderGiven: boolean;
  sellerReplied: boolean;
  sellerAsked: Asked[];
  remedyAsked: RemedyAsk[];
  remedyGranted: RemedyAsk[];
  /** ISO date, or null when the buyer set none. */
  deadline: string | null;
  /** Accepted reasons (any one is right), or null when there is no urgency. */
  urgency: Urgency[] | null;
}

export interface CaseThread {
  lang: 'zh-Hans' | 'zh-Hant' | 'en';
  site: 'taobao' | 'amazon' | 'ebay';
  /** What the thread tests (hard negatives included). */
  kind: string[];
  messages: ThreadMessage[];
  want: CaseWant;
}

const D = (day: number): string => `2026-12-${String(day).padStart(2, '0')}T12:00:00Z`;
const b = (day: number, text: string): ThreadMessage => ({ from: 'buyer', at: D(day), text });
const s = (day: number, text: string): ThreadMessage => ({ from: 'seller', at: D(day), text });
const p = (day: number, text: string): ThreadMessage => ({ from: 'platform', at: D(day), text });

// A thread written as one buyer message gets a content-free second message (a nudge from the buyer
// or a platform notice, after it, same day) so that every thread has 2+ messages as on the pages;
// none of these carries a fact.
const NUDGES: Record<CaseThread['lang'], ((day: number) => ThreadMessage)[]> = {
  'zh-Hans': [
    (d) => b(d, '在吗？'),
    (d) => b(d, '人呢？怎么没人回'),
    (d) => p(d, '系统提示：买家发起了售后咨询'),
    (d) => b(d, '请尽快回复'),
  ],
  'zh-Hant': [
    (d) => b(d, '在嗎？'),
    (d) => p(d, '系統提示：買家已發起對話'),
    (d) => b(d, '請盡快回覆，謝謝'),
  ],
  en: [
    (d) => b(d, 'Hello?'),
    (d) => p(d, 'This message was sent through Buyer-Seller Messaging.'),
    (d) => b(d, 'Any update on this?'),
  ],
};

const t = (
  lang: CaseThread['lang'],
  site: CaseThread['site'],
  kind: string[],
  written: ThreadMessage[],
  want: Partial<CaseWant>,
): CaseThread => {
  const messages = [...written];
  if (messages.length < 2) {
    const first = messages[0]!;
    const day = Number(first.at!.slice(8, 10));
    const nudges = NUDGES[lang];
    messages.push(nudges[first.text.length % nudges.length]!(day));
  }
  return {
    lang,
    site,
    kind,
    messages,
    want: {
      evidenceSent: false,
      faultDescribed: true,
      orderGiven: false,
      sellerReplied: messages.some((m) => m.from === 'seller'),
      sellerAsked: [],
      remedyAsked: [],
      remedyGranted: [],
      deadline: null,
      urgency: null,
      ...want,
    },
  };
};

export const CASE_FACTS_BLIND: CaseThread[] = [
  // ---------------- zh-Hans, Taobao
  t(
    'zh-Hans',
    'taobao',
    ['evidence', 'order', 'deadline'],
    [
      b(1, '买的保温杯收到就漏水，视频已经发你们了，我要退款'),
      s(1, '亲，视频收到了，非常抱歉，请问您的订单号是多少呢？'),
      b(1, '订单号 4012887765123490021，明天之前给我处理好'),
    ],
    {
      evidenceSent: true,
      orderGiven: true,
      sellerAsked: ['order'],
      remedyAsked: ['refund'],
      deadline: '2026-12-02',
    },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['will-send-photo', 'seller-asks-photo'],
    [
      b(2, '衣服袖子开线了，怎么处理'),
      s(2, '亲亲，麻烦拍一下开线位置的照片发给我们哦'),
      b(2, '好的，我晚上回家拍了发给你'),
    ],
    { sellerAsked: ['photo'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['order-like-date'],
    [b(3, '订单20261128093015，收到的耳机左边没声音，换一个吧')],
    { orderGiven: true, remedyAsked: ['replacement'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['gift', 'deadline-weekday'],
    [
      b(
        1,
        '下单的时候备注了是送女朋友的生日礼物，结果项链的扣子是坏的。周五之前必须给我换一条新的',
      ),
    ],
    { remedyAsked: ['replacement'], deadline: '2026-12-04', urgency: ['gift'] },
  ),
  t('zh-Hans', 'taobao', ['child'], [b(2, '孩子等着开学用的书包，拉链拉不上，能不能尽快换一个')], {
    remedyAsked: ['replacement'],
    urgency: ['child'],
  }),
  t(
    'zh-Hans',
    'taobao',
    ['granted', 'numbers'],
    [
      b(3, '收到的鞋子两只大小不一样，左脚37右脚38'),
      s(3, '非常抱歉亲，已经给您申请了全额退款，鞋子不用寄回了'),
    ],
    { remedyGranted: ['refund'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['platform-not-seller', 'duration'],
    [
      b(4, '我的快递显示签收了但是我根本没收到，已经等了5天了'),
      p(4, '淘宝小二：已为您介入处理，请耐心等待商家回复'),
    ],
    {},
  ),
  t(
    'zh-Hans',
    'taobao',
    ['negated-remedy'],
    [b(5, '不要退货退款，太麻烦了，少发的那个充电线补寄给我就行')],
    { remedyAsked: ['reship'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['seller-asks-photo', 'picture-word'],
    [
      b(1, '实物跟图片差太多了，颜色完全不一样'),
      s(1, '亲，图片可能存在色差，您可以拍张照片给我们看看吗'),
    ],
    { sellerAsked: ['photo'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['deadline-days'],
    [b(2, '台灯用了两天就不亮了，我要退货，三天内不处理我就找平台')],
    { remedyAsked: ['return'], deadline: '2026-12-05' },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['date-not-deadline', 'seller-promise'],
    [
      b(3, '我11月20号下的单，到现在都没发货，什么情况'),
      s(3, '亲，您的订单已经在打包了，今天一定发出'),
    ],
    {},
  ),
  t('zh-Hans', 'taobao', ['numbers'], [b(4, '买了20个挂钩，只收到了12个，剩下的8个给我补发')], {
    remedyAsked: ['reship'],
  }),
  t(
    'zh-Hans',
    'taobao',
    ['partial', 'offer-not-granted'],
    [b(5, '花瓶口有个小缺口，不影响用，给我退点差价就算了'), s(5, '好的亲，给您补偿10元可以吗？')],
    { remedyAsked: ['partial_refund'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['seller-asks-return', 'granted-after-return'],
    [
      b(6, '收到的电饭煲内胆有划痕，要求换新'),
      s(6, '亲，麻烦您先把商品寄回来，我们收到后给您换新的'),
    ],
    { sellerAsked: ['return'], remedyAsked: ['replacement'], remedyGranted: ['replacement'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['evidence-screenshot'],
    [b(7, '快递员没送上门就点了签收，截图我已经发在上面了，麻烦给我重新发一个')],
    { evidenceSent: true, remedyAsked: ['reship'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['deadline-tonight', 'hours-not-deadline'],
    [b(7, '说好的48小时发货，现在都第四天了，今晚12点前必须给我发出去')],
    { deadline: '2026-12-07' },
  ),
  t('zh-Hans', 'taobao', ['event'], [b(2, '婚礼就要用的伴娘裙，拉链坏了，能不能加急换一条')], {
    remedyAsked: ['replacement'],
    urgency: ['event'],
  }),
  t(
    'zh-Hans',
    'taobao',
    ['will-send-video'],
    [b(3, '扫地机器人充不进电，我可以录个视频给你们看')],
    {},
  ),
  t(
    'zh-Hans',
    'taobao',
    ['evidence-attached', 'granted-partial'],
    [b(4, '看附图，盒子都压扁了，里面的蛋糕也碎了'), s(4, '抱歉亲，这边给您退款20元作为补偿')],
    { evidenceSent: true, remedyGranted: ['partial_refund'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['health'],
    [b(5, '我买的是血压计，老人每天都要测，现在屏幕不显示，麻烦尽快换一个')],
    { remedyAsked: ['replacement'], urgency: ['health'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['repair', 'part'],
    [b(6, '手表用了一个月表带扣断了，能不能给我修一下或者寄个新表带')],
    { remedyAsked: ['repair', 'reship'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['no-fault', 'seller-asks-description'],
    [b(7, '你们这个东西有问题'), s(7, '亲，具体是什么问题呢？麻烦描述一下')],
    { faultDescribed: false, sellerAsked: ['description'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['seller-asks-address', 'granted-reship'],
    [b(8, '少发了一个盖子'), s(8, '不好意思亲，我们马上给您补发，请确认一下收货地址')],
    { sellerAsked: ['address'], remedyGranted: ['reship'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['deadline-date'],
    [b(8, '都一个星期了还没发货，12月15日前收不到货我就不要了，直接给我退款')],
    { remedyAsked: ['refund'], deadline: '2026-12-15' },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['date-not-deadline', 'duration'],
    [b(5, '12月1号买的，用了3天就充不进电了')],
    {},
  ),
  t('zh-Hans', 'taobao', ['asks-how-to-send-photo'], [b(2, '面膜过期了！怎么给你们发照片？')], {}),
  t('zh-Hans', 'taobao', ['maybe-20'], [b(3, '大概20号左右买的，现在发现少了一个零件')], {}),
  t(
    'zh-Hans',
    'taobao',
    ['vague-fault', 'platform-granted'],
    [b(4, '商品质量问题，申请了退款'), p(5, '系统通知：退款成功，¥89.00已原路退回')],
    { faultDescribed: false, remedyAsked: ['refund'], remedyGranted: ['refund'] },
  ),
  t('zh-Hans', 'taobao', ['negated-remedy'], [b(6, '不换货了，直接退货退款吧，这个颜色太难看')], {
    remedyAsked: ['refund', 'return'],
  }),
  t(
    'zh-Hans',
    'taobao',
    ['travel', 'vague-time'],
    [b(7, '下周要出国，买的转换插头插不进去，麻烦尽快换一个能用的')],
    { remedyAsked: ['replacement'], urgency: ['travel'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['order-after-ask'],
    [b(7, '电动牙刷刷头少了一个'), s(7, '请提供订单号哦亲'), b(8, '订单号：3198456723091847265')],
    { orderGiven: true, sellerAsked: ['order'] },
  ),
  t('zh-Hans', 'taobao', ['free-gift-not-urgency'], [b(2, '说好的赠品没收到，主商品倒是还行')], {}),
  t(
    'zh-Hans',
    'taobao',
    ['travel', 'deadline-tomorrow'],
    [b(3, '下单三天了还没发货'), b(3, '后天要出差，明天之前必须发出')],
    { deadline: '2026-12-04', urgency: ['travel'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['granted-return', 'seller-days'],
    [b(4, '鞋子太小了想退货'), s(4, '可以的亲，已经给您同意退货了，请在7天内寄回')],
    { sellerAsked: ['return'], remedyAsked: ['return'], remedyGranted: ['return'] },
  ),
  // ---------------- zh-Hant
  t(
    'zh-Hant',
    'taobao',
    ['evidence'],
    [b(1, '收到的鍋子底部凹了一塊，照片已經傳給你們了，請幫我換一個')],
    { evidenceSent: true, remedyAsked: ['replacement'] },
  ),
  t(
    'zh-Hant',
    'taobao',
    ['will-send-photo', 'seller-asks-two'],
    [
      b(2, '耳機充不了電'),
      s(2, '不好意思，麻煩提供一下訂單編號和照片'),
      b(2, '好，我等等拍照片給你'),
    ],
    { sellerAsked: ['order', 'photo'] },
  ),
  t(
    'zh-Hant',
    'taobao',
    ['gift', 'deadline-weekday'],
    [b(1, '禮拜五之前一定要收到，這是要送朋友的聖誕禮物，到現在都還沒出貨')],
    { deadline: '2026-12-04', urgency: ['gift'] },
  ),
  t('zh-Hant', 'taobao', ['negated-remedy'], [b(3, '不用退款，幫我補寄缺少的螺絲就好')], {
    remedyAsked: ['reship'],
  }),
  t(
    'zh-Hant',
    'taobao',
    ['order-like-date', 'vague-fault'],
    [b(4, '訂單編號 20261130-58812，商品有瑕疵')],
    { orderGiven: true, faultDescribed: false },
  ),
  t('zh-Hant', 'taobao', ['child'], [b(5, '小孩每天上學都要帶的水壺，蓋子會漏水，很急')], {
    urgency: ['child'],
  }),
  t(
    'zh-Hant',
    'taobao',
    ['granted'],
    [b(6, '電風扇轉不動了'), s(6, '已經幫您退款了，造成不便很抱歉')],
    { remedyGranted: ['refund'] },
  ),
  t(
    'zh-Hant',
    'taobao',
    ['deadline-days', 'later-message'],
    [b(6, '買的毛衣一洗就縮水'), b(7, '三天內沒有回覆我就去檢舉')],
    { deadline: '2026-12-10' },
  ),
  t(
    'zh-Hant',
    'taobao',
    ['maybe-20', 'return'],
    [b(8, '褲子尺寸不合，想退貨'), b(8, '我可能20號左右會在家，到時候再寄回去')],
    { remedyAsked: ['return'] },
  ),
  t('zh-Hant', 'taobao', ['evidence-video'], [b(2, '附上影片，開機就當機')], {
    evidenceSent: true,
  }),
  t(
    'zh-Hant',
    'taobao',
    ['seller-mentions-photo', 'granted-reship'],
    [b(3, '寄錯顏色了，我要的是黑色'), s(3, '我們看了商品照片，確實是我們出錯了，馬上補寄')],
    { remedyGranted: ['reship'] },
  ),
  t(
    'zh-Hant',
    'taobao',
    ['deadline-next-week'],
    [b(3, '燈泡一裝上去就燒掉了'), b(3, '下週一前給我一個交代，不然我就申請退款')],
    { remedyAsked: ['refund'], deadline: '2026-12-07' },
  ),
  t('zh-Hant', 'taobao', ['gift'], [b(4, '這是我買給媽媽的生日禮物，結果盒子裡是空的')], {
    urgency: ['gift'],
  }),
  t('zh-Hant', 'taobao', ['gift-box-not-urgency'], [b(5, '禮品盒壓壞了，裡面的東西沒事')], {}),
  t(
    'zh-Hant',
    'taobao',
    ['seller-asks-return', 'granted-after-return'],
    [b(6, '請問可以換貨嗎？尺寸太大了'), s(6, '可以，請先把商品寄回，收到後幫您換')],
    { sellerAsked: ['return'], remedyAsked: ['replacement'], remedyGranted: ['replacement'] },
  ),
  t(
    'zh-Hant',
    'taobao',
    ['platform-requested', 'platform-not-seller'],
    [b(7, '我的訂單還沒到，等了兩個禮拜了'), p(7, '平台通知：買家已申請退款，等待賣家處理')],
    { remedyAsked: ['refund'] },
  ),
  t(
    'zh-Hant',
    'taobao',
    ['deadline-slash-date'],
    [b(3, '東西是好的，但運送太慢了，12/20之前要用，來得及嗎')],
    { deadline: '2026-12-20' },
  ),
  t(
    'zh-Hant',
    'taobao',
    ['product-code-not-order'],
    [b(4, '店家你好，商品編號 A2026-1130 的外套少了一顆扣子')],
    {},
  ),
  t(
    'zh-Hant',
    'taobao',
    ['evidence-email'],
    [b(5, '螢幕有亮點'), b(5, '我已經把照片和影片都寄到你們的客服信箱了')],
    { evidenceSent: true },
  ),
  t(
    'zh-Hant',
    'taobao',
    ['negated-remedy'],
    [b(6, '收到的是二手的，盒子都拆過了'), b(6, '我不要換貨，直接退款')],
    { remedyAsked: ['refund'] },
  ),
  t(
    'zh-Hant',
    'taobao',
    ['deadline-tomorrow-noon'],
    [b(7, '寄來的蛋糕融化了'), b(7, '拜託明天中午以前回我')],
    { deadline: '2026-12-08' },
  ),
  // ---------------- en, Amazon / eBay
  t(
    'en',
    'amazon',
    ['evidence', 'granted', 'seller-date'],
    [
      b(1, 'The blender jar cracked on the first use. Photos attached. I want a replacement.'),
      s(
        1,
        'We are sorry to hear that. A replacement has been shipped and should arrive by Friday.',
      ),
    ],
    { evidenceSent: true, remedyAsked: ['replacement'], remedyGranted: ['replacement'] },
  ),
  t(
    'en',
    'ebay',
    ['will-send-photo', 'seller-asks-photo'],
    [
      b(2, 'Item not as described, the listing said 128GB but it is 64GB.'),
      s(2, 'Hi, can you send a screenshot of the storage page please?'),
      b(2, 'Sure, I will send it tonight.'),
    ],
    { sellerAsked: ['photo'] },
  ),
  t(
    'en',
    'amazon',
    ['order', 'deadline-hours'],
    [
      b(
        3,
        'Order 112-4839201-5530418. The headphones arrived with the left cup rattling. I need a refund within 48 hours.',
      ),
    ],
    { orderGiven: true, remedyAsked: ['refund'], deadline: '2026-12-05' },
  ),
  t(
    'en',
    'ebay',
    ['date-not-deadline', 'seller-asks-return'],
    [
      b(4, 'I bought this on Nov 20 and it stopped charging on Dec 1.'),
      s(4, 'Sorry about that! Please return it using the label we sent.'),
    ],
    { sellerAsked: ['return'], remedyGranted: ['return'] },
  ),
  t(
    'en',
    'amazon',
    ['gift'],
    [b(5, 'It was supposed to be a Christmas present for my daughter and the box is empty.')],
    { urgency: ['gift'] },
  ),
  t(
    'en',
    'amazon',
    ['event', 'deadline-weekday'],
    [
      b(
        7,
        "My son's birthday party is on Saturday and the costume came in the wrong size. I need the right size by Thursday.",
      ),
    ],
    { remedyAsked: ['replacement'], deadline: '2026-12-10', urgency: ['event', 'child'] },
  ),
  t(
    'en',
    'amazon',
    ['maybe-20'],
    [b(2, 'Maybe 20 minutes after I plugged it in, the screen went black.')],
    {},
  ),
  t(
    'en',
    'amazon',
    ['will-send-photo'],
    [
      b(3, 'The table legs are different lengths.'),
      b(3, 'I will send photos once I get home from work.'),
    ],
    {},
  ),
  t(
    'en',
    'amazon',
    ['negated-remedy'],
    [b(4, 'Please do not refund me, I just want the missing charger sent.')],
    { remedyAsked: ['reship'] },
  ),
  t(
    'en',
    'ebay',
    ['platform-not-seller', 'platform-date', 'no-fault'],
    [
      b(5, 'Hi, the seller has not responded in 5 days.'),
      p(
        5,
        'eBay: We have opened a case for item not received. The seller has until Dec 8 to respond.',
      ),
    ],
    { faultDescribed: false },
  ),
  t(
    'en',
    'amazon',
    ['no-fault'],
    [b(6, 'Hello, I have an issue with my order. Please contact me.')],
    { faultDescribed: false },
  ),
  t(
    'en',
    'amazon',
    ['evidence-video', 'granted'],
    [
      b(
        6,
        'The kettle leaks from the base. I already sent a video through the Amazon message center.',
      ),
      s(7, 'Thank you for the video. We have issued a full refund.'),
    ],
    { evidenceSent: true, remedyGranted: ['refund'] },
  ),
  t(
    'en',
    'amazon',
    ['travel', 'deadline-next-weekday'],
    [
      b(3, 'The suitcase wheel snapped off.'),
      b(
        3,
        'Could you either repair it or send a replacement? I need it before my trip next Tuesday.',
      ),
    ],
    { remedyAsked: ['replacement', 'repair'], deadline: '2026-12-08', urgency: ['travel'] },
  ),
  t(
    'en',
    'ebay',
    ['order-like-date'],
    [b(4, 'Order 20-12051-23456 arrived with a scratched screen.')],
    { orderGiven: true },
  ),
  t('en', 'ebay', ['partial'], [b(5, 'I want a partial refund for the dent, I will keep it.')], {
    remedyAsked: ['partial_refund'],
  }),
  t(
    'en',
    'amazon',
    ['seller-asks-address', 'granted-reship'],
    [
      b(6, 'The package was returned to you because of a wrong address label.'),
      s(6, 'Apologies! Could you confirm your shipping address so we can resend it?'),
    ],
    { sellerAsked: ['address'], remedyGranted: ['reship'] },
  ),
  t(
    'en',
    'amazon',
    ['deadline-ordinal'],
    [
      b(8, 'The shelf arrived missing two brackets.'),
      b(8, 'I need this fixed by the 15th or I will file an A-to-z claim.'),
    ],
    { deadline: '2026-12-15' },
  ),
  t(
    'en',
    'amazon',
    ['weekday-not-deadline'],
    [b(7, 'It arrived on Friday, a day late, but it works fine. Just the box was torn.')],
    {},
  ),
  t(
    'en',
    'ebay',
    ['negated-remedy', 'no-fault'],
    [b(8, "Don't want a return, too much hassle. A partial refund is fine.")],
    { faultDescribed: false, remedyAsked: ['partial_refund'] },
  ),
  t(
    'en',
    'amazon',
    ['evidence-after-ask', 'order-after-ask'],
    [
      b(1, 'Lid does not close.'),
      s(1, 'Could you send a photo and your order number?'),
      b(2, 'Photo attached. Order 114-7720193-0082456.'),
    ],
    { evidenceSent: true, orderGiven: true, sellerAsked: ['photo', 'order'] },
  ),
  t(
    'en',
    'amazon',
    ['child', 'need-by-not-deadline'],
    [
      b(
        2,
        'My toddler needs this car seat for our drive on Sunday and the buckle is jammed. Please replace it ASAP.',
      ),
    ],
    { remedyAsked: ['replacement'], urgency: ['child', 'travel'] },
  ),
  t(
    'en',
    'amazon',
    ['free-gift-not-urgency'],
    [b(3, 'The free gift that was advertised was missing.')],
    {},
  ),
  t(
    'en',
    'amazon',
    ['platform-granted', 'platform-not-seller'],
    [b(4, 'Never received my package.'), p(5, 'Amazon: Your refund of $34.99 has been processed.')],
    { remedyGranted: ['refund'] },
  ),
  t(
    'en',
    'ebay',
    ['event', 'deadline-today'],
    [b(5, 'Tomorrow is my wedding and the dress zip broke. Please, I need a solution today.')],
    { deadline: '2026-12-05', urgency: ['event'] },
  ),
  t('en', 'amazon', ['numbers'], [b(6, 'I ordered 3 packs of 20 and only got 2.')], {}),
  t(
    'en',
    'ebay',
    ['granted-return', 'seller-days'],
    [
      b(7, 'Return requested. The item does not fit.'),
      s(7, 'Return approved. Please ship it back within 14 days.'),
    ],
    { sellerAsked: ['return'], remedyAsked: ['return'], remedyGranted: ['return'] },
  ),
  t(
    'en',
    'amazon',
    ['evidence-earlier', 'two-remedies'],
    [
      b(8, 'The glass top shattered in the box.'),
      b(8, 'Refund me or send a new one, your choice. Photos are in the previous message.'),
    ],
    { evidenceSent: true, remedyAsked: ['refund', 'replacement'] },
  ),
  t(
    'en',
    'ebay',
    ['asks-how-to-send-photo'],
    [b(1, 'Can I send you pictures? The seams are coming apart.')],
    {},
  ),
  t(
    'en',
    'ebay',
    ['seller-promise-not-deadline'],
    [b(3, 'You promised to ship by Monday and it still has not shipped.')],
    {},
  ),
  t(
    'en',
    'amazon',
    ['deadline-eod-tomorrow'],
    [
      b(3, 'Wrong model received, I ordered the X200.'),
      b(3, 'Please respond by end of day tomorrow.'),
    ],
    { deadline: '2026-12-04' },
  ),
  t(
    'en',
    'amazon',
    ['slash-date-not-deadline'],
    [b(4, 'The charger I got in the mail on 12/02 does not work.')],
    {},
  ),
  t(
    'en',
    'amazon',
    ['model-number-like-date'],
    [b(5, 'Model number 2026-11 is printed on the box but the unit is model 2025-09.')],
    {},
  ),
  t(
    'en',
    'amazon',
    ['health'],
    [b(6, 'My mother relies on this hearing aid battery pack and it will not hold charge.')],
    { urgency: ['health'] },
  ),
  t(
    'en',
    'ebay',
    ['negated-remedy'],
    [
      b(7, 'The bracelet turned my wrist green.'),
      b(7, "I'm not asking for a refund, just an explanation."),
    ],
    {},
  ),
  t(
    'en',
    'ebay',
    ['evidence-short-reply', 'last-seller-asks-nothing'],
    [
      b(1, 'Wrong color.'),
      s(1, 'Please send a photo.'),
      b(1, 'Sent.'),
      s(2, 'Thanks, we will send a replacement in the right color today.'),
    ],
    { evidenceSent: true, remedyGranted: ['replacement'] },
  ),
  // ---------------- zh-Hans, Taobao (more)
  t(
    'zh-Hans',
    'taobao',
    ['order-only', 'no-fault'],
    [b(2, '客服你好，我的订单号是1234567890123456789')],
    { orderGiven: true, faultDescribed: false },
  ),
  t('zh-Hans', 'taobao', ['invoice'], [b(3, '东西收到了，挺好的，就是发票没开')], {}),
  t(
    'zh-Hans',
    'taobao',
    ['partial'],
    [b(4, '桌子桌面有一道很深的划痕'), b(4, '实在不行就退一半的钱吧')],
    { remedyAsked: ['partial_refund'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['child', 'deadline-today'],
    [b(5, '亲，宝宝等着喝奶，奶粉罐子是漏的，能不能今天就发一罐新的')],
    { remedyAsked: ['replacement'], deadline: '2026-12-05', urgency: ['child'] },
  ),
  t(
    'zh-Hans',
    'taobao',
    ['photo-not-uploaded'],
    [b(6, '杯子把手断了'), b(6, '我拍了照片，但是传不上去')],
    {},
  ),
  t(
    'zh-Hans',
    'taobao',
    ['deadline-next-month'],
    [b(7, '收到货一周了，现在才发现少了一只袜子，下个月5号前能补发吗')],
    { remedyAsked: ['reship'], deadline: '2027-01-05' },
  ),
  t('zh-Hans', 'taobao', ['date-not-order'], [b(8, '订单 2026-12-01 那笔，尺码发错了')], {}),
  t(
    'zh-Hans',
    'taobao',
    ['requested', 'granted'],
    [b(8, '我已经申请退款了，你们赶紧同意一下'), s(8, '亲，已同意退款')],
    { faultDescribed: false, remedyAsked: ['refund'], remedyGranted: ['refund'] },
  ),
  t('zh-Hans', 'taobao', ['return'], [b(9, '电池鼓包了，不敢用了，给我退货')], {
    remedyAsked: ['return'],
  }),
  t(
    'zh-Hans',
    'taobao',
    ['evidence-in-review'],
    [b(9, '老板，这个耳环戴了耳朵痒，我要退款。照片我发在评价里了')],
    { evidenceSent: true, remedyAsked: ['refund'] },
  ),
];

const joined = (c: CaseThread): string => c.messages.map((m) => m.text).join('\n');
export const CASE_FACTS_BLIND_TUNING = CASE_FACTS_BLIND.filter(
  (c) => partOf(joined(c)) === 'tuning',
);
export const CASE_FACTS_BLIND_CHECKING = CASE_FACTS_BLIND.filter(
  (c) => partOf(joined(c)) === 'checking',
);
