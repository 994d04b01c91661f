// The nine stages of a case (PLAYBOOK.md "Stages of a case") as data. The to-dos come from the
// seed articles: 000 (终极沟通, public reply, 复盘), 001 (24h golden window, consultative tone,
// revision how-to), 002 (causes incl. culture and fraud, follow-up, 对症下药), 003 (Amazon: introduce
// yourself, remedies list, carrier claims, evidence-based appeals), 004 (Taobao: batch QC, CS training,
// appeal only for 误判/恶意).
import type { Cause } from '../analysis/types';
import type { Bilingual, StageDef, StageId } from './types';
import { STAGE_TITLES } from './titles';

export { STAGE_IDS } from './types';
export type { StageId } from './types';

export const STAGES: readonly StageDef[] = [
  {
    // Only on a safety case (flag `safety`), and then before everything else (PLAYBOOK: "Safety comes first").
    id: 'safety',
    title: STAGE_TITLES.safety,
    goal: {
      en: 'Someone may be hurt: the shop manager takes over before anything else, and the buyer gets help at once, unconditionally.',
      zh: '可能有人受伤：先由店长接手，并立即、无条件地帮助买家。',
    },
    channel: 'internal',
    checks: [
      {
        en: 'Escalate to the shop manager now, before any other step.',
        zh: '立即上报店长，先于其他任何步骤。',
      },
      {
        en: 'Apologise and ask how the person is; never argue, doubt or blame.',
        zh: '道歉并询问对方身体状况；绝不争辩、怀疑或指责。',
      },
      {
        en: 'Never ask for a photo of an injury.',
        zh: '绝不要求买家提供受伤部位的照片。',
      },
      {
        en: 'Offer the refund or replacement at once, with no condition of any kind.',
        zh: '立即提供退款或换货，不附带任何条件。',
      },
      {
        en: 'Keep all evidence (messages, order, the item if returned) and stop selling the batch until it is checked.',
        zh: '保留全部证据（聊天记录、订单、退回的商品），该批次在检查前暂停销售。',
      },
      {
        en: 'Record the product-safety report the marketplace asks for.',
        zh: '按平台要求提交商品安全报告。',
      },
      {
        en: 'No review-update request and no appeal on this case.',
        zh: '此类情况不请求修改评价，也不申诉。',
      },
    ],
  },
  {
    // Only for positive and neutral items: a good word deserves an answer, not a complaint process.
    id: 'thank',
    title: STAGE_TITLES.thank,
    goal: {
      en: 'Answer a kind word with a short, personal thank-you, in public where the platform allows it.',
      zh: '对买家的好评或肯定，回复一句简短、真诚的感谢，平台允许时公开回复。',
    },
    channel: 'public',
    checks: [
      {
        en: 'Thank the buyer for the specific thing they liked; keep it short and personal.',
        zh: '针对买家具体喜欢的地方表示感谢，简短、真诚、不套模板。',
      },
      {
        en: 'No apology script and no de-escalation unless the buyer also raises a problem.',
        zh: '除非买家同时提到问题，否则不走道歉和化解流程。',
      },
      {
        en: 'Never ask for another review, a higher rating or anything in return.',
        zh: '不要索要追评、更高评分或任何回报。',
      },
    ],
  },
  {
    id: 'analyse',
    title: STAGE_TITLES.analyse,
    goal: {
      en: 'Find out what the buyer is really upset about and whose responsibility it is, before replying.',
      zh: '回复之前，先弄清买家真正不满的原因以及责任归属。',
    },
    channel: 'internal',
    checks: [
      {
        en: 'Calm down first: do not reply in anger, do not argue, do not start by asking for the review to go.',
        zh: '先冷静下来：不带情绪回复、不争辩，也不要一上来就要求删差评。',
      },
      {
        en: 'Read the whole review and name the cause(s): quality, not as described, logistics, service, expectation gap, buyer’s own reasons, cultural difference, fraud or extortion.',
        zh: '完整阅读评价，找出原因：质量、描述不符、物流、服务态度、预期落差、买家自身原因、文化差异、诈骗或敲诈。',
      },
      {
        en: 'Check the order record, the tracking and the chat history.',
        zh: '结合订单记录、物流轨迹和沟通历史进行核对。',
      },
      {
        en: 'Decide whether the complaint is true and whose responsibility it is (product, carrier, us, or the buyer).',
        zh: '判断差评是否属实，责任归属在哪一方（产品、物流、我方还是买家）。',
      },
      {
        en: 'Judge what this buyer wants: some care most about an apology, others about real compensation.',
        zh: '评估买家的类型和诉求：有些更看重道歉态度，有些更关注实际补偿，因人而异。',
      },
      {
        en: 'Aim to solve the buyer’s problem, not to get the review deleted: buyers sense the difference.',
        zh: '沟通目的是解决买家的问题，而不是"删除差评"，买家能感觉到这种功利心。',
      },
      {
        en: 'If earlier contact failed, ask why: template replies, arguing, early review requests, bad timing, or no real solution.',
        zh: '如果之前多次沟通无果，反思原因：模板化回复、争辩、过早要求改评、时机不当，或没有提出实质解决方案。',
      },
    ],
  },
  {
    id: 'first_contact',
    title: STAGE_TITLES.first_contact,
    goal: {
      en: 'Reach the buyer while they are still open to talk: apologise, show you take it seriously, ask for details.',
      zh: '趁买家情绪仍可沟通时联系：道歉、表明重视、了解详情。',
    },
    channel: 'private',
    draftStage: 'first_contact',
    checks: [
      {
        en: 'Contact the buyer within 24 hours, in the platform’s own message channel.',
        zh: '在24小时内通过平台站内信/聊天工具联系买家。',
      },
      {
        en: 'Introduce yourself and your role, and thank the buyer for taking the time to give feedback.',
        zh: '简单介绍自己的身份和职位，并感谢买家花时间留下评价。',
      },
      {
        en: 'Apologise sincerely for the experience, with no excuses and no "sorry, but".',
        zh: '为不好的购物体验诚恳道歉，不辩解，不说"抱歉，但是……"。',
      },
      {
        en: 'Make it personal, not a template: the buyer’s name, the product, the specific problem.',
        zh: '避免模板化：写出买家称呼、商品和具体问题。',
      },
      {
        en: 'Ask for details (how and when the problem shows, photos) so you can find the right solution.',
        zh: '询问更多细节（使用环境、问题的具体表现、照片），以便找到合适的解决方案。',
      },
      {
        en: 'Ask for the chance to make it right. Do not ask for a review change in this first contact.',
        zh: '请求给予解释和补救的机会。首次联系不要提修改评价。',
      },
    ],
  },
  {
    id: 'remedies',
    title: STAGE_TITLES.remedies,
    goal: {
      en: 'Offer a choice of remedies matched to the cause, exceeding expectations where reasonable.',
      zh: '对症下药，提供多个可选方案，在合理范围内超出买家预期。',
    },
    channel: 'private',
    draftStage: 'remedies',
    checks: [
      {
        en: 'Match the remedy to the cause: product problem → refund, replacement or reship the missing part; transit problem → carrier claim handled by us, reship; wrong item → exchange with free return shipping.',
        zh: '对症下药：产品问题→退款、换货或补发缺失配件；物流问题→由我们向物流公司查询索赔、补发；发错货→换货并承担来回运费。',
      },
      {
        en: 'Offer two or three options to choose from (full or partial refund, replacement, reship, free return shipping, coupon, extended warranty, usage guidance).',
        zh: '提供多种选择（全额或部分退款、换货、补发、承担退货运费、优惠券、延长保修、使用指导），比单一方案更有效。',
      },
      {
        en: 'Exceed expectations where reasonable, e.g. cover the return shipping.',
        zh: '方案要体现诚意、超出预期，例如承担退货运费。',
      },
      {
        en: 'Use a consultative tone: "we suggest…", "would this work for you?".',
        zh: '用商量的语气："我们建议……"、"您觉得这样是否可行？"',
      },
      {
        en: 'If the buyer has a solution in mind, let them say it and build the final solution on it; never force one.',
        zh: '如果客户已有想法，让客户说出来，据此给出最终方案；客户不接受时不要强加，继续沟通寻找双赢。',
      },
      {
        en: 'Be precise and take responsibility for product problems: reship when a reship is due, no vague promises.',
        zh: '产品出了问题就主动承担责任，给出准确的补救方法，该补发就补发，不要含糊不清。',
      },
      {
        en: 'A remedy is never conditional on the review, and nothing is offered in exchange for a review.',
        zh: '补救方案绝不以修改评价为条件，也不以任何利益换取评价。',
      },
    ],
  },
  {
    id: 'follow_up',
    title: STAGE_TITLES.follow_up,
    goal: {
      en: 'Carry out the agreed remedy, confirm it worked, and check in later on the experience.',
      zh: '落实约定的方案，确认问题已解决，并在之后回访使用体验。',
    },
    channel: 'private',
    draftStage: 'follow_up',
    checks: [
      {
        en: 'Carry out the remedy promptly and tell the buyer (refund issued, tracking of the reshipment).',
        zh: '尽快落实方案并告知买家（退款已处理、补发的物流单号）。',
      },
      {
        en: 'Confirm the problem is completely solved.',
        zh: '询问客户问题是否已完全解决。',
      },
      {
        en: 'Check in later on how the product is working for them.',
        zh: '之后继续跟进，询问后续使用体验。',
      },
      {
        en: 'Be patient: no repeated messages in a short time (that is harassment).',
        zh: '保持耐心：不要短时间内反复发消息（等同骚扰）。',
      },
    ],
  },
  {
    id: 'review_update',
    title: STAGE_TITLES.review_update,
    goal: {
      en: 'Once resolved, and only where the platform allows it, politely ask once whether the buyer would update the review to reflect the resolution.',
      zh: '问题圆满解决后、且平台允许时，礼貌地请买家考虑根据实际解决情况更新评价，只请求一次。',
    },
    channel: 'private',
    draftStage: 'review_update',
    checks: [
      {
        en: 'Only after the issue is resolved, and only once.',
        zh: '只在问题圆满解决之后，且只请求一次。',
      },
      {
        en: 'Ask them to update it according to how things were resolved, never to "give a good review".',
        zh: '不能直接要求改好评，而是请对方根据实际解决情况更新评价内容。',
      },
      {
        en: 'Include a step-by-step how-to guide for buyers unfamiliar with the process.',
        zh: '提供详细的操作指引，帮助不熟悉流程的买家完成评价修改。',
      },
      {
        en: 'Respect a refusal and do not pester.',
        zh: '如果买家不愿意修改，尊重其决定，避免过度纠缠。',
      },
      {
        en: 'Offer nothing in return: no refund, gift, coupon or cash back for the update.',
        zh: '不附带任何好处：不以退款、礼品、优惠券或返现换取修改。',
      },
    ],
  },
  {
    id: 'final_outreach',
    title: STAGE_TITLES.final_outreach,
    goal: {
      en: 'When repeated contact failed: one last, sincere attempt from a more senior person, with a final solution honoured whatever the buyer decides.',
      zh: '多次沟通无果时：由更高负责人做最后一次诚恳的沟通，给出无论买家如何决定都会履行的最终方案。',
    },
    channel: 'private',
    draftStage: 'final_outreach',
    checks: [
      {
        en: 'Change the channel and the person: the shop manager or owner writes one long, sincere message (or calls, if the platform allows).',
        zh: '更换沟通渠道与主体：由店长或更高负责人以一封长消息（或平台允许时打电话）介入，身份的改变本身就传递了重视。',
      },
      {
        en: 'Open with a sincere apology for the bad experience, without excuses.',
        zh: '开篇为不好的购物体验诚挚道歉，不辩解。',
      },
      {
        en: 'Say briefly that you understand their disappointment and the time it cost them.',
        zh: '简短表达你理解对方的失望与时间成本。',
      },
      {
        en: 'Set out a concrete final solution beyond the usual compensation, as the final solution you as manager can offer.',
        zh: '具体陈述你准备采取的解决方案（超出常规补偿），并说明这是你作为负责人能提供的最终解决方案。',
      },
      {
        en: 'State that you will honour it whether or not the review changes, respect their right to keep the review, and thank them for the feedback.',
        zh: '明确表示无论买家是否修改评价都会履行该方案，尊重买家保留评价的权利，并感谢其反馈帮助你们改进。',
      },
      {
        en: 'Accept that not every bad review can be removed: the aim becomes limiting its impact and showing professionalism.',
        zh: '接受并非所有差评都能消除：目标调整为最大限度降低负面影响，展示专业的处理态度。',
      },
    ],
  },
  {
    id: 'public_reply',
    title: STAGE_TITLES.public_reply,
    goal: {
      en: 'Write for future buyers: apology, facts without argument, actions taken, improvements, an open door.',
      zh: '写给成千上万潜在顾客看：诚恳道歉、陈述事实不争论、展示已采取的行动、表达改进决心、保持开放姿态。',
    },
    channel: 'public',
    draftStage: 'public_reply',
    checks: [
      {
        en: 'Apologise sincerely for the experience first.',
        zh: '首先为给买家带来的不佳体验诚恳道歉。',
      },
      {
        en: 'State the facts calmly, without arguing ("as soon as we heard about it, we checked…").',
        zh: '以客观冷静的语气陈述事实，避免争论（"关于您提到的问题，我们获悉后立即进行了核查……"）。',
      },
      {
        en: 'Show the actions taken (refund, reshipment, process changes) and the improvements made.',
        zh: '展示已采取的行动（退款、补寄、流程整改）和改进措施。',
      },
      {
        en: 'Keep the door open and thank all customers for their feedback.',
        zh: '邀请买家继续联系解决问题，并感谢所有顾客的监督。',
      },
      {
        en: 'No buyer personal data (phone, address, order details) in public.',
        zh: '公开回复中不得出现买家个人信息（电话、地址、订单详情）。',
      },
    ],
  },
  {
    id: 'appeal',
    title: STAGE_TITLES.appeal,
    goal: {
      en: 'Appeal only abusive, false, off-topic, extortion or competitor reviews, with evidence.',
      zh: '仅对辱骂、虚假、与商品无关、敲诈或同行恶意的评价申诉，并提供证据。',
    },
    channel: 'internal',
    checks: [
      {
        en: 'Appeal only when the review is false, defamatory, abusive, off-topic (e.g. about another seller’s product), extortion or a competitor attack; never a merely negative one.',
        zh: '只在评价存在虚假信息、诽谤、辱骂、与商品无关（如把其他卖家的问题归咎于你）、敲诈或同行恶意攻击时申诉；单纯的差评不申诉。',
      },
      {
        en: 'Collect the evidence: chat screenshots, tracking and logistics proof, order details, product photos.',
        zh: '收集证据：聊天记录截图、物流凭证、订单详情、商品图片。',
      },
      {
        en: 'With a fraudulent buyer: solve the problem first, then report them to the platform with the chat evidence and block them.',
        zh: '遇到诈骗买家：先解决问题，之后向平台举报、拉黑，并提供聊天证据。',
      },
      {
        en: 'State the reasons calmly and precisely, cooperate with the platform’s review, and do not abuse appeals.',
        zh: '冷静、准确地陈述申诉理由，配合平台调查，避免滥用申诉权利。',
      },
    ],
  },
  {
    id: 'close',
    title: STAGE_TITLES.close,
    goal: {
      en: 'Record the outcome and the confirmed cause, and fix the root cause inside the shop.',
      zh: '记录结果和确认的原因，并从根源上改进。',
    },
    channel: 'internal',
    checks: [
      {
        en: 'Record the outcome: revised, removed, kept or appealed.',
        zh: '记录结果：已修改、已删除、保留或已申诉。',
      },
      {
        en: 'Record the confirmed cause.',
        zh: '记录确认的差评原因。',
      },
      {
        en: 'Fix it internally: product QC and supplier, logistics partner, listing text (scope, limits, no exaggeration), CS training.',
        zh: '内部整改：产品质检与供应商、物流合作方、详情页描述（适用范围、限制条件、不夸大）、客服培训。',
      },
      {
        en: 'Run a team post-mortem and add the case to the training material and the reply templates.',
        zh: '组织团队复盘，将典型案例纳入培训教材和回复模板。',
      },
    ],
  },
];

