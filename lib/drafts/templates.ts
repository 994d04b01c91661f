// Reply drafts as data, per locale and draft stage (PLAYBOOK stages 2–7).
//
// A text is either a string or a list of alternatives: the renderer takes the first alternative whose
// {placeholders} all have a value, so a missing buyer name, agent or order number falls back to a
// polite generic form and no empty placeholder is ever printed. Placeholders:
//   {name} {product} {order} {agent} {shop} {evidence}          personal data (may be missing)
//   {productName}: the product's real name only ({product} falls back to a generic word)
//   {greeting} {signoff} {managerSignoff} {ack} {ask} {answer} {remedyList} {followUp} {finalOffer}
//   {respect} {howTo} {channel} {publicProblem} {publicAction} {publicImprove} {publicShort}
//                                                                 computed by the renderer
// Rules the texts keep (and the tests check with lintDraft): empathetic and consultative, no blame,
// no "sorry, but", no demands, and no remedy ever tied to the review.
import type { Cause } from '../analysis/types';
import type { SiteId } from '../messages';
import type { DraftStage } from './stages';
import { CASE_TEXTS } from './templates-case';

export type Alt = string | readonly string[];
export type DraftLocale = 'zh-Hans' | 'zh-Hant' | 'en';
/** 'safety' is the flow for an injury, burn, shock, fire or a child at risk (flag `safety`). */
export type CauseKey = Cause | 'general' | 'safety';

export const REMEDY_IDS = [
  'replacement',
  'full_refund',
  'partial_refund',
  'reship_part',
  'extended_warranty',
  'carrier_claim',
  'reship',
  'shipping_refund',
  'exchange',
  'free_return_refund',
  'named_person',
  'goodwill_refund',
  'coupon',
  'usage_guide',
  'easy_return',
  'fix_real_problem',
] as const;
export type RemedyId = (typeof REMEDY_IDS)[number];

/** Remedy options per cause, best first (对症下药: seed 002, seed 003's list). */
export const REMEDIES_BY_CAUSE: Record<CauseKey, readonly RemedyId[]> = {
  quality: ['replacement', 'full_refund', 'reship_part', 'extended_warranty'],
  logistics: ['carrier_claim', 'reship', 'shipping_refund'],
  not_as_described: ['exchange', 'free_return_refund'],
  service: ['named_person', 'coupon', 'goodwill_refund'],
  expectation: ['usage_guide', 'easy_return'],
  buyer_remorse: ['easy_return'],
  cultural: ['free_return_refund'],
  extortion: ['fix_real_problem'],
  general: ['replacement', 'full_refund'],
  safety: ['full_refund', 'replacement'],
};

/** Remedies a platform does not allow in messages (Amazon: coupons are marketing). */
export const REMEDY_EXCLUDED: Record<SiteId, readonly RemedyId[]> = {
  amazon: ['coupon'],
  ebay: [],
  taobao: [],
};

export const MAX_REMEDIES = 4;

export interface CauseTexts {
  /** Acknowledges the specific problem; first alternative quotes the buyer's words. */
  ack: Alt;
  /** Questions asking for details at first contact (never for what the buyer already gave). */
  details: Alt;
  /** Asking for a photo of the item, when one helps and the buyer has not sent one. */
  photo?: Alt;
  /** Follow-up question about the result. */
  followUp: Alt;
  /** The final solution of the final outreach, beyond the usual compensation. */
  finalOffer: Alt;
  /** Public reply: what went wrong, the action, the improvement, and a ≤ 80-character version. */
  publicProblem: string;
  publicAction: string;
  publicImprove: string;
  publicShort: string;
}

export interface DraftVariant {
  id: 'standard' | 'alternative' | 'warm' | 'short' | 'tiny';
  /** Paragraphs; each is a list of texts joined by the locale's joiner. */
  paragraphs: readonly (readonly Alt[])[];
}

export interface LocaleTemplates {
  /** Between sentences of a paragraph. */
  joiner: string;
  /** Quote marks around the buyer's words, and the word between two quotes. */
  quote: readonly [string, string];
  and: string;
  productFallback: string;
  listItem: string;
  greeting: Alt;
  signoff: Alt;
  managerSignoff: Alt;
  /** The product the second time it is named ("the item", 商品). */
  productAgain: string;
  /** The review noun: product review vs seller feedback. */
  reviewNoun: { review: string; feedback: string };
  /** How the buyer reaches us on each platform, for the public reply. */
  channel: Record<SiteId, string>;
  /** How-to guide for the review update, per platform (Amazon: seller feedback only). */
  howTo: Record<SiteId, string>;
  /** Final outreach: honouring the solution whatever the buyer does. */
  respect: { withReview: string; neutral: string };
  remedies: Record<RemedyId, Alt>;
  causes: Record<CauseKey, CauseTexts>;
  stages: Record<DraftStage, readonly DraftVariant[]>;
}

