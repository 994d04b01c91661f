import type { CaseFacts, RemedyAsk, ThreadMessage } from './case-facts';
import { marketOffset } from '../sites/dates-ymd';
import { findCauses } from './causes';
import { extractFacts } from './facts';
import { normalizeText, rawSpan, type Norm } from './normalize';
import { scoreText } from './sentiment';

// Reading a whole thread for the drafts: what was already said and done, so a draft never asks for
// a photo the buyer sent or offers a refund the seller granted. Patterns run on normalised text
// (lower case, Simplified); the words quoted back are exact substrings of the messages.

const EVIDENCE_SENT =
  /(?:已经|已|刚|都)?(?:发|传|上传|附|附上|拍)(?:了|过)?(?:几张|一张|两张|\d+张)?(?:照片|图片|图|视频|影片|截图|录像)|(?:照片|图片|视频|截图)(?:已|已经)?(?:发|传|上传)(?:了|给你|过去)|见图|看图|如图|图片为证|有图有真相|\b(?:attached|enclosed|uploaded|sent(?: you)?|here (?:is|are)|see(?: the)?(?: attached)?)\b[^.!?\n]{0,20}\b(?:photos?|pictures?|pics?|images?|videos?|screenshots?|evidence)\b|\b(?:photos?|pictures?|pics?|images?|videos?|screenshots?)(?: (?:is|are|were))? (?:attached|enclosed|uploaded)\b/;
// The evidence noun first and a completed send after it, with its recipient or place (视频已经发你们了,
// 截图我已经发在上面了, 照片我发在评价里了), the 把 construction (我已经把照片和影片都寄到…了), and
// English "photos are in/above …" (the evidence sits in an earlier message or the review).
const EVIDENCE_SENT_MORE =
  /(?:照片|图片|视频|影片|截图|录像|实拍)(?:我|也)?(?:已经|已|都|刚刚|刚)?(?:发|传|上传|寄|贴|放)(?:了|给|到|在|过|你|您)|把[^。，,！？!?\n]{0,8}(?:照片|图片|视频|影片|截图|录像|图)[^。，,！？!?\n]{0,8}(?:发|传|上传|寄|贴)(?:了|到|给|过|在)|\b(?:photos?|pictures?|pics?|images?|videos?|screenshots?) (?:are|is|were|was) (?:in|above|below|on)\b/;
