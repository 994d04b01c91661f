// Texts that make a draft read the case (CaseFacts from lib/analysis/case-facts.ts): what the buyer
// already gave, what they asked for, a deadline or urgency, the safety flow, and thank-you replies to
// positive items. Data per locale, like templates.ts; the renderer (index.ts) picks and fills them.
//
// Rules the texts keep: never ask for what the buyer already gave, never ask for a photo of an
// injury, no review mention and nothing conditional in the safety flow.
import type { RemedyAsk } from '../analysis/case-facts';
import type { CauseTexts, DraftVariant } from './templates';

export type UrgencyReason = 'gift' | 'child' | 'event' | 'travel' | 'health' | 'other';

export interface CaseTexts {
  /** The buyer described the fault and sent photos: nothing more to ask. */
  haveAll: string;
  /** The buyer described the fault (a photo may still be asked for, never for an injury). */
  haveDetails: string;
  /** The buyer sent photos. */
  havePhotos: string;
  /** Answers a remedy the buyer asked for. */
  asked: Record<RemedyAsk, string>;
  /** Answers a deadline the buyer set ({deadline} is the buyer's own words). */
  deadline: string;
  /** Acknowledges why it is urgent for the buyer. */
  urgency: Record<UrgencyReason, string>;
  /** The safety flow's question: how the person is, and keeping the item aside (evidence). */
  safetyAsk: string;
  /** The safety flow's unconditional remedy, named in the draft itself. */
  safetyOffer: string;
  safety: CauseTexts;
  /** Thank-you replies to a positive review, feedback or message: private and public. */
  thankYou: readonly DraftVariant[];
  publicThanks: readonly DraftVariant[];
}

const EN: CaseTexts = {
  haveAll:
    'Thank you for the description and the photos you already sent: they tell us everything we need, so there is nothing more you need to send.',
  haveDetails: 'Thank you for describing what happened so clearly.',
  havePhotos: 'Thank you for the photos you already sent; they are all we need.',
  asked: {
    refund: 'You asked for a refund, and we will arrange it for you.',
    partial_refund: 'You asked for a partial refund, and we will arrange it for you.',
    return: 'You asked to return the item, and we will make that easy for you.',
    replacement: 'You asked for a replacement, and we will send one to you.',
    repair: 'You asked for a repair, and we will take care of it.',
    reship: 'You asked us to send it again, and we will.',
  },
  deadline:
    'I have noted that you need this settled by {deadline}, and we will make sure it is done before then.',
  urgency: {
    gift: 'I know this was meant as a gift, so we will treat it as urgent.',
    child: 'I know this is for your child, so we will treat it as urgent.',
    event: 'I know you need it for an occasion, so we will treat it as urgent.',
    travel: 'I know you need it before you travel, so we will treat it as urgent.',
    health: 'I know this matters for your health, so we will treat it as urgent.',
    other: 'I understand this is urgent for you, and we will treat it that way.',
  },
  safetyAsk:
    'How are you now? Please look after yourself first. If you still have the item, please stop using it and keep it aside; we will arrange its collection at our cost.',
  safetyOffer:
    'We are refunding you in full straight away, and if you would like a replacement as well, we will send one; there is nothing you need to do first.',
  safety: {
    ack: [
      'I am so sorry to hear what happened with the {product}. Your safety matters far more to us than anything else.',
      'I was very sorry to read what happened with the {product}, and I want to help you straight away.',
      'Thank you for telling us what happened with the {product}. I am truly sorry, and your safety comes first.',
    ],
    details:
      'How are you now? Please look after yourself first. If you still have the item, please stop using it and keep it aside.',
    followUp: 'How are you feeling now, and is there anything more we can do for you?',
    finalOffer:
      'a full refund straight away, with no need to return anything first, and our shop manager as your direct contact',
    publicProblem: 'what happened with this product',
    publicAction:
      'Our shop manager contacted you at once, and we refunded you in full. We have stopped selling this batch while it is checked.',
    publicImprove: 'We have reported it to the marketplace’s product-safety team.',
    publicShort: 'We are so sorry. Refunded in full; the batch is withdrawn for checks.',
  },
  thankYou: [
    {
      id: 'standard',
      paragraphs: [
        ['{greeting}'],
        [
          'Thank you so much for your kind words about the {product}.',
          'It means a lot to our small team to hear that it works well for you.',
        ],
        ['If you ever need anything, we are always here to help.'],
        ['{signoff}'],
      ],
    },
    {
      id: 'alternative',
      paragraphs: [
        ['{greeting}'],
        [
          'What a lovely message to receive: thank you for taking the time to write.',
          'We are delighted you are happy with the {product}.',
        ],
        ['{signoff}'],
      ],
    },
    {
      id: 'warm',
      paragraphs: [
        ['{greeting}'],
        [
          'Thank you for telling us how the {product} is working out for you.',
          'Notes like yours make our day.',
        ],
        ['Should you ever have a question about it, just message us here.'],
        ['{signoff}'],
      ],
    },
    {
      id: 'short',
      paragraphs: [['Thank you for your kind words about the {product}. Enjoy it!']],
    },
  ],
  publicThanks: [
    {
      id: 'standard',
      paragraphs: [
        [
          'Thank you for your lovely feedback!',
          'We are so glad you are happy with your order, and we look forward to seeing you again.',
        ],
      ],
    },
    {
      id: 'alternative',
      paragraphs: [['Thank you for taking the time to share this. It made our day!']],
    },
    {
      id: 'short',
      paragraphs: [['Thank you so much. Glad you like it!']],
    },
  ],
};

