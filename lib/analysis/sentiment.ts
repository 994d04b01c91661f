import { infoAt, scan, type Matches, type TermInfo } from './lexicon';
import { normalizeText, rawCodeAt, type Norm } from './normalize';
import type { Sentiment } from './types';

/** A Latin letter or digit (an English full stop follows one). */
const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** Negative evidence weighs a little more than praise: complaints are often wrapped in politeness. */
const NEG_BIAS = 1.0;
/** Weight of what precedes a "but" and of what follows it. */
const BEFORE_BUT = 0.6;
const AFTER_BUT = 1.5;
const CONCESSIVE = 0.6;
/** After a mild "but" (就是…, "only thing"): the minor complaint weighs a little less than usual. */
const AFTER_SOFT = 0.8;
const INTENS = 1.4;
/** Praise at least this strong before an English "but" is not turned by mild reservations after it. */
const STRONG_PRAISE = 1.6;
const DOWNTONE = 0.6;
/** Below this absolute text score a given star rating decides the polarity. */
const WEAK_TEXT = 1.5;

export interface Scored {
  matches: Matches;
  // Per-match and per-clause values are typed arrays: V8 gives a plain array preallocated with
  // more than about 16,000 slots slow dictionary elements, which made long texts (100k
  // characters, 30k matches) superlinear.
  /** Signed sentiment contribution of each match after negation, contrast and intensity. */
  contrib: Float64Array;
  /** 1 where the match was negated. */
  negated: Uint8Array;
  /** Clause index of each match. */
  clause: Int32Array;
  /** Contrast weight of each match (×1.5 after a "but", ×0.6 before it). */
  weight: Float64Array;
  /** Sum of contributions per clause. */
  clauseScore: Float64Array;
  total: number;
  /** Number of sentiment-bearing matches. */
  hits: number;
  angerHits: number;
}

function isClauseBreak(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  switch (c) {
    case 10: // \n
    case 13:
    case 33: // !
    case 44: // ,
    case 46: // .
    case 58: // :
    case 59: // ;
    case 63: // ?
    case 0x3002: // 。
    case 0x3001: // 、
    case 0x2026: // …
    case 0x7e: // ~
    case 0x301c:
      return true;
    case 32: {
      // A space separates clauses in Chinese text (not between two Latin words).
      const p = i > 0 ? t.charCodeAt(i - 1) : 32;
      const n = i + 1 < t.length ? t.charCodeAt(i + 1) : 32;
      return p > 0x2e80 || n > 0x2e80;
    }
    default:
      return false;
  }
}

/** Chinese question particles: an ASCII "?" after them is a real question. */
const QUESTION_PARTICLE = /[吗嗎呢么麼啊吧嘛呀]/;

/**
 * Whether a "?" match carries no sentiment: the second and later marks of a run count once, and an
 * ASCII "?" glued to a Han character is usually an emoji or symbol that lost its encoding (Chinese
 * input methods type the full-width ？), unless it follows a question particle.
 */
function mutedQuestionMark(nm: Norm, start: number): boolean {
  const t = nm.t;
  if (start > 0 && t.charCodeAt(start - 1) === 63) return true;
  if (rawCodeAt(nm, start) !== 63 || start === 0) return false;
  const p = t.charCodeAt(start - 1);
  return p >= 0x3400 && p < 0xa000 && !QUESTION_PARTICLE.test(t[start - 1]!);
}

/** The "but" words that turn to another subject (not 却/结果/总之, which go on with the same one). */
const TURN = /^(?:不过|但是|但|可是|可|\bbut\b|\bhowever\b|\bthough\b)/;
/** Someone or something beside the goods: delivery, courier, packing, staff. */
const ASIDE =
  /送餐|配送|送货|送的|送得|快递|物流|小哥|骑手|外卖员|送餐员|快递员|师傅|速度|包装|服务|态度|客服|店家|老板|辛苦|\b(?:delivery|shipping|shipped|courier|driver|packag\w*|seller|support|customer service|staff)\b/;
/** The goods themselves: when the turn names them, it is a real verdict. */
const GOODS =
  /吃|喝|味|菜|饭|肉|汤|面|粥|质量|东西|产品|商品|做工|效果|书|内容|衣服|手机|机器|房间|\b(?:product|item|quality|it works|works|sound|screen|battery|phone|device|taste|food)\b/;

/**
 * A turn that says the problem was put right ("but support fixed it in minutes", 但是客服很快就解决了)
 * is the end of the story, not praise of someone beside the goods.
 */
const RESOLVED =
  /解决|处理好|修好|换了新|\b(?:fixed|resolved|solved|sorted|replaced|got it working)\b/;

/** Buying or ordering again (denied, the buyer's verdict). */
const REPURCHASE = /\b(?:buy|purchase|order)\b.*\bagain\b|^会回购$|^回购$/;

/** What the buyer is owed back: negated, it is refused, and stays a complaint. */
const REMEDY =
  /^(?:退|退了|退掉|退货|退款|换货|补发|赔偿|补偿|refund|refunded|return|returned|exchange|replacement|replace)$/;

/** Words of degree that praise only when what they qualify does (see scoreText). */
const DEGREE_ONLY = /^(?:明显|很明显|非常明显|特别明显|noticeable|obvious|obviously)$/;

/** "anything but 'stop'", "nothing but trouble": "but" means "except" here, not a turn. */
const BUT_EXCEPT = /\b(?:anything|everything|nothing|all)\s+$/;
function butExcept(t: string, matches: Matches, k: number): boolean {
  const st = matches.start[k]!;
  return t.startsWith('but', st) && BUT_EXCEPT.test(t.slice(Math.max(0, st - 12), st));
}

/** Whether match k is an English "though" that closes its clause ("the bass is weak though."). */
function afterthought(t: string, matches: Matches, k: number, info: TermInfo): boolean {
  if (!(info.contrast && info.concessive && info.bStart)) return false;
  let e = matches.end[k]!;
  while (e < t.length && t.charCodeAt(e) === 32) e++;
  return e >= t.length || /[.,!?;:)\n]/.test(t[e]!);
}

/**
 * An English negation does not reach into a clause of its own that a wh-word opens ("I have no
 * idea how I lived without it", "I don't know what I'd do without it"): that is what is not known.
 */
const WH_CLAUSE = /\b(?:how|what|why|where|who|when|whether|which)\b/;

const NEG_GAP_ZH = 3;
const NEG_GAP_EN = 14;

/**
 * Praise under a wish, a hope or a duty ("I wanted to love it", "was supposed to be easy", "I
 * thought it would be great") is what the buyer hoped for, not what came: it counts the other way.
 * Only past or irrealis forms: "I hope to buy another" is an intent.
 */
