import { infoAt } from './lexicon';
import { normalizeText, type Norm } from './normalize';
import type { Scored } from './sentiment';

// A bare verdict ("VERY DISAPPOINTED", "it sucks", "垃圾", "太失望了") says the buyer is unhappy,
// not with what: it names no cause. The expectation gap (the product falling short of what the
// buyer hoped for) needs something of the product named — an attribute, a function, a comparison —
// so a text made only of verdicts and the product's own name has no cause ('none'). A question
// mark, 建议 ("I suggest") and a sigh (哎, 唉, "ugh") carry a little negative weight but name nothing either.
const VERDICTS_ZH =
  '失望 很失望 太失望 非常失望 好失望 大失望 极其失望 失望透顶 垃圾 太垃圾 真垃圾 超级垃圾 非常垃圾 特别垃圾 垃圾货 垃圾产品 垃圾东西 垃圾中的垃圾 差 很差 太差 太差了 非常差 特别差 超级差 真差 差劲 太差劲 很差劲 非常差劲 不好 很不好 太不好 非常不好 不行 很不行 太烂 很烂 烂 后悔 后悔了 很后悔 非常后悔 坑 坑人 坑爹 上当 上当了 无语 郁闷 呵呵 恶心 心塞 心累 醉了 服了 不推荐 不建议 别买 千万别买 不要买 抵制 不值得 差评 浪费 浪费钱 白花钱 建议大家别买 大家别买 不要买 千万不要买 慎买 建议 ？ 哎 唉 哎呀 唉呀 哎哟 唉唉 何必 何必呢 不太好 不怎么好 不是很好 炒作 无良 无良企业 黑心企业';
const VERDICTS_EN =
  "disappointed|very disappointed|extremely disappointed|so disappointed|really disappointed|totally disappointed|disappointing|disappointment|big disappointment|hate|hate it|hate this|i hate|sucks|it sucks|suck|terrible|horrible|awful|worst|bad|poor|garbage|trash|junk|crap|crappy|waste|wasted|waste of money|wasted my money|waste your money|don't waste|dont waste|regret|regret it|avoid|beware|not recommend|do not recommend|don't recommend|wouldn't recommend|would not recommend|don't buy|do not buy|unhappy|not happy|very unhappy|abhor|fooled|be fooled|ripoff|rip off|rip-off|scam|useless|worthless|stupid|what a waste|waste of time|how stupid|sigh|ugh|warning|same mistake|the same mistake|don't make the same mistake|do not make the same mistake|unhappy with|not happy with|disappointed with|disappointed in|?";
/** The product named as a whole (the phone, 东西): no attribute of it. */
const PRODUCT_ZH = '东西 产品 商品 宝贝 手机 平板 电脑 这个 这款';
const PRODUCT_EN = 'product|item|phone|device|unit|thing|it|this|purchase|decision|one';

/**
 * What the buyer does or tells others to do about the purchase says how unhappy they are, not
 * with what: returning it, wanting the money back, never buying or ordering again, telling others
 * not to buy, boycotting the brand, giving one star or a bad review, insulting the brand (滚).
 * These are verdicts whatever their wording (the label files' "none": "Returned it", "Sending it
 * back", "不会再买了", "坚决抵制垃圾蒙牛"); the goods' attribute or the failure beside them names the
 * cause.
 */
const VERDICT_ACT_ZH =
  /^(?:(?:以后|下次|再也|绝对|一定|坚决|永远|千万)?(?:不会|不|别|不要|不想)(?:会)?(?:再)?(?:买|来|点|订|定|光顾|回购|购买)(?:了|啦)?|(?:坚决)?抵制.*|.*差评.*|拉黑(?:了)?|一星|零星|1星|一颗星|零分|0分|负分|退(?:货|款|了|掉)?|申请退款|要求退款|已退货|已退款|滚|(?:千万)?(?:别|不要|不建议|不推荐)(?:买|点|来|购买)?(?:了)?|千万别|慎买|建议大家.*|劝大家.*)$/;
const VERDICT_ACT_EN =
  /^(?:returned?(?: it| this| them)?|returning(?: it| this)?|(?:send|sending|sent)(?: it| this| them)? back|(?:i )?want (?:my )?money back|(?:get|got) (?:my )?money back|refund(?:ed)?|(?:would|will|wouldn't|won't|never) (?:not )?buy(?: again)?|would not buy|will not buy|not buy(?: again)?|(?:don't|do not|dont) (?:buy|waste)|stay away|save your money|wasting(?: my| your)?(?: money| time)?|one star|1 star|zero stars|no stars|never again)$/;

/**
 * General praise under a negation ("Not good at all!", "not happy", 不满意) is the verdict turned
 * round, naming no more than the praise did.
 */
const GENERAL_PRAISE =
  /^(?:good|great|nice|happy|pleased|satisfied|impressed|ok|okay|fine|好|很好|满意|喜欢|行|推荐)$/;
const NEGATED_PRAISE =
  /^(?:(?:not|no|not very|not so|not that|not too) (?:good|great|nice|happy|pleased|satisfied|impressed)|(?:不|不太|不是很|不怎么|很不|一点都不|一点也不)(?:满意|喜欢|好))$/;

const norm = (s: string): string => normalizeText(s).t;
const VERDICT = new Set([...VERDICTS_ZH.split(' ').map(norm), ...VERDICTS_EN.split('|').map(norm)]);
const PRODUCT = new Set([...PRODUCT_ZH.split(' ').map(norm), ...PRODUCT_EN.split('|').map(norm)]);

/**
 * Whether the text names something the buyer is unhappy with beyond a bare verdict: a negative
 * term that is not a verdict, a topic other than the product as a whole, or a comparison.
 */
export function namesComplaint(s: Scored, nm: Norm): boolean {
  for (let k = 0; k < s.matches.length; k++) {
    const info = infoAt(s.matches, k);
    const term = nm.t.slice(s.matches.start[k], s.matches.end[k]);
    if (VERDICT.has(term) || VERDICT_ACT_ZH.test(term) || VERDICT_ACT_EN.test(term)) continue;
    if ((s.negated[k] && GENERAL_PRAISE.test(term)) || NEGATED_PRAISE.test(term)) continue;
    if (info.comparative) return true;
    if (info.strong.length > 0) return true;
    if (info.aspect.length > 0 && !PRODUCT.has(term)) return true;
    if (info.hasW && s.contrib[k]! < 0) return true;
  }
  return false;
}
