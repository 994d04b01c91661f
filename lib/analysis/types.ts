export const CAUSES = [
  'quality',
  'not_as_described',
  'logistics',
  'service',
  'expectation',
  'buyer_remorse',
  'cultural',
  'extortion',
] as const;
export type Cause = (typeof CAUSES)[number];

export const FLAGS = ['extortion', 'legal_threat', 'platform_complaint', 'abusive'] as const;
export type Flag = (typeof FLAGS)[number];

export type Language = 'zh-Hans' | 'zh-Hant' | 'en' | 'other';
export type Sentiment = 'negative' | 'neutral' | 'positive';

export interface CauseHit {
  cause: Cause;
  score: number;
  evidence: string[];
}

export interface Facts {
  orderIds: string[];
  amounts: { value: number; currency: string; text: string }[];
  dates: string[];
  products: string[];
}

export interface Analysis {
  language: Language;
  sentiment: Sentiment;
  anger: 0 | 1 | 2 | 3;
  causes: CauseHit[];
  flags: string[];
  facts: Facts;
}

export interface AnalyzeContext {
  platform?: string;
  rating?: number;
}
