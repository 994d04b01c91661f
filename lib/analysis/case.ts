import type { CaseFacts, RemedyAsk, ThreadMessage } from './case-facts';
import { findCauses } from './causes';
import { extractFacts } from './facts';
import { normalizeText, rawSpan, type Norm } from './normalize';
import { scoreText } from './sentiment';

// Reading a whole thread for the drafts: what was already said and done, so a draft never asks for
// a photo the buyer sent or offers a refund the seller granted. Patterns run on normalised text
// (lower case, Simplified); the words quoted back are exact substrings of the messages.

const EVIDENCE_SENT =
  /(?:已经|已|刚|都)?(?:发|传|上传|附|附上|拍)(?:了|过)?(?:几张|一张|两张|\d+张)?(?:照片|图片|图|视频|截图|录像)|(?:照片|图片|视频|截图)(?:已|已经)?(?:发|传|上传)(?:了|给你|过去)|见图|看图|如图|图片为证|有图有真相|\b(?:attached|enclosed|uploaded|sent(?: you)?|here (?:is|are)|see(?: the)?(?: attached)?)\b[^.!?\n]{0,20}\b(?:photos?|pictures?|pics?|images?|videos?|screenshots?|evidence)\b|\b(?:photos?|pictures?|pics?|images?|videos?|screenshots?)(?: (?:is|are|were))? (?:attached|enclosed|uploaded)\b/;
const EVIDENCE_NEG =
  /(?:没法|无法|不能|不会|没有)(?:发|拍|上传)|\b(?:can't|cannot|couldn't|unable to) (?:send|attach|upload|take)\b/;

const ASK_MARK =
  /[?？吗麼么]|请|麻烦|提供|发一下|发下|拍一下|告诉|方便|能否|可否|是否|please|could you|can you|would you|kindly|let us know|send us|provide|share/;
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
    /部分退款|退一部分|退部分|退一半|退点钱|退差价|补差价|补偿一部分|\bpartial refund\b|\brefund (?:part|some|half) of\b|\bpart of (?:my|the) money\b/g,
  ],
  [
    'refund',
    /退款|退钱|退全款|全额退款|把钱退|钱退给我|\brefund\b|\bmoney back\b|\breimburse\w*\b/g,
  ],
  [
    'replacement',
    /换货|换一个|换个新|换新|调换|换一件|\breplacement\b|\breplace (?:it|the item|them)\b|\bexchange\b|\bnew one\b/g,
  ],
  [
    'return',
    /退货|寄回|退回去|\breturn (?:it|the item|them|this)\b|\bsend (?:it|them) back\b|\breturn label\b/g,
  ],
  ['reship', /补发|重发|再发一|重新发|\bresend\b|\breship\b|\bsend (?:the missing|another)\b/g],
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
    /已(?:经)?(?:为您|给您|帮您)?(?:办理|申请|安排|操作)?(?:了)?(?:全额)?退款|退款已(?:经)?(?:到账|处理|办理|原路返回|退回|发起)|(?:给您|为您)退(?:了)?款了|同意(?:了)?(?:您的)?退款|\brefund (?:has been|was|is) (?:issued|processed|sent|approved|completed)\b|\b(?:we|i)(?: have|'ve)? (?:issued|processed|sent)(?: you)? (?:a|the|your)? ?(?:full )?refund\b|\b(?:we|i)(?: have|'ve)? refunded\b|\brefund issued\b/,
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

const URGENCY: [NonNullable<CaseFacts['urgency']>['reason'], RegExp][] = [
  ['gift', /礼物|送人|送给|生日|纪念日|\bgifts?\b|\bpresents?\b|\bbirthday\b|\banniversary\b/],
  [
    'child',
    /孩子|宝宝|儿子|女儿|小孩|婴儿|娃|\bkids?\b|\bchild(?:ren)?\b|\bson\b|\bdaughter\b|\bbaby\b|\btoddler\b/,
  ],
  [
    'event',
    /婚礼|婚宴|聚会|开学|考试|演出|比赛|年会|圣诞|春节|过年|中秋|\bwedding\b|\bparty\b|\bevent\b|\bceremony\b|\bgraduation\b|\bchristmas\b|\bconference\b|\bexam\b/,
  ],
  [
    'travel',
    /出差|旅行|旅游|出国|航班|飞机|\btrip\b|\btravel\w*\b|\bflight\b|\bvacation\b|\bholiday\b/,
  ],
  [
    'health',
    /医院|看病|生病|吃药|药品|\bmedical\b|\bmedicine\b|\bhospital\b|\bsick\b|\bhealth\b|\bprescription\b/,
  ],
];
const URGENT_MARK =
  /急|等着|赶着|赶在|来不及|要用|需要|着急|\bneed(?:s|ed)?\b|\burgent\w*\b|\basap\b|\bin time\b|\bbefore\b|\bby (?:the|this|next|mon|tue|wed|thu|fri|sat|sun|tomorrow|tonight)\w*/;
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
// bare number is never a date.
const DEADLINE_ZH =
  /(今天|今日|今晚|明天|明日|明晚|后天|(?:这|本|下)?(?:周|星期|礼拜)[一二三四五六日天]|(?:这|本)?周末|月底|(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})[日号]|(\d{1,2}|[一二三四五六七八九十]{1,3})[日号]|(\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?(天|小时|个小时|周|个工作日|工作日))\s*(?:之内|以内|内|之前|以前|前|为止|下班前|中午前|晚上前)/;