// A send that has not happened yet (等下拍了发给你, 可以录个视频, "I will send photos", "can I send
// pictures?"): in the same clause as the evidence words, it is an offer, not evidence sent.
const EVIDENCE_FUTURE =
  /等等|等下|等一下|待会|一会|晚点|晚上|回头|回家|下班|明天|稍后|马上|可以|怎么|能不能|能否|要不要|需要|\b(?:will|'ll|going to|gonna|can i|could i|shall i|should i|let me|once i|when i|i can|i could|happy to|do you (?:want|need))\b/;
const EVIDENCE_NEG =
  /(?:没法|无法|不能|不会|没有)(?:发|拍|上传)|(?:传|发|上传)不(?:上|了|出)|\b(?:can't|cannot|couldn't|unable to|failed to|won't|wouldn't) (?:send|attach|upload|take)\b/;
// A bare confirmation answering the seller's request for a photo ("Sent.", 发了, 已上传).
const SENT_REPLY =
  /^\s*(?:(?:ok|okay|sure|done|yes)[,.! ]*)?(?:just )?(?:sent|done|uploaded|attached|here you go|here they are|发了|已发|发过去了|已经发了|发过了|传了|已上传|上传了|已经上传了|发给你们了|发给你了)(?: (?:it|them|you|the (?:photos?|pictures?)))?[\s.!。！~]*$/;

const ASK_MARK =
  /[?？吗麼么]|请|麻烦|提供|发一下|发下|拍一下|告诉|方便|能否|可否|是否|please|could you|can you|would you|kindly|let us know|send us|provide|share/;
// A clause that acknowledges what the buyer sent (视频收到了, "thanks for the photos") names the
// evidence without asking for it: it is left out before the asks are read.
const ACK_CLAUSE =
  /收到|看到|看了|已查看|已核实|\b(?:thanks?|thank you) for\b|\b(?:received|got|seen|reviewed|saw) (?:the|your)\b/;
const NOT_ASKED =
  /(?:不用|无需|不需要|不必|免)[^，。！？]{0,4}(?:寄回|退回|拍|提供|发)[^，。！？]{0,4}|\b(?:no need to|you don't (?:need|have) to|don't need to)\b[^,.!?]{0,20}/g;
const SELLER_ASKS: [CaseFacts['sellerAsked'][number], RegExp][] = [
  [
    'photo',
    /照片|图片|拍照|拍一下|拍个|视频|截图|\bphotos?\b|\bpictures?\b|\bpics?\b|\bimages?\b|\bvideos?\b|\bscreenshots?\b/,
  ],
  ['order', /订单号|订单编号|单号|\border (?:number|id|#)|\border no\b/],
  [
    'description',
    /具体|详细|描述|说明一下|什么问题|哪里有问题|情况|\bdescribe\b|\bmore (?:details|information|info)\b|\bwhat happened\b|\bexplain\b/,
  ],
  ['address', /地址|收货信息|\baddress\b/],
  [
    'return',
    /寄回|退回来|寄过来|退货地址|\breturn (?:it|the item|the product|them)\b|\bsend (?:it|the item|them) back\b|\bship (?:it|the item) back\b/,
  ],
];

const NEG_BEFORE =
  /(?:不用|不要|不需要|不想|不必|别|无需|不是要|没要|don't want|do not want|no need for|not asking for|don't need|without)[^。，,.!?！？\n]{0,4}$/;
const REMEDIES: [RemedyAsk, RegExp][] = [
  [
    'partial_refund',
    /部分退款|退一部分|退部分|退一半|退点钱|退差价|退(?:点|些|一点|一些)差价|退(?:一点|一些|些)钱|补差价|补偿一部分|\bpartial refund\b|\brefund (?:part|some|half) of\b|\bpart of (?:my|the) money\b/g,
  ],
  [
    'refund',
    /退款|退钱|退全款|全额退款|把钱退|钱退给我|\brefund\b|\bmoney back\b|\breimburse\w*\b/g,
  ],
  [
    'replacement',
    // 换 or 发/寄 with a classifier and 新的 (换一条, 发一罐新的): the thing itself anew.
    /换货|换一个|换个新|换新|调换|换一件|换(?:一|个)[个件条双罐台只盒瓶套份支把张块副]|(?:发|寄|给我)(?:一|个)?[个件条双罐台只盒瓶套份支把张块副]?新的|\breplacement\b|\breplace (?:it|the item|them)\b|\bexchange\b|\bnew one\b|\bthe (?:right|correct) (?:size|colou?r|one|item|model|product)\b/g,
  ],
  [
    'return',
    // "return" as a noun with a request verb (Return requested., "I'd like to return it").
    /退货|寄回|退回去|\breturn (?:it|the item|them|this)\b|\bsend (?:it|them) back\b|\breturn label\b|\breturn (?:requested|request)\b|\b(?:request(?:ed|ing)?|start(?:ed|ing)?|open(?:ed|ing)?|initiat\w+) (?:a |the )?return\b|\b(?:want|like|wish|need) to return\b/g,
  ],
  [
    'reship',
    // The missing part sent (passive: "I just want the missing charger sent").
    /补发|补寄|重寄|重发|再发一|重新发|\bresend\b|\breship\b|\bsend(?: me| us)? (?:the missing|another)\b|\bthe missing [a-z]+(?: [a-z]+)? (?:sent|shipped|resent)\b/g,
  ],
  ['repair', /维修|修一下|修理|返修|\brepair\b|\bfix (?:it|this)\b/g],
];
/** The order in which remedies are listed: strongest first. */
const STRENGTH: RemedyAsk[] = [
  'refund',
  'replacement',
  'return',
  'reship',
  'partial_refund',
  'repair',
];

const GRANTED: [RemedyAsk, RegExp][] = [
  [
    'partial_refund',
    /已(?:经)?(?:为您|给您)?(?:办理|申请|安排)?(?:了)?部分退款|部分退款已|\bpartial refund (?:has been|was) (?:issued|processed|sent)\b|\b(?:issued|processed|sent) (?:you )?a partial refund\b/,
  ],
  [
    'refund',
    /已(?:经)?(?:为您|给您|帮您)?(?:办理|申请|安排|操作)?(?:了)?(?:全额)?退款|退款已(?:经)?(?:到账|处理|办理|原路返回|退回|发起)|退款成功|退款完成|退款已完成|(?:给您|为您)退(?:了)?款了|同意(?:了)?(?:您的)?退款|\brefund(?: of [^ ]{1,12})? (?:has been|was|is) (?:issued|processed|sent|approved|completed)\b|\b(?:we|i)(?: have|'ve)? (?:issued|processed|sent)(?: you)? (?:a|the|your)? ?(?:full )?refund\b|\b(?:we|i)(?: have|'ve)? refunded\b|\brefund issued\b/,
  ],
  [
    'replacement',
    /已(?:经)?(?:为您|给您)?(?:安排)?(?:了)?换货|同意(?:了)?换货|新的已(?:经)?(?:发|寄)出|\breplacement (?:has been|was|is) (?:sent|shipped|on its way|dispatched)\b|\b(?:we|i)(?: have|'ve)? (?:sent|shipped)(?: you)? a replacement\b/,
  ],
  [
    'return',
    /同意(?:了)?(?:您的)?退货|退货(?:申请)?已(?:经)?(?:通过|同意)|\breturn (?:has been|was|is) (?:approved|accepted|authori[sz]ed)\b|\bapproved (?:your|the) return\b/,
  ],
  [
    'reship',
    /已(?:经)?(?:为您|给您)?(?:安排)?(?:了)?(?:补发|重新发货|重发)|\b(?:we|i)(?: have|'ve)? (?:re-?sent|reshipped|resent)\b/,
  ],
  [
    'repair',
    /已(?:经)?(?:安排)?(?:了)?维修|\brepair (?:has been|was) (?:arranged|scheduled|booked)\b/,
  ],
];

// The seller's commitment in the first person or to the buyer (我们马上给您补发, 收到后帮您换,
// "we will send a replacement", "so we can resend it"): granted, unless refused (不能给您退款).
// 补偿/差价 makes a refund partial (给您退款20元作为补偿).
const COMMIT_ZH =
  /(?:给您|帮您|为您|给你|帮你|为你)(?:安排)?(?:办理)?(?:(换(?:货|新|一|个)?)|(补发|重发|重新发|补寄)|(退款|退钱|退)|(退货))/;
// 马上补寄, 今天就给您重发: a seller's act announced for now.
const COMMIT_NOW =
  /(?:马上|立刻|立即|这就|尽快|今天(?:就)?|明天(?:就)?)(?:给您|为您|帮您|给你)?(?:安排)?(?:(补发|重发|补寄|重寄)|(换货)|(退款))/;
const COMMIT_REFUSED = /(?:不能|无法|不可以|没法|不支持|暂时不|不给|不予)[^。，,！？!?\n]{0,3}$/;
const COMMIT_EN: [RemedyAsk, RegExp][] = [
  [
    'replacement',
    /\b(?:we|i)(?:'ll| will| can| are going to|'re going to| shall)(?: happily| gladly| be happy to)? (?:send|ship)(?: you| out)? (?:a |the )?(?:replacement|new one)\b/,
  ],
  [
    'reship',
    /\b(?:we|i)(?:'ll| will| can| are going to|'re going to)(?: happily| gladly| be happy to)? (?:re-?send|reship|re-ship|send (?:it|them) again)\b/,
  ],
  [
    'refund',
    /\b(?:we|i)(?:'ll| will| are going to|'re going to)(?: happily| gladly| be happy to)? (?:refund|issue (?:you )?(?:a |the )?(?:full )?refund)\b/,
  ],
  [
    'return',
    /\breturn (?:request )?(?:is |has been |was )?(?:approved|accepted|authori[sz]ed)\b|\b(?:use|using) the (?:prepaid |return )?label\b|\b(?:sent|emailed|attached) (?:you )?a (?:prepaid )?return label\b/,
  ],
];
// A platform notice of the buyer's own request (买家已申请退款, "the buyer requested a return") is
// the buyer asking, not a remedy granted.
const BUYER_REQUEST_NOTICE =
  /买家(?:已经|已)?(?:申请|发起|提交)(?:了)?(?:仅)?(退货退款|退款|退货|换货)|\b(?:the )?buyer (?:has )?(?:requested|opened|started|asked for) (?:a )?(refund|return|replacement)\b/g;

const URGENCY: [NonNullable<CaseFacts['urgency']>['reason'], RegExp][] = [
  // A birthday party is an event (the costume for it), a birthday alone a present.
  [
    'gift',
    /礼物|送人|送给|生日(?!派对|聚会|会|宴)|纪念日|\bgifts?\b|\bpresents?\b|\bbirthday\b(?! party)|\banniversary\b/,
  ],
  [
    'child',
    /孩子|宝宝|儿子|女儿|小孩|婴儿|娃|\bkids?\b|\bchild(?:ren)?\b|\bson\b|\bdaughter\b|\bbaby\b|\btoddler\b/,
  ],
  [
    'event',
    /婚礼|婚宴|聚会|派对|开学|考试|演出|比赛|年会|圣诞|春节|过年|中秋|\bwedding\b|\bparty\b|\bevent\b|\bceremony\b|\bgraduation\b|\bchristmas\b|\bconference\b|\bexam\b/,
  ],
  [
    'travel',
    /出差|旅行|旅游|出国|航班|飞机|\btrip\b|\btravel\w*\b|\bflight\b|\bvacation\b|\bholiday\b/,
  ],
  [
    'health',
    // Devices someone's health depends on count as the reason too.
    /医院|看病|生病|吃药|药品|血压|血糖|助听器|轮椅|胰岛素|制氧|呼吸机|\bmedical\b|\bmedicine\b|\bhospital\b|\bsick\b|\bhealth\b|\bprescription\b|\bhearing aids?\b|\bblood pressure\b|\bglucose\b|\binsulin\b|\binhaler\b|\boxygen\b|\bwheelchair\b|\bcpap\b/,
  ],
];
// Besides need words: hurry words (尽快, 加急, ASAP), a near time with 要 (后天要出差; a bare 今天 is
// often just when it broke) and dependence (每天都要, 离不开, "relies on").
const URGENT_MARK =
  /急|等着|赶着|赶在|来不及|要用|需要|着急|尽快|加急|赶紧|(?:今天|明天|后天|(?:下|这|本)(?:周|星期|礼拜)[一二三四五六日天]?|周末)(?:就)?(?:要|得|必须)|每天都要|离不开|\bas soon as\b|\brel(?:y|ies|ied) on\b|\bdepends? on\b|\bneed(?:s|ed)?\b|\burgent\w*\b|\basap\b|\bin time\b|\bbefore\b|\bby (?:the|this|next|mon|tue|wed|thu|fri|sat|sun|tomorrow|tonight)\w*/;
// A free gift, a gift box or wrap is part of the order, not a present the buyer is giving.
const NOT_A_GIFT =
  /赠品|赠送的小礼物|礼品盒|\bfree gifts?\b|\bgift (?:box|boxes|wrap\w*|card|cards|receipt|bag|bags|set)\b|\bgift with purchase\b/g;
const URGENT_OTHER =
  /急用|急需|很急|着急用|等着用|\burgent(?:ly)?\b|\basap\b|\bneed it (?:by|before|for)\b/;

const ZH_DIGIT: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
function zhNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? ZH_DIGIT[m[1]]! : 1) * 10 + (m[2] ? ZH_DIGIT[m[2]]! : 0);
  return s.length === 1 ? ZH_DIGIT[s] : undefined;
}

const WEEKDAY_ZH: Record<string, number> = {
  日: 0,
  天: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
};
const WEEKDAY_EN = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTHS_EN = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

// A deadline is a time word AND a deadline marker (之前/前/内/by/before/within); "maybe 20" or a
// bare number is never a date. A time of day may sit between the day and the marker (明天中午以前,
// 今晚12点前), and a date may be written m/d (12/20之前).
const DEADLINE_ZH =
  /(今天|今日|今晚|明天|明日|明晚|后天|(?:这|本|下)?(?:周|星期|礼拜)[一二三四五六日天]|(?:这|本)?周末|月底|(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})[日号]|(\d{1,2}|[一二三四五六七八九十]{1,3})[日号]|(\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?(天|小时|个小时|周|个工作日|工作日)|(\d{1,2})\/(\d{1,2}))\s*(?:早上|上午|中午|下午|傍晚|晚上|夜里)?(?:\d{1,2}(?:点|:\d{2})半?)?\s*(?:之内|以内|内|之前|以前|前|为止|下班前|中午前|晚上前)/;
// 今天/明天 with a demand right after it: 必须, 不给…, or 就 + an act the seller must do (今天就发).
const DEADLINE_ZH_TODAY =
  /(今天|今日|今晚|明天|明日)(?:之内|以内|内)?(?:必须|一定|务必)?(?:要|得)?(?:给我|不给|不|再不|如果|还不|就(?:给我)?(?:发|寄|处理|回复|退|换|补))/;
const DEADLINE_EN =
  /\b(?:by|before|until|no later than)\s+(?:(?:my|our|his|her|their) [a-z']+(?: [a-z']+)?\s+(?:on\s+|is\s+)?)?(?:the\s+)?(today|tonight|tomorrow|end of (?:the )?(?:day|week|month)|eod|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)?|(\d{1,2})\/(\d{1,2})\b)|\bwithin\s+(\d{1,3}|one|two|three|four|five|six|seven|ten|fourteen|thirty|twenty-four|forty-eight|a|an)\s+(hours?|days?|business days?|weeks?)\b/;
const DEADLINE_EN_NEED =
  /\b(?:need|needs|want|expect|must|please (?:reply|respond|answer|ship|send|fix|resolve|refund))\b[^.!?\n]{0,40}?\b(today|tonight|tomorrow)\b/;
// A date someone else set or promised, reported by the buyer in the same clause (说好的, 承诺, "you
// promised to ship by Monday"), is not the buyer's deadline.
const REPORTED_DATE =
  /说好|承诺|答应|保证|说是|说会|预计|显示|号称|写着|\b(?:promised|promise|said|told|guaranteed|supposed to|was due|were due|estimated|expected (?:delivery|arrival)|claimed|advertised|listing says)\b/;
// The promise named after the date (3天内发货的承诺也没做到).
const REPORTED_AFTER = /^[^，。]{0,6}(?:的)?(?:承诺|保证|说法)|^[^,.]{0,20}\b(?:promise|guarantee)/;
// A date that is not the seller's to meet: the buyer's own absence (我周五之前都不在家, "I will be
// away until Friday") or a sale's or window's end ("the sale ends by Friday").
const NOT_FOR_SELLER =
  /不在家|没人收|(?:活动|优惠|促销|优惠券)[^，。]{0,8}(?:结束|截止|到期|有效)|\b(?:away|out of (?:town|office)|on (?:vacation|holiday)|not (?:be )?(?:home|around|available))\b|退货期|\b(?:sale|offer|deal|coupon|promotion|promo|window) (?:ends?|expires?|closes?|runs?)\b/;
// A past event measured by the date (it arrived within 2 days, 三天内就到了): not a deadline.
const PAST_BEFORE =
  /\b(?:arrived|came|delivered|shipped|got here|showed up|took it|fixed it|replied|responded)\s+$/;
const PAST_AFTER = /^\s*(?:就)?(?:到了|送到了|收到了|到货了|发货了|发出了|回复了)/;
const EN_NUM: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  ten: 10,
  fourteen: 14,
  thirty: 30,
  'twenty-four': 24,
  'forty-eight': 48,
};