const ZH_HANS: CaseTexts = {
  haveAll: '感谢您已经把情况和照片都发给了我们，信息已经很完整，您不需要再提供任何资料。',
  haveDetails: '谢谢您把情况说得这么清楚。',
  havePhotos: '您发来的照片我们已经收到，不需要再补充了。',
  asked: {
    refund: '您提到希望退款，我们会为您办理。',
    partial_refund: '您提到希望部分退款，我们会为您办理。',
    return: '您提到希望退货，我们会让退货尽量简单。',
    replacement: '您提到希望换货，我们会为您寄出新的商品。',
    repair: '您提到希望维修，我们会为您安排。',
    reship: '您提到希望重新发货，我们会为您补发。',
  },
  deadline: '我已记下您希望在{deadline}之前解决，我们一定在这之前处理好。',
  urgency: {
    gift: '我知道这是要送人的礼物，我们会加急处理。',
    child: '我知道这是给孩子用的，我们会加急处理。',
    event: '我知道您有活动要用，我们会加急处理。',
    travel: '我知道您出行前要用，我们会加急处理。',
    health: '我知道这关系到您的健康，我们会加急处理。',
    other: '我理解这件事对您很急，我们会加急处理。',
  },
  safetyAsk:
    '您现在身体怎么样？请先照顾好自己。如果商品还在身边，请先停止使用并单独放好，我们会安排上门取回，费用由我们承担。',
  safetyOffer:
    '我们马上为您办理全额退款；如果您还需要新的商品，我们也会一并寄出，您不需要先做任何事。',
  safety: {
    ack: [
      '得知{product}给您造成了伤害，我们非常难过，也非常抱歉。您的安全比什么都重要。',
      '看到您说的{product}的情况，我非常抱歉，想第一时间帮您处理。',
      '谢谢您告诉我们{product}出现的情况，真的非常抱歉，您的安全是第一位的。',
    ],
    details: '您现在身体怎么样？请先照顾好自己。如果商品还在身边，请先停止使用并单独放好。',
    followUp: '您现在感觉好些了吗？还有什么我们可以为您做的？',
    finalOffer: '立即为您全额退款，不需要先退回任何东西，并由店长作为您的直接联系人',
    publicProblem: '这件商品给您带来的伤害',
    publicAction: '店长第一时间联系了您，并已全额退款；该批次商品已暂停销售并送检。',
    publicImprove: '我们也已按平台要求提交了商品安全报告。',
    publicShort: '非常抱歉，已全额退款，该批次已暂停销售送检。',
  },
  thankYou: [
    {
      id: 'standard',
      paragraphs: [
        ['{greeting}'],
        ['非常感谢您对{product}的认可！', '看到您用得满意，我们整个团队都特别开心。'],
        ['以后有任何需要，随时找我们。'],
        ['{signoff}'],
      ],
    },
    {
      id: 'alternative',
      paragraphs: [
        ['{greeting}'],
        ['收到您的留言真的很暖心，谢谢您特意花时间写下来。', '很高兴{product}能让您满意。'],
        ['{signoff}'],
      ],
    },
    {
      id: 'warm',
      paragraphs: [
        ['{greeting}'],
        ['谢谢您特意分享{product}的使用感受，', '这样的留言是我们每天最开心收到的。'],
        ['之后用起来有任何疑问，随时在这里给我们留言。'],
        ['{signoff}'],
      ],
    },
    {
      id: 'short',
      paragraphs: [['谢谢您对{product}的认可，祝您使用愉快！']],
    },
  ],
  publicThanks: [
    {
      id: 'standard',
      paragraphs: [['感谢您的认可！很高兴您对这次购物满意，期待再次为您服务。']],
    },
    {
      id: 'alternative',
      paragraphs: [['谢谢您特意分享使用感受，这对我们是很大的鼓励！']],
    },
    {
      id: 'short',
      paragraphs: [['非常感谢，祝您使用愉快！']],
    },
  ],
};

