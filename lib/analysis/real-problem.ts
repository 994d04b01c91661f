/**
 * Whether a threatening message also states a real problem, read from its structure rather than
 * from a list of product faults (issue 9, "flags that help, not accuse"): a buyer with a real
 * problem who threatens a bad review is told apart from one who trades a review for nothing.
 *
 * Two readings, both only outside the threat's own words (the demand "不退就差评" and the content
 * a buyer threatens to write, 我就写"质量差", are not a problem stated):
 * - a clearly negative clause by the sentiment scorer (its lexicon, negation and contrast);
 * - a described fault by grammar: a result gone wrong (印错, "printed upside down"), the item's
 *   function emphatically denied (根本不结团), a change soon after use (才用半个月…就), a promise
 *   against what came ("promised 90%…; three sprouted", "out of 50, three").
 * Both are cheap: one pass over the scorer's matches and a few linear patterns.
 */
import type { Norm } from './normalize';
import type { Scored } from './sentiment';

/**
 * A clause outside the threat summing at least this negative, with one term at least this
 * negative, is a complaint of its own: mild words only (有点小问题, "a bit meh") are not clearly
 * negative, and a demand with a softened problem stays a bargain.
 */
const NEG_CLAUSE = -1.2;
/**
 * The remedy asked for (退款, 不退, "refund") is scored negative by the lexicon but is the demand,
 * not a problem (as in analyze: "the demand itself is not the problem"), wherever it stands.
 */
const REMEDY_TERM =
  /^(?:不|没|沒)?(?:退|退款|退钱|退錢|退货|退貨|换|換|赔|賠|补偿|補償)$|^(?:refunds?|returns?|replace(?:ment)?|compensat\w*)$/;

/**
 * The [start, end) (normalised text) of the strongest negative match of a clause, outside
 * [a, b) and the insult (if any), whose other matches sum to NEG_CLAUSE or less; or undefined.
 */
/**
 * A clause about the price (价格掉了, 降价了, "the price dropped"): a price that moved is the
 * buyer's regret, not a fault of the goods or the order (the cause reader's buyer_remorse).
 */
const PRICE_CLAUSE = /价|價|差价|降价|\bprices?\b|\bcheaper\b/;
/** How far before a clause's first match its subject is looked for. */
const SUBJECT_REACH = 6;

export function negativeClauseOutside(
  s: Scored,
  t: string,
  a: number,
  b: number,
  insult?: [number, number],
): [number, number] | undefined {
  const m = s.matches.length;
  let clause = -1;
  let sum = 0;
  let worst = -1;
  let best: [number, number] | undefined;
  let bestSum = NEG_CLAUSE;
  let from = 0;
  let to = 0;
  const close = (): void => {
    if (
      worst >= 0 &&
      sum <= bestSum &&
      s.contrib[worst]! <= NEG_CLAUSE &&
      !PRICE_CLAUSE.test(t.slice(Math.max(0, from - SUBJECT_REACH), to))
    ) {
      bestSum = sum;
      best = [s.matches.start[worst]!, s.matches.end[worst]!];
    }
  };
  for (let k = 0; k < m; k++) {
    const st = s.matches.start[k]!;
    const en = s.matches.end[k]!;
    if (s.clause[k] !== clause) {
      close();
      clause = s.clause[k]!;
      sum = 0;
      worst = -1;
      from = st;
    }
    to = en;
    if (en > a && st < b) continue;
    // An insult (傻逼客服) is anger at the seller, not a problem of the goods or the order.
    if (insult && en > insult[0] && st < insult[1]) continue;
    const v = s.contrib[k]!;
    if (v < 0 && REMEDY_TERM.test(t.slice(st, en))) continue;
    sum += v;
    if (v < 0 && (worst < 0 || v < s.contrib[worst]!)) worst = k;
  }
  close();
  return best;
}

// --- Described faults, by grammar (Chinese)
// A verb with the resultative complement 错 (印错, 刻错, 绣错, 装错, 写错): the work was done wrong,
// a mismatch with what was ordered. Not after a negation or a hypothetical (别写错, 不会装错,
// 怕发错, 万一弄错) and not 不错 ("not bad").
const RESULT_WRONG_ZH =
  /(?<![不没别怕万会])(?:印|刻|绣|写|做|装|贴|标|配|剪|缝|烫|喷|发|寄|给|拿|打|调|焊|接|拼|刷|装|画|算)(?:错|反|歪)(?:了|成)/;
// The item's function denied with emphasis in a told clause (根本不结团, 完全不出墨, 一点都不保温):
// what the goods do not do. Not a demand or a refusal (根本不退, 完全不理), not the buyer's own
// non-use (根本没用过, 还没拆), not "no problem at all" (完全没问题).
const DENIED_FUNCTION_ZH =
  /(?:根本|完全|压根|一点(?:都|也)|丝毫)(?:就)?(?:不|没|沒)(?!有?(?:问题|問題|毛病|事|关系|關係|差|坏|壞))(?!(?:给|給|退|换|換|理|回|处理|處理|管|发|發|寄|想|要|用|拆|开|開|打开|打開|知道|认|認|让|讓|说|說|会|會|是|在|有人))[\u4e00-\u9fff]/;
