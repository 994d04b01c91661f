// The checklist stages' titles: their own small module, so the queue and the
// timeline name a stage without loading the checklist's text (stages.ts). The tw forms are
// OpenCC's (cn → twp), as in zh-tw.ts.
import type { Bilingual, StageId } from './types';

export const STAGE_TITLES: Readonly<Record<StageId, Bilingual & { tw: string }>> = {
  safety: {
    en: 'Safety first: escalate to the manager',
    zh: '安全优先：立即上报店长',
    tw: '安全優先：立即上報店長',
  },
  thank: { en: 'Thank the buyer', zh: '感谢买家', tw: '感謝買家' },
  analyse: { en: 'Stay calm and analyse', zh: '冷静分析', tw: '冷靜分析' },
  first_contact: {
    en: 'First contact within 24 hours',
    zh: '黄金24小时首次联系',
    tw: '黃金24小時首次聯絡',
  },
  remedies: { en: 'Offer several remedies', zh: '提供多种补救方案', tw: '提供多種補救方案' },
  follow_up: { en: 'Resolve and follow up', zh: '落实方案并回访', tw: '落實方案並回訪' },
  review_update: {
    en: 'Request a review update (where allowed)',
    zh: '请求更新评价（平台允许时）',
    tw: '請求更新評價（平臺允許時）',
  },
  final_outreach: { en: 'Final outreach', zh: '终极沟通', tw: '終極溝通' },
  public_reply: { en: 'Public reply', zh: '公开回复（评价解释）', tw: '公開回復（評價解釋）' },
  appeal: { en: 'Platform appeal', zh: '平台申诉', tw: '平臺申訴' },
  close: { en: 'Close and post-mortem', zh: '结案复盘', tw: '結案復盤' },
};
