// The reply-draft stages: a subset of the playbook stages that produce text for the buyer.

export const DRAFT_STAGES = [
  'first_contact',
  'remedies',
  'follow_up',
  'review_update',
  'final_outreach',
  'public_reply',
] as const;
export type DraftStage = (typeof DRAFT_STAGES)[number];

/** Where a draft of this stage is posted: every stage is a private message except the public reply. */
export function channelOf(stage: DraftStage): 'private' | 'public' {
  return stage === 'public_reply' ? 'public' : 'private';
}
