import {
  COURIER_EN,
  COURIER_NAMED,
  BROUGHT_DAMAGED_ZH,
  CLAIM_THEN_RESULT_ZH,
  FIT_CLAIM_ZH,
  USED_THEN_FAILED_ZH,
  COURIER_NAMED_ZH,
  LEFT_OUT_ZH,
  MEAL_ZH,
  PROMISE_UNKEPT_ZH,
  TRANSIT_DAMAGE_ZH,
  REFUND_ZH,
  SELLER_EN,
  SELLER_NAMED_ZH,
  structureCues,
  BOX_ONLY_DAMAGED_ZH,
  TRANSIT_DAMAGE_EN,
  GENUINE_AFTER,
  PAIR_ZH,
  SERVICE_ACT_ZH,
  SERVICE_PROMISED_ZH,
} from './cause-words';
import { infoAt } from './lexicon';
import { normalizeText, rawSpan, type Norm } from './normalize';
import type { Scored } from './sentiment';
import type { Cause, CauseHit } from './types';

const STRONG = 1;
/** Evidence spans kept per cause. */
const MAX_EVIDENCE = 32;
const ASPECT = 0.6;
/**
 * The whole item (product, phone, 东西, 产品) names what is judged, not which part of it failed: as a
 * topic it weighs half, so "the only negative on this product is the sound quality" is the sound.
 * So does "they": as often the goods, the maker or a family as the seller, it alone names no service.
 */
const GENERIC_ITEM =
  /^(?:they|them|product|item|thing|unit|device|phone|东西|产品|商品|货|宝贝|机器|机子|手机)$/;
const GENERIC_WEIGHT = 0.5;
/** Aspect nouns in a neutral clause of a negative text still hint at the cause, weakly. */
const ASPECT_NEUTRAL = 0.2;
/** Weight of a complaint term's sentiment that counts as "ordinary" severity (see severity()). */
const BASE_SEVERITY = 1.6;
/** Topic nouns alone never add up to more than this per cause (one explicit complaint beats them). */
const ASPECT_CAP = 0.9;
/**
 * The buyer admitting their own part (忘记说, "my mistake", price dropped after purchase) explains
 * the rest of the complaint, so it weighs more than the consequences they describe.
 */
const OWN_FAULT = 1.5;

/**
 * Severity of a complaint term from its own sentiment weight: a dead device ("开不了机", "-3") weighs
 * more than a mere remark ("才到", "-0.9"), so the main complaint comes first.
 */
function severity(w: number): number {
  if (w === 0) return 1;
  const a = Math.abs(w) / BASE_SEVERITY;
  return a < 0.75 ? 0.75 : a > 1.6 ? 1.6 : a;
}

/**
 * Root causes with evidence. Complaint terms ("物流太慢", "stopped working") count unless negated;
 * topic nouns ("物流", "customer service") count when their clause is negative. Contrast weights
 * from the sentiment pass apply, so "质量还行但是物流太慢" puts logistics first.
 */
/**
 * A length of time ("三天", "两个月", "好久", "a week") says how long, not what went wrong: "用了三天就坏了"
 * is a defect, "纠结了好久才买的" a hesitation. It counts for logistics only beside a delivery word
 * in its clause, or in a meal text (below). Counted hours ("三个小时") are left to the lexicon: in
 * the datasets they are the delivery's far more often than a device's (measured on the hand sets).
 */
const DURATION =
  /^(?:时间|小时|个小时|钟头|分钟|半天|一天|两天|三天|一周|一个星期|好久|很久|老久|[一二两三四五六七八九十几半数0-9]+(?:个)?(?:天|日|周|星期|礼拜|月)|days?|weeks?|hours?)$/;
/** Waiting ("等了", "waited") is about whoever was awaited: the service when it is named beside it. */
const WAITING = /^(?:等了|等待|等着|等到|等|waited|waiting|took)/;

/**
 * Oily, greasy or dry says a different thing of food and of skin care: in a dish it is how it was
 * cooked (quality: bad-tasting food), on the face it is how the product feels in use (expectation,
 * the datasets' 使用体验). The goods named in the text decide; with both or neither, the lexicon.
 */
const SENSORY =
  /^(?:有点油|偏油|太油了?|很油|油了点|油腻腻?|太腻|有点腻|粘腻|黏腻|发干|很干|太干|干巴巴|有些干|还是干|比较干|挺干|偏干|干燥|有点干燥|比较干燥|稍微干燥|很干燥|太干燥)$/;
