// Compliance and tone rules as data: one table per platform plus a common table
// (PLAYBOOK.md "Rules change: keep them as data"). lint.ts only interprets these tables.
//
// Sources: Amazon Seller Central "Communication guidelines" and "Customer product reviews policies";
// eBay "Feedback extortion" and "Feedback revision" policies; 淘宝网评价规范 §8;
// 网络反不正当竞争暂行规定 §9(5) (in force 2024-09-01: no cash-back or gifts for good reviews).
//
// Chinese patterns are written in Simplified characters once; zh() widens every character that has a
// Traditional form into a class, so the same rule catches 好評返現 and 好评返现.
import type { ItemKind, SiteId } from '../messages';
import type { Bilingual } from '../playbook/types';

export type Severity = 'block' | 'warn';
export type Channel = 'private' | 'public';

export interface Rule {
  id: string;
  severity: Severity;
  /** Platforms the rule applies to (the table it sits in says the same). */
  platforms: readonly SiteId[];
  /** Channels it applies to; all when absent. */
  channels?: readonly Channel[];
  /** Item kinds it applies to; all when absent. */
  kinds?: readonly ItemKind[];
  /** Each match is a finding (compiled with the g flag at lint time). */
  patterns: readonly RegExp[];
  /** A match is dropped when one of these occurs in the same sentence (negation: "whether or not"). */
  unless?: readonly RegExp[];
  /** The whole rule is silent when one of these occurs anywhere in the text. */
  unlessText?: readonly RegExp[];
  /** A length rule instead of patterns: text longer than this is a finding. */
  maxLength?: number;
  message: Bilingual;
  suggestion?: Bilingual;
}

// ---------------------------------------------------------------------------------------------
// Simplified → Traditional widening for Chinese patterns.
const S2T: Record<string, string> = {
  评: '評',
  价: '價',
  现: '現',
  删: '刪',
  红: '紅',
  钱: '錢',
  礼: '禮',
  优: '優',
  补: '補',
  偿: '償',
  赠: '贈',
  奖: '獎',
  励: '勵',
  给: '給',
  还: '還',
  换: '換',
  论: '論',
  销: '銷',
  后: '後',
  们: '們',
  会: '會',
  发: '發',
  货: '貨',
  这: '這',
  样: '樣',
  时: '時',
  没: '沒',
  问: '問',
  题: '題',
  说: '說',
  当: '當',
  误: '誤',
  错: '錯',
  责: '責',
  页: '頁',
  写: '寫',
  详: '詳',
  细: '細',
  标: '標',
  里: '裡裏',
  过: '過',
  对: '對',
  须: '須',
  马: '馬',
  赶: '趕',
  务: '務',
  让: '讓',
  亲: '親',
  联: '聯',
  系: '係繫',
  号: '號',
  码: '碼',
  扫: '掃',
  维: '維',
  钉: '釘',
  电: '電',
  话: '話',
  机: '機',
  邮: '郵',
  链: '鏈',
  网: '網',
  点: '點',
  击: '擊',
  关: '關',
  铺: '鋪',
  级: '級',
  满: '滿',
  动: '動',
  实: '實',
  处: '處',
  为: '為爲',
  么: '麼',
  单: '單',
  头: '頭',
  条: '條',
  够: '夠',
  觉: '覺',
  应: '應',
  该: '該',
  办: '辦',
  帮: '幫',
  买: '買',
  卖: '賣',
  请: '請',
  与: '與',
  无: '無',
  辩: '辯',
  认: '認',
  决: '決',
  负: '負',
  则: '則',
  举: '舉',
  报: '報',
  诉: '訴',
  进: '進',
  宝: '寶',
  区: '區',
  县: '縣',
  镇: '鎮',
  门: '門',
  楼: '樓',
  栋: '棟',
  费: '費',
  运: '運',
  质: '質',
  坏: '壞',
  损: '損',
  证: '證',
  据: '據',
  记: '記',
  录: '錄',
  图: '圖',
  两: '兩',
  个: '個',
  转: '轉',
  账: '賬帳',
  块: '塊',
  额: '額',
  贴: '貼',
  积: '積',
  币: '幣',
  谁: '誰',
  乡: '鄉',
  线: '線',
  讲: '講',
  随: '隨',
  显: '顯',
  范: '範',
  围: '圍',
  识: '識',
  结: '結',
  仅: '僅',
  断: '斷',
  恶: '惡',
  骂: '罵',
  诈: '詐',
  骗: '騙',
  鹅: '鵝',
  讯: '訊',
  杂: '雜',
  确: '確',
  于: '於',
  赔: '賠',
  车: '車',
  尽: '盡',
  购: '購',
  晒: '曬',
  经: '經',
  调: '調',
  阅: '閱',
  读: '讀',
  装: '裝',
  担: '擔',
  书: '書',
  属: '屬',
  遗: '遺',
  紧: '緊',
  绝: '絕',
  从: '從',
  并: '並併',
  响: '響',
  谢: '謝',
  态: '態',
  争: '爭',
  竞: '競',
  滥: '濫',
  气: '氣',
};

