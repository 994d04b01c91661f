// Schema versions 3–9 belong to the case model (version 10 onwards: templates, by the ui
// area). Each data-changing version has a test on 10,000 cases of the version before.
import type Dexie from 'dexie';
import { upgradeLegacyItem } from '../messages';
import type { Transaction } from 'dexie';
import {
  buyerAtOf,
  derive,
  makeEvent,
  productOf,
  STATUS_OF_OUTCOME,
  STATUS_OF_STEP,
  forward,
} from './model';
import type { CaseEvent, CaseRecord, CaseStatus, LegacyEvent } from './schema';
import { EVENT_TYPES, OUTCOMES } from './schema';

/** A version-1/2 case as it was stored. */
export interface LegacyCase {
  id: string;
  site: CaseRecord['site'];
  externalId: string;
  kind: CaseRecord['kind'];
  status: 'open' | 'closed';
  outcome?: string;
  createdAt: number;
  updatedAt: number;
  pageUrl: string;
  item: CaseRecord['item'];
  language: CaseRecord['language'];
  sentiment: CaseRecord['sentiment'];
  anger: number;
  causes: CaseRecord['causes'];
  flags: string[];
  steps: Record<string, 'done' | 'skipped'>;
  agent?: string;
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
};

const clampTime = (t: unknown, fallback: number): number =>
  typeof t === 'number' && Number.isFinite(t) && t >= 0 && t <= Date.UTC(2100, 0, 1) ? t : fallback;

/** The version-3 view of a version-2 case; what it did not record stays unset. */
export function caseFromLegacy(raw: LegacyCase, now: number): CaseRecord {
  // Early versions stored partial rows; a missing field gets a neutral default.
  const kind = raw.kind ?? 'reviews';
  const old: LegacyCase = {
    ...raw,
    kind,
    // Product and date were strings before the structured snapshot.
    item: (upgradeLegacyItem(raw.item) as CaseRecord['item'] | undefined) ?? {
      externalId: raw.externalId,
      kind,
      body: '',
      replyable: false,
    },
    language: raw.language ?? 'other',
    sentiment: raw.sentiment ?? 'negative',
    anger: typeof raw.anger === 'number' ? raw.anger : 0,
  };
  const createdAt = clampTime(old.createdAt, now);
  const updatedAt = Math.max(createdAt, clampTime(old.updatedAt, createdAt));
  let status: CaseStatus = 'new';
  for (const [step, s] of Object.entries(old.steps ?? {}))
    if (s === 'done') status = forward(status, STATUS_OF_STEP[step]);
  const outcome = (OUTCOMES as readonly string[]).includes(old.outcome ?? '')
    ? (old.outcome as CaseRecord['outcome'])
    : undefined;
  if (outcome) status = STATUS_OF_OUTCOME[outcome] ?? status;
  else if (old.status === 'closed') status = 'closed';
  const url = old.pageUrl ?? '';
  const rec: CaseRecord = {
    id: old.id,
    site: old.site,
    host: hostOf(url),
    // Version 2 kept no page kind; the item's kind is the page it was read from.
    pageKind: old.kind,
    externalId: old.externalId,
    kind: old.kind,
    status,
    remedies: [],
    notes: '',
    createdAt,
    updatedAt,
    pageUrl: url,
    item: old.item,
    language: old.language,
    sentiment: old.sentiment,
    anger: old.anger,
    causes: old.causes ?? [],
    flags: old.flags ?? [],
    steps: old.steps ?? {},
    stamps: {},
    terms: [],
  };
  if (outcome) rec.outcome = outcome;
  if (old.agent) rec.owner = old.agent.slice(0, 100);
  if (old.item.orderId) rec.orderId = old.item.orderId;
  if (old.item.author) rec.buyer = old.item.author;
  if (old.item.rating !== undefined) rec.rating = old.item.rating;
  const product = productOf(old.item);
  if (product) rec.product = product;
  const buyerAt = buyerAtOf(old.item);
  if (buyerAt !== undefined) rec.buyerAt = buyerAt;
  // Version 2 did not record when the buyer was first answered; a contact step done
  // says it happened by the last change at the latest.
  if (status !== 'new') rec.firstResponseAt = updatedAt;
  if (status === 'resolved' || outcome) rec.resolvedAt = updatedAt;
  if (status === 'closed' || outcome) rec.closedAt = updatedAt;
  return derive(rec, now);
}

export function eventFromLegacy(e: LegacyEvent): CaseEvent | undefined {
  if (!(EVENT_TYPES as readonly string[]).includes(e.type)) return undefined;
  return makeEvent({
    caseId: e.caseId,
    at: clampTime(e.at, 0),
    type: e.type as CaseEvent['type'],
    detail: e.detail?.slice(0, 200),
  });
}

export const CASES_V3 =
  'id, [site+externalId], site, kind, status, createdAt, updatedAt, dueAt, owner, *causes, *flags, *terms, practice, [site+createdAt], [status+createdAt], [owner+createdAt]';

async function upgradeTo3(tx: Transaction): Promise<void> {
  const now = Date.now();
  await tx
    .table('cases')
    .toCollection()
    .modify((c: LegacyCase & Partial<CaseRecord>, ref: { value: unknown }) => {
      ref.value = caseFromLegacy(c, now);
    });
  const events = tx.table<LegacyEvent>('events');
  const log = tx.table<CaseEvent, string>('log');
  // In chunks: 10,000 cases have tens of thousands of events.
  let last = 0;
  for (;;) {
    const chunk = await events.where('id').above(last).limit(5000).toArray();
    if (chunk.length === 0) break;
    last = chunk[chunk.length - 1]!.id ?? last;
    const rows = chunk.map(eventFromLegacy).filter((e): e is CaseEvent => e !== undefined);
    await log.bulkPut(rows);
  }
}

export function defineCaseVersions(db: Dexie): void {
  // 3: the case model (status, owner, notes, post-mortem, deadlines, terms) and
  // an event log whose ids are derived from the events.
  db.version(3)
    .stores({ cases: CASES_V3, log: 'id, caseId, [caseId+at], at, type' })
    .upgrade(upgradeTo3);
  // 4: the numbered event table is gone (its rows live on in `log`).
  db.version(4).stores({ events: null });
}