const FOOD_TEXT = /吃|喝|饭|菜|肉|汤|面条|粥|外卖|送餐|口味|口感|咸|辣/;
/**
 * A lukewarm word about eating (吃着也就那样, 味道一般) in a food text is how the dish tastes, the
 * playbook's quality (bad-tasting food), not a hope unmet; elsewhere (a book, a phone) it stays
 * the expectation gap.
 */
const MEDIOCRE =
  /^(?:一般|一般般|一般吧|很一般|太一般|真心一般|真的很一般|也就那样|就那样|也就这样|不过如此|不咋地|不咋样|不怎么样|马马虎虎|差强人意|没什么特别|没什么特色|没啥特别)$/;
const EATING = /吃|喝|味|口感|菜|饭|肉|汤|面|粥|饼/;

/**
 * A thing lost or not found (找不到, 不见了) is the parcel's only when a delivery is named in the
 * text: "找不到驱动" or a missing egg in a meal is the goods, not the courier.
 */
const LOST = /^(?:找不到|不见了|丢了|丢失)$/;
/**
 * A box or a bag broken (盒子烂了, 包装摔坏, 外箱破了) in a text that names the delivery is damage in
 * transit (logistics); without a delivery it stays the goods' own packaging (quality).
 */
const PACKING = /包装|盒子|箱子|纸箱|外箱|兜子|袋子|包裹|外盒|泡沫箱|保温箱/;
const BROKEN = /烂|破|坏|摔|压|瘪|凹|裂|碎|拆/;
const BROKEN_EN =
  /^(?:broke|broken|cracked|cracks|shattered|smashed|snapped|leaked|leaking|leaks|dented|dent|crushed|torn|ripped|scratched|breakage)$/;
/**
 * A gift judged (难看, 跟没送差不多, 果然是赠品) is a hope unmet about what came; a gift missing (没有
 * 赠品, 赠品呢) is the listing's promise broken.
 */
const GIFT = /^(?:赠品|礼品|赠送的|送的)$/;
const GIFT_WORD = /赠品|礼品/;
const GIFT_JUDGED =
  /难看|丑|差(?!评)|一般|垃圾|不好|没用|鸡肋|廉价|劣质|果然|(?:跟|和|等于|相当于)没(?:送|有)/;
/**
 * A figure or a claim not reached (号称500万像素…达不到, 标称续航…根本没有) is measured against the
 * listing: the shortfall word goes to not_as_described when a claim or a figure is in its clause.
 */
const SHORTFALL = /^(?:达不到|没达到|没有达到)$/;
const CLAIMED = /号称|标称|宣称|宣传|标的|写的|说是|[0-9]/;
/**
 * Too big or too small (太小了, 偏大) is the listing's size for what is worn or fitted; for fruit or a
 * meal it is the goods falling short (quality: short portions, small fruit).
 */
const SIZE_WORD = /^(?:太小了|太大了|偏大|偏小|太小|太大)$/;
const WORN_TEXT = /衣|裤|裙|鞋|袜|帽|码|穿|套|戴|尺寸|号/;
const SMELL_OF = /味/;
const SOUND_OF = /声|音|噪/;
const ITCH = /^(?:痒|发痒|很痒)$/;
/**
 * A bare judgement (渣, 太差, 垃圾) whose clause starts with a person of the seller (客服非常渣) is
 * said of that person: the service, not the goods.
 */
const BARE_JUDGEMENT =
  /^(?:渣|很渣|太渣|垃圾|太垃圾|差劲|太差|很差|极差|非常差|不行|烂|很烂|太烂)$/;

/**
 * A device that worked at first and then lost its function (刚开始用还快，后来很慢; 使用两个月之后待机
 * 就大大缩短; 时不时自己关机) has a defect, whatever the words for what it lost: one complaint's
 * weight to quality in a text about a device.
 */
const DEGRADES_ZH =
  /(?:刚开始|一开始|开始|初期|起初|刚买|前几天|头几天)[^。！？!?\n]{0,16}(?:后来|之后|以后|过了|现在|没多久|没几天)[^。！？!?\n]{0,16}(?:慢|缩短|变短|变差|减慢|下降|不行|坏|卡|死机|关机|没电|不灵)|(?:自己|自动|时不时|动不动就?)(?:就|还|会)?(?:关|重启|黑屏|死机)(?:个)?机?/;
const DEGRADES = 1;

/**
 * Two clock times, the order's and the arrival's (11:20定的…13:20送到, 十点半订的…两点才到), are the
 * buyer measuring the delivery: one complaint's weight to logistics.
 */