/** Extra to-dos per cause, appended to a stage's checks (对症下药). */
export const CAUSE_CHECKS: Record<Cause, Partial<Record<StageId, Bilingual[]>>> = {
  quality: {
    analyse: [
      {
        en: 'Check stock of the same batch for a batch-wide quality problem.',
        zh: '立即检查库存，确认是否存在批次性质量问题。',
      },
    ],
    close: [
      {
        en: 'Talk to the supplier about quality control; add inbound and outbound inspection.',
        zh: '与供应商沟通加强质量管控，同时加强入库和出库质检。',
      },
    ],
  },
  not_as_described: {
    analyse: [
      {
        en: 'Compare the item with the listing photos and text: wrong item, size, colour?',
        zh: '对照详情页图片和描述：是否发错货、尺码或颜色不符？',
      },
    ],
    close: [
      {
        en: 'Correct the listing: true, detailed, no exaggeration; check picking and packing.',
        zh: '修正商品描述：真实、详尽、不夸大；检查拣货和打包流程。',
      },
    ],
  },
  logistics: {
    analyse: [
      {
        en: 'Check the tracking: lost, damaged in transit or just late?',
        zh: '查询物流轨迹：是丢件、运输破损还是延误？',
      },
    ],
    remedies: [
      {
        en: 'Contact the carrier and file the claim for the buyer; explain what happened.',
        zh: '帮助买家联系物流公司查询和索赔，并向买家解释情况。',
      },
    ],
    close: [
      {
        en: 'Review the logistics partner; keep more than one shipping option.',
        zh: '评估物流合作伙伴，多渠道选择发货，以备不时之需。',
      },
    ],
  },
  service: {
    analyse: [
      {
        en: 'Read the earlier chat: was the buyer met with coldness, template replies or arguing?',
        zh: '调取之前的聊天记录：买家是否遭遇冷漠、敷衍、机械回复或争辩？',
      },
    ],
    close: [
      {
        en: 'Train the CS team to listen and empathise first, and let them solve problems quickly within limits.',
        zh: '加强客服培训：先学会倾听与共情，并授权其在一定范围内快速解决问题。',
      },
    ],
  },
  expectation: {
    analyse: [
      {
        en: 'Is the buyer unfamiliar with how to use it, or was the expectation set too high by the listing?',
        zh: '买家是否不熟悉使用方法，或宣传让其产生了过高预期？',
      },
    ],
    remedies: [
      {
        en: 'Offer patient, step-by-step usage guidance, or an easy return if it is not right for them.',
        zh: '耐心提供详细的使用指导；如确实不适合，提供便捷退货。',
      },
    ],
    close: [
      {
        en: 'Clarify the listing (scope, limits) and add an FAQ for common misunderstandings.',
        zh: '在详情页说明适用范围和限制条件，对常见误解以"常见问题说明"公示。',
      },
    ],
  },
  buyer_remorse: {
    analyse: [
      {
        en: 'Check the return conditions; the product itself may be fine.',
        zh: '确认退货条件；商品本身可能没有问题。',
      },
    ],
    remedies: [
      {
        en: 'Make the return easy and keep the tone warm, even when the buyer changed their mind.',
        zh: '即使是买家自己不想要了，也先安抚，提供便捷的退货流程。',
      },
    ],
  },
  cultural: {
    analyse: [
      {
        en: 'Check the product for religious or cultural elements the buyer could not know about before buying.',
        zh: '检查商品是否带有买家购买前不知道的宗教或文化元素。',
      },
    ],
    close: [
      {
        en: 'Learn the market’s cultural and religious sensitivities; choose and describe products to avoid them.',
        zh: '了解站点的文化差异和宗教禁忌，合理选品并在描述中说明，提前避雷。',
      },
    ],
  },
  extortion: {
    analyse: [
      {
        en: 'Keep every message as evidence; never pay or give anything for a review.',
        zh: '保存所有聊天记录作为证据；绝不为评价付钱或给任何好处。',
      },
    ],
    remedies: [
      {
        en: 'Still fix any real problem under your normal policy, without mentioning the review.',
        zh: '如有真实问题，仍按正常售后政策解决，不提评价。',
      },
    ],
  },
};

export function stageDef(id: StageId): StageDef {
  const def = STAGES.find((s) => s.id === id);
  if (!def) throw new Error(`unknown stage ${id}`);
  return def;
}