/** Widens Simplified characters to [简繁] classes (inside an existing class, just adds the forms). */
export function zh(source: string, flags = 'iu'): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    const t = S2T[ch];
    if (t && t.length >= 1 && ch.length === 1) out += inClass ? ch + t : `[${ch}${t}]`;
    else out += ch;
  }
  return new RegExp(out, flags);
}

const en = (source: string, flags = 'iu') => new RegExp(source, flags);

// Shared fragments ------------------------------------------------------------------------------
const NOT_END = '[^。！？!?\\n]'; // within one sentence
const ZH_REVIEW = '(?:评价|评论|差评|中评|好评|追评|评分|星级|晒单|晒图)';
const ZH_CHANGE =
  '(?:修改|更改|改掉|改成|改为|改一下|改下|改|删除|删掉|删了|删|撤销|撤回|撤掉|撤|追加|更新|调整|取消|去掉)';
const ZH_CHANGE_REVIEW = `(?:${ZH_CHANGE}${NOT_END}{0,8}?${ZH_REVIEW}|${ZH_REVIEW}${NOT_END}{0,4}?(?:改|删|撤)|改评|删评|撤评|改好评|删差评)`;
const ZH_REWARD =
  '(?:返现|返钱|返利|现金|红包|优惠券|代金券|购物金|礼品|礼物|小礼品|赠品|奖励|好处|补贴|积分|淘金币)';
const ZH_REMEDY = '(?:退款|退钱|补发|发货|重发|换货|赔偿|补偿|退货|返还|安排|处理)';

const EN_REVIEW = '(?:reviews?|feedback|ratings?)';
const EN_CHANGE =
  '(?:chang|updat|revis|remov|delet|edit|amend|modif|reconsider|withdr[ae]w|take\\s+down|retract|rais|bump)';
const EN_REMEDY =
  '(?:refund|replace|replacement|reship|re-ship|resend|send|ship|compensat|reimburs|pay|credit|voucher|coupon|gift|discount|money|exchange)';
const EN_REWARD =
  '(?:gift(?:\\s+card)?|coupon|voucher|discount|cash\\s?back|rebate|money|reward|bonus|credit|payment|free\\s+\\w+|\\$\\s?\\d+|\\d+\\s?(?:dollars|usd|eur|gbp|%))';
const EN_COND =
  '(?:if|once|after|when|as\\s+soon\\s+as|provided(?:\\s+that)?|on\\s+condition\\s+that|only\\s+if)';