const CLOCK =
  '(?:[0-9]{1,2}(?:[:：][0-9]{2}|点(?:半|[0-9]{1,2}分?)?)|[一二三四五六七八九十]{1,3}点半?)';
const ORDER_TO_ARRIVAL = new RegExp(
  `${CLOCK}[^。！？!?\\n]{0,4}(?:订|定|下单|下的单|点)[^。！？!?\\n]{0,24}${CLOCK}[^。！？!?\\n]{0,4}(?:送到|送来|到|送达|才来|来)`,
);
const CLOCKED = 1;

const GIVE_UP = /^(?:不要了|不想要了|不需要了|就不要了)$/;

/**
 * A queue (排队三个小时) is the venue's or the shop's wait, not a parcel's: the hours beside it are no
 * delivery (blind set 11).
 */
const QUEUE = /排队|排了|排长队/;
/**
 * "Invalid" (无效) of a code, a key, a ticket or a card is the system refusing it (序号显示无效), a
 * defect; of a cream or a pill it is the effect falling short (the lexicon's expectation).
 */
const INVALID = /^(?:无效|失效|没用)$/;
const CODE_TEXT = /激活码|兑换码|序号|序列号|卡密|key|验证码|票|会员|充值|账号|授权/;
/**
 * Expired (过期) against a term the listing promised (永久版, 有效期到年底, 一年会员) is the term not
 * kept, a mismatch; of food or cosmetics it is the goods' own date (quality).
 */
const EXPIRED = /^(?:过期|过期了|已过期|失效)$/;
const PROMISED_TERM = /永久|终身|有效期|年卡|季卡|月卡|一年|半年|lifetime/;
/**
 * "Not what I wanted" of a feel or an effect (不是我要的感觉, 不是我想要的效果) is the hope unmet; of a
 * colour, a model or an item it is the wrong goods (the lexicon's not_as_described).
 */
const NOT_MY_FEEL = /^(?:感觉|效果|那种感觉|风格|味道|质感|手感)/;

/** The clause of the text around [a, b) (to the nearest punctuation, at most 12 characters each way). */
function clauseAround(t: string, a: number, b: number): string {
  let i = a;
  while (i > 0 && a - i < 12 && !/[，,。.!！?？;；\n~]/.test(t[i - 1]!)) i--;
  let j = b;
  while (j < t.length && j - b < 12 && !/[，,。.!！?？;；\n~]/.test(t[j]!)) j++;
  return t.slice(i, j);
}
/** A word of the delivery itself (not 慢 or 时间, which a device has as well). */
const DELIVERY_WORD =
  /发货|送货|物流|快递|配送|送餐|派送|运输|到货|外卖员|骑手|快递员|送餐员|shipping|delivery/;
const DEVICE_TEXT =
  /手机|电脑|平板|笔记本|系统|内存|运行|开机|关机|死机|待机|充电|电池|电视|软件|处理器|cpu|网速|上网|[234]g的|wifi|屏幕|游戏/;
const LOOKS_ATTR = /^(?:颜色|款式|样式)$/;
const UGLY = /不好看|难看|丑|太土|很土|土气|俗气|老气/;
const SKIN_TEXT =
  /脸|皮肤|肤|妆|涂|抹|擦|敷|面膜|防晒|乳液|面霜|粉底|精华|洗面奶|水乳|护肤|毛孔|痘|头发|洗发/;

/**
 * A person of the seller or the maker judged ("the rep was clueless", "tech support was useless",
 * 客服一点用都没有) is the service, whatever the judging word: a hope-unmet term whose clause
 * starts with such a person goes to service. Not pronouns: "they" is as often the earbuds, and
 * "she" the mother the device was bought for.
 */
const PERSON =
  /^(?:rep|reps|representative|representatives|agent|agents|staff|support|tech support|technician|technicians|tech|techs|customer service|customer support|seller|客服|售后|工作人员|服务员|前台|店家|商家|卖家|老板|师傅|安装师傅)$/;

/**
 * A complaint term that the rest of its clause praises ("骑手态度好", "送货上门又准时", "service
 * was great") names the topic being judged, not a complaint: the judgement that follows it in the
 * clause decides, and it is positive.
 */
function praisedAfter(s: Scored, k: number): boolean {
  const j = k + 1;
  return (
    j < s.matches.length &&
    s.clause[j] === s.clause[k] &&
    s.contrib[j]! > 0 &&
    s.matches.start[j]! - s.matches.end[k]! <= 2
  );
}

