import { structureCues } from './cause-words';
import { findCauses } from './causes';
import { extractFacts } from './facts';
import type { ThreadMessage } from './case-facts';
import { readCase } from './case';
import { detectFlags, ignoredProblem, readThreat, statedProblem, type FlagSpans } from './flags';
import { detectLanguage } from './language';
import { namesComplaint } from './verdict';
import { normalizeText, rawSpan, type Norm } from './normalize';
import { describedFault, negativeClauseOutside } from './real-problem';
import { decideSentiment, plainFragment, scoreText, type Scored } from './sentiment';
import {
  FLAGS,
  type Analysis,
  type AnalyzeContext,
  type Cause,
  type CauseHit,
  type ExtortionSignal,
  type Flag,
  type Threat,
} from './types';

export type {
  Analysis,
  AnalyzeContext,
  Cause,
  CauseHit,
  Facts,
  Flag,
  Language,
  Sentiment,
  Threat,
  ExtortionSignal,
} from './types';
export type { CaseFacts, ThreadMessage, RemedyAsk } from './case-facts';
export { NO_CASE_FACTS } from './case-facts';
export { readCase } from './case';
export { CAUSES, FLAGS } from './types';
export { detectLanguage } from './language';

export { extractFacts } from './facts';
export { detectFlags } from './flags';

const CAPS_WORD = /\b[A-Z]{3,}\b/g;
const ACRONYMS = new Set([
  'USB',
  'USA',
  'LED',
  'LCD',
  'UPS',
  'USPS',
  'DHL',
  'TV',
  'DVD',
  'CD',
  'AAA',
  'MP3',
  'WIFI',
  'APP',
  'iOS',
  'FAQ',
  'RMA',
  'SIM',
  'GPS',
  'HDMI',
  'BBB',
  'FTC',
  'IMO',
  'OMG',
  'LOL',
  'FYI',
  'ASAP',
  'HD',
  'PC',
  'AC',
  'DC',
  'EU',
  'UK',
  'US',
  'RMB',
  'USD',
  'EUR',
  'GBP',
  'CNY',
  'BT',
]);

function capsShouting(raw: string): boolean {
  let n = 0;
  let letters = 0;
  for (const m of raw.matchAll(CAPS_WORD)) {
    if (ACRONYMS.has(m[0])) continue;
    n++;
    letters += m[0].length;
  }
  return n >= 2 || letters >= 6;
}

/** Causes that are a real problem of the product or the order (not the buyer's or a threat). */
const REAL_PROBLEM = new Set<Cause>([
  'quality',
  'not_as_described',
  'logistics',
  'service',
  'expectation',
]);
/** Quoted words right after a threat, after a verb of writing or saying (see analyze). */
const QUOTED_CONTENT =
  /(?:写|寫|说|說|讲|講|\bwrite\b|\bwriting\b|\bsay(?:ing)?\b)[^。！？!?\n"“「『]{0,6}["“「『][^"”」』\n]{1,80}["”」』]/;
const QUOTE_REACH = 120;
const QUOTE_BACK = 16;
const CLAUSE_END = /[，,。！？!?\n;；]/;
/** A cause needs this much evidence to count as the real problem behind a threat. */
const PROBLEM_SCORE = 0.9;

/**
 * In a text read as positive, a cause stays when it has at least the weight of a topic named in a
 * negative clause (causes.ts ASPECT); the old bar (one full complaint term) dropped the complaint
 * of many mixed reviews (tuning part: hand-label top-1 87.0 -> 87.6%).
 */
const POSITIVE_KEEPS = 0.6;

/**
 * A praising review that frames its one reservation as minor ("my only complaint is", "the one
 * thing I don't like", "not complaints, more suggestions", "other than that", "all in all") is
 * praise with a passing wish: a hope unmet said in passing is not the buyer's problem to fix.
 * A defect, a delivery or the service named that way still counts.
 */
/** Topic nouns alone (causes.ts ASPECT_CAP) are no complaint beside a minor frame. */
const MINOR_KEEPS = 0.9;
const MINOR_FRAME_EN =
  /\b(?:my|the|our) (?:only|one|single|biggest|main) (?:real |minor |small |little )?(?:complaint|issue|gripe|problem|drawback|downside|negative|con|regret|concern|criticism|nitpick|quibble)\b|\b(?:the )?(?:only|one) thing (?:i (?:would|'d) (?:change|like|want|add)|i (?:don'?t|do not|didn'?t|did not|dislike)|(?:it'?s |it is )?missing|that (?:kept|keeps|stopped))|\bonly (?:issue|problem|complaint|drawback|downside|gripe) (?:is|was|i)\b|\bnot (?:really )?(?:a )?complaints?\b|\b(?:minor|small|little|slight) (?:issue|issues|complaint|complaints|gripe|quibble|nitpick|annoyance)\b|\bother than that\b|\ball in all\b/;

/** Weight of the expectation-gap cause read from plain dissatisfaction (below any named cause). */
const GAP_SCORE = 0.5;

/**
 * A function that fails ("it won't connect", "cannot load Netflix", "开不了", "用不了") is a defect,
 * not a hope unmet: the PLAYBOOK's quality ("doesn't work", "stopped working") covers every
 * function, not only the ones the lexicon names. Hearing and understanding the buyer stay with the
 * expectation gap (an assistant that misunderstands works as built, only not as hoped).
 */