const DEADLINE_ZH_TODAY =
  /(今天|今日|今晚|明天|明日)(?:之内|以内|内)?(?:必须|一定|务必)?(?:要|得)?(?:给我|不给|不|再不|如果|还不)/;
const DEADLINE_EN =
  /\b(?:by|before|until|no later than)\s+(?:the\s+)?(today|tonight|tomorrow|end of (?:the )?(?:day|week|month)|eod|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)?|(\d{1,2})\/(\d{1,2})\b)|\bwithin\s+(\d{1,3}|one|two|three|four|five|six|seven|ten|fourteen|thirty|twenty-four|forty-eight|a|an)\s+(hours?|days?|business days?|weeks?)\b/;
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
        at = ref;
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
  return undefined;
}

function timeOf(m: ThreadMessage | undefined, fallback: number): number {
  const t = m?.at ? Date.parse(m.at) : NaN;
  return Number.isNaN(t) ? fallback : t;
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
      if (NEG_BEFORE.test(t.slice(Math.max(0, s - 14), s))) continue;
      taken.push([s, e]);
      got.add(r);
    }
  }
  return STRENGTH.filter((r) => got.has(r));
}

/**
 * Reads a thread (oldest first) as one case: what the buyer already sent and asked for, what the
 * seller already did or asked, a deadline and why it is urgent. `now` (ISO) anchors relative dates
 * when a message has no time of its own.
 */
export function readCase(messages: readonly ThreadMessage[], now?: string): CaseFacts {
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
  for (const m of buyer) {
    const nm = normalizeText(m.text);
    if (EVIDENCE_SENT.test(nm.t) && !EVIDENCE_NEG.test(nm.t)) facts.evidenceSent = true;
    if (!facts.faultDescribed) {
      const s = scoreText(nm);
      const causes = findCauses(s, nm, s.total < 0 || s.hits === 0);
      facts.faultDescribed = causes.some(
        (c) => c.score >= 0.9 && c.cause !== 'buyer_remorse' && c.cause !== 'extortion',
      );
    }
    if (!facts.orderGiven) {
      facts.orderGiven =
        extractFacts(m.text).orderIds.length > 0 ||
        /(?:订单号|订单编号|单号|order (?:number|no|id|#))\s*[:：#]?\s*[a-z0-9-]{6,}/.test(nm.t);
    }
    for (const r of remediesIn(nm)) asked.add(r);
  }
  facts.remedyAsked = STRENGTH.filter((r) => asked.has(r));
  const granted = new Set<RemedyAsk>();
  for (const m of others) {
    const t = normalizeText(m.text).t;
    for (const [r, re] of GRANTED) if (re.test(t)) granted.add(r);
  }
  facts.remedyGranted = STRENGTH.filter((r) => granted.has(r));
  const lastSeller = seller[seller.length - 1];
  if (lastSeller) {
    const t = normalizeText(lastSeller.text).t;
    if (ASK_MARK.test(t)) {
      for (const [k, re] of SELLER_ASKS) if (re.test(t)) facts.sellerAsked.push(k);
    }
  }
  // The latest deadline the buyer set, relative to the time of its own message.
  for (let i = buyer.length - 1; i >= 0 && !facts.deadline; i--) {
    const m = buyer[i]!;
    const nm = normalizeText(m.text);
    const d = findDeadline(nm.t, timeOf(m, nowMs));
    if (d) {
      const [a, b] = rawSpan(nm, d[1], d[2]);
      facts.deadline = { iso: isoDay(d[0]), text: m.text.slice(a, b) };
    }
  }
  for (const m of buyer) {
    if (facts.urgency) break;
    const nm = normalizeText(m.text);
    for (const sentence of splitSentences(nm.t)) {
      const [s0, s1] = sentence;
      const st = nm.t.slice(s0, s1);
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