export function findCauses(s: Scored, nm: Norm, docNegative: boolean): CauseHit[] {
  // Per clause: where the first person of the seller or the maker is named (see PERSON).
  const personAt = new Map<number, number>();
  for (let k = 0; k < s.matches.length; k++) {
    const c = s.clause[k]!;
    if (personAt.has(c)) continue;
    if (PERSON.test(nm.t.slice(s.matches.start[k], s.matches.end[k]))) personAt.set(c, k);
  }
  const food = FOOD_TEXT.test(nm.t);
  // Whether the text is about a device and names no delivery (read once, when first needed).
  let deviceOnly: boolean | undefined;
  const isDeviceOnly = (): boolean =>
    (deviceOnly ??=
      !food &&
      DEVICE_TEXT.test(nm.t) &&
      !DELIVERY_WORD.test(nm.t) &&
      !/到货|收到|发来|寄|送到|送来|等了|才到|下单|下的单/.test(nm.t));
  const skin = SKIN_TEXT.test(nm.t);
  let mealOnly: boolean | undefined;
  const meal = (): boolean =>
    (mealOnly ??= (food || /味道|好吃|难吃/.test(nm.t)) && !skin && !DEVICE_TEXT.test(nm.t));
  // A refund or a return named and no parcel of goods (货 other than 退货/换货, 包裹, 寄).
  let refundText: boolean | undefined;
  const refundOnly = (): boolean =>
    (refundText ??= REFUND_ZH.test(nm.t) && !/(?<![退换])货|包裹|寄|收到/.test(nm.t));
  let delivered: boolean | undefined;
  const hasDelivery = (): boolean => (delivered ??= DELIVERY_WORD.test(nm.t));
  // Per clause: whether a delivery word (other than a duration) or a service word is in it.
  const delivery = new Set<number>();
  const serviceNamed = new Set<number>();
  for (let k = 0; k < s.matches.length; k++) {
    const info = infoAt(s.matches, k);
    const c = s.clause[k]!;
    const text = nm.t.slice(s.matches.start[k], s.matches.end[k]);
    if (
      (info.strong.includes('logistics') || info.aspect.includes('logistics')) &&
      !DURATION.test(text) &&
      !WAITING.test(text)
    )
      delivery.add(c);
    if (info.strong.includes('service') || info.aspect.includes('service')) serviceNamed.add(c);
  }
  // The sentence before match k, at most n characters, with the match itself.
  const before = (k: number, n: number): string => {
    const a = s.matches.start[k]!;
    let i = a;
    while (i > 0 && a - i < n && !/[。.!！?？\n]/.test(nm.t[i - 1]!)) i--;
    return nm.t.slice(i, s.matches.end[k]);
  };
  // Whether the goods tell of a function lost after a while (see DEGRADES_ZH), read once: not a
  // meal, not skin care (an effect that fades is the hope unmet) and no delivery in the story.
  const fade =
    s.matches.length > 0 && !food && !skin && !hasDelivery() ? DEGRADES_ZH.exec(nm.t) : null;
  // A promise of the seller or the staff left unkept (see PROMISE_UNKEPT_ZH), and an item left out
  // of a meal order (LEFT_OUT_ZH), read once.
  const promise = PROMISE_UNKEPT_ZH.exec(nm.t);
  const leftOut = MEAL_ZH.test(nm.t) ? LEFT_OUT_ZH.exec(nm.t) : null;
  // A box the transit damaged (TRANSIT_DAMAGE_ZH, BROUGHT_DAMAGED_ZH): the breakage told after it is
  // the transit's (黑猫送来纸箱都破了，里面的杯子碎了).
  // So is a box broken with the goods inside unharmed (BOX_ONLY_DAMAGED_ZH, blind set 12): its
  // breakage words are the box's, and only the transit can have done that.
  const transit =
    TRANSIT_DAMAGE_ZH.exec(nm.t) ?? BROUGHT_DAMAGED_ZH.exec(nm.t) ?? BOX_ONLY_DAMAGED_ZH.exec(nm.t);
  const transitEn = TRANSIT_DAMAGE_EN.test(nm.t);
  const inside = (m: RegExpExecArray | null, k: number): boolean =>
    m !== null && s.matches.start[k]! >= m.index && s.matches.start[k]! < m.index + m[0].length;
  // A use, then a failure (用了两个小时就没电了): the time inside it measures how soon the goods failed.
  const usedFailed = USED_THEN_FAILED_ZH.exec(nm.t);
  // A claim of the listing, then what came (页面说静音 结果噪音大): the clause after the claim is
  // measured against it, read once.
  const claim = CLAIM_THEN_RESULT_ZH.exec(nm.t);
  const claimEnd = claim ? claim.index + claim[0].length : -1;
  // A fit claimed, then the fit failing (客服一直说能装 结果装不上): the failure is the claim's.
  const fit = FIT_CLAIM_ZH.exec(nm.t);
  const inResult = (k: number): boolean => {
    if (!claim) return false;
    const a = s.matches.start[k]!;
    if (a < claimEnd) return false;
    const rest = nm.t.slice(claimEnd, a);
    return !/[。.!?;\n]/.test(rest) && rest.length <= 16;
  };
  const causesOf = (k: number, list: Cause[]): Cause[] => {
    const c = s.clause[k]!;
    const text = nm.t.slice(s.matches.start[k], s.matches.end[k]);
    // The waiting inside a promise unkept (说马上安排人来修，等了两个小时也没人来) measures the staff's
    // conduct, not a delivery.
    if (list.includes('logistics') && inside(promise, k))
      return [...new Set(list.map((x) => (x === 'logistics' ? 'service' : x)))];
    // The seller's words blaming the buyer (客服还说是我自己填错, 还说是我自己摔的) are the seller's
    // conduct, not the buyer owning a mistake.
    if (
      list.includes('buyer_remorse') &&
      /(?:说|怪|赖|认定|咬定)(?:是)?$/.test(
        nm.t.slice(Math.max(0, s.matches.start[k]! - 4), s.matches.start[k]!),
      )
    )
      return ['service'];
    // The product set aside by the buyer ("this is not about the product") names no defect; and
    // wrapping torn or crushed in a story of the delivery is the transit's.
    if (list.includes('quality')) {
      const before16 = nm.t.slice(Math.max(0, s.matches.start[k]! - 16), s.matches.start[k]!);
      if (/\bnot (?:about|with|the fault of) (?:the|this)\s*$/.test(before16)) return [];
      if (
        /^(?:torn|crushed|dented|ripped|soaked|smashed)$/.test(text) &&
        /\b(?:box|package|packaging|wrap|parcel|envelope)\b/.test(before16) &&
        /\b(?:tracking|courier|carrier|delivery|shipping|showed up|arrived)\b/.test(nm.t)
      )
        return [...new Set(list.map((x) => (x === 'quality' ? 'logistics' : x)))];
    }
    // The time inside a use-then-failure story is the defect's (see usedFailed).
    if (inside(usedFailed, k) && (list.includes('logistics') || list.includes('expectation')))
      return ['quality'];
    // What the result clause after a listing claim says is the mismatch's evidence (see claim).
    if (
      inResult(k) &&
      (list.includes('quality') || list.includes('expectation') || list.includes('logistics'))
    )
      return ['not_as_described'];
    if (inside(fit, k) && (list.includes('quality') || list.includes('expectation')))
      return ['not_as_described'];
    // A difference (不一样) in a text about a refund and no goods is the seller's reasons changing
    // (理由每次都不一样), the service, not the goods against the listing.
    if (list.includes('not_as_described') && refundOnly() && /不一样|不同/.test(text))
      return ['service'];
    // What was promised decides (blind set 13): the seller's own work promised (说好的免费安装呢) is
    // the service broken, not the listing.
    if (
      list.includes('not_as_described') &&
      SERVICE_PROMISED_ZH.test(text) &&
      SERVICE_ACT_ZH.test(nm.t.slice(s.matches.end[k]!, s.matches.end[k]! + 6))
    )
      return ['service'];
    // Set against the genuine article ("nothing like the real one"), the goods are a fake: a defect.
    if (
      list.includes('not_as_described') &&
      /^(?:nothing like the|not the same|looks nothing like)/.test(text) &&
      GENUINE_AFTER.test(nm.t.slice(s.matches.end[k]!, s.matches.end[k]! + 20))
    )
      return [...new Set(list.map((x) => (x === 'not_as_described' ? 'quality' : x)))];
    // The two of a pair unlike each other (两只鞋颜色深浅不一样) are compared with each other, not with
    // the listing: the goods were made unevenly.
    if (list.includes('not_as_described')) {
      const around = clauseAround(nm.t, s.matches.start[k]!, s.matches.end[k]!);
      if (PAIR_ZH.test(around) && /不一样|不一致|不同|深浅/.test(around))
        return [...new Set(list.map((x) => (x === 'not_as_described' ? 'quality' : x)))];
    }
    if (list.includes('expectation') && INVALID.test(text) && CODE_TEXT.test(nm.t))
      return ['quality'];
    if (list.includes('quality') && EXPIRED.test(text) && PROMISED_TERM.test(nm.t))
      return ['not_as_described'];
    if (
      list.includes('not_as_described') &&
      /不是我(?:想)?要的$/.test(text) &&
      NOT_MY_FEEL.test(nm.t.slice(s.matches.end[k]!))
    )
      return ['expectation'];
    if (
      list.includes('logistics') &&
      QUEUE.test(clauseAround(nm.t, s.matches.start[k]!, s.matches.end[k]!)) &&
      !DELIVERY_WORD.test(nm.t)
    )
      return list.filter((x) => x !== 'logistics');
    // A dish or a drink left out of a meal order (少送了一份饭) is the order's contents differing
    // from what was ordered, not a part missing from goods.
    if (
      list.includes('quality') &&
      transit &&
      s.matches.start[k]! >= transit.index &&
      BROKEN.test(text)
    )
      return [...new Set(list.map((x) => (x === 'quality' ? 'logistics' : x)))];
    // In English the parcel's damage is often told after the breakage ("frame snapped, the box
    // looked like it had been run over"): with TRANSIT_DAMAGE_EN anywhere, breakage words are the
    // transit's (blind set 12, checking half opened).
    if (list.includes('quality') && transitEn && BROKEN_EN.test(text))
      return [...new Set(list.map((x) => (x === 'quality' ? 'logistics' : x)))];
    if (list.includes('quality') && inside(leftOut, k))
      return [...new Set(list.map((x) => (x === 'quality' ? 'not_as_described' : x)))];
    // The slowness or the fault inside that story is the defect's evidence.
    if (
      fade &&
      s.matches.start[k]! >= fade.index &&
      s.matches.start[k]! < fade.index + fade[0].length &&
      (list.includes('expectation') || list.includes('logistics'))
    )
      return ['quality'];
    if (list.includes('logistics') && LOST.test(text) && !hasDelivery())
      return list.filter((x) => x !== 'logistics');
    // In a meal text the speed is the delivery's (速度慢味道差), never a device's.
    if (meal() && list.includes('expectation') && /速度|慢/.test(text))
      return [...new Set(list.map((x) => (x === 'expectation' ? 'logistics' : x)))];
    if (list.includes('quality') && hasDelivery()) {
      const around = clauseAround(nm.t, s.matches.start[k]!, s.matches.end[k]!);
      if (PACKING.test(around) && BROKEN.test(around))
        return [...new Set(list.map((x) => (x === 'quality' ? 'logistics' : x)))];
    }
    if (list.includes('not_as_described')) {
      const around = clauseAround(nm.t, s.matches.start[k]!, s.matches.end[k]!);
      if ((GIFT.test(text) || GIFT_WORD.test(before(k, 16))) && GIFT_JUDGED.test(around))
        return [...new Set(list.map((x) => (x === 'not_as_described' ? 'expectation' : x)))];
    }
    if (
      food !== skin &&
      (list.includes('quality') || list.includes('expectation')) &&
      SENSORY.test(text)
    )
      return [food ? 'quality' : 'expectation'];
    if (
      food &&
      !skin &&
      list.length === 1 &&
      list[0] === 'expectation' &&
      MEDIOCRE.test(text) &&
      EATING.test(clauseAround(nm.t, s.matches.start[k]!, s.matches.end[k]!))
    )
      return ['quality'];
    // A colour or a style judged for its looks (颜色不好看, 款式太土) is the buyer's taste, not a
    // mismatch with the listing (that is 色差, 和图片不一样).
    if (
      list.length === 1 &&
      list[0] === 'not_as_described' &&
      LOOKS_ATTR.test(text) &&
      UGLY.test(clauseAround(nm.t, s.matches.start[k]!, s.matches.end[k]!))
    )
      return ['expectation'];
    const who = personAt.get(c);
    if (who !== undefined && who < k && list.length === 1 && list[0] === 'expectation')
      return ['service'];
    if (who !== undefined && who < k && list.includes('quality') && BARE_JUDGEMENT.test(text))
      return ['service'];
    if (list.includes('expectation') && SHORTFALL.test(text)) {
      if (CLAIMED.test(before(k, 16))) return ['not_as_described'];
    }
    if (list.includes('not_as_described') && SIZE_WORD.test(text)) {
      // 味道太大, 声音太小: the strength of a smell or a sound, not a size (the words around it
      // name what is wrong).
      const before = nm.t.slice(Math.max(0, s.matches.start[k]! - 3), s.matches.start[k]!);
      if (SMELL_OF.test(before) || SOUND_OF.test(before)) return [];
      if (food && !WORN_TEXT.test(nm.t)) return ['quality'];
    }
    // An itch from what is worn (穿着痒) is the material; on the scalp or the face it is the effect.
    if (list.includes('expectation') && ITCH.test(text) && WORN_TEXT.test(nm.t) && !skin)
      return ['quality'];
    // Speed beside a delivery word (发货速度太慢) is the delivery's, not the device's.
    if (
      list.includes('expectation') &&
      /速度|慢/.test(text) &&
      DELIVERY_WORD.test(clauseAround(nm.t, s.matches.start[k]!, s.matches.end[k]!))
    )
      return [...new Set(list.map((x) => (x === 'expectation' ? 'logistics' : x)))];
    // Slowness in a text about a device and not about any delivery (运行速度太慢，内存也小) is the
    // device's speed, the expectation gap.
    if (list.includes('logistics') && /慢|速度/.test(text) && isDeviceOnly())
      return [...new Set(list.map((x) => (x === 'logistics' ? 'expectation' : x)))];
    // 没送上门, 没送到 beside the courier is the delivery, not a promised gift missing.
    if (
      list.includes('not_as_described') &&
      /没送|不送|未送/.test(text) &&
      COURIER_NAMED.test(clauseAround(nm.t, s.matches.start[k]!, s.matches.end[k]!))
    )
      return [...new Set(list.map((x) => (x === 'not_as_described' ? 'logistics' : x)))];
    // A judgement of a person in a clause about the courier and no one of the seller ("the
    // delivery guy was rude") is the delivery's, not the seller's service.
    if (list.includes('service') && !list.includes('logistics')) {
      const around = clauseAround(nm.t, s.matches.start[k]!, s.matches.end[k]!);
      const who = nm.t.slice(Math.max(0, s.matches.start[k]! - 30), s.matches.start[k]!);
      if (COURIER_EN.test(who) && !SELLER_EN.test(around) && COURIER_EN.test(around + who))
        return [...new Set(list.map((x) => (x === 'service' ? 'logistics' : x)))];
      // The same in Chinese (快递小哥态度恶劣): the courier named just before, no one of the seller.
      const whoZh = nm.t.slice(Math.max(0, s.matches.start[k]! - 8), s.matches.start[k]!);
      if (COURIER_NAMED_ZH.test(whoZh) && !SELLER_NAMED_ZH.test(whoZh + around))
        return [...new Set(list.map((x) => (x === 'service' ? 'logistics' : x)))];
    }
    if (!list.includes('logistics')) return list;
    // The pace of a story (节奏太慢, 剧情拖沓) is the book's or the film's, not the delivery's: what the
    // reader hoped for.
    if (
      /慢|拖/.test(text) &&
      /节奏|剧情|情节|叙事|故事|进展/.test(
        nm.t.slice(Math.max(0, s.matches.start[k]! - 4), s.matches.start[k]!),
      )
    )
      return [...new Set(list.map((x) => (x === 'logistics' ? 'expectation' : x)))];
    // Slowness or waiting in a clause that names the service and no delivery (客服回消息太慢) is
    // the service's; so is every waiting word in a text about a refund or a return that names no
    // delivery at all (退款拖了半个月还没到账，催了五六次).
    if (
      (serviceNamed.has(c) &&
        /慢|久|拖|slow/.test(text) &&
        !DELIVERY_WORD.test(clauseAround(nm.t, s.matches.start[k]!, s.matches.end[k]!))) ||
      (refundOnly() && !hasDelivery())
    )
      return [...new Set(list.map((x) => (x === 'logistics' ? 'service' : x)))];
    // In a meal text the hours are the delivery's (两个小时之久？就这速度): the food is brought.
    if (DURATION.test(text) && !delivery.has(c) && !meal())
      return list.filter((x) => x !== 'logistics');
    if (WAITING.test(text) && serviceNamed.has(c) && !delivery.has(c))
      return [...new Set(list.map((x) => (x === 'logistics' ? 'service' : x)))];
    return list;
  };
  const score = new Map<Cause, number>();
  const aspectSum = new Map<Cause, number>();
  const evidence = new Map<Cause, string[]>();
  const spans = new Map<Cause, [number, number][]>();
  const add = (cause: Cause, v: number, k: number): void => {
    score.set(cause, (score.get(cause) ?? 0) + v);
    let ev = evidence.get(cause);
    let sp = spans.get(cause);
    if (!ev || !sp) {
      ev = [];
      sp = [];
      evidence.set(cause, ev);
      spans.set(cause, sp);
    }
    // The score keeps counting; the evidence shown stops at MAX_EVIDENCE (a long text repeating a
    // complaint would otherwise make the dedup below quadratic and the result as long as the text).
    if (sp.length >= MAX_EVIDENCE) return;
    const at = rawSpan(nm, s.matches.start[k]!, s.matches.end[k]!);
    sp.push(at);
    const text = nm.raw.slice(at[0], at[1]);
    if (!ev.includes(text)) ev.push(text);
  };
  // A cue read from the text's structure (not from one term) adds to a cause with its span as evidence.
  const cue = (cause: Cause, v: number, m: RegExpExecArray): void => {
    const at = rawSpan(nm, m.index, m.index + m[0].length);
    score.set(cause, (score.get(cause) ?? 0) + v);
    const ev = evidence.get(cause) ?? [];
    const sp = spans.get(cause) ?? [];
    const text = nm.raw.slice(at[0], at[1]);
    // Bounded like add(): a cue beside 32 repeated complaints shows no 33rd span.
    if (sp.length < MAX_EVIDENCE) {
      if (!ev.includes(text)) ev.push(text);
      sp.push(at);
    }
    evidence.set(cause, ev);
    spans.set(cause, sp);
  };
  for (let k = 0; k < s.matches.length; k++) {
    const raw = infoAt(s.matches, k);
    if (raw.strong.length === 0 && raw.aspect.length === 0) continue;
    const info = { ...raw, strong: causesOf(k, raw.strong), aspect: causesOf(k, raw.aspect) };
    if (info.strong.length === 0 && info.aspect.length === 0) continue;
    const w = s.weight[k]!;
    const clauseScore = s.clauseScore[s.clause[k]!]!;
    if (
      info.strong.length > 0 &&
      !s.negated[k] &&
      s.contrib[k]! <= 0 &&
      clauseScore < 0.5 &&
      !praisedAfter(s, k)
    ) {
      // Several causes on one term (e.g. 太慢) share the credit.
      const share = (STRONG * severity(info.w)) / info.strong.length;
      for (const c of info.strong) add(c, share * w * (c === 'buyer_remorse' ? OWN_FAULT : 1), k);
      continue;
    }
    if (info.aspect.length > 0) {
      let v = 0;
      if (clauseScore < 0) v = ASPECT;
      else if (clauseScore === 0 && docNegative) v = ASPECT_NEUTRAL;
      if (v > 0) {
        const generic = GENERIC_ITEM.test(nm.t.slice(s.matches.start[k], s.matches.end[k]));
        const share = (v * (generic ? GENERIC_WEIGHT : 1)) / info.aspect.length;
        for (const c of info.aspect) {
          const used = aspectSum.get(c) ?? 0;
          const val = Math.min(share * w, ASPECT_CAP - used);
          if (val <= 0) continue;
          aspectSum.set(c, used + val);
          add(c, val, k);
        }
      }
    }
  }
  const clocked = ORDER_TO_ARRIVAL.exec(nm.t);
  if (clocked) cue('logistics', CLOCKED, clocked);
  if (fade) cue('quality', DEGRADES, fade);
  // Structure read from the whole text (cause-words.ts): what is compared with, who acted, how
  // soon the goods failed.
  for (const c of structureCues(nm.t)) cue(c.cause, c.weight, c.m);
  const out: CauseHit[] = [];
  for (const [cause, v] of score) {
    out.push({
      cause,
      score: Math.round(v * 1000) / 1000,
      evidence: evidence.get(cause) ?? [],
      spans: spans.get(cause) ?? [],
    });
  }
  out.sort((a, b) => b.score - a.score);
  // Giving the order up (不要了) after naming what went wrong is that problem's consequence, not the
  // buyer's own change of mind: it stays buyer_remorse only when nothing else is named.
  const remorse = out.findIndex((h) => h.cause === 'buyer_remorse');
  if (
    remorse >= 0 &&
    out.length > 1 &&
    out[remorse]!.evidence.every((e) => GIVE_UP.test(normalizeText(e).t))
  )
    out.splice(remorse, 1);
  return out;
}
