import type { Flag } from './types';

// All patterns run on the normalised text (lower case, Simplified, half-width punctuation).
// "[^.!?。]" keeps a pattern inside one sentence.
const S = '[^.!?。\\n]';

const REVIEW_ZH = '(?:差评|中评|一星|1星|一颗星|低分|负评|零分|0分)';
const MONEY_ZH =
  '(?:退全款|全额退款|退款|退钱|退货|退|赔偿|赔钱|赔|补偿|赔付|红包|返现|补差价|钱|\\d+\\s*(?:元|块))';
const REVIEW_EN = '(?:review|feedback|rating|stars?|1-star|one-star)';
const MONEY_EN =
  '(?:refund|money back|compensat\\w*|reimburs\\w*|pay(?:ing)? me|discount|credit|partial refund|free)';

const EXTORTION: RegExp[] = [
  // 不退款就差评 / 不给我赔偿的话我就给一星
  new RegExp(
    `(?:不|不给|没有|不肯)${S}{0,4}${MONEY_ZH}${S}{0,10}(?:就|的话|否则|不然|要不然|要不)${S}{0,10}${REVIEW_ZH}`,
  ),
  // 退款/赔偿…否则/不然…差评
  new RegExp(`${MONEY_ZH}[^。.\\n]{0,16}(?:否则|不然|要不然|要不|不然的话)${S}{0,12}${REVIEW_ZH}`),
  // 要么退款，要么差评
  new RegExp(`要么${S}{0,6}${MONEY_ZH}${S}{0,8}要么${S}{0,6}${REVIEW_ZH}`),
  // 给我50元/赔偿我就删差评 / 改好评
  new RegExp(
    `${MONEY_ZH}${S}{0,12}(?:就|才|我就|才会|再)${S}{0,6}(?:删|改|撤|追加|修改|给)${S}{0,4}(?:差评|好评|评价|评论|五星)`,
  ),
  // 想让我删差评/改好评，(就)拿钱/给补偿
  new RegExp(
    `(?:删|改|撤|修改)(?:掉)?${S}{0,3}(?:差评|评价|评论|好评)${S}{0,12}(?:拿|给|要|得|先|必须)${S}{0,8}${MONEY_ZH}`,
  ),
  new RegExp(`${REVIEW_ZH}${S}{0,12}(?:除非|要么)${S}{0,12}${MONEY_ZH}`),
  // 赔偿我就把差评删了
  new RegExp(
    `${MONEY_ZH}${S}{0,12}(?:就|才|我就|才会|再)${S}{0,3}把?${S}{0,2}(?:差评|评价|评论|一星)${S}{0,4}(?:删|改|撤|去掉)`,
  ),
  // 想让我改好评？先赔钱 (the question mark is part of the bargain)
  /(?:删|改|撤|修改)(?:掉)?[^。.!\n]{0,3}(?:差评|评价|评论|好评)[^。.!\n]{0,12}(?:赔|给|拿|补偿)[^。.!\n]{0,8}(?:钱|元|块|补偿|赔偿|红包)/,
  /职业差评|差评师|专业差评/,
  // unless you refund … review / review … unless you refund
  new RegExp(`\\b(?:unless|until)\\b${S}{0,60}\\b${MONEY_EN}${S}{0,60}\\b${REVIEW_EN}`),
  new RegExp(
    `\\b${REVIEW_EN}\\b${S}{0,60}\\b(?:unless|until|if you don't|if you do not|if i don't get|if i do not get|if i'm not|if i am not)\\b${S}{0,60}\\b${MONEY_EN}`,
  ),
  // refund me or I'll leave a 1-star review
  new RegExp(
    `\\b${MONEY_EN}\\b${S}{0,50}\\b(?:or else|or|otherwise|else)\\b${S}{0,50}\\b${REVIEW_EN}\\b`,
  ),
  // I'll remove/change my review if/once you refund me
  new RegExp(
    `\\b(?:change|remove|delete|update|revise|raise|take down|pull|edit|retract)\\b${S}{0,30}\\b(?:review|feedback|rating)\\b${S}{0,40}\\b(?:if|when|once|after|in exchange|for)\\b${S}{0,30}\\b${MONEY_EN}`,
  ),
  new RegExp(
    `\\b(?:if|when|once)\\b${S}{0,30}\\b${MONEY_EN}${S}{0,50}\\b(?:change|remove|delete|update|revise|raise|take down|pull|edit|retract|positive|good|5-star|5 star|five star|five-star)\\b${S}{0,20}\\b${REVIEW_EN}`,
  ),
  /\bprofessional (?:reviewer|critic)\b/,
  // if you don't refund me I will leave negative feedback
  new RegExp(
    `\\bif you (?:do not|don't|dont|won't|will not|refuse to|can't|cannot)\\b${S}{0,40}\\b${MONEY_EN}${S}{0,60}\\b${REVIEW_EN}`,
  ),
  // if my money is not back today I am leaving a 1 star review / if I don't get a refund I'll
  // post a bad review: a negated refund anywhere in the if-clause, then a review threat
  new RegExp(
    `\\bif\\b(?=${S}{0,60}(?:\\bnot\\b|n't|\\bnever\\b|\\bno\\b))(?=${S}{0,60}\\b(?:money|refund\\w*|reimburs\\w*|compensat\\w*|replacement)\\b)${S}{0,140}\\b(?:leav\\w*|post\\w*|writ\\w*|giv\\w*|put\\w*|drop\\w*|expect\\w*|change\\w*|updat\\w*)\\b${S}{0,40}\\b${REVIEW_EN}\\b`,
  ),
  // pay me $50 and I will delete the review
  new RegExp(
    `\\b${MONEY_EN}${S}{0,40}\\b(?:and|then)\\b${S}{0,20}\\b(?:change|remove|delete|update|revise|raise|take down|pull|edit|retract)\\b${S}{0,20}\\b(?:review|feedback|rating)`,
  ),
];