const DAY = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
function startOfDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}
function nextWeekday(ref: number, wd: number, nextWeek: boolean): number {
  const today = new Date(ref).getUTCDay();
  if (nextWeek) {
    // The weekday of next week (weeks start on Monday).
    const toMonday = (8 - today) % 7 || 7;
    const idx = (wd + 6) % 7;
    return startOfDay(ref) + (toMonday + idx) * DAY;
  }
  return startOfDay(ref) + ((wd - today + 7) % 7) * DAY;
}
function monthDay(ref: number, month: number, day: number): number | undefined {
  const y = new Date(ref).getUTCFullYear();
  for (const yy of [y, y + 1]) {
    const t = Date.UTC(yy, month, day);
    if (new Date(t).getUTCDate() !== day) return undefined;
    if (t >= startOfDay(ref) - 7 * DAY) return t;
  }
  return undefined;
}
function dayOfMonth(ref: number, day: number): number | undefined {
  if (day < 1 || day > 31) return undefined;
  const d = new Date(ref);
  for (let k = 0; k < 3; k++) {
    const t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + k, day);
    if (new Date(t).getUTCDate() === day && t >= startOfDay(ref)) return t;
  }
  return undefined;
}

/** A deadline the text sets, relative to `ref` (ms), as [ms, start, end] in the normalised text. */
export function findDeadline(t: string, ref: number): [number, number, number] | undefined {
  let m = DEADLINE_ZH.exec(t) ?? DEADLINE_ZH_TODAY.exec(t);
  if (m) {
    const w = m[1]!;
    let at: number | undefined;
    if (/^今/.test(w)) at = ref;
    else if (/^明/.test(w)) at = ref + DAY;
    else if (w === '后天') at = ref + 2 * DAY;
    else if (/周末$/.test(w)) at = nextWeekday(ref, 6, false);
    else if (w === '月底') {
      const d = new Date(ref);
      at = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
    } else if (/(?:周|星期|礼拜)/.test(w))
      at = nextWeekday(ref, WEEKDAY_ZH[w.slice(-1)]!, w.startsWith('下'));
    else if (m[2] !== undefined) {
      const mo = zhNumber(m[2]);
      const d = zhNumber(m[3]!);
      if (mo !== undefined && d !== undefined) at = monthDay(ref, mo - 1, d);
    } else if (m[4] !== undefined) {
      const d = zhNumber(m[4]);
      if (d !== undefined) at = dayOfMonth(ref, d);
    } else if (m[7] !== undefined) {
      at = monthDay(ref, Number(m[7]) - 1, Number(m[8]));
    } else if (m[5] !== undefined) {
      const n = zhNumber(m[5]);
      const unit = m[6]!;
      if (n !== undefined && n > 0 && n <= 366)
        at = ref + n * (unit.includes('小时') ? DAY / 24 : unit === '周' ? 7 * DAY : DAY);
    }
    if (at !== undefined) return [at, m.index, m.index + m[0].length];
  }
  m = DEADLINE_EN.exec(t);
  if (m) {
    const w = m[1];
    let at: number | undefined;
    if (w !== undefined) {
      if (w === 'today' || w === 'tonight' || w === 'eod' || /end of (?:the )?day/.test(w))
        // "by end of day tomorrow": the day named after it.
        at = /^,?\s*tomorrow\b/.test(t.slice(m.index + m[0].length)) ? ref + DAY : ref;
      else if (w === 'tomorrow') at = ref + DAY;
      else if (/end of (?:the )?week/.test(w)) at = nextWeekday(ref, 5, false);
      else if (/end of (?:the )?month/.test(w)) {
        const d = new Date(ref);
        at = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
      } else if (m[2] !== undefined) {
        at = monthDay(ref, MONTHS_EN.indexOf(w.slice(0, 3)), Number(m[2]));
      } else if (m[3] !== undefined) {
        at = m[4]
          ? monthDay(ref, MONTHS_EN.indexOf(m[4].slice(0, 3)), Number(m[3]))
          : dayOfMonth(ref, Number(m[3]));
      } else if (m[5] !== undefined) {
        // m/d as written on US marketplaces.
        at = monthDay(ref, Number(m[5]) - 1, Number(m[6]));
      } else {
        const name = w.replace(/^(?:this|next) /, '').slice(0, 3);
        const wd = WEEKDAY_EN.indexOf(name);
        if (wd >= 0) at = nextWeekday(ref, wd, w.startsWith('next '));
      }
    } else if (m[7] !== undefined) {
      const n = /^\d+$/.test(m[7]) ? Number(m[7]) : EN_NUM[m[7]];
      const unit = m[8]!;
      if (n !== undefined && n > 0 && n <= 366)
        at =
          ref + n * (unit.startsWith('hour') ? DAY / 24 : unit.startsWith('week') ? 7 * DAY : DAY);
    }
    if (at !== undefined) return [at, m.index, m.index + m[0].length];
  }
  // "I need a solution today", "please reply tomorrow": a need or a demand with today/tomorrow.
  m = DEADLINE_EN_NEED.exec(t);
  if (m) {
    const w = m[1]!;
    return [w === 'tomorrow' ? ref + DAY : ref, m.index, m.index + m[0].length];
  }
  return undefined;
}

