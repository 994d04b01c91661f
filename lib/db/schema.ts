import Dexie, { type Table } from 'dexie';
import type { PageKind, SiteId, Snapshot, SnapshotItem } from '../messages';
import type { Cause, Language, Sentiment } from '../analysis/types';

export type StepState = 'done' | 'skipped';
export const OUTCOMES = ['resolved', 'revised', 'removed', 'kept', 'appealed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** One negative item the agent worked on; id = `${site}:${externalId}` so a case is never duplicated. */
export interface CaseRecord {
  id: string;
  site: SiteId;
  externalId: string;
  kind: Exclude<PageKind, 'none'>;
  status: 'open' | 'closed';
  outcome?: Outcome;
  createdAt: number;
  updatedAt: number;
  pageUrl: string;
  item: SnapshotItem;
  language: Language;
  sentiment: Sentiment;
  anger: number;
  causes: Cause[];
  flags: string[];
  steps: Record<string, StepState>;
  /** Which agent's export a merged case came from (empty for this browser's own cases). */
  agent?: string;
  /** A practice case (issue 11's practice mode): kept out of real statistics and exports. */
  practice?: boolean;
}

export const EVENT_TYPES = [
  'opened',
  'step_done',
  'step_skipped',
  'step_reset',
  'draft_inserted',
  'draft_copied',
  'outcome',
  'reopened',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface CaseEvent {
  id?: number;
  caseId: string;
  at: number;
  type: EventType;
  /** Step id, draft stage, outcome… small plain data only. */
  detail?: string;
}

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
  /** Due-case reminders (notifications) on or off. */
  reminders?: boolean;
  /** Practice mode: cases opened while on are marked `practice`. */
  practiceMode?: boolean;
}

export class DefuseDB extends Dexie {
  cases!: Table<CaseRecord, string>;
  events!: Table<CaseEvent, number>;
  pages!: Table<PageRecord, number>;
  settings!: Table<Settings, string>;

  constructor(name = 'defuse') {
    super(name);
    // Add a new version() for any schema change; never edit a shipped one.
    this.version(1).stores({
      cases: 'id, [site+externalId], site, kind, status, createdAt, updatedAt',
      events: '++id, caseId, at, type',
      pages: 'tabId, windowId, lastActiveAt',
    });
    this.version(2).stores({ settings: 'key' });
  }
}