const FAILS_EN =
  /\b(?:can'?t|cannot|can not|couldn'?t|could not|never could|won'?t|wouldn'?t|will not|would not|doesn'?t|does not|don'?t|do not|didn'?t|did not|isn'?t|unable to|fails? to|failed to|never|no longer|stopped|quit|keeps? on)\s+(?:(?:get|got|make|made) (?:it|this|them|the \w+) to\s+)?(?:\w+\s+){0,2}?(?:connect|connecting|connected|load|loading|play|playing|stream|streaming|pair|pairing|sync|syncing|charge|charging|boot|start|power|turn on|turn off|stay on|stay connected|hold|respond|responding|register|read|detect|open|run|running|work(?! (?:well |properly |right |together )?with\b)|working(?! (?:well |properly |right |together )?with\b)|function|functioning|operate|operating|dial|ring|send|receive|communicate|maintain a connection|keep a connection|hold a connection|transmit|record|recording|print|printing|heat|cool|display|scan|scanning|track|tracking|update|updating|vibrate|recharge|hold a charge|slide|sliding|(?<!isn'?t |is not |wasn'?t |was not )clos(?:e|ing)(?! to\b| enough\b| call\b)|latch|lock|locking|zip|seal|sealing|spin|spinning|drain|draining)\b/;
const FAILS_ZH =
  /(?:开不了|用不了|连不上|打不开|充不进|启动不了|开不开|无法(?:正常)?(?:使用|连接|开机|启动|充电|播放|识别|打开)|不能(?:正常)?(?:用|使用|连接|开机|启动|充电|播放|识别|打开))/;
/**
 * A fault that shows after a short time of use ("after 3 months", "haven't had it a week and
 * already") is a defect whatever the words that describe it. Not in Chinese: "用了三天就长痘" in
 * cosmetics reviews is the effect falling short (measured: the tuning part's tianchi rows).
 */