/** Negation cues: "we will never ask you to change your review", "无论您是否修改评价". */
const NEGATIONS: readonly RegExp[] = [
  en(
    "\\b(?:whether\\s+or\\s+not|regardless\\s+of|no\\s+matter\\s+(?:what|whether|if)|(?:is\\s+not|isn't|not)\\s+conditional|never\\s+(?:ask|require|request|make)|(?:will\\s+not|won't|do\\s+not|don't)\\s+(?:ask|require|request)|do(?:es)?\\s+not\\s+depend|doesn't\\s+depend|independent(?:ly)?\\s+of|not\\s+in\\s+exchange|not\\s+tied\\s+to|without\\s+(?:any\\s+)?(?:conditions?|strings\\s+attached))\\b",
  ),
  zh(
    '(?:无论|不论|不管|与[^。！？]{0,8}无关|不以[^。！？]{0,10}为(?:条件|前提)|不会(?:要求|请求|以)|绝不|从不|并不要求|不需要您|不影响)',
  ),
];

// Contact details --------------------------------------------------------------------------------
const EMAIL = en('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+');
const URL = en(
  '(?:\\bhttps?:\\/\\/[^\\s<>"“”]+|\\bwww\\.[^\\s<>"“”]+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|net|org|cn|hk|tw|shop|store|io|co|uk|de|fr|jp|me|ly|html?)\\b(?:\\/[^\\s<>"“”]*)?)',
);
const PHONES: readonly RegExp[] = [
  // Chinese mobile (11 digits, optional +86, optional separators).
  en('(?<![\\d-])(?:\\+?86[\\s-]?)?1[3-9]\\d(?:[\\s-]?\\d{4}){2}(?![\\d-])'),
  // North American.
  en('(?<![\\d-])(?:\\+?1[\\s.-]?)?\\(?[2-9]\\d{2}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}(?![\\d-])'),
  // International with a leading +.
  en('(?<![\\w-])\\+\\d{1,3}[\\s.-]?\\(?\\d{1,4}\\)?(?:[\\s.-]?\\d{2,4}){2,4}(?![\\d-])'),
  // Chinese landline.
  en('(?<![\\d-])0\\d{2,3}-\\d{7,8}(?![\\d-])'),
];
const ADDRESSES: readonly RegExp[] = [
  en(
    '\\b\\d{1,5}\\s+(?:[A-Z][a-z]+\\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl)\\b\\.?',
    'u',
  ),
  en('\\b(?:apt|apartment|suite)\\.?\\s*#?\\s*\\d+\\w*', 'iu'),
  zh('(?:省|市|区|县|镇)[^\\s，。！？,]{0,15}?(?:路|街|巷|弄|大道|村)[^\\s，。！？,]{0,8}?\\d+号'),
  zh('\\d+(?:号楼|栋|单元|室)'),
];

// Tone suggestions ---------------------------------------------------------------------------------
const EMPATHY: Bilingual = {
  en: 'I understand how frustrating this is. Let me help you sort it out step by step.',
  zh: '我理解您的感受，我们一起来看看怎么解决，我会一步步协助您。',
};

// ---------------------------------------------------------------------------------------------
// Common table: every platform.
const ALL: readonly SiteId[] = ['amazon', 'ebay', 'taobao'];