// A failure the buyer states (a part and what it does wrong): the fault is described even where the
// cause scorer is not confident (拉链拉不上, 转不动了, "the buckle is jammed", "coming apart").
const FAULT_ZH =
  /坏了|坏的|破了|破损|裂了|裂开|碎了|断了|开线|开胶|漏(?:水|气|液|电|油)|是漏的|会漏|变形|凹了|凹陷|划痕|刮花|掉色|褪色|起球|缩水|少发|少了|缺(?:了|少)|漏发|发错|寄错|错发|没收到|未收到|不亮|不响|没声音|没反应|[转充开关拉扣插打启连]不(?:动|进|开|上|了|住|亮|起来)|用不了|不能用|失灵|故障|死机|当机|闪屏|鼓包|发霉|过期|变质|尺寸不(?:合|对)|不合身|太(?:大|小|紧|松|短|长)了|色差|不符|(?:还)?没(?:有)?发货|未发货|压扁|压坏|融化|空的|二手|拆过|没开|没(?:有)?出货|只收到|只到了|缺口|缺角|裂缝|裂纹|烧掉|烧坏|烧了|(?<![心头])(?:痒|疼|痛)(?![快爱])|过敏|红肿|起疹/;
const FAULT_EN =
  /\b(?:broken|broke|cracked|shattered|snapped|torn|ripped|dented|scratched|stained|leak(?:s|ing|ed)?|jammed|stuck|missing|defective|faulty|damaged|crushed|melted|empty|rattl\w+|wrong (?:size|colou?r|item|model|product|one|address)|(?:doesn't|does not|didn't|did not|won't|will not|wont|can't|cannot|stopped|stops|quit)\s+(?:work|working|turn on|charge|charging|hold|fit|close|open|power|connect|pair|start|stay)|not (?:working|as described|received|arrived|delivered)|never (?:arrived|came|received|showed up)|(?:coming|came|fell|falling) (?:apart|off)|different (?:lengths|sizes|colou?rs)|(?:too|way too) (?:small|big|large|tight|short|long)|went black|dead on arrival|not shipped|has not shipped|only (?:got|received|came with)|(?:a|the) (?:dent|crack|chip|hole|tear|stain|scratch)(?:es|s)?|turned my \w+ (?:green|black|red)|rash|itch(?:y|ing|es)?)\b/;