const SOON_EN =
  /\b(?:after (?:only |just |about |a |one |two |three |four |five |six |a few |several |\d+ )?(?:day|days|week|weeks|month|months|uses)|within (?:a |one |two |\d+ |the first )?(?:day|days|week|weeks|month|months)|haven'?t had it (?:a|for)|had it (?:for )?(?:less than|only|just) |worked (?:fine |well |great |perfectly )?(?:for|at first)|over time)\b/;

/**
 * Food that is short or tastes bad is the goods falling short of what was sold (the playbook's
 * quality: spoiled or bad-tasting food, missing items), not a hope unmet, however it is worded:
 * a portion (量, 分量, 菜量) with a few words before 少/小 (量实在太少, 量还少), or a taste word
 * under a negation (不咋好吃, 一点也不新鲜), or smaller than elsewhere or than before (比别家的薯条少, 比上次小).
 * Not 音量/电量/流量/质量/存储量 (other quantities).
 */
const FOOD_FAULT_ZH =
  /比(?:别家|别人家|其他家|别的店|别的家|以前|上次|之前)[^，。！？,.!?\n]{0,4}(?:小|少)(?!心|时)|(?<![质音电流数重容含销存储水产用声])量[^，。！？,.!?\n]{0,3}(?:少|小)(?!心|时)|(?:不|没|不太|不怎么|不咋|一点都不|一点也不|没什么|没啥)[^，。！？,.!?\n]{0,2}(?:好吃|好喝|入味|新鲜|香)|(?:不能吃|没法吃|吃不了|咬不动|嚼不动)/;

/**
 * "Cheap" said of how the goods feel, look or are made ("it feels and looks just as cheap",
 * "cheaply made") is the build falling short of what was sold (quality), not the price.
 */
const CHEAP_BUILD_EN =
  /\b(?:feels?|felt|looks?|looked|made|built|constructed|plastic|materials?)\b[^.!?\n]{0,20}\bcheap(?:ly)?\b|\bcheaply (?:made|built|constructed)\b|\bcheap (?:plastic|material|materials|build|construction)\b/;

/**
 * A fault of the device's own ("freezes", "keeps crashing", "reboots itself", "shuts off by
 * itself") and a piece that should have come in the box and did not ("no ear gels provided",
 * "missing screws", "didn't come with a charger") are defects (the playbook's quality: broken,
 * missing parts), whatever else the text calls them.
 */
/**
 * The other party not hearing the buyer ("people cannot hear me", "callers could barely hear me")
 * is the microphone or the line failing, a defect; the assistant not hearing the buyer stays with
 * the expectation gap (see FAILS_EN).
 */
const UNHEARD_EN =
  /\b(?:people|callers?|the (?:other )?(?:person|party|caller)|the other end|others|everyone|anyone|nobody|no one)\b(?: (?:i'?m |i am |i )?(?:talking|talk|speaking|speak) (?:to|with))?(?: on the other end)? (?:can'?t|cannot|can not|couldn'?t|could not|can barely|could barely|can hardly|could hardly|have trouble|had trouble|have a hard time|had a hard time|never) (?:even )?hear(?:ing)? me\b/;
const FAULT_EN =
  /\b(?:shuts?|will shut|keeps? shutting|kept shutting) (?:itself )?(?:down|off) (?:if|when|whenever|every time|each time|randomly|constantly|all the time)\b|\b(?:none of (?:it|them|the \w+)|nothing) (?:works?|worked|functions?)\b|\b(?:freez(?:es|ing)|froze|crash(?:es|ing|ed)|(?:keeps?|kept) (?:crashing|freezing|rebooting|restarting|dropping|disconnecting|shutting)|reboots? (?:itself|on its own|randomly)|restarts? (?:itself|on its own|randomly)|shuts? (?:off|down) (?:by itself|on its own|randomly)|turns? (?:itself )?off (?:by itself|on its own|randomly))\b/;
const MISSING_EN =
  /\b(?:no|without|missing)\b[^.!?\n]{0,30}\b(?:provided|included|in the box|in the package)\b|\b(?:didn'?t|did not|doesn'?t|does not) come with\b|\bmissing (?:the |a |an |some |two |one |\d+ )?(?:parts?|pieces?|screws?|cables?|cords?|chargers?|adapters?|batteries|remote|manual|accessories|ear ?(?:gels|tips|buds|pieces))\b/;

/** The span of a failed function or an early fault in the text, if any. */
function defectCue(t: string): RegExpExecArray | null {
  return (
    FAILS_EN.exec(t) ??
    FAILS_ZH.exec(t) ??
    SOON_EN.exec(t) ??
    FOOD_FAULT_ZH.exec(t) ??
    CHEAP_BUILD_EN.exec(t) ??
    FAULT_EN.exec(t) ??
    UNHEARD_EN.exec(t) ??
    MISSING_EN.exec(t)
  );
}

/** A cause at no more than this has only topic nouns behind it (causes.ts ASPECT_CAP). */
const TOPIC_ONLY = 0.9;
/** Weight a failed function or an early fault adds to quality (one ordinary complaint term). */
const DEFECT_CUE = 1;

/**
 * A failed function or an early fault ("stopped working after a month") is evidence of a defect
 * even when the words around it name a feature (connect, screen, sound): when the expectation gap
 * leads, quality gains one complaint's weight, with the cue as evidence.
 */
function withDefectCue(causes: CauseHit[], nm: Norm): CauseHit[] {
  // Only the line between a defect and a hope unmet moves: a cue beside a named delivery or
  // service problem is part of that story (sent it in for repair after a month). The arrival named
  // only as a topic ("arrived with two drawers that don't slide", logistics at no more than the
  // topic nouns' cap) is no delivery problem: the defect decides there too (blind set 11).
  const lead = causes[0];
  if (
    lead?.cause !== 'expectation' &&
    !(lead?.cause === 'logistics' && lead.score <= TOPIC_ONLY && causes.length === 1)
  )
    return causes;
  const m = defectCue(nm.t);
  if (!m) return causes;
  const span = rawSpan(nm, m.index, m.index + m[0].length);
  const q = causes.find((c) => c.cause === 'quality');
  const ev = nm.raw.slice(span[0], span[1]);
  if (q) {
    q.score = Math.round((q.score + DEFECT_CUE) * 1000) / 1000;
    if (!q.evidence.includes(ev)) q.evidence.push(ev);
    q.spans = [...(q.spans ?? []), span];
  } else causes.push({ cause: 'quality', score: DEFECT_CUE, evidence: [ev], spans: [span] });
  return causes.sort((a, b) => b.score - a.score);
}

/**
 * What the buyer compares the goods with decides between a mismatch and a hope unmet: the listing
 * (图片, 详情, 宣传, 卖家秀, 模特, what the page "says") or the order (叫的是蓝色，发黑色的) set
 * against what came (不一样, 差很多, 其实是, 比图片小) is not_as_described, whatever the words; so is a
 * request the order ignored (说了不要辣, 备注了不加糖, 不看买家的备注). 照片 alone is not
 * the listing ("照片已发" is evidence sent), so only 图/图片 and the page's own words count.
 */
const LISTING_REF_ZH =
  '(?:图片|图上|图中|主图|详情页?|页面|网页|商品页|描述|宣传|介绍|广告|卖家秀|模特|官网|标的|标注|标着|写的|写着|说的)';
const LISTING_DIFF_ZH = new RegExp(
  `(?:跟|和|与|同)${LISTING_REF_ZH}[^。！？!?\n]{0,10}(?:不一样|不符|不同|不像|两样|差(?:很多|太多|好多|得远|远了|别|距)|相差|差太远|完全不是)|比${LISTING_REF_ZH}[^。！？!?\n，,]{0,4}(?:小|大|薄|短|差|暗|丑|轻|少|矮|窄|旧|粗糙)|(?:说是|号称|宣传(?:是|的是)?|标的是|写的是|写着)[^。！？!?\n]{1,14}(?:其实|实际(?:上)?|结果|却)(?:是|只有|就是|根本)|(?:说是|号称|宣传(?:是|的是|说)?|标的是|写的是|写着|描述(?:是|说))[^。！？!?\n]{1,30}(?:到手|收到|拿到|用了)(?:后|之后|以后)?才?(?:发现|知道)|[0-9]+(?:[.][0-9]+)?(?:万)?(?:像素|mah|毫安|gb|g|tb|寸|英寸|克|千克|公斤|斤|ml|毫升|升|厘米|cm|mm|毫米|瓦)[^。！？!?\n，,]{0,6}(?:达不到|不到|没有|没到|不够)|(?:要|点|订|买)的[^。！？!?\n，,]{1,10}[，,](?:来了个|来的是|送来的是|给的是|发来的是|结果来了个|却是)|(?:说了|说过|说啦|都说了|备注了?|写了|要求了?|强调了?)[^，,。！？!?\n]{0,4}(?:不要(?!紧)|别放|不放|少放|不加|去掉|别加)|(?:不看|没看|无视|不理|不管)[^，,。！？!?\n]{0,6}备注|(?:我说|说了|说好|要求|交代了?)[^，,。！？!?\n]{0,4}(?:带|加|放|给|配)[^，,。！？!?\n]{0,6}[，,]?(?:也|还是|都|却)?(?:不给|没给|没带|没加|没放|不带|没配)|(?:菜单|图片|描述|详情|介绍|页面)(?:上|里|中)?(?:写的|说的|标的|显示)?(?:是)?没有[^，,。！？!?\n]{1,6}[，,][^。！？!?\n]{0,10}(?:都有|却有|还有|居然有)|备注(?:了|里|里面|上|中)?[^。！？!?\n]{0,10}(?:没|没有|也没|都没|还是没|又没)(?:加|放|给|做|按|有)|(?:没|没有|也没|又没|还是没)(?:加|放)[^。！？!?\n]{0,12}备注|说(?:是|的是|好的)?[^。！？!?\n]{1,14}(?:其实|实际(?:上)?)(?:是|只有|就是|根本|什么都|啥都|并没有|没有|不是)|(?:要|买|叫|点|订|拍|选)的(?:是)?[^。！？!?\n]{0,6}(?:色|码|号|款|味)[^。！？!?\n]{0,6}(?:发|送|给|寄)(?:了|来|过来|成)?(?:的是|我)?[^。！？!?\n]{0,6}(?:色|码|号|款|味)|(?:说有|说送|说好有|说好送|承诺(?:有|送)|宣传(?:有|送)|号称(?:有|送)|写着(?:有|送))(?!问题|毛病|货)[^。！？!?\n]{0,14}(?:什么都没有|啥都没有|什么也没有|都没有|没有|没收到|没看到|没见到|没给|没送)|(?:号称|标称|宣称|宣传|标的|写的|说是|说能|说可以)[^。！？!?\n]{0,16}(?:达不到|没达到|没有达到|根本没有|根本不到|远远不到)|(?:买|点|订|要|选)的(?:是)?[^。！？!?\n，,]{1,8}[，,]?[^。！？!?\n，,]{0,4}(?:切开|打开|拆开|剥开|收到|拿到|到手)(?:后|一看|发现)?(?:却|竟然|居然|竟|才知道)?是|(?:请|麻烦|能不能|希望|拜托)[^，,。！？!?\n]{0,4}看(?:一下|下|清楚)?备注|我(?:要|买|点|订|选|拍)的[^。！!\n]{0,14}(?:怎么|却|结果|可)?(?:给我)?(?:发|送|寄)(?:的|了|来)`,
);

/**
 * The seller's or the page's word set against the goods ("the seller said it works with my car", "the
 * listing says it includes a case"): what the buyer compares with is the listing.
 */
const LISTING_SAID_EN =
  /\b(?:amazon|the (?:seller|listing|description|page|product page|ad|advert|advertisement|website|site|box|packaging)|it|they)\s+(?:said|says|stated|states|claimed|claims|advertised|advertises|listed|lists|promised)\b[^.!?\n]{0,40}\b(?:compatible|works? with|would work|will work|included?|includes|comes? with|supports?)\b/;
/**
 * A function missing that the page names as the reference ("doesn't work with the doorbell as it
 * states on the website", "when they advertise it they show a screen with the weather"): the buyer
 * compares with the listing, so a mismatch, however the shortfall is worded. A negation is needed
 * before it: "works as stated on the website" is praise.
 */
const LISTING_AS_EN =
  /\b(?:not|no|doesn'?t|does not|don'?t|do not|won'?t|will not|isn'?t|is not|can'?t|cannot|didn'?t|did not|never)\b[^.!?\n]{0,60}\bas (?:it |they |amazon |you )?(?:states?|stated|said|says|claims?|claimed|advertised|advertises|shown|shows|pictured|described|listed|promised)(?: it)? (?:on|in) the (?:website|site|listing|page|product page|ad|advert|advertisement|box|packaging|description|pictures?|photos?|video)\b|\bwhen (?:they|amazon|you) (?:advertise|advertised|show|showed|market|marketed) (?:it|this|them)\b[^.!?\n]{0,20}\b(?:they |it )?(?:show|showed|shows|display|displays|says?)\b/;
/** The ordered attribute said to be wrong ("the colour is wrong", "size was totally off"). */
const WRONG_ATTR_EN =
  /\b(?:colou?rs?|sizes?|sizing|models?|versions?|styles?|shades?|patterns?|items?)\b (?:is|was|are|were|came|arrived) (?:completely |totally |all |way |just )?(?:wrong|different|off|not what i (?:ordered|chose|picked))\b/;

/** Adds one complaint's weight to `cause` for the cue `m`, with the cue as evidence. */
function withCue(
  causes: CauseHit[],
  nm: Norm,
  m: RegExpExecArray | null,
  cause: Cause,
  weight = DEFECT_CUE,
): CauseHit[] {
  if (!m) return causes;
  const span = rawSpan(nm, m.index, m.index + m[0].length);
  const ev = nm.raw.slice(span[0], span[1]);
  const n = causes.find((c) => c.cause === cause);
  if (n) {
    n.score = Math.round((n.score + weight) * 1000) / 1000;
    if (!n.evidence.includes(ev)) n.evidence.push(ev);
    n.spans = [...(n.spans ?? []), span];
  } else causes.push({ cause, score: weight, evidence: [ev], spans: [span] });
  return causes.sort((a, b) => b.score - a.score);
}

/**
 * The listing or the order set against what came is the most specific thing a text can say: it
 * outweighs one generic judgement ("叫的是蓝色，发黑色的过来。这服务真不行" is the wrong colour).
 */
const LISTING_CUE = 1.25;

/**
 * What the buyer had assumed set against what came (我以为是精装版，结果是平装; 本以为…没想到) is a
 * hope unmet, the buyer's own picture of the goods rather than the listing's.
 */
const ASSUMED_ZH =
  /(?:我以为|还以为|本以为|原以为|原本以为|满以为)[^。！？!?\n]{1,24}(?:结果|原来|没想到|谁知|哪知)/;

/**
 * A limit of what the goods do ("can't store anything but numbers", "accepts nothing except MP3s",
 * "there is no way to plug it in here", "only works with its own app", "can't wear it with
 * glasses") is a function working as built, only narrower than hoped: the expectation gap, not a
 * defect. So is not working together with the buyer's other system or account ("can't sync with my
 * music library", "won't play in sync with my speakers"): compatibility, not a fault.
 */
const LIMIT_EN =
  /\b(?:anything|nothing) (?:but|except|other than)\b|\bno way (?:to|for (?:me|us|you) to)\b|\bonly (?:works?|plays?|accepts?|supports?|lets? you|allows?|reads?) (?:with )?\b|\b(?:doesn'?t|does not|won'?t|will not|can'?t|cannot) (?:support|accept|allow|let you)\b|\b(?:can'?t|cannot|can not|couldn'?t|could not) (?:use|wear) (?:it|this|them|the \w+) (?:with|while)\b|\b(?:sync|syncs|syncing|play|work|works|connect|link|integrate)(?: up)? (?:\w+ ){0,3}(?:with|to|in sync with) (?:my|our|your) (?:\w+ ){0,2}(?:system|account|service|music|library|subscription|speakers?)\b|\b(?:sync|syncs|syncing)(?: up)? (?:my|our) (?:\w+ ){0,2}(?:music|library|account|playlists?)\b/;

/**
 * Not working together with another product, service or account ("doesn't work with my Samsung",
 * "won't play well with Prime", "needs to play YouTube") is compatibility: the device works as
 * built, only not with what the buyer has, the expectation gap (a defect is "doesn't work" alone).
 */
const COMPAT_EN =
  /\b(?:doesn'?t|does not|won'?t|will not|didn'?t|did not|can'?t|cannot|isn'?t able to|is not able to)\s+(?:really |even |always )?(?:work|play|connect|sync|pair|integrate|communicate|talk)(?: (?:well|properly|nicely|right|together))? with\b|\bneeds? to (?:be able to )?(?:play|support|work with|connect to|stream|show|run|add)\b|\b(?:can'?t|cannot|can not|couldn'?t|could not|unable to) (?:use|access) (?:many|most|some|all|half|any) (?:of )?(?:its |her |his |the |their )?(?:features|functions|skills|apps|options)\b|\b(?:have to|has to|must|need to|forced to|required to) (?:pay (?:extra|more|monthly|separately|for (?:a |the |an )?(?:subscription|premium|membership|plan|apps?|music|skills?))|subscribe|have (?:a|an)(?: [^\s.!?]+){0,3} (?:account|subscription|membership))\b|\b(?:paid|pay|purchased|bought) for separately\b|\bwithout (?:subscribing|a (?:paid )?subscription)\b/;
/**
 * What the buyer hears or sees judged as weak ("puny sound", "the speaker is weak", "volume could
 * use a boost", "the mics are not as sensitive as a Dot", "video quality isn't great", "wish the
 * speaker had better fidelity") is the sound, the picture or the pick-up below what was hoped for:
 * the device works as made, so the expectation gap, not a defect, though "speaker" is a part.
 */
const AV_GAP_EN = new RegExp(
  [
    '\\b(?:puny|weak|thin|flat|muddy|tinny|hollow|mediocre|lackluster|underwhelming|low|poor|so-so|meh) (?:sound|speakers?|audio|bass|volume|fidelity|treble|mics?|microphones?|video|picture|image)\\b',
    '\\b(?:sound|speakers?|audio|bass|volume|fidelity|treble|mics?|microphones?|(?:sound|audio|video|picture|image|call|voice|camera) quality)(?: (?:on|of) (?:it|this|the \\w+))? (?:is|are|was|were|seems?|sounds?|gets?) (?:a (?:bit|little) |very |too |pretty |kind of |rather |quite |really |so |slightly |definitely |way |still )?(?:weak|thin|puny|flat|muddy|tinny|low|poor|lacking|meh|mediocre|subpar|disappointing|not (?:that |very |so |as |too )?(?:great|good|loud|clear|strong|sensitive|impressive|enjoyable|rich|full|crisp))\\b',
    '\\b(?:sound|speakers?|audio|bass|volume|mics?|microphones?|(?:sound|audio|video|picture|image|call|voice) quality) (?:could|should|can|needs to) (?:definitely |really |surely )?(?:be|get) (?:a (?:bit|little|lot) |much |way |slightly )?(?:louder|better|improved|stronger|clearer)\\b',
    "\\b(?:sound|speakers?|audio|bass|volume|mics?|microphones?|(?:sound|audio|video|picture|image|call|voice|camera) quality) (?:isn'?t|aren'?t|wasn'?t|weren'?t) (?:that |very |so |as |too )?(?:great|good|loud|clear|strong|sensitive|impressive)\\b",
    '\\b(?:sound|speakers?|audio|bass|volume|mics?|microphones?) (?:could|can|would) (?:definitely |really |surely )?(?:use|do with|need) (?:a |some |more |better )?(?:boost|work|improvement|bass|volume)\\b',
    '\\b(?:wish|hope|hoping) (?:it|the (?:speaker|sound|bass|volume|audio|mic|microphone)s?) (?:had|has|was|were|would be|could be|got) (?:a (?:bit|little) )?(?:better|louder|more|fuller|stronger|deeper|clearer) (?:sound|bass|volume|fidelity|audio|speakers?)\\b',
    '\\b(?:sound|speakers?|audio|bass|mics?|microphones?|volume)(?: \\w+){0,2} (?:is|are|was|were)(?: \\w+)? not as (?:good|loud|clear|sensitive|full|rich|strong|crisp) as\\b',
  ].join('|'),
);

/**
 * The price dropping soon after the purchase ("went on sale two days later", "got on sale after a
 * week") is the buyer's regret over timing, not a fault of the goods (the time words are not
 * "stopped working after two days").
 */
const ON_SALE_EN =
  /\b(?:went|goes|go|get|got|gets|was|is|were|put|came|comes) on sale (?:again )?(?:just |only |right )?(?:after|a (?:day|week|month) later|the (?:next|following) (?:day|week)|(?:two|three|four|five|a few|few|\d+) (?:days?|weeks?) (?:later|after)|days after|the day after|a week after)\b/;
/** Weight of a price-drop regret: above a time word read as an early fault (SOON_EN). */
const ON_SALE = 1.25;
/**
 * Effort to make the assistant understand, hear, find or play what was asked ("have issues with it
 * actually playing what I want", "had trouble getting her to understand me") is the expectation
 * gap: it works as built, only not as well as hoped (see FAILS_EN on hearing and understanding).
 */
const EFFORT_EN =
  /\b(?:have|has|having|had) (?:some |a few |many |constant |frequent |a lot of |lots of )?(?:issues|trouble|problems|difficulty|a hard time) (?:with (?:it|her|him|alexa|the \w+) )?(?:actually )?(?:getting (?:it|her|him|alexa) to |trying to |making (?:it|her) )?(?:play|playing|understand|understanding|recogni[sz]e|recogni[sz]ing|find|finding|hear|hearing)\b/;

function withListingCue(causes: CauseHit[], nm: Norm): CauseHit[] {
  causes = withCue(causes, nm, ON_SALE_EN.exec(nm.t), 'buyer_remorse', ON_SALE);
  const m =
    LISTING_DIFF_ZH.exec(nm.t) ??
    WRONG_ATTR_EN.exec(nm.t) ??
    LISTING_SAID_EN.exec(nm.t) ??
    LISTING_AS_EN.exec(nm.t);
  if (!m)
    causes = withCue(
      causes,
      nm,
      ASSUMED_ZH.exec(nm.t) ??
        LIMIT_EN.exec(nm.t) ??
        COMPAT_EN.exec(nm.t) ??
        AV_GAP_EN.exec(nm.t) ??
        EFFORT_EN.exec(nm.t),
      'expectation',
    );
  // A piece that should have come and did not is named as plainly as a listing mismatch: it
  // counts whatever cause leads ("no ear tips in the box" is not about the box's transit).
  return withCue(
    withCue(causes, nm, m, 'not_as_described', LISTING_CUE),
    nm,
    MISSING_EN.exec(nm.t),
    'quality',
  );
}

/**
 * A text about a meal and nothing else (外卖, a dish, a drink; no book, phone, room or garment): a
 * lukewarm or unhappy verdict there is about the food, the playbook's quality (bad-tasting food,
 * short portions), not a hope unmet. 吃亏/吃惊/吃力 are not eating.
 */
const MEAL_ZH =
  /外卖|送餐|骑手|好吃|难吃|味道|口味|口感|菜|饭|肉|汤|粥|面条|饼|饮料|奶茶|咖啡|薯条|汉堡|披萨|比萨|饺子|米线|吃(?!亏|惊|力|醋)/;
const NOT_MEAL_ZH =
  /书|作者|内容|手机|电脑|平板|屏幕|系统|房间|酒店|宾馆|前台|衣服|裤|鞋|洗发|头发|皮肤|脸|热水器|安装|电池|京东/;

const PRICE_ZH = /贵|价|费|钱|坑|不值|划算/;

function expectationGap(s: Scored, nm: Norm): CauseHit | undefined {
  let best = -1;
  for (let k = 0; k < s.matches.length; k++) {
    const v = s.contrib[k]!;
    if (v < 0 && (best < 0 || v < s.contrib[best]!)) best = k;
  }
  if (best < 0) {
    // No complaint term, but a function that fails ("a communications tool that does not
    // communicate"): the failure is the evidence.
    const m = defectCue(nm.t);
    if (!m) return undefined;
    const span = rawSpan(nm, m.index, m.index + m[0].length);
    return {
      cause: 'quality',
      score: GAP_SCORE,
      evidence: [nm.raw.slice(span[0], span[1])],
      spans: [span],
    };
  }
  const span = rawSpan(nm, s.matches.start[best]!, s.matches.end[best]!);
  const meal = MEAL_ZH.test(nm.t) && !NOT_MEAL_ZH.test(nm.t);
  // The price (菜太贵, 配送费太高) is the value the buyer hoped for, whatever the goods.
  const price = PRICE_ZH.test(nm.t.slice(s.matches.start[best]!, s.matches.end[best]!));
  return {
    cause: defectCue(nm.t) || (meal && !price) ? 'quality' : 'expectation',
    score: GAP_SCORE,
    evidence: [nm.raw.slice(span[0], span[1])],
    spans: [span],
  };
}

/** The buyer's messages of a thread, joined oldest first (the case as one text). */
export function buyerText(messages: readonly ThreadMessage[]): string {
  return messages
    .filter((m) => m.from === 'buyer')
    .map((m) => m.text)
    .join('\n');
}

/**
 * On-device analysis of a review or buyer message: language, sentiment, anger, root causes with
 * evidence (exact substrings of `text`), risk flags and facts. Pure and synchronous. With
 * `ctx.messages` the thread is read as a case (`case`), and its buyer messages are the text when
 * `text` is empty.
 */
export function analyze(text: string, ctx?: AnalyzeContext): Analysis {
  let raw = typeof text === 'string' ? text : '';
  const messages = Array.isArray(ctx?.messages) ? ctx.messages : undefined;
  if (messages && raw.trim() === '') raw = buyerText(messages);
  const nm = normalizeText(raw);
  const t = nm.t;
  const language = detectLanguage(raw);
  const scored = scoreText(nm);
  const spans: FlagSpans = new Map();
  const found = detectFlags(t, spans);
  // A text without any sentiment signal is read as a complaint (see decideSentiment).
  const textNegative = scored.total < 0 || (scored.hits === 0 && !plainFragment(raw));
  // The listing or the order set against what came counts in a praising text too (备注了加冰也没加，
  // 骑手人很好): it is the one complaint the text names.
  let causes: CauseHit[] = textNegative
    ? withDefectCue(withListingCue(findCauses(scored, nm, textNegative), nm), nm)
    : withListingCue(findCauses(scored, nm, textNegative), nm);
  const read = readThreat(t);
  let threat: Threat | undefined;
  if (read) {
    // The demand itself (不退款, "no refund") is not the problem: only evidence outside the
    // threatening words counts.
    // The words a buyer threatens to write, quoted after the threat (我就在评价里写"做工粗糙"),
    // are the threat's content, not a problem stated: the threat's span takes them in.
    // (The verb and the opening quote may lie inside the span: 我就在评价里写 + "…"; the window
    // is a few dozen characters, so the search stays linear.)
    const from = Math.max(read.span[0], read.span[1] - QUOTE_BACK);
    const quoted = QUOTED_CONTENT.exec(t.slice(from, read.span[1] + QUOTE_REACH));
    const readEnd = quoted
      ? Math.max(read.span[1], from + quoted.index + quoted[0].length)
      : read.span[1];
    const [ta, tb] = rawSpan(nm, read.span[0], readEnd);
    const outside = (c: CauseHit): boolean => (c.spans ?? []).some(([a, b]) => b <= ta || a >= tb);
    const problem = causes
      .filter((c) => REAL_PROBLEM.has(c.cause) && c.score >= PROBLEM_SCORE && outside(c))
      .map((c) => c.cause);
    // Without a cause of full weight, the structure of the message decides (real-problem.ts): a
    // clearly negative clause of its own outside the threat, or a fault told by grammar (印错了,
    // 根本不结团, "printed upside down"), so new product vocabulary is not read as extortion.
    // The short lists of flags.ts (statedProblem) and being ignored come last.
    // A complaint the cause reader names as the buyer's own (降价了, 差价: buyer_remorse) is what
    // the negative words are about, not a fault: the structure is not read then.
    const regret = causes.some((c) => c.cause === 'buyer_remorse' && outside(c));
    if (problem.length === 0 && !read.bargain && !regret) {
      // The rest of the threat's clause (否则负评一直挂着) is still the threat's words.
      let clauseEnd = readEnd;
      while (clauseEnd < t.length && !CLAUSE_END.test(t[clauseEnd]!)) clauseEnd++;
      const fault = describedFault(nm, read.span[0], clauseEnd);
      if (fault) problem.push(fault.cause);
      else if (negativeClauseOutside(scored, t, read.span[0], clauseEnd, spans.get('abusive'))) {
        const named = causes.find((c) => REAL_PROBLEM.has(c.cause) && outside(c));
        problem.push(named?.cause ?? 'quality');
      }
    }
    if (problem.length === 0) {
      const stated = statedProblem(t, read.span[0], readEnd) ?? ignoredProblem(t);
      if (stated) problem.push(stated);
    }
    const signals: ExtortionSignal[] = [];
    if (problem.length === 0) signals.push('no_problem');
    if (read.beyondRefund) signals.push('beyond_refund');
    if (read.professional) signals.push('professional');
    if ((ctx?.priorThreats ?? 0) >= 2) signals.push('repeated');
    const kind = signals.length > 0 ? 'extortion' : 'review_threat';
    const span: [number, number] = [ta, tb];
    threat = { kind, bargain: read.bargain, signals, problem, evidence: raw.slice(ta, tb), span };
    found.push(kind);
    spans.set(kind, read.span);
  }
  const flags = FLAGS.filter((f) => found.includes(f));
  let sentiment = decideSentiment(scored, raw, ctx?.rating, causes.length > 0);
  // A threat, a complaint to the platform or an insult is never a positive message (a safety
  // report is read from its text: "no allergic reaction at all, love it" stays positive).
  if (flags.some((f) => f !== 'safety')) sentiment = 'negative';
  if (sentiment === 'positive') {
    // Only complaints count as causes: drop weak hints left in a positive text (a topic noun in a
    // neutral clause). A complaint a positive-sounding text still names (一个小时才送到, 不过挺
    // 好吃的; "great, but it stopped charging") keeps its cause: the stars the buyer gave are
    // often low, and the panel then shows what to fix.
    causes = causes.filter((c) => c.score >= POSITIVE_KEEPS);
    if (MINOR_FRAME_EN.test(t))
      causes = causes.filter(
        (c) => c.cause !== 'expectation' && c.cause !== 'buyer_remorse' && c.score > MINOR_KEEPS,
      );
  } else if (
    sentiment === 'negative' &&
    causes.length > 0 &&
    !threat &&
    !namesComplaint(scored, nm) &&
    !defectCue(nm.t) &&
    !LISTING_DIFF_ZH.test(nm.t) &&
    !WRONG_ATTR_EN.test(nm.t) &&
    !LISTING_SAID_EN.test(nm.t) &&
    !LISTING_AS_EN.test(nm.t) &&
    !ASSUMED_ZH.test(nm.t) &&
    !LIMIT_EN.test(nm.t) &&
    !COMPAT_EN.test(nm.t) &&
    !AV_GAP_EN.test(nm.t) &&
    !EFFORT_EN.test(nm.t) &&
    !ON_SALE_EN.test(nm.t) &&
    structureCues(nm.t).length === 0
  ) {
    // Only verdicts and the product's own name ("VERY DISAPPOINTED", "I hate this phone",
    // "太失望了"): no cause is named (see verdict.ts).
    causes = [];
  } else if (
    sentiment === 'negative' &&
    causes.length === 0 &&
    !threat &&
    flags.length === 0 &&
    (namesComplaint(scored, nm) || defectCue(nm.t))
  ) {
    // Dissatisfaction without a named defect, listing, delivery or service problem ("失望",
    // "一般般", "not worth it", "Siri answers better") is the product falling short of what the
    // buyer hoped for: the playbook's expectation gap, with the strongest complaint as evidence.
    const gap = expectationGap(scored, nm);
    if (gap) causes.push(gap);
  }
  if (threat?.kind === 'extortion') {
    const top = causes[0]?.score ?? 0;
    causes.push({
      cause: 'extortion',
      score: Math.max(0.5, top * 0.5),
      evidence: [threat.evidence],
      spans: [threat.span],
    });
  }
  // Anger: 0 calm … 3 furious.
  let markers = 0;
  if (/[!！]{3,}|[!！?？]{4,}/.test(raw)) markers++;
  if (capsShouting(raw)) markers++;
  if (scored.angerHits > 0) markers++;
  if (scored.angerHits > 1) markers++;
  if (flags.includes('abusive')) markers += 2;
  if (threat || flags.includes('legal_threat')) markers++;
  let anger: 0 | 1 | 2 | 3 = 0;
  if (sentiment === 'negative') anger = markers >= 2 ? 3 : markers === 1 ? 2 : 1;
  const flagSpans: Partial<Record<Flag, [number, number]>> = {};
  for (const [f, sp] of spans) flagSpans[f] = rawSpan(nm, sp[0], sp[1]);
  const out: Analysis = {
    language,
    sentiment,
    anger,
    causes,
    flags,
    facts: extractFacts(raw),
    flagSpans,
  };
  if (threat) out.threat = threat;
  if (messages) out.case = readCase(messages, ctx?.now, ctx?.platform);
  return out;
}