export const COMMON_RULES: readonly Rule[] = [
  {
    id: 'review-incentive',
    severity: 'block',
    platforms: ALL,
    patterns: [
      zh(
        '(?:好评|五星|5星|晒图|晒单|追评|改评|删评)(?:返现|返利|返钱|有礼|送|返)|(?:好评|差评|评价)红包|返现',
      ),
      zh(`${ZH_REVIEW}${NOT_END}{0,16}?${ZH_REWARD}`),
      zh(`${ZH_REWARD}${NOT_END}{0,16}?${ZH_REVIEW}`),
      en(
        `(?:\\b|(?=\\$))${EN_REWARD}[^.!?\\n]{0,40}?\\b(?:for|in\\s+exchange\\s+for|in\\s+return\\s+for)\\s+(?:a\\s+|an\\s+|your\\s+|the\\s+)?(?:positive\\s+|good\\s+|great\\s+|5[-\\s]star\\s+|five[-\\s]star\\s+|updated\\s+|revised\\s+)?${EN_REVIEW}\\b`,
      ),
      en(
        `\\b(?:leave|give|write|post|${EN_CHANGE})\\w*\\b[^.!?\\n]{0,30}?\\b${EN_REVIEW}\\b[^.!?\\n]{0,40}?\\b(?:and|to)\\s+(?:get|receive|earn|win|we(?:'ll|\\s+will)?\\s+(?:send|give|pay|refund))\\b`,
      ),
      en(`\\b(?:cash\\s?back|rebate|gift\\s+card)s?\\b[^.!?\\n]{0,30}?\\b${EN_REVIEW}\\b`),
      en(`\\b${EN_REVIEW}\\b[^.!?\\n]{0,30}?\\b(?:cash\\s?back|rebate|gift\\s+card)s?\\b`),
    ],
    unless: NEGATIONS,
    message: {
      en: 'Nothing may be offered in exchange for a review (cash back, gifts, coupons, refunds).',
      zh: '不得以任何好处（返现、红包、礼品、优惠券、退款）换取评价。',
    },
    suggestion: {
      en: 'Offer the remedy on its own merits and leave the review out of it.',
      zh: '单独提供补救方案，不提评价，不以任何好处换取评价。',
    },
  },
  {
    id: 'remedy-conditional',
    severity: 'block',
    platforms: ALL,
    patterns: [
      en(
        `\\b${EN_COND}\\s+[^.!?\\n]{0,40}?\\b${EN_CHANGE}\\w*\\b[^.!?\\n]{0,30}?\\b${EN_REVIEW}\\b[^.!?\\n]{0,60}?\\b${EN_REMEDY}`,
      ),
      en(
        `\\b${EN_REMEDY}\\w*\\b[^.!?\\n]{0,60}?\\b(?:${EN_COND}|in\\s+exchange\\s+for|in\\s+return\\s+for)\\s+[^.!?\\n]{0,30}?\\b(?:${EN_CHANGE}|positive|good|better|5[-\\s]star|five[-\\s]star)\\w*\\b[^.!?\\n]{0,20}?\\b${EN_REVIEW}\\b`,
      ),
      zh(
        `${ZH_CHANGE_REVIEW}${NOT_END}{0,8}?(?:就|再|才|便|马上|立即|立刻)${NOT_END}{0,12}?${ZH_REMEDY}`,
      ),
      zh(
        `${ZH_REMEDY}${NOT_END}{0,12}?(?:前提是|条件是|需要您先|请您先|您先|等您)${NOT_END}{0,10}?${ZH_CHANGE_REVIEW}`,
      ),
    ],
    unless: NEGATIONS,
    message: {
      en: 'A refund, replacement or shipment must never depend on the review.',
      zh: '退款、换货或发货绝不能以修改评价为条件。',
    },
    suggestion: {
      en: 'State the remedy unconditionally: "We will send the replacement whatever you decide."',
      zh: '无条件给出方案："无论您如何决定，我们都会为您处理。"',
    },
  },
  {
    id: 'public-personal-data',
    severity: 'block',
    platforms: ALL,
    channels: ['public'],
    patterns: [...PHONES, EMAIL, ...ADDRESSES],
    message: {
      en: 'No buyer personal data (phone, e-mail, address) in a public reply.',
      zh: '公开回复中不得出现买家个人信息（电话、邮箱、地址）。',
    },
    suggestion: {
      en: 'Keep personal details to the private message channel.',
      zh: '个人信息只在私信中沟通。',
    },
  },
  {
    id: 'tone-blame',
    severity: 'warn',
    platforms: ALL,
    patterns: [
      en(
        "\\byou\\s+should(?:\\s+have|'ve)\\s+(?:read|checked|looked|known|followed|measured|asked|noticed)\\b",
      ),
      en(
        '\\byou\\s+(?:used|installed|assembled|handled|set\\s+up|read|ordered|measured)\\s+(?:it|them|this|that|the\\s+[\\w-]+\\s+)?\\s*(?:wrong|wrongly|incorrectly|improperly)\\b',
      ),
      en(
        "\\byou\\s+(?:didn't|did\\s+not|failed\\s+to|forgot\\s+to|neglected\\s+to)\\s+(?:read|check|follow|look|notice|see|measure)\\b",
      ),
      en("\\b(?:your|the\\s+buyer's|the\\s+customer's)\\s+(?:own\\s+)?(?:fault|mistake|error)\\b"),
      en(
        '\\b(?:user\\s+error|misuse)\\b|\\byou\\s+misunderstood\\b|\\bif\\s+you\\s+had\\s+(?:read|checked|followed)\\b',
      ),
      zh(
        '(?:你|您)们?(?:自己)?(?:没有?|未)(?:仔细)?(?:看清楚?|看仔细|看说明|看详情|阅读|注意看)|(?:是|怪)(?:你|您)们?自己|(?:你|您)们?自己(?:操作(?:不当|错误|有误)?|的问题|的原因|弄坏|搞坏|没)|(?:操作|使用)(?:不当|错误|有误|方法不对)|(?:你|您)们?(?:用错|看错|理解错|装错|不会用)|人为(?:损坏|原因)|买家(?:自身|自己)(?:原因|问题)|怪(?:你|您)|(?:你|您)(?:应该|本应)(?:先)?(?:看|仔细|阅读)',
      ),
    ],
    message: {
      en: 'Do not blame or correct the buyer.',
      zh: '不要指责或纠正买家。',
    },
    suggestion: EMPATHY,
  },
  {
    id: 'tone-arguing',
    severity: 'warn',
    platforms: ALL,
    patterns: [
      en('\\bnot\\s+(?:our|my)\\s+(?:fault|problem|responsibility|issue)\\b'),
      en(
        "\\b(?:we\\s+are|we're|we\\s+were)\\s+not\\s+(?:responsible|to\\s+blame|at\\s+fault|liable)\\b",
      ),
      en(
        '\\bas\\s+(?:clearly\\s+)?(?:stated|described|mentioned|shown|written|noted|explained|specified|indicated)\\s+(?:clearly\\s+)?(?:in|on)\\s+(?:the|our)\\s+(?:listing|description|product\\s+page|item\\s+page|page|title|photos?|manual)\\b',
      ),
      en(
        '\\b(?:the|our)\\s+(?:listing|description)\\s+(?:clearly\\s+)?(?:states|says|said|stated|shows|mentions)\\b',
      ),
      en(
        "\\bnothing\\s+wrong\\s+with\\s+(?:the|our|this)\\b|\\bthis\\s+is\\s+(?:completely\\s+|perfectly\\s+)?normal\\b|\\bit(?:'s|\\s+is)\\s+clearly\\s+(?:stated|written|described)\\b",
      ),
      zh(
        '不是我们的(?:问题|责任|错)|(?:跟|和|与)我们(?:没有?关系|无关)|(?:我们|本店)(?:没有|不承担|不负)(?:任何)?责任|(?:详情页|详情|描述|页面|说明书|说明|商品页)(?:里|上|中)?(?:已经|都|早就|明确|清楚)?(?:写|标|注|说|讲)(?:明|清楚|得很清楚)?了|(?:我们|本店)没(?:有)?(?:错|问题)|这(?:是|属于)正常(?:现象|情况)|不(?:可能|会)是我们的',
      ),
    ],
    message: {
      en: 'Do not argue or defend yourself first: it reads as blaming the buyer.',
      zh: '不要先辩解或争论，这会让买家觉得被指责。',
    },
    suggestion: {
      en: 'Acknowledge first: "I’m sorry this happened. Let me look into it for you."',
      zh: '先表示理解："非常抱歉给您带来困扰，我们这就为您核查。"',
    },
  },
  {
    id: 'tone-sorry-but',
    severity: 'warn',
    platforms: ALL,
    patterns: [
      en(
        '\\b(?:sorry|apologi[sz]e|apologies|apology|regret)\\b[^.!?\\n]{0,60}?(?:[.!?]\\s+)?\\b(?:but|however|though|although)\\b',
      ),
      zh(
        `(?:对不起|抱歉|不好意思|很遗憾|致歉|道歉)${NOT_END}{0,30}?(?:[。！？!?]\\s*)?(?:但是|但|不过|可是|然而)`,
      ),
    ],
    message: {
      en: '"Sorry, but…" cancels the apology.',
      zh: '"抱歉，但是……"会抵消道歉。',
    },
    suggestion: {
      en: 'Keep the apology whole, then offer help: "I’m sorry about this. Here is what we can do: …"',
      zh: '道歉后不要转折，直接给出帮助："非常抱歉……我们可以这样为您处理：……"',
    },
  },
  {
    id: 'tone-pressure',
    severity: 'warn',
    platforms: ALL,
    patterns: [
      en('\\byou\\s+(?:must|have\\s+to|are\\s+required\\s+to)\\b'),
      en(
        '(?:\\b(?:please|you|u)\\s+|(?<=^|[.!?\\n]\\s{0,3}))(?:reply|respond|answer|contact\\s+us|call\\s+us|update|change|remove|delete|confirm|pay|send|return|accept)\\b[^.!?\\n]{0,25}?\\b(?:immediately|right\\s+now|right\\s+away|asap|at\\s+once|without\\s+delay)\\b',
      ),
      en('\\b(?:or\\s+else|last\\s+chance|final\\s+warning|I\\s+demand|we\\s+demand)\\b'),
      zh(
        '(?:你|您)们?(?:必须|务必|一定要|赶紧|马上|立刻|立即|最好)|(?:马上|立刻|赶紧|立即)给我|限(?:你|您)|否则|最后通牒|(?<!我们|我)必须',
      ),
    ],
    message: {
      en: 'No demands or pressure on the buyer.',
      zh: '不要对买家提要求或施压。',
    },
    suggestion: {
      en: 'Ask, don’t demand: "Would this work for you?"',
      zh: '用商量的语气："您看这样可以吗？"',
    },
  },
];