// English ----------------------------------------------------------------------------------------------
const EN: LocaleTemplates = {
  joiner: ' ',
  quote: ['“', '”'],
  and: ' and ',
  productFallback: 'order',
  productAgain: 'item',
  listItem: '{n}. {text}',
  greeting: ['Dear {name},', 'Hello,'],
  signoff: [
    'Kind regards,\n{agent}, {shop}',
    'Kind regards,\n{agent}',
    'Kind regards,\n{shop} customer care',
    'Kind regards,\nCustomer care',
  ],
  managerSignoff: [
    'Kind regards,\n{agent}, manager, {shop}',
    'Kind regards,\n{agent}, shop manager',
    'Kind regards,\nThe manager, {shop}',
    'Kind regards,\nThe shop manager',
  ],
  reviewNoun: { review: 'review', feedback: 'feedback' },
  channel: {
    amazon: 'Buyer-Seller Messaging',
    ebay: 'eBay messages',
    taobao: 'Wangwang',
  },
  howTo: {
    amazon:
      'Just so you know, Amazon lets buyers edit or remove seller feedback from Your Orders; whether you do so is entirely up to you.',
    ebay: 'If you feel it is fair, you are welcome to update your feedback to reflect how things turned out. eBay will send you a revision request to accept, or you can find this order under My eBay > Feedback.',
    taobao:
      'If you feel it is fair, you are welcome to update your review to reflect how things turned out. In My Taobao > Reviews, find this order and choose Modify. A neutral or negative review can be modified once within 30 days.',
  },
  respect: {
    withReview:
      'We will honour this whether or not you change your {review}. Keeping it is entirely your right, and thank you for telling us: it is helping us improve.',
    neutral:
      'We will honour this whatever you decide, and thank you for telling us: it is helping us improve.',
  },
  remedies: {
    replacement: 'a free replacement {product}, sent at our cost',
    full_refund: 'a full refund',
    partial_refund: 'a partial refund, if you would rather keep the item',
    reship_part: 'if a part is missing or broken, we ship that part to you free of charge',
    extended_warranty: 'an extended warranty on your {product}',
    carrier_claim: 'we contact the carrier and handle the claim for you, so you do not have to',
    reship: 'we send you a new one at our cost',
    shipping_refund: 'a refund of your shipping cost',
    exchange: 'an exchange for the right item, with return shipping paid by us',
    free_return_refund: 'a full refund, with return shipping paid by us',
    named_person: [
      'I, {agent}, will personally look after your order from now on: you can write to me directly here',
      'I will personally look after your order from now on: you can write to me directly here',
    ],
    goodwill_refund: 'a partial refund as our apology',
    coupon: 'a store coupon for your next order, as our apology',
    usage_guide: 'I walk you through setting it up step by step, here in our messages',
    easy_return: 'an easy return with a full refund once the item is back with us',
    fix_real_problem:
      'if anything is wrong with the item, a replacement or refund under our normal policy',
  },
  causes: {
    quality: {
      ack: [
        'I read your note about the {product} ({evidence}), and I am truly sorry: that is not the quality you should receive from us.',
        'I am truly sorry that your {product} has a quality problem: that is not what you should receive from us.',
      ],
      details: 'When did the problem start, and what exactly happens when you use it?',
      photo: 'A photo would help us a lot.',
      followUp: 'Is everything now working as it should?',
      finalOffer:
        'a full refund, and a new {product} sent to you free of charge, with no need to return the original',
      publicProblem: 'the quality problem with your item',
      publicAction: 'We contacted you and offered a replacement or a full refund.',
      publicImprove:
        'We have also asked our supplier to tighten quality control and now inspect every unit before it ships.',
      publicShort: 'Sorry about the faulty item. We offered a replacement or refund.',
    },
    not_as_described: {
      ack: [
        'I read your note about the {product} ({evidence}), and I am very sorry that it did not match the description.',
        'I am very sorry that the {product} you received did not match the description.',
      ],
      details: 'Could you tell me what differs (colour, size or model)?',
      photo: 'A photo would help us sort it out quickly.',
      followUp: 'Is the item you have now the right one, just as described?',
      finalOffer:
        'a full refund, and the correct item sent to you free of charge, with no need to return the original',
      publicProblem: 'the item not matching its description',
      publicAction:
        'We contacted you and offered an exchange or a full refund, with return shipping on us.',
      publicImprove: 'We have also reviewed the description and our packing checks.',
      publicShort: 'Sorry it was not as described. We offered an exchange or refund.',
    },
    logistics: {
      ack: [
        'I read your note about the delivery ({evidence}), and I am very sorry for the wait and the worry it has caused you.',
        'I am very sorry that your {product} ran into trouble on its way to you, and for the wait and the worry.',
      ],
      details: 'Has the parcel arrived yet? If it has, is anything inside damaged?',
      photo: 'If it is, a photo of the box would help us with the carrier.',
      followUp: 'Has everything now arrived safely?',
      finalOffer:
        'a full refund, plus a new {product} sent to you at our cost, while we handle the carrier claim ourselves',
      publicProblem: 'the delivery problem',
      publicAction:
        'We contacted you, took up the claim with the carrier and offered a reshipment or refund.',
      publicImprove: 'We are also reviewing our shipping partners to prevent this.',
      publicShort: 'Sorry about the delivery. We took it up with the carrier for you.',
    },
    service: {
      ack: [
        'I read your note ({evidence}), and I am truly sorry: you deserved patient, helpful service from us, and we did not give it.',
        'I am truly sorry that our earlier replies were not the patient, helpful service you deserved.',
      ],
      details:
        'Could you tell me which part of our earlier replies let you down? I would like to understand it myself.',
      followUp: 'Has everything been handled the way you needed?',
      finalOffer:
        'a partial refund as our apology, and I will personally look after every order of yours from now on',
      publicProblem: 'our earlier replies',
      publicAction:
        'We have apologised and a named member of our team now looks after your order personally.',
      publicImprove: 'We are also retraining our customer care team to listen first.',
      publicShort: 'Sorry for our earlier replies. Our manager now handles this personally.',
    },
    expectation: {
      ack: [
        'I read your note about the {product} ({evidence}), and I am sorry it has not lived up to what you hoped for.',
        'I am sorry the {product} has not lived up to what you hoped for.',
      ],
      details:
        'Could you tell me how you are using it and which step is not working for you? We can go through it together.',
      followUp: 'Did the guidance help, and is the {product} doing what you hoped?',
      finalOffer:
        'a full refund with no need to return the item, and if you would like to keep using it, a one-to-one walkthrough with me',
      publicProblem: 'the product not meeting your expectations',
      publicAction: 'We contacted you with step-by-step guidance and the option of an easy return.',
      publicImprove: 'We have also added clearer usage notes to the product page.',
      publicShort: 'Sorry it fell short for you. We offered guidance or an easy return.',
    },
    buyer_remorse: {
      ack: [
        'Thank you for letting us know ({evidence}). If the {product} is not right for you, we are glad to help with a return.',
        'Thank you for letting us know. If the {product} is not right for you, we are glad to help with a return.',
      ],
      details: 'Would you prefer a return, or an exchange for another model?',
      followUp: 'Did the return go smoothly for you?',
      finalOffer: 'a full refund, with the return shipping paid by us',
      publicProblem: 'the return',
      publicAction: 'We contacted you and offered an easy return with a full refund.',
      publicImprove: 'We keep working to make returns simple.',
      publicShort: 'Thank you for your feedback. We offered an easy return and refund.',
    },
    cultural: {
      ack: [
        'I read your note about the {product} ({evidence}), and I am deeply sorry: we did not mean to offend, and we should have been more careful.',
        'I am deeply sorry that the {product} caused offence: we did not mean to, and we should have been more careful.',
      ],
      details:
        'Would you like a return with a full refund, or is there anything else we can do for you?',
      followUp: 'Did the return go smoothly for you?',
      finalOffer: 'a full refund, with no need to send the item back',
      publicProblem: 'the offence this product caused',
      publicAction: 'We have apologised and offered a full refund.',
      publicImprove:
        'We are also reviewing our product designs and descriptions with more care for every culture.',
      publicShort: 'We sincerely apologise. We offered a full refund and are reviewing the design.',
    },
    extortion: {
      ack: [
        'Thank you for your message about the {product}. If anything is wrong with it, we will put it right under our normal after-sales policy.',
      ],
      details: 'Could you describe what is wrong with the item?',
      photo: 'Photos would help us handle it under our policy.',
      followUp: 'Is everything with your order now in order?',
      finalOffer:
        'if anything is wrong with the item, a replacement or refund under our after-sales policy',
      publicProblem: 'this order',
      publicAction: 'We contacted you and offered help under our normal after-sales policy.',
      publicImprove: 'Our after-sales policy applies equally to every customer.',
      publicShort: 'Sorry for the trouble. We offered help under our after-sales policy.',
    },
    general: {
      ack: [
        'I read your note ({evidence}), and I am truly sorry this order did not go the way it should have.',
        'I am truly sorry this order did not go the way it should have.',
      ],
      details: 'Could you tell me a little more about what went wrong?',
      photo: 'A photo would help us a lot.',
      followUp: 'Is everything now working as it should?',
      finalOffer:
        'a full refund or a free replacement, whichever you prefer, with no need to return the original',
      publicProblem: 'your experience',
      publicAction: 'We contacted you to put things right.',
      publicImprove: 'We are working to make sure it does not happen again.',
      publicShort: 'Sorry for the trouble. We contacted you to put things right.',
    },
    safety: CASE_TEXTS.en.safety,
  },
  stages: {
    thank_you: CASE_TEXTS.en.thankYou,
    public_thanks: CASE_TEXTS.en.publicThanks,
    first_contact: [
      {
        id: 'standard',
        paragraphs: [
          ['{greeting}'],
          [
            [
              'My name is {agent} and I look after customer care at {shop}.',
              'My name is {agent} and I look after customer care for your order.',
              'I look after customer care at {shop}.',
              'I look after customer care for your order.',
            ],
            [
              'Thank you for taking the time to tell us about your order {order} ({productName}).',
              'Thank you for taking the time to tell us about your order {order}.',
              'Thank you for taking the time to tell us about your {product}.',
            ],
            '{ack}',
          ],
          ['{ask}', 'I would be grateful for the chance to make this right.'],
          ['{signoff}'],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          ['{greeting}'],
          [
            '{ack}',
            [
              'I am {agent} from {shop}, and I will look after this for you personally.',
              'I am {agent}, and I will look after this for you personally.',
              'I will look after this for you personally.',
            ],
          ],
          ['{ask}', 'Thank you for giving us the chance to make it right.'],
          ['{signoff}'],
        ],
      },
      {
        id: 'warm',
        paragraphs: [
          ['{greeting}'],
          ['Thank you for writing to us, and I am sorry you had to.', '{ack}'],
          ['{ask}', 'I will stay with this until it is sorted out for you.'],
          ['{signoff}'],
        ],
      },
      {
        id: 'short',
        paragraphs: [['{ack}', 'How can we make this right for you?']],
      },
      {
        id: 'tiny',
        paragraphs: [['We are sorry about your order. How can we make it right?']],
      },
    ],
    remedies: [
      {
        id: 'standard',
        paragraphs: [
          ['{greeting}'],
          ['Thank you for your patience while we looked into this.', '{ack}'],
          ['We suggest the following; please choose whichever suits you best:\n{remedyList}'],
          [
            'If you have another solution in mind, just tell me and we will do our best to make it work.',
            'Would this work for you?',
          ],
          ['{signoff}'],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          ['{greeting}'],
          ['{ack}', 'Here is what we can do for you:\n{remedyList}'],
          ['Which option would you prefer? Would this work for you?'],
          ['{signoff}'],
        ],
      },
      {
        id: 'warm',
        paragraphs: [
          ['{greeting}'],
          [
            '{ack}',
            'I have looked at what we can do, and you are welcome to pick whichever suits you:\n{remedyList}',
          ],
          ['Just tell me your choice and I will arrange it the same day.'],
          ['{signoff}'],
        ],
      },
      {
        id: 'short',
        paragraphs: [['We can offer:\n{remedyList}', 'Would this work for you?']],
      },
      {
        id: 'tiny',
        paragraphs: [['We can offer a refund or a replacement. Would this work for you?']],
      },
    ],
    follow_up: [
      {
        id: 'standard',
        paragraphs: [
          ['{greeting}'],
          ['I wanted to check in on your {product}.', '{followUp}'],
          [
            'If anything is still not right, please tell me and I will take care of it personally.',
            'Thank you again for your patience.',
          ],
          ['{signoff}'],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          ['{greeting}'],
          [
            'It has been a little while since we sorted out the problem with your {product}, and I wanted to ask how it has been for you since.',
            'Is there anything else we can help with?',
          ],
          ['{signoff}'],
        ],
      },
      {
        id: 'warm',
        paragraphs: [
          ['{greeting}'],
          [
            'I am following up on your {product}, because I want to be sure it is all right for you now.',
            '{followUp}',
          ],
          ['If not, a short reply here is enough and I will take it from there.'],
          ['{signoff}'],
        ],
      },
      {
        id: 'short',
        paragraphs: [['Checking in on your {product}.', '{followUp}']],
      },
      {
        id: 'tiny',
        paragraphs: [['Checking in: is everything now working well for you?']],
      },
    ],
    review_update: [
      {
        id: 'standard',
        paragraphs: [
          ['{greeting}'],
          [
            'Thank you again for your patience. Now that the problem with your {product} has been resolved, I have one small note.',
          ],
          ['{howTo}'],
          ['Whatever you decide, we fully respect it, and thank you for helping us improve.'],
          ['{signoff}'],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          ['{greeting}'],
          [
            'I am glad the problem with your {product} is resolved now, and thank you for bearing with us while we sorted it out.',
          ],
          ['{howTo}'],
          ['There is no obligation at all: your honest opinion is what matters to us.'],
          ['{signoff}'],
        ],
      },
      {
        id: 'warm',
        paragraphs: [
          ['{greeting}'],
          [
            'Thank you for giving us the chance to put this right. Now that it is resolved, I hope the {product} serves you well from now on.',
          ],
          ['{howTo}'],
          ['Either way, we respect your choice, and we are grateful for your feedback.'],
          ['{signoff}'],
        ],
      },
      {
        id: 'short',
        paragraphs: [['Now that this is resolved: {howTo}']],
      },
      {
        id: 'tiny',
        paragraphs: [['Thank you for your patience. We are glad this is resolved.']],
      },
    ],
    final_outreach: [
      {
        id: 'standard',
        paragraphs: [
          ['{greeting}'],
          [
            [
              'My name is {agent}, and I am the manager of {shop}.',
              'My name is {agent}, and I am the shop manager.',
              'I am the manager of {shop}.',
              'I am the shop manager.',
            ],
            'I am writing to you myself because our earlier replies did not solve your problem, and I am sincerely sorry for that, and for the trouble with your {product}.',
          ],
          [
            'I understand how disappointing this has been, and how much of your time it has taken.',
            '{ack}',
          ],
          [
            'As the person responsible for the shop, this is the final solution I can offer you: {finalOffer}.',
          ],
          ['{respect}'],
          ['If you would like to go ahead, just reply here and I will take care of it personally.'],
          ['{managerSignoff}'],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          ['{greeting}'],
          [
            [
              'I am {agent}, the manager of {shop}.',
              'I am {agent}, the shop manager.',
              'I manage {shop}.',
              'I am the shop manager.',
            ],
            'I have read through your whole case, and I am sorry that we have not yet made things right with your {product}.',
          ],
          ['You should not have had to spend this much time on it.', '{ack}'],
          [
            'So that this is settled for you, here is the best I can personally offer: {finalOffer}.',
          ],
          ['{respect}'],
          ['Reply here whenever it suits you, and I will handle it myself.'],
          ['{managerSignoff}'],
        ],
      },
      {
        id: 'warm',
        paragraphs: [
          ['{greeting}'],
          [
            [
              'This is {agent}, the manager of {shop}.',
              'This is {agent}, the shop manager.',
              'This is the manager of {shop}.',
              'This is the shop manager.',
            ],
            'I wanted to write to you personally: the trouble with your {product} is not what we want anyone to go through, and I apologise for it.',
          ],
          ['{ack}'],
          ['Here is what I can do for you now: {finalOffer}.'],
          ['{respect}'],
          ['If that works for you, a short reply is enough and I will arrange it.'],
          ['{managerSignoff}'],
        ],
      },
      {
        id: 'short',
        paragraphs: [
          [
            'I am the shop manager, and I am sincerely sorry for the trouble with your {product}.',
            'Our final solution: {finalOffer}.',
            'We will honour it whatever you decide.',
          ],
        ],
      },
      {
        id: 'tiny',
        paragraphs: [
          ['The shop manager here: we are sincerely sorry, and we will make this right.'],
        ],
      },
    ],
    public_reply: [
      {
        id: 'standard',
        paragraphs: [
          [
            'Thank you for your feedback, and we sincerely apologise for {publicProblem}.',
            'As soon as we heard about it, we looked into it.',
            '{publicAction}',
            '{publicImprove}',
            'If there is anything more we can do, please contact us through {channel}; we are always here to help.',
          ],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          [
            'We are sincerely sorry for {publicProblem}.',
            '{publicAction}',
            '{publicImprove}',
            'Thank you for helping us improve; we are here through {channel} whenever you need us.',
          ],
        ],
      },
      {
        id: 'short',
        paragraphs: [['{publicShort}']],
      },
      {
        id: 'tiny',
        paragraphs: [['Sorry for the trouble. We are here to help.']],
      },
    ],
  },
};