const FAULT_NEG = /(?:没|没有|不|未|\bnot\b|\bnothing\b|\bno\b|n't)\s*$/;
// Words that name a problem without saying what it is (瑕疵, 质量问题, "an issue with my order"):
// a cause read only from them does not describe the fault.
const VAGUE_EVIDENCE =
  /^(?:商品|东西|产品|宝贝|货|质量|瑕疵|问题|毛病|退货|退款|换货|item|product|quality|issue|issues|problem|problems|defect|order)$/i;

function faultIn(nm: Norm): boolean {
  for (const re of [FAULT_ZH, FAULT_EN]) {
    const m = re.exec(nm.t);
    if (m && !FAULT_NEG.test(nm.t.slice(Math.max(0, m.index - 6), m.index))) return true;
  }
  const s = scoreText(nm);
  return findCauses(s, nm, s.total < 0 || s.hits === 0).some(
    (c) =>
      c.score >= 0.9 &&
      c.cause !== 'buyer_remorse' &&
      c.cause !== 'extortion' &&
      c.evidence.some((w) => !VAGUE_EVIDENCE.test(normalizeText(w).t.trim())),
  );
}

/** Clauses of a text (split at commas and sentence ends), as [start, end). */
function clauses(t: string): [number, number][] {
  const out: [number, number][] = [];
  let a = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = t[i];
    if (
      i === t.length ||
      /[，,；;。！？!?\n]/.test(c!) ||
      (c === '.' && (i + 1 >= t.length || t[i + 1] === ' '))
    ) {
      if (i > a) out.push([a, i]);
      a = i + 1;
    }
  }
  return out;
}

