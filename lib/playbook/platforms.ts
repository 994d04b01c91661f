// What each marketplace allows, per item kind, as data (PLAYBOOK: "Rules change: keep them as data").
// The checklist and the drafts both read this table, so they never disagree about what is offered.
import type { ItemKind, SiteId } from '../messages';
import type { Availability, Bilingual } from './types';

export interface StagePolicy {
  availability: Availability;
  reason?: Bilingual;
}

export interface KindPolicy {
  /** Asking the buyer to update the review/feedback (stage 5). */
  reviewUpdate: StagePolicy & {
    /** Days after the item date during which the buyer can still modify it (Taobao: 30). */
    windowDays?: number;
  };
  /** A public reply under the review/feedback (stage 7). */
  publicReply: StagePolicy & {
    /** The platform's own character limit for the public reply. */
    maxLength?: number;
  };
  /** Extra platform notes for the first contact (stage 2). */
  firstContact?: Bilingual;
  /** Extra platform notes for the remedies (stage 3). */
  remedies?: Bilingual;
  /** Where an appeal goes on this platform. */
  appeal?: Bilingual;
}

const NO_REVIEW_IN_THREAD: StagePolicy = {
  availability: 'not_applicable',
  reason: {
    en: 'A message thread has no review to update; do not bring up reviews while you resolve the issue.',
    zh: '消息会话中没有需要修改的评价；处理问题时不要提评价。',
  },
};

const NO_PUBLIC_IN_THREAD: StagePolicy = {
  availability: 'not_applicable',
  reason: {
    en: 'Buyer messages are private: there is nothing to reply to publicly.',
    zh: '买家消息是私信，没有公开回复的位置。',
  },
};

const AMAZON_MESSAGING: Bilingual = {
  en: 'Amazon Buyer-Seller Messaging: no emoji, links, e-mail addresses, phone numbers, marketing or coupons. Buyer messages must be answered within 24 hours, weekends included.',
  zh: '亚马逊买家-卖家消息：不得包含表情符号、链接、邮箱、电话、营销或优惠券。买家消息须在24小时内回复（含周末）。',
};

const AMAZON_REMEDIES: Bilingual = {
  en: 'On Amazon offer refunds, replacements, reshipment or an extended warranty; coupons count as marketing and cannot be sent in messages.',
  zh: '亚马逊上可提供退款、换货、补发或延长保修；优惠券属于营销内容，不能在站内信中发送。',
};

const EBAY_APPEAL: Bilingual = {
  en: 'eBay: report feedback extortion or request feedback removal with the messages as evidence.',
  zh: 'eBay：以消息记录为证据举报评价勒索（feedback extortion）或申请移除评价。',
};

const EBAY_MESSAGES: Bilingual = {
  en: 'Use eBay messages; no off-eBay contact details.',
  zh: '使用 eBay 站内信联系，不得留站外联系方式。',
};

const EBAY_REVISION: StagePolicy = {
  availability: 'optional',
  reason: {
    en: 'eBay: send a feedback revision request only after the issue is closed, once, with nothing offered in return.',
    zh: 'eBay：仅在问题解决并结束后，通过评价修改请求礼貌请求一次，不附带任何交换条件。',
  },
};

const EBAY_REPLY: KindPolicy['publicReply'] = {
  availability: 'optional',
  maxLength: 80,
  reason: {
    en: 'eBay replies to feedback are limited to 80 characters.',
    zh: 'eBay 评价回复最多80个字符。',
  },
};

/** Taobao/Tmall 评价回复 / 追评回复: 500 characters (sites/taobao.md). The reply box's own limit wins when smaller. */
export const TAOBAO_REPLY_MAX = 500;

const TAOBAO_REVIEWS: KindPolicy = {
  reviewUpdate: {
    availability: 'optional',
    windowDays: 30,
    reason: {
      en: 'Taobao/Tmall: the buyer can modify a neutral or negative review once, within 30 days. Never offer cash back or red packets for it.',
      zh: '淘宝/天猫：买家可在30天内对中差评修改一次。不得以返现、红包等换取修改。',
    },
  },
  publicReply: {
    availability: 'optional',
    maxLength: TAOBAO_REPLY_MAX,
    reason: {
      en: 'Taobao 评价解释: written for future buyers; no buyer personal data.',
      zh: '评价解释写给后来的顾客看；不得泄露买家个人信息。',
    },
  },
  firstContact: {
    en: 'Use Wangwang (旺旺) or a phone call; never pull the buyer off-platform (WeChat, QQ).',
    zh: '通过旺旺或电话联系；不得引导买家加微信、QQ等站外联系。',
  },
  remedies: {
    en: 'Taobao/Tmall: 好评返现 / red packets for reviews are banned (网络反不正当竞争暂行规定 §9).',
    zh: '淘宝/天猫：禁止好评返现、以红包换评价（《网络反不正当竞争暂行规定》第九条）。',
  },
  appeal: {
    en: 'Taobao: appeal (评价申诉) only for misjudged or malicious reviews, with chat screenshots and logistics proof.',
    zh: '淘宝：仅对误判或恶意评价进行评价申诉，提供聊天记录截图、物流凭证等证据。',
  },
};

