import type { Cause, Sentiment } from '@/lib/analysis/types';

export const CAUSE_LABELS: Record<Cause, { en: string; zh: string }> = {
  quality: { en: 'Quality', zh: '质量问题' },
  not_as_described: { en: 'Not as described', zh: '描述不符' },
  logistics: { en: 'Logistics', zh: '物流问题' },
  service: { en: 'Service', zh: '服务态度' },
  expectation: { en: 'Expectation gap', zh: '预期落差' },
  buyer_remorse: { en: 'Buyer remorse', zh: '买家原因' },
  cultural: { en: 'Cultural', zh: '文化差异' },
  extortion: { en: 'Extortion', zh: '恶意/敲诈' },
};

export const SENTIMENT_LABELS: Record<Sentiment, string> = {
  negative: 'Negative 差评',
  neutral: 'Neutral 中评',
  positive: 'Positive 好评',
};

export const FLAG_LABELS: Record<string, { en: string; zh: string }> = {
  extortion: { en: 'Extortion', zh: '以差评要挟' },
  legal_threat: { en: 'Legal threat', zh: '法律威胁' },
  platform_complaint: { en: 'Platform complaint', zh: '平台投诉' },
  abusive: { en: 'Abusive', zh: '辱骂' },
};

export const ANGER_LABELS = ['Calm 平静', 'Upset 不满', 'Angry 生气', 'Furious 愤怒'] as const;

export const LANGUAGE_LABELS = {
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  en: 'English',
  other: 'Other',
} as const;