const IRREALIS_PRAISE =
  /\b(?:wanted|hoped|hoping|wished|expected|expecting|supposed|meant|tried|trying|thought (?:it|this|they|i|we) (?:would|'d|might))\s+(?:(?:it|this|them|so|badly|really|hard|to|be|have|just|totally|actually|so much|for|a|an|much)\s+){0,3}$/;
/**
 * A fear named before the goods came ("I expected to hate this", "thought it would be hard") is
 * the setup of a pleasant surprise, not a complaint: it counts the other way.
 */
const IRREALIS_FEAR =
  /\b(?:expected|expecting|(?<!\b(?:i'm|im|i am|we're|we are) )afraid|feared|worried|thought (?:it|this|they|i|we) (?:would|'d|might))\s+(?:(?:it|this|they|i|to|be|would|might|really|totally|just|a|an|another)\s+){0,4}$/;
/** Praise of matching the listing ("as advertised") right after a shortfall is its yardstick. */
const CONFORMITY = /^as (?:advertised|described|pictured|expected|promised|shown|stated|listed)$/;
/**
 * An English negation of knowing or believing ("I can't believe how good", "I don't know how I
 * managed") negates no quality: the negator carries no weight of its own.
 */
const COGNITION_AFTER =
  /^\s+(?:even\s+)?(?:believe|imagine|describe|explain|express|tell you|say)\s+(?:how|what|just how)\b/;
/**
 * A Chinese praise word fronted as the topic of its own refusal (好评是不可能好评的, 满意是不会满意的)
 * is not asserted: the comment that follows it says what the buyer thinks.
 */
const FRONTED_REFUSAL = /^是(?:不|没|绝对不|肯定不|永远不)/;
/** A doubled negation frame (不咸不淡, 不冷不热, 没完没了): each negator reaches only its own character. */
const NEG_FRAME = /([不没])[\u4e00-\u9fff]\1[\u4e00-\u9fff]/g;
/**
 * 🙂 is read as a cold, dismissive smile in Chinese writing (呵呵🙂): beside Han text it praises
 * nothing.
 */
const COLD_SMILE = '🙂';
const HAN = /[\u3400-\u9fff]/;
/**
 * A "never again" whose object is the other brands (以后不会再买别的牌子, 再也不用其他的) is loyalty to
 * this one: praise.
 */
const OTHER_BRANDS = /^(?:买|用|换|点|选|去)?(?:别的|其他|其它|别家|别人家)/;
/** Not a function of the device stopping ("no more working", "no longer charging"). */
const RELIEF =
  /\b(?:no more|no longer (?:have|need) to|don'?t (?:have|need) to \w+ (?:\w+ )?any ?more) (?!(?:working|charging|playing|connecting|responding|functioning|loading|streaming|turning)\b)\w+ing\b/g;
const RELIEF_W = 1.2;
const ONLY_FAULT =
  /\b(?:the|my) only (?:downside|complaint|issue|problem|con|gripe|negative|drawback|flaw)\b|唯一的(?:缺点|不足|问题)|美中不足/;
const ONLY_FAULT_W = 1.0;

/** Scores a text (normalised here unless given as a Norm, see normalize.ts). */
export function scoreText(input: Norm | string): Scored {
  const nm = typeof input === 'string' ? normalizeText(input) : input;
  const t = nm.t;
  const matches = scan(t);
  const m = matches.length;
  const framed = new Set<number>();
  if (t.includes('不') || t.includes('没'))
    for (const f of t.matchAll(NEG_FRAME)) framed.add(f.index).add(f.index + 2);
  const han = HAN.test(t);
  const contrib = new Float64Array(m);
  const negated = new Uint8Array(m);
  const clause = new Int32Array(m);
  const weight = new Float64Array(m).fill(1);
  // Clause of each match.
  let ci = 0;
  let pos = 0;
  for (let k = 0; k < m; k++) {
    const ms = matches.start[k]!;
    while (pos < ms) {
      if (isClauseBreak(t, pos)) ci++;
      pos++;
    }
    const info = infoAt(matches, k);
    // A "but" word opens a new clause even without punctuation (质量还行但是物流太慢); a "though"
    // that closes its clause belongs to it.
    if (
      (info.contrast || info.softContrast) &&
      !afterthought(t, matches, k, info) &&
      !butExcept(t, matches, k) &&
      k > 0 &&
      clause[k - 1] === ci
    )
      ci++;
    clause[k] = ci;
    pos = Math.max(pos, ms);
  }
  const clauseScore = new Float64Array(ci + 1);
  // Contrast: count "but" words; matches before the last one weigh less, after it more.
  // "Though" is either way round: opening a clause ("great speaker, though the bass is weak") it
  // concedes, and that clause weighs less like any "although"; closing one ("the bass is weak
  // though") it marks that clause as the turn, weighed like what follows a "but".
  let lastContrast = -1;
  let lastSoft = -1;
  let afterClause = -1;
  for (let k = 0; k < m; k++) {
    const info = infoAt(matches, k);
    if (info.contrast && info.concessive && info.bStart) {
      if (afterthought(t, matches, k, info)) {
        lastContrast = k;
        afterClause = clause[k]!;
      }
    } else if (info.contrast && !butExcept(t, matches, k)) {
      lastContrast = k;
      afterClause = -1;
    } else if (info.softContrast) lastSoft = k;
  }
  // 难吃，不过送餐小哥很辛苦: a "but" that turns to praise the courier, the packing or the staff
  // praises someone else; the verdict on the goods stays where it was. Such a turn weighs like
  // the part before a "but", and what it follows keeps its full weight (tuning part: waimai
  // accuracy 85.4 -> 85.8%, no row the other way).
  let aside = false;
  if (lastContrast >= 0 && afterClause < 0) {
    const from = matches.end[lastContrast]!;
    let to = from;
    while (to < t.length && !/[。！!？?\n]/.test(t[to]!)) to++;
    const tail = t.slice(from, to);
    const word = t.slice(matches.start[lastContrast]!, from);
    // Only praise turns aside: 但是物流太慢 is a complaint of its own and keeps the "but" weight.
    let praise = false;
    let blame = false;
    for (let k = lastContrast + 1; k < m && matches.start[k]! < to; k++) {
      const info = infoAt(matches, k);
      if (!info.hasW || info.w === 0) continue;
      if (info.w > 0) praise = true;
      else blame = true;
    }
    aside =
      praise &&
      !blame &&
      TURN.test(word) &&
      ASIDE.test(tail) &&
      !GOODS.test(tail) &&
      !RESOLVED.test(tail);
  }

  // A mild English complaint after a "but" that follows clear praise ("Love it, but the cord is a
  // bit short", "It's great but the sound is low") is a reservation, not the verdict turned: both
  // sides keep their weight. A strong complaint or a defect after it ("but it stopped working")
  // still turns it (tuning: alexa 95.8 -> 96.4%, negF1 78.2 -> 80.4%; uci unchanged).
  let mildTurn = false;
  if (lastContrast >= 0 && afterClause < 0 && !aside && infoAt(matches, lastContrast).bStart) {
    let strongPraise = false;
    let strongBlame = false;
    let blame = false;
    for (let k = 0; k < m; k++) {
      const info = infoAt(matches, k);
      if (!info.hasW || info.w === 0) continue;
      if (k < lastContrast && info.w >= STRONG_PRAISE) strongPraise = true;
      if (k > lastContrast && info.w < 0) {
        blame = true;
        if (info.w <= -1.8 || info.strong.length > 0) strongBlame = true;
      }
      // "…but I don't think I'd buy it again": a repurchase denied is a verdict, not a reservation.
      if (
        k > lastContrast &&
        info.w > 0 &&
        k > 0 &&
        infoAt(matches, k - 1).negator &&
        clause[k - 1] === clause[k] &&
        REPURCHASE.test(t.slice(matches.start[k]!, matches.end[k]!))
      )
        blame = strongBlame = true;
    }
    mildTurn = strongPraise && blame && !strongBlame;
  }

  // 没有图片上那么好看: what stands between the negator and 那么/这么 is the reference compared
  // with, not what is negated; the negation waits for the extender and reaches past it.
  const extAhead = new Uint8Array(m);
  let extSeen = -1;
  for (let k = m - 1; k >= 0; k--) {
    const info = infoAt(matches, k);
    if (info.scopeExt) extSeen = clause[k]!;
    else if (extSeen !== clause[k]) extSeen = -1;
    if ((info.negator || info.comparative) && extSeen === clause[k]) extAhead[k] = 1;
  }
  let negWaitsExt = false;
  let concessiveClause = -1;
  let negEnd = -1;
  let negClause = -1;
  // The open negation reaches to the end of its clause (不如…, 没有…那么…).
  let negFar = false;
  let intensEnd = -1;
  let downEnd = -1;
  let total = 0;
  let hits = 0;
  let angerHits = 0;
  let lastScored = -1;
  let negIdx = -1;
  for (let k = 0; k < m; k++) {
    const mkStart = matches.start[k]!;
    const mkEnd = matches.end[k]!;
    const info = infoAt(matches, k);
    if (info.anger) angerHits++;
    if (info.concessive && !afterthought(t, matches, k, info)) concessiveClause = clause[k]!;
    let w = 1;
    if (afterClause >= 0)
      w = k >= lastContrast ? 1 : clause[k] === afterClause ? AFTER_BUT : BEFORE_BUT;
    else if (lastContrast >= 0 && aside) w = k > lastContrast ? BEFORE_BUT : 1;
    else if (lastContrast >= 0 && mildTurn) w = 1;
    else if (lastContrast >= 0)
      w = k > lastContrast ? AFTER_BUT : k < lastContrast ? BEFORE_BUT : 1;
    if (lastSoft > lastContrast && k > lastSoft && w >= 1) w *= AFTER_SOFT;
    if (clause[k] === concessiveClause) w *= CONCESSIVE;
    weight[k] = w;
    const next = k + 1 < m ? infoAt(matches, k + 1) : undefined;
    // A word that both intensifies and praises (好 in 好慢) intensifies when glued to a sentiment word.
    const actsAsModifier =
      (info.intens || info.negator || info.downtoner) &&
      next !== undefined &&
      matches.start[k + 1]! - mkEnd <= (info.bStart ? 1 : 0) &&
      next.hasW &&
      next.w !== 0;
    const muted =
      (t.charCodeAt(mkStart) === 63 && mutedQuestionMark(nm, mkStart)) ||
      (han && t.slice(mkStart, mkEnd) === COLD_SMILE) ||
      (info.negator && info.bStart && COGNITION_AFTER.test(t.slice(mkEnd, mkEnd + 40))) ||
      (info.w > 0 && !info.bStart && FRONTED_REFUSAL.test(t.slice(mkEnd, mkEnd + 4)));
    if (info.hasW && info.w !== 0 && !actsAsModifier && !muted) {
      let v = info.w;
      const latin = info.bStart;
      const gap = latin ? NEG_GAP_EN : NEG_GAP_ZH;
      if (
        negEnd >= 0 &&
        !negWaitsExt &&
        negClause === clause[k] &&
        (negFar || mkStart - negEnd <= gap) &&
        !(latin && WH_CLAUSE.test(t.slice(negEnd, mkEnd)))
      ) {
        negated[k] = 1;
        // A remedy denied (没得退款, 不给换货, "no refund") is a complaint still, not its opposite.
        if (v < 0 && REMEDY.test(t.slice(mkStart, mkEnd))) v *= 1.2;
        else v = v > 0 ? -0.8 * v : -0.5 * v;
        negEnd = -1;
        // The negator's own weight ("don't", "aren't" read as a complaint when they stand alone) is
        // carried by what it negates: counted twice, "there aren't any dislikes" came out negative.
        // English only: a Chinese negator term (不太, 不怎么) is a lukewarm verdict of its own.
        if (negIdx >= 0 && latin && contrib[negIdx]! < 0) {
          const c = contrib[negIdx]!;
          total -= c;
          clauseScore[clause[negIdx]!]! -= c;
          contrib[negIdx] = 0;
          hits--;
        }
      }
      // 明显 says how strongly, not how well: after a complaint in its clause (酒精味很明显, 色差明显)
      // it is that complaint made plain, praise only after praise or alone (效果明显).
      if (
        v > 0 &&
        !negated[k] &&
        lastScored >= 0 &&
        clause[lastScored] === clause[k] &&
        contrib[lastScored]! < 0 &&
        DEGREE_ONLY.test(t.slice(mkStart, mkEnd))
      )
        v = -0.5 * v;
      // 明显是冻的: "obviously it is…" asserts, it praises no effect.
      else if (
        v > 0 &&
        !latin &&
        t.startsWith('是', mkEnd) &&
        DEGREE_ONLY.test(t.slice(mkStart, mkEnd))
      )
        v = 0;
      // Before a negation or a complaint (明显不是正品, 很明显偏小) it qualifies what follows.
      else if (
        v > 0 &&
        next !== undefined &&
        clause[k + 1] === clause[k] &&
        (next.negator || (next.hasW && next.w < 0)) &&
        DEGREE_ONLY.test(t.slice(mkStart, mkEnd))
      )
        v = 0;
      if (v < 0 && !latin && OTHER_BRANDS.test(t.slice(mkEnd, mkEnd + 5))) v = -0.6 * v;
      if (latin && !negated[k]) {
        const before = t.slice(Math.max(0, mkStart - 48), mkStart);
        if ((v > 0 && IRREALIS_PRAISE.test(before)) || (v < 0 && IRREALIS_FEAR.test(before)))
          v = -0.6 * v;
        else if (
          v > 0 &&
          lastScored >= 0 &&
          clause[lastScored] === clause[k] &&
          contrib[lastScored]! < 0 &&
          CONFORMITY.test(t.slice(mkStart, mkEnd))
        )
          v = -0.6 * v;
      }
      if (intensEnd >= 0 && mkStart - intensEnd <= (latin ? 1 : 0)) v *= INTENS;
      if (downEnd >= 0 && mkStart - downEnd <= (latin ? 1 : 0)) v *= DOWNTONE;
      if (v < 0) v *= NEG_BIAS;
      v *= w;
      contrib[k] = v;
      clauseScore[clause[k]!]! += v;
      total += v;
      hits++;
      lastScored = k;
    }
    if (info.negator && framed.has(mkStart) && mkEnd - mkStart === 1) {
      negEnd = -1;
    } else if (
      (info.negator || info.comparative) &&
      // "nothing but trouble" is only trouble: "nothing" negates nothing there.
      !(
        info.bStart &&
        t.startsWith('nothing', mkStart) &&
        /^\s+but\b/.test(t.slice(mkEnd, mkEnd + 5))
      )
    ) {
      negIdx = k;
      negEnd = mkEnd;
      negClause = clause[k]!;
      negFar = info.comparative;
      negWaitsExt = extAhead[k] === 1;
    } else if (info.scopeExt && negEnd >= 0 && negClause === clause[k]) {
      // 从来没吃过这么难吃的饺子, 没见过那么好用的: never having had one so bad is a superlative; the
      // quality after 这么 is asserted, not negated (the experiential 过 marks it).
      if (!info.bStart && t.slice(negEnd, mkStart).includes('过')) negEnd = -1;
      else negFar = true;
      negWaitsExt = false;
    }
    if (info.intens) intensEnd = mkEnd;
    if (info.downtoner) downEnd = mkEnd;
  }
  total += readStructure(t, matches, contrib, negated, clause, clauseScore);
  total += rhetorical(t, matches, contrib, clause, clauseScore);
  // A chore the product took away ("No more yelling across the house", "no longer have to get
  // up to switch the lights off") is relief: praise, though it names no quality.
  total += RELIEF_W * (t.match(RELIEF)?.length ?? 0);
  // "The only downside is the short cable": naming the one fault says the rest is fine, unless
  // that fault is a defect or a strong complaint ("my only complaint is that it stopped charging").
  if (ONLY_FAULT.test(t)) {
    let strongBlame = false;
    for (let k = 0; k < m && !strongBlame; k++)
      strongBlame =
        contrib[k]! <= -1.4 || (contrib[k]! < 0 && infoAt(matches, k).strong.length > 0);
    if (!strongBlame) total += ONLY_FAULT_W;
  }
  return { matches, contrib, negated, clause, weight, clauseScore, total, hits, angerHits };
}

// ---- Structure read after scoring (third blind set, tuning half; each kind has unit tests in
// sentiment-kinds-3.test.ts written with new sentences).

/** A return that almost happened ("I almost returned it the first day") did not happen. */
const NEAR_MISS_BEFORE =
  /\b(?:almost|nearly|was about to|was going to|was ready to|came close to|thought about|considered)\s+(?:\w+\s+)?$/;
const NEAR_MISS_ACT = /^(?:return|returned|returning|send|sent|sending)\b/;
/** "Glad I didn't": the negation is an ellipsis of a bad choice avoided, not a complaint. */
const GLAD_BEFORE =
  /\b(?:glad|happy|relieved|good thing|lucky|thankful|pleased)\s+(?:that\s+)?(?:i|we)\s+$/;
/** "I don't usually write reviews, but …": the negation is about reviewing; the verdict follows. */
const META_OPENER =
  /^(?:don't|do not|dont|never|didn't|did not)\s+(?:usually |normally |often |ever |really |typically )?(?:write|leave|post|do|bother with)\s+(?:reviews?|a review)\b/;
/**
 * An older unit that failed after years of use ("the old one died after five years, so I bought
 * this") tells of durability, not of a defect in the goods reviewed.
 */
const LONG_LIFE =
  /\b(?:after|in|for) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few) (?:good |solid |long )?years\b|\byears of (?:daily |heavy |constant |faithful |good )?(?:use|service)\b/;
/**
 * What the old or other one never did ("loud enough for the garage, which the old one never
 * was"): the negation is the rival's shortfall, a comparison in the product's favour.
 */
const RIVAL_NEVER =
  /\b(?:which|that|something|what) (?:the|my|our) (?:old|older|last|previous|other|first)\b[^.!?\n]{0,25}?\b(?:never|didn't|did not|wasn't|was not|couldn't|could not|can't|isn't)\b[^.!?\n]*/g;
/** "Not the worst purchase I've made, but close": the superlative stands, barely denied. */
const NOT_BUT_CLOSE =
  /\bnot (?:the|quite the|exactly the) (?:worst|best|greatest)\b[^.!?\n]{0,40}?,?\s*but (?:close|nearly|almost|not far off)\b/g;
/**
 * Function hedged by its frequency ("does what it says, mostly", "except when it doesn't", "works
 * when it works"): the praise is withdrawn by the hedge.
 */
const INTERMITTENT =
  /\b(?:except|unless|but only|only) when it (?:doesn't|does not|won't|isn't|wants to|feels like it)\b|\b(?:but only|only works?|works only) if (?:you|i|we)\b|\bworks? when it (?:works|feels like it|wants to)\b|\b(?:great|good|wonderful|fine|brilliant|perfect|fantastic|amazing|lovely|excellent)(?: [a-z]+)?,? (?:that is,? )?when it (?:works|does|decides to|bothers|wants to|feels like)\b|, (?:mostly|sometimes|occasionally|on and off|some days|half the time)[.!;]/;
const INTERMITTENT_W = 1.0;
/** Praise conceded with "I guess" / "I suppose" ("It works, I guess.") is grudging. */
const GRUDGING_AFTER = /^[\s,]*i (?:guess|suppose)\b/;
const GRUDGING = 0.3;
/**
 * Falling short of the listing or the advert ("just not the way the ad made it look", "not like
 * the pictures"): a complaint, even with no quality word.
 */
const LISTING_SHORTFALL =
  /\bnot (?:the way|how|what|like|as in|as) (?:the|it|they|its|in the|on the|it did in the)\s?(?:\w+ )?(?:ad|ads|advert|advertisement|description|listing|pictures?|photos?|video|commercial|box|website)\b/g;
const LISTING_SHORTFALL_W = 1.6;
/**
 * A mock complaint ("my only complaint is that I didn't buy two", "only regret is not buying it
 * sooner") is praise: no fault of the goods is named.
 */
const MOCK_COMPLAINT =
  /\b(?:only|biggest|one|my) (?:complaint|regret|problem|issue|gripe|criticism)\b[^.!?\n]{0,25}\b(?:i|we) (?:didn't|did not|hadn't|had not|waited|should have)\b[^.!?\n]{0,30}\b(?:sooner|earlier|two|more|another|ago)\b|\bonly regret is not\b/;
const MOCK_COMPLAINT_W = 1.6;
/**
 * Habitual use ("they use the timers every night", "we use it all day") says the product earned
 * its place; not with a negation, a stop or a past habit in the sentence.
 */
const HABITUAL_USE =
  /\b(?<!\b(?:you|what|which|that) )(?:use|uses|using)\b(?:\s+[a-z'’]+){0,6}?\s+(?:every (?:single )?(?:day|night|morning|evening)|all day|daily|all the time|constantly)\b/;
const HABIT_BLOCK =
  /\b(?:stopped|anymore|any more|used to|until|no longer|nobody|never|not|don't|doesn't|can't|won't|barely|hardly)\b|n't\b/;
const HABITUAL_W = 1.0;
/** A sceptic won over: "was against it / sceptical …, now …" (what follows "now" names no fault). */
const CONVERSION =
  /\b(?:was|were) (?:dead |very |really )?(?:against|sceptical|skeptical|unsure|doubtful|reluctant|not keen|not sure|not convinced|unconvinced)\b[^.!?\n]{0,60}?\bnow\b/;
const CONVERSION_W = 1.6;
/** Time words after a negated failure ("never had a dropout in six months") are its record. */
const DURATION = /^(?:days|weeks|month|months|years|hours)$/;
/**
 * 比想象中好太多了, 比预期的还要好: better than imagined. 想象中 and 太多了 are the yardstick and the
 * degree here, not a shortfall and "too many".
 */
const BETTER_THAN_IMAGINED_ZH =
  /比(?:我)?(?:想象|预期|预想|期待|期望)(?:中|的)*(?:的)?(?:还|更|要)*/g;
const IMAGINED_TERMS_ZH = /^(?:想象中|想象的|预期|太多了|多了|很多|太多|得多)$/;
/**
 * 以为…，结果/用了之后/才发现…: the fear named under 以为 is overturned by what came after; its
 * complaint counts the other way when praise follows.
 */
const SUPPOSED_ZH =
  /(?:本以为|原以为|还以为|本来以为|原本以为|以为|本来担心|还担心|担心|害怕|本来怕|没什么期待|没抱什么期待|不抱期待|没抱期待|不抱什么期待|不抱希望|没抱希望|没抱什么希望|没什么期望|期望不高|期待不高)/;
/** Low expectations named before the goods came (没什么期待, 不抱希望): the setup of a surprise. */
const LOW_EXPECT_ZH = /期待|期望|希望/;
/**
 * A claim set against what came (说是现做的，…明显是冻的; 号称…，实际…): the claim is the yardstick
 * of a complaint, even when no fault word follows.
 */
const CLAIM_ZH =
  /(?:^|[。！？!?\n，,])(?:说是|号称|宣传说|宣传的是|宣称|标称|标的是|商家说)[^。！？!?\n]{1,30}?[，,][^。！？!?\n]{0,30}?(?:实际|结果|却|到手|明显|其实|根本|压根|才)/;
const CLAIM_W = 1.2;
/**
 * The author's, brand's or shop's earlier work praised against this one (作者上一本写得好多了,
 * 老款好用多了): the comparison is this one's shortfall. 比上次好多了 (this one better) is not it.
 */
const RIVAL_EARLIER_ZH =
  /(?:上一本|上一部|上一代|上一款|上一个|上本|上次|以前的|之前的|老款|旧款|原来的|前作|前几本|以前那个|之前那个)[^。！？!?，,\n]{0,10}?(?:好多了|好得多|好太多|更好|强多了|强得多|好很多|好一些|好用多了|好吃多了)/g;
/**
 * Other buyers' bad reviews named (给差评的人是不是…？, 那些差评): their words are not this
 * buyer's complaint when the buyer's own praise follows.
 */
const OTHERS_BAD_ZH =
  /(?:给|打|看了?|那些|说|写)差评的(?:人|买家|亲|朋友|都)?|差评(?:里|中)(?:说|的)/;
const OVERTURN_ZH = /结果|没想到|才发现|之后|以后|后来|其实|发现/;
/** 本想给好评的，结果…: praise the buyer meant to give and did not (the irrealis of Chinese). */
const MEANT_TO_ZH = /(?:本想|本来想|原本想|原想|本打算|本来打算|想给|准备给)$/;
/** 别家的…都不如这家的好用: the rival is what falls short; 这家 is the yardstick. */
const RIVAL_SHORT_ZH =
  /(?:别家|别的|其他|其它|以前|之前|上次|别人家|好几家|几家|很多家|那么多家|这么多家|别处|外面)[^。！？!?]{0,12}(?:不如|比不上|没有)(?:这家|这个|这款|这里|它|这次)/g;
const DURABLE_ZH = /都没坏|也没坏|摔不坏|没摔坏|都没事|也没事/;
/**
 * Praise that lasted a short while ("loved it for a day, until it stopped responding"): the turn
 * that follows is the verdict; the praise counts the other way.
 */
const TEMPORARY_PRAISE =
  /\bfor (?:a|one|about a|the first|a few|a couple of)(?: (?:two|three|four|five|six|few|couple of))? (?:day|days|week|weeks|month|months)\b[,.]?\s+(?:until|then|before|and then)\b/;
/** Stars given to the packaging or the delivery ("Five stars for the packaging.") are an aside. */
const ASIDE_STARS =
  /\b(?:five|5|four|4) stars for (?:the )?(?:packaging|package|box|delivery|shipping|courier|price|idea|looks)\b/;
/** A problem put right at once (马上就给补发了, 很快就解决了): the problem is the setup of praise. */
const RESOLVED_FAST_ZH =
  /(?:马上|立刻|立马|很快|及时|当天|第二天)(?:就)?(?:给(?:我)?)?(?:补发|换了|换货|退了|退款|解决|处理|重发|补了|寄了)/;

/**
 * 谁说便宜没好货？, "who says cheap can't be good?": a question that opens with "who says" denies
 * what it quotes, either way round.
 */
const SENTENCE_END = /[.!?。！？\n]/;
const BETTER_THAN_IMAGINED_HEAD_ZH =
  /^比(?:我)?(?:想象|预期|预想|期待|期望)(?:中|的)*(?:还|更|要)*(?:好|棒|强)/;
const WHO_SAYS = /^[\s,，]*(?:谁说|谁讲|谁说的|who says|who said)/;

// ---- Entries whose reading depends on their context (issue 9, lexicon faults of 2026-12-03;
// unit tests with new sentences in lexicon-context.test.ts).

/**
 * "Quiet" praises a machine (a quiet fan, "runs whisper quiet") and blames a sound that is too low
 * (a quiet speaker, ringtone or call): a complaint only with a word of sound or hearing in its
 * sentence. Negated of a machine ("not quiet at all") it is a complaint.
 */
const QUIET_SOUND =
  /\b(?:sound|sounds|volume|speakers?|audio|music|voices?|ring|ringer|ringtones?|alarms?|hear|heard|hearing|loud|louder|max|maximum|mic|microphone|calls?|earpiece|headphones?|earbuds?|bass|radio|tv|podcasts?|notifications?|alerts?|chime|beep|beeps|sounds? like)\b/;
const QUIET_PRAISE = 1.0;
/**
 * "Smart speaker", "the smart features": the product's class or its feature set named, not praised.
 * "Smart home", "smart plugs" stay: naming the home set up around the device is a cue of use.
 */
const SMART_CLASS =
  /^[\s-]+(?:speakers?|features?|functions?|functionality|assistants?|stuff|side|part|bits?|tech)\b/;
/**
 * "Cheap" of the price ("cheap enough to buy a spare", "dirt cheap for what you get") is praise;
 * of the build or the feel ("looks cheap", "cheap plastic", most of them terms of their own) a
 * complaint. Without either it keeps its mild complaint weight.
 */
const CHEAP_QUALITY =
  /\b(?:feels?|felt|looks?|looked|made|built|build|plastic|materials?|quality|flimsy|construction|junk|broke|broken|cracked|snapped|thin|knock-?off|toy|toyish)\b/;
const CHEAP_PRICE =
  /\bcheap enough\b|\bdirt cheap\b|\b(?:price|priced|pricing|cost|costs|dollars?|bucks|bargain|deal|sale|value|for what you get|for the money|affordable|budget|spare|extra|another|two|several)\b|\$\d/;
const CHEAP_PRAISE = 0.8;
/**
 * A time word alone ("months later the kids still use it", "had it for weeks") says how long, not
 * how well: a complaint only beside waiting, delivery or a failure in its sentence (the waits have
 * terms of their own as well: "took weeks", "weeks to arrive"), or as the good spell before an end
 * ("worked for two months, then…", "was fine for the first month", "gave it three weeks"), a
 * failure after it ("two weeks in and it will not stream"; a negated complaint there is the good
 * record, see readStructure), or a short life ("outgrew them in a month").
 */
const DURATION_WORD = /^(?:weeks|month|months)$/;
const DURATION_BAD =
  /\b(?:worked|was (?:fine|great|good|ok|okay|perfect|working)|lasted|ran|did (?:fine|ok|okay))\b[^.!?\n]{0,12}\bfor\b|\b(?:gave it|giving it|tried it)\b|\bthen\b|\b(?:not|no longer|never|keeps?)\b|n't\b|\b(?:in|under) (?:a|one|two|three|a few|\d+) (?:weeks?|months?)\b|\b(?:wait\w*|took|take|takes|taking|late|arriv\w*|ship\w*|deliver\w*|refund\w*|repl(?:y|ied|ies)|respon\w*|heard back|until|within|died|dies|broke|broken|stopped|lasted|failed|quit|dead|still not|still no|still hasn't|still haven't|still waiting)\b/;
/**
 * "Support was", "customer service was" open a judgment of the staff: a complaint by themselves
 * in most reviews ("customer service was… well."), but praise when praise follows them
 * ("support was fine", "customer service was okay about the swap").
 */
const SERVICE_FRAME = /^(?:customer service|customer support|tech support|support) was$/;
/**
 * 扔了 of the old one or of the packing (旧的扔了, 把原来的扔了, 盒子扔了) is not the goods thrown away
 * (难吃，直接扔了): it carries no complaint there.
 */
const THROWN_OTHER_ZH =
  /(?:旧|原来|以前|之前|老的|上一个|那个旧|包装|盒子|箱子|纸箱|外盒)[^，。！？,!?\n]{0,6}$/;
const THROWN_OTHER_AFTER_ZH = /^(?:旧|原来|以前|之前|老的|上一个|包装|盒子|箱子|纸箱|外盒)/;

function contextual(
  t: string,
  matches: Matches,
  contrib: Float64Array,
  negated: Uint8Array,
  sentA: Int32Array,
  sentB: Int32Array,
  set: (j: number, v: number) => void,
): void {
  for (let k = 0; k < matches.length; k++) {
    const v = contrib[k]!;
    if (v === 0) continue;
    const st = matches.start[k]!;
    const en = matches.end[k]!;
    if (en - st > 24) continue;
    const term = t.slice(st, en);
    // The sentence, bounded (linear on long texts).
    const sentence = (): string =>
      t.slice(Math.max(sentA[k]!, st - 120), Math.min(sentB[k]!, en + 120));
    if (term === 'smart' && v > 0 && SMART_CLASS.test(t.slice(en, en + 14))) {
      set(k, 0);
    } else if (term === 'quiet') {
      // The sound may be named in the sentence before ("I expected it to be louder. It's quiet.").
      if (QUIET_SOUND.test(t.slice(Math.max(0, st - 100), Math.min(t.length, en + 100)))) continue;
      set(k, negated[k] ? -0.8 * QUIET_PRAISE : QUIET_PRAISE);
    } else if (term === 'cheap' && !negated[k]) {
      const sn = sentence();
      if (CHEAP_QUALITY.test(sn)) continue;
      if (CHEAP_PRICE.test(sn)) set(k, CHEAP_PRAISE);
    } else if (DURATION_WORD.test(term) && v < 0 && !negated[k]) {
      if (!DURATION_BAD.test(sentence())) set(k, 0);
    } else if (SERVICE_FRAME.test(term) && v < 0) {
      // The judgment that follows in the sentence ("support was fine", "… was quick") says it.
      // Bounded by distance: a text of repeated frames stays linear.
      for (
        let j = k + 1;
        j < matches.length && matches.start[j]! < sentB[k]! && matches.start[j]! - en <= 24;
        j++
      ) {
        if (contrib[j] === 0) continue;
        if (contrib[j]! > 0 && !negated[j]) set(k, 0);
        break;
      }
    } else if (term === '扔了' && v < 0) {
      let a = st;
      while (a > 0 && st - a < 10 && !/[，。！？,!?\n]/.test(t[a - 1]!)) a--;
      if (
        THROWN_OTHER_ZH.test(t.slice(a, st).replace(/^把/, '')) ||
        THROWN_OTHER_AFTER_ZH.test(t.slice(en, en + 4))
      ) {
        set(k, 0);
        // …and 旧的 there is the old one thrown away, not second-hand goods received.
        for (let j = k - 1; j >= 0 && matches.start[j]! >= a; j--)
          if (contrib[j]! < 0 && t.startsWith('旧', matches.start[j]!)) set(j, 0);
      }
    }
  }
}

function readStructure(
  t: string,
  matches: Matches,
  contrib: Float64Array,
  negated: Uint8Array,
  clause: Int32Array,
  clauseScore: Float64Array,
): number {
  const m = matches.length;
  let delta = 0;
  const set = (j: number, v: number): void => {
    const d = v - contrib[j]!;
    contrib[j] = v;
    clauseScore[clause[j]!]! += d;
    delta += d;
  };
  const latin = /[a-z]/.test(t);
  const han = HAN.test(t);
  // Sentence bounds (". ! ? 。！？ newline") of every match, in one pass: every step stays linear
  // on long texts (linear.test.ts).
  const sentA = new Int32Array(m);
  const sentB = new Int32Array(m);
  {
    let a = 0;
    let k = 0;
    for (let i = 0; i <= t.length && k < m; i++) {
      if (i < t.length && !SENTENCE_END.test(t[i]!)) continue;
      while (k < m && matches.start[k]! <= i) {
        sentA[k] = a;
        sentB[k] = Math.min(i + 1, t.length);
        k++;
      }
      a = i + 1;
    }
  }
  contextual(t, matches, contrib, negated, sentA, sentB, set);
  /** Calls f for each match inside [a, b); `from` is where the caller's pointer stands. */
  const each = (from: number, a: number, b: number, f: (j: number) => void): number => {
    let j = from;
    while (j < m && matches.start[j]! < a) j++;
    const first = j;
    for (; j < m && matches.start[j]! < b; j++) if (matches.end[j]! <= b) f(j);
    return first;
  };
  for (let k = 0; k < m; k++) {
    const v = contrib[k]!;
    if (v === 0) continue;
    const st = matches.start[k]!;
    const en = matches.end[k]!;
    const term = t.slice(st, en);
    const info = infoAt(matches, k);
    if (latin && info.bStart) {
      const before = t.slice(Math.max(0, st - 40), st);
      if (v < 0 && NEAR_MISS_ACT.test(term) && NEAR_MISS_BEFORE.test(before)) set(k, 0);
      else if (v < 0 && info.negator && GLAD_BEFORE.test(before)) set(k, 0);
      else if (v < 0 && info.negator && META_OPENER.test(t.slice(st, st + 60))) set(k, 0);
      else if (
        v < 0 &&
        !info.negator &&
        sentB[k]! - sentA[k]! < 400 &&
        LONG_LIFE.test(t.slice(sentA[k]!, sentB[k]!))
      )
        set(k, 0);
      else if (
        v > 0 &&
        !negated[k] &&
        GRUDGING_AFTER.test(t.slice(en, en + 12)) &&
        !/[.!?]/.test(t.slice(en, en + 2))
      ) {
        set(k, v * GRUDGING);
        delta -= 0.5;
      }
      // "thought it would be a gimmick": the fear is carried by the word it names (flipped by
      // IRREALIS_FEAR), not by "thought it would" as an unmet hope.
      if (
        v < 0 &&
        /^(?:thought it would|i thought)$/.test(term) &&
        k + 1 < m &&
        clause[k + 1] === clause[k] &&
        contrib[k + 1]! > 0 &&
        matches.start[k + 1]! - en <= 12
      )
        set(k, 0);
    }
    // "nothing but helpful": "nothing" means "only" there and carries no complaint of its own.
    if (v < 0 && info.negator && term === 'nothing' && /^\s+but\b/.test(t.slice(en, en + 5)))
      set(k, 0);
    // …and what follows it is all there is ("nothing but trouble", "nothing but helpful"): doubled.
    else if (latin && info.bStart && /\bnothing but\s+$/.test(t.slice(Math.max(0, st - 14), st)))
      set(k, 2 * v);
    // "nothing more, nothing less": exactly enough, no complaint.
    if (v < 0 && info.negator && /^nothing$/.test(term) && /nothing more,? nothing less/.test(t))
      set(k, 0);
    // "Three weeks in and not a single problem": the duration before a negated failure too.
    if (v < 0 && DURATION.test(term))
      for (let j = k + 1; j < m && j <= k + 6 && clause[j] === clause[k]; j++)
        if (negated[j] && contrib[j]! > 0) {
          set(k, 0);
          break;
        }
    // A duration after a negated failure in its clause is the length of the good record.
    if (contrib[k]! < 0 && DURATION.test(term))
      for (let j = k - 1; j >= 0 && j >= k - 6 && clause[j] === clause[k]; j--)
        if (negated[j] && contrib[j]! > 0) {
          set(k, 0);
          break;
        }
  }
  // Questions that open with "who says" (any script).
  {
    let p = 0;
    for (let a = 0, i = 0; i <= t.length; i++) {
      if (i < t.length && !SENTENCE_END.test(t[i]!)) continue;
      if ((t[i] === '?' || t[i] === '？') && WHO_SAYS.test(t.slice(a, Math.min(i, a + 12))))
        p = each(p, a, i, (j) => {
          const term = t.slice(matches.start[j]!, matches.end[j]!);
          if (contrib[j]! !== 0 && term !== '?' && term !== '？') set(j, -0.6 * contrib[j]!);
        });
      a = i + 1;
    }
  }
  if (latin) {
    let p = 0;
    for (const r of t.matchAll(RIVAL_NEVER)) {
      p = each(p, r.index, r.index + r[0].length, (j) => {
        if (contrib[j]! < 0) set(j, 0);
      });
      delta += 1.0;
    }
    p = 0;
    for (const r of t.matchAll(NOT_BUT_CLOSE)) {
      p = each(p, r.index, r.index + r[0].length, (j) => {
        const c = contrib[j]!;
        if (negated[j]) set(j, c > 0 ? -2 * c : -1.25 * c);
      });
    }
    const temp = TEMPORARY_PRAISE.exec(t);
    if (temp) {
      let a = temp.index;
      while (a > 0 && temp.index - a < 200 && !SENTENCE_END.test(t[a - 1]!)) a--;
      each(0, a, temp.index, (j) => {
        if (contrib[j]! > 0) set(j, -0.5 * contrib[j]!);
      });
    }
    const stars = ASIDE_STARS.exec(t);
    if (stars) {
      let b = stars.index;
      while (b < t.length && b - stars.index < 200 && !SENTENCE_END.test(t[b]!)) b++;
      each(0, stars.index, b + 1, (j) => {
        if (contrib[j]! > 0) set(j, 0.3 * contrib[j]!);
      });
    }
    if (INTERMITTENT.test(t)) {
      for (let j = 0; j < m; j++) if (contrib[j]! > 0) set(j, contrib[j]! * 0.3);
      delta -= INTERMITTENT_W;
    }
    delta -= LISTING_SHORTFALL_W * (t.match(LISTING_SHORTFALL)?.length ?? 0);
    const sentenceAround = (i: number): [number, number] => {
      let a = i;
      while (a > 0 && i - a < 400 && !SENTENCE_END.test(t[a - 1]!)) a--;
      let b = i;
      while (b < t.length && b - i < 400 && !SENTENCE_END.test(t[b]!)) b++;
      return [a, b + 1];
    };
    const mock = MOCK_COMPLAINT.exec(t);
    if (mock) {
      const [a, b] = sentenceAround(mock.index);
      each(0, a, b, (j) => {
        if (contrib[j]! < 0) set(j, 0);
      });
      delta += MOCK_COMPLAINT_W;
    }
    const habit = HABITUAL_USE.exec(t);
    if (habit) {
      const [a, b] = sentenceAround(habit.index);
      let blame = false;
      each(0, a, b, (j) => {
        if (contrib[j]! < 0) blame = true;
      });
      if (!blame && !HABIT_BLOCK.test(t.slice(a, b))) delta += HABITUAL_W;
    }
    // "My husband was against it, now he's the one talking to it": a sceptic won over.
    const conv = CONVERSION.exec(t);
    if (conv) {
      const nowAt = conv.index + conv[0].length;
      let b = nowAt;
      while (b < t.length && b - nowAt < 200 && !SENTENCE_END.test(t[b]!)) b++;
      let blame = false;
      each(0, nowAt, b, (j) => {
        if (contrib[j]! < 0) blame = true;
      });
      if (!blame) {
        each(0, conv.index, nowAt, (j) => {
          if (contrib[j]! < 0) set(j, 0);
        });
        delta += CONVERSION_W;
      }
    }
  }
  if (han) {
    let p = 0;
    for (const r of t.matchAll(BETTER_THAN_IMAGINED_ZH)) {
      const a = r.index;
      let b = a + r[0].length;
      while (b < t.length && b - a < 40 && !isClauseBreak(t, b)) b++;
      let praise = false;
      p = each(p, a, b, (j) => {
        if (contrib[j]! > 0) praise = true;
      });
      // 比想象中好 with 好 read as an intensifier: the praise is the comparison itself.
      if (!praise && !BETTER_THAN_IMAGINED_HEAD_ZH.test(t.slice(a, b))) continue;
      if (!praise) delta += 1.6;
      each(p, a, b, (j) => {
        if (contrib[j]! < 0 && IMAGINED_TERMS_ZH.test(t.slice(matches.start[j]!, matches.end[j]!)))
          set(j, 0);
      });
    }
    for (let j = 0; j < m; j++) {
      const st = matches.start[j]!;
      if (contrib[j]! > 0 && MEANT_TO_ZH.test(t.slice(Math.max(0, st - 4), st)))
        set(j, -0.6 * contrib[j]!);
    }
    p = 0;
    for (const r of t.matchAll(RIVAL_SHORT_ZH)) {
      let b = r.index + r[0].length;
      while (b < t.length && b - r.index < 40 && !isClauseBreak(t, b)) b++;
      p = each(p, r.index, b, (j) => {
        const c = contrib[j]!;
        // The comparative's own weight and the praise it negated both count the other way.
        if (c < 0) set(j, negated[j] ? -1.25 * c : -0.6 * c);
      });
    }
    if (DURABLE_ZH.test(t)) {
      // 扔了好几次都没坏: the ordeal is the setup of the durability, not a complaint.
      const d = DURABLE_ZH.exec(t)!;
      let a = d.index;
      while (a > 0 && d.index - a < 40 && !/[。！？!?\n]/.test(t[a - 1]!)) a--;
      each(0, a, d.index, (j) => {
        if (contrib[j]! < 0) set(j, 0);
      });
    }
    const sup = SUPPOSED_ZH.exec(t);
    if (sup && OVERTURN_ZH.test(t.slice(sup.index))) {
      let sc = -1;
      for (let j = 0; j < m && sc < 0; j++) if (matches.end[j]! > sup.index) sc = clause[j]!;
      let later = false;
      let laterBlame = false;
      for (let j = 0; j < m; j++)
        if (clause[j]! > sc) {
          if (contrib[j]! > 0) later = true;
          else if (contrib[j]! < 0) laterBlame = true;
        }
      // 以为会很难组装，结果十分钟就搞定了: what came after names no complaint either.
      if (sc >= 0 && (later || (!laterBlame && /结果|没想到|才发现/.test(t.slice(sup.index))))) {
        for (let j = 0; j < m; j++)
          if (clause[j] === sc && contrib[j]! < 0) set(j, -0.5 * contrib[j]!);
        // 没什么期待，没想到…: low expectations overturned are praise though no word names it.
        if (LOW_EXPECT_ZH.test(sup[0]) && !later && !laterBlame) delta += 1.0;
      }
      // 本以为物美价廉，结果…: the praise hoped for under 以为 did not come when nothing after it
      // praises.
      if (
        sc >= 0 &&
        /以为/.test(sup[0]) &&
        !later &&
        /结果|才发现|其实|到手/.test(t.slice(sup.index))
      )
        for (let j = 0; j < m; j++)
          if (clause[j] === sc && contrib[j]! > 0) set(j, -0.8 * contrib[j]!);
    }
    const fixed = RESOLVED_FAST_ZH.exec(t);
    if (fixed) {
      let praiseAfter = false;
      for (let j = 0; j < m && !praiseAfter; j++)
        praiseAfter = matches.start[j]! >= fixed.index && contrib[j]! > 0;
      if (praiseAfter)
        for (let j = 0; j < m && matches.end[j]! <= fixed.index; j++)
          if (contrib[j]! < 0) set(j, contrib[j]! * 0.3);
    }
    const claim = CLAIM_ZH.exec(t);
    if (claim) {
      delta -= CLAIM_W;
      // The praise inside the claim (说是新鲜现摘) is what was said, not what came.
      const a = claim.index;
      let b = a + 1;
      while (b < t.length && !/[，,。！？!?\n]/.test(t[b]!)) b++;
      each(0, a, b, (j) => {
        if (contrib[j]! > 0) set(j, -0.6 * contrib[j]!);
      });
    }
    p = 0;
    for (const r of t.matchAll(RIVAL_EARLIER_ZH)) {
      if (t.slice(Math.max(0, r.index - 3), r.index).includes('比')) continue;
      p = each(p, r.index, r.index + r[0].length, (j) => {
        if (contrib[j]! > 0) set(j, -0.8 * contrib[j]!);
      });
    }
    const others = OTHERS_BAD_ZH.exec(t);
    if (others) {
      let b = others.index;
      while (b < t.length && b - others.index < 60 && !/[。！？!?\n]/.test(t[b]!)) b++;
      let a = others.index;
      while (a > 0 && others.index - a < 40 && !/[。！？!?\n]/.test(t[a - 1]!)) a--;
      let praiseAfter = false;
      for (let j = 0; j < m && !praiseAfter; j++)
        praiseAfter = matches.start[j]! > b && contrib[j]! > 0;
      if (praiseAfter)
        each(0, a, b + 1, (j) => {
          if (contrib[j]! < 0) set(j, 0);
        });
    }
    // 难道还有比这更好吃的吗？: the question marker and the "?" carry no complaint here.
    if (SUPERLATIVE_Q.test(t))
      for (let j = 0; j < m; j++) {
        const term = t.slice(matches.start[j]!, matches.end[j]!);
        if (contrib[j]! < 0 && (term === '难道' || term === '?' || term === '？')) set(j, 0);
      }
  }
  return delta;
}

/**
 * Rhetorical questions praise nothing: "这就是你们说的好质量吗？", "难道这叫新鲜？", "How is this
 * acceptable?". In a question that carries a rhetorical marker, praise turns into its opposite.
 * Returns the change to the total.
 */
const RHETORICAL =
  /难道|怎么(?:能|会|可以|好意思|敢)|好意思(?:吗|么|嘛)|哪里(?:好|值|新鲜|像)|凭什么|这就是|这叫|这也叫|这也算|也配|还让不让|有这么|有这样|\bhow (?:is|are|can|could|dare|was) (?:this|that|it|you|anyone)\b|\bwhat kind of\b|\bis this (?:what|how|a joke|supposed|really)\b|\bwhy would (?:anyone|i|you)\b|\bwho (?:would|in their right)\b|\bseriously\b/;

/**
 * Praise limited to an absurd condition ("Great speaker, if you only ever use it next to the
 * router", "fantastic if you enjoy repeating yourself"): the condition is the complaint, the
 * praise is sarcasm. Only conditions that restrict ("only ever", "never") or chores one does not
 * enjoy: "great if you like bass" is meant.
 */
const PRAISE_IF =
  /\b(?:great|good|fantastic|perfect|excellent|wonderful|brilliant|amazing|nice|works (?:great|fine|well))\b[^.!?\n]{0,30}?,?\s+if you (?:only ever|only|never|enjoy|like|love) ?(?:ever )?(?:use|repeat|repeating|waiting|resetting|rebooting|restarting|unplugging|yelling|shouting|reconnecting|troubleshooting|talking to yourself)\b/;
/**
 * 难道还有比这更好吃的吗？, 还有比这个更划算的吗: asking whether anything beats it is a superlative,
 * not a rhetorical complaint: the praise is meant.
 */
const SUPERLATIVE_Q =
  /(?:还有|有)(?:什么)?比(?:这|它|这个|这家|他家|这款|这里)[^？?]{0,4}更|怎么(?:会|能)有(?:这么|这样|如此|那么)/;
/** Sarcasm markers: the praise of their sentence is meant the other way. */
const SARCASM =
  /^[\s"'“‘(]*(?:great|perfect|wonderful|fantastic|awesome|lovely),? (?:another|more|now i have to)\b|\bgood luck (?:getting|finding|reaching|trying|with|talking|contacting)\b|(?:谢谢|感谢|多谢)[^，。！？,!?]{0,6}(?:让我|给我|教我)(?:学到|上了|见识|体验|明白|领教|长了|知道|等了|白等|苦等|多等|白跑|失望|折腾)|真是服了|服了你们|也是醉了|真行啊|厉害了|好一个|\byeah right\b|\bmy foot\b|\bthanks for nothing\b|\bwhat a joke\b|\bgreat job\b[^.!?\n]{0,30}\bnot\b|\bnot!|\/s\b|\bsure,? (?:it|that) (?:works|is)\b|\boh (?:great|joy|perfect|wonderful|goody|good|lovely|brilliant|fantastic|super|nice),? (?:another|more|now|just)\b|\bimagine the (?:fun|joy)\b/;
/**
 * Praise that opens its sentence as an exclamation ("Just great.", "Oh perfect, another update",
 * "Just what I needed") is sarcastic only beside a complaint elsewhere in the text: alone, or
 * as "it's just perfect for my desk", it is meant.
 */
const SARCASM_OPEN =
  /^[\s"'“‘(]*(?:(?:oh|well|yeah|wow),?\s+)?(?:just (?:great|perfect|wonderful|fantastic|brilliant|lovely|what i needed|what i wanted)|oh (?:great|perfect|joy|wonderful|goody|fantastic|good|nice|lovely|brilliant))\b(?!\s+for\b)/;
/**
 * Quality praised in a sentence of its own right after a quick failure ("Five whole days before
 * it died. Impressive engineering.", "Broke in a week. Great quality.") is sarcasm: nothing was
 * left to praise. A sentence naming what works ("The replacement works great") is not bare praise.
 */
/**
 * Praise that no words are enough for ("I can't recommend this charger enough", "can't thank the
 * seller enough"): the negation is the hyperbole, and its sentence's complaint words are praise.
 */
const ENOUGH_PRAISE =
  /\b(?:can'?t|cannot|can not|couldn'?t|could not)\s+(?:recommend|praise|thank|say enough)\b[^.!?\n]{0,40}\benough\b/;
/**
 * What the buyer cannot imagine being without ("Can't imagine the kitchen without it now",
 * "wouldn't want to be without it"): the negations are the praise.
 */
const INDISPENSABLE =
  /\b(?:can'?t|cannot|can not|couldn'?t|could not|wouldn'?t want to|would not want to|never want to)\s+(?:imagine|picture|live|be)\b[^.!?\n]{0,40}\bwithout\b/;
/**
 * A mishap that keeps coming back ("again", "every time", a device acting "on its own"): an
 * exclamation of praise opening its sentence ("Oh great, it …") is sarcasm even when no
 * complaint word is there.
 */
/** What the product replaced ("Stopped using my phone for music since I got this"). */
const REPLACED_RIVAL =
  /\b(?:stopped|quit) using (?:my|our|the) [^.!?\n]{1,40}\bsince (?:i|we) (?:got|bought|started)\b/;
const RECURRENCE = /\b(?:again|yet again|once again|every (?:single )?time|on its own|by itself)\b/;
const QUICK_FAILURE =
  /\b(?:died|dead|broke|broken|stopped working|quit working|quit|stopped|fell apart|came apart|failed|cracked)\b[^.!?\n]{0,40}\b(?:days?|weeks?|hours?|minutes?|uses?|months?)\b|\b(?:days?|weeks?|hours?|minutes?|uses?|months?)\b[^.!?\n]{0,40}\b(?:died|dead|broke|stopped working|quit working|quit|stopped|fell apart|came apart|failed|cracked)\b/;
const BARE_PRAISE =
  /^[\s"'“‘(]*(?:(?:wow|oh|well|yeah|bravo|thanks),?\s+)?(?:(?:really|truly|very|such|what|so) )?(?:impressive|great|amazing|excellent|superb|outstanding|fantastic|brilliant|stellar|top[- ]notch|first[- ]class|nice|wonderful|quality|well done|good job|great job|bravo)(?: (?:engineering|quality(?: control)?|craftsmanship|design|job|work|build(?: quality)?|durability|product|stuff|technology|purchase|one))?[\s.!"'”’)]*$/;
/**
 * A rival praised ahead of a comparison ("Siri answers more accurately than Alexa", "our Rokus
 * work just fine"): the praise is the product's shortfall ("my old one" is left out: as often the
 * same product, "my old Echo works fine too"). The
 * rival named after the comparison ("better than Google Home") is praise of the product.
 */
const RIVAL_PRAISED =
  /\b(?:siri|google(?: home| assistant| nest)?|roku'?s?|rokus|sonos|apple tv|homepod|bose|chromecast)\b[^.!?\n]{0,40}\b(?:(?:much |far |way )?better|more (?:accurate(?:ly)?|reliable|reliably|useful|responsive)|faster|smarter|quicker|clearer|(?:that|which) works? (?:just |perfectly |really )?(?:fine|great|well))\b/;
/** Sarcasm about a dead device: praise beside "another paperweight", "thanks for nothing". */
const DEAD_DEVICE =
  /\b(?:(?:an? |another |expensive |nice |great )(?:paperweight|doorstop|brick)|bricked)\b/;
// ---- Fourth blind set, tuning half (sentiment-blind4.fixture.ts); each kind has unit tests with
// new sentences in sentiment-kinds-4.test.ts.

/**
 * Admiration of how fast a failure came ("Really impressed how quickly the battery goes from full
 * to dead", "amazed at how fast it broke"): the praise is the complaint.
 */
const PRAISED_FAILURE =
  /\b(?:impressed|impressive|amazed|amazing|incredible|astonishing|remarkable)\b[^.!?\n]{0,20}\bhow (?:quickly|fast|soon|easily|rapidly)\b[^.!?\n]{0,50}\b(?:dead|died|dies|dying|broke|breaks|broken|fail\w*|stopp\w*|drain\w*|empty|flat|fell apart|falls apart|disconnect\w*|crash\w*|crack\w*|snapp?\w*|shatter\w*|tore|torn|ripped|peel\w*|rust\w*|leak\w*)\b/;
/**
 * Praise held up to a counterfactual ("Would be four stars if the app wasn't so clunky", "would
 * have given it five stars if it held a charge"): neither the stars nor the condition's negated
 * fault are the case; the verdict is the shortfall.
 */
const COUNTERFACTUAL_STARS =
  /\bwould (?:be|have been|get|have got|have gotten|give it|have given(?: it)?|earn|deserve)\s+(?:a |an )?(?:five|5|four|4|ten|10|full|all five)(?: stars?|\/5| out of (?:5|five|10|ten))?\b[^.!?\n]{0,60}?\b(?:if|were it not|but for)\b/;
/**
 * The old or first model praised against this one ("The old Dot was better in every way", "my
 * previous one sounded much clearer"): the comparison is this product's shortfall. The rival
 * named after the comparison ("better than my old one") is praise and is not matched.
 */
const RIVAL_OLD =
  /\b(?:the|my|our) (?:old|older|previous|last|original|first|earlier)(?: [a-z0-9]+){0,2}? (?:was|were|is|are|sounded|sounds|worked|works|felt|looked|had) (?:much |far |way |a lot |so much |miles |loads )?(?:better|louder|clearer|faster|smarter|more reliable|more accurate|more responsive|superior)\b/;
/**
 * A positive rhetorical question ("What more could you want for twenty quid?", "Who knew a tiny
 * puck could sound this good?"): it asks for nothing and its question mark is no complaint.
 */
const POSITIVE_Q =
  /\bwhat more (?:could|can|would|do|does) (?:you|one|i|we|anyone|a person) (?:want|ask for|need|expect)\b|\bwho (?:knew|(?:would|'d|would've) have (?:thought|guessed|known))\b/;
/**
 * "If you enjoy …" after praise, with a complaint inside the condition ("Best alarm clock ever,
 * if you enjoy waking up an hour late"): the condition is the fault, the praise is sarcasm. A
 * condition of taste ("great if you like bass-heavy music") names no chore and is meant.
 */
const IF_YOU_ENJOY = /\bif you (?:enjoy|like|love|fancy) [a-z]+ing\b/;
/** Chores nobody enjoys: after "if you enjoy" they are the fault even with no complaint word. */
const CHORE_ING =
  /\bif you (?:enjoy|like|love|fancy) (?:re-?(?:boot|start|set|connect|pair|peat|install)\w*|unplugg\w*|wait\w*|shout\w*|yell\w*|troubleshoot\w*|charging it|repeating|talking to yourself|getting up)\b/;
/**
 * A mock opener: an exclamation of praise that opens the review on its own ("Fantastic.", "Brilliant
 * design:", "A+ for consistency:", "Wow,") and is followed only by a fault — one that recurs or is
 * a failure, or after a colon or an ellipsis that announces the punchline. The opener is sarcasm
 * and turns; so do short bare-praise sentences after it ("Truly the future."). A real reservation
 * after praise ("Excellent. A bit quiet.", "Great, but the cable is short") does not qualify.
 */
const MOCK_OPEN =
  /^[\s"'“‘(]*(?:(?:oh|well|yeah|ah),?\s+)?(?:(wow)|great|fantastic|brilliant|wonderful|perfect|lovely|super|awesome|excellent|amazing|marvell?ous|terrific|splendid|a\+|good|nice)(?: (?:design|job|work|engineering|thinking|idea|stuff|quality))?(?: for [a-z]+)?\s*(\.{2,}|…|:|!+|\.|,)/;
const MOCK_RESERVATION =
  /\b(?:but|though|however|although|only (?:complaint|gripe|issue|downside|problem|thing)|otherwise|overall|still)\b/;

const WISH_MORE_ZH =
  /(?:应该|应当|本应|本该|希望|要是|如果|要能|可以再|能再)[^，。！？,!?\n]{0,6}更(?:加)?$/;
const QUOTE_OPEN = new Set(['"', '“', '「', '『', "'", '‘']);
const QUOTE_CLOSE = new Set(['"', '”', '」', '』', "'", '’']);

function rhetorical(
  t: string,
  matches: Matches,
  contrib: Float64Array,
  clause: Int32Array,
  clauseScore: Float64Array,
): number {
  let delta = 0;
  let k = 0;
  let a = 0;
  let complaint = false;
  for (let j = 0; j < matches.length && !complaint; j++) complaint = contrib[j]! < 0;
  let prevFailure = false;
  const latinText = /[a-z]/.test(t);
  for (let i = 0; i <= t.length && k < matches.length; i++) {
    const c = t.charCodeAt(i);
    // An English full stop ends a sentence too (not a decimal point): a sarcasm marker then
    // turns the praise of its own sentence, not of the paragraph before the next "!".
    const stop =
      c === 46 &&
      i > 0 &&
      isWordCode(t.charCodeAt(i - 1)) &&
      !(i + 1 < t.length && t.charCodeAt(i + 1) >= 48 && t.charCodeAt(i + 1) <= 57);
    const end =
      i === t.length ||
      stop ||
      c === 0x3002 ||
      c === 33 ||
      c === 0xff01 ||
      c === 10 ||
      c === 63 ||
      c === 0xff1f;
    if (!end) continue;
    const question = c === 63 || c === 0xff1f;
    const from = k;
    while (k < matches.length && matches.start[k]! < i) k++;
    const sentence = t.slice(a, i + 1);
    let ownComplaint = false;
    for (let j = from; j < k && !ownComplaint; j++) ownComplaint = contrib[j]! < 0;
    // A failure is a complaint term: the pattern is tried only on a sentence that has one.
    const failure = ownComplaint && QUICK_FAILURE.test(sentence);
    const positiveQ = question && latinText && POSITIVE_Q.test(sentence);
    if (positiveQ)
      for (let j = from; j < k; j++) {
        const term = t.slice(matches.start[j]!, matches.end[j]!);
        const v = contrib[j]!;
        if (v < 0 && (term === '?' || term === '？')) {
          contrib[j] = 0;
          clauseScore[clause[j]!]! -= v;
          delta -= v;
        }
      }
    let ifEnjoy = false;
    // The English-only readings below are tried only on a sentence with Latin letters.
    const latinSentence = k > from && latinText && /[a-z]/.test(sentence);
    if (latinSentence && IF_YOU_ENJOY.test(sentence)) {
      const at = a + sentence.search(IF_YOU_ENJOY);
      let before = false;
      let inside = false;
      for (let j = from; j < k; j++) {
        if (matches.start[j]! < at && contrib[j]! > 0) before = true;
        if (matches.start[j]! > at && contrib[j]! < 0) inside = true;
      }
      ifEnjoy = before && (inside || CHORE_ING.test(sentence));
    }
    if (
      k > from &&
      !positiveQ &&
      ((question && RHETORICAL.test(sentence) && !SUPERLATIVE_Q.test(sentence)) ||
        SARCASM.test(sentence) ||
        PRAISE_IF.test(sentence) ||
        (SARCASM_OPEN.test(sentence) && (complaint || ownComplaint || RECURRENCE.test(sentence))) ||
        (prevFailure && !ownComplaint && BARE_PRAISE.test(sentence)) ||
        RIVAL_PRAISED.test(sentence) ||
        DEAD_DEVICE.test(sentence) ||
        ifEnjoy ||
        (latinSentence &&
          (PRAISED_FAILURE.test(sentence) ||
            COUNTERFACTUAL_STARS.test(sentence) ||
            RIVAL_OLD.test(sentence))))
    ) {
      for (let j = from; j < k; j++) {
        const v = contrib[j]!;
        if (v <= 0) continue;
        contrib[j] = -0.8 * v;
        clauseScore[clause[j]!]! += -1.8 * v;
        delta += -1.8 * v;
      }
    }
    if (
      ownComplaint &&
      (ENOUGH_PRAISE.test(sentence) ||
        INDISPENSABLE.test(sentence) ||
        REPLACED_RIVAL.test(sentence))
    ) {
      for (let j = from; j < k; j++) {
        const v = contrib[j]!;
        if (v >= 0) continue;
        contrib[j] = -0.8 * v;
        clauseScore[clause[j]!]! += -1.8 * v;
        delta += -1.8 * v;
      }
    }
    prevFailure = failure;
    a = i + 1;
  }
  delta += mockOpener(t, matches, contrib, clause, clauseScore);
  // Praise the goods should have earned (想象中应该更好吃, 希望能更快, 如果更便宜): a hope, not a fact.
  const wishes = t.includes('更');
  for (let j = 0; wishes && j < matches.length; j++) {
    const v = contrib[j]!;
    const st = matches.start[j]!;
    if (v <= 0 || st === 0 || isWordCode(t.charCodeAt(st))) continue;
    let b = st;
    while (b > 0 && st - b < 10 && !isClauseBreak(t, b - 1)) b--;
    if (!WISH_MORE_ZH.test(t.slice(b, st))) continue;
    contrib[j] = -0.6 * v;
    clauseScore[clause[j]!]! += -1.6 * v;
    delta += -1.6 * v;
  }
  // Praise in scare quotes ("premium" quality, 所谓的“正品”) is quoted, not meant.
  for (let j = 0; j < matches.length; j++) {
    const mkStart = matches.start[j]!;
    const mkEnd = matches.end[j]!;
    const v = contrib[j]!;
    if (v <= 0 || mkStart === 0) continue;
    const before = t[mkStart - 1]!;
    if (!QUOTE_OPEN.has(before)) continue;
    let e = mkEnd;
    while (e < t.length && e - mkEnd < 12 && !QUOTE_CLOSE.has(t[e]!) && t[e] !== '\n') e++;
    if (
      e < t.length &&
      QUOTE_CLOSE.has(t[e]!) &&
      !(before === "'" && /[a-z]/.test(t[mkStart - 2] ?? ''))
    ) {
      contrib[j] = -0.8 * v;
      clauseScore[clause[j]!]! += -1.8 * v;
      delta += -1.8 * v;
      // The quote marks its phrase as irony (真是「好」棒棒): praise glued after the closing mark
      // is part of it.
      for (let j2 = j + 1; j2 < matches.length; j2++) {
        const v2 = contrib[j2]!;
        if (clause[j2] !== clause[j] || matches.start[j2]! - e > 4) break;
        if (v2 <= 0) continue;
        contrib[j2] = -0.8 * v2;
        clauseScore[clause[j2]!]! += -1.8 * v2;
        delta += -1.8 * v2;
      }
    }
  }
  return delta;
}

function mockOpener(
  t: string,
  matches: Matches,
  contrib: Float64Array,
  clause: Int32Array,
  clauseScore: Float64Array,
): number {
  const o = MOCK_OPEN.exec(t);
  if (!o) return 0;
  const punct = o[2]!;
  // "Wow" praises only as an interjection with a comma ("Wow, …").
  if (o[1] && punct !== ',') return 0;
  const e = o.index + o[0].length;
  const rest = t.slice(e, e + 600);
  if (MOCK_RESERVATION.test(rest)) return 0;
  // Short bare-praise sentences after the opener ("Truly the future.") are part of the joke.
  const shortSentence = (j: number): boolean => {
    let a = matches.start[j]!;
    while (a > e && !SENTENCE_END.test(t[a - 1]!)) a--;
    let b = matches.end[j]!;
    while (b < t.length && !SENTENCE_END.test(t[b]!)) b++;
    return a > e && t.slice(a, b).trim().split(/\s+/).length <= 4;
  };
  let neg = 0;
  const flip: number[] = [];
  for (let j = 0; j < matches.length && matches.start[j]! < e + 600; j++) {
    const v = contrib[j]!;
    if (v === 0) continue;
    if (matches.start[j]! < e) {
      if (v > 0) flip.push(j);
    } else if (v < 0) neg += v;
    else if (shortSentence(j)) flip.push(j);
    else return 0;
  }
  if (neg >= 0 || flip.length === 0) return 0;
  const punchline = punct === ':' || punct === '…' || punct.startsWith('..');
  if (!(punchline || neg <= -1.5 || RECURRENCE.test(rest) || QUICK_FAILURE.test(rest))) return 0;
  let delta = 0;
  for (const j of flip) {
    const v = contrib[j]!;
    contrib[j] = -0.8 * v;
    clauseScore[clause[j]!]! += -1.8 * v;
    delta += -1.8 * v;
  }
  return delta;
}

/**
 * Polarity from the text score, nudged by the star rating when one is given. Text wins when it
 * clearly disagrees with the stars (a 4-star "parcel lost" is negative).
 */
/**
 * A few English words with no sentiment term, no negation and no question ("Hands free control",
 * "Setting up", "Access to apps", "Alexa's sister (my second dot)") name what the buyer uses or
 * likes the product for, the answer a review form prompts for; a complaint needs a predicate
 * ("does not maintain a connection", "Sprint charges for this service", "The sizing was way off"),
 * so a copula or a verb of judging keeps the text out, and so does a request ("Tracking number
 * please", "Where my order"): a buyer message, not a review. Only for Latin text: a
 * short Chinese text without a term ("油", "2点才送来") is as often a complaint.
 */
const FRAGMENT_MAX_WORDS = 5;
const FRAGMENT_BLOCK =
  /\b(?:not|no|never|without|nothing|n't|dont|doesnt|didnt|cant|wont|isnt|wasnt|only|still|again|back|off|charges?|charged|had to|have to|wish|hope|would|should|could|is|are|was|were|am|been|be|being|came|arrived|does|did|feels?|looks?|seems?|sounds?|please|where|when|how|what|order|tracking|help)\b|n't\b|n’t\b|\?/i;
export function plainFragment(raw: string): boolean {
  const t = raw.trim();
  if (t.length < 3 || /[\u3400-\u9fff]/.test(t) || !/[a-z]/i.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  return words.length <= FRAGMENT_MAX_WORDS && !FRAGMENT_BLOCK.test(t);
}

export function decideSentiment(
  s: Scored,
  raw: string,
  rating: number | undefined,
  hasCause: boolean,
): Sentiment {
  let total = s.total;
  // Repeated exclamation/question marks amplify whatever the text already says.
  if (/[!！]{2,}|？{2,}|(?<![\u3400-\u9fff])\?{2,}/.test(raw) && total !== 0) total *= 1.2;
  if (rating !== undefined && Number.isFinite(rating)) {
    const r = Math.max(1, Math.min(5, rating));
    // No clear signal in the text (no term, or only weak ones): the stars decide.
    if (Math.abs(total) < WEAK_TEXT && r !== 3) return r > 3 ? 'positive' : 'negative';
    total += (r - 3) * 0.8;
  }
  if (total > 0.05) return 'positive';
  if (total < -0.05) return 'negative';
  if (s.hits === 0 && plainFragment(raw)) return 'positive';
  if (hasCause) return 'negative';
  if (s.hits > 0) return total >= 0 ? 'positive' : 'negative';
  // No lexical signal at all. Defuse reads reviews and buyer messages that reach customer service,
  // where a plain statement ("had to pay for the return shipping") is far more often a complaint
  // than praise; this prior was checked on the development sets as a whole. Empty or trivially
  // short texts stay neutral. Rechecked on the tuning parts only (2026-12-03): 44 rows reach this
  // line, 23 negative and 21 positive (Chinese 18 / 18, many of them Weibo posts about a brand
  // rather than reviews), so neither polarity is a real prior and 'neutral' would lose the 23 that
  // are right; the cues that do generalise are read as terms instead (continued use 天天喝 / 每天都用
  // / "been using it every", buying again), and this fallback stays.
  if (raw.trim().length < 4) return 'neutral';
  return 'negative';
}