export const PLATFORM_POLICY: Record<SiteId, Record<ItemKind, KindPolicy>> = {
  amazon: {
    reviews: {
      reviewUpdate: {
        availability: 'not_allowed',
        reason: {
          en: 'Amazon forbids asking to change or remove a product review, even after resolution.',
          zh: '亚马逊禁止要求买家修改或删除商品评论，即使问题已解决也不行。',
        },
      },
      publicReply: {
        availability: 'not_applicable',
        reason: {
          en: 'Amazon has no public comments on product reviews.',
          zh: '亚马逊商品评论下没有公开回复功能。',
        },
      },
      firstContact: {
        en: 'Contact the buyer through the order (Buyer-Seller Messaging or "Contact customer"), about the problem only: never mention the review.',
        zh: '通过订单联系买家（买家-卖家消息或"联系客户"），只谈问题本身，绝不提评论。',
      },
      remedies: AMAZON_REMEDIES,
      appeal: {
        en: 'Amazon: "Report abuse" on the review, only for false, defamatory, off-topic (another seller or product) or abusive content, with order details, messages and photos.',
        zh: '亚马逊：仅当评论含虚假信息、诽谤、与商品无关（如其他卖家的问题）或辱骂时"举报滥用"，附订单详情、沟通记录和商品图片。',
      },
    },
    feedback: {
      reviewUpdate: {
        availability: 'optional',
        reason: {
          en: 'Seller feedback: a neutral notice only, once resolved, that the buyer may update it; never ask for a positive rating.',
          zh: '卖家反馈：问题解决后，仅可中性告知买家可以更新反馈；不得索要好评。',
        },
      },
      publicReply: {
        availability: 'optional',
        reason: {
          en: 'An Amazon seller-feedback response cannot be edited later, only deleted: write it once, carefully.',
          zh: '亚马逊卖家反馈的公开回复发布后不能编辑，只能删除：务必一次写好。',
        },
      },
      firstContact: AMAZON_MESSAGING,
      remedies: AMAZON_REMEDIES,
      appeal: {
        en: 'Amazon: request feedback removal when it is a product review, obscene, contains personal data, or concerns an FBA delivery.',
        zh: '亚马逊：若反馈实为商品评论、含有污言秽语或个人信息、或涉及亚马逊配送（FBA），可申请移除。',
      },
    },
    messages: {
      reviewUpdate: NO_REVIEW_IN_THREAD,
      publicReply: NO_PUBLIC_IN_THREAD,
      firstContact: AMAZON_MESSAGING,
      remedies: AMAZON_REMEDIES,
    },
  },
  ebay: {
    reviews: {
      reviewUpdate: EBAY_REVISION,
      publicReply: EBAY_REPLY,
      appeal: EBAY_APPEAL,
    },
    feedback: {
      reviewUpdate: EBAY_REVISION,
      publicReply: EBAY_REPLY,
      firstContact: EBAY_MESSAGES,
      appeal: EBAY_APPEAL,
    },
    messages: {
      reviewUpdate: NO_REVIEW_IN_THREAD,
      publicReply: NO_PUBLIC_IN_THREAD,
      firstContact: EBAY_MESSAGES,
      appeal: EBAY_APPEAL,
    },
  },
  taobao: {
    // Taobao/Tmall has one 评价 system: a review of the item is also the feedback on the shop.
    reviews: TAOBAO_REVIEWS,
    feedback: TAOBAO_REVIEWS,
    messages: {
      reviewUpdate: NO_REVIEW_IN_THREAD,
      publicReply: NO_PUBLIC_IN_THREAD,
      firstContact: {
        en: 'Reply in Wangwang (旺旺); never pull the buyer off-platform (WeChat, QQ).',
        zh: '在旺旺内回复；不得引导买家加微信、QQ等站外联系。',
      },
    },
  },
};

export function policyFor(platform: SiteId, kind: ItemKind): KindPolicy {
  return PLATFORM_POLICY[platform][kind];
}