/** The buyer says evidence was sent: in a clause without a future or an offer, and not failed. */
function evidenceIn(t: string): boolean {
  if (EVIDENCE_NEG.test(t)) return false;
  return clauses(t).some(([a, b]) => {
    const c = t.slice(a, b);
    return (EVIDENCE_SENT.test(c) || EVIDENCE_SENT_MORE.test(c)) && !EVIDENCE_FUTURE.test(c);
  });
}

/** What a seller message asks for, sentence by sentence, leaving out acknowledging clauses. */
function sellerAsks(t: string): CaseFacts['sellerAsked'] {
  const out = new Set<CaseFacts['sellerAsked'][number]>();
  for (const [a, b] of splitSentences(t)) {
    // With its end mark: a question mark is an ask.
    const st = t.slice(a, b + 1);
    if (!ASK_MARK.test(st)) continue;
    const kept = clauses(st)
      .map(([x, y]) => st.slice(x, y))
      .filter((c) => ASK_MARK.test(c) || !ACK_CLAUSE.test(c))
      .join('，')
      // A request waived (鞋子不用寄回了, "no need to return it") asks for nothing.
      .replace(NOT_ASKED, ' ');
    for (const [k, re] of SELLER_ASKS) if (re.test(kept)) out.add(k);
  }
  return SELLER_ASKS.map(([k]) => k).filter((k) => out.has(k));
}