// A change soon after the start of use (才用半个月，涂层就…; 才洗一次就…; 不到三天就…): the
// issue's "用了三天就坏了" without the fault word. Not of delivery (才三天就到了: 到/送到).
const SOON_AFTER_ZH =
  /(?:才|刚|剛|不到)(?:用|穿|戴|洗|装|裝|買|买|开|開|充|骑|騎|睡|泡|种|種)?了?[^，,。！？!?\n]{0,6}[，,]?[^，,。！？!?\n]{0,10}?就(?!到|送到|收到|发货|發貨|寄到|回|好了|好)/;

// A change after a span of use (睡了一個月，中間就凹下去; 洗了两次就…): the "用了三天就坏了"
// with the duration after the verb and the fault word unknown. Not of a delivery or a liking
// (等了三天就到了, 用了一周就爱上了).
const AFTER_USE_ZH =
  /[了過过](?:[一二两兩三四五六七八九十半几幾]+|(?<!\d)\d+)(?:个|個)?(?:月|天|周|週|星期|礼拜|禮拜|次|回|小时|小時)[^。！？!?\n]{0,10}?就(?!到|送到|收到|发货|發貨|寄到|回|好了|好|爱|愛|喜欢|喜歡|习惯|習慣)/;
// A state that keeps going (接缝处一直渗水, 一直響): a persisting fault, or being left unanswered
// (一直不回), a service one. Not the buyer's own habit or loyalty (一直用, 一直在买, 一直很喜欢).
const KEEPS_ZH =
  /一直(?!在|用|很|是|等|想|喜|觉|覺|支持|买|買|关注|關注|都|以来|以來|到|这样|這樣|说|說|以为|以為)[\u4e00-\u9fff]/;

// --- Described faults, by grammar (English)
// A change already under way in a told clause ("the surface is already flaking", "already
// peeling"): a fault soon after it came. Not an order under way ("already shipping").
const ALREADY_EN =
  /\b(?:is|are|was|were|'s|'re) already (?!(?:shipping|working|using|enjoying|loving|coming|arriving|on)\b)\w+ing\b/;
// A result done wrong: a made or sent thing "printed upside down", "engraved wrong", "sewn
// inside out", or a misprint / misspelling.
const RESULT_WRONG_EN =
  /\b(?:printed|sewn|stitched|engraved|embroidered|spelled|spelt|labell?ed|assembled|installed|cut|glued|mounted|wired|packed)\b[^.!?\n]{0,20}\b(?:wrong(?:ly)?|upside[- ]down|backwards|inside[- ]out|crooked|off[- ]cent(?:er|re)|misaligned)\b|\bmis(?:print|spell|spelt|label|align)\w*/;
// A promise set against what came: "promised 90%…; three sprouted", "says waterproof, but…",
// "out of 50 seeds, three sprouted" (a share far below what was bought).
const PROMISE_SHORT_EN =
  /\b(?:promised|promises|advertised|guaranteed|claimed|claims|rated for|supposed to)\b[^.!?\n]{0,40}(?:[;—–]|,? but\b|,? yet\b|\bonly\b)|\bout of (?:(?<!\d)\d+|ten|twenty|thirty|fifty|a hundred)\b[^.!?\n]{0,30}\b(?:only )?(?:(?<![\d.])\d+|none|one|two|three|four|five|a few|a couple)\b/;

type FaultKind = 'quality' | 'not_as_described';
const FAULTS: [RegExp, FaultKind][] = [
  [RESULT_WRONG_ZH, 'not_as_described'],
  [DENIED_FUNCTION_ZH, 'quality'],
  [SOON_AFTER_ZH, 'quality'],
  [AFTER_USE_ZH, 'quality'],
  [KEEPS_ZH, 'quality'],
  [ALREADY_EN, 'quality'],
  [RESULT_WRONG_EN, 'not_as_described'],
  [PROMISE_SHORT_EN, 'not_as_described'],
];
const FAULTS_G: [RegExp, FaultKind][] = FAULTS.map(([re, k]) => [new RegExp(re.source, 'g'), k]);
/** A text names a fault a few times at most: later mentions are not looked at. */
const MAX_SEEN = 8;

/** Every pattern of this module, for the structural linearity test. */
export const REAL_PROBLEM_PATTERNS: RegExp[] = FAULTS.map(([re]) => re);

/**
 * A fault described by grammar outside [a, b) of the normalised text: its kind and span.
 */
export function describedFault(
  nm: Norm,
  a: number,
  b: number,
): { cause: FaultKind; span: [number, number] } | undefined {
  const t = nm.t;
  for (const [g, cause] of FAULTS_G) {
    g.lastIndex = 0;
    let seen = 0;
    for (let m = g.exec(t); m && seen++ < MAX_SEEN; m = g.exec(t)) {
      const st = m.index;
      const en = st + m[0].length;
      if (en <= a || st >= b) return { cause, span: [st, en] };
      if (m[0].length === 0) g.lastIndex++;
    }
  }
  return undefined;
}
