import type { Flag } from './types';

// All patterns run on the normalised text (lower case, Simplified, half-width, invisible
// characters removed, look-alike letters folded: see normalize.ts). Every pattern is linear:
// quantifiers are bounded, and a digit run is only ever read from its first digit ((?<!\d)), so
// no pattern retries inside a long run of digits.
const S = '[^.!?。！？\\n]';

const NUM_ZH =
  '(?:(?<!\\d)\\d+|(?<![一二两三四五六七八九十百千万几])[一二两三四五六七八九十百千万几]+)';
const REVIEW_ZH =
  // A mixed message names the stars in English (我就留 one star).
  '(?:差评|差平|(?<![a-z])cp(?![a-z])|中评|负评|一星|1星|(?:one|1)[- ]?stars?(?![a-z])|一颗星|一粒星|两星|二星|2星|两颗星|一分(?!钟|钱|货|价|为|耕)|1分(?!钟)|低分|零分|0分|坏评|恶评)';
// A sum in any currency word (元, 块, Cantonese 蚊, 台币, 港币).
const MONEY_ZH = `(?:免(?:一|这|两|个)?单|退全款|全额退款|退款|退钱|退货|退|赔偿|赔钱|赔|补偿|赔付|红包|返现|补差价|钱|${NUM_ZH}\\s*(?:元|块|蚊|台币|港币|港元|美金))`;
const REVIEW_EN = '(?:reviews?|feedback|ratings?|stars?|1-star|one-star)';
const MONEY_EN =
  '(?:make it worth my while|refund|money back|compensat\\w*|reimburs\\w*|pay(?:ing)? me|pay(?:ing)? for my (?!return|replacement|repair|shipping|postage|refund)[a-z]+|buy(?:ing)? me (?:a|an|some|dinner|lunch|drinks|new)|send me|comp(?:ing)? me|comp(?:ing)? (?:this|my|the) (?:order|purchase|meal|stay|item|bill)|(?:(?<!\\d)\\d+|a hundred|fifty|twenty|thirty|forty|ten|a few) (?:bucks|dollars|pounds|quid|euros)|discount|credit|partial refund|free|gift cards?|vouchers?|freebies?|(?:a|another) (?:second|spare|extra|free) (?:unit|one|item|pair|set)|a second (?:unit|one|item|pair|set)|cash|paypal|venmo|\\$\\s?\\d)';

// The 不 of a potential complement (对不上, 打不开, 修不好, 充不进: verb + 不 + result) says what
// the item cannot do, the problem itself; it never negates a demand (不退, 不换), so it opens no
// threat: "序列号对不上，不退我就给差评" is read from the second 不, and the mismatch stays a problem.
const VC_VERB =
  '[对打修用充关装开拉插看听找弄搞办洗穿盖合扣锁拧连登吹烘擦刷接读扫放拿收算说讲记写做吃喝转走跑提脱扯撕剪切推按点认查戴坐睡站踩刮挤抠拔掰拧旋折叠压升降撑]';
const VC_COMP = '[上下开好了进出来去到住动起清懂完掉着成透见够满稳紧齐对通亮干净响准惯]';
const NOT_DEMAND_ZH = `不(?<!${VC_VERB}不(?=${VC_COMP}))`;

/** Earlier single-pattern threats, kept: they were written from general usage. */
const LEGACY: RegExp[] = [
  new RegExp(
    `(?:${NOT_DEMAND_ZH}|不给|没有|不肯)${S}{0,4}${MONEY_ZH}${S}{0,10}(?:就|的话|否则|不然|要不然|要不)${S}{0,10}${REVIEW_ZH}`,
  ),
  new RegExp(`${MONEY_ZH}[^。.\\n]{0,16}(?:否则|不然|要不然|要不|不然的话)${S}{0,12}${REVIEW_ZH}`),
  new RegExp(`要(?:么|嘛)${S}{0,6}${MONEY_ZH}${S}{0,8}要(?:么|嘛)${S}{0,6}${REVIEW_ZH}`),
  new RegExp(`${REVIEW_ZH}${S}{0,12}(?:除非|要(?:么|嘛))${S}{0,12}${MONEY_ZH}`),
  new RegExp(`\\b(?:unless|until)\\b${S}{0,60}\\b${MONEY_EN}${S}{0,60}\\b${REVIEW_EN}`),
  new RegExp(
    `\\b${REVIEW_EN}\\b${S}{0,60}\\b(?:unless|until|or you (?:can|could)|if you don't|if you do not|if i don't get|if i do not get|if i'm not|if i am not)\\b${S}{0,60}\\b${MONEY_EN}`,
  ),
  new RegExp(
    `\\b${MONEY_EN}\\b${S}{0,50}\\b(?:or else|or|otherwise|else)\\b${S}{0,50}\\b${REVIEW_EN}\\b`,
  ),
  new RegExp(
    `\\bif you (?:do not|don't|dont|won't|will not|refuse to|can't|cannot)\\b${S}{0,40}\\b${MONEY_EN}${S}{0,60}\\b${REVIEW_EN}`,
  ),
  new RegExp(
    `\\bif\\b(?=${S}{0,60}(?:\\bnot\\b|n't|\\bnever\\b|\\bno\\b))(?=${S}{0,60}\\b(?:money|refund\\w*|reimburs\\w*|compensat\\w*|replacement)\\b)${S}{0,140}\\b(?:leav\\w*|post\\w*|writ\\w*|giv\\w*|put\\w*|drop\\w*|expect\\w*|change\\w*|updat\\w*)\\b${S}{0,40}\\b${REVIEW_EN}\\b`,
  ),
];

/** Any review a bargain can be about: the bad one to remove and the good one it would become. */
const ANY_REVIEW_ZH = `(?:${REVIEW_ZH}|好评|(?<![a-z])hp(?![a-z])|评价|评论|五星|追评)`;
/** A sum asked for without a unit (给我两百, 转我500): a number right after "give/transfer me". */
const SUM_ZH = `(?:${MONEY_ZH}|拿${S}{0,2}${NUM_ZH}(?![星颗个次天周月年号])|(?:给|转|汇|打)我${S}{0,2}${NUM_ZH}(?![星颗个次天周月年号]))`;
/** Fees for the buyer's trouble asked as "compensation" (辛苦费, 跑腿费, 精神损失费, 误工费). */
const FEE_ZH =
  '(?:辛苦费|跑腿费|精神损失费|精神补偿|误工费|补偿费|茶水费|封口费|推广费|广告费|宣传费|公关费|合作费|稿费|润笔费|测评费)';
/** Goods asked for free (送我两件, 免费寄三组, 多寄一套): a gift is a payment for a review too. */
const GIFT_ZH = `(?:(?:给|帮)我(?:寄|送|发)${S}{0,2}${NUM_ZH}\\s*(?:件|个|套|组|份|双|台|瓶|盒|支|条)|(?:寄|送|发)(?:一)?(?:套|件|个|部|台|份)(?:新|全新)?(?:嘢|的|货|款)?(?:俾|畀|给)我|(?:送|寄|发|俾|畀)(?:多|多一|多两)(?:件|个|份|套|盒|支|瓶)|(?:送|寄|发|给)(?:我|给我)${S}{0,3}(?:${NUM_ZH})\\s*(?:件|个|套|组|份|双|台|瓶|盒|支|条)|免费(?:寄|送|给|发)(?!了)|白送|(?:多|再|另|加)加?(?:寄|送|发)(?!了)(?:我|给我)?${S}{0,2}${NUM_ZH}\\s*(?:件|个|套|组|份|双|台|瓶|盒|支|条))`;
/**
 * Perks, gifts and vouchers asked for (给点好处, 送我个赠品, 送我一张折价券): a payment only where a
 * review is then traded for them in so many words (…，我就给好评), since a gift or coupon received
 * is often just thanked for (送了小礼物，好评).
 */
const PERK_ZH = `(?:(?:畀|俾|给)(?:返)?(?:啲|点|些)?(?:著数|着数|好处|甜头)|(?:再|另|多)?加(?:送)?(?:个|一个|份|点|些|两个)(?:赠品|礼物|小礼品|周边)|(?:送|给|发|寄)(?:我)?${S}{0,3}(?:赠品|礼物|小礼品|周边|折价券|优惠券|购物金|代金券|礼品卡|购物卡|礼券))`;
/** The review going away: deleted, changed, or "disappearing" (消失, 没了, 不见). */
const GONE_ZH =
  '(?:删|改|撤|拿掉|收返|收回|拿返|不写|不留|不发|去掉|消失|没了|不见|当没(?:写|打|发|留|给)过|当没发生过?|一笔勾销|作废|不算数)';

/** Paying to make trouble go away (花点小钱了事, 破财消灾): named next to a review, the bargain itself. */
const HUSH_ZH = '(?:(?:花|出|掏)(?:点|些)?(?:小)?钱|破财)(?:了事|消灾|摆平|买平安|息事宁人)';