function timeOf(m: ThreadMessage | undefined, fallback: number): number {
  const t = m?.at ? Date.parse(m.at) : NaN;
  return Number.isNaN(t) ? fallback : t;
}

/**
 * A remedy turned down: 不 right before it and 了 or the end of the clause after it (不换货了, 不退款，
 * 要换货), not a condition (不退款我就投诉, 再不退款…); "please do not refund me", not "if you don't
 * refund me".
 */
function declined(t: string, s: number, e: number): boolean {
  if (t[s - 1] === '不' && !/(?:再|还|要是|如果|若|假如)$/.test(t.slice(Math.max(0, s - 3), s - 1)))
    return /^(?:了|[，,。.！!；;]|$)/.test(t.slice(e, e + 1));
  const before = t.slice(Math.max(0, s - 16), s);
  return (
    /\b(?:do not|don't|dont)\s+$/.test(before) &&
    !/\b(?:if|unless|you|they)\s+(?:do not|don't|dont)\s+$/.test(before)
  );
}

function remediesIn(nm: Norm): RemedyAsk[] {
  const t = nm.t;
  const taken: [number, number][] = [];
  const got = new Set<RemedyAsk>();
  for (const [r, re] of REMEDIES) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      // Wide enough for "i'm not asking for a ".
      if (NEG_BEFORE.test(t.slice(Math.max(0, s - 20), s))) continue;
      if (declined(t, s, e)) continue;
      taken.push([s, e]);
      got.add(r);
    }
  }
  return STRENGTH.filter((r) => got.has(r));
}

/**
 * Minutes east of UTC at `ms` in the zone a buyer of `market` counts days in: the marketplace's own
 * zone where it is certain (marketOffset: Taobao/Tmall/1688 Beijing, amazon.co.jp Tokyo), else the
 * runtime's local zone, the agent's (eBay's and Amazon's other sites span zones).
 */
const dayZone = (ms: number, market?: string): number =>
  (market ? marketOffset(market) : undefined) ?? -new Date(ms).getTimezoneOffset();

/**
 * Reads a thread (oldest first) as one case: what the buyer already sent and asked for, what the
 * seller already did or asked, a deadline and why it is urgent. `now` (ISO) anchors relative dates
 * when a message has no time of its own; `market` (a host or site id: "taobao",
 * "sellercentral.amazon.co.jp") picks the zone whose days 明天 and "by Friday" count (dayZone).
 */
