import type { ItemKind, SiteId } from '../messages';
import type { Cause } from '../analysis/types';
import type { DraftStage } from '../drafts/stages';

export const STAGE_IDS = [
  'safety',
  'thank',
  'analyse',
  'first_contact',
  'remedies',
  'follow_up',
  'review_update',
  'final_outreach',
  'public_reply',
  'appeal',
  'close',
] as const;
export type StageId = (typeof STAGE_IDS)[number];

/**
 * A text shown to the agent: English and Simplified Chinese written here, Traditional Chinese (zh-TW
 * UI) in `tw` or, by default, from the generated table in zh-tw.ts (see uiText()).
 */
export interface Bilingual {
  en: string;
  zh: string;
  tw?: string;
}

export type Availability = 'required' | 'optional' | 'not_allowed' | 'not_applicable';
export type StageChannel = 'private' | 'public' | 'internal';

export interface StageDef {
  id: StageId;
  title: Bilingual;
  goal: Bilingual;
  checks: Bilingual[];
  channel: StageChannel;
  /** The reply draft this stage offers, if any. */
  draftStage?: DraftStage;
}

export interface ChecklistContext {
  platform: SiteId;
  kind: ItemKind;
  causes: readonly Cause[];
  flags: readonly string[];
  /** A positive item gets a thank-you step only; a neutral one both; negative (default) the case. */
  polarity?: 'positive' | 'neutral' | 'negative';
  /** When the review/feedback/message was posted: ISO or the date text the page shows. */
  itemDate?: string;
  /** Clock for deadline checks (ms since epoch); defaults to Date.now(). */
  now?: number;
}

export interface ChecklistStep {
  id: StageId;
  title: Bilingual;
  goal: Bilingual;
  checks: Bilingual[];
  availability: Availability;
  reason?: Bilingual;
  /** ISO timestamp. */
  deadline?: string;
  draftStage?: DraftStage;
}