// Amazon table -------------------------------------------------------------------------------------
const AMAZON: readonly SiteId[] = ['amazon'];

export const AMAZON_RULES: readonly Rule[] = [
  {
    id: 'amazon-review-request',
    severity: 'block',
    platforms: AMAZON,
    kinds: ['reviews', 'messages'],
    patterns: [
      en(
        `\\b${EN_CHANGE}\\w*\\s+(?:(?:your|the|this|that|my|its|their)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:reviews?|ratings?|star\\s+ratings?)\\b`,
      ),
      en(
        '\\b(?:reviews?|ratings?)\\b[^.!?\\n]{0,20}?\\b(?:removed|updated|changed|deleted|revised|edited|taken\\s+down|withdrawn)\\b',
      ),
      en(
        '\\b(?:positive|good|great|5[-\\s]star|five[-\\s]star|better|favou?rable)\\s+(?:reviews?|ratings?)\\b',
      ),
      zh(ZH_CHANGE_REVIEW),
      zh('(?:给|打|留|改成|改为)[^。！？\\n]{0,4}(?:好评|五星|5星|五颗星)'),
    ],
    unless: NEGATIONS,
    message: {
      en: 'Amazon forbids asking to change or remove a product review, even after resolution.',
      zh: '亚马逊禁止要求买家修改或删除商品评论，即使问题已解决。',
    },
    suggestion: {
      en: 'Solve the problem and leave the review out of the message.',
      zh: '只解决问题，消息中不提评论。',
    },
  },
  {
    id: 'amazon-emoji',
    severity: 'block',
    platforms: AMAZON,
    patterns: [en('\\p{Extended_Pictographic}', 'u'), en('(?<![\\w:/])[:;]-?[)(DPp](?!\\w)', 'u')],
    message: {
      en: 'Amazon messages may not contain emoji or emoticons.',
      zh: '亚马逊消息中不得使用表情符号。',
    },
  },
  {
    id: 'amazon-email',
    severity: 'block',
    platforms: AMAZON,
    patterns: [EMAIL],
    message: {
      en: 'Amazon messages may not contain e-mail addresses.',
      zh: '亚马逊消息中不得包含邮箱地址。',
    },
  },
  {
    id: 'amazon-link',
    severity: 'block',
    platforms: AMAZON,
    patterns: [URL],
    message: {
      en: 'Amazon messages may not contain external links.',
      zh: '亚马逊消息中不得包含外部链接。',
    },
  },
  {
    id: 'amazon-phone',
    severity: 'block',
    platforms: AMAZON,
    patterns: PHONES,
    message: {
      en: 'Amazon messages may not contain phone numbers (only a warranty or carrier number where needed).',
      zh: '亚马逊消息中不得包含电话号码（保修或承运商电话除外）。',
    },
  },
  {
    id: 'amazon-marketing',
    severity: 'block',
    platforms: AMAZON,
    patterns: [
      en(
        '\\b(?:coupons?|vouchers?|promo(?:tion(?:al)?)?\\s+codes?|discount\\s+codes?|promotions?|newsletter|subscribe|follow\\s+us|new\\s+arrivals|check\\s+out\\s+our|visit\\s+our\\s+(?:store|shop|website)|our\\s+other\\s+products)\\b|\\b\\d+\\s?%\\s*off\\b',
      ),
      zh('优惠券|优惠码|折扣码|代金券|促销|店铺活动|上新|新品|关注我们|关注店铺'),
    ],
    message: {
      en: 'Amazon messages may not contain marketing or coupons.',
      zh: '亚马逊消息中不得包含营销内容或优惠券。',
    },
    suggestion: {
      en: 'Offer a refund, replacement or extended warranty instead.',
      zh: '改为提供退款、换货或延长保修。',
    },
  },
];