export function readCase(
  messages: readonly ThreadMessage[],
  now?: string,
  market?: string,
): CaseFacts {
  const list = Array.isArray(messages)
    ? messages.filter((m) => m && typeof m.text === 'string')
    : [];
  const nowMs = now && !Number.isNaN(Date.parse(now)) ? Date.parse(now) : Date.now();
  const buyer = list.filter((m) => m.from === 'buyer');
  const seller = list.filter((m) => m.from === 'seller');
  const others = list.filter((m) => m.from !== 'buyer');
  const facts: CaseFacts = {
    evidenceSent: false,
    faultDescribed: false,
    orderGiven: false,
    sellerReplied: seller.length > 0,
    sellerAsked: [],
    remedyAsked: [],
    remedyGranted: [],
  };
  const asked = new Set<RemedyAsk>();
  // Whether the seller's latest message so far asked for a photo (a bare "Sent." answers it).
  let photoAsked = false;
  for (const m of list) {
    const nm = normalizeText(m.text);
    if (m.from === 'seller') {
      photoAsked = sellerAsks(nm.t).includes('photo');
      continue;
    }
    if (m.from !== 'buyer') continue;
    if (evidenceIn(nm.t) || (photoAsked && SENT_REPLY.test(nm.t))) facts.evidenceSent = true;
    if (!facts.faultDescribed) facts.faultDescribed = faultIn(nm);
    if (!facts.orderGiven) {
      facts.orderGiven =
        extractFacts(m.text).orderIds.length > 0 ||
        /(?:订单号|订单编号|单号|order (?:number|no|id|#))\s*[:：#]?\s*[a-z0-9-]{6,}|订单\s*[:：#]?\s*\d{10,}/.test(
          nm.t,
        );
    }
    for (const r of remediesIn(nm)) asked.add(r);
  }
  const granted = new Set<RemedyAsk>();
  for (const m of others) {
    let t = normalizeText(m.text).t;
    if (m.from === 'platform') {
      BUYER_REQUEST_NOTICE.lastIndex = 0;
      t = t.replace(BUYER_REQUEST_NOTICE, (_w, zh?: string, en?: string) => {
        const what = zh ?? en ?? '';
        if (/退款|refund/.test(what)) asked.add('refund');
        if (/退货|return/.test(what)) asked.add('return');
        if (/换货|replacement/.test(what)) asked.add('replacement');
        return ' ';
      });
    }
    for (const [r, re] of GRANTED) if (re.test(t)) granted.add(r);
    const c = COMMIT_ZH.exec(t);
    if (c && !COMMIT_REFUSED.test(t.slice(Math.max(0, c.index - 6), c.index))) {
      if (c[1]) granted.add('replacement');
      else if (c[2]) granted.add('reship');
      else if (c[3]) granted.add(/补偿|差价|部分|一半/.test(t) ? 'partial_refund' : 'refund');
      else if (c[4]) granted.add('return');
    }
    const now = m.from === 'seller' ? COMMIT_NOW.exec(t) : null;
    if (now && !COMMIT_REFUSED.test(t.slice(Math.max(0, now.index - 6), now.index)))
      granted.add(now[1] ? 'reship' : now[2] ? 'replacement' : 'refund');
    for (const [r, re] of COMMIT_EN) if (re.test(t)) granted.add(r);
    if (/\bso (?:we|i) can (?:re-?send|reship)\b/.test(t)) granted.add('reship');
  }
  facts.remedyAsked = STRENGTH.filter((r) => asked.has(r));
  facts.remedyGranted = STRENGTH.filter((r) => granted.has(r));
  const lastSeller = seller[seller.length - 1];
  if (lastSeller) facts.sellerAsked = sellerAsks(normalizeText(lastSeller.text).t);
  // The latest deadline the buyer set, relative to the time of its own message.
  for (let i = buyer.length - 1; i >= 0 && !facts.deadline; i--) {
    const m = buyer[i]!;
    const nm = normalizeText(m.text);
    // findDeadline counts whole UTC days: the message's time is moved to the wall clock of its
    // zone first, so 01:00 in Beijing (17:00Z the day before) is on its own day there.
    const at = timeOf(m, nowMs);
    const ref = at + dayZone(at, market) * 60_000;
    // The first date of the message that is not someone else's reported date.
    // At most a few reported dates are stepped over, so a long message stays a linear read.
    for (let from = 0, k = 0; from < nm.t.length && !facts.deadline && k < 6; k++) {
      const d = findDeadline(nm.t.slice(from), ref);
      if (!d) break;
      const s0 = from + d[1];
      const s1 = from + d[2];
      const clauseStart = Math.max(
        ...[...'，,；;。！？!?\n'].map((c) => nm.t.lastIndexOf(c, s0 - 1)),
        -1,
      );
      const ends = [...'，,；;。！？!?\n'].map((c) => nm.t.indexOf(c, s1)).filter((i) => i >= 0);
      const clauseEnd = ends.length > 0 ? Math.min(...ends) : nm.t.length;
      const before = nm.t.slice(clauseStart + 1, s0);
      const after = nm.t.slice(s1, clauseEnd);
      if (
        REPORTED_DATE.test(before) ||
        REPORTED_AFTER.test(after) ||
        NOT_FOR_SELLER.test(before + ' ' + after) ||
        PAST_BEFORE.test(before) ||
        PAST_AFTER.test(after)
      ) {
        from = s1;
        continue;
      }
      const [a, b] = rawSpan(nm, s0, s1);
      facts.deadline = { iso: isoDay(d[0]), text: m.text.slice(a, b) };
    }
  }
  for (const m of buyer) {
    if (facts.urgency) break;
    const nm = normalizeText(m.text);
    for (const sentence of splitSentences(nm.t)) {
      const [s0, s1] = sentence;
      const st = nm.t.slice(s0, s1).replace(NOT_A_GIFT, (w) => ' '.repeat(w.length));
      for (const [reason, re] of URGENCY) {
        const hit = re.exec(st);
        if (!hit) continue;
        if (!(reason === 'gift' || reason === 'event' || URGENT_MARK.test(st))) continue;
        const [a, b] = rawSpan(nm, s0, s1);
        facts.urgency = { reason, text: m.text.slice(a, b).trim() };
        break;
      }
      if (!facts.urgency && URGENT_OTHER.test(st)) {
        const [a, b] = rawSpan(nm, s0, s1);
        facts.urgency = { reason: 'other', text: m.text.slice(a, b).trim() };
      }
      if (facts.urgency) break;
    }
  }
  return facts;
}

function splitSentences(t: string): [number, number][] {
  const out: [number, number][] = [];
  let a = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = t[i];
    if (
      i === t.length ||
      c === '。' ||
      c === '!' ||
      c === '?' ||
      c === '！' ||
      c === '？' ||
      c === '\n' ||
      (c === '.' && (i + 1 >= t.length || t[i + 1] === ' '))
    ) {
      if (i > a) out.push([a, i]);
      a = i + 1;
    }
  }
  return out;
}
