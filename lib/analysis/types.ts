import type { CaseFacts, ThreadMessage } from './case-facts';

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

/**
 * Risk flags, most urgent first. `safety`: someone was hurt or put at risk (injury, burn, shock,
 * fire, overheating, allergy, choking, food poisoning). `review_threat`: a buyer with a real
 * problem threatens a bad review unless it is fixed (fix the problem first; not extortion).
 * `extortion`: a review traded for money without a real problem, money beyond a refund, or a
 * professional bad reviewer / repeated cases (the only one the manager's extortion figure counts).
 */
export const FLAGS = [
  'safety',
  'extortion',
  'review_threat',
  'legal_threat',
  'platform_complaint',
  'abusive',
] as const;
export type Flag = (typeof FLAGS)[number];

export type Language = 'zh-Hans' | 'zh-Hant' | 'en' | 'other';
export type Sentiment = 'negative' | 'neutral' | 'positive';

export interface CauseHit {
  cause: Cause;
  score: number;
  /** Exact substrings of the analysed text (not normalised). */
  evidence: string[];
  /** [start, end) of every evidence occurrence in the analysed text (UTF-16 offsets). */
  spans?: [number, number][];
}

export interface Facts {
  orderIds: string[];
  amounts: { value: number; currency: string; text: string }[];
  dates: string[];
  products: string[];
}

/** Why a review threat reads as extortion (empty when it is a review_threat). */
export type ExtortionSignal = 'no_problem' | 'beyond_refund' | 'professional' | 'repeated';

/** What the buyer threatens, for the panel ("fix the real problem first" vs "possible extortion"). */
export interface Threat {
  kind: 'review_threat' | 'extortion';
  /** A review offered against money (删差评 for a payment) rather than a bad review threatened. */
  bargain: boolean;
  signals: ExtortionSignal[];
  /** The real problem behind it (causes with evidence), when there is one. */
  problem: Cause[];
  /** The threatening words, an exact substring of the text, and their [start, end). */
  evidence: string;
  span: [number, number];
}

export interface Analysis {
  language: Language;
  sentiment: Sentiment;
  anger: 0 | 1 | 2 | 3;
  causes: CauseHit[];
  flags: string[];
  facts: Facts;
  /** Set when the buyer threatens a bad review or trades it for money. */
  threat?: Threat;
  /** [start, end) in the text of the first match of each flag. */
  flagSpans?: Partial<Record<Flag, [number, number]>>;
  /** What the whole case says (only when ctx.messages is given). */
  case?: CaseFacts;
}

export interface AnalyzeContext {
  platform?: string;
  rating?: number;
  /**
   * The thread, oldest first: the buyer's messages are analysed as the case (instead of `text`
   * when `text` is empty) and `case` is filled by readCase.
   */
  messages?: ThreadMessage[];
  /** Earlier cases of the same buyer that threatened a review (≥ 2 reads as extortion). */
  priorThreats?: number;
  /** Reference time for relative deadlines (ISO); default: the last message's time or now. */
  now?: string;
}