// eBay table -----------------------------------------------------------------------------------------
const EBAY: readonly SiteId[] = ['ebay'];

export const EBAY_RULES: readonly Rule[] = [
  {
    id: 'ebay-reply-length',
    severity: 'block',
    platforms: EBAY,
    channels: ['public'],
    kinds: ['feedback', 'reviews'],
    patterns: [],
    maxLength: 80,
    message: {
      en: 'eBay feedback replies are limited to 80 characters.',
      zh: 'eBay 评价回复最多80个字符。',
    },
    suggestion: {
      en: 'Use the short public reply.',
      zh: '使用简短的公开回复。',
    },
  },
  {
    id: 'ebay-off-platform-contact',
    severity: 'block',
    platforms: EBAY,
    patterns: [
      EMAIL,
      URL,
      ...PHONES,
      en(
        '\\b(?:whats\\s?app|wechat|telegram|skype|viber|line\\s+id|call\\s+me|text\\s+me|contact\\s+me\\s+(?:directly\\s+)?(?:at|on|via)|outside\\s+(?:of\\s+)?ebay|off[-\\s]ebay|pay\\s+(?:me\\s+)?directly|paypal\\.me)\\b',
      ),
      zh('加(?:我)?(?:微信|V信|vx|QQ)|微信号|QQ号|站外'),
    ],
    unlessText: [],
    message: {
      en: 'No off-eBay contact details (e-mail, phone, links, messengers).',
      zh: '不得留 eBay 站外联系方式（邮箱、电话、链接、即时通讯）。',
    },
    suggestion: {
      en: 'Keep the conversation in eBay messages.',
      zh: '请在 eBay 站内信中沟通。',
    },
  },
  {
    // Warn, not block: whether the issue is resolved is case state the linter cannot see. A request
    // that says the issue is resolved passes; one that does not is flagged for the agent to check.
    id: 'ebay-revision-request',
    severity: 'warn',
    platforms: EBAY,
    patterns: [
      en(`\\b${EN_CHANGE}\\w*\\b[^.!?\\n]{0,30}?\\bfeedback\\b`),
      en(
        '\\bfeedback\\s+revision\\b|\\b(?:positive|good|5[-\\s]star|five[-\\s]star)\\s+feedback\\b',
      ),
      zh(ZH_CHANGE_REVIEW),
    ],
    unless: NEGATIONS,
    unlessText: [
      en('\\b(?:resolved|sorted\\s+out|now\\s+fixed|has\\s+been\\s+fixed|is\\s+fixed)\\b'),
      zh('(?:已经|已)(?:解决|处理好|处理完|完成)|解决了'),
    ],
    message: {
      en: 'eBay: ask for a feedback revision only after the issue is resolved, once, with nothing in return.',
      zh: 'eBay：只有在问题解决后才能请求修改评价，且只请求一次、不附带任何条件。',
    },
    suggestion: {
      en: 'Resolve first; then: "Now that this is resolved, if you feel it is fair, you can revise your feedback."',
      zh: '先解决问题，再说："现在问题已经解决，如果您觉得合适，可以根据实际情况更新评价。"',
    },
  },
];