// 简体中文 -----------------------------------------------------------------------------------------------
const ZH_HANS: LocaleTemplates = {
  joiner: '',
  quote: ['“', '”'],
  and: '和',
  productFallback: '商品',
  productAgain: '商品',
  listItem: '{n}. {text}',
  greeting: ['{name}，您好！', '亲爱的顾客，您好！'],
  signoff: ['{shop} 客服 {agent}', '客服 {agent}', '{shop} 客服团队', '客服团队'],
  managerSignoff: ['{shop} 店长 {agent}', '店长 {agent}', '{shop} 店长', '店长'],
  reviewNoun: { review: '评价', feedback: '评价' },
  channel: {
    amazon: '亚马逊站内信',
    ebay: 'eBay 站内信',
    taobao: '旺旺',
  },
  howTo: {
    amazon: '顺便告知：亚马逊允许买家在“我的订单”中编辑或删除卖家反馈，是否这样做完全由您决定。',
    ebay: '如果您觉得合适，欢迎根据实际解决情况更新一下评价。eBay 会向您发送评价修改请求，按提示操作即可；也可以在“My eBay → Feedback”中找到这笔交易进行修改。',
    taobao:
      '如果您觉得合适，欢迎根据实际解决情况更新一下评价。打开淘宝App，进入“我的淘宝 → 评价管理”，找到这笔订单的评价，点击“修改评价”即可。中差评在评价后30天内可以修改一次。',
  },
  respect: {
    withReview:
      '无论您是否修改{review}，我们都会履行这个方案；我们也尊重您保留{review}的权利，感谢您的反馈帮助我们改进。',
    neutral: '无论您最终如何决定，我们都会履行这个方案，也感谢您的反馈帮助我们改进。',
  },
  remedies: {
    replacement: '为您免费更换一件全新的{product}，运费由我们承担',
    full_refund: '为您办理全额退款',
    partial_refund: '如果您愿意保留商品，为您办理部分退款',
    reship_part: '如有配件缺失或损坏，为您免费补发',
    extended_warranty: '为您的{product}延长保修期',
    carrier_claim: '由我们联系快递公司查询并处理索赔，您不用再操心',
    reship: '为您重新补发一件，运费由我们承担',
    shipping_refund: '退还您支付的运费',
    exchange: '为您换成正确的商品，来回运费由我们承担',
    free_return_refund: '免费退货并全额退款，退货运费由我们承担',
    named_person: [
      '由我（{agent}）亲自负责跟进您的订单，有任何问题直接找我',
      '由我亲自负责跟进您的订单，有任何问题直接找我',
    ],
    goodwill_refund: '退还部分货款，表达我们的歉意',
    coupon: '送您一张店铺优惠券，下次购物可用，表达我们的歉意',
    usage_guide: '由我在这里一步步为您讲解使用方法',
    easy_return: '为您办理便捷退货，商品寄回后全额退款',
    fix_real_problem: '如商品确有问题，按售后政策为您换货或退款',
  },
  causes: {
    quality: {
      ack: [
        '看到您反馈的{evidence}，我们真的非常抱歉，{product}出现这样的质量问题，是我们没有把好关。',
        '{product}出现了质量问题，我们真的非常抱歉，这是我们没有把好关。',
      ],
      details: '问题是从什么时候开始的、具体是什么表现？',
      photo: '方便的话请拍张照片给我们。',
      followUp: '现在商品使用起来一切正常吗？',
      finalOffer: '为您全额退款，同时免费寄一件全新的{product}给您，原商品无需退回',
      publicProblem: '商品的质量问题',
      publicAction: '已主动联系您并提供了换货或全额退款的方案。',
      publicImprove: '同时我们已与供应商沟通，加强了出库前的质检。',
      publicShort: '非常抱歉商品出现质量问题，我们已为您提供换货或退款方案，并加强了质检。',
    },
    not_as_described: {
      ack: [
        '看到您反馈的{evidence}，非常抱歉，您收到的{product}与页面描述不一致，给您添麻烦了。',
        '非常抱歉，您收到的{product}与页面描述不一致，给您添麻烦了。',
      ],
      details: '您收到的商品具体是哪里不一致（颜色、尺码还是款式）？',
      photo: '方便的话请拍张照片给我们。',
      followUp: '您现在收到的商品是正确的吗？',
      finalOffer: '为您全额退款，并免费寄送正确的商品，原商品无需寄回',
      publicProblem: '商品与描述不一致',
      publicAction: '已主动联系您并提供了换货或退款方案，来回运费由我们承担。',
      publicImprove: '同时我们已重新核对商品描述，并加强了打包前的核对。',
      publicShort: '非常抱歉商品与描述不符，我们已为您提供换货或退款方案，并完善了商品描述。',
    },
    logistics: {
      ack: [
        '看到您反馈的{evidence}，非常抱歉，包裹在配送途中出了问题，让您久等和担心了。',
        '非常抱歉，{product}在配送途中出了问题，让您久等和担心了。',
      ],
      details: '包裹现在是否已经收到？外包装或商品有没有破损？',
      photo: '如有破损，方便的话请拍张照片给我们，我们好向快递公司索赔。',
      followUp: '包裹现在已经完好收到了吗？',
      finalOffer: '为您全额退款，同时免费补发一件{product}，快递索赔由我们处理',
      publicProblem: '物流配送的问题',
      publicAction: '已主动联系您，向快递公司发起索赔，并提供了补发或退款方案。',
      publicImprove: '同时我们正在评估物流合作方，尽量避免类似情况。',
      publicShort: '非常抱歉物流给您带来不便，我们已向快递公司索赔，并为您提供补发或退款。',
    },
    service: {
      ack: [
        '看到您反馈的{evidence}，真的非常抱歉，我们之前的服务没有做到耐心周到，让您受委屈了。',
        '真的非常抱歉，我们之前的服务没有做到耐心周到，让您受委屈了。',
      ],
      details: '能否告诉我之前哪一次沟通让您不满意？我想亲自了解清楚。',
      followUp: '现在的处理结果您还满意吗？',
      finalOffer: '退还部分货款表达我们的歉意，之后您的每一笔订单都由我本人负责跟进',
      publicProblem: '我们之前的服务',
      publicAction: '已向您诚恳致歉，并由专人负责跟进您的订单。',
      publicImprove: '同时我们已加强客服培训，先倾听、再解决。',
      publicShort: '非常抱歉之前的服务让您不满意，我们已安排专人跟进，并加强了客服培训。',
    },
    expectation: {
      ack: [
        '看到您反馈的{evidence}，非常抱歉，{product}没有达到您的期待。',
        '非常抱歉，{product}没有达到您的期待，给您带来了不好的体验。',
      ],
      details: '您是在什么情况下使用的、哪一步不太顺利？我们可以一起一步步来看。',
      followUp: '使用指导对您有帮助吗？{product}现在用得顺手吗？',
      finalOffer: '为您全额退款，商品无需退回；如果您想继续使用，我也可以一对一为您讲解',
      publicProblem: '商品没有达到您的预期',
      publicAction: '已主动联系您，提供了详细的使用指导和便捷退货方案。',
      publicImprove: '同时我们已在商品页补充了使用说明和适用范围。',
      publicShort: '非常抱歉商品没有达到您的预期，我们已提供使用指导和便捷退货方案。',
    },
    buyer_remorse: {
      ack: [
        '谢谢您告诉我们{evidence}，完全理解。{product}如果不适合您，我们很乐意帮您办理退货。',
        '谢谢您告诉我们，完全理解。{product}如果不适合您，我们很乐意帮您办理退货。',
      ],
      details: '您希望退货，还是换成其他款式？',
      followUp: '退货办理得还顺利吗？',
      finalOffer: '为您办理全额退款，退货运费由我们承担',
      publicProblem: '这次购物体验不够理想',
      publicAction: '已主动联系您，提供了便捷退货和全额退款的方案。',
      publicImprove: '我们会继续优化退换货流程，让购物更省心。',
      publicShort: '感谢您的反馈，我们已为您提供便捷退货和全额退款方案。',
    },
    cultural: {
      ack: [
        '看到您反馈的{evidence}，我们深感抱歉，{product}冒犯了您，这是我们考虑不周。',
        '我们深感抱歉，{product}冒犯了您，这是我们考虑不周。',
      ],
      details: '您希望退货退款，还是有其他我们可以为您做的？',
      followUp: '退货办理得还顺利吗？',
      finalOffer: '为您全额退款，商品无需寄回',
      publicProblem: '商品冒犯了您',
      publicAction: '已向您诚恳致歉，并提供了全额退款。',
      publicImprove: '同时我们已重新审视商品的设计和说明，尊重不同的文化和信仰。',
      publicShort: '我们深表歉意，已为您提供全额退款，并重新审视了商品设计。',
    },
    extortion: {
      ack: ['收到您关于{product}的消息。如果商品确实有问题，我们会按照正常售后政策为您处理。'],
      details: '商品具体出现了什么问题？',
      photo: '方便的话请提供照片，我们会按售后政策处理。',
      followUp: '您的订单现在一切正常吗？',
      finalOffer: '如商品确有问题，按售后政策为您换货或退款',
      publicProblem: '这笔订单',
      publicAction: '已主动联系您，并按正常售后政策提供了处理方案。',
      publicImprove: '我们的售后政策对每一位顾客都一视同仁。',
      publicShort: '非常抱歉给您带来不便，我们已按售后政策为您提供处理方案。',
    },
    general: {
      ack: [
        '看到您反馈的{evidence}，非常抱歉给您带来了不好的购物体验。',
        '非常抱歉给您带来了不好的购物体验。',
      ],
      details: '能否具体说说遇到了什么问题？',
      photo: '方便的话请拍张照片给我们。',
      followUp: '现在一切都还好吗？',
      finalOffer: '为您全额退款或免费换新，由您选择，原商品无需退回',
      publicProblem: '这次不愉快的购物体验',
      publicAction: '已主动联系您处理。',
      publicImprove: '我们会认真改进，避免类似情况再次发生。',
      publicShort: '非常抱歉给您带来不好的体验，我们已积极处理，欢迎随时联系我们。',
    },
    safety: CASE_TEXTS['zh-Hans'].safety,
  },
  stages: {
    thank_you: CASE_TEXTS['zh-Hans'].thankYou,
    public_thanks: CASE_TEXTS['zh-Hans'].publicThanks,
    first_contact: [
      {
        id: 'standard',
        paragraphs: [
          ['{greeting}'],
          [
            [
              '我是{shop}的客服{agent}，负责跟进您的订单。',
              '我是客服{agent}，负责跟进您的订单。',
              '我是{shop}的客服，负责跟进您的订单。',
              '我是店铺客服，负责跟进您的订单。',
            ],
            [
              '非常感谢您花时间告诉我们订单{order}（{productName}）的情况。',
              '非常感谢您花时间告诉我们订单{order}的情况。',
              '非常感谢您花时间告诉我们{product}的情况。',
            ],
            '{ack}',
          ],
          ['{ask}', '恳请您给我们一个弥补的机会，我们一定认真处理。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          ['{greeting}'],
          [
            '{ack}',
            [
              '我是{shop}的{agent}，这件事由我亲自为您跟进。',
              '我是{agent}，这件事由我亲自为您跟进。',
              '这件事由我亲自为您跟进。',
            ],
          ],
          ['{ask}', '谢谢您给我们弥补的机会。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'warm',
        paragraphs: [
          ['{greeting}'],
          ['谢谢您告诉我们这件事，也很抱歉让您遇到这样的情况。', '{ack}'],
          ['{ask}', '这件事我会一直跟到底，直到帮您处理好。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'short',
        paragraphs: [['{ack}', '我们该怎样为您弥补？']],
      },
      {
        id: 'tiny',
        paragraphs: [['非常抱歉给您带来不好的体验，我们该怎样为您弥补？']],
      },
    ],
    remedies: [
      {
        id: 'standard',
        paragraphs: [
          ['{greeting}'],
          ['感谢您的耐心等待。', '{ack}'],
          ['我们建议以下几种方案，您可以任选其一：\n{remedyList}'],
          ['如果您有其他想法，也欢迎直接告诉我，我们会尽力按您的意思来安排。', '您看这样可以吗？'],
          ['{signoff}'],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          ['{greeting}'],
          ['{ack}', '我们可以为您这样处理：\n{remedyList}'],
          ['您更倾向哪一种？您觉得这样是否可行？'],
          ['{signoff}'],
        ],
      },
      {
        id: 'warm',
        paragraphs: [
          ['{greeting}'],
          ['{ack}', '我们仔细商量了能为您做的，下面几种方案您看哪种最合适：\n{remedyList}'],
          ['您告诉我选哪一种，我当天就为您安排。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'short',
        paragraphs: [['我们可以为您：\n{remedyList}', '您看这样可以吗？']],
      },
      {
        id: 'tiny',
        paragraphs: [['我们可以为您退款或换货，您看这样可以吗？']],
      },
    ],
    follow_up: [
      {
        id: 'standard',
        paragraphs: [
          ['{greeting}'],
          ['想回访一下您的{product}。', '{followUp}'],
          [
            '如果还有任何不满意的地方，请随时告诉我，我会亲自为您处理。',
            '再次感谢您的耐心和理解！',
          ],
          ['{signoff}'],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          ['{greeting}'],
          [
            '{product}的问题处理好已经有一段时间了，想问问您这段时间的使用体验怎么样？',
            '还有什么需要我们帮忙的吗？',
          ],
          ['{signoff}'],
        ],
      },
      {
        id: 'warm',
        paragraphs: [
          ['{greeting}'],
          ['想跟您确认一下{product}现在的情况，希望一切都好。', '{followUp}'],
          ['如果还有不满意的地方，直接回复我就好，我来继续处理。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'short',
        paragraphs: [['回访一下您的{product}：', '{followUp}']],
      },
      {
        id: 'tiny',
        paragraphs: [['回访一下：商品现在使用一切正常吗？']],
      },
    ],
    review_update: [
      {
        id: 'standard',
        paragraphs: [
          ['{greeting}'],
          ['再次感谢您的耐心。现在{product}的问题已经解决，有一件小事想跟您说一下：'],
          ['{howTo}'],
          ['无论您怎样决定，我们都完全尊重，也感谢您帮助我们改进。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          ['{greeting}'],
          ['很高兴{product}的问题已经处理好了，也谢谢您这段时间的理解和配合。'],
          ['{howTo}'],
          ['这完全由您决定，您真实的感受对我们最重要。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'warm',
        paragraphs: [
          ['{greeting}'],
          ['谢谢您给我们弥补的机会。现在问题已经解决，我们也很开心，希望{product}之后一直好用。'],
          ['{howTo}'],
          ['无论您怎样选择，我们都尊重，也谢谢您的反馈。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'short',
        paragraphs: [['问题已经解决，{howTo}']],
      },
      {
        id: 'tiny',
        paragraphs: [['感谢您的耐心，很高兴问题已经解决。']],
      },
    ],
    final_outreach: [
      {
        id: 'standard',
        paragraphs: [
          ['{greeting}'],
          [
            [
              '我是{shop}的店长{agent}。',
              '我是店长{agent}。',
              '我是{shop}的店长。',
              '我是本店店长。',
            ],
            '之前的沟通没能解决您的问题，我想亲自给您写这封信，为{product}给您带来的不愉快经历诚挚地道歉。',
          ],
          ['我理解您的失望，也知道这件事耽误了您不少时间。', '{ack}'],
          ['作为店铺负责人，这是我能为您提供的最终解决方案：{finalOffer}。'],
          ['{respect}'],
          ['如果您同意，直接回复我即可，我会亲自跟进到底。'],
          ['{managerSignoff}'],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          ['{greeting}'],
          [
            [
              '我是{shop}的店长{agent}。',
              '我是店长{agent}。',
              '我是{shop}的店长。',
              '我是本店店长。',
            ],
            '我仔细看了您这次的全部经过，很抱歉到现在还没能把{product}的问题给您处理好。',
          ],
          ['让您为这件事花了这么多时间，是我们做得不够。', '{ack}'],
          ['为了让这件事有个圆满的结果，我亲自为您争取了这个方案：{finalOffer}。'],
          ['{respect}'],
          ['您方便的时候回复我就行，后面由我亲自跟进。'],
          ['{managerSignoff}'],
        ],
      },
      {
        id: 'warm',
        paragraphs: [
          ['{greeting}'],
          [
            [
              '这里是{shop}的店长{agent}。',
              '这里是店长{agent}。',
              '这里是{shop}的店长。',
              '这里是本店店长。',
            ],
            '{product}给您带来的麻烦，不是我们希望任何一位顾客经历的，我代表店铺向您郑重道歉。',
          ],
          ['{ack}'],
          ['我现在能为您做的是：{finalOffer}。'],
          ['{respect}'],
          ['如果您觉得可以，回复一句就好，我来安排。'],
          ['{managerSignoff}'],
        ],
      },
      {
        id: 'short',
        paragraphs: [
          [
            '我是店长，为{product}给您带来的不愉快诚挚道歉。',
            '最终方案：{finalOffer}。',
            '无论您如何决定，我们都会履行。',
          ],
        ],
      },
      {
        id: 'tiny',
        paragraphs: [['我是店长，诚挚向您道歉，我们一定会为您妥善解决。']],
      },
    ],
    public_reply: [
      {
        id: 'standard',
        paragraphs: [
          [
            '亲爱的顾客，非常感谢您的反馈，也为{publicProblem}给您带来的不便诚恳道歉。',
            '我们获悉后立即进行了核查，{publicAction}',
            '{publicImprove}',
            '如您还有任何需要，欢迎随时通过{channel}联系我们，也感谢每一位顾客的监督！',
          ],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          [
            '非常抱歉{publicProblem}给您带来了不好的体验。',
            '我们{publicAction}',
            '{publicImprove}',
            '感谢您帮助我们改进，有任何需要欢迎随时通过{channel}联系我们。',
          ],
        ],
      },
      {
        id: 'short',
        paragraphs: [['{publicShort}']],
      },
      {
        id: 'tiny',
        paragraphs: [['非常抱歉给您带来不便，我们已积极处理，欢迎随时联系我们。']],
      },
    ],
  },
};

// 繁體中文（台灣） -----------------------------------------------------------------------------------------------
const ZH_HANT: LocaleTemplates = {
  joiner: '',
  quote: ['「', '」'],
  and: '和',
  productFallback: '商品',
  productAgain: '商品',
  listItem: '{n}. {text}',
  greeting: ['{name}，您好！', '親愛的顧客，您好！'],
  signoff: ['{shop} 客服 {agent}', '客服 {agent}', '{shop} 客服團隊', '客服團隊'],
  managerSignoff: ['{shop} 店長 {agent}', '店長 {agent}', '{shop} 店長', '店長'],
  reviewNoun: { review: '評價', feedback: '評價' },
  channel: {
    amazon: '亞馬遜站內信',
    ebay: 'eBay 站內信',
    taobao: '旺旺',
  },
  howTo: {
    amazon: '順便告知：亞馬遜允許買家在「我的訂單」中編輯或刪除賣家回饋，是否這樣做完全由您決定。',
    ebay: '如果您覺得合適，歡迎根據實際解決情況更新一下評價。eBay 會向您傳送評價修改請求，按提示操作即可；也可以在「My eBay → Feedback」中找到這筆交易進行修改。',
    taobao:
      '如果您覺得合適，歡迎根據實際解決情況更新一下評價。開啟淘寶App，進入「我的淘寶 → 評價管理」，找到這筆訂單的評價，點選「修改評價」即可。中差評在評價後30天內可以修改一次。',
  },
  respect: {
    withReview:
      '無論您是否修改{review}，我們都會履行這個方案；我們也尊重您保留{review}的權利，感謝您的回饋幫助我們改進。',
    neutral: '無論您最終如何決定，我們都會履行這個方案，也感謝您的回饋幫助我們改進。',
  },
  remedies: {
    replacement: '為您免費更換一件全新的{product}，運費由我們承擔',
    full_refund: '為您辦理全額退款',
    partial_refund: '如果您願意保留商品，為您辦理部分退款',
    reship_part: '如有配件缺失或損壞，為您免費補發',
    extended_warranty: '為您的{product}延長保修期',
    carrier_claim: '由我們聯絡快遞公司查詢並處理索賠，您不用再操心',
    reship: '為您重新補發一件，運費由我們承擔',
    shipping_refund: '退還您支付的運費',
    exchange: '為您換成正確的商品，來回運費由我們承擔',
    free_return_refund: '免費退貨並全額退款，退貨運費由我們承擔',
    named_person: [
      '由我（{agent}）親自負責跟進您的訂單，有任何問題直接找我',
      '由我親自負責跟進您的訂單，有任何問題直接找我',
    ],
    goodwill_refund: '退還部分貨款，表達我們的歉意',
    coupon: '送您一張店鋪優惠券，下次購物可用，表達我們的歉意',
    usage_guide: '由我在這裡一步步為您講解使用方法',
    easy_return: '為您辦理便捷退貨，商品寄回後全額退款',
    fix_real_problem: '如商品確有問題，按售後政策為您換貨或退款',
  },
  causes: {
    quality: {
      ack: [
        '看到您回饋的{evidence}，我們真的非常抱歉，{product}出現這樣的品質問題，是我們沒有把好關。',
        '{product}出現了品質問題，我們真的非常抱歉，這是我們沒有把好關。',
      ],
      details: '問題是從什麼時候開始的、具體是什麼表現？',
      photo: '方便的話請拍張照片給我們。',
      followUp: '現在商品使用起來一切正常嗎？',
      finalOffer: '為您全額退款，同時免費寄一件全新的{product}給您，原商品無需退回',
      publicProblem: '商品的品質問題',
      publicAction: '已主動聯絡您並提供了換貨或全額退款的方案。',
      publicImprove: '同時我們已與供應商溝通，加強了出庫前的品檢。',
      publicShort: '非常抱歉商品出現品質問題，我們已為您提供換貨或退款方案，並加強了品檢。',
    },
    not_as_described: {
      ack: [
        '看到您回饋的{evidence}，非常抱歉，您收到的{product}與頁面描述不一致，給您添麻煩了。',
        '非常抱歉，您收到的{product}與頁面描述不一致，給您添麻煩了。',
      ],
      details: '您收到的商品具體是哪裡不一致（顏色、尺碼還是款式）？',
      photo: '方便的話請拍張照片給我們。',
      followUp: '您現在收到的商品是正確的嗎？',
      finalOffer: '為您全額退款，並免費寄送正確的商品，原商品無需寄回',
      publicProblem: '商品與描述不一致',
      publicAction: '已主動聯絡您並提供了換貨或退款方案，來回運費由我們承擔。',
      publicImprove: '同時我們已重新核對商品描述，並加強了打包前的核對。',
      publicShort: '非常抱歉商品與描述不符，我們已為您提供換貨或退款方案，並完善了商品描述。',
    },
    logistics: {
      ack: [
        '看到您回饋的{evidence}，非常抱歉，包裹在配送途中出了問題，讓您久等和擔心了。',
        '非常抱歉，{product}在配送途中出了問題，讓您久等和擔心了。',
      ],
      details: '包裹現在是否已經收到？外包裝或商品有沒有破損？',
      photo: '如有破損，方便的話請拍張照片給我們，我們好向快遞公司索賠。',
      followUp: '包裹現在已經完好收到了嗎？',
      finalOffer: '為您全額退款，同時免費補發一件{product}，快遞索賠由我們處理',
      publicProblem: '物流配送的問題',
      publicAction: '已主動聯絡您，向快遞公司發起索賠，並提供了補發或退款方案。',
      publicImprove: '同時我們正在評估物流合作方，儘量避免類似情況。',
      publicShort: '非常抱歉物流給您帶來不便，我們已向快遞公司索賠，並為您提供補發或退款。',
    },
    service: {
      ack: [
        '看到您回饋的{evidence}，真的非常抱歉，我們之前的服務沒有做到耐心周到，讓您受委屈了。',
        '真的非常抱歉，我們之前的服務沒有做到耐心周到，讓您受委屈了。',
      ],
      details: '能否告訴我之前哪一次溝通讓您不滿意？我想親自了解清楚。',
      followUp: '現在的處理結果您還滿意嗎？',
      finalOffer: '退還部分貨款表達我們的歉意，之後您的每一筆訂單都由我本人負責跟進',
      publicProblem: '我們之前的服務',
      publicAction: '已向您誠懇致歉，並由專人負責跟進您的訂單。',
      publicImprove: '同時我們已加強客服培訓，先傾聽、再解決。',
      publicShort: '非常抱歉之前的服務讓您不滿意，我們已安排專人跟進，並加強了客服培訓。',
    },
    expectation: {
      ack: [
        '看到您回饋的{evidence}，非常抱歉，{product}沒有達到您的期待。',
        '非常抱歉，{product}沒有達到您的期待，給您帶來了不好的體驗。',
      ],
      details: '您是在什麼情況下使用的、哪一步不太順利？我們可以一起一步步來看。',
      followUp: '使用指導對您有幫助嗎？{product}現在用得順手嗎？',
      finalOffer: '為您全額退款，商品無需退回；如果您想繼續使用，我也可以一對一為您講解',
      publicProblem: '商品沒有達到您的預期',
      publicAction: '已主動聯絡您，提供了詳細的使用指導和便捷退貨方案。',
      publicImprove: '同時我們已在商品頁補充了使用說明和適用範圍。',
      publicShort: '非常抱歉商品沒有達到您的預期，我們已提供使用指導和便捷退貨方案。',
    },
    buyer_remorse: {
      ack: [
        '謝謝您告訴我們{evidence}，完全理解。{product}如果不適合您，我們很樂意幫您辦理退貨。',
        '謝謝您告訴我們，完全理解。{product}如果不適合您，我們很樂意幫您辦理退貨。',
      ],
      details: '您希望退貨，還是換成其他款式？',
      followUp: '退貨辦理得還順利嗎？',
      finalOffer: '為您辦理全額退款，退貨運費由我們承擔',
      publicProblem: '這次購物體驗不夠理想',
      publicAction: '已主動聯絡您，提供了便捷退貨和全額退款的方案。',
      publicImprove: '我們會繼續改善退換貨流程，讓購物更省心。',
      publicShort: '感謝您的回饋，我們已為您提供便捷退貨和全額退款方案。',
    },
    cultural: {
      ack: [
        '看到您回饋的{evidence}，我們深感抱歉，{product}冒犯了您，這是我們考慮不周。',
        '我們深感抱歉，{product}冒犯了您，這是我們考慮不周。',
      ],
      details: '您希望退貨退款，還是有其他我們可以為您做的？',
      followUp: '退貨辦理得還順利嗎？',
      finalOffer: '為您全額退款，商品無需寄回',
      publicProblem: '商品冒犯了您',
      publicAction: '已向您誠懇致歉，並提供了全額退款。',
      publicImprove: '同時我們已重新審視商品的設計和說明，尊重不同的文化和信仰。',
      publicShort: '我們深表歉意，已為您提供全額退款，並重新審視了商品設計。',
    },
    extortion: {
      ack: ['收到您關於{product}的訊息。如果商品確實有問題，我們會按照正常售後政策為您處理。'],
      details: '商品具體出現了什麼問題？',
      photo: '方便的話請提供照片，我們會按售後政策處理。',
      followUp: '您的訂單現在一切正常嗎？',
      finalOffer: '如商品確有問題，按售後政策為您換貨或退款',
      publicProblem: '這筆訂單',
      publicAction: '已主動聯絡您，並按正常售後政策提供了處理方案。',
      publicImprove: '我們的售後政策對每一位顧客都一視同仁。',
      publicShort: '非常抱歉給您帶來不便，我們已按售後政策為您提供處理方案。',
    },
    general: {
      ack: [
        '看到您回饋的{evidence}，非常抱歉給您帶來了不好的購物體驗。',
        '非常抱歉給您帶來了不好的購物體驗。',
      ],
      details: '能否具體說說遇到了什麼問題？',
      photo: '方便的話請拍張照片給我們。',
      followUp: '現在一切都還好嗎？',
      finalOffer: '為您全額退款或免費換新，由您選擇，原商品無需退回',
      publicProblem: '這次不愉快的購物體驗',
      publicAction: '已主動聯絡您處理。',
      publicImprove: '我們會認真改進，避免類似情況再次發生。',
      publicShort: '非常抱歉給您帶來不好的體驗，我們已積極處理，歡迎隨時聯絡我們。',
    },
    safety: CASE_TEXTS['zh-Hant'].safety,
  },
  stages: {
    thank_you: CASE_TEXTS['zh-Hant'].thankYou,
    public_thanks: CASE_TEXTS['zh-Hant'].publicThanks,
    first_contact: [
      {
        id: 'standard',
        paragraphs: [
          ['{greeting}'],
          [
            [
              '我是{shop}的客服{agent}，負責跟進您的訂單。',
              '我是客服{agent}，負責跟進您的訂單。',
              '我是{shop}的客服，負責跟進您的訂單。',
              '我是店鋪客服，負責跟進您的訂單。',
            ],
            [
              '非常感謝您花時間告訴我們訂單{order}（{productName}）的情況。',
              '非常感謝您花時間告訴我們訂單{order}的情況。',
              '非常感謝您花時間告訴我們{product}的情況。',
            ],
            '{ack}',
          ],
          ['{ask}', '懇請您給我們一個彌補的機會，我們一定認真處理。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          ['{greeting}'],
          [
            '{ack}',
            [
              '我是{shop}的{agent}，這件事由我親自為您跟進。',
              '我是{agent}，這件事由我親自為您跟進。',
              '這件事由我親自為您跟進。',
            ],
          ],
          ['{ask}', '謝謝您給我們彌補的機會。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'warm',
        paragraphs: [
          ['{greeting}'],
          ['謝謝您告訴我們這件事，也很抱歉讓您遇到這樣的情況。', '{ack}'],
          ['{ask}', '這件事我會一直跟到底，直到幫您處理好。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'short',
        paragraphs: [['{ack}', '我們該怎樣為您彌補？']],
      },
      {
        id: 'tiny',
        paragraphs: [['非常抱歉給您帶來不好的體驗，我們該怎樣為您彌補？']],
      },
    ],
    remedies: [
      {
        id: 'standard',
        paragraphs: [
          ['{greeting}'],
          ['感謝您的耐心等待。', '{ack}'],
          ['我們建議以下幾種方案，您可以任選其一：\n{remedyList}'],
          [
            '如果您有其他想法，也歡迎直接告訴我，我們會盡力按您的意思來安排。',
            '您覺得這樣是否可行？',
          ],
          ['{signoff}'],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          ['{greeting}'],
          ['{ack}', '我們可以為您這樣處理：\n{remedyList}'],
          ['您更傾向哪一種？您看這樣可以嗎？'],
          ['{signoff}'],
        ],
      },
      {
        id: 'warm',
        paragraphs: [
          ['{greeting}'],
          ['{ack}', '我們仔細討論了能為您做的，下面幾種方案您看哪種最合適：\n{remedyList}'],
          ['您告訴我選哪一種，我當天就為您安排。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'short',
        paragraphs: [['我們可以為您：\n{remedyList}', '您看這樣可以嗎？']],
      },
      {
        id: 'tiny',
        paragraphs: [['我們可以為您退款或換貨，您看這樣可以嗎？']],
      },
    ],
    follow_up: [
      {
        id: 'standard',
        paragraphs: [
          ['{greeting}'],
          ['想回訪一下您的{product}。', '{followUp}'],
          [
            '如果還有任何不滿意的地方，請隨時告訴我，我會親自為您處理。',
            '再次感謝您的耐心和理解！',
          ],
          ['{signoff}'],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          ['{greeting}'],
          [
            '{product}的問題處理好已經有一段時間了，想問問您這段時間的使用體驗怎麼樣？',
            '還有什麼需要我們幫忙的嗎？',
          ],
          ['{signoff}'],
        ],
      },
      {
        id: 'warm',
        paragraphs: [
          ['{greeting}'],
          ['想跟您確認一下{product}現在的情況，希望一切都好。', '{followUp}'],
          ['如果還有不滿意的地方，直接回覆我就好，我來繼續處理。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'short',
        paragraphs: [['回訪一下您的{product}：', '{followUp}']],
      },
      {
        id: 'tiny',
        paragraphs: [['回訪一下：商品現在使用一切正常嗎？']],
      },
    ],
    review_update: [
      {
        id: 'standard',
        paragraphs: [
          ['{greeting}'],
          ['再次感謝您的耐心。現在{product}的問題已經解決，有一件小事想跟您說一下：'],
          ['{howTo}'],
          ['無論您怎樣決定，我們都完全尊重，也感謝您幫助我們改進。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          ['{greeting}'],
          ['很高興{product}的問題已經處理好了，也謝謝您這段時間的理解和配合。'],
          ['{howTo}'],
          ['這完全由您決定，您真實的感受對我們最重要。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'warm',
        paragraphs: [
          ['{greeting}'],
          ['謝謝您給我們彌補的機會。現在問題已經解決，我們也很開心，希望{product}之後一直好用。'],
          ['{howTo}'],
          ['無論您怎樣選擇，我們都尊重，也謝謝您的回饋。'],
          ['{signoff}'],
        ],
      },
      {
        id: 'short',
        paragraphs: [['問題已經解決，{howTo}']],
      },
      {
        id: 'tiny',
        paragraphs: [['感謝您的耐心，很高興問題已經解決。']],
      },
    ],
    final_outreach: [
      {
        id: 'standard',
        paragraphs: [
          ['{greeting}'],
          [
            [
              '我是{shop}的店長{agent}。',
              '我是店長{agent}。',
              '我是{shop}的店長。',
              '我是本店店長。',
            ],
            '之前的溝通沒能解決您的問題，我想親自給您寫這封信，為{product}給您帶來的不愉快經歷誠摯地道歉。',
          ],
          ['我理解您的失望，也知道這件事耽誤了您不少時間。', '{ack}'],
          ['作為店鋪負責人，這是我能為您提供的最終解決方案：{finalOffer}。'],
          ['{respect}'],
          ['如果您同意，直接回覆我即可，我會親自跟進到底。'],
          ['{managerSignoff}'],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          ['{greeting}'],
          [
            [
              '我是{shop}的店長{agent}。',
              '我是店長{agent}。',
              '我是{shop}的店長。',
              '我是本店店長。',
            ],
            '我仔細看了您這次的全部經過，很抱歉到現在還沒能把{product}的問題給您處理好。',
          ],
          ['讓您為這件事花了這麼多時間，是我們做得不夠。', '{ack}'],
          ['為了讓這件事有個圓滿的結果，我親自為您爭取了這個方案：{finalOffer}。'],
          ['{respect}'],
          ['您方便的時候回覆我就行，之後由我親自處理。'],
          ['{managerSignoff}'],
        ],
      },
      {
        id: 'warm',
        paragraphs: [
          ['{greeting}'],
          [
            [
              '這裡是{shop}的店長{agent}。',
              '這裡是店長{agent}。',
              '這裡是{shop}的店長。',
              '這裡是本店店長。',
            ],
            '{product}給您帶來的麻煩，不是我們希望任何一位顧客經歷的，我代表本店向您鄭重道歉。',
          ],
          ['{ack}'],
          ['我現在能為您做的是：{finalOffer}。'],
          ['{respect}'],
          ['如果您覺得可以，回覆一句就好，我來安排。'],
          ['{managerSignoff}'],
        ],
      },
      {
        id: 'short',
        paragraphs: [
          [
            '我是店長，為{product}給您帶來的不愉快誠摯道歉。',
            '最終方案：{finalOffer}。',
            '無論您如何決定，我們都會履行。',
          ],
        ],
      },
      {
        id: 'tiny',
        paragraphs: [['我是店長，誠摯向您道歉，我們一定會為您妥善解決。']],
      },
    ],
    public_reply: [
      {
        id: 'standard',
        paragraphs: [
          [
            '親愛的顧客，非常感謝您的回饋，也為{publicProblem}給您帶來的不便誠懇道歉。',
            '我們獲悉後立即進行了核查，{publicAction}',
            '{publicImprove}',
            '如您還有任何需要，歡迎隨時透過{channel}聯絡我們，也感謝每一位顧客的監督！',
          ],
        ],
      },
      {
        id: 'alternative',
        paragraphs: [
          [
            '非常抱歉{publicProblem}給您帶來了不好的體驗。',
            '我們{publicAction}',
            '{publicImprove}',
            '感謝您幫助我們改進，有任何需要歡迎隨時透過{channel}聯絡我們。',
          ],
        ],
      },
      {
        id: 'short',
        paragraphs: [['{publicShort}']],
      },
      {
        id: 'tiny',
        paragraphs: [['非常抱歉給您帶來不便，我們已積極處理，歡迎隨時聯絡我們。']],
      },
    ],
  },
};

export const TEMPLATES: Record<DraftLocale, LocaleTemplates> = {
  'zh-Hans': ZH_HANS,
  'zh-Hant': ZH_HANT,
  en: EN,
};
