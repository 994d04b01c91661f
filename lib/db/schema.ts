import * as z from 'zod/mini';
import {
  ITEM_KINDS,
  PAGE_KINDS,
  ProductSchema,
  SITE_IDS,
  SnapshotItemSchema,
  type SiteId,
  type Snapshot,
} from '../messages';
import { CAUSES } from '../analysis/types';

export type StepState = 'done' | 'skipped';
export const OUTCOMES = ['resolved', 'revised', 'removed', 'kept', 'appealed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Where a case stands in the playbook. Steps and inserts move it forward; the
 * agent can always set it by hand. The last four end the work on the review.
 */
export const CASE_STATUSES = [
  'new',
  'contacted',
  'remedy_offered',
  'resolved',
  'review_updated',
  'review_kept',
  'appealed',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
/** Statuses after which no deadline runs and the case leaves the queue. */
export const DONE_STATUSES: readonly CaseStatus[] = [
  'review_updated',
  'review_kept',
  'appealed',
  'closed',
];
export const isOpenStatus = (s: CaseStatus): boolean => !DONE_STATUSES.includes(s);

/** Seed 000's 后端迭代: where a confirmed cause is fixed upstream. */
export const FIX_AREAS = [
  'product_qc',
  'supplier',
  'carrier',
  'listing_text',
  'cs_training',
] as const;
export type FixArea = (typeof FIX_AREAS)[number];

export const EVENT_TYPES = [
  'opened',
  'buyer_text',
  'step_done',
  'step_skipped',
  'step_reset',
  'draft_inserted',
  'draft_copied',
  'status',
  'outcome',
  'reopened',
  'note',
  'post_mortem',
  'remedy',
  'owner',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Dates are epoch milliseconds between 1970 and 2100: an imported `1e20` is
 * refused instead of breaking every later export (`new Date(1e20)` is invalid).
 */
export const MAX_TIME = Date.UTC(2100, 0, 1);
const time = z.number().check(z.gte(0), z.lte(MAX_TIME));
const short = (n: number) => z.string().check(z.maxLength(n));

export type { Product } from '../messages';

export const PostMortemSchema = z.object({
  /** The cause the team confirmed (may differ from the one the analysis guessed). */
  cause: z.optional(z.enum(CAUSES)),
  fixes: z.array(z.enum(FIX_AREAS)).check(z.maxLength(FIX_AREAS.length)),
  /** What was changed upstream, in the agent's words. */
  fix: z.optional(short(4000)),
  /** What the templates should learn from this case. */
  lesson: z.optional(short(4000)),
});
export type PostMortem = z.infer<typeof PostMortemSchema>;

export const DraftSchema = z.object({
  stage: short(50),
  language: short(20),
  text: short(20_000),
  at: time,
  /** The text before the last reset, so a reset can be undone. */
  previous: z.optional(short(20_000)),
});
export type SavedDraft = z.infer<typeof DraftSchema>;

/**
 * One item the agent works on. The id is `${site}:${externalId}`, so the same
 * item seen on another visit, page, tab or day is the same case. This is the
 * view of the case's event log kept for queries; `stamps` holds, per field, the
 * time of the change that set it, so merging two agents' views keeps the newer
 * change of each field.
 */
export const CaseRecordSchema = z.object({
  id: z.string().check(z.minLength(3), z.maxLength(260)),
  site: z.enum(SITE_IDS),
  host: short(300),
  pageKind: z.enum(PAGE_KINDS),
  externalId: z.string().check(z.minLength(1), z.maxLength(200)),
  kind: z.enum(ITEM_KINDS),
  orderId: z.optional(short(500)),
  buyer: z.optional(short(500)),
  product: z.optional(ProductSchema),
  rating: z.optional(z.number().check(z.gte(0), z.lte(5))),
  status: z.enum(CASE_STATUSES),
  outcome: z.optional(z.enum(OUTCOMES)),
  remedies: z.array(short(50)).check(z.maxLength(30)),
  /** The agent who works the case (settings' agent name); empty before one is set. */
  owner: z.optional(short(100)),
  notes: short(20_000),
  postMortem: z.optional(PostMortemSchema),
  createdAt: time,
  updatedAt: time,
  /** When the buyer wrote (the item's date), the start of the first-reply deadline. */
  buyerAt: z.optional(time),
  firstResponseAt: z.optional(time),
  resolvedAt: z.optional(time),
  reviewChangedAt: z.optional(time),
  closedAt: z.optional(time),
  /** The nearest running deadline; absent once the case is done (the queue's index). */
  dueAt: z.optional(time),
  dueKind: z.optional(z.enum(['first_reply', 'follow_up', 'review_window', 'check_in'])),
  remindedAt: z.optional(time),
  pageUrl: short(4000),
  item: SnapshotItemSchema,
  language: z.enum(['zh-Hans', 'zh-Hant', 'en', 'other']),
  sentiment: z.enum(['negative', 'neutral', 'positive']),
  anger: z.number().check(z.int(), z.gte(0), z.lte(3)),
  causes: z.array(z.enum(CAUSES)).check(z.maxLength(CAUSES.length)),
  flags: z.array(short(50)).check(z.maxLength(30)),
  steps: z.record(z.string().check(z.maxLength(100)), z.enum(['done', 'skipped'])),
  stamps: z.record(z.string().check(z.maxLength(120)), time),
  draft: z.optional(DraftSchema),
  /** 1 for a practice case: kept out of the statistics and exports (1, not true: indexable). */
  practice: z.optional(z.literal(1)),
  /** Lower-cased words and CJK bigrams of the case's text, for the full-text index. */
  terms: z.array(short(60)).check(z.maxLength(400)),
});
export type CaseRecord = z.infer<typeof CaseRecordSchema>;

/**
 * One immutable entry of a case's history. The id is derived from what it is
 * (case, time, agent, action, detail), so the same event imported twice is
 * stored once, and two writers never overwrite each other.
 */
export const CaseEventSchema = z.object({
  id: short(600),
  caseId: short(260),
  at: time,
  type: z.enum(EVENT_TYPES),
  agent: z.optional(short(100)),
  /** Step id, draft stage, status, remedy… small plain data only. */
  detail: z.optional(short(200)),
  /** Buyer text, a note: the event's own text. */
  text: z.optional(short(20_000)),
});
export type CaseEvent = z.infer<typeof CaseEventSchema>;

/** The latest snapshot of one browser tab; session data, cleared when the tab goes away. */
export interface PageRecord {
  tabId: number;
  windowId: number;
  title: string;
  snapshot: Snapshot;
  updatedAt: number;
  lastActiveAt: number;
  lastError?: string;
}

/** The agent's own details, used to sign drafts. */
export interface Settings {
  key: 'agent';
  agentName?: string;
  shopName?: string;
  // The settings view's fields (issue 11); all optional, so no schema version.
  /** The agent's UI language; absent: follow the browser. */
  uiLanguage?: 'zh-CN' | 'zh-TW' | 'en';
  /** A shop name per marketplace, over `shopName`. */
  shopNames?: Partial<Record<SiteId, string>>;
  /** Remedy ids ticked by default in a new draft. */
  defaultRemedies?: string[];
  /** Hours until a new case's first contact is due. */
  slaHours?: number;
  /** Days a closed case is kept before it may be purged. */
  retentionDays?: number;
  /** Mask buyer names in exports and practice copies by default. */
  maskNames?: boolean;
  /** Practice mode: cases opened while on are marked `practice`. */
  practiceMode?: boolean;
  /** Desktop notifications for deadlines (off unless the agent turns them on). */
  notify?: boolean;
}

/** The legacy (version 1–2) event row, before events had derived ids. */
export interface LegacyEvent {
  id?: number;
  caseId: string;
  at: number;
  type: string;
  detail?: string;
}