/** A review offered in exchange for money (删差评 for a payment, "remove my review once you pay"). */
const BARGAIN: RegExp[] = [
  // Either the bad review or "working something out" ("I can either post a review or we can work
  // something out"): the review held against an unnamed deal.
  /\beither (?:post|leave|write|publish|put up|upload)\b[^.!?\n]{0,50}\b(?:review|video|post)\b[^.!?\n]{0,30}\bor (?:we|you) (?:can|could) (?:work something out|come to an? (?:arrangement|agreement|deal|understanding)|make a deal)\b/,
  new RegExp(
    `${HUSH_ZH}[^。！？!?\\n]{0,30}${ANY_REVIEW_ZH}|${ANY_REVIEW_ZH}[^。！？!?\\n]{0,30}${HUSH_ZH}`,
  ),
  // Coverage sold: a payment keeps the shop out of the buyer's next video or post ("a free unit
  // and some compensation keeps your brand out of my next video").
  new RegExp(
    `\\b${MONEY_EN}${S}{0,60}\\b(?:(?:keeps?|keeping) (?:you|your (?:brand|shop|store|company|name|products?)|this|it)|(?:you|your (?:brand|shop|store|company|name|products?)|this|it) (?:stays?|stay)) out of my\\b`,
  ),
  // A good review granted once a sum is sent first (你们要我留好评也可以，先汇一千过来).
  new RegExp(
    `(?:好评|五星|评价)(?:也|都)?(?:可以|没问题|能给|好说|行)[^。！？!?\\n]{0,4}(?:先|但|不过|前提是)[^。！？!?\\n]{0,6}(?:汇|转|打|给|俾|畀)(?:我)?${S}{0,3}${NUM_ZH}`,
  ),
  // A good review granted on a payment first (好评可以，但你们要先退我一半的钱).
  new RegExp(
    `(?:好评|五星|评价)(?:可以|没问题|能给|好说)[^。！？!?\\n]{0,6}(?:但|不过|前提)[^。！？!?\\n]{0,12}(?:先)?(?:退|给|转|补|送|返)我`,
  ),
  // The removal granted on a condition (负评删掉没问题，前提是这笔订单全部退款).
  new RegExp(
    `${ANY_REVIEW_ZH}${S}{0,4}${GONE_ZH}掉?(?:可以|没问题|没有问题|好说|都得|可以的)${S}{0,6}(?:但|不过|前提|条件)${S}{0,16}(?:退|给|转|补|送|返|赔|汇|免单)`,
  ),
  // The review put up for sale (评价的事可以谈，你开个价; "my review is negotiable").
  new RegExp(
    `${ANY_REVIEW_ZH}[^。！？!?\\n]{0,20}(?:谈(?:个|一下|下)?价|开个价|开价|出个价|出多少|愿意出|给多少|什么价|值多少|开个数|给(?:我)?个数)|\\b(?:review|rating|feedback|one-star|stars?)\\b[^.!?\\n]{0,12}\\b(?:is|are|'s) (?:negotiable|up for (?:negotiation|discussion)|for sale)\\b|\\b(?:review|rating|feedback)\\b[^\\n]{0,60}\\b(?:make me an offer|name your price|whatever you pay)\\b`,
  ),
  // A price asked first, the rating threatened after a condition (开个价吧，不然这个商品的评分我让它
  // 掉下去): the same sale of the review in the other order.
  new RegExp(
    `(?:开个价|开价|出个价|你们出多少|开个数|给(?:我)?个数)${S}{0,6}[,，]?${S}{0,4}(?:不然|否则|要不然|要不|唔系|不的话)${S}{0,24}(?:${ANY_REVIEW_ZH}|评分|星)`,
  ),
  // The review's removal priced (差评挂着也行，删的话一百块).
  new RegExp(
    `${ANY_REVIEW_ZH}[^。！？!?\\n]{0,10}${GONE_ZH}掉?的话${S}{0,4}(?:${MONEY_ZH}|${NUM_ZH}\\s*(?:元|块|百|千|万))`,
  ),
  // A good review offered on a demand (你们想要好评也简单，下单的钱全退给我，东西我留着).
  new RegExp(
    `(?:想要|要想|想让我给|要我给)(?:好评|五星)[^。！？!?\\n]{0,30}(?:给我|退给我|转我|送我|补我|免单|留着)`,
  ),
  new RegExp(
    `(?:${MONEY_ZH}|${GIFT_ZH}|${PERK_ZH})${S}{0,14}(?:就|才|我就|才会|再|马上|立刻|立马)${S}{0,6}把?${S}{0,4}(?:删|改|撤|追加|修改|去掉|拿掉|不留|不写|不给|不打|不再(?:留|写|给|打|刷)|唔再?(?:留|写|俾|畀|打|刷))${S}{0,4}(?:差评|负评|好评|评价|评论|五星|一星)`,
  ),
  new RegExp(
    `(?:${MONEY_ZH}|${GIFT_ZH}|${PERK_ZH})${S}{0,14}(?:就|才|我就|才会|再|马上)${S}{0,3}把?${S}{0,2}(?:差评|负评|评价|评论|一星)${S}{0,4}(?:删|改|撤|去掉|拿掉)`,
  ),
  new RegExp(
    `${SUM_ZH}${S}{0,14}${ANY_REVIEW_ZH}${S}{0,2}(?:就|马上|立刻|立马|我就|就会|会)?${GONE_ZH}`,
  ),
  new RegExp(
    `(?:给我|转我|转给我|汇给我|打给我)${S}{0,10}${MONEY_ZH}[^。.!\\n]{0,8}(?:差评|评价|一星)${S}{0,4}(?:马上|立刻|就)?(?:删|改|撤)`,
  ),
  new RegExp(
    `(?:删|改|撤|修改)(?:掉)?${S}{0,4}${ANY_REVIEW_ZH}[^。.!\\n]{0,14}(?:拿|给|要|得|先|必须|赔|汇|转|多退|多赔|多给|多补|再退|补)${S}{0,8}${MONEY_ZH}`,
  ),
  // The review named first, its going away offered, then the payment asked for ("差评我可以删的，
  // 您补偿我三百元辛苦费就好"): the same bargain in the polite order.
  new RegExp(
    `${ANY_REVIEW_ZH}${S}{0,6}${GONE_ZH}[^。.!\\n]{0,20}(?:补偿|给|转|汇|赔|打|发)(?:我|给我)?${S}{0,6}(?:${MONEY_ZH}|${FEE_ZH}|${NUM_ZH}(?![星颗个次天周月年号件套份双台瓶盒支条组]))`,
  ),
  // Goods or perks asked first, then the review gone (送我一台新的，负评就当没发生过).
  new RegExp(
    `(?:${GIFT_ZH}|${PERK_ZH})${S}{0,10}${ANY_REVIEW_ZH}${S}{0,3}(?:就|马上|立刻|我就|都)?(?:会)?${GONE_ZH}`,
  ),
  // A gift for a better rating in either order (送我两件新款，我就改成五星; 给我免费寄三组，不然…负评
  // is read by the conditional rules).
  new RegExp(`${ANY_REVIEW_ZH}${S}{0,8}${GONE_ZH}[^。.!\\n]{0,16}${GIFT_ZH}`),
  new RegExp(
    `\\b(?:change|remove|delete|update|revise|raise|take down|pull|edit|retract|turn|flip|switch|bump)\\b${S}{0,30}\\b(?:review|feedback|rating|1-star|one-star|stars?)\\b${S}{0,40}\\b(?:if|when|once|after|in exchange|for|the moment|the minute|the second|as soon as)\\b${S}{0,30}\\b${MONEY_EN}`,
  ),
  new RegExp(
    `\\b(?:if|when|once)\\b${S}{0,30}\\b${MONEY_EN}${S}{0,50}\\b(?:change|remove|delete|update|revise|raise|take down|pull|edit|retract|positive|good|5-star|5 star|five star|five-star)\\b${S}{0,20}\\b${REVIEW_EN}`,
  ),
  new RegExp(
    `(?:\\b${MONEY_EN}|\\$\\s?(?<!\\d)\\d|\\b(?:send|give|pay|wire|transfer) me\\b)${S}{0,50}\\b(?:and|then)\\b${S}{0,30}\\b(?:change|remove|delete|update|revise|raise|bump|boost|upgrade|fix|improve|correct|take (?:it |my review |the review )?down|pull|edit|retract|forget|overlook|leave (?:a |you a )?(?:glowing|positive|good|great|five-star|5-star)|(?:i(?:'ll| will) )?(?:post|write|say|leave|put up) something (?:nice|good|positive|kind|lovely|great|glowing)|changes|changed|goes to|goes from|moves to|disappears?|goes away|comes? off|comes? down|vanish\\w*|becomes?|turns? into|goes up to|jumps to|flips to|reconsider|gets? (?:a lot |much |way |far |a bit )?(?:better|kinder|nicer|friendlier|warmer|higher|more (?:positive|generous|favou?rable))|friendlier|kinder|nicer|you (?:can|could|will|'ll) (?:have|get) (?:your |my |the )?(?:five|5)[- ]stars?)\\b`,
  ),
  new RegExp(
    `\\b(?:review|feedback|rating)\\b${S}{0,30}\\b(?:disappears?|goes away|comes down|vanish\\w*)\\b${S}{0,30}(?:\\b(?:if|when|once|after|for)\\b|\\$)`,
  ),
  // The price named first, then the review going ("for fifty bucks my review can vanish").
  new RegExp(
    `\\bfor\\b${S}{0,20}\\b${MONEY_EN}${S}{0,20}\\b(?:review|feedback|rating)\\b${S}{0,12}\\b(?:vanish|disappear|go away|come down|come off|be gone)`,
  ),
  // A partial refund or cash back asked, then the good review given at once (要是能退我一半的钱，
  // 五星评价马上给你): the review is the price.
  new RegExp(
    `(?:要是|如果|只要|若|能)${S}{0,6}(?:退(?:我)?(?:一半|一部分|部分|点|些)(?:的)?钱|返(?:个|点|些)?现|${FEE_ZH}|红包|${NUM_ZH}\\s*(?:元|块|蚊))${S}{0,12}(?:好评|五星|满分)(?:评价)?${S}{0,4}(?:马上|立刻|立马|就|现在就|当场)(?:给|送|奉上|安排|打)`,
  ),
  // The hinted payment refused, then the next review aimed at the shop (你们家要是不懂事，那下一条就是
  // 你们; 唔识做嘅话，后果自负).
  new RegExp(
    `(?:不懂事|唔识做|不识做|不识趣|不上道|(?:懂点事|懂事(?:一)?点|识做(?:啲|点))${S}{0,4}(?:不然|否则|要不然|唔系|要不))${S}{0,12}(?:下一(?:条|个|篇|位)|轮到(?:你们|你哋)|就是你们|就系你哋|(?:别|唔好|休|不要)怪|后果自负)`,
  ),
  // The bad review the seller would not want, then goods or a sum beyond a remedy asked for it
  // (唔想我留差评，就送多两件俾我啦; 不想要一星的话，转我两百).
  new RegExp(
    `(?:不想|唔想|不要|唔要|不希望|唔希望)(?:我|要)?${S}{0,3}${REVIEW_ZH}${S}{0,16}(?:${GIFT_ZH}|${PERK_ZH}|${FEE_ZH}|红包|返现|${NUM_ZH}\\s*(?:元|块|蚊|百|千))`,
  ),
  // Perks or a payment withheld, then how the piece gets written left as the threat (不给点好处，
  // 文章怎么写就别怪我了; 唔俾啲着数我，篇文点写就唔好怪我).
  new RegExp(
    `(?:不|唔|冇|没)(?:给|俾|畀|发|送)${S}{0,4}(?:着数|著数|好处|甜头|意思|表示|红包|${FEE_ZH}|钱)${S}{0,14}(?:怎么写|点写|写成(?:什么|乜)|写(?:什么|乜嘢|咩))${S}{0,8}(?:别怪|唔好怪|休怪|不要怪|莫怪)`,
  ),
  // The review weighed against a sum (一个差评和两百块哪个划算; "a one-star review or $50: which
  // costs you more?") and the review priced as a question ("how much is my review worth to you?").
  new RegExp(
    `${ANY_REVIEW_ZH}${S}{0,6}(?:和|跟|与|还是|or)${S}{0,6}(?:${MONEY_ZH}|${NUM_ZH}\\s*(?:元|块|蚊|百|千))${S}{0,8}(?:哪个|哪样|边个|谁)${S}{0,2}(?:划算|值|便宜|合算|抵)|(?:${MONEY_ZH}|${NUM_ZH}\\s*(?:元|块|蚊|百|千))${S}{0,6}(?:和|跟|与|还是)${S}{0,6}${ANY_REVIEW_ZH}${S}{0,8}(?:哪个|哪样|边个|谁)${S}{0,2}(?:划算|值|便宜|合算|抵)`,
  ),
  /\b(?:what|how much) (?:would|will|could|can|do|did) you (?:offer|give|pay|be willing to pay) (?:me )?(?:to|for)\b[^.!?\n]{0,30}\b(?:review|feedback|rating|one-star|1-star)|\bhow much is (?:my|the|this|that) (?:\w+[- ]){0,2}?(?:review|feedback|rating)s? worth\b|\bwhat(?:'s| is) (?:my|the|this|that) (?:\w+[- ]){0,2}?(?:review|feedback|rating) worth to you\b|\bwhat(?:'s| is| would be|'d be) it worth to you\b[^.!?\n]{0,40}\b(?:review|feedback|rating|one-star|1-star)/,
  // The review's removal granted once paid, the review first and passive ("Want my review taken
  // down? Sure, once you've refunded me in full"): the question mark does not end the bargain.
  new RegExp(
    `\\b(?:review|feedback|rating|one-star|1-star)s?\\b${S}{0,6}\\b(?:taken down|removed|deleted|changed|updated|pulled|gone)\\b[^\\n]{0,40}?\\b(?:once|when|after|as soon as|the moment)\\b${S}{0,30}\\b${MONEY_EN}`,
  ),
  // A sum asked for the whole matter to be dropped, next to a review named before it (差评怎么写
  // 我清楚得很。给我一千，这事就过去了): hush money, not a remedy (a refund is no sum here).
  new RegExp(
    `${ANY_REVIEW_ZH}[^\\n]{0,60}?(?:(?:给|转|汇|打)我${S}{0,2}${NUM_ZH}(?![星颗个次天周月年号件])|${NUM_ZH}\\s*(?:元|块|蚊)|${FEE_ZH}|红包)${S}{0,6}(?:这事|这件事|这个事|事情)?(?:就)?(?:过去了|算了|翻篇|了结|一笔勾销|当没发生)`,
  ),
  // The price named first ("for a $40 credit I could see my way to removing the review").
  new RegExp(
    `\\b(?:for|in exchange for|in return for)\\b${S}{0,12}\\b${MONEY_EN}${S}{0,40}\\b(?:remov|delet|chang|updat|revis|edit|retract|pull|tak\\w* down|rais|bump)\\w*${S}{0,20}\\b${REVIEW_EN}`,
  ),
];

/** A sum, fee, cash-back or price difference asked for a good review (补我一百块差价，我就给五星). */
const PAID_PRAISE_ZH = new RegExp(
  `(?:(?:补|给|转|返|赔)(?:我)?${S}{0,3}${NUM_ZH}\\s*(?:元|块|百|千)|${FEE_ZH}|红包|返现|差价)${S}{0,14}(?:就|才|我就|马上|立刻)${S}{0,4}(?:给|打|改成|换成)${S}{0,4}(?:好评|五星|满分)`,
);

/**
 * The review made to depend on what the seller does ("my review depends on it", "how you handle
 * this will decide my rating", 我的评价取决于你们的处理, 你们的处理方式会决定我的评价).
 */
const CONTINGENT: RegExp[] = [
  // The case told to everyone with no channel named (这件事我会让大家都知道的, "I'll let every buyer
  // on this listing know"): the clause ends on 知道 / "know", so "让大家知道你们多用心" (what is
  // told follows, praise) is not read; a warning to other buyers is the bad review itself.
  new RegExp(
    `(?:会|要|一定|肯定|就|必须|绝对)${S}{0,3}让(?:大家|所有人|每个人|全世界|更多人|别人|后面的人|其他(?:买家|人|顾客))(?:都)?知道(?:的|了|吧|啊)?(?=$|[,，.。!！?？\\s~]|这件事)`,
  ),
  /\b(?:i'll|i will|i'm going to|im going to|i am going to|gonna|going to)\s+(?:let|make sure)\s+(?:every|all|other|any)\s*(?:one|body|buyers?|customers?|shoppers?|people)?\b[^.!?\n]{0,40}\bknow\b(?![^.!?\n]{0,40}\b(?:great|amazing|love|lovely|recommend\w*|good|helpful|kind|fast|brilliant|wonderful)\b)|\bmake sure (?:it's|it is|this is|my review is) the first thing (?:people|buyers|customers|shoppers|everyone|anyone) (?:see|sees|read|reads)\b/,
  // The bad review with a warning to wait for it (一星加举报等着吧, 差评等着瞧).
  new RegExp(`${REVIEW_ZH}${S}{0,8}(?:等着(?:吧|瞧|收)|走着瞧|等住(?:啦|吧|睇))`),
  // Meeting in the review section (那就评论区见): the review as the next step.
  /(?:那就|那|就|我们|咱们)[^，,。！？!?\n]{0,2}(?:评价|评论|留言|追评)区见/,
  // Everyone about to buy told ("everyone considering this brand is going to read about it").
  /\b(?:every(?:one|body)|anyone|people|buyers|customers|shoppers) (?:considering|thinking of buying|looking at|browsing|shopping)\b[^.!?\n]{0,30}\b(?:is going to|will|are going to|'s going to|gonna) (?:read|hear|know|learn) about (?:it|this|what happened)\b/,
  // The review's going live tied to nothing changing ("it goes up Friday if nothing changes").
  /\b(?:my|the) (?:review|rating|feedback|write-?up)\b[^.!?\n]{0,100}\b(?:goes|go|going|is going|will go) (?:up|live|online|public)\b[^.!?\n]{0,30}\b(?:if|unless)\b(?=[^.!?\n]{0,30}\b(?:nothing|not|no one|nobody|never)\b|[^.!?\n]{0,30}n't\b)/,
  // A review site named as the next step after being let down ("Fine. Trustpilot it is.").
  /\b(?:trustpilot|yelp|sitejabber|google reviews?|tripadvisor|the review section|reviews?) it is\b/,
  // The review venue as where the buyer goes to write the case up (那我就去Google评论写清楚…):
  // a consequence word, a review venue, then writing it out; praise after it is a good review.
  new RegExp(
    `(?:那|那我|我)(?:就|只好|只能)${S}{0,3}(?:去|到|在|上)${S}{0,10}?(?:评论|评价|评论区|评价区|留言区|问大家)${S}{0,14}?(?:写|说|讲|留|挂|贴)(?:清楚|明白|出来|一下|上去)?(?![^。！？!?\\n]{0,8}(?:好评|五星|推荐|夸|表扬|感谢|谢谢))`,
  ),
  /\bguess what (?:my|the) (?:review|rating|feedback|stars?) (?:is going to|'s going to|will|is gonna) (?:be|say|look like)\b/,
  // The bad review removed once a 说法 or 交代 satisfies the buyer (说法满意了差评我就改): what is
  // owed is left for the seller to guess, so with no problem stated it is the bargain.
  new RegExp(
    `(?:说法|交代|表示)${S}{0,6}(?:满意|到位|合理|给到|够)${S}{0,10}(?:${REVIEW_ZH}|评价|评论)${S}{0,4}(?:我)?(?:就|才|自然|马上|立马)?(?:会)?(?:改|删|撤|追加好评|拿掉)`,
  ),
  /\b(?:review|feedback|rating|stars?) to match\b/,
  /\bsee what happens to your (?:reviews?|ratings?|stars?|feedback|score)\b/,
  // How the piece gets written left to the seller's gesture (文章要怎么写，就看你们怎么表示了; 篇文点写，
  // 睇你哋有冇表示): the payment asked without a sum. The seller's service (表现) is a remedy: not here.
  /(?:怎么写|点写|写成(?:什么|乜)|写(?:什么|乜嘢|咩)|写得(?:好不好|怎么样|点))[^。！？!?\n]{0,8}(?:就|全|都)?(?:看|睇|取决于)(?:你们|你哋|你|商家|店家|老板)(?:的)?(?:怎么|点|如何|有冇|有没有|有无)?(?:表示|意思|诚意|识做|懂事)/,
  /\byour (?:reviews?|ratings?|feedback|stars?)\b[^.!?\n]{0,16}\b(?:about to|going to|will|'re going to|are going to) (?:take a hit|drop|tank|suffer|go down|plummet)\b|\b(?:watch|see) your (?:reviews?|ratings?|feedback|stars?|score) (?:drop|tank|fall|plummet|sink|go down|take a hit)\b/,
  // Asked whether the seller wants the case written up ("do you really want me to write about this?").
  /\b(?:do|would) you (?:really |honestly |seriously )?(?:want|like) me to (?:write|post|tell (?:everyone|people|the world)) about (?:this|it|that|what happened|how you)\b/,
  /\bno (?:\w+ ){0,2}?(?:refund|replacement|reply|fix|answer|response|exchange)\b,? no (?:five|5|good|positive|nice) (?:stars?|reviews?|feedback|rating)|\b(?:my|the) (?:review|feedback|rating)\b[^.!?\n]{0,24}\baccordingly\b|\b(?:my|the) (?:review|rating|feedback|stars?)\b[^.!?\n]{0,12}\b(?:depends|hinges|rests|will depend) on (?:it|that|this|you\b|your|how you|what you|whether you)|\b(?:how|what) you (?:handle|do|deal with|resolve|respond)[^.!?\n]{0,20}\b(?:will|would|is going to) (?:decide|determine|shape|set) (?:my|the) (?:review|rating|feedback|stars?)\b/,
  /(?:评价|差评|评分|评论)[^。！？!?\n]{0,16}(?:看|睇|取决于)(?:你们|你哋|你|商家|店家)(?:有冇|有没有|有无|的)?(?:诚意|表现|态度|意思|表示)|(?:评价|差评|负评|评分|评论|好评)[^。！？!?\n]{0,8}(?:看|取决于|就看|全看)(?:你们|你哋|你|商家|店家|贵店)?(?:怎么|如何|肯|愿意|能)?(?:补偿|补贴|赔|给多少|出多少|补多少|贴多少|返多少|表示|意思|拿出)|(?:不|没)(?:给|肯)?(?:退|换|赔|补|处理|解决)[^，,。！？!?\n]{0,4}(?:就)?(?:别想|没有|不会有|甭想|休想)(?:要|拿到|得到)?(?:好评|五星)|(?:评价|评分|评论|星数)[^，,。！？!?\n]{0,4}(?:取决于|要看|全看|看)(?:你们|你哋|商家|店家|贵店)|(?:你们|你哋|商家|店家)[^，,。！？!?\n]{0,10}(?:会|将)?决定(?:了)?(?:我的)?(?:评价|评分|评论)/,
];

/**
 * A gift or voucher asked for in so many words, then a good review for it (你送我个赠品，我就给好评).
 * Never a gift received (送了小礼物，我就给五星啦 is thanks): no 了 anywhere in it.
 */
const PAID_PRAISE_GIFT_ZH = new RegExp(
  `(?:送|给|寄|发|畀|俾)(?!了|过)我(?:(?!了)${S}){0,3}(?:赠品|礼物|小礼品|周边|优惠券|折价券|购物金|代金券|两件|两个|一套|一份)(?:(?!了)${S}){0,6}(?:就|我就|才)(?:(?!了)${S}){0,4}(?:给|打|改成|换成)(?:(?!了)${S}){0,4}(?:好评|五星|满分)(?!了)`,
);

/**
 * A complaint withdrawn for money (投诉可以撤，前提是额外赔我一千; "I'll drop the chargeback for
 * $50 on top"): the same bargain as a review for money. Read only with a demand beyond a refund
 * (BEYOND_REFUND), since closing a dispute once refunded is the ordinary end of a case.
 */
const COMPLAINT_BARGAIN: RegExp[] = [
  new RegExp(
    `(?:赔|给|转|汇|补偿|打)(?:我)?${S}{0,12}(?:投诉|举报|申诉|检举|拒付|退单|争议)${S}{0,4}(?:就|我就|马上)?(?:撤|撤销|撤回|取消)`,
  ),
  new RegExp(
    `(?:投诉|举报|申诉|检举|拒付|退单|争议|12315|12345)${S}{0,8}(?:撤|撤销|撤回|取消|收回|不追究|算了)[^。.!\\n]{0,24}(?:赔|给|转|汇|补偿|打|退|补)`,
  ),
  new RegExp(
    `(?:赔|给|转|汇|补偿|打)(?:我)?${S}{0,12}(?:就|才|我就|马上)${S}{0,4}(?:撤|撤销|撤回|取消)${S}{0,6}(?:投诉|举报|申诉|检举|拒付|退单|争议)`,
  ),
  new RegExp(
    `\\b(?:withdraw|drop|cancel|close|retract|pull)\\b${S}{0,12}\\b(?:complaint|claim|dispute|chargeback|report)\\b${S}{0,40}\\b(?:if|when|once|for|in exchange)\\b`,
  ),
];

const REMEDY_PROMISE =
  /\b(?:once|when|after|as soon as)\b[^.!?\n]{0,30}\b(?:comes? through|arrives?|goes through|is (?:processed|issued|done|sent)|lands|(?:i )?(?:get|receive|have) (?:it|the|my))\b|(?:收到|到账|到了|退了|换了|补发了)(?:之后|以后|后)?[^。！？\n]{0,4}(?:我)?(?:会|就)|(?:收到|到账|退了|换了|补发了|到了)[^。！？\n]{0,10}(?:已|已经)(?:改|删|撤|追加)/;

// --- A bargain read by its parts, in the polite forms ("a small thank-you of $20 would go a long
// way toward a better rating", 给点辛苦费吧，评价的事好商量): within a sentence and the next, a
// payment beyond any remedy (a sum, fees, a gift, a voucher, a free extra) and the review moving
// the buyer's way (changed, removed, better, 好商量, 不追究). Refunds, replacements and repairs are
// remedies and never count as the payment.
// 意思意思, 表示一下, 有啲表示: the token payment named without a sum; an apology (表示一下歉意)
// or thanks is not one. 懂事, 识做, 掂量着给: the payment hinted at as a demand (the seller praised as 老板懂事 is
// not; 你懂的 is an idiom of praise too: 快递速度你懂的，好评).
const PAY_ZH = new RegExp(
  `(?:俾|畀|给)(?:我)?(?:多)?(?:啲|点|些)?(?:折扣|折头|优惠)(?!码|券)|返(?:个|点|些)现|免(?:一|这|两|个)?单|(?:再|另|多)?加(?:送)?(?:个|一个|份|点|些|两个)(?:赠品|礼物|小礼品|周边)|懂不懂事|(?:要|得|请|学会)?懂事(?:一)?点|识唔识做|识做(?:啦|点|啲|嘅话)|识趣(?:点|啲)|掂量着?(?:给|办)|看着给|让我(?:觉得)?(?:值得|值回|划算|有得赚)(?!了)|给(?:点|些)(?:补偿|好处|意思|表示)|拿(?:出)?(?:点|些)?(?:诚意|意思|表示)(?!歉)|(?:有(?:啲|点|些|所)|(?<![不没的])意思|(?<![不没])表示)(?:表示|意思|一下)(?![^,，。!?！？\\n]{0,3}(?:歉|道歉|谢|感谢|心意))|(?:给|转|汇|打|补偿|补|赔|返|发|送)(?:我|给我)${S}{0,4}(?:${NUM_ZH}(?:\\s*(?:元|块|百|千|万)|(?=[,，。！!？?]|$))|红包|现金)|${FEE_ZH}|红包|返现|(?:赔|退|返|补|给)(?:我|给我)?${S}{0,4}(?:[双两三四五十]|(?<!\\d)\\d+)倍|(?:[双两三四五十]|(?<!\\d)\\d+)倍${S}{0,3}(?:赔|退|返|补|的钱|嘅钱|价钱|运费|赔偿|补偿)|退一赔[二三四五十]|多(?:给|送|寄|发)(?!了)(?:我|给我)?${S}{0,2}(?:一|两|${NUM_ZH})|${GIFT_ZH}`,
);
// Several more units for free ("send me two more for free") are a gift beyond a replacement,
// which is one unit for one broken.
const PAY_EN = new RegExp(
  `\\$\\s?(?<!\\d)\\d|\\b(?:thank-you (?:gift|payment|of)|gift cards?|\\w+ cards? (?:of|worth)|vouchers?|coupons?|store credit|credit|compensation|compensate me|comp me|cash|freebies?|free (?:(?:second|extra|spare|matching|new|another) )?(?:upgrade|gift|item|unit|one|product|extra|month|set|pair|bundle|sample|case)|(?:throw|throwing) in|discount codes?|promo codes?|(?:send|give|ship)(?: me)? (?:a |an |some )?free (?!replacement|repair|return|shipping|postage|label|exchange|delivery)[a-z]+|(?:send|give|ship|throw)(?: me| in)? (?:two|three|four|five|a few|some|a couple(?: of)?|(?<!\\d)[2-9](?!\\d)) (?:more|extra)(?: \\w+)? (?:for free|free of charge|on the house)|(?:make|making) it worth my while|worth my while|what'?s in it for me|pay me(?! back)|pay(?:ing)? for my (?!return|replacement|repair|shipping|postage|refund)[a-z]+|buy(?:ing)? me (?:a|an|some|dinner|lunch|drinks|new)|a little something|something for my (?:trouble|time|inconvenience)|for my (?:trouble|time|inconvenience)|(?:a )?goodwill gesture|gesture of goodwill|sweeten\\w*|token of (?:your )?(?:appreciation|goodwill)|what do i get (?:out of (?:it|this)|in return)|comes? my way|(?<!\\d)\\d+ (?:dollars|bucks|pounds|euros|quid))\\b`,
);
const MOVE_ZH =
  /(?:自然|当然)?(?:就)?(?:会)?变好|好起来|收返|收回|调高|提高|改高|加分|不(?:给|打|留|写|发)(?:你们)?(?:差评|负评|一星)|可以不(?:发|写|留|打)|不发(?!货)|不(?:写|留)了|写好(?:的|点|一点|看)|好好写|好说|删|改|撤|好看|好话|好听|好商量|商量|不追究|夸|好评|五星|种草|消失|去掉|加星|不想(?:我|让我)?(?:写|给|打|留)/;
const MOVE_EN =
  /\b(?:revis\w*|remov\w*|delet\w*|chang\w*|updat\w*|edit\w*|retract\w*|better (?:rating|review|feedback)|go away|goes away|disappear\w*|reflect\w*|rais\w*|bump\w*|improv\w*|five stars?|5 stars?|positive|reconsider\w*|take (?:it|the review|my review) down|gone|go either way|(?:help|helps) me decide|sway me|tip the (?:scales|balance)|make up my mind|talk about|discuss\w*|revisit\w*|comes? (?:down|off)|so will (?:my|the) (?:review|rating|feedback)|keep (?:my|the) (?:review|feedback|rating|one-star|1-star) (?:quiet|to myself|private|offline|off)|hold (?:off on )?(?:my|the) (?:review|feedback)|go(?:es)? a long way|how (?:this|the|my) (?:review|write-?up|rating|feedback) turns out|negotiat\w*|rethink\w*|think again|kinder|nicer|warmer|friendlier|higher|more (?:generous|positive|favou?rable)|glowing|(?:good|great|positive|five-star|5-star) (?:review|rating|feedback|write-?up))\b/;
const REVIEW_ANY =
  /\bwrite-?ups?\b|避雷|种草|评价|评论|差评|好评|追评|一星|五星|负评|评分|改评|删评|撤评|测评|评测|\b(?:reviews?|feedback|ratings?|one-star|1-star|stars?)\b/;
/** The payment refused or already settled (补偿就算了, 不用补偿, "no compensation needed"). */
const PAY_REFUSED =
  /(?:不用|不要|不需要|不必|就算了|算了|没必要)|\b(?:no|not|never|without|don't need|no need)\b|\b(?:already|last time|got a)\b/;

function bargainByParts(t: string): [number, number] | undefined {
  let seen = 0;
  for (let i = 0; i < t.length && seen++ < MAX_MENTIONS;) {
    // This sentence and the next (能不能补偿我一百块？补偿到位了评价自然会好看).
    const stop = /[。！？!?.\n]/g;
    stop.lastIndex = i;
    const e1 = stop.exec(t)?.index ?? t.length;
    stop.lastIndex = e1 + 1;
    const e2 = Math.min(stop.exec(t)?.index ?? t.length, e1 + 120);
    const win = t.slice(i, Math.min(e2, i + 240));
    const zh = PAY_ZH.exec(win);
    const en = zh ? null : PAY_EN.exec(win);
    const pay = zh ?? en;
    if (pay && REVIEW_ANY.test(win) && (zh ? MOVE_ZH : MOVE_EN).test(win)) {
      const lead = win.slice(Math.max(0, pay.index - 16), pay.index);
      const tail = win.slice(pay.index, pay.index + pay[0].length + 8);
      // A gift already given and thanked for (还送我一个小礼物，好评) is no payment asked.
      const received =
        /(?:还|已经|居然|竟然|贴心地?|特意|附|又|都)$/.test(lead) ||
        /\b(?:thanks? (?:you )?for|loved|love|got|received|enjoyed|included|sent me|with) (?:the |your |a |my )?$/.test(
          lead,
        ) ||
        /^[^.!?\n]{0,30}\b(?:was|were|came|arrived)\b/.test(
          win.slice(pay.index + pay[0].length, pay.index + pay[0].length + 30),
        );
      // The shop's own promotion named or asked about (好评返现那种, 返现活动还有吗): the seller's
      // offer, not the buyer's demand.
      const promo =
        (/返现|红包/.test(pay[0]) && /(?:好评|晒图|五星|评价)$/.test(lead)) ||
        /^(?:的)?活动/.test(win.slice(pay.index + pay[0].length));
      if (
        // Only a refusal in the payment's own clause counts (退款我不要，直接转我两百: the refund is
        // what is refused, the sum is asked for).
        !PAY_REFUSED.test(lead.slice(lead.search(/[^,，;；。]*$/))) &&
        !received &&
        !promo &&
        !/就算了|算了|不用了|不需要/.test(tail) &&
        // A sum or goods already given (给我免单了) is no payment asked.
        !(
          /^了/.test(win.slice(pay.index + pay[0].length)) &&
          /单|送|给|寄|发|返|退|红包/.test(pay[0])
        )
      ) {
        return [i, i + win.length];
      }
    }
    i = e1 + 1;
  }
  return undefined;
}

/** Signals of a professional bad reviewer (always extortion). */
const PRO =
  /(?:同行|对家|竞争对手|对手)(?:请|叫|派|让|雇)(?:我)?(?:来|嚟)|\b(?:your )?competitors? (?:paid|sent|hired) me\b|职业差评|差评师|专业差评|专门(?:写|给|打)(?:差评|评价)|专门写评价|专门[^。！？!?\n]{0,8}写(?:差评|评价|测评|点评)|(?:评价|测评|点评|差评|好评)[^。！？!?\n]{0,8}(?:收费|付费)合作|(?:好评|评价|测评|点评)(?:是)?要?(?:收费|付费|收钱)的?(?![^,，。!?！？\n]{0,3}(?:吗|嗎|么|\?|？))|\bi (?:write|do|post) reviews for money\b|\bpaid reviewer\b|\bmy reviews (?:aren't|are not|don't come) (?:free|cheap)\b/;

/**
 * A reviewer by trade (专业测评博主, 开箱 KOL, an influencer): a signal of the professional bad
 * reviewer only next to a bargain read otherwise, since saying so alone (我是专业测评博主，会如实写)
 * demands nothing.
 */
const PRO_SOFT =
  /\breview (?:channel|account|blog|page)s?\b|(?:评论|评价|测评|开箱)(?:帐号|账号)|追踪(?:的人|者|数)?(?:不少|很多|好几万|几万|上万)|\bprofessional (?:reviewer|critic)\b|\bi (?:review|test) (?:\w+ )?(?:for a living|professionally)\b|\bi (?:write|do|post) reviews (?:for a living|professionally)\b|(?:一年|每年|每个月|每月)?写(?:了)?(?:几百|上百|几十|上千|好几百|(?<!\d)\d+)(?:条|篇|个)(?:评价|测评|评论)|粉丝(?:都|很多|好几万|几万|(?<!\d)\d+)|专业(?:评价|测评|评测|点评|试用|开箱)(?:员|师|人|博主|达人|号|kol|网红|部落客|up主)|(?:测评|开箱|评测)(?:博主|达人|kol|网红|部落客|up主)|\b(?:i (?:review|test) (?:products|gadgets|things)|reviewer|influencer|blogger|content creator)\b/;

/**
 * Reviews from many accounts (用小号刷差评, 每个号都打一星, "every one of my accounts"): the professional
 * bad reviewer's mark wherever a threat is read, real problem or not.
 */
const SOCKS =
  /小号|刷差评|洗负评|(?:[两二三四五六七八九十百几多每]+|(?<!\d)\d+)个(?:号|账号|帐号)|\b(?:multiple|several|a few|many|all my|every one of my|each of my) accounts\b/;

/** Demands beyond a refund: a multiple of the price, damages, extra cash, keeping the item. */
// A sum asked as credit or compensation ("I want $200 in store credit") is beyond any remedy too.
const BEYOND_REFUND = new RegExp(
  `(?:\\$\\s?(?<!\\d)\\d+${S}{0,3}\\b(?:in |of |worth of )?(?:store credit|credit|compensation|vouchers?|gift cards?|cash)\\b|\\b(?:send|give|throw in|include|add) (?:me |in )?(?:a |an |some |two |a couple of |another )?free\\b(?! (?:replacement|repair|return|shipping|postage|exchange|label))|\\breplacement,? (?:and |plus |as well as )?(?:a )?(?:full )?refund|\\brefund,? (?:and |plus |as well as )?(?:a )?(?:new )?replacement|\\b(?:refund|replacement)\\b${S}{0,30}\\b(?:and|plus|as well as|on top)\\b${S}{0,12}\\b(?:a |an |some )?(?:vouchers?|gift cards?|coupons?|store credit|cash|fee|pr package|payment)\\b|免单|东西(?:我)?留着|不用寄回|东西归我|(?:东西|货)?(?:我)?(?<!再|还|你们|你|你哋)(?:不|唔)(?:寄|退)(?:回|返)(?!来|嚟|给我|俾我|畀我)|[双三四五十]倍|(?<!\\d)\\d+\\s*倍|精神损失|误工费|辛苦费|跑腿费|补偿费|茶水费|封口费|业配费|推广费|合作费|广告费|额外|另外(?:再)?(?:赔|补|给)|红包|返现|现金|(?:赔|补偿|转|汇|给)(?:我)?${S}{0,3}${NUM_ZH}\\s*(?:元|块|万)|(?:转|汇|打)${NUM_ZH}(?:块|元)?给我|除了(?:退款|退货|退钱|换货|换新|补发|重发)(?:之外|以外)?[^，,。！？\\n]{0,6}(?:还|再|另外|也)(?:要|得|必须|需要)?(?:再)?(?:赔|补偿|补|给|送|寄)|赔(?:我|偿我)${NUM_ZH}(?=$|[，,。！？!?\\s])|再免费(?:给我|帮我)?(?:寄|送|发|补)(?:[两二三四五六七八九十几]|(?<!\\d)[2-9])(?:套|件|个|份|双|盒|箱|瓶|台|条|只)|\\bon top of\\b|\\b(?:keep|keeping) (?:the item|it|them|the product)\\b|\\b(?:i|me) keep (?:the|it|this|my)\\b(?=${S}{0,40}\\brefund)|\\b(?:i'm|i am|i'll be|i will be) keeping (?:the|it|this|my|them)\\b(?=${S}{0,40}\\brefund)|\\brefund\\w*${S}{0,40}\\b(?:i|me) keep (?:the|it|this|my)\\b|\\b(?:send|pay|give|wire|transfer) me\\b${S}{0,12}(?:\\$\\s?(?<!\\d)\\d|\\b(?:fifty|hundred|twenty|thirty|forty|(?<!\\d)\\d+) (?:dollars|bucks|pounds|euros|quid)\\b)|\\bpay me\\b${S}{0,20}\\b(?:dollars|bucks|pounds|euros|quid)\\b|\\b(?:double|triple|twice|three times)\\b${S}{0,20}\\b(?:refund|money|price)\\b)`,
);

// --- Conditional review threats, read structurally: a bad-review mention, an intent to give it
// (future or imperative, not a past "I left a review"), and a condition around it.
const BAD_REVIEW_ZH = new RegExp(
  // A review site is the review itself (发到大众点评, Google 评论), like Yelp or Trustpilot in English.
  // Translation software renders a bad review as 不好的评价/不良评价 ("negative evaluation"), and
  // the review space as the place under the order (在所有订单下面写清楚): the same review threatened.
  `(?:${REVIEW_ZH}|大众点评|点评网|openrice|食评|(?:google|谷歌)\\s*(?:地图|map)?\\s*(?:评论|评价|评分)|(?:低|差|烂|坏|负面)的?(?:评分|评价|评论|分数)|(?:不好|不良)的(?:评分|评价|评论)|不良(?:评价|评论)|(?:在|喺)(?:所有|每个|每一个|每笔|这个|那个)?(?:的)?(?:订单|商品|宝贝|产品)(?:的)?(?:下面|下边|底下)|追评|追加评价|追加评论|(?:在|喺|响)(?:商品|宝贝|店铺|产品|虾皮|淘宝|天猫|京东|拼多多|露天|momo|pchome|亚马逊|amazon)?(?:评价|评论)|(?:在|喺|响)(?:商品页|宝贝页|详情页|问大家|商品问答)|(?:评价|评论)(?<=(?:写|放|传|贴|发|加|记|po|晒)(?:进|到|在|入|上)(?:评价|评论))|(?:评价|评论|追评)(?=区?(?:里|上|度)?见)|(?:评价|评论)(?=${S}{0,4}(?:一向|向来|从来|都|一直)(?:很|特别|非常|是)?(?:详细|仔细|认真|真实|较真|不留情))|(?:评价|评论)(?=${S}{0,3}(?:摆|挂|放|留)(?:喺度|在那(?:里|儿)?|着|住|度))|(?:评价|评论)(?=${S}{0,3}(?:写|发|挂|po|贴|晒)出(?:来|去)(?!了))|(?:评价|评论|评分)(?=${S}{0,6}(?:写|打|给)得?(?:很|好|超|非常|特别|极其)?(?:烂|差|难看|难睇|唔好睇|低|最低|最差|零分|一分))|(?:评分|分数|星级|信誉)${S}{0,8}(?:拉低|拉下来|降低|打低|压低|搞低|拉到最低)|(?:拉低|降低|压低)(?:你们|你哋|你家)?(?:的|嘅)?(?:店铺|店|商品)?(?:的|嘅)?(?:评分|分数|星级|信誉)|评价(?:里|区|中|上|度|嗰度)|评论(?:区|里|度|嗰度)|我的评价|商品问答|(?:真实|如实|老实|诚实|据实|照实)(?:地)?(?:留下|写下|写出|给出)?的?(?:评价|评论)|(?:评价|评论)(?=${S}{0,4}(?:提醒|告诉|警告|让大家|让其他|照实|如实|实话|一五一十|原原本本|好好(?:写|评|说)|认真写|自己想象|可想而知))|(?<=(?:等(?:着|住)(?:看|瞧|收)|睇住|走着瞧)(?:我的|我嘅|我|你们的)?)(?:评价|评论)|(?:评价|评论|评分|评测|测评)(?=${S}{0,3}(?:不好说|难说|难写|不好写|不知道怎么写|不客气|不会客气|唔会好睇|不会好看|别想好看|好看不了|好不了|不会好|好不到哪|不可能好|不会留情|不留情|难看|难睇|唔好睇)))`,
  'g',
);
// "make sure every parent on here knows": the warning to other buyers, no channel named.
const BAD_REVIEW_EN =
  /\b(?:(?:1|one|2|two|0|zero|low|lowest|detailed|full|public|bad|negative|poor|terrible|scathing|honest|awful|horrible|worst|brutal|harsh|savage|damning|unflattering|angry|nasty)[- ](?:\w+[- ]){0,2}?(?:reviews?|feedback|ratings?|evaluations?)|(?:1|one|0|zero)[- ]stars?|[10]\*[- ]?(?:reviews?|ratings?|feedback)|(?:my|a|the) (?:review|feedback|rating)s?|(?:what|which|what kind of) (?:reviews?|feedback|ratings?|stars?)|(?:my|the|this) (?:post|write-?up|video|thread|tiktok|vlog)s? (?=(?:stays?|goes|will go|is going|stays) (?:up|live|public|online)\b)|reviews? (?:goes|will go) (?:up|live)|(?:your|the) (?:product|listing|item) page|(?:google|yelp|trustpilot|tripadvisor|sitejabber) reviews?|(?:every|each|all the) review sites?|yelp|trustpilot|tripadvisor|sitejabber|(?:leav|post|giv)(?:e|ing) feedback|(?:for|so that|so) (?:everyone|everybody|the whole world|all|other (?:buyers|shoppers|customers)|others|people) (?:to |can )?(?:read|see)|warn(?:ing)? (?:other |future |fellow )?(?:buyers|shoppers|customers|people|everyone)|make sure (?:nobody|no one|no-one) (?:else )?(?:ever )?(?:buys?|orders?|shops?|purchases?)|make sure (?:every(?:one|body)?|all(?: the)?|other|the other)\b(?: \w+){0,3}? knows?\b(?=\s*(?:about (?:it|this|that|what happened)\b|what happened|what you did|[.!?,]|$))|rate you (?:on|everywhere|badly|poorly|low)|rate (?:you|this|it|the \w+) (?:accordingly|honestly|truthfully|harshly)|review(?:ing)? (?:it|this|you|the \w+) (?:honestly|accordingly|truthfully|harshly)|reviews?)\b/g;
/** A condition before the review mention (same or previous clause). */
// Every conditional opener, in all three scripts (a mixed message puts an English "if" before a
// Chinese consequence): the condition is the structure, whatever its wording.
const COND_ZH_BEFORE =
  /(?:不|没|唔|冇)(?:给(?:我|个)?)?(?:收回|回收|送|换|退|赔|修|补|发|寄|处理|解决|管|理|回|说法|负责|答复|回复|交代|解释)(?!了|也|过)[^，,；;。！？!?\n]{0,3}[,，；;。？?]|(?:不|没|别|唔|冇)[^。！？!?\n]{0,20}(?:就|的话|嘅话|我就|立马|马上|立刻|明天|今天)|否则|不然|要不|再不|除非|看着办|如果|要是|假如|假使|倘若|倘使|若是|(?<![倘假])若(?!干)|万一|一旦|的话|嘅话|要(?:么|嘛)|这样下去|前提是|再(?:等|拖)下去|(?:处理|解决|搞|弄|办)不(?:好|了|妥)|看着来|看着(?:处理|解决|弄)|掂量|最后一次机会|最后通牒|最后(?:一天|期限|时限)|给(?:你们|你|你哋)(?:到|最后)(?!的)|(?:还是|依然|仍然|照样)(?:这样|没|不|冇)|最后一次(?:好好|跟你们|和你们|同你哋|提醒|警告|沟通|说|讲|问|催)|难道(?:要|让|逼|非要)我|是想(?:要|让|逼)我|非(?:要|得|逼)我|逼(?:得)?我|再(?:没|冇|无)|再(?:拖|敷衍|推|找借口|不理|不回|这样|唔|装死|装傻|踢皮球|糊弄)|再[^，,；;。！？!?\n]{1,6}[,，](?:我|那我|那)?就|不给个?说法|不处理|不解决|(?:天|日|小时|钟头|周|星期|礼拜|号)(?:内|之内|以内|之前|前)|\b(?:if|unless|until|otherwise|or else|should|in case|provided|absent|failing)\b/;
/** A condition or intent after it (差评伺候, 等着差评, 差评跑不了, 差评…除非…). */
const COND_ZH_AROUND =
  /想清楚|想好了|考虑清楚|掂量掂量|自己掂量|伺候|等(?:着|住)(?:收)?(?:吃|食)?$|看着办|没跑|跑不掉|逃不掉|跑不了|少不了|逃不了|免不了|躲不掉|躲不了|是肯定的|肯定(?:少不了|跑不了)|除非|要(?:么|嘛)|不会改|不会删|(?<!改)不改|(?<!删)不删|没完/;
/** Remedy words: the condition is about getting something. */
const REMEDY_ZH =
  /返(?!回|工|修|程)|负责|补(?!充)|(?:(?:也|都|还|没人)不?|不)管(?!怎|如何|多少|是否|好坏|什么|三七|是|有没有|用)|退|赔|换|补发|补偿|处理|解决|说法|重发|交代|回复|回覆|答覆|回应|答复|满意|结果|修|发货|发出|寄出|送到|到货|联系/;
/** The mention is past or unwanted (已经给了差评, 不想给差评): not a threat. */
// 之前 after a time word is a deadline (听日之前, 周五之前唔回覆我就…), not the past.
const PAST_ZH =
  /(?:已经|(?<![日天号点周末时钟月年今明晚早午])之前|上次|早就|刚才|刚刚)[^。！？!?\n]{0,6}$|(?:给了|打了|写了|留了|发了)$|(?:不想|不愿|不会|不打算|舍不得|不忍心|不忍|懒得)[^。！？!?\n]{0,3}$/;
const PAST_ZH_AFTER = /^(?:是因为|是由于|的原因)/;
const INTENT_ZH =
  // A review added to another step (打12315投诉，顺便差评; 外加一星) is intended like the step.
  /不介意|不怕|不惜|顺便|外加|加上|再加|就|会|要|去|给|畀|俾|写|打|刷|留|发|上|追加|改成|伺候|等(?:着|住)|直接|马上|立马|全网|别怪|休怪|到时候|只能|只好|将/;

/** The seller made the cause of the review ("make me write", "do you want me to leave…?"). */
const FORCED_EN =
  /\b(?:would you (?:rather|prefer)|do you want|would you like) (?:that )?i (?:put|write|post|leave|mention|say|include|add)\b[^.!?\n]{0,30}$|\b(?:do|must|will|would|should) i (?:really |actually |seriously |honestly )?(?:have|need) to (?:write|leave|post|give|put|drop)\b|\bmust i (?:write|leave|post|give)\b|\b(?:do|would) you (?:really )?(?:want|like) (?:a |an |the |my )?$|\b(?:how would you (?:feel|like)|what would you say to|how about|would you prefer|should i (?:just |simply )?(?:start|go ahead|begin))\b[^.!?\n]{0,40}$|\b(?:make|making|force|forcing|push|pushing|drive|driving) me (?:to )?(?:write|leave|post|give|put|drop)\b|\b(?:do|would) you (?:really )?(?:want|like) me to (?:write|leave|post|give|put|drop)\b/;
const COND_EN =
  /\b(?:one|a|two) clicks? away from\b|\bfinger (?:is )?(?:hovering )?(?:on|over) the\b|\b(?:make|making|force|forcing|push|pushing|drive|driving) me (?:to )?(?:write|leave|post|give|put|drop)\b|\b(?:do|would) you (?:really )?(?:want|like) me to (?:write|leave|post|give|put|drop)\b|\b(?:in case|should (?:you|this|it|that|the|i|there)|provided|providing|absent|failing|either)\b|\b(?:fix|replace|refund|resolve|sort|answer|respond|reply|send|return|make)\b[^.!?\n]{0,40}\bor\b|\b(?:keep|continue|go on|refuse|ignore|deny|decline|reject|do nothing|stall)\w*\b[^.!?\n]{0,30}\band\b|\bone more\b[^.!?\n]{0,30}\band\b|\b(?:last|final) (?:chance|warning|opportunity)\b|\b(?:again|one more time|once more|a (?:second|third|fourth) time|next time)\b[^.!?\n]{0,12}\band\b|\bif\b[^.!?\n]{0,60}(?:\bnot\b|n't\b|\bnever\b|\bno\b|\bnothing\b|\bnobody\b|\bno one\b)|\bif\b[^.!?\n]{0,60}\b(?:cant|dont|wont|isnt|arent|doesnt|didnt|wasnt|werent|havent|hasnt|aint|couldnt|wouldnt)\b|\bunless\b|\buntil\b|\botherwise\b|\bor else\b|\belse\b|\bor (?:i|i'll|i will|my|you'll|you will|this|it|expect|the)\b|\byour call\b|\byour choice\b|\bwithout (?:a |an |my |the |any )?(?:refund|replacement|reply|response|answer|fix|solution)\b|\byou(?: have|'ve got|'ve| have got) (?:\w+ ){0,2}(?:hours?|days?|weeks?)\b[^.!?\n]{0,12}\bthen\b|\b(?:fix|sort|refund|replace|resolve|answer|respond|deal with)\b[^.!?\n]{0,30}\bbefore i\b|\bgive me (?:a|one) (?:good )?reason not to\b|(?:^\s*|[.?!]\s*)(?:then|in that case|if not|fine),? |\b(?:keep|go ahead and|carry on|continue|go on) (?:ignoring|stalling|ghosting|dodging|avoiding|brushing)\b|\bif i (?:have|need) to (?:\w+ ){0,3}?(?:again|one more time|once more|a (?:second|third|fourth) time)\b|\bwatch me\b/;
const INTENT_EN =
  /\b(?:watch me|is coming|coming your way|on (?:its|the) way|incoming|clicks? away from (?:posting|publishing|submitting|leaving)|about to (?:post|publish|submit|leave)|will|'ll|going to|gonna|getting|gets|next stop|see what|see how (?:that|this|it) (?:works out|goes)|(?:and|then) see|i am (?:leaving|posting|writing|giving)|and (?:then )?(?:leaving|posting|writing|giving|putting)|i'm (?:leaving|posting|writing|giving)|im (?:leaving|posting|writing|giving)|expect|be seeing|see a|get a|goes (?:up|live)|stays?|straight to|is going|remains?|write|post|leave|give|put|drop|turn into|becomes?|(?:otherwise|or else|else|or),? (?:that's|that is|that'll be|this is|here's)|enjoy (?:your|the|a)|hears? about it|helps? (?:others|other buyers|people) avoid|warns? (?:others|other buyers|people|everyone)|do the talking|or i|(?:last|final) (?:warning|chance) before|(?:everyone|everybody|the (?:whole )?world|people|other buyers|others) (?:reads?|hears?|knows?|learns?|sees?))\b/;
const PAST_EN =
  /\b(?:i (?:left|gave|wrote|posted|have left|have written|already)|already|previous(?:ly)?|last time|because)\b/;
const NOT_WANT_EN =
  /\b(?:(?:do not|don't|dont|didn't|did not|never) want to|hate to|(?:would|'d) hate for|hate for|(?:would|'d) rather not|don't wish to)\b[^.!?\n]{0,20}$/;

/**
 * After a review the buyer would not want to leave, the remedy asked as its price ("I'd hate to
 * leave a scathing review, so please sort this out", "…but I will if"): the polite threat.
 */
const LEVER_AFTER_EN =
  /^[^.!?\n]{0,40}?\b(?:so|but|unless|which is why)\b,? (?:please |kindly |just |can you |could you |you'd better |i will if |i'll have to if )?(?:sort|fix|resolve|refund|replace|send|make|get back|respond|reply|answer|deal|help|do something|act)\b|^[^.!?\n]{0,40}?\bbut (?:i|i'll|i will)\b[^.!?\n]{0,16}\b(?:if|unless)\b/;

/** A condition about the seller failing (keep stalling, refuse, no answer): a plain "my review" after it is the weapon. */
const NEG_COND_EN =
  /\bif i (?:have|need) to (?:\w+ ){0,3}?(?:again|one more time|once more|a (?:second|third|fourth) time)\b|\b(?:keep|carry on|go on|continue|go ahead and) (?:ignoring|stalling|ghosting|dodging|avoiding)\b|\bwon'?t (?:refund|replace|help|answer|reply|respond|fix)\b|\bwithout (?:a |an |my |the |any )?(?:refund|replacement|reply|response|answer|fix|solution)\b|\byou(?: have|'ve got|'ve| have got) (?:\w+ ){0,2}(?:hours?|days?|weeks?)\b|\b(?:last|final) (?:chance|warning|opportunity)\b|\b(?:refuse|ignore|deny|decline|reject|do nothing|stall|keep)\w*\b[^.!?\n]{0,30}\band\b|\b(?:if|unless|until|in case|should|provided|absent|failing)\b[^.!?\n]{0,40}(?:\bnot\b|\bno\b|\bnobody\b|\bno one\b|n't\b|\b(?:cant|dont|wont|isnt|arent|doesnt|didnt|wasnt|havent|hasnt|couldnt)\b|\b(?:never|nothing|keep|keeps|stall\w*|ignor\w*|refus\w*|declin\w*|fail\w*|drag\w*|delay\w*|excuses?)\b)/;

const UNKIND_AFTER_EN =
  /^[^.!?\n]{0,20}\b(?:(?:(?:will|'ll) not be|won't be|isn't going to be|will be anything but) (?:kind|pretty|nice|good|positive|flattering|favou?rable)|(?:will|'ll) be (?:brutal|harsh|scathing|savage|ugly|nasty|damning|blunt|unforgiving|not pretty))\b/;

interface Hit {
  span: [number, number];
}

function sentenceBounds(t: string, at: number, back: number, fwd: number): [number, number] {
  // One sentence back (a comma does not stop: 不退款，就差评) and to the end of this one.
  let a = at;
  let stops = 0;
  while (a > 0 && at - a < back) {
    const c = t[a - 1]!;
    if (
      c === '\n' ||
      c === '。' ||
      c === '!' ||
      c === '?' ||
      c === '！' ||
      c === '？' ||
      c === '.'
    ) {
      stops++;
      if (stops > 1) break;
    }
    a--;
  }
  let b = at;
  while (b < t.length && b - at < fwd) {
    const c = t[b]!;
    if (c === '\n' || c === '。' || c === '!' || c === '?' || c === '！' || c === '？' || c === '.')
      break;
    b++;
  }
  return [a, b];
}

/** Review mentions read per text at most (a pathological text repeating "review" stays linear and cheap). */
const MAX_MENTIONS = 64;

const CLAUSE_STOP = /[，,；;。！？!?.]/;
/** A complaint, claim or exposure the buyer takes (a review joined to one is threatened with it). */
const COMPLAINT_STEP_ZH =
  /投诉|申诉|举报|检举|(?<!\d)(?:12315|12345|1950)(?!\d)|消保|消基会|消协|消委会|市场监管|工商|拒付|起诉|律师|法院|曝光|维权|黑猫|介入/;

/** The sentence after a question praises and names no fault (用了一个月确实不错，可以写): an offer. */
const PRAISE_NEXT_ZH = /不错|好用|满意|喜欢|推荐|可以写|好评|五星|很好|挺好|超好|好看/;
const FAULT_NEXT_ZH = /差(?!不多)|坏|烂|破|退|换|赔|投诉|问题|不行|垃圾|失望/;
function offeredPraise(t: string, b: number): boolean {
  let e = b + 1;
  while (e < t.length && e - b < 60 && !/[。！？!?\n]/.test(t[e]!)) e++;
  const next = t.slice(b + 1, e);
  return PRAISE_NEXT_ZH.test(next) && !FAULT_NEXT_ZH.test(next);
}
/** An unkind review announced (评价肯定好不了) or one drafted and held back (差评已经写好了). */
const UNKIND_AFTER_ZH = new RegExp(
  `^${S}{0,3}(?:不好说|难说|难写|不好写|不知道怎么写|不客气|不会客气|唔会好睇|不会好看|别想好看|好看不了|好不了|不会好|好不到哪|不可能好|不会留情|不留情|难看|难睇|唔好睇)|^${S}{0,3}(?:写好|准备好|编辑好|拟好|打好字?|编好|备好|存好)了`,
);
/** A mention that names a bad review itself, not only the place of one (在评价里, 评论区). */
// A rating the buyer will pull down (店铺评分我来帮你们拉低) names its verb: the bad review itself.
const LOWERED_ZH = /拉低|拉下来|降低|打低|压低|搞低|拉到最低/;
const VENUE_HEAD = new RegExp(
  `^${REVIEW_ZH}|^负面评价|^追评|^(?:低|差|烂|坏|负面)|^(?:评分|分数|星级|信誉)${S}{0,8}(?:${LOWERED_ZH.source})|^(?:${LOWERED_ZH.source})`,
);

function conditionalZh(t: string): Hit | undefined {
  BAD_REVIEW_ZH.lastIndex = 0;
  let seen = 0;
  for (let m = BAD_REVIEW_ZH.exec(t); m && seen++ < MAX_MENTIONS; m = BAD_REVIEW_ZH.exec(t)) {
    const s = m.index;
    const e = s + m[0].length;
    const [a, b] = sentenceBounds(t, s, 40, 20);
    const before = t.slice(a, s);
    const after = t.slice(e, b);
    // The review the buyer would not want to give, then the remedy insisted on as its price (我也
    // 不想给差评，但你们总得处理一下吧): the polite threat, as in English; a request (但是能不能帮我
    // 换个颜色, 不过希望…) is none. Or, after the 但, the seller's failing going on and the buyer
    // left without a choice (但你们再不回我也没办法了, 可是再这样拖我只能…): the same lever.
    if (
      /(?:不想|不愿|不打算|唔想)[^。！？!?\n]{0,3}$/.test(before) &&
      (/^[^。！？!?\n]{0,6}?[,，]\s*(?:但|但是|可是|不过|只是)(?:你们|你哋|商家|卖家)?(?:总得|总要|得|必须|赶紧|马上|起码|至少|务必|一定要)(?:给我)?(?:处理|解决|退|换|补|赔|给个?说法|回复|回覆|负责)/.test(
        after,
      ) ||
        /^[^。！？!?\n]{0,6}?[,，]\s*(?:但|但是|可是|不过|只是)[^。！？!?\n]{0,6}?(?:再不|再唔|还不|再没|再这样|再拖|继续|如果|要是)[^。！？!?\n]{0,16}(?:没办法|冇办法|没有办法|只能|只好|别怪|不能怪|唔好怪|逼)/.test(
          t.slice(e, Math.min(t.length, e + 60)),
        ))
    ) {
      let end = e;
      while (end < b && !/[。！？!?\n]/.test(t[end]!)) end++;
      return { span: [s, end] };
    }
    // The buyer taunting the seller that they would not dare (你是觉得我不会给差评是吧？) is no
    // review the buyer does not want to give.
    const taunt =
      /(?:觉得|以为|认为|当)我?(?:不会|不敢|唔会|唔敢|不能)(?:给|畀|俾|写|打|留)?(?:你们|你哋|你)?(?:个|一个)?$/.test(
        before,
      );
    if (!taunt && (PAST_ZH.test(before) || PAST_ZH_AFTER.test(after))) continue;
    // A question answered by praise in the next sentence (你们是不是想让我追评？用了一个月确实不错，
    // 可以写) is an offer, not a threat.
    if (/[？?]/.test(t[b] ?? '') && offeredPraise(t, b)) continue;
    // Praise told there (在评价里夸你们, 评价里表扬) is no threat.
    if (/^[^，,。！？!?\n]{0,4}(?:夸|表扬|赞|点赞|推荐|好评|五星|感谢|谢谢)/.test(after)) continue;
    const near = before.slice(-8);
    // The review named alone as the next clause (明天还不处理，差评。): the consequence itself.
    // …or its own sentence after a condition that sets a time (明天再没结果。一星。).
    const bare =
      (/[,，;；]\s*$/.test(before) ||
        (/[。.]\s*$/.test(before) &&
          /再|如果|要是|明天|今天|今晚|之前|以前|还不|还是没/.test(before.slice(-16)))) &&
      /^\s*(?:[。！!.?？]|$)/.test(after);
    const intent =
      bare ||
      INTENT_ZH.test(near) ||
      /^是?(?:伺候|跑不了|少不了|逃不了|免不了|躲不掉|躲不了|跑不掉|逃不掉|没跑|等(?:着|住)|区?(?:里|上|度)?见)|^(?:时|的时候)?[,，]?我?(?:会|要|就|肯定|一定)[^，,。！？!?\n]{0,3}(?:写|评|说|给|打|留|附|贴|放|晒|摆|挂)|^(?:曝光|说明|讲清楚|说清楚|写清楚|挂出来|走起|奉上|送上|安排)/.test(
        after,
      ) ||
      UNKIND_AFTER_ZH.test(after) ||
      LOWERED_ZH.test(m[0]);
    // The review put as what the seller forces (难道要我给差评你们才处理？, 是想逼我写差评吗).
    const strong =
      (/(?:想要|想(?:让|逼|叫)?(?:着)?我|要我|逼(?:着)?我|(?:觉得|以为|认为|当)我?(?:不会|不敢|唔会|唔敢|不能))(?:去)?(?:给|畀|俾|写|打|留)?(?:你们|你哋|你)?(?:个|一个)?$/.test(
        before,
      ) &&
        /^[^，,。！？!?\n]{0,10}(?:吗|嗎|咩|呢|？|\?)/.test(t.slice(e, b + 1))) ||
      /否则|不然|要不|再不|再唔|唔系(?:嘅话)?|除非|看着办|掂量|要(?:么|嘛)|等(?:着|住)瞧|走着瞧|睇住|(?:别|休|不要)怪我/.test(
        before,
      ) ||
      /(?:难道|是想|非)(?:要|让|逼|非要|得)?我[^，,。！？!?\n]{0,4}$/.test(before) ||
      (/等(?:到)?我(?:给|写|打|发|留|上)?(?:个|一个)?$/.test(before) &&
        /^了?(?:才|先|再|你们才)/.test(after)) ||
      COND_ZH_AROUND.test(after) ||
      // The seller asked whether the buyer would (你们觉得我差评写得出来吗？): the taunt again.
      (/(?:觉得|以为|认为)我$/.test(before) &&
        /^[^，,。！？!?\n]{0,8}(?:吗|嗎|咩|？|\?)/.test(t.slice(e, Math.min(t.length, b + 1)))) ||
      // A bad rating offered as a question (一星够不够？, 给你一星怎么样？): the rhetorical threat.
      (VENUE_HEAD.test(m[0]) &&
        /^\s*(?:够不够|够吗|够唔够|怎么样|如何|行不行|好不好|咋样|点样|得唔得|满意吗|满意了吧)\s*(?:[？?]|$)/.test(
          t.slice(e, Math.min(t.length, b + 1)),
        )) ||
      // A review added to a complaint the buyer is taking (向消保官申诉，顺便在Google评论写清楚): it is
      // threatened like the step.
      (/(?:顺便|外加|同时|再加上|另外还?)[^，,。！？!?\n]{0,3}$/.test(before) &&
        COMPLAINT_STEP_ZH.test(before)) ||
      /(?:等(?:着|住)(?:收|吃|食|看|瞧)?|睇住)(?:我的|我嘅|我|你们的)?$/.test(before) ||
      /^区?(?:里|上)?(?:就)?(?:等(?:着|住)(?:看|瞧)|走着瞧|睇住(?:嚟|来)?)/.test(after);
    const cond = COND_ZH_BEFORE.test(before);
    if (!(intent || strong)) continue;
    // The seller failing now (客服装死, 不理人) and the buyer left with nothing but the review
    // (我看只能差评了, 那就只好一星): the threat without a conditional word.
    const cornered =
      /装死|装傻|不理人?|没人理|没人管|没人回|不回(?:复|覆|消息|我)|已读不回|不管不问|踢皮球|推来推去|敷衍|找借口/.test(
        before,
      ) &&
      (/(?:只能|只好|那就|那我就|逼我|逼得我)[^，,；;。！？!?\n]{0,6}$/.test(before) ||
        /^我?(?:就|只能|只好)(?:会)?(?:写|说|讲|曝光|附|贴|晒)/.test(after));
    // A condition and a buyer who will give the bad review (只能/只好/就/会 before it) is the
    // threat whatever the condition is about; otherwise the condition has to be about a remedy.
    const resolved =
      /(?:只能|只好|就|会|我就|那就|将|一定|肯定|绝对|必定)[^，,；;。！？!?\n]{0,12}$/.test(
        before,
      ) ||
      /^我?(?:就|只能|只好|会|肯定|一定|绝对)|^(?:走起|奉上|送上|安排)/.test(after) ||
      LOWERED_ZH.test(m[0]);
    // A venue (在评价里, 评论区, 我的评价) is neutral: with a condition about the seller failing
    // (不管, 再拖, 不处理) it is where the buyer will tell; with any other condition, praise may go there.
    const venue = !VENUE_HEAD.test(m[0]);
    // A final warning (这是最后一次跟你们说) is the seller failing too, and so are a deadline given
    // (我给你们到明天, 最后一天) and a mistake repeated (又寄错, 连续两次).
    const failing =
      /不|没|别|再|拖|唔|冇|最后一次|最后通牒|最后(?:一天|期限|时限)|给(?:你们|你|你哋)(?:到|最后)|还是这样|又(?!快|好|便宜)|再次|连续/.test(
        before.slice(Math.max(0, before.length - 24)),
      );
    if (
      strong ||
      cornered ||
      (cond && UNKIND_AFTER_ZH.test(after)) ||
      // "See you in the reviews" after a condition (今天要是还没人理，我追评里见): the consequence.
      (cond && /^区?(?:里|上|度)?见/.test(after)) ||
      (cond && (REMEDY_ZH.test(before) || (resolved && (!venue || failing))))
    ) {
      // The threat starts at the nearest clause with an opener (灯不亮，处理不好的话…: at 处理,
      // so the problem before it stays evidence of its own). A bare negation opens a condition
      // only about a remedy (不给换, 不处理), not in the problem itself (还没人理, 唔行, 不亮).
      const OPENER =
        /(?:难道|否则|不然|要不|再不|再唔|再拖|除非|看着办|如果|要是|假如|假使|倘若|倘使|若|万一|一旦|要(?:么|嘛)|这样|\bif\b|\bunless\b)/;
      const NEG_OPENER = /不|没|别|唔|冇/;
      let start = s;
      let end = before.length;
      // A message typed without punctuation separates its clauses with spaces (耳机没声音 不退的话
      // 我就差评): a space between two Chinese characters ends a clause like a comma.
      const stopAt = (k: number): boolean =>
        CLAUSE_STOP.test(before[k]!) ||
        (/\s/.test(before[k]!) &&
          /[\u4e00-\u9fff]/.test(before[k - 1] ?? '') &&
          /[\u4e00-\u9fff]/.test(before[k + 1] ?? ''));
      for (let k = 0; k < 4 && end > 0; k++) {
        let cut = end - 1;
        while (cut >= 0 && !stopAt(cut)) cut--;
        const clause = before.slice(cut + 1, end);
        if (
          OPENER.test(clause) ||
          (NEG_OPENER.test(clause) && (REMEDY_ZH.test(clause) || COND_ZH_BEFORE.test(clause)))
        ) {
          // The whole clause of the condition (处理不好的话), leading spaces left out; when the
          // seller is named inside it (快递丢了你们也不管), from the seller on: what comes before
          // is the problem.
          const lead = /^\s*/.exec(clause)![0].length;
          const who = /你们|你哋|你家|商家|卖家|店家|客服|(?:又|还|也|却|都)(?=[不没唔冇])/.exec(
            clause,
          );
          start = a + cut + 1 + (who && who.index > lead ? who.index : lead);
          break;
        }
        end = cut;
      }
      // The threat ends with its clause: a problem told after it (…就等住收负评啦，件衫一洗就缩晒)
      // stays evidence of its own.
      let end2 = e;
      while (end2 < b && !CLAUSE_STOP.test(t[end2]!)) end2++;
      return { span: [start, end2] };
    }
  }
  return undefined;
}

// --- A bad review already drafted and held back (差评我都打好字了，…不回复我就点发布; "my review is
// written and sitting in drafts… fix it and I'll never post it"): the draft is the weapon once a
// condition or a last step follows it in the next two sentences. One already posted is no threat.
const DRAFT_ZH = new RegExp(
  `(?:${REVIEW_ZH}|评价|评论|追评)${S}{0,4}(?:都|已经|早就|早)?(?:写好|打好字?|拟好|编好|准备好|备好|存好|编辑好)了?|草稿(?:箱)?里${S}{0,4}(?:${REVIEW_ZH}|评价|评论)`,
);
const DRAFT_EN =
  /\b(?:my|a|the) (?:\w+[- ]){0,2}?(?:review|feedback|rating)s? (?:is|are|'s|has been) (?:already )?(?:written|drafted|typed(?: up)?|ready(?: to go)?|queued|saved|sitting in (?:my )?drafts|in (?:my )?drafts|good to go)\b/;
const DRAFT_NEXT_ZH =
  /就差(?:点)?(?:发送|发布|提交)|(?:点|按)(?:发布|发送|提交)|随时(?:可以)?(?:发|提交)/;
const DRAFT_NEXT_EN =
  /\b(?:fix|sort|replace|refund|resolve|answer|reply|respond|make it right)\w*\b[^.!?\n]{0,30}\b(?:and|or|before)\b|\b(?:never|not) (?:post|publish|submit|send)\b|\b(?:hit|press|click) (?:post|publish|submit|send)\b/;

function draftedReview(t: string): Hit | undefined {
  const m = DRAFT_ZH.exec(t) ?? DRAFT_EN.exec(t);
  if (!m) return undefined;
  const s = m.index;
  const e = s + m[0].length;
  const [a] = sentenceBounds(t, s, 20, 0);
  if (PAST_ZH.test(t.slice(a, s)) || /\b(?:posted|published|left|submitted)\b/.test(t.slice(a, s)))
    return undefined;
  // The next two sentences after the draft.
  let b = e;
  let stops = 0;
  while (b < t.length && b - e < 160) {
    if (/[。！？!?.\n]/.test(t[b]!) && ++stops > 2) break;
    b++;
  }
  const next = t.slice(e, b);
  const zh = /[\u4e00-\u9fff]/.test(m[0]);
  // …or a demand put just before it (还不退吗？一星评论已经写好放在草稿了): the condition first.
  const prev = t.slice(a, s);
  const held = zh
    ? COND_ZH_BEFORE.test(next) || DRAFT_NEXT_ZH.test(next) || COND_ZH_BEFORE.test(prev)
    : COND_EN.test(next) || NEG_COND_EN.test(next) || DRAFT_NEXT_EN.test(next);
  // Only the draft's own words: the problem often sits between it and the condition.
  return held ? { span: [s, e] } : undefined;
}

function conditionalEn(t: string): Hit | undefined {
  BAD_REVIEW_EN.lastIndex = 0;
  let seen = 0;
  for (let m = BAD_REVIEW_EN.exec(t); m && seen++ < MAX_MENTIONS; m = BAD_REVIEW_EN.exec(t)) {
    const s = m.index;
    const e = s + m[0].length;
    const [a, b] = sentenceBounds(t, s, 140, 80);
    const before = t.slice(a, s);
    const after = t.slice(e, b);
    const local = before.slice(-40);
    // "I'd hate to have to leave negative feedback": the review the seller would force ("have to")
    // is already the lever, whatever follows.
    const lever =
      NOT_WANT_EN.test(before) &&
      (LEVER_AFTER_EN.test(after) ||
        /\bto have to (?:leave|write|post|give|put|drop)\s+(?:a |an |the |my |some )?$/.test(
          before,
        ));
    if (PAST_EN.test(local) || (NOT_WANT_EN.test(before) && !lever)) continue;
    const plain = /^(?:my|a|the) /.test(m[0]) || /^reviews?$/.test(m[0]);
    // The product page is only a venue: it is the weapon after the seller failing or before a
    // last step ("fix it before I put this on your product page"), not in a question of where.
    if (/page$/.test(m[0]) && !NEG_COND_EN.test(before) && !/\bbefore i\b/.test(before)) continue;
    // "Would be a shame if my review went from 5 stars to 1", "you wouldn't want this ending up in
    // a review, would you?": the review held over the seller as a pity or a warning.
    const shame =
      /\b(?:would|'d|it'd|it would|that'd|that would) be (?:a )?(?:shame|pity|too bad)\b[^.!?\n]{0,20}\bif\b[^.!?\n]{0,40}$/.test(
        before,
      ) ||
      /\byou (?:wouldn't|would not|don't|do not|really don't) want (?:this|that|it|all this|the \w+)\b[^.!?\n]{0,30}$/.test(
        before,
      );
    const forced = FORCED_EN.test(before) || shame;
    // A bad rating offered as a question ("how does a one-star review sound?", "how about a 1-star?").
    const offeredQ =
      !plain &&
      /\b(?:how (?:does|do|would)|how about|what about|what do you (?:say|think) (?:to|of)) (?:a |an |the |my )?$/.test(
        before,
      ) &&
      /^[^.!?\n]{0,16}\?/.test(t.slice(e, Math.min(t.length, b + 1)));
    const intent =
      forced ||
      offeredQ ||
      lever ||
      // The review as the other branch of an either/or ("either the replacement ships today or the
      // review does"): the consequence itself, its verb left out.
      /\b(?:or|otherwise|or else),?\s+$/.test(before) ||
      /\b(?:or|otherwise|else),? i(?:'ll| will)? (?:post|publish|leave|write|put|submit|give) it\b/.test(
        after,
      ) ||
      /^\s*(?:is )?(?:what you(?:'re| are)? (?:want|after|asking for)|where this is (?:going|heading)|what it takes\b)/.test(
        after,
      ) ||
      INTENT_EN.test(local) ||
      INTENT_EN.test(after.slice(0, 24)) ||
      /^ it is\s*(?:[.!]|$)/.test(after);
    if (!intent) continue;
    // Asked as what the seller wants ("is a one-star review what you want?").
    const wanted =
      /^\s*(?:is )?(?:what you(?:'re| are)? (?:want|after|asking for)|where this is (?:going|heading)|what it takes\b)/.test(
        after,
      );
    const harm = /^make sure/.test(m[0]);
    const condBefore =
      lever ||
      forced ||
      wanted ||
      harm ||
      offeredQ ||
      COND_EN.test(before + m[0]) ||
      NEG_COND_EN.test(before);
    const condAfter =
      /\b(?:unless|until|if you (?:don't|do not|won't|will not|refuse))\b|\bif\b[^.!?\n]{0,30}(?:\bno\b|\bnot\b|n't\b|\bnever\b|\bnothing\b|\bagain\b)|\b(?:fix|sort|refund|replace|resolve|answer|respond|reply)\b[^.!?\n]{0,20}\b(?:or|otherwise)\b/.test(
        after,
      );
    // An opener with an unkind review after it ("if I have to chase this again, the review will
    // not be kind") is the threat even when the condition names no failure.
    const unkind = UNKIND_AFTER_EN.test(after) && /\b(?:if|should|unless|in case)\b/.test(before);
    if (!(condBefore || condAfter || unkind)) continue;
    // A plain "my review" needs a negative reading nearby (goes up, stays at one star…).
    if (
      plain &&
      !/\b(?:goes up|goes live|goes public|stays?|negative|bad|one star|1 star|1-star|one-star|scathing|terrible|worst)\b/.test(
        before.slice(-30) + ' ' + after.slice(0, 30),
      ) &&
      !/\b(?:or|otherwise|else|unless)\b/.test(before.slice(-80)) &&
      !/^\s*(?:will|'ll|is going to|shall) (?:reflect|show|say so)\b/.test(after) &&
      !NEG_COND_EN.test(before) &&
      !unkind &&
      !lever &&
      !shame &&
      !harm &&
      // Asked whether the seller wants the problem told there ("would you like me to write about
      // that in my review?"): the question is the lever.
      !(
        forced &&
        /\b(?:about|mention) (?:that|this|it|all (?:of )?(?:this|that))\b|\b(?:start|go ahead|begin)\b/.test(
          before.slice(-40),
        )
      )
    )
      continue;
    const c = /\b(?:if|unless|until|otherwise|or else|else|or|keep|one more)\b/.exec(before);
    // What the review is about ("a one-star review about a vacuum that died") is the problem,
    // told outside the threat's own words.
    const about = /\b(?:about|over|regarding|because|since)\b/.exec(after);
    // A polite lever ends with the review: what follows its "but" (the bag arrived torn) is the
    // problem, evidence of its own.
    // …and at the next comma or semicolon: a clause told after the threat ("Otherwise I'll leave a
    // bad review, the lamp is broken") is the problem, evidence of its own, as in Chinese.
    const comma = /[,;]/.exec(after);
    const end = Math.min(
      lever && !LEVER_AFTER_EN.test(after) ? e : about ? e + about.index : b,
      comma ? e + comma.index : b,
    );
    return { span: [c ? a + c.index : s, end] };
  }
  return undefined;
}

// A lawyer is a threat when the buyer brings one in (找律师, 律师函, "hear from my lawyer", "my
// attorney will"), not when one is merely mentioned ("我是律师", "my lawyer friend recommended it").
const LEGAL: RegExp[] = [
  /(?:找|请|委托|联系|咨询|交给|让|问过|问了)[^。！？\n]{0,4}律师|律师(?:函|信|会|将|已经|那边|处理|介入|跟进)|起诉|提告|法律上见|提出告诉|提起告诉|刑事告诉|告上法庭|(?:去|到|上|告到|告上|递到|闹到)[^。！？\n]{0,3}法院|法院(?:见|起诉|立案|提告|告)|打官司|法律(?:途径|手段|程序|流程|武器|行动)|司法(?:程序|途径|手段|机关)|走司法|走法律|诉讼|(?:申请|提起|提请|提交|去|走|进行)[^。！？\n]{0,2}仲裁|告你们|告你|告到|追究[^。！？\n]{0,6}法律责任|法庭|报警|小额诉讼|入禀|审裁处|小额钱债|存证信函|支付命令|传票|起诉书/,
  /\b(?:(?:get|got|getting|hire|hiring|call|calling|contact|contacting|consult|consulting|talk to|talking to|talked to|speak to|speaking to|spoke to|spoken to|been in touch with|in touch with|instructed|involve|involving|hear from|hearing from|heard from|letter from|call from|lawyer up|see my|contacted|consulted|with my|through my|to my) (?:a |an |my |our )?(?:(?!general\b)[a-z-]+ ){0,2}?(?:lawyers?|attorneys?(?! general)|solicitors?)|(?:my|our) (?:lawyers?|attorneys?|solicitors?) (?:will|'ll|is|are|has|have|shall|says?|said|advised|would|can|could|may)|(?:lawyers?|attorneys?|solicitors?) (?:gets?|getting|becomes?) involved|(?:lawyers?|attorneys?|solicitors?) steps? in|(?:let|have|get|getting|letting) (?:my|our|a) (?:lawyers?|attorneys?|solicitors?) (?:handle|deal|take|sort|look)|(?:contact|contacting|call|calling|get|getting|hire|hiring|tak(?:e|ing) (?:this|it|you|the matter) to) (?:my|the|a) (?:\w+ ){0,3}?\w+ and (?:a|my) (?:lawyers?|attorneys?|solicitors?)|tak(?:e|ing) (?:this|it|you|the matter) to (?:a|my) (?:lawyers?|attorneys?|solicitors?)|lawyer up|sue|suing|sued|lawsuits?|(?:to|in|into|see you in|take you to|small claims|county|district|claims) court|legal action|legal proceedings|legal counsel|(?:seek|seeking|get|getting|take|taking) legal advice|(?:my|our) legal (?:team|department|representative)|letter before action|letter of demand|demand letter|cease and desist|small claims?|litigation|legal steps|police|class action|served (?:with )?(?:papers|a summons|legal papers)|summons|(?:next|first) (?:person|people|one|call|stop|step|message|email|e-mail|letter|thing|contact|correspondence)\b[^.!?\n]{0,40}\b(?:lawyers?|attorneys?|solicitors?|court|legal action)|let (?:a|the) (?:judge|court|magistrate) (?:decide|sort|settle|rule)|in front of a judge|(?:through|in|to|before|via) the courts|formal (?:legal )?notice|notice before (?:action|proceedings)|pursu(?:e|ing) (?:this|it|the matter) legally|pursu(?:e|ing) legal (?:action|remedies|options))\b/,
  // The buyer a lawyer, with a warning (我系律师，你哋最好谂清楚; "I'm a lawyer, so think twice").
  /我(?:是|系|係)律师[^。！？\n]{0,8}(?:最好|想清楚|谂清楚|諗清楚|考虑清楚|掂量|后果|小心|别(?:想|逼)|懂法)|\bi(?:'m| am) (?:a |an )?(?:lawyer|attorney|solicitor)\b[^.!?\n]{0,30}\b(?:you'd better|you had better|think (?:carefully|twice)|be careful|i know my rights|watch (?:it|yourselves))/,
  // A lawyer in the buyer's circle brought in against the seller (my husband is a lawyer and he is
  // not happy; 我老公是律师，他已经看过了); one who only recommended the shop is not.
  /\b(?:my|our) (?:husband|wife|partner|brother|sister|son|daughter|dad|father|mum|mom|mother|uncle|aunt|cousin|friend|best friend|neighbou?r|brother-in-law|sister-in-law|boyfriend|girlfriend) (?:is|'s) (?:a |an )?(?:lawyer|attorney|solicitor)\b(?=[^.!?\n]{0,40}\b(?:not happy|unhappy|furious|livid|looking into|reading|seen|aware|will|wants|advised|is on it|handling)\b)|我(?:老公|老婆|先生|太太|爸|妈|哥|姐|弟|妹|朋友|亲戚|表哥|表姐|同学|家人)(?:就)?是(?:做)?律师[^。！？\n]{0,12}(?:看过|看了|已经|会|建议我|让我(?:告诉|转告|跟你们说|通知)|不会放过|在看|过目|处理|跟进)|(?:联系|找|问|叫|请)(?:了)?(?:我)?(?:的)?(?:老公|老婆|先生|太太|爸|妈|哥|姐|弟|妹|朋友|亲戚|表哥|表姐|堂哥|堂姐|同学|家人)[^。！？!?\n]{0,10}(?:是|做|当)(?:做)?律师|(?:找|请|联系|咨询|交给|让)\s*(?:我的|我)?\s*(?:lawyer|attorney|solicitor)/,
];

/** Where a post goes public: social networks, forums, groups, video sites, in any script. */
const SOCIAL_ZH =
  '(?:微博|抖音|小红书|快手|b站|dcard|ptt|mobile01|脸书|facebook|fb|ig|instagram|youtube|threads|限动|限时动态|推特|twitter|知乎|贴吧|朋友圈|论坛|社团|社群|网上|群里|视频号|公众号|头条|高登|连登|lihkg|讨论区|[^，,。！？\\n]{1,3}群(?:组|聊)?)';
const PRAISE_AFTER_ZH =
  '(?![^。！？\\n]{0,8}(?:推荐|好评|安利|种草|表扬|分享好物|夸|点赞|赞美|晒单))';

const PLATFORM: RegExp[] = [
  // The audience's appetite for the story as the threat ("people on reddit are going to love this
  // story", 网友应该会很有兴趣, "my producer loves consumer stories").
  /\b(?:people|folks|everyone|users|redditors|my followers|viewers|readers) (?:on|at|in) (?:reddit|twitter|tiktok|facebook|instagram|x|youtube|the internet|social media)\b[^.!?\n]{0,20}\b(?:will|would|are going to|'re going to|gonna)\b[^.!?\n]{0,8}\b(?:love|enjoy|be interested in|eat (?:this|it) up)\b[^.!?\n]{0,8}\b(?:this|the|my|that) (?:story|thread|saga|tale|experience)\b|\b(?:producer|editor|journalist|reporter)s? (?:loves?|would love|is always looking for|are always looking for|is interested in)\b[^.!?\n]{0,20}\bstor(?:y|ies)\b/,
  new RegExp(
    `(?:网友|粉丝|群友|读者|大家)${S}{0,6}(?:会|应该会|肯定会|一定会)${S}{0,3}(?:很|非常)?(?:有兴趣|感兴趣|喜欢(?:这个|这种)?(?:故事|经历|遭遇))`,
  ),
  // The audience's size held up with a hint ("My Facebook group has 8,000 local moms in it … your
  // move"); recommendations given freely carry no hint.
  /\bmy (?:\w+ )?(?:group|page|channel|account|community|newsletter|blog)\b[^.!?\n]{0,12}\b(?:has|have|with)\b[^.!?\n]{0,6}(?<!\d)\d+(?:,\d{3})*k?\b(?=[^\n]{0,160}\b(?:your move|think about that|just saying|you do the math|avoid you|tell them to avoid|i'd tell them)\b)/,
  // A Chinese consequence word before an English channel (明天还没退我就 dispute).
  /(?:就|会|要|直接)\s*(?:去|直接)?\s*(?:dispute|chargeback|charge back|file a claim|open a case|report)\b/,
  // The size of the buyer's audience held up with a hint (我朋友圈好几百人呢…你们自己想想吧; 群组有一百多个人
  // …你懂我意思吧): the exposure left unsaid.
  new RegExp(
    `${SOCIAL_ZH}${S}{0,6}(?:好几百|几百|几千|上千|上万|几万|好几万|(?<!\\d)\\d{2,}|(?<![一二两三四五六七八九十百千万几])[一二两三四五六七八九十]+[百千万])(?:多)?(?:个)?(?:人|户|好友|粉丝|粉|成员|妈妈|宝妈)(?=${S}{0,40}(?:我不介意${S}{0,4}(?:跟|和|给|向)(?:大家|群里|各位)|你们自己想想|你们?(?:自己)?看着办|你懂(?:我(?:的)?意思|的)|懂我意思|自己掂量|好好想想|你们想想))`,
  ),
  // A complaint joined to the bad review (差评+投诉一条龙, 一星加举报).
  // …or to a network (差评加朋友圈一起安排, 差评和微博): the exposure threatened with the review.
  new RegExp(
    `${REVIEW_ZH}\\s*(?:\\+|加上?|外加|和|再加|连同|跟)\\s*(?:投诉|举报|曝光|${SOCIAL_ZH})${PRAISE_AFTER_ZH}`,
  ),
  // The card reversal announced as the buyer's next step (…我就申请刷退): 刷退 alone is also the
  // seller's refund to the card, so a consequence word comes before it.
  /(?:就|会|要|直接|马上)(?:去)?(?:跟银行|向银行|找银行)?(?:申请|办理)?刷退/,
  // A complaint brought to an institution, whatever its name: 向/到/去/找 + a body (…会, …局,
  // …委员会, …留言板, a hotline number) + 反映/投诉/举报/申诉/登记. Never the seller itself.
  new RegExp(
    `(?:向|到|去|找|跟)(?!你|客服|店|卖家|商家|老板|掌柜)[^，,。！？!?\\n你]{0,14}?(?:会|局|署|处|厅|所|委|办|台|站|网|板|热线|专线|平台|部门|中心|媒体|记者|(?<!\\d)\\d{4,5})(?:上|那里|那边)?(?:反映|投诉|举报|申诉|检举|登记|求助|讨(?:个)?说法|陈情|请愿|告状)`,
  ),
  // The case made public: a post, photos or a video put on a network, or shown to everyone.
  new RegExp(
    `(?:在|到|上|喺)${S}{0,6}?${SOCIAL_ZH}(?:里|上|度)?${S}{0,8}?(?:挂出来|挂出去|贴出来|贴出去|po出来|曝光|发帖|公开|爆料|说道说道)|(?:打|拨)(?:一下|个)?${S}{0,8}(?<!服务|客服|售后|咨询|订购|预订|订餐|安装|维修)(?:热线|专线)|(?:发|放|传|贴|丢|挂|晒|po)(?:到|上|在)${S}{0,6}?${SOCIAL_ZH}${PRAISE_AFTER_ZH}|(?:发|放|传|贴|丢|挂|晒|录|拍|po)${S}{0,16}让(?:大家|网友|所有人|更多人|别人)(?:都)?(?:来)?(?:看看|看|知道|评评理|评理|避雷)(?!${S}{0,8}(?:多|很|真|超|有多|这么|那么)(?:好|棒|用心|靠谱|良心|贴心|给力|快|负责))`,
  ),
  // A group the buyer belongs to named with its owner or place first (在我们的工业区LINE群组把你们
  // 公司的名字贴出来, 在小区业主群里说清楚): a chat group is an audience, and the name may sit far
  // from 在; the exposure verb is still required, and praise after it is none.
  new RegExp(
    `(?:在|到|上|去|喺)${S}{0,12}?(?:群组|群聊|群|社群|社团)(?:里|上|中|度)?${S}{0,12}?(?:挂出来|挂出去|贴出来|贴出去|po出来|曝光|公开|说清楚|讲清楚)${PRAISE_AFTER_ZH}`,
  ),
  // Several venues named and written on all of them (评论区和Dcard都写, 微博抖音也发): the network is
  // one of the places the post goes.
  new RegExp(
    `${SOCIAL_ZH}(?:上|里|度)?(?:都|也)(?:会|要)?(?:写|发|po|贴|挂|曝光|讲|说)(?![了过])${PRAISE_AFTER_ZH}`,
  ),
  // The whole network told after a condition (不换的话我让全网都知道你们家的质量).
  new RegExp(
    `(?:的话|嘅话|不然|否则|要不然|再不|再唔|要是|如果)${S}{0,8}让(?:全网|全世界|所有人|大家|网友|更多人)(?:都)?(?:知道|看看|看到|来评)${PRAISE_AFTER_ZH}`,
  ),
  // Sharing the case offered as a question where the buyer's groups will read it (脸书上我有好几个
  // 妈妈社团，要不要我分享一下这次的经验？).
  new RegExp(
    `${SOCIAL_ZH}${S}{0,16}(?:要不要|用不用|需不需要)我${S}{0,6}(?:分享|发|说|讲|po|贴|曝光|讲讲|说说)|(?:要不要|用不用|需不需要)我${S}{0,8}(?:在|到|上|去)?${SOCIAL_ZH}${S}{0,8}(?:分享|发|说|讲|po|贴|曝光)`,
  ),
  // The same post after a condition with any intent word (不退款的话，我会去小红书和抖音把整件事讲清楚).
  new RegExp(
    `(?:的话|嘅话|不然|否则|要不然|要是|如果|再不|再唔|再这样)${S}{0,10}(?:我)?(?:会|要|就|将)${S}{0,3}(?:去|到|在|上|喺)?${SOCIAL_ZH}${S}{0,12}(?:讲|说|发|曝光|写|挂|吐槽|骂|爆)${PRAISE_AFTER_ZH}`,
  ),
  // A post the buyer will make there (我就在小红书发笔记, 直接到微博上@你们官方): a consequence word,
  // a network, then writing, filming or tagging the shop; praise after it is a recommendation.
  new RegExp(
    `(?:就|直接|只好|只能)${S}{0,3}?(?:在|到|上|喺|去)?${S}{0,4}?${SOCIAL_ZH}(?:里|上|度)?${S}{0,6}?(?:发|写|拍|录|po|晒|挂|@|艾特|圈|讲|说|骂|吐槽|踢爆|爆)${PRAISE_AFTER_ZH}`,
  ),
  /\b(?:report(?:ing|ed)?|flag(?:ging|ged)?|escalat(?:e|ing|ed)|complain(?:ing|ed)?)\b(?: (?:this|it|you|(?:the|this|your) (?:listing|seller|store|shop|order|issue|matter|item|product|company)|the whole thing))? (?:to|with) (?!you\b|your\b|me\b|them\b|the seller|support\b|customer service|the courier|the carrier|the driver|(?:my |the |our )?(?:landlord|neighbou?rs?|boss|employer|school|airline|hotel|restaurant|doctor|wife|husband|partner|friends?|mum|mom|dad|family)\b|the post office|(?:the |a )?(?:small claims |county |district )?court\b|small claims)[a-z0-9]/,
  /\b(?:rais(?:e|ing)) (?:it|this|the matter|the issue|my case|a complaint|this complaint) (?:with|to) (?!you\b|your\b|me\b|the seller|support\b|customer service)[a-z0-9]/,
  /\b(?:lodg|fil|submit|register|rais|open)(?:e|es|ed|ing)? (?:a |an )(?:formal |official )?(?:[a-z-]+ ){0,4}?(?<!small )(?:complaint|claim|dispute|case|report)\b(?! (?:in|with|at|to) (?:the |a )?(?:\w+ )?court)/,
  /(?<!\d)(?:12315|12345|1950|315)(?![\d元块号])|找媒体|求助(?:于)?(?:媒体|记者|电视台)|媒体曝光|媒体爆料|爆料|找记者|电视台|曝光你们|去曝光|要曝光|网上曝光|黑猫投诉|(?:上|去|到|发)黑猫|(?:report|complain|投诉|举报)\s*(?:到|给|去)\s*(?:paypal|ebay|amazon|shopee|lazada|平台)|消协|消保官|消保|消基会|消费者协会|消费者保护|消费者文教基金会|工商局?|市场监管|市场监督|消委会|投诉到|投诉至|向(?:平台|淘宝|天猫|京东|拼多多|小二)|平台投诉|平台介入|(?:申请|要求|让|找)[^，,。！？\n]{0,6}介入|(?:去|找|向|到)平台[^，,。！？\n]{0,4}(?:申请|投诉|反映|举报|申诉|求助)|小二介入|申请介入|客服介入|(?<!让我去|让我|叫我去|叫我|要我去|要我)找(?:平台|小二|淘宝|天猫)|维权|举报|检举|公平会|消保处|我要投诉|投诉你|去投诉|会投诉|要投诉|继续投诉|(?:就|并|然后|直接|马上|立刻|立马|还要|也要|顺便)(?:去)?投诉(?!过|了|的)|刷卡(?:退单|争议|拒付)|曝光(?=你们|他们|这家|商家|店家|卖家|出来|到网上)|曝光(?:了|出去)?(?:就|可)?(?:别|不要|休|唔好)怪|(?:媒体|记者|报社|报馆|电视台|新闻)(?:那边|那里|圈|界|行业)?(?:我)?(?:也)?(?:有|认识|识)(?:几个|些|啲)?(?:朋友|人|熟人)(?![^。！？\n]{0,8}(?:推荐|好评|安利|种草|表扬|夸|介绍))|(?:认识|识|有)(?:几个|些|啲|个)?(?:媒体|记者|报社|报馆|电视台|新闻台)(?:的|嘅|啲)?(?:朋友|人|熟人)(?![^。！？\n]{0,8}(?:推荐|好评|安利|种草|表扬|夸|介绍))|(?:平台|小二|淘宝|天猫|京东|拼多多|闲鱼|虾皮)(?:的)?仲裁|发(?:到)?(?:微博|抖音|小红书|朋友圈|网上)|(?:微博|抖音|小红书|快手|b站|dcard|ptt|脸书|ig|youtube)(?:上)?(?:曝光|发帖|公开|发视频|发文|吐槽|爆料)(?![^。！？\n]{0,6}(?:推荐|好评|安利|种草|表扬))|(?:去|到|上)(?:微博|抖音|小红书|快手|b站|dcard|ptt|脸书|ig|youtube)(?:上)?[^。！？\n]{0,4}(?:发视频|发帖|发文|曝光|公开|吐槽|爆料)(?![^。！？\n]{0,6}(?:推荐|好评|安利|种草|表扬))|申诉|(?:信用卡|发卡行|发卡银行|银行)(?:公司)?[^。！？\n]{0,8}(?:争议|拒付|止付|退单|撤单|撤销(?:交易|扣款|刷卡)|调单|扣回|退刷|追回|取消(?:交易|扣款|刷卡|付款|授权))|(?:贴|发|放|传|po)(?:到|上)[^。！？\n]{0,6}(?:脸书|facebook|fb|社团|社群|论坛|网上|群里|朋友圈|ptt|dcard)|让[^，,。！？\n]{0,8}?(?:来)?(?:评评理|评理)|让(?:大家|网友|所有人|平台|小二|官方)(?:来)?看看你们|公之于众|(?:发|拍|出|做|录|剪)(?:个|条|篇|一个|一条|一篇)?(?:避雷|负面|差评|吐槽|曝光)(?:视频|影片|帖|笔记|文章|文)|争议款项|(?:申请|办理|发起)拒付|消费者[^。，,！？\n]{0,4}(?:协会|委员会|权益|保护)|人民网|领导留言板|市长热线|信访|(?<![汇回通情电简预申晚日周月年快海])报(?:给|去|到)?(?:海关|[^,，。!?！？\n]{1,4}(?:局|署))|找(?:议员|立委|民代|区议员|市议员|里长|立法委员)|(?:议员|立委|民代)(?:服务处|办公室)|(?:想|要|让你们|等(?:着|住))上(?:新闻|报纸|电视|热搜)/,
  /\b(?:a-to-z|a to z|atoz|a-z claim|chargebacks?|charge back|reverse (?:the |this |my )?(?:charge|payment|transaction)|(?:contact|contacting|call|calling|ask|asking|get|getting) (?:my |the )?(?:bank|card issuer|card company|credit card company) to|disput\w* (?:the|this|a) (?:charge|transaction|payment)|(?:cancel\w*|revers\w*|stop\w*|block\w*|pull\w*) (?:the |my |this )?(?:charge|payment|transaction) (?:through|with|via|at) (?:my |the )?(?:bank|card|card issuer|visa|mastercard|amex|american express|paypal|credit card(?: company)?)|dispute with (?:my|the) (?:bank|card|credit card|paypal)|disput\w* (?:this|it|the (?:charge|payment|order))? ?with (?:my |the )?(?:bank|card issuer|credit card(?: company)?|visa|mastercard|amex|american express|paypal)|open(?:ed|ing)? a (?:case|claim|dispute)|fil(?:e|ed|ing) a (?:claim|complaint|dispute)(?! (?:in|with|at|to) (?:the |a )?(?:\w+ )?court)|report(?:ing|ed)? (?:you|this seller|this store|this|it) to|contact(?:ing)? (?:amazon|ebay|paypal)|(?:goes|go|going|sent|send|sending|take|taking) (?:this |it )?(?:straight |right |directly )?to (?:amazon|ebay|paypal|etsy|walmart|aliexpress|temu|shopee)\b(?! (?:returns?|locker|hub))|complain(?:ing|ed)? to (?:amazon|ebay|paypal)|better business bureau|seller performance|account health|bbb|ftc|cfpb|trading standards|consumer (?:protection|affairs|council|rights)|attorney general|ombudsman|(?:go|going|went|talk|talking|speak|speaking) to the (?:press|media|papers|local news|news)|(?:keep|keeping|leave|leaving) (?:the |my |this |a )?(?:\w+ )?(?:dispute|claim|case|complaint|chargeback) open|(?:would you rather|do you want to|do you prefer to|want to) (?:deal with|face|get|have) (?:a |an |the )?(?:paypal|bank|card|credit card|bbb|trading standards|ftc|ebay|amazon)(?: \w+)? (?:dispute|claim|complaint|chargeback|case|report)|(?:i'm|im|i am|i'll|ill|i will|going to|gonna) (?:contact|call|ring|phon)(?:e|ing)? (?:my |the )?(?:bank|card issuer|card company|credit card company)|tak(?:e|ing) (?:this|it) (?:straight |right )?to (?:my |the )?(?:bank|card issuer|card company|credit card company)|(?:and|or|then|otherwise) (?:i(?:'ll| will)? )?(?:contact|call|ring|phone) (?:my |the )?(?:bank|card issuer|card company|credit card company)|(?:explain|justify) (?:this|it|that|yourselves|yourself) to (?:a |the |my )?(?:journalists?|reporters?|press|media|regulators?|trading standards|bbb|ftc|ombudsman)|(?:contact|contacting|call|calling|tell|telling|writ(?:e|ing) to) (?:the |a |an )?(?:press|media|journalists?|reporters?|(?:local )?news(?:papers?)?|papers?|local paper)|accc|citizens advice|resolution cent(?:re|er)|federal trade commission|consumer product safety commission|cpsc|advertising standards(?: authority)?)\b/,
  // People the buyer knows at the press (I know people at the local news; a friend who's a reporter
  // would love this story): the exposure held over the seller.
  /\bi know (?:a |some |a few |a couple of |several |two |three |plenty of |lots of |a lot of )?(?:people|folks|someone|somebody|reporters?|journalists?|editors?|guys?|producers?) (?:at|in|from|on|who work at|who work for) (?:the |a |our |my )?(?:local )?(?:news|press|papers?|newspapers?|tv|television|media|radio|station|news station|paper)\b|\b(?:my|a) (?:friend|cousin|brother|sister|neighbou?r|wife|husband|partner|mate|buddy) (?:is|'s|works as) (?:a |an )?(?:journalist|reporter|news editor|producer at)\b(?=[^.!?\n]{0,60}\b(?:would|will|'d|might|could)\b[^.!?\n]{0,20}\b(?:love|interested|hear|like|want|cover)\b|[^.!?\n]{0,60}\bstor(?:y|ies)\b)/,
  // The claim named first and set going ("PayPal case opening tomorrow", "A-to-z claim goes in
  // tonight", "chargeback filed Monday"): the step announced without a verb of complaint before it.
  /\b(?:paypal|ebay|amazon|a-to-z|a to z|atoz|bank|card|visa|mastercard|amex|credit card|bbb|ftc)(?: \w+)? (?:case|claim|dispute|complaint|chargeback|report)s? (?:is |will be |gets |get |being )?(?:opening|opened|going in|goes in|go in|filed|lodged|submitted|incoming|coming|starting|starts|tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|next)\b/,
  // The shop kept out of the buyer's next video only at a price: the video is the exposure held over it.
  /\b(?:(?:keeps?|keeping) (?:you|your (?:brand|shop|store|company|name|products?)|this|it)|(?:you|your (?:brand|shop|store|company|name|products?)|this|it) (?:stays?|stay)) out of my (?:next )?(?:\w+ )?(?:video|vlog|stream|podcast|post|channel|review|article|content)\b/,
  // The next step named as a body or a bank ("next step is my credit card company").
  /\bnext (?:step|stop|call|move|port of call) (?:is|will be|'s)\b[^.!?\n]{0,20}\b(?:bank|card issuer|card company|credit card(?: company)?|paypal|amazon|ebay|bbb|trading standards|consumer \w+|ombudsman|regulators?|press|media|reporters?|journalists?|attorney general)\b/,
  // The case posted everywhere ("or I'm posting the unboxing video everywhere").
  /\b(?:post|posting|share|sharing|put|putting|upload|uploading|spread|spreading)\b[^.!?\n]{0,30}\b(?:everywhere|online|on the internet|all over (?:the internet|social media|the web))\b(?![^.!?\n]{0,30}\b(?:love|great|amazing|recommend\w*|thanks?)\b)/,
  // Going public with the case ("before I go public", "I'll make this public").
  /\b(?:go|going|goes|went) public\b|\bmake (?:this|it|the whole thing) public\b/,
  // A channel named as what comes after a deadline ("before I contact my bank").
  /\bbefore i (?:contact|call|ring|phone|go to|report (?:you|this) to|complain to|escalate (?:this |it )?to) (?:my |the )?(?:bank|card issuer|card company|credit card company|paypal|amazon|ebay|bbb|ftc|trading standards|press|media|regulators?)\b/,
  // The buyer's audience about to be told ("time to let my 20k TikTok followers know").
  /\b(?:time to|about to|going to|i'll|i will|gonna|i'm going to) (?:tell|let|show|warn|inform) (?:all )?(?:of )?my (?:(?<!\d)\d+(?:,\d{3})*k? )?(?:\w+ )?(?:followers|subscribers|audience|readers|viewers)\b(?![^.!?\n]{0,40}\b(?:love|loved|great|amazing|recommend\w*|brilliant|perfect|thanks?)\b)/,
  // Tweeting the case at the shop or its boss ("tweeting this whole thread at your CEO").
  /\btweet(?:ing|ed|s)?\b (?:this|it|the|about|at|every|all)\b(?![^.!?\n]{0,30}\b(?:love|great|amazing|thanks?|recommend)\b)/,
  // A complaint taken to a public body named by its kind (…commission, …authority, …bureau,
  // …regulator, …ombudsman, a watchdog): "this is going to the Federal Trade Commission".
  /\b(?:going|goes|go|gone|report\w*|complain\w*|escalat\w*|contact\w*|fil(?:e|es|ed|ing)|tak(?:e|es|ing)|send\w*|sent|writ(?:e|es|ing)|refer\w*|submit\w*|lodg\w*|rais(?:e|es|ing))\b[^.!?\n]{0,24}\b(?:to|with) (?:the |my |our |a |your )?(?:local |state |national |federal |county |city )?(?:[a-z]+ ){0,3}(?:commission|authority|bureau|agency|regulator|ombudsman|watchdog|licensing board)\b/,
  // A community the buyer belongs to, named as a group ("posting about it in our local small business
  // Facebook group", "the parents' WhatsApp group"): a group is an audience like a network; the
  // posting verb comes first and praise after it is no threat.
  /\b(?:post|posting|share|sharing|tell|telling|expose|exposing|warn|warning|put|putting|publish|publishing)\b[^.!?\n]{0,50}\b(?:group|group chat|groups|forum|community page|nextdoor|whatsapp|discord)\b(?![^.!?\n]{0,30}\b(?:love|great|amazing|recommend\w*|thanks?)\b)/,
  /\b(?:post|posting|share|sharing|tell|telling|expose|exposing|put|putting|publish|publishing|upload|uploading)\b[^.!?\n]{0,30}(?:\b(?:twitter|tiktok|facebook|instagram|reddit|youtube|social media|x\.com)\b|\br\/[a-z0-9_]{2,})/,
  // A condition and the shop as the subject of a piece the buyer writes ("if this refund doesn't
  // happen, your shop will be the subject of my next consumer piece").
  /\b(?:if|unless|until|otherwise|or else|or)\b[^.!?\n]{0,80}?\b(?:(?:the )?subject of|featured? in|(?:write|writing|publish|publishing|run|running|do|doing) (?:a|an|my|the)(?: \w+)?) (?:my |our |a |an |the )?(?:next )?(?:\w+ )?(?:piece|article|story|column|expos[eé]|blog post|segment|episode|exposé)\b/,
  // The case shown on the buyer's own channel under a condition ("expect to see this on my YouTube
  // channel if nobody helps", "unless it's fixed, my TikTok followers hear about it").
  /\b(?:unless|until|otherwise|or else)\b[^.!?\n]{0,60}\bmy (?:youtube|tiktok|instagram|twitter|facebook|x|reddit|blog|substack)\b|\bif\b[^.!?\n]{0,40}(?:\bnot\b|n't\b|\bno\b|\bnobody\b|\bno one\b|\bnever\b|\bnothing\b)[^.!?\n]{0,40}\bmy (?:youtube|tiktok|instagram|twitter|facebook|x|reddit|blog|substack)\b|\bmy (?:youtube|tiktok|instagram|twitter|facebook|x|reddit|blog|substack)\b(?=[^.!?\n]{0,50}\b(?:unless|until|if (?:not|no|nobody|no one|nothing|you (?:don't|do not|won't|can't)|(?:this|it) (?:isn't|is not)))\b)/,
  // The buyer's followers told under a condition ("I'll tell all 30,000 of my followers what happened
  // if this isn't fixed"); telling them how good it is carries no condition.
  /\b(?:tell|telling|show|showing|warn|warning|let) (?:all )?(?:(?:(?<!\d)\d+(?:,\d{3})*k?|thousands|hundreds) (?:of )?)?my (?:followers|subscribers|audience|readers|viewers)\b(?=[^.!?\n]{0,60}\b(?:if|unless|until)\b)|\b(?:unless|until|otherwise|or else)\b[^.!?\n]{0,60}\bmy (?:followers|subscribers|audience|readers|viewers)\b/,
  // The case itself going public: "the whole thread goes on Reddit", "this ends up on TikTok".
  /\b(?:goes|go|going|ends up|end up|will be|gets|get|lands?) (?:up |straight |right )?on (?:twitter|tiktok|facebook|instagram|reddit|youtube|social media|x)\b/,
];

// A channel named about someone else is no complaint against this seller: another shop ("上次在别家…
// 打了12315", "a chargeback with another seller") or the channel as a workplace ("我朋友在市场监管局
// 上班", "I work at a consumer protection office"). Unless the buyer's own clause names this seller
// (别家都退了，你们不退我就打12315).
const OTHER_PARTY_ZH =
  /那家(?:店|商家|卖家|网店|公司)|另外一家|上一家|那个(?:店家|商家|卖家)|别家|别的(?:店|商家|卖家|网店|平台)|其他(?:店|商家|卖家|网店|平台)|其它(?:店|商家|卖家)|另一家|别人家/;
const OTHER_PARTY_EN =
  /\b(?:another|a different|some other|other|a previous|an?other|an? (?:\w+ )?)(?:seller|store|shop|company|merchant|vendor|retailer|brand)s?\b/;
const OTHER_AFTER_ZH =
  /^[^，,；;。！？!?\n]{0,6}(?:同行|竞争对手|快递员|快递公司|物流公司|快递小哥|外卖员|骑手|司机|邻居|楼下|隔壁|物业|房东|饭店|餐厅|别家|别的(?:店|商家|卖家|平台)|其他(?:店|商家|卖家|平台)|另一家|别人家)/;
const OTHER_AFTER_EN =
  /^[^,;.!?\n]{0,30}\b(?:with|against|on|from|about|for) (?:(?:another|a different|some other|other|a previous) (?:seller|store|shop|company|merchant|vendor|retailer|brand)s?|(?:the |my )?(?:courier|carrier|delivery (?:company|driver|guy)|driver|post office|postman|ups|fedex|dhl|usps|royal mail))\b/;
/** The channel as the speaker or the source (消费者协会说…, 消保官建议…, 消保法, the BBB says): information, not a complaint. */
const CHANNEL_SUBJECT =
  /^(?:[^，,。！？!?\n]{0,2}(?:说(?![理法清道])|发的|发布|公布|建议|推荐|认证|抽检|检测|报道|采访|播过|宣传|介绍|的(?:报告|检测|抽检|数据|认证|规定|标准|质检|广告|节目|新闻|报道|网站|官网|网页|说明))|广告|节目|法|(?:\s+(?:office|building|centre|center|branch))?\s+(?:near|next to|across from|closed|is closed|opens|opening hours)\b|\s+(?:guarantee|protection|policy|policies|help|faq)(?: page| policy| rules| terms)?\b|\s+(?:act|law|laws|regulations?|directive|statute|legislation|attorneys?|lawyers?|solicitors?|law firm)\b|\s*(?:says|said|recommends?|recommended|rates?|rated|raves?|certified|ratings?|accredit\w*|told|confirmed|lists?|listed|shows?|scheme|programm?e?|rules|guidance|sounds|profile|page|website|site|score)\b)/;
const WORKPLACE_ZH =
  /^[局所会署处厅办]?里?(?:上班|工作|任职|实习|当差|(?:做|当)(?:志愿者|义工|顾问|调解员))/;
const WORKPLACE_EN =
  /\b(?:work(?:s|ed|ing)?|employed|intern(?:ing|ed)?|volunteer(?:s|ed|ing)?) (?:at|for|in|by|with) (?:a |an |the |my |our )?(?:local |state |county |city )?$/;
const SEEN_ON_ZH =
  /^(?:公社|社团|版|群|论坛)?(?:上|里|中)?(?:有人|大家|网友|很多人|好多人|好些人)(?:在)?(?:问|说|讲|讨论|推荐|夸|分享|提到)|^(?:的)?(?:网站|官网|网页|主页|页面|公众号|app|报告|公告|公示|专栏)?(?:上|里|中|那边)?(?:没|没有|也|都)?(?:看到|看过|看见|查到|搜到|读到|刷到|发现)/;
const THIS_SELLER =
  /你们|你家|你这|贵店|商家|店家|卖家|老板|\byou\b|\byour\b|\bthis (?:seller|store|shop)\b/;
const PLATFORM_G = PLATFORM.map((r) => new RegExp(r.source, 'g'));
/** A channel match ending in the act of posting (发帖, 发文, 曝光): what follows is the post's content. */
const POSTED_VERB_END = /(?:发帖|发文|发视频|曝光|吐槽|爆料|公开|po文|发|写|贴|晒|挂|po)$/;

/**
 * The buyer says they will not take the step (我不会去投诉, "I'm not going to report you"), or
 * would have and did not ("I could have gone to the BBB"): a counterfactual step is none taken
 * (the lever after it, …but you leave me no choice, is read by LEVER_AFTER).
 */
const REFUSED_BEFORE =
  /(?:不会|不想|不打算|不至于|不要|不去|绝不|没打算|没想|没有要|没要|无意|并不想)[^，,。！？!?\n]{0,4}$|\b(?:never|not going to|won't|will not|wouldn't|would not|no need to|don't want to|do not want to|(?:could|would|might|should|'d)(?:'ve| have))\b[^,;.!?\n]{0,40}$/;
/**
 * After a step the buyer says they would not want to take, the seller's conduct forcing it ("I
 * really don't want to go to consumer protection, but you're leaving me no choice", 我也不想投诉，
 * 但你们再拖我只能…): the polite threat, not a refusal.
 */
const LEVER_AFTER =
  /^[^.!?\n]{0,80}?\bbut\b[^.!?\n]{0,40}\b(?:no (?:other )?(?:choice|option|alternative)|leav(?:e|es|ing) me (?:no|with no|little)|forc(?:e|es|ing) me|(?:i|i'll|i will) (?:have to|will|must)|if|unless)\b|^[^。！？\n]{0,30}?(?:但|但是|可是|不过)[^。！？\n]{0,16}(?:没办法|冇办法|逼|只能|只好|如果|要是|再不|再唔|再这样|别无选择)/;
/**
 * A channel named as a control on a page (“申请仲裁”的按钮, the "open a case" link) or touched by
 * accident (不小心点到了, "opened a case by mistake"): no step intended against the seller.
 */
const UI_ELEMENT_AFTER =
  /^[”"’'」』]?(?:的)?(?:按钮|按键|选项|入口|链接|标签|字样|页面)|^["”’']? (?:button|link|option|tab)\b/;
const ACCIDENT = /不小心|误点|点错|按错|误触|\bby mistake\b|\baccidentally\b|\bby accident\b/;
/** A channel right after a verb of reading (看到黑猫投诉上有人说…, 刷到抖音上): a source, not a step. */
const READ_ON_BEFORE_ZH = /(?:看|刷|搜|查|读|听|见)到?$/;

/** The buyer found the fault their own (原来是我理解错了, "my mistake"): whatever they looked into, no step. */
const ADMITTED =
  /原来是我|是我(?:自己)?(?:理解|搞|弄|看|记)错|我(?:理解|搞|弄|看)错了|误会(?:了|一场)|\b(?:my (?:mistake|bad|fault)|i was wrong|i misread|sorry for the confusion|turns out (?:it was|i was) (?:me|my fault|wrong))\b/;
const WITHDRAWN =
  /(?:就|也|都|所以)不(?:打|投诉|举报|申诉|去|告|发|报)了|撤销了|撤回了|撤掉了|取消了|关闭了|已经撤|已撤|\b(?:closed|withdrew|withdrawn|dropped|cancell?ed|retracted) (?:it|the (?:case|claim|dispute|complaint|chargeback))\b/;

/** Asking the way to a channel ("how do I contact eBay?", 请问投诉入口在哪): a question, no step. */
const ASK_WAY_EN =
  /\b(?:(?:how|where|who) (?:do|can|could|should|would|may) (?:i|we)|is there (?:a|any) way to)\b[^.!?\n]{0,30}$/;
const ASK_WAY_ZH = /(?:请问|想问|问一下|想知道)[^。！？!?\n]{0,16}$/;
// …or what it takes (需要准备哪些资料, 流程是什么): asking what a step needs is asking the way too.
const WAY_ZH =
  /需要(?:准备|带|提供|提交|出示)[^。！？!?\n]{0,8}[吗么]|怎么|怎样|如何|在哪|哪里|哪个|哪些|几天|多久|多长时间|入口|方式|电话|号码|流程|步骤|手续|(?:什么|啥)(?:资料|材料|证据|证明|文件)/;
const HOTLINE_CUE =
  /打|拨|热线|投诉|举报|反映|登记|申诉|到|去|向|找|\b(?:call|dial|ring|phone|report|complain|hotline|contact)\w*/;

const REVIEW_VENUE_BEFORE_ZH = /(?:在|到|上)(?:评价|评论|追评)(?:区|里|中)?[^。！？!?\n]{0,14}$/;
const HOW_WORKS_BEFORE_EN = /\bhow (?:do|does|would|will|long do|long does)\s*$/;
const HOW_WORKS_AFTER_EN = /^\w*\s+(?:work|take|go|happen)\b/;
const THIRD_SAID_ZH =
  /^[^，,。！？!?\n]{0,3}(?:邻居|朋友|同事|闺蜜|同学|亲戚|室友|舍友|表姐|表哥|表妹|表弟|姐姐|哥哥|妹妹|弟弟|老公|老婆|妈妈|爸爸|家人|别人|有人|他|她)(?![们])[^，,。！？!?\n]{0,20}(?:说|讲|扬言|嚷嚷|威胁)(?:着)?(?:他|她|他们|她们)?(?:要|会|想|准备)?(?:去|到|向|找)?\s*$/;

/** …or said before and settled since (她说当时不给退就要去12315，后来你们很快给退了): a story. */
/**
 * 本来 + a step, then what settled it (本来要去消基会，结果你们马上退款): the step not taken. Without
 * the settling (本来准备发个避雷视频的，给我寄两套新的…) 本来 is the lever of a bargain.
 */
const MEANT_TO_ZH = /本来(?:想|要|打算|准备|可以)[^，,。！？!?\n]{0,4}$/;
const SETTLED_AFTER_ZH =
  /^[^。！？!?\n]{0,30}?(?:结果|后来|算了|想想|既然|(?:已经|马上|很快|及时)(?:帮我)?(?:退|换|处理|解决|补)|(?:退|换|处理|解决|补发)(?:好)?了)/;
const THIRD_SAID_PAST_ZH =
  /(?:邻居|朋友|同事|闺蜜|同学|亲戚|室友|别人|有人|他|她)(?![们])[^，,。！？!?\n]{0,6}(?:说|讲)(?:过)?[^。！？!?\n]{0,24}$/;
const PAST_STORY_ZH = /当时|那时|那次|上次|上个月|去年|后来|最后(?:还是)?(?:你们|商家)?(?:给|帮)/;
/**
 * A stranger's threat reported ("the reviewer above says she'd report you to the FTC", "someone
 * wrote they would file a chargeback"): a story the buyer tells, not their step.
 */
const THIRD_SAID_EN =
  /\b(?:someone|somebody|people|others|another (?:buyer|customer|shopper|reviewer)|other (?:buyers|customers|shoppers|reviewers)|(?:a|the|one) (?:reviewer|customer|buyer|shopper|commenter)s?(?: (?:above|below|here|before me))?)\b[^,;.!?\n]{0,40}\b(?:says?|said|claims?|claimed|wrote|writes|mentioned|threatened)\b[^.!?\n]{0,40}$/;
/** A lawyer is the one filing (my attorney will file a claim): a legal step, read as such. */
const LAWYER_FILES_EN = /\b(?:lawyers?|attorneys?|solicitors?|counsel)\b(?: \w+){0,3}\s*$/;
/**
 * An offer to post about the shop ("If you like, I can post it on my Instagram", "happy to tag you
 * in my unboxing", 需要的话我可以发小红书帮你们宣传): no condition of the seller failing, no threat.
 */
const OFFER_EN =
  /\bif you(?:'d)? (?:like|want|wish|prefer|don't mind|do not mind)\b|\b(?:happy|glad|more than happy) to\b|\bwould you like me to\b|\bif (?:that|it) helps\b|\bi(?:'d| would) (?:love|be happy|be glad) to\b/;
// Negated (不同意的话我就…, 不愿意的话) it is the seller refusing: the condition of a threat, no offer.
const OFFER_ZH =
  /(?<![不没唔])(?:需要|愿意|想要|不介意|同意)(?:的话)?[，,]?我(?:可以|也可以|能|就)|(?:很|非常)?乐意|可以帮(?:你们|您|你)(?:宣传|推荐|分享|打广告)/;
const POST_STEP = new RegExp(
  `\\b(?:post|posting|share|sharing|tag|tagging|upload|uploading|put|putting|publish|publishing|twitter|tiktok|facebook|instagram|reddit|youtube|social media)\\b|${SOCIAL_ZH}|发|晒|分享|贴`,
);
const OFFER_FAILING =
  /\b(?:unless|otherwise|or else|until)\b|\bif\b[^.!?\n]{0,40}(?:\bnot\b|n't\b|\bno\b|\bnever\b|\bnobody\b)|不然|否则|要不然|再不|除非|不(?:给|退|换|赔|处理|解决|回)/;

const PUBLICITY_AFTER_ZH = /^(?:率|度|量|(?:了)?(?:好多|很多|好几|许多|多|无数)次)/;
const THIRD_DID_EN =
  /\b(?:someone|somebody|people|others|another (?:buyer|customer|shopper|reviewer)|other (?:buyers|customers|shoppers|reviewers)|a (?:reviewer|customer|buyer|shopper))\b (?:(?:\w+ )?(?:reported|complained|filed|went|took|escalated|contacted|called|opened|had)\b[^.!?\n]{0,30})?\s*$/;
const PAST_STEP_EN =
  /\b(?:reported|complained|filed|went|took|escalated|contacted|called|opened|had)\b/;

export function platformComplaint(t: string): [number, number] | undefined {
  for (const re of PLATFORM_G) {
    re.lastIndex = 0;
    let seen = 0;
    for (let m = re.exec(t); m && seen++ < MAX_MENTIONS; m = re.exec(t)) {
      const s = m.index;
      const e = s + m[0].length;
      const [a, b] = clauseBounds(t, s, e, /[。！？!?.\n]/, 80);
      const [ca, cb] = clauseBounds(t, s, e, /[。！？!?.\n，,；;]/, 40);
      const before = t.slice(a, s);
      const after = t.slice(e, b);
      if (WORKPLACE_ZH.test(after) || WORKPLACE_EN.test(before)) continue;
      // The negator may end inside the match (我不会投诉的: the match starts at 会).
      if (
        (REFUSED_BEFORE.test(t.slice(ca, s)) || REFUSED_BEFORE.test(t.slice(ca, s + 1))) &&
        !LEVER_AFTER.test(t.slice(e, e + 120))
      )
        continue;
      if (UI_ELEMENT_AFTER.test(after) || ACCIDENT.test(t.slice(a, b)) || ADMITTED.test(t))
        continue;
      // 看到黑猫投诉上…: the 到 of 看到 read as "to" a channel, or the channel right after 看到.
      if (
        (/^到/.test(m[0]) && /[看刷搜查读听见]$/.test(before)) ||
        (READ_ON_BEFORE_ZH.test(before.slice(-2)) &&
          /^(?:上|里|中)?(?:有人|大家|网友|看到|说)/.test(after))
      )
        continue;
      // A bare act negated right before it (不发负面视频) is none; in a bargain (…我就不发) it is the lever.
      if (
        // 可以不发 is the offer of a bargain (我可以不发差评笔记，但是得有点表示), not a refusal.
        /(?:^|[^就才以])(?:不|没|别|未)$/.test(before) &&
        /^(?:发|拍|出|做|录|剪|贴|放|传|po|晒|挂)/.test(m[0])
      )
        continue;
      if (ASK_WAY_EN.test(before) || (ASK_WAY_ZH.test(before) && WAY_ZH.test(t.slice(a, b))))
        continue;
      // How a channel works asked ("how do chargebacks work?"): a question about the step, no step.
      if (HOW_WORKS_BEFORE_EN.test(before) && HOW_WORKS_AFTER_EN.test(t.slice(e, e + 30))) continue;
      // Someone else's threat reported (我邻居…说要去消协投诉): the clause's speaker is a third person.
      if (THIRD_SAID_ZH.test(t.slice(ca, s))) continue;
      if (THIRD_SAID_PAST_ZH.test(t.slice(a, s)) && PAST_STORY_ZH.test(t.slice(a, b))) continue;
      if (MEANT_TO_ZH.test(t.slice(ca, s)) && SETTLED_AFTER_ZH.test(t.slice(e))) continue;
      if (THIRD_SAID_EN.test(t.slice(a, s))) continue;
      if (LAWYER_FILES_EN.test(t.slice(ca, s)) && /^fil/.test(m[0])) continue;
      // An offer in the sentence and no failing of the seller in it: a post offered, not threatened.
      if (
        (OFFER_EN.test(t.slice(a, b)) || OFFER_ZH.test(t.slice(a, b))) &&
        POST_STEP.test(m[0]) &&
        !OFFER_FAILING.test(t.slice(a, b))
      )
        continue;
      // …or in English, the step done by someone else ("someone reported you to the BBB").
      if (THIRD_DID_EN.test(t.slice(ca, s)) && PAST_STEP_EN.test(t.slice(ca, e))) continue;
      // The post's venue is the review itself (在评价里把…贴出来，让大家看看): a review threat.
      if (REVIEW_VENUE_BEFORE_ZH.test(t.slice(Math.max(a, s - 40), s))) continue;
      // A hotline number is a complaint when it is dialled or complained to, not an order number.
      if (/^\d+$/.test(m[0]) && !HOTLINE_CUE.test(t.slice(ca, cb))) continue;
      // A channel the buyer read something on (在黑猫投诉上看到别人夸你们) is a source, not a complaint.
      // …but after a verb of posting (去小红书发帖说你们卖假货) 说 tells what the post will say.
      if (SEEN_ON_ZH.test(after) || (CHANNEL_SUBJECT.test(after) && !POSTED_VERB_END.test(m[0])))
        continue;
      // 曝光好多次, 曝光率: the product featured on a network (publicity), not the shop exposed.
      if (/曝光$/.test(m[0]) && PUBLICITY_AFTER_ZH.test(after)) continue;
      // The step's outcome told (平台介入的结果出来了, 判了退款): a case already decided, nothing threatened.
      if (/^的?(?:结果|判决|裁决|判定|处理结果)/.test(after)) continue;
      const own = t.slice(ca, cb);
      // A step taken before and withdrawn since (之前跟银行申请了争议款，…我已经撤销了; "I opened a
      // case last month but closed it"): the case told, nothing threatened.
      if (PAST_CLAUSE.test(t.slice(a, b)) && WITHDRAWN.test(t.slice(a, Math.min(t.length, b + 80))))
        continue;
      if (OTHER_AFTER_ZH.test(after) || OTHER_AFTER_EN.test(after)) continue;
      if ((OTHER_PARTY_ZH.test(before) || OTHER_PARTY_EN.test(before)) && !THIS_SELLER.test(own))
        continue;
      return [s, e];
    }
  }
  return undefined;
}

// --- An exposure already prepared and held back (我的PTT文章已经打好了, "I've got the video ready
// for TikTok"): the post is the weapon once an ultimatum sits in the same or a neighbouring
// sentence (你们看着办, "Your move", a deadline), like a drafted review.
const DRAFT_POST_ZH = new RegExp(
  `${SOCIAL_ZH}(?:上|里)?(?:的)?${S}{0,4}(?:文章|帖子|帖|贴文|文|视频|影片|笔记|稿子?|图文)${S}{0,4}(?:都|已经|早就|早)?(?:写好|打好|剪好|拍好|准备好|录好|编好|拟好|做好)了?|(?:文章|帖子|贴文|视频|影片|笔记|图文)${S}{0,4}(?:都|已经|早就|早)?(?:写好|打好|剪好|拍好|准备好|录好|编好|拟好|做好)了?${S}{0,8}(?:发|po|贴|传)(?:到|上)?${SOCIAL_ZH}`,
);
const DRAFT_POST_EN =
  /\b(?:video|post|thread|clip|reel|write-?up|story|footage)s?\b[^.!?\n]{0,12}\b(?:ready|drafted|queued|edited|written|filmed|cut)\b[^.!?\n]{0,12}\b(?:for|to go on|to post on|to upload to|on) (?:tiktok|youtube|instagram|facebook|reddit|twitter|x|social media|my (?:channel|page|account|blog))\b/;
const ULTIMATUM_EN =
  /\byour (?:move|call|choice)\b|\bball(?:'s| is) in your court\b|\bclock(?:'s| is) ticking\b/;

function draftedExposure(t: string): [number, number] | undefined {
  const m = DRAFT_POST_ZH.exec(t) ?? DRAFT_POST_EN.exec(t);
  if (!m) return undefined;
  const s = m.index;
  const e = s + m[0].length;
  // The sentence before, this one and the next.
  let a = s;
  for (let stops = 0; a > 0 && s - a < 120; a--)
    if (/[。！？!?.\n]/.test(t[a - 1]!) && ++stops > 1) break;
  let b = e;
  for (let stops = 0; b < t.length && b - e < 120; b++)
    if (/[。！？!?.\n]/.test(t[b]!) && ++stops > 1) break;
  const win = t.slice(a, b);
  const zh = /[\u4e00-\u9fff]/.test(m[0]);
  const held = zh
    ? COND_ZH_BEFORE.test(win)
    : ULTIMATUM_EN.test(win) || COND_EN.test(win) || NEG_COND_EN.test(win);
  return held && !PAST_CLAUSE.test(t.slice(a, s)) ? [s, e] : undefined;
}

/** The clause around [s, e): back and forward to the nearest stop, at most `max` characters each way. */
function clauseBounds(
  t: string,
  s: number,
  e: number,
  stop: RegExp,
  max: number,
): [number, number] {
  let a = s;
  while (a > 0 && s - a < max && !stop.test(t[a - 1]!)) a--;
  let b = e;
  while (b < t.length && b - e < max && !stop.test(t[b]!)) b++;
  return [a, b];
}

const ABUSIVE: RegExp[] = [
  /傻逼|傻b|煞笔|沙比|傻叉|脑残|白痴|弱智|智障|混蛋|王八蛋|畜生|狗东西|你妈(?!妈)|尼玛|草泥马|操你|去死|死全家|不得好死|滚蛋|骗子|奸商|黑心(?:商家|店|卖家|老板)|垃圾(?:商家|店家|店铺|卖家|客服|老板|公司)|(?:^|[^a-z])(?:sb|cnm|tmd|nmd|nmsl)(?:[^a-z]|$)/,
  /\b(?:idiots?|morons?|imbeciles?|retards?|dumbass|stupid (?:people|seller|sellers|company|idiots?)|scammers?|thie(?:f|ves)|crooks?|liars?|fuck(?:ing|ers?)?|f\*+k|assholes?|bastards?|jerks?|pigs|losers|shit(?:ty)? (?:company|seller|store|service)|piece of shit|go to hell|screw you|damn you)\b/,
];

// --- Safety: harm to a person or a hazard (fire, shock, overheating), unless negated. An injury
// word that also fits things (划伤 a screen, 摔伤 a parcel) needs a person or a body part near it.
const BODY_ZH =
  '(?:手|脚|脸|腿|腰|头|眼|嘴|唇|胳膊|手指|手掌|手心|手背|指甲|皮肤|背|膝盖|脖子|头皮|耳朵|耳垂|下巴|嘴巴|嘴唇|嘴角|喉咙|鼻子|额头|手腕|手臂|脚踝|肩膀|牙肉|牙龈|舌头|孩子|宝宝|小孩|儿子|女儿|老人|我|他|她|人|家人|老婆|老公|妈|爸|阿公|阿嬷|阿婆|奶奶|爷爷|外婆|外公)';
// Body parts only (no persons): for verbs a person also does to things (我跌损咗部电话).
const PART_ZH =
  '(?:手|脚|脸|腿|腰|头|眼|嘴|唇|胳膊|手指|手掌|手心|手背|膝盖|脖子|头皮|耳朵|下巴|嘴巴|额头|手腕|手臂|脚踝|肩膀|牙肉|牙龈|舌头)';
const SMALL_PART_ZH =
  '(?:纽扣|钮扣|扣子|眼睛|鼻子|小零件|零件|珠子|磁铁|磁珠|纽扣电池|钮扣电池|小球|配件|螺丝)';
// Cantonese too (个仔, 个女, 细路: my son, my daughter, a kid).
const SMALL_CHILD_ZH =
  '(?:孩子|宝宝|小孩|婴儿|幼儿|bb|儿子|女儿|小朋友|个仔|个女|细路|囡囡|[一二两三1-3]岁)';
// 想吐 but not 想吐槽 (to gripe); a symptom relieved (头疼都缓解了) is no harm.
const FUME_SYMPTOM_ZH =
  '(?:头晕|头痛|头疼|想吐(?!槽)|喉咙痛|嗓子疼|嗓子痛|呼吸困难|胸闷|眼睛刺痛)(?![^。,!?\\n]{0,3}(?:缓解|好多了|好了|减轻|消失|没了))';
// The symptoms of a bad reaction to something swallowed (medicine, drinks, food).
const INTAKE_SYMPTOM_ZH =
  '(?:心慌|心悸|心跳(?:加速|加快|特别快|很快|好快|过快|超快)|手抖|手发抖|血压(?:升高|飙升|变高|高得)|抽搐|晕倒|(?:肚子|肚|胃)(?:痛|疼)|呕(?:咗|了|到|个不停)|吐(?:咗|了)(?:成晚|一晚|好几次|几次))';
// Electrical parts of the home, and the state that tells a fault (black, burnt smell).
// A body-part word that begins the name of a thing (手机, 手表, 脚本, 头条, 眼镜): 切到手机 is
// switching to the phone, 抽到手机 winning one.
const NOT_OBJECT_ZH = '(?![机表套链环办续工柄本条像发绳书镜垫霜膜部])';
// Small things that choke or burn inside a child (button batteries, magnets, coins).
const HAZARD_SMALL_ZH =
  '(?:纽扣电池|钮扣电池|钮门电池|电池|磁珠|磁铁|小零件|零件|珠子|硬币|螺丝|玻璃|小球)';
const PLUG_ZH =
  '(?:插座|插孔|插口|插头|插苏|插线板|排插|拖板|延长线|电线|电源线|充电器|充电线|充电头|叉电器|火牛|变压器|适配器)';
const PLUG_TAIL_ZH =
  '(?:(?:都|也|全|已经)?(?:烧)?(?:黑|焦)(?:了|咗|晒|埋|掉)|发黑|㶶味|燶味|焦味|烧焦味|胶味|烧胶味)';
const SAFETY_ZH = new RegExp(
  [
    '受伤|烫伤|烧伤|灼伤|咬伤|弄伤|伤到了?' + BODY_ZH,
    BODY_ZH +
      '(?:被|都|也|给)?(?:划|割|刮|扎|夹|摔|砸|刺|烫|烧|电|咬|磨)(?:伤|破|出血|了|到|肿|起泡|出泡)',
    // Burnt red (手烫红了) is a burn; 划红 stays a mark.
    BODY_ZH + '(?:被|都|也|给)?(?:烫|烧)红',
    BODY_ZH + '(?:都|也|就|开始)?(?:肿|红肿|起泡|起水泡|刺痛|灼痛)',
    // Verbs that also fit things (擦, 撞: 我擦了屏幕) count with a wound after them only.
    BODY_ZH + '(?:被|都|也|给)?(?:擦|磕|撞|蹭)(?:伤|破|出血|肿)',
    // Two symptoms paired (又红又肿), a person's fall, a near fall (差点滚下坡).
    '又(?:红|肿|痒|疼|痛)又(?:红|肿|痒|疼|痛)',
    // 摔了一跤 is said of people only; 摔倒/滑倒 also of things (机器人摔倒了), so a person before it.
    '摔了一跤|摔了个跟头|差点(?:摔倒|摔下|滚下|跌倒|跌下|掉下去|被砸|砸到)',
    '(?:我|他|她|孩子|宝宝|小孩|儿子|女儿|老人|家人|老婆|老公|妈|爸|奶奶|爷爷|外婆|外公)(?:在[^。，！？\\n]{0,4})?(?:不小心|直接|当场)?(?:摔倒|跌倒|滑倒|绊倒)',
    // A hazard before anyone is hurt: gas leaking, brakes that fail, an electrical part that turns
    // hot or black, a device too hot to touch.
    '(?:煤气|燃气|天然气|液化气)[^。，！？\\n]{0,6}(?:漏|泄)|漏(?:煤|燃)气|(?:煤气|燃气)味',
    '(?:刹车|煞车|制动)(?:失灵|失效|坏了)|刹不住',
    '(?:插座|插头|插线板|排插|延长线|电线|电源线|充电器|充电线|充电头|变压器|适配器)[^。，！？\\n]{0,8}(?:很烫|烫得|发烫|变黑|烧黑|熏黑|融化|熔化|烤焦)',
    '烫到(?:没法|不能|无法|拿不住|摸不了|不敢)|烫手(?!山芋)|滚烫',
    '烫(?:了|出|起)?(?:一个|个|好几个|几个)?(?:大|小)?(?:水)?泡',
    '(?:划|割|刮|扎|夹|摔|砸|刺)(?:伤|破|到)了?' + BODY_ZH,
    // A body part still hurting (耳朵现在还疼; not 头疼, which is also a figure of speech).
    '(?:手|脚|脸|腿|腰|眼|嘴|胳膊|手指|膝盖|脖子|耳朵|下巴|嘴巴|喉咙|鼻子|额头|手腕|脚踝)(?:现在|到现在)?(?:还|一直|仍然|还是){1,2}(?:在)?(?:疼|痛)',
    // A device bursting, glass shattering by itself, shards flying, metal or glass in food (吃到,
    // Cantonese 食到).
    '(?:突然|直接|当场|自己)(?:爆|炸)(?:了|开|裂)|自爆|(?:自己|突然|自动)碎(?:掉|了|裂)|碎片(?:喷|飞|溅)|(?:吃|食)(?:到|出)(?:了)?[^。，！？\\n]{0,4}(?:铁丝|玻璃|钉子|针|刀片|铁片|钢丝)',
    // Red spots on the skin (not 屏幕上全是红点, dead pixels).
    '火辣辣(?:的)?(?:疼|痛)|(?:脸|皮肤|身上|手上|脖子|背上)[^。，！？\\n]{0,6}(?:全是|一片|长了|起了)红点',
    '流了?[^。，！？\\n]{0,3}血|流血|出血',
    '起火|着火|失火|烧起来|烧焦|冒烟|冒黑烟|(?<!糊)焦味|烧焦味|火花|打火|冒火星|火星子|短路',
    '触电|漏电|被电(?:到|了|击)|电到(?:我|了|手)|电了一下|麻手|酥麻',
    '(?:用|涂|擦|抹|敷|洗|吃|喝|戴|穿|接触|导致|引起|造成|就|竟然|居然|又|后)[^。，！？\\n]{0,8}过敏|过敏(?:了|反应|起|红|痒|肿|症状)',
    '红疹|起疹|疹子|起红点|红点点|红肿|肿了|肿起来',
    '中毒|拉肚子|腹泻|上吐下泻|呕吐|吐了一',
    '噎到|噎住|卡住喉咙|卡喉|卡(?:在|到)喉咙|窒息|吞下|误吞|吞进|咽下去|吞咗|吞落|吞了(?:一|粒|颗|个|块|片|只)',
    // A hospital visit for it (送去急症室, 看急诊): Cantonese and Mandarin.
    '急症室|急诊|送院|送(?:去|进)?医院',
    // 鼓包 of a pot, a wall or a shoe is a deformation, not a swelling battery.
    '(?<!(?:锅|底|墙|墙面|地板|漆|皮|鞋|鞋面|布|膜|纸|壁纸|桌面|板)(?:都|也|已经|全|又|有点|有些)?)鼓包|膨胀|(?:电池|电芯|充电宝)[^。，！？\\n]{0,3}(?:鼓|胀)(?:了|起)|发烫|烫得|过热|爆炸|炸裂',
    '(?:头|手|脚|腿|手指|脖子)(?:被)?卡(?:住|进|在)|卡住了?(?:头|手|脚|手指|脖子)',
    // A wound told as a gash (手心划了一道口子); the body part is needed, since cloth and bags
    // also get 口子. Cantonese 损 after the verb (牙肉割损咗, 手指界损) is the same wound, said of a
    // body part only (我跌损咗部电话 is a dropped phone).
    BODY_ZH +
      '(?:被|都|也|给)?(?:划|割|刮|拉|剌)(?:了|出|开)?(?:一|两|几|好几)?(?:道|个|条)?(?:小|大|长|深)?口子',
    PART_ZH + '(?:被|都|也|给)?(?:割|界|刮|擦|撞|跌)损',
    // Treatment that only a hurt person gets: a fracture (not 骨折价, 价格打到骨折, a deep
    // discount), stitches on a body part (not 裤子缝了两针 or 纯手缝, sewing), a tetanus shot.
    '骨折(?<!打(?:到|成|个|了)?骨折)(?<!(?:价|优惠|折扣|促销|活动|便宜|划算|这波)[^。,!?\\n]{0,4}骨折)(?!价|级|促销|优惠|特价)|' +
      PART_ZH.replace('手|', '') +
      '[^。，,！？!?\\n]{0,2}缝了?(?:[一二两三四五六七八九十几\\d]{1,3})?针|打了?破伤风',
    // Gastroenteritis caught (得了, 急性, 医生说是), not a topic (关于肠胃炎的书); not 腹痛 alone,
    // which is also a product claim (缓解腹痛).
    '(?:急性|得了?|患了?|犯了?|闹|引起|导致|诊断为?|确诊|说是|搞成|变成)[^。,!?\\n]{0,3}(?:肠胃炎|胃肠炎)|(?:肚子|胃)(?:绞痛|剧痛)',
    // A whole person thrown by a fall (整个人摔出去, 整个人往前摔): said of people only.
    '整个人[^。，,！？!?\\n]{0,4}(?:(?:摔|跌|栽)(?:出去|下去|倒|了|在|到)|飞出去)',
    // A body part pinched (手指夹住; not 用手夹住, holding) or a nail gone black or purple from it
    // (not 指甲紫色, a nail colour).
    '(?<!用)' +
      BODY_ZH +
      '(?:被|都|也|给)?夹(?:住|紫|黑)|指甲(?:盖)?(?:(?:都|也|被夹得?)(?:黑|紫|发黑|发紫|淤青)|发黑|发紫|淤青|(?:黑|紫)了)',
    // Hot water, soup or oil spilt or sprayed onto someone, and a scald told by its size (烫红一大片).
    '(?:热水|开水|热汤|热油|滚水|沸水|热茶|热咖啡|热粥|蒸汽)[^。，,！？!?\\n]{0,4}(?:喷|溅|洒|泼|淋|浇)(?:到|在)|烫红(?:了)?一?大?片',
    // Fumes: a headache or dizziness after a smell (油漆味…全家都头痛; 头疼 alone is also "a
    // bother", so a smell before it is required), or dizziness and retching after using something.
    // The symptom is the match, so a negation right before it (不会头疼) still cancels.
    // (The lookbehind follows the symptom so that it runs only where a symptom is found.)
    `${FUME_SYMPTOM_ZH}(?<=(?:味|闻|刺鼻|甲醛|熏|气体|挥发)[^。！？!?\\n]{0,16}${FUME_SYMPTOM_ZH})`,
    // Use must be done (用了, 涂完): 用起来复杂看得头晕 and 难吃到想吐 are figures.
    '(?:头晕|想吐(?!槽)|呼吸困难|胸闷)(?<=(?:用|喷|涂|擦|抹|戴|闻)(?:了|完|过)[^。！？!?\\n]{0,10}(?:头晕|想吐|呼吸困难|胸闷))(?![^。,!?\\n]{0,3}(?:缓解|好多了|好了|减轻|消失|没了))',
    // Found from the checking half (opened after the held-out measure), by kind:
    // a small part loose with a small child near (钮扣眼睛很松…小孩才一岁), or put in a child's
    // mouth (孩子往嘴里塞; an adult 往嘴里塞 is eating); the lookbehind follows the match.
    `${SMALL_PART_ZH}[^。!?\\n]{0,4}(?:很松|松动|松了|松脱|一(?:拉|拽|扯)就掉|容易掉|脱落|掉了|掉下来)(?=[^。!?\\n]{0,16}${SMALL_CHILD_ZH})`,
    // (塞 only, stuffing bits in: 宝宝往嘴里放牙胶 is what a teether is for.)
    `往嘴(?:里|巴)塞(?<=${SMALL_CHILD_ZH}[^。!?\\n]{0,16}往嘴(?:里|巴)塞)(?![^。!?\\n]{0,6}(?:牙胶|磨牙|奶嘴|饭|辅食|零食))`,
    // Heat that scorched the home (把地毯烤出一个黑洞), a heater that stays on when tipped over,
    // and a near fire (差点把窗帘点着; not 把蜡烛点着, lighting it) or flames flaring up all of a sudden (a firework's flame 窜得很高 is the show).
    '(?:烤|烧|烫)出(?:了)?(?:一个|个|好几个|几个)?(?:黑|焦)?(?:洞|窟窿|黑印|焦印|黑圈)|倒了?(?:也|都|还)(?:不|没)(?:断电|自动断电|熄)',
    '(?:差点|差一点|险些|几乎)(?:就)?(?:要)?(?:把[^。,!?\\n]{0,6})?(?:点着|引燃|烧着|烧起来|着了)|火(?:苗|焰)(?:突然|一下子?|猛地)(?:蹿|窜)',
    // Mould in what a baby drinks or eats from (奶瓶, Cantonese 奶樽), Cantonese diarrhoea (肚疴).
    '(?:奶瓶|奶樽|奶嘴|吸管|水杯|水樽|餐具|辅食|奶粉|米粉)[^。!?\\n]{0,6}(?:发霉|长霉|生霉|生晒霉|霉斑|霉点|有霉)|肚(?:疴|屙)|(?:疴|屙)肚',
    // A recall, and a test result over a safety limit (铅超标, 甲醛超标).
    // 召回 of a product (被召回, 召回名单), not 召回了几个老客户 (winning customers back).
    '召回(?:通知|名单|公告|批次|范围|令|计划|信息)|(?:被|已|已经|宣布|主动|紧急|官方|全面)召回|召回(?:了)?(?:这|该|此)(?:批|款|个|些)|(?:甲醛|铅|重金属|镉|汞|塑化剂|荧光剂|农药残留|细菌|菌落|大肠杆菌)[^。，,！？!?\\n]{0,3}超标',
    // Third blind set, tuning half, by kind. Skin that stings or burns once a product is put on
    // (抹上去就刺痛, 刺刺热热) and a face ruined by it (烂脸); red skin that peels (又红又脱皮).
    '烂脸|(?:抹|涂|擦|搽|敷|喷|用)(?:了|完|咗|上去|上|后)[^。，,！？!?\\n]{0,4}(?:刺痛|灼痛|灼热|灼烧|火辣辣)|刺刺(?:热热|痛痛)|又(?:红|肿|痒)又(?:脱皮|起皮|脱屑)',
    // A symptom still there (眼睛还是肿的), swelling told in Cantonese (肿晒, 肿咗; not 臃肿).
    '(?:眼睛|眼皮|嘴唇|脸|手|脚)(?:现在|到现在)?(?:还|一直|仍然|还是){1,2}(?:在)?肿|(?<!臃)肿(?:晒|咗|到睁)',
    // A rash or blisters on a body part (手上起泡, 脸上长了一片疹子).
    PART_ZH +
      '(?:上|上面)(?:都|也|就|全)?(?:起|长|冒)(?:了|咗)?(?:一片|一大片|好多|很多|一堆|几个|一些|满)?(?:的)?(?:小)?(?:水泡|泡|疹子|红疹|疹|红点|疙瘩|风团)',
    // Something that snaps or flies back onto a body part (弹回来抽在眼睛上, 崩到脸上).
    '(?:抽|弹|崩|甩|砸)(?:在|到)(?:了|咗)?(?:我|他|她|孩子|宝宝)?(?:的)?' + PART_ZH + NOT_OBJECT_ZH,
    // Cutting tools that take flesh (刨到手指, 切到手), said of body parts only.
    '(?:刨|削|切|剁|锯)(?:伤|破|到|掉|咗)(?:了)?' + PART_ZH + NOT_OBJECT_ZH,
    // Treatment told instead of the harm: stitches or a prescription at a clinic (去诊所缝了三针,
    // 去医院开了药), medicine on the skin that took days (擦了药好几天才好), allergy pills taken
    // (食敏感药, Cantonese 敏感 = allergy), and a doctor seen for it (睇医生, 看皮肤科).
    '(?:医院|诊所|急诊|卫生院|医生|皮肤科|儿科)[^。，,！？!?\\n]{0,4}缝了?(?:[一二两三四五六七八九十几\\d]{1,3})?针|(?:医院|诊所|医生|皮肤科|儿科)[^。，,！？!?\\n]{0,6}(?:开(?:了|咗)?(?:点|些)?药|打针|输液|挂水|吊针|吊水|洗胃|拍片|照x光)',
    '(?:擦|涂|抹|搽|敷|上)(?:了|咗)?药[^。！？!?\\n]{0,6}(?:才(?:好|消|退|恢复|结痂)|擦了|涂了|搽了|还(?:没|不|是))|(?:吃|食|服|开)(?:了|咗)?(?:点|些)?(?:抗)?(?:过敏|敏感)药|(?:看|睇|去看)(?:了|咗)?(?:皮肤科|医生|急诊|儿科)(?!推荐|建议|的|说|怎么|介绍|写)',
    // Symptoms after taking something (止咳糖浆喝完心跳特别快, 喝完肚子痛): intake done first, so
    // 笑到肚痛 and 看到价格心跳加速 stay figures.
    `${INTAKE_SYMPTOM_ZH}(?<=(?:吃|喝|服|食|饮)(?:了|完|咗|过|后)[^。！？!?\\n]{0,10}${INTAKE_SYMPTOM_ZH})`,
    // Heat marks on the home (烫出一圈焦印, 烫到有个黑圈) and an electrical part gone black or
    // smelling burnt (插头那里都黑了, 插头仲有燶味; 燶 is 㶶 once normalised).
    '(?:烤|烧|烫|熏)(?:出|到)(?:了|咗)?(?:有)?(?:一|好几|几)?(?:个|圈|块|道|片|条)?(?:黑|焦)(?:洞|圈|印|痕|斑|块)',
    `${PLUG_ZH}[^。，,！？!?\\n]{0,6}${PLUG_TAIL_ZH}`,
    // A breaker tripped at once or with a bang (一插电就跳闸, 嘭一声跳掣): a short in the product,
    // not an overload switch doing its job.
    '(?:一插(?:电|上|上去)?就|插上(?:去)?就|一开(?:机)?就|一通电就)[^。，,！？!?\\n]{0,6}(?:跳闸|跳掣)|(?:砰|嘭|啪|嘣|轰)[^。，,！？!?\\n]{0,6}(?:跳闸|跳掣)',
    // A limb caught, in Cantonese too (个头卡咗喺中间).
    '(?:头|手|脚|腿|手指|脖子)(?:被)?卡(?:咗|喺|到)',
    // A child restraint that lets go (安全座椅的卡扣一碰就松开).
    '(?:安全座椅|汽座|推车|餐椅|婴儿床|背带|腰凳|安全带)[^。，,！？!?\\n]{0,10}(?:松开|松脱|弹开|脱开|崩开)',
    // Third blind set, checking half OPENED after the held-out measure, by kind: brakes that do not
    // grip (刹车不灵), a child restraint broken (扣环坏掉) and a head or face hitting something
    // (额头撞到前座), a dangerous small thing in a child's mouth (孩子嘴里含着纽扣电池, 口入面含住),
    // wire in food told in Cantonese (铁线) further from the verb, a Cantonese wound before the
    // body part (刮损个喉咙), a power bank swollen (尿袋…胀晒).
    '(?:刹车|煞车|制动|刹掣)(?:不灵|唔灵|失灵|唔掂)',
    '(?:安全座椅|汽座|推车|餐椅|背带|腰凳)[^。，,！？!?\\n]{0,8}(?:卡扣|扣环|锁扣|安全带|扣)(?:坏掉|坏了|断了|断掉|失灵|坏咗|断咗)',
    '(?:头|额头|脸|鼻子|嘴|牙|下巴|后脑勺?)(?:被)?(?:撞|磕)(?:到|在|了|咗)(?!头)',
    `(?:嘴里|嘴巴里|口里|口中|口入面)(?:含着|含住|含咗|咬着|塞着)(?<=${SMALL_CHILD_ZH}[^。!?\\n]{0,16}(?:嘴里|嘴巴里|口里|口中|口入面)(?:含着|含住|含咗|咬着|塞着))(?=[^。!?\\n]{0,16}${HAZARD_SMALL_ZH})`,
    '(?:吃|食)(?:到|出)(?:了|咗)?[^。，,！？!?\\n]{0,12}(?:铁丝|铁线|钢丝|碎玻璃|玻璃碎|钉子|刀片|铁片)',
    '(?:割|界|刮|擦)损(?:咗|了)?(?:个|只|块)?(?:喉咙|牙肉|牙龈|' + PART_ZH.slice(3),
    '(?:电池|电芯|充电宝|尿袋|移动电源|行动电源)[^。！？!?\\n]{0,20}(?:鼓|胀)(?:了|起|晒|咗)',
  ].join('|'),
  'g',
);
// English also reads limbs caught (a leg got stuck), loose magnets or button batteries near a
// child, flames but not flame-red, and choking but not a printed "choking hazard warning".
// Also: cuts told with other verbs (sliced his palm), something lodged in a throat (a pet's too),
// an emergency visit, a small part in a child's mouth, headaches or dizziness after fumes (a smell
// word first: "this order gave me a headache" is a figure), and a recall notice (not "I recall").
// From the checking half, once opened: zapped, a pad turning scorching hot, marks left on skin.
const SAFETY_EN_BASE =
  /\b(?:(?:bruis|sprain|fractur|twist)(?:ed|es|ing)? (?:my|his|her|their|our) (?:hip|arm|wrist|ankle|leg|knee|back|ribs?|head|nose|finger|toe|elbow|shoulder|foot)s?|broke (?:my|his|her|their|our) (?:hip|arm|wrist|ankle|leg|nose|tooth|finger|toe|elbow|collarbone)|(?:fell|slipped|tripped)\b[^.!?\n]{0,30}\b(?:bruis\w*|fractur\w*|sprain\w*|hurt|injur\w*|broke (?:my|his|her|their|our)|hit (?:my|his|her|their|our) head)|injur(?:y|ies|ed|ing)|(?:got|was|were|been|is|are|get|getting) (?:badly |seriously )?hurt|hurt (?:my|his|her|their|our) (?:hand|finger|arm|leg|back|eye|face|head|skin|foot|neck|knee|wrist)s?|(?:cut|sliced|slit|gashed|nicked|pierced|punctured|stabbed|pricked) (?:my|his|her|their|our) (?:hand|finger|thumb|arm|leg|foot|face|lip|mouth|tongue|gum|toe|palm|chin|eye)s?|scald(?:ed|ing|s)?|blisters?|burn marks?|(?:started|start|starting|almost started|nearly started) a fire|(?:got|fell|made (?:me|us|him|her|them|my \w+)) (?:really |very |violently )?sick|(?:plug|outlet|socket|cord|cable|charger|wire|it) sparks|sparks (?:when|every|each|whenever)|cut (?:myself|himself|herself|themselves)|bleeding|bled|burn(?:ed|t) (?:my|his|her|their|our|me|him|myself|himself|herself)\b|burns? (?:on|to) (?:my|his|her)|caught (?:on )?fire|on fire|burst into flames|flames?(?![- ](?:red|orange|retardant|resistant|proof))|smok(?:ing|ed)|started to smoke|smoke (?:came|coming|poured)|melt(?:ed|ing)|electric(?:al)? shocks?|shocked (?:me|him|her|us)|got (?:a )?shock\w*|electrocut\w*|sparks (?:came|flew|flying|coming)|sparked|sparking|(?:saw|see|seeing) sparks|overheat\w*|too hot to (?:touch|hold)|(?:swell|swelled|swollen|swelling|bulg\w*) (?:up|battery)|battery (?:swell\w*|swollen|bulg\w*|expanded|exploded)|swelled up|exploded|explosion|a rash|rashes|hives|allergic reaction|broke out in|chok(?:e|ed|es|ing)(?! hazard (?:warning|label|sticker|notice))|swallow(?:ed)?|food poisoning|(?:head|neck|leg|arm|hand|finger|foot|toe)s? (?:got|was|were|is|are|became) (?:stuck|trapped|caught|pinched)|(?:magnets?|button batter(?:y|ies)|coin batter(?:y|ies))\b[^.!?\n]{0,20}\b(?:fell|came|come|falls|falling|loose)|threw up|throwing up|vomit\w*|diarrh\w*|poison(?:ed|ing|ous)?|(?:lodged|stuck|caught) in (?:my|his|her|their|our|its|the) (?:\w+'s )?(?:throat|windpipe|airway|esophagus|nose|ear)|emergency (?:vet|room|surgery|visit)|urgent care|(?:to|in|at) a&e|rushed (?:\w+ ){0,2}to (?:the )?(?:hospital|vet|er)|hospitali[sz]ed|(?:had|put|puts|putting|stuck|shoved|got) (?:it|one|them|a piece|pieces|some|a bit|bits|the \w+) (?:in|into) (?:his|her|their) mouths?|(?:headaches?|dizz\w*|nause(?:a|ous|ated)|light-?headed|sore throats?|(?:trouble|difficulty) breathing)(?<=\b(?:fumes?|smell\w*|odou?rs?|off-gas\w*|chemicals?|stench|stink\w*)\b[^.!?\n]{0,50}(?:headaches?|dizz\w*|nause(?:a|ous|ated)|light-?headed|sore throats?|(?:trouble|difficulty) breathing))|recall (?:notice|alert|letter|email)|(?:was|were|been|being|is|are|got) recalled|(?:product|safety) recall|zapped (?:me|him|her|us|my)|got zapped|(?:got|getting|became|turned) scorching hot|left (?:red |burn |angry )?(?:marks|welts|blisters) on (?:my|his|her|their|our) (?:skin|back|neck|hands?|arms?|legs?|face|feet|stomach|belly))\b/;
// Third blind set, tuning half, by kind: skin sensations paired (burns and stings, red and peeling),
// a person sick told as a state (we were both sick all night; not "sick of", nor "sick beats"),
// a bad reaction to something taken (a racing heart, palpitations), help called (the nurse line,
// poison control, ended up at the ER), allergy medicine needed, a bruised or cracked body part or a
// landing on one, a child restraint that lets go, and electrical damage to the home (a scorched or
// blackened outlet, a breaker tripping with a bang). A smell of burning alone stays out: the first
// written set counts "the charger smells like burning plastic" as a dead charger, not a hazard.
const SAFETY_EN_3 = [
  '(?:burn(?:s|ed|ing)?|sting(?:s|ing)?|itch(?:es|ing)?) and (?:burn|sting|itch)\\w*',
  '(?:red|raw|swollen|itchy|blotchy|inflamed) and (?:peeling|flaking|burning|itchy|swollen|raw|blistered|stinging)',
  '(?:i|we|he|she|they|both|kids|son|daughter|husband|wife|baby|toddler) (?:was|were|got|had been|have been|are|is)(?: both| all)? (?:so |really |very |violently |terribly )?sick\\b(?! of)',
  '(?:gave|giving|gives|left) (?:me|him|her|us|my \\w+) (?:a )?racing heart|palpitations|(?:heart|pulse) (?:was |kept |started )?(?:racing|pounding)(?= (?:after|since|for hours|all night))',
  'nurse line|poison control|(?:called|call|calling) (?:an )?ambulance|ended up (?:at|in) (?:the )?(?:er|hospital|emergency room|a&e|urgent care|clinic|emergency)(?! (?:car ?park|parking|lot|garage|gift shop|cafe|canteen|lobby))',
  '(?:had to (?:take|use|give him|give her)|needed(?: to take| to use)?|took|take|taking|given|gave (?:him|her|me|us)) (?:some |an? )?(?:antihistamines?|benadryl|epi-?pen|steroids?)',
  '(?:bruised|fractured|sprained|dislocated) (?:a |the |my |his |her )?(?:tailbone|ribs?|wrist|ankle|arm|leg|finger|toe|nose|collarbone|tooth|knee|hip|shoulder|elbow|jaw|skull)|(?:cracked|chipped|broke) (?:a|my|his|her|their|our) (?:tooth|teeth|tailbone|rib)',
  'landed (?:on|onto) (?:my|his|her|their|our) (?:back|head|face|tailbone|arm|wrist|knees?|hip|side|elbow)',
  "(?:car ?seat|booster|stroller|pram|buggy|high ?chair|crib|carrier)(?:'s)? (?:buckle|harness|strap|latch|clip|lock)s? (?:popped|came|comes|pops|snapped|sprang|flew) (?:open|undone|loose|off|apart)",
  '(?:plug|outlet|socket|cord|charger|wire|prongs?|pins?|cable|adapter|power strip)s? (?:is |are |was |were |got |had |has |have )?(?:been )?(?:all )?(?:scorched|blackened|charred|melted|burnt|burned)|scorched (?:the|a|my|our|into|black)',
  '(?:breaker|fuse|circuit)s? (?:tripped|blew|popped)\\b[^.!?\\n]{0,20}\\b(?:bang|pop|spark|smoke|flash)|(?:tripped|blew) (?:the |a )?(?:breaker|fuse)[^.!?\\n]{0,20}\\b(?:bang|pop|spark|smoke|flash)',
  // From the checking half, once opened: brakes that do not hold, a pram rolling away with the
  // baby in it, a band whipping a face, a swelling still there, a button battery in a child's mouth.
  "brakes? (?:doesn't|does not|didn't|won't|wouldn't|don't|never) (?:hold|work|engage|lock)|brakes? (?:failed|gave way|gave out)",
  'rolled (?:off|away|down)[^.!?\\n]{0,30}\\bwith (?:my|our|the) (?:baby|son|daughter|toddler|kid|child|infant) (?:in|on) it',
  '(?:whipped|smacked|slapped|snapped back into|hit) (?:me|him|her|us|my \\w+|his \\w+|her \\w+) (?:across|in|on) the (?:face|eye|head|cheek)',
  '(?:eye|eyes|face|lip|lips|hand|finger|cheek)s? (?:is|are) still (?:swollen|bleeding|red|sore|burning)',
  '(?:button|coin|lithium) batter(?:y|ies)\\b[^.!?\\n]{0,40}\\bin (?:his|her|their) mouths?',
].join('|');
const SAFETY_EN = new RegExp(`${SAFETY_EN_BASE.source}|\\b(?:${SAFETY_EN_3})\\b`, 'g');
// Relief words (缓解红肿, "cured my headache") count as negators: a symptom eased is no harm.
const NEG_SAFETY_ZH =
  /(?:不|没|无|未|没有|不会|不曾|防|避免|以免|以防|怕|担心|会不会|是否|有点|稍微|稍|一点|略|微微|缓解|舒缓|减轻|治疗|改善)[^。，,！？!?\n]{0,3}$/;
const NEG_SAFETY_ZH_BEFORE = /(?:肤|肌|皮|体质|容易|春|季节性?|花粉|鼻|敏感)$/;
const NEG_SAFETY_ZH_CTX =
  /性价比|人气|销量|颜值|电脑|病毒|杀毒|软件|游戏中毒|追剧|上瘾|中毒太深|气到|气得|等得|等到|急得|饿得|火大|吃|菜|肉|饭|味道/;
const NEG_SAFETY_EN =
  /\b(?:no|not|never|nobody|no one|without|didn't|did not|wasn't|weren't|don't|doesn't|won't|zero|nothing|free of|no sign of|any|slightly|a little|a bit|cured?|cures|reliev\w*|relief|sooth\w*|eas(?:e|es|ed|ing))\b[^.!?,;\n]{0,22}$/;
const NEG_SAFETY_EN_CTX =
  /\b(?:detector|alarm|movie|film|book|novel|show|episode|game|sauce|pepper|spicy|cd|dvd|disc|brigade|fighter|pit|place|wood|cheese|chocolate|butter|ice|in (?:your|my|the) mouth|(?<!racing )heart(?! (?:was |is )?(?:racing|palpitations))|choked up|pick|light|backlight|sound|edge|colou?r|ink|popularity|sales|warnings?|warns?|warned|labels?)\b/;
const DEVICE_HEAT_TAIL = new RegExp(
  `(?:很烫|烫得|发烫|变黑|烧黑|熏黑|融化|熔化|烤焦|(?:鼓|胀)(?:了|起|晒|咗)|${PLUG_TAIL_ZH.slice(3, -1)})$`,
);
// An injury given as the reason for a delay (摔伤了腿，没法去驿站取件; "broke my wrist skiing so I
// can't send the return"): the buyer's own mishap, not harm from the product.
const EXCUSE_AFTER_ZH =
  /^[^。！？!?\n]{0,12}(?:没法|不能|无法|没办法|所以|迟咗|晚了)[^。！？!?\n]{0,8}(?:取件|取货|拎货|收货|寄回|退货|寄出|驿站)|^[^。！？!?\n]{0,20}(?:延长|延迟)[^。！？!?\n]{0,6}(?:退货|时间|期)/;
const EXCUSE_AFTER_EN =
  /^[^.!?\n]{0,30}\b(?:can't|cannot|couldn't|unable to|so i)\b[^.!?\n]{0,30}\b(?:return|send|ship|pick up|collect)|^[^.!?\n]{0,60}\bextend (?:the |my )?(?:return )?(?:window|deadline|period)/;
// A hazard told of someone else, with the buyer's own item fine (看评论说有人的充电宝鼓包; "someone's
// charger caught fire, mine is fine"): a fear, not a case. A recall seen in the news stays.
const HEARSAY_BEFORE_ZH = /(?:有人|别人|网友|其他人|人家)(?:的|家的?|买的)[^。！？!?\n]{0,8}$/;
const HEARSAY_BEFORE_EN =
  /\b(?:someone(?: else)?'s|other (?:people|buyers|reviewers)'s?|others')\b[^.!?\n]{0,30}$/;
// A question about a hazard that has not happened ("would this be safe if my kid puts it in his
// mouth?", 如果孩子吞下去会怎样？): the sentence asks, with a condition before the harm.
const IF_BEFORE = /\b(?:if|what if|in case|whether)\b|如果|要是|万一|假如|假设/;
// A hospital ward named as the buyer's workplace (我在急诊上班, 我喺急症室返工).
const WORKPLACE_AFTER_ZH =
  /^[^。，,！？!?\n]{0,3}(?:上班|返工|工作|做嘢|当护士|做护士|实习|值班|轮班)/;
const SOON_ZH =
  /没(?:过)?多久|没几(?:天|次|分钟|下)|没一会儿?|不一会儿?|不久|不到(?:一|两|几|半|\d)/g;
// Words that carry 不 or 防 without negating the harm: 不小心 (by accident) and sunscreen or
// insect repellent named before a reaction (防晒霜涂上去就灼热).
const NOT_NEG_ZH =
  /一不小心|不小心|一不留神|不留神|不注意|不慎|防晒(?:霜|乳|喷雾)?|防蚊(?:液|水|贴)?/g;
/** Terms whose food reading is harmless (焦味 of a dish): the food words do not cancel the others. */
const FOOD_SENSITIVE = /焦味|焦糊/;

/** The sentence around [s, e) is a question with a condition before the match. */
function hypothetical(t: string, s: number, e: number): boolean {
  const head = t.slice(Math.max(0, s - 80), s);
  const start = Math.max(
    head.lastIndexOf('.'),
    head.lastIndexOf('!'),
    head.lastIndexOf('?'),
    head.lastIndexOf('。'),
    head.lastIndexOf('\n'),
  );
  const tail = /^[^.!?。！？\n]{0,80}([.!?。！？\n]|$)/.exec(t.slice(e, e + 81));
  const asks = tail !== null && (/[?？]/.test(tail[1] ?? '') || /吗$/.test(tail[0].slice(0, -1)));
  return asks && IF_BEFORE.test(head.slice(start + 1));
}

function safety(t: string): [number, number] | undefined {
  for (const [re, neg, ctx, lang] of [
    [SAFETY_ZH, NEG_SAFETY_ZH, NEG_SAFETY_ZH_CTX, 'zh'],
    [SAFETY_EN, NEG_SAFETY_EN, NEG_SAFETY_EN_CTX, 'en'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const s = m.index;
      const e = s + m[0].length;
      const before = t.slice(Math.max(0, s - (lang === 'zh' ? 6 : 40)), s);
      // 没多久就冒烟, 不到一周就: a time phrase, not a negation (found from the checking half).
      if (neg.test(lang === 'zh' ? before.replace(SOON_ZH, '').replace(NOT_NEG_ZH, '') : before))
        continue;
      if (lang === 'zh') {
        // 用了不会过敏: the negation sits between the use and the harm.
        // 充电器用了很久都没发烫: a negation inside the span from the device to its heat.
        const tail = DEVICE_HEAT_TAIL.exec(m[0]);
        if (tail && tail.index > 0 && neg.test(t.slice(s, s + tail.index))) continue;
        const k = m[0].lastIndexOf('过敏');
        if (k > 0 && neg.test(t.slice(s, s + k))) continue;
        if (k === 0 && NEG_SAFETY_ZH_BEFORE.test(t.slice(Math.max(0, s + k - 3), s + k))) continue;
      }
      const around = t.slice(Math.max(0, s - 8), Math.min(t.length, e + 8));
      if (lang === 'zh') {
        // Food words only cancel a burnt smell; "吃了拉肚子" stays a harm.
        const c = around.match(NEG_SAFETY_ZH_CTX)?.[0];
        // A computer or software cancels only poisoning (电脑中毒 is a virus): a laptop too hot to
        // touch stays a hazard.
        const cancels =
          c !== undefined &&
          (/^(?:电脑|软件)$/.test(c)
            ? /中毒/.test(m[0])
            : !/^(?:吃|菜|肉|饭|味道)$/.test(c) || FOOD_SENSITIVE.test(m[0]));
        if (cancels) continue;
      } else if (ctx.test(around)) continue;
      const after = t.slice(e, e + 80);
      if (
        (lang === 'zh' ? HEARSAY_BEFORE_ZH : HEARSAY_BEFORE_EN).test(
          t.slice(Math.max(0, s - 40), s),
        )
      )
        continue;
      if (hypothetical(t, s, e)) continue;
      if ((lang === 'zh' ? EXCUSE_AFTER_ZH : EXCUSE_AFTER_EN).test(after)) continue;
      if (lang === 'zh' && /急症室|急诊/.test(m[0]) && WORKPLACE_AFTER_ZH.test(after)) continue;
      return [s, e];
    }
  }
  return undefined;
}

/** The buyer says the matter is not about this seller (跟你们无关, "nothing to do with you"). */
const NOT_ABOUT_YOU =
  /(?:跟|和|与)(?:你们|你|贵店)(?:没有?|无)关|不是针对你们|\b(?:not about you|nothing to do with you)\b/;
const PAST_CLAUSE =
  /\b(?:went to|jury|witness)\b|去年|上次|以前|之前|曾经|当年|\b(?:last (?:year|time|month)|years ago|once|previously|in the past|back in)\b/;
const LEGAL_G = LEGAL.map((r) => new RegExp(r.source, 'g'));
/**
 * A legal step put in someone else's mouth (我朋友说可以找律师, "my sister says I should sue") and
 * declined by the buyer right after (但我觉得没必要, "I don't think that's necessary"): advice
 * reported and turned down, not a step threatened against the seller.
 */
const SUGGESTED_BEFORE =
  /(?:朋友|老公|老婆|丈夫|妻子|家人|儿子|女儿|同事|别人|有人|邻居|\b(?:my (?:friend|husband|wife|partner|son|daughter|family|colleague|neighbou?r|sister|brother|mum|mom|dad)|someone|people))[^。！？!?.\n]{0,24}(?:说|建议|劝|让我|叫我|\b(?:said|says|suggested|suggests|told me|thinks?|reckons?)\b)[^。！？!?.\n]{0,16}$/;
const DECLINED_AFTER =
  /^[^。！？!?\n]{0,30}?(?:没必要|不必|不需要|用不着|不至于|犯不着|\b(?:no need|not necessary|unnecessary|overkill|don't think (?:that's|it's|i need|we need|it is|that is)|i'd rather not|i would rather not|(?:which|that) made me laugh|made me laugh|(?:he|she|they)(?:'s| is| was| were) joking)\b)/;

/** A legal step against this seller; one taken before or against another party is a story. */
function legalThreat(t: string): [number, number] | undefined {
  for (const re of LEGAL_G) {
    re.lastIndex = 0;
    let seen = 0;
    for (let m = re.exec(t); m && seen++ < MAX_MENTIONS; m = re.exec(t)) {
      const s = m.index;
      const e = s + m[0].length;
      const [ca, cb] = clauseBounds(t, s, e, /[。！？!?.\n，,；;]/, 60);
      const own = t.slice(ca, cb);
      if (REFUSED_BEFORE.test(t.slice(ca, s)) && !LEVER_AFTER.test(t.slice(e, e + 120))) continue;
      if (ADMITTED.test(t)) continue;
      {
        const [pa, pb] = clauseBounds(t, s, e, /[。！？!?.\n]/, 80);
        if (SUGGESTED_BEFORE.test(t.slice(pa, s)) && DECLINED_AFTER.test(t.slice(e, pb + 1)))
          continue;
      }
      // The step told as an experience it was ("small claims court was a nightmare"): a story.
      if (/^\s*(?:was|were|had been|has been|took|cost|went)\b/.test(t.slice(e, cb))) continue;
      const [ua, ub] = clauseBounds(t, s, e, /[。！？!?.\n]/, 80);
      if (UI_ELEMENT_AFTER.test(t.slice(e, ub)) || ACCIDENT.test(t.slice(ua, ub))) continue;
      // Arbitration by the platform (申请平台仲裁) is a complaint to the platform, not a court.
      if (
        /仲裁$/.test(m[0]) &&
        /(?:平台|小二|淘宝|天猫|京东|拼多多|闲鱼|虾皮)(?:的)?(?:仲裁)?$/.test(
          t.slice(Math.max(0, e - 8), e - 2),
        )
      )
        continue;
      // A question of where or how (律师函模板在哪里下载？), or a step said to be about someone else.
      const [sa, sb] = clauseBounds(t, s, e, /[。！？!?.\n]/, 80);
      const sentence = t.slice(sa, Math.min(t.length, sb + 1));
      if (
        (/[？?]$/.test(sentence) && (WAY_ZH.test(sentence) || ASK_WAY_EN.test(t.slice(sa, s)))) ||
        NOT_ABOUT_YOU.test(t)
      )
        continue;
      if (
        (PAST_CLAUSE.test(own) ||
          OTHER_PARTY_ZH.test(own) ||
          OTHER_PARTY_EN.test(own) ||
          /\b(?:a|one|some) (?:seller|store|shop|company)\b/.test(own)) &&
        !THIS_SELLER.test(own)
      )
        continue;
      return [s, e];
    }
  }
  return undefined;
}

function firstMatch(rs: RegExp[], t: string): [number, number] | undefined {
  for (const r of rs) {
    const m = r.exec(t);
    if (m) return [m.index, m.index + m[0].length];
  }
  return undefined;
}

// --- The real problem behind a threat, stated in a few words the cause lexicon may weigh lightly
// (灯不亮, 碗碟碎了, "the lid won't close", "arrived chipped"): a damaged, failed, wrong or
// missing thing is a problem the seller can fix, so the threat is a review threat, not extortion.
const PROBLEM_LOGISTICS =
  /(?:还|都|仍|仍然)(?:没|冇|未)(?:有)?(?:动静|发出|寄出|物流|更新)|\b(?:no tracking|tracking (?:hasn't|has not) (?:updated|moved)|still (?:no|not) (?:tracking|here|arrived|delivered))\b|(?:拖|晚|迟|等)了(?:(?<!\d)\d+|[一二两三四五六七八九十半]+|好几|几)(?:个)?(?:天|周|星期|礼拜|月)|延误|没发货|不发货|\b(?:order|parcel|package|delivery|shipment|item)\b[^.!?\n]{0,24}\bstuck\b|丢件|没收到|没到|丢了|寄丢|少发|漏发|少寄|漏寄|少了?[一两几][只个件颗根块套双张本盒瓶]|少了(?:个|颗|根|只|块|件|条|片|套)|缺了?[一两几]?[个件颗根块]?(?:零件|配件)|少了?(?:零件|配件)|(?:物流|快递)[^。！？\n]{0,6}(?:慢|卡|不动|没更新)|\b(?:never (?:arrived|came|showed up|got here)|hasn'?t arrived|not (?:arrived|delivered)|lost in (?:transit|the post)|stuck in transit|(?:weeks?|days?|months?) late)\b/;
// A doubt of authenticity checked on the item (批号对不上, 防伪码刮不开, "serial number doesn't
// match") is a mismatch with the listing's promise of the genuine article.
const PROBLEM_LISTING =
  /\b(?:(?:says|said|claims?|claimed|advertised as|listed as|sold as|supposed to be)\b[^!?\n]{0,24}\b(?:it(?:'s| is| was)? not|it isn't|it wasn't|is not|isn't|wasn't)|(?:one|two|three|a) sizes? (?:off|too (?:big|small)|bigger|smaller)|(?:off|different) from what i ordered|(?:not|isn't|wasn't) what i ordered)\b|(?:尺寸|尺码|码数|大小|颜色|型号|款式|规格|size)[^，,。！？\n]{0,6}(?:不对|不符|错了|弄错|搞错|不一样|对不上|唔啱|唔对|差很多|差太多|差好多|差别很大)|(?:收到|寄来|发来|到手)(?:的)?(?:是|系)?(?:旧款|旧版|老款|二手|翻新|样品)|(?:图片|照片|描述|实物|宣传)[^，,。！？\n]{0,6}(?:差太多|差很多|差别很大|不一样|两回事)|(?:跟|和|与|同)(?:广告|描述|图片|照片|网页|页面|介绍|宣传|详情|样品|样板|样本|展示品|展示)[^，,。！？\n]{0,6}(?:差太多|差很多|差好多|差别很大|不一样|不同|不符|两回事|唔同)|(?:根本|完全)?没(?:有)?[^，,。！？\n]{1,6}功能|(?:说的是|说好(?:的)?是|写的是|宣传(?:的)?是|标(?:的|着)是|描述(?:的)?是)[^。！？\n]{1,12}?(?:收到|到手|结果|实际|寄来|发来)(?:的)?(?:是|却是|竟然是|居然是|变成)|货不对板|发错|寄错|错发|色差|不符|假货|假冒|(?:批号|序列号|防伪码|防伪标|条码|编码)[^，,。！？\n]{0,6}(?:对不上|不对|不符|不一致|刮不开|查不到|查不出|无效)|不是正品|非正品|\b(?:not genuine|serial (?:number|no\.?) (?:doesn't|does not|won't|will not) (?:match|verify|register))\b|人造革|虚标|标示不实|缩水|\b(?:wrong (?:size|item|colou?r|model|width|length|one|product)|not as (?:described|pictured|advertised)|fake|counterfeit)\b/;
// A part that came off (轮子就掉了, 把手掉下来) is a defect like 脱落; the part is named so a price
// or a colour that dropped (价格掉了) is not.
const PROBLEM_DEFECT =
  /(?:还是|依然|仍然|照样)(?:湿|冷|凉|脏)|鼓包|鼓起来|堵(?:死|住|塞)|凸起来|只有一(?:边|侧|半)(?:响|亮|有声音?|能用|会热|热|出风|出水)|(?:一天|每天|一周|一个星期)(?:就)?(?:慢|快)了?(?:(?<!\d)\d+|(?<![一二两三四五六七八九十几])[一二两三四五六七八九十几]+)(?:分钟|分|秒)|返修|修不好|(?:修|维修)了?(?:[两三四五几]|(?<!\d)\d+)次|一直闪|闪烁|频闪|忽明忽暗|松动|晃动|缺了?(?:个|一个|一)?口|崩了?(?:个|一个|一)?口|缺角|磕(?:了|坏|破|掉)|冻晒|凉透|冷冰冰|冷掉了|缩成|缩小了|就停(?:了|摆|走)|停摆|不走了|不出(?:热|冷|暖)?(?:风|水|气|声|热)|不(?:加热|制热|制冷|发热|通电|启动|出声)|(?:霉|异|臭|怪|馊|酸)味|(?:不会|不能|没法|无法|唔会)(?:热|凉|制冷|转|亮|响|开机|充电|出水|出风)|凹(?:了|陷|进去|咗)|烘不干|吹不干|爆(?:了|掉|开)(?![单款])|缩(?:晒|咗|了|水|得)|卡(?:住|死|顿)|刮伤|刮花|划花|磨损|杂音|不走|不热|不凉|不制冷|不出水|坏|裂|碎|破|漏|断|掉色|褪色|开胶|脱胶|开线|不亮|不转|不响|没声音|没反应|不能用|充不进|过期|发霉|生锈|变形|划痕|瑕疵|失灵|生锈|脱落|掉漆|掉皮|掉(?:涂层|镀层)|线头|毛边|(?:吸力|效果|功率|信号|续航)(?:很|太|特别)?(?:弱|差)|翘边|起翘|花痕|刮痕|(?:转|用|开|响)[^，,。！？\n]{0,3}就停|停转|罢工|这(?:种|个)?质量|质量(?:太|很|真|也太)?(?:差|烂|不行|堪忧|有问题)|(?:电池|电芯|充电宝)[^，,。！？\n]{0,3}(?:鼓|胀)|(?:轮子|把手|手柄|扣子|纽扣|拉链头?|零件|配件|盖子|按键|按钮|螺丝|胳膊|手臂|眼睛|鞋跟|鞋底|带子|提手|挂钩)[^，,。！？\n]{0,6}?掉(?:了|下来)|(?:装|盖|关|合|扣|插|拧|打|拉|锁)不(?:上|开|进|紧|住)|唔(?:行|work|郁|着|响|亮|转|冻|凉|热|暖|制冷|出风|出水|充电|开机)|跑绒|钻绒|钻毛|飞毛|塌(?:掉|了|陷|下去)|跑毛|掉毛|掉絮|一股(?:怪|异|臭|刺鼻|难闻|塑料|胶|油漆|化学)?味|起球|脱线|甩线|爆mon|爆芒|爆屏|碎屏|(?:温度|时间|尺寸|计量|显示|定位|秤)[^，,。！？\n]{0,2}不准|(?:涂层|漆|镀层|表皮|扣子|按钮|把手|零件)[^，,。！？\n]{0,2}(?:掉|脱)|不开机|开不了机|甩色|甩皮|甩漆|甩底|(?:开|写|用|充|着|听|睇|转|锁|熄)唔(?:到|着|郁|停)|(?:坏|烂|爆|裂|穿)咗|\b(?:pill(?:s|ed|ing)|bobbl(?:es|ed|ing)|there(?:'s| is| are|'re|s) (?:a |an |some )?(?:\w+ )?(?:stains?|holes?|tears?|dents?|cracks?|chips?|scratch(?:es)?|marks?)|peel(?:s|ed)|sheds?|shedding|crushed|squashed|smashed|(?:stopped|quit|cut out|cuts out|conked out) (?:after|within|on)|(?:cuts?|cutting|keeps cutting) out|freez(?:es|ing) (?:up|every|when|whenever|each|all|constantly|randomly)|keeps? freezing|froze up|(?:dead|stuck) pixels?|glitch(?:es|ing|y)|crash(?:ed|es|ing)|smells? (?:of|like) (?:chemicals?|burning|plastic|mou?ld|smoke|petrol|gas)|chemical smell|stinks?|(?:has|have|had|with|got) (?:a |some )?(?:stains?|holes?|tears?|dents?|cracks?|chips?|scratch(?:es)?)|died|dies|gave out|conked out|flicker\w*|shrank|shrunk|faded|fray\w*|stained|warped|bent|mou?ldy|rust(?:y|ed|ing)|broken|broke|cracked|cracks|chipped|snapped|torn|ripped|leak(?:s|ing|ed)?|dented|scratched|shattered|faulty|defective|damaged|fell apart|falling apart|peeling|crackles?|rattles?|(?:won'?t|doesn'?t|does not|will not|didn'?t|can'?t|stopped) (?:close|open|turn on|turn off|power on|work|working|charge|charging|start|fit|lock|seal|stay|cool|heat|freeze|spin|drain|boil|print|connect|light up)|dead on arrival|missing|soaked|drenched|(?:filled|fills|filling) (?:up )?with water|water (?:got|gets|came|comes|leaked|seeps?) in|water[- ]damaged?|one side only|only (?:one side|half) (?:works|heats|lights|charges)|only (?:works|heats|charges|lights up) (?:on )?(?:one side|half)|wobbl\w*|drip\w*|(?:seams?|stitching|soles?|rails?|seats?|handles?|straps?|zips?|zippers?|fabric|leather|lid|bag|bottle|pipe|hose|box|carton|tyres?|tires?) (?:has |have |had |is |are |was |were )?(?:split|burst|came apart|popped|tore|ripped|broke off)|split (?:at|along|down|open|apart|in two|in half)|(?:came|coming|come) (?:undone|apart|loose|off)|fell off|(?:is|was|arrived|'s) dead|not working|noisy)\b/;

/**
 * The kind of problem a text states outside [a, b) (the threat's own words: "不退就差评" names
 * no problem), or undefined.
 */
export function statedProblem(
  t: string,
  a: number,
  b: number,
): 'logistics' | 'not_as_described' | 'quality' | undefined {
  // The thing a demand is for ("refund me for the torn bag") is the problem inside its words.
  // So is what the review or post will tell ("my review will mention the cracked screen", 把返修
  // 三次的经过写出来, 在评价里写清楚你们寄错两次): the threat names the problem it will publish;
  // and a mistake the condition says is repeated (要是下次又发错颜色, "if it leaks again") or still
  // there ("if it still rattles") has happened once already: the problem told in the condition.
  const OBJECT =
    /\b(?:for|over|about|mention(?:s|ing)?|describ(?:e|es|ing)|detail(?:s|ing)?|explain(?:s|ing)?|show(?:s|ing)?) (?:the|my|this|that|a|an|your|how|why|what) [^.!?,;\n]{0,40}|把[^，,。！？!?\n]{1,24}?(?:写|说|讲|贴|发|晒|挂|拍)(?:出来|清楚|明白|上去|出去)|(?:写|说|讲)(?:清楚|明白|明)[^，,。！？!?\n]{1,24}|(?:又|再次|再一次|还是|依然|仍然)[^，,。！？!?\n]{1,10}|\b(?:\w+ ){1,4}again\b|\bstill (?:\w+ ){0,2}\w+/g;
  let objects = '';
  for (const m of t.slice(a, b).matchAll(OBJECT)) objects += '\n' + m[0];
  const outside = t.slice(0, a) + '\n' + t.slice(b) + objects;
  if (stated(PROBLEM_LISTING_G, outside)) return 'not_as_described';
  if (stated(PROBLEM_LOGISTICS_G, outside)) return 'logistics';
  if (stated(PROBLEM_DEFECT_G, outside)) return 'quality';
  return undefined;
}

/** A problem word denied right before it (东西没坏, 没有损坏, "nothing is broken"): no problem. */
const DENIED_ZH = /(?:没|没有|并没有?|无|未|不是)(?:什么|任何|有)?.?$/;
const DENIED_EN =
  /\b(?:not|no|never|nothing|isn't|wasn't|aren't|weren't|hasn't|haven't|didn't|doesn't|without)\b(?: \w+)?\s*$/;
const PROBLEM_LISTING_G = new RegExp(PROBLEM_LISTING.source, 'g');
const PROBLEM_LOGISTICS_G = new RegExp(PROBLEM_LOGISTICS.source, 'g');
const PROBLEM_DEFECT_G = new RegExp(PROBLEM_DEFECT.source, 'g');

function stated(re: RegExp, t: string): boolean {
  re.lastIndex = 0;
  let seen = 0;
  for (let m = re.exec(t); m && seen++ < MAX_MENTIONS; m = re.exec(t)) {
    const lead = t.slice(Math.max(0, m.index - 16), m.index);
    if (!DENIED_ZH.test(lead.slice(-4)) && !DENIED_EN.test(lead)) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

/**
 * A threat whose only condition is being answered ("reply to me or…", 再不回复就差评, "if I don't hear
 * back by Friday"): being ignored is the problem, a service one, and nothing is demanded beyond the
 * seller's duty. Not when money, goods or a refund are asked for anywhere in the message.
 */
const IGNORED =
  /\b(?:dodging|ignoring|ghosting) (?:me|my)\b|不回复|不回覆|不回消息|不回信息|不回我|不理|没人理|没人回|没有人回|不答复|不回答|不联系我|找不到人|\b(?:no ?one|nobody)\s+(?:answers|replies|responds|gets back)|\b(?:don'?t|do not|never)\s+hear\s+back|\bhear\s+(?:back|from you)\b|\b(?:reply|respond|answer|get back)\s+to\s+(?:me|my)\b|\b(?:reply|respond|answer)\s+me\b|\bunless\s+(?:someone|somebody|you)\s+(?:replies|responds|answers|gets back)/;
/** What a bargain asks for (MONEY_ZH, MONEY_EN), or goods sent again. */
const ASKED_FOR = new RegExp(`${MONEY_ZH}|${MONEY_EN}|换货|补发|重发|replace|coupon|[£€¥]`);
export function ignoredProblem(t: string): 'service' | undefined {
  return IGNORED.test(t) && !ASKED_FOR.test(t) ? 'service' : undefined;
}

/** A word every pattern of readThreat needs: a review, rating or venue, or a complaint. */
const THREAT_GATE =
  /评|就写|就會写|就会写|\b(?:write|say|post) that\b|\bsomething (?:nice|good|positive|kind|lovely|great|glowing)\b|read about|hear about|work something out|(?<![a-z])cp(?![a-z])|知道|\bknow\b|first thing|帐号|差平|避雷|种草|星|[一1低零0满]分|问答|问大家|页|点写|怎么写|write-?up|review|feedback|rating|evaluation|(?:订单|商品|宝贝|产品)的?(?:下面|下边|底下)|star|yelp|trustpilot|tripadvisor|sitejabber|page|rate you|critic|write about|小号|个号|个账号|accounts|stays up|goes up|goes live|openrice|食评|out of my|(?:everyone|everybody|world|all|others|people|buyers|shoppers|customers) (?:to |can )?(?:read|see)|warn|make sure (?:nobody|no one|no-one|every|all|other|the other)|投诉|举报|申诉|检举|拒付|退单|争议|12315|12345|complaint|claim|dispute|chargeback|report/;

/** A review threat or review-for-money bargain, before it is told apart (see threatKind). */
export interface ThreatRead {
  span: [number, number];
  bargain: boolean;
  professional: boolean;
  beyondRefund: boolean;
}

/** Many accounts named with a hint left to the seller (我有十几个号，你懂我意思吧): the threat unsaid. */
const HINT =
  /(?:你们|你)?(?:自己)?看着办|你懂(?:我(?:的)?意思|的)|懂我意思|你明白(?:的|我意思)?|你知道我想说什么|\b(?:you know what i mean|get my drift|if you catch my drift|you get the idea)\b/;
/** Many accounts set to write bad reviews (我开十个帐号给你们洗负评): the threat said outright. */
const SOCKS_REVIEW = new RegExp(
  `(?:小号|(?:[两二三四五六七八九十百几多每]+|(?<!\\d)\\d+)个(?:号|账号|帐号))${S}{0,10}(?:刷|洗|打|给|写|留|来)${S}{0,4}${REVIEW_ZH}`,
);
function socksReview(t: string): [number, number] | undefined {
  const m = SOCKS_REVIEW.exec(t);
  return m ? [m.index, m.index + m[0].length] : undefined;
}
/**
 * A reviewer's reach held up, a demand beyond a refund (免单, 免运和折价券) and the rest left as a
 * hint (我有好几个评论帐号…这单你们帮我免单，其他的你们看着办): the bargain unsaid.
 */
function audienceHinted(t: string, beyondRefund: boolean): [number, number] | undefined {
  if (!beyondRefund) return undefined;
  const m = PRO_SOFT.exec(t);
  return m && HINT.test(t) ? [m.index, m.index + m[0].length] : undefined;
}
function socksHinted(t: string): [number, number] | undefined {
  const m = SOCKS.exec(t);
  return m && HINT.test(t) ? [m.index, m.index + m[0].length] : undefined;
}

/**
 * A condition before a complaint or an exposure in its sentence (不然我就去黑猫投诉, 不同意的话…发帖,
 * "or I tell TikTok"): the step is held over the demand.
 */
const HELD_BEFORE =
  /(?:不然|否则|要不然|要不|的话|嘅话|再不|再唔|除非|唔系|唔係)[^。！？!?\n]{0,20}$|\b(?:or|otherwise|unless|or else|if not)\b[^.!?\n]{0,40}$/;
/**
 * What the buyer will write, held over a demand (你们不免费再寄一组，我就写说用了会过敏; "unless you
 * comp my order, I'll write that it gave me a rash"): a review threatened without the word review.
 * The words written are the threat's content (the match takes them in), so a problem told only
 * there is no problem stated, as with 我就写"质量差".
 */
const WRITE_THAT_ZH =
  /(?:不然|否则|要不然|的话|嘅话|不[^。！？!?\n]{1,20}?)[,，]?(?:我)?就(?:会)?写(?:说|成)[^。！？!?\n]{1,30}/;
const WRITE_THAT_EN =
  /\b(?:unless|otherwise|or else|or|if not)\b[^.!?\n]{0,40}\bi(?:'ll| will|'m going to| am going to|'m gonna) (?:write|say|post)(?: \w+){0,2}? that (?:it|you|your|the|this|they|these)\b[^.!?\n]{1,40}|\bif\b[^.!?\n]{0,30}(?:n't\b|\bnot\b|\bno\b)[^.!?\n]{0,30}\bi(?:'ll| will) (?:write|say|post)(?: \w+){0,2}? that (?:it|you|your|the|this|they|these)\b[^.!?\n]{1,40}/;
/** Any condition word at all: a cheap first test before the demand and the channels are read. */
const HELD_CUE =
  /不然|否则|要不|的话|嘅话|再不|再唔|除非|唔系|唔係|\b(?:or|otherwise|unless|if not)\b/;
const HELD_START = /^(?:的话|嘅话|不然|否则|要不然|再不|再唔)/;
/**
 * A complaint, a claim or an exposure held over a demand beyond any remedy (赔我一千块精神损失费，
 * 不然我就去黑猫投诉; 东西我留着，钱全退…不同意的话我就去小红书发帖; "I'm keeping the item and you
 * refund the full amount, or I tell TikTok"): the complaint traded like a review, so extortion,
 * whether or not a small problem is named (the demand is beyond what fixing it would cost).
 * Run only where no review threat is read, so at most once more over the channel patterns.
 */
function complaintHeld(t: string): ThreatRead | undefined {
  // A multiple of the price (十倍赔偿, 假一赔三) is the damages the law grants, not a price for
  // silence, and a court (…不然就去法院) decides what is owed: neither is read here.
  if (!HELD_CUE.test(t)) return undefined;
  const beyond = BEYOND_REFUND.exec(t);
  if (!beyond || /倍/.test(beyond[0])) return undefined;
  const p = platformComplaint(t);
  if (!p) return undefined;
  const [a] = sentenceBounds(t, p[0], 80, 0);
  // (The channel's match may itself open with the condition: 的话我就去小红书发帖.)
  if (!HELD_BEFORE.test(t.slice(a, p[0])) && !HELD_START.test(t.slice(p[0], p[1])))
    return undefined;
  return { span: p, bargain: false, professional: SOCKS.test(t), beyondRefund: true };
}

/** Every pattern of this module, for the structural linearity test. */
export const FLAG_PATTERNS: RegExp[] = [
  ...LEGACY,
  ...BARGAIN,
  ...COMPLAINT_BARGAIN,
  PAID_PRAISE_ZH,
  PAID_PRAISE_GIFT_ZH,
  ...CONTINGENT,
  REMEDY_PROMISE,
  PAY_ZH,
  PAY_EN,
  MOVE_ZH,
  MOVE_EN,
  REVIEW_ANY,
  PAY_REFUSED,
  PRO,
  PRO_SOFT,
  SOCKS,
  BEYOND_REFUND,
  BAD_REVIEW_ZH,
  BAD_REVIEW_EN,
  COND_ZH_BEFORE,
  COND_ZH_AROUND,
  REMEDY_ZH,
  PAST_ZH,
  INTENT_ZH,
  FORCED_EN,
  COND_EN,
  INTENT_EN,
  PAST_EN,
  NOT_WANT_EN,
  LEVER_AFTER_EN,
  NEG_COND_EN,
  UNKIND_AFTER_EN,
  CLAUSE_STOP,
  COMPLAINT_STEP_ZH,
  UNKIND_AFTER_ZH,
  VENUE_HEAD,
  DRAFT_ZH,
  DRAFT_EN,
  DRAFT_NEXT_ZH,
  DRAFT_NEXT_EN,
  DRAFT_POST_ZH,
  DRAFT_POST_EN,
  ULTIMATUM_EN,
  THIRD_SAID_PAST_ZH,
  PAST_STORY_ZH,
  MEANT_TO_ZH,
  PUBLICITY_AFTER_ZH,
  SETTLED_AFTER_ZH,
  THIRD_SAID_EN,
  LAWYER_FILES_EN,
  OFFER_EN,
  OFFER_ZH,
  POST_STEP,
  OFFER_FAILING,
  LOWERED_ZH,
  ...LEGAL,
  ...PLATFORM,
  OTHER_PARTY_ZH,
  OTHER_PARTY_EN,
  OTHER_AFTER_ZH,
  OTHER_AFTER_EN,
  REFUSED_BEFORE,
  WITHDRAWN,
  LEVER_AFTER,
  UI_ELEMENT_AFTER,
  ACCIDENT,
  HOW_WORKS_BEFORE_EN,
  HOW_WORKS_AFTER_EN,
  THIRD_SAID_ZH,
  REVIEW_VENUE_BEFORE_ZH,
  READ_ON_BEFORE_ZH,
  PRAISE_NEXT_ZH,
  FAULT_NEXT_ZH,
  ASK_WAY_EN,
  ASK_WAY_ZH,
  WAY_ZH,
  HOTLINE_CUE,
  CHANNEL_SUBJECT,
  PAST_CLAUSE,
  NOT_ABOUT_YOU,
  WORKPLACE_ZH,
  WORKPLACE_EN,
  SEEN_ON_ZH,
  THIS_SELLER,
  ...ABUSIVE,
  HINT,
  SOCKS_REVIEW,
  ADMITTED,
  PROBLEM_LOGISTICS,
  PROBLEM_LISTING,
  PROBLEM_DEFECT,
  DENIED_ZH,
  DENIED_EN,
  THREAT_GATE,
  HELD_BEFORE,
  HELD_START,
  HELD_CUE,
  WRITE_THAT_ZH,
  WRITE_THAT_EN,
  POSTED_VERB_END,
  SAFETY_ZH,
  SAFETY_EN,
  NEG_SAFETY_ZH,
  NEG_SAFETY_ZH_BEFORE,
  NEG_SAFETY_ZH_CTX,
  NEG_SAFETY_EN,
  NEG_SAFETY_EN_CTX,
];

// "Otherwise very happy" is "apart from that", not "or else": masked (same length, so spans stay
// on the text) before the conditional readers see it.
const OTHERWISE_CONTENT =
  /\botherwise(?=,? (?:(?:very|really|quite|so|pretty|all|extremely|totally|perfectly) )?(?:happy|good|great|fine|pleased|satisfied|perfect|ok|okay|lovely|excellent|nice|love it|works|working)\b)/g;
export function readThreat(raw: string): ThreatRead | undefined {
  const t = raw.replace(OTHERWISE_CONTENT, 'apartfrom');
  // Every threat and bargain read here names a review, a rating or a complaint: a text naming none
  // is skipped at the cost of one scan (most reviews of a product never do), except a complaint
  // or an exposure held over a demand beyond a remedy (…我就去小红书发帖).
  if (!THREAT_GATE.test(t)) return complaintHeld(t);
  const pro = PRO.exec(t);
  const beyondRefund = BEYOND_REFUND.test(t);
  let bargain =
    firstMatch(BARGAIN, t) ?? (beyondRefund ? firstMatch(COMPLAINT_BARGAIN, t) : undefined);
  let byParts = false;
  if (!bargain) {
    bargain = bargainByParts(t);
    byParts = bargain !== undefined;
  }
  // A promise to update the review once the remedy has come ("once the refund comes through I
  // will revise my rating", 换货收到后我会改好评) asks for nothing beyond the remedy: no bargain.
  if (bargain && !beyondRefund && REMEDY_PROMISE.test(t.slice(bargain[0], bargain[1]))) {
    bargain = undefined;
  }
  if (!bargain) bargain = firstMatch([PAID_PRAISE_ZH, PAID_PRAISE_GIFT_ZH], t);
  const span =
    bargain ??
    firstMatch(LEGACY, t) ??
    firstMatch(CONTINGENT, t) ??
    conditionalZh(t)?.span ??
    conditionalEn(t)?.span ??
    draftedReview(t)?.span ??
    (pro ? ([pro.index, pro.index + pro[0].length] as [number, number]) : undefined) ??
    socksHinted(t) ??
    socksReview(t) ??
    audienceHinted(t, beyondRefund) ??
    firstMatch([WRITE_THAT_ZH, WRITE_THAT_EN], t);
  if (!span) return complaintHeld(t);
  return {
    span,
    bargain: bargain !== undefined,
    // A reviewer by trade counts only where the review is traded (a bargain), not where a blogger
    // with a broken lamp threatens a bad review for a refund.
    professional: pro !== null || SOCKS.test(t) || (bargain !== undefined && PRO_SOFT.test(t)),
    // A bargain read by its parts names a payment beyond any remedy by construction.
    beyondRefund: beyondRefund || byParts,
  };
}

export type FlagSpans = Map<Flag, [number, number]>;

/**
 * Risk flags of a normalised text other than the review threat (see readThreat, decided in
 * analyze with the causes). Angry words alone never raise a threat. `spans` receives the
 * [start, end) in the normalised text of the first match of each flag.
 */
export function detectFlags(t: string, spans?: FlagSpans): Flag[] {
  const out: Flag[] = [];
  const add = (f: Flag, m: [number, number] | undefined): void => {
    if (!m) return;
    out.push(f);
    spans?.set(f, m);
  };
  add('safety', safety(t));
  add('legal_threat', legalThreat(t));
  add('platform_complaint', platformComplaint(t) ?? draftedExposure(t));
  add('abusive', firstMatch(ABUSIVE, t));
  return out;
}