const ZH_HANT: CaseTexts = {
  haveAll: '感謝您已經把情況和照片都傳給我們，資訊已經很完整，您不需要再提供任何資料。',
  haveDetails: '謝謝您把情況說得這麼清楚。',
  havePhotos: '您傳來的照片我們已經收到，不需要再補充了。',
  asked: {
    refund: '您提到希望退款，我們會為您辦理。',
    partial_refund: '您提到希望部分退款，我們會為您辦理。',
    return: '您提到希望退貨，我們會讓退貨盡量簡單。',
    replacement: '您提到希望換貨，我們會為您寄出新的商品。',
    repair: '您提到希望維修，我們會為您安排。',
    reship: '您提到希望重新寄送，我們會為您補寄。',
  },
  deadline: '我已記下您希望在{deadline}之前解決，我們一定在這之前處理好。',
  urgency: {
    gift: '我知道這是要送人的禮物，我們會優先處理。',
    child: '我知道這是給孩子用的，我們會優先處理。',
    event: '我知道您有活動要用，我們會優先處理。',
    travel: '我知道您出發前要用，我們會優先處理。',
    health: '我知道這關係到您的健康，我們會優先處理。',
    other: '我理解這件事對您很急，我們會優先處理。',
  },
  safetyAsk:
    '您現在身體還好嗎？請先照顧好自己。如果商品還在身邊，請先停止使用並另外放好，我們會安排收回，費用由我們負擔。',
  safetyOffer:
    '我們馬上為您辦理全額退款；如果您還需要新的商品，我們也會一併寄出，您不需要先做任何事。',
  safety: {
    ack: [
      '得知{product}對您造成了傷害，我們非常難過，也非常抱歉。您的安全比什麼都重要。',
      '看到您說的{product}的情況，我非常抱歉，想第一時間幫您處理。',
      '謝謝您告訴我們{product}發生的情況，真的非常抱歉，您的安全是第一位的。',
    ],
    details: '您現在身體還好嗎？請先照顧好自己。如果商品還在身邊，請先停止使用並另外放好。',
    followUp: '您現在感覺好一些了嗎？還有什麼我們可以為您做的？',
    finalOffer: '立即為您全額退款，不需要先退回任何東西，並由店長作為您的直接聯繫人',
    publicProblem: '這件商品對您造成的傷害',
    publicAction: '店長第一時間聯繫了您，並已全額退款；該批次商品已暫停銷售並送驗。',
    publicImprove: '我們也已依平臺要求提交了商品安全報告。',
    publicShort: '非常抱歉，已全額退款，該批次已暫停銷售送驗。',
  },
  thankYou: [
    {
      id: 'standard',
      paragraphs: [
        ['{greeting}'],
        ['非常感謝您對{product}的肯定！', '看到您用得滿意，我們整個團隊都特別開心。'],
        ['之後有任何需要，隨時找我們。'],
        ['{signoff}'],
      ],
    },
    {
      id: 'alternative',
      paragraphs: [
        ['{greeting}'],
        ['收到您的留言真的很暖心，謝謝您特地花時間寫下來。', '很高興{product}能讓您滿意。'],
        ['{signoff}'],
      ],
    },
    {
      id: 'warm',
      paragraphs: [
        ['{greeting}'],
        ['謝謝您特意分享{product}的使用感受，', '這樣的留言是我們每天最開心收到的。'],
        ['之後用起來有任何疑問，隨時在這裡給我們留言。'],
        ['{signoff}'],
      ],
    },
    {
      id: 'short',
      paragraphs: [['謝謝您對{product}的肯定，祝您使用愉快！']],
    },
  ],
  publicThanks: [
    {
      id: 'standard',
      paragraphs: [['感謝您的肯定！很高興您對這次購物滿意，期待再次為您服務。']],
    },
    {
      id: 'alternative',
      paragraphs: [['謝謝您特地分享使用心得，這對我們是很大的鼓勵！']],
    },
    {
      id: 'short',
      paragraphs: [['非常感謝，祝您使用愉快！']],
    },
  ],
};

export const CASE_TEXTS = { en: EN, 'zh-Hans': ZH_HANS, 'zh-Hant': ZH_HANT } as const;
