// The reply-draft stages: a subset of the playbook stages that produce text for the buyer.

export const DRAFT_STAGES = [
  'first_contact',
  'remedies',
  'follow_up',
  'review_update',
  'final_outreach',
  'public_reply',
  'thank_you',
  'public_thanks',
] as const;
export type DraftStage = (typeof DRAFT_STAGES)[number];

/** Stages that answer a positive item (a thank-you), not a complaint. */
export const THANKS_STAGES: readonly DraftStage[] = ['thank_you', 'public_thanks'];

/** Where a draft of this stage is posted: private messages, except the public reply and thanks. */
export function channelOf(stage: DraftStage): 'private' | 'public' {
  return stage === 'public_reply' || stage === 'public_thanks' ? 'public' : 'private';
}