const LEGAL: RegExp[] = [
  /律师|起诉|法院|打官司|法律途径|法律手段|法律程序|诉讼|仲裁|告你们|告你|告到|追究.{0,6}法律责任|法庭|报警/,
  /\b(?:lawyers?|attorneys?|solicitors?|sue|suing|sued|lawsuits?|court|courts|legal action|legal proceedings|small claims|litigation|take you to court|legal steps|police)\b/,
];

const PLATFORM: RegExp[] = [
  /12315|消协|消保官|消保|消基会|消费者协会|消费者保护|工商局?|市场监管|市场监督|投诉到|投诉至|向(?:平台|淘宝|天猫|京东|拼多多|小二)|平台投诉|平台介入|小二介入|申请介入|客服介入|找(?:平台|小二|淘宝|天猫)|维权|举报|我要投诉|投诉你|去投诉|会投诉|要投诉|继续投诉|曝光/,
  /\b(?:a-to-z|a to z|atoz|a-z claim|chargebacks?|charge back|dispute (?:the|this) (?:charge|transaction)|dispute with (?:my|the) (?:bank|card|credit card|paypal)|open(?:ed|ing)? a (?:case|claim|dispute)|fil(?:e|ed|ing) a (?:claim|complaint|dispute)|report(?:ing|ed)? (?:you|this seller|this store|this|it) to (?:amazon|ebay|paypal)|contact(?:ing)? (?:amazon|ebay|paypal)|complain(?:ing)? to (?:amazon|ebay|paypal)|better business bureau|bbb|ftc|trading standards|consumer protection|attorney general)\b/,
];

const ABUSIVE: RegExp[] = [
  /傻逼|傻b|煞笔|沙比|傻叉|脑残|白痴|弱智|智障|混蛋|王八蛋|畜生|狗东西|你妈|尼玛|草泥马|操你|去死|死全家|不得好死|滚蛋|骗子|奸商|黑心(?:商家|店|卖家|老板)|垃圾(?:商家|店家|店铺|卖家|客服|老板|公司)|(?:^|[^a-z])(?:sb|cnm|tmd|nmd|nmsl)(?:[^a-z]|$)/,
  /\b(?:idiots?|morons?|imbeciles?|retards?|dumbass|stupid (?:people|seller|sellers|company|idiots?)|scammers?|thie(?:f|ves)|crooks?|liars?|fuck(?:ing|ers?)?|f\*+k|assholes?|bastards?|jerks?|pigs|losers|shit(?:ty)? (?:company|seller|store|service)|piece of shit|go to hell|screw you|damn you)\b/,
];

function firstMatch(rs: RegExp[], t: string): [number, number] | undefined {
  for (const r of rs) {
    const m = r.exec(t);
    if (m) return [m.index, m.index + m[0].length];
  }
  return undefined;
}

const TABLE: [Flag, RegExp[]][] = [
  ['extortion', EXTORTION],
  ['legal_threat', LEGAL],
  ['platform_complaint', PLATFORM],
  ['abusive', ABUSIVE],
];

/**
 * Risk flags of a buyer text (normalised, see normalize.ts). Angry words alone never raise
 * extortion or legal_threat. When `spans` is given, it receives the [start, end) of the first
 * match of each flag (indices are valid in the original text: normalisation keeps lengths).
 */
export function detectFlags(t: string, spans?: Map<Flag, [number, number]>): Flag[] {
  const out: Flag[] = [];
  for (const [flag, rs] of TABLE) {
    const m = firstMatch(rs, t);
    if (m) {
      out.push(flag);
      spans?.set(flag, m);
    }
  }
  return out;
}