// Taobao/Tmall table ----------------------------------------------------------------------------------
const TAOBAO: readonly SiteId[] = ['taobao'];

export const TAOBAO_RULES: readonly Rule[] = [
  {
    id: 'taobao-cashback',
    severity: 'block',
    platforms: TAOBAO,
    patterns: [zh('返现|返利|红包|淘金币|支付宝转账|转账给您')],
    message: {
      en: 'Taobao/Tmall: no cash back or red packets (红包) around reviews (网络反不正当竞争暂行规定 §9).',
      zh: '淘宝/天猫：禁止好评返现、红包等利诱（《网络反不正当竞争暂行规定》第九条）。',
    },
    suggestion: {
      en: 'Remove the cash back; offer a real remedy (refund, replacement) unconditionally.',
      zh: '删除返现/红包内容，无条件提供退款、换货等实际补救。',
    },
  },
  {
    id: 'taobao-off-platform',
    severity: 'block',
    platforms: TAOBAO,
    patterns: [
      zh(
        '加(?:我的?|个)?(?:微信|V信|威信|薇信|vx|wx|QQ|扣扣|钉钉)|(?:微信|QQ|vx|wx)号|\\b(?:vx|wx|weixin|wechat|qq)\\b|扫码|二维码|私下(?:交易|联系|转账)|线下(?:交易|转账)|站外',
      ),
    ],
    message: {
      en: 'Taobao/Tmall: do not pull the buyer off-platform (WeChat, QQ, QR codes).',
      zh: '淘宝/天猫：不得引导买家到站外（微信、QQ、二维码等）。',
    },
    suggestion: {
      en: 'Keep the conversation in Wangwang (旺旺).',
      zh: '请在旺旺内沟通。',
    },
  },
];

export const RULE_TABLES: Readonly<Record<'common' | SiteId, readonly Rule[]>> = {
  common: COMMON_RULES,
  amazon: AMAZON_RULES,
  ebay: EBAY_RULES,
  taobao: TAOBAO_RULES,
};

/** The rule for an over-long draft when the caller passes ctx.maxLength (the reply box's limit). */
export const MAX_LENGTH_RULE = {
  id: 'max-length',
  severity: 'block' as const,
  message: {
    en: 'Longer than the reply box allows.',
    zh: '超出回复框的字数限制。',
  },
  suggestion: {
    en: 'Use a shorter draft.',
    zh: '请使用更短的草稿。',
  },
};

/** Platform rules first, then the common ones. */
export function rulesFor(platform: SiteId): readonly Rule[] {
  return [...RULE_TABLES[platform], ...COMMON_RULES];
}

export const RULE_IDS: readonly string[] = [
  ...COMMON_RULES.map((r) => r.id),
  ...AMAZON_RULES.map((r) => r.id),
  ...EBAY_RULES.map((r) => r.id),
  ...TAOBAO_RULES.map((r) => r.id),
  MAX_LENGTH_RULE.id,
];
