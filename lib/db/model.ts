// Pure rules of the case model: event ids, how steps and drafts move the
// status, the derived fields kept for queries, and merging two views of a case.
import type { SnapshotItem } from '../messages';
import { nextDeadline } from '../cases/deadlines';
import { parseItemDate } from '../playbook/dates';
import {
  CASE_STATUSES,
  isOpenStatus,
  MAX_TIME,
  type CaseEvent,
  type CaseRecord,
  type CaseStatus,
  type Product,
} from './schema';

/** FNV-1a, enough to tell two texts of one case and moment apart in an id. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The id of an event is what it is: case, time, agent, action, detail, text. */
export function eventId(e: Omit<CaseEvent, 'id'>): string {
  return [
    e.caseId,
    e.at.toString(36),
    e.agent ?? '',
    e.type,
    (e.detail ?? '').slice(0, 100),
    e.text ? hash(e.text) : '',
  ].join('|');
}

export const makeEvent = (e: Omit<CaseEvent, 'id'>): CaseEvent => {
  const out: CaseEvent = { id: eventId(e), caseId: e.caseId, at: e.at, type: e.type };
  if (e.agent) out.agent = e.agent;
  if (e.detail) out.detail = e.detail;
  if (e.text) out.text = e.text;
  return out;
};

const RANK = Object.fromEntries(CASE_STATUSES.map((s, i) => [s, i])) as Record<CaseStatus, number>;

/** Automatic moves only go forward; the agent's own choice may go anywhere. */
export const forward = (from: CaseStatus, to: CaseStatus | undefined): CaseStatus =>
  to && RANK[to] > RANK[from] ? to : from;

/** The status a done checklist step implies (playbook stage ids). */
export const STATUS_OF_STEP: Readonly<Record<string, CaseStatus>> = {
  first_contact: 'contacted',
  remedies: 'remedy_offered',
  follow_up: 'resolved',
  appeal: 'appealed',
  close: 'closed',
};
/** The status an inserted or copied draft of a stage implies. */
export const STATUS_OF_DRAFT: Readonly<Record<string, CaseStatus>> = {
  first_contact: 'contacted',
  remedies: 'remedy_offered',
  follow_up: 'resolved',
  final_outreach: 'contacted',
};
/** What a recorded outcome means for the status. */
export const STATUS_OF_OUTCOME: Readonly<Record<string, CaseStatus>> = {
  resolved: 'resolved',
  revised: 'review_updated',
  removed: 'review_updated',
  kept: 'review_kept',
  appealed: 'appealed',
};

// ---- what the page showed, in the shapes of before and after the structured snapshot ----

export function productOf(item: SnapshotItem): Product | undefined {
  const p = (item as { product?: unknown }).product;
  if (typeof p === 'string') return p ? { name: p.slice(0, 500) } : undefined;
  if (p && typeof p === 'object') {
    const o = p as Record<string, unknown>;
    const out: Product = {};
    if (typeof o.id === 'string' && o.id) out.id = o.id.slice(0, 200);
    if (typeof o.name === 'string' && o.name) out.name = o.name.slice(0, 500);
    if (typeof o.url === 'string' && o.url) out.url = o.url.slice(0, 2000);
    return Object.keys(out).length ? out : undefined;
  }
  return undefined;
}

/** When the buyer wrote: the first buyer message's time, else the item's date. */
export function buyerAtOf(item: SnapshotItem): number | undefined {
  const msgs = (item as { messages?: { from?: string; at?: string }[] }).messages;
  const firstBuyer = msgs?.find((m) => m.from === 'buyer' && m.at);
  const candidates: (string | undefined)[] = [firstBuyer?.at];
  const d = (item as { date?: unknown }).date;
  if (typeof d === 'string') candidates.push(d);
  else if (d && typeof d === 'object') {
    const o = d as { iso?: string; raw?: string };
    candidates.push(o.iso, o.raw);
  }
  for (const c of candidates) {
    const t = parseItemDate(c);
    if (t !== undefined && t >= 0 && t <= MAX_TIME) return t;
  }
  return undefined;
}

// ---- full-text terms ----

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Lower-cased words (and CJK bigrams) of a text, the keys of the `terms` index. */
export function termsOfText(text: string, out = new Set<string>()): Set<string> {
  for (const run of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!run) continue;
    let latin = '';
    for (let i = 0; i < run.length; i++) {
      const ch = run[i]!;
      if (HAN.test(ch)) {
        if (latin) {
          out.add(latin.slice(0, 60));
          latin = '';
        }
        const next = run[i + 1];
        out.add(next && HAN.test(next) ? ch + next : ch);
      } else latin += ch;
    }
    if (latin) out.add(latin.slice(0, 60));
  }
  return out;
}

/** The index key that finds a query: its longest word or first bigram, as a prefix. */
export function queryTerm(query: string): string | undefined {
  const terms = [...termsOfText(query)];
  return terms.sort((a, b) => b.length - a.length)[0];
}

export function termsOf(
  c: Pick<CaseRecord, 'externalId' | 'item' | 'orderId' | 'buyer' | 'product' | 'notes'>,
): string[] {
  const out = new Set<string>();
  for (const s of [
    c.externalId,
    c.orderId,
    c.buyer,
    c.product?.id,
    c.product?.name,
    c.item.title,
    c.item.body,
    c.notes,
  ])
    if (s) termsOfText(s.slice(0, 5000), out);
  return [...out].slice(0, 400);
}

/** The text a search looks in, lower-cased. */
export const searchTextOf = (c: CaseRecord): string =>
  [
    c.externalId,
    c.orderId,
    c.buyer,
    c.product?.id,
    c.product?.name,
    c.item.title,
    c.item.body,
    c.notes,
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();

// ---- derived fields ----

export const isDone = (c: Pick<CaseRecord, 'status'>): boolean => !isOpenStatus(c.status);

/** Recomputes what the indexes read (deadline, terms); call after every change. */
export function derive(c: CaseRecord, now: number, timeZone?: string): CaseRecord {
  const d = nextDeadline({ ...c, done: isDone(c) }, now, timeZone);
  const out: CaseRecord = { ...c, terms: termsOf(c) };
  if (d) {
    out.dueAt = Math.min(d.dueAt, MAX_TIME);
    out.dueKind = d.kind;
  } else {
    delete out.dueAt;
    delete out.dueKind;
  }
  return out;
}

/** Fields merged by their change time (`stamps`); the rest is what the page showed. */
export const STAMPED_FIELDS = [
  'status',
  'outcome',
  'remedies',
  'owner',
  'notes',
  'postMortem',
  'draft',
  'firstResponseAt',
  'resolvedAt',
  'reviewChangedAt',
  'closedAt',
  'practice',
] as const;
type Stamped = (typeof STAMPED_FIELDS)[number];

export const stampOf = (c: CaseRecord, key: string): number => c.stamps[key] ?? c.updatedAt;

/** Sets fields and their stamps in a view. */
export function setFields(
  c: CaseRecord,
  change: Partial<Pick<CaseRecord, Stamped>>,
  at: number,
): CaseRecord {
  const out: CaseRecord = { ...c, stamps: { ...c.stamps } };
  for (const [k, v] of Object.entries(change)) {
    if (v === undefined) delete (out as unknown as Record<string, unknown>)[k];
    else (out as unknown as Record<string, unknown>)[k] = v;
    out.stamps[k] = at;
  }
  out.updatedAt = Math.max(c.updatedAt, at);
  return out;
}

/**
 * Two views of one case (two agents, two exports): per field the newer change
 * wins, a step done anywhere stays done unless reset later, the earliest
 * detection and first response are kept, and what the page showed comes from
 * the newer sighting. Commutative up to ties, so merging is idempotent.
 */
export function mergeViews(a: CaseRecord, b: CaseRecord): CaseRecord {
  const newerSeen = b.updatedAt > a.updatedAt ? b : a;
  const out: CaseRecord = { ...newerSeen, stamps: { ...a.stamps } };
  const rec = out as unknown as Record<string, unknown>;
  for (const k of STAMPED_FIELDS) {
    const sa = stampOf(a, k);
    const sb = stampOf(b, k);
    const win = sb > sa ? b : a;
    const v = (win as unknown as Record<string, unknown>)[k];
    if (v === undefined) delete rec[k];
    else rec[k] = v;
    if (a.stamps[k] !== undefined || b.stamps[k] !== undefined) out.stamps[k] = Math.max(sa, sb);
  }
  const steps: Record<string, 'done' | 'skipped'> = {};
  const keys = new Set([...Object.keys(a.steps), ...Object.keys(b.steps)]);
  for (const id of keys) {
    const ea = a.stamps[`step:${id}`];
    const eb = b.stamps[`step:${id}`];
    let s: 'done' | 'skipped' | undefined;
    // Legacy views have no step stamps: a step done anywhere stays done.
    if (ea === undefined && eb === undefined)
      s = a.steps[id] === 'done' || b.steps[id] === 'done' ? 'done' : (a.steps[id] ?? b.steps[id]);
    else s = (eb ?? -1) > (ea ?? -1) ? b.steps[id] : a.steps[id];
    if (s) steps[id] = s;
    const stamp = Math.max(ea ?? -1, eb ?? -1);
    if (stamp >= 0) out.stamps[`step:${id}`] = stamp;
  }
  out.steps = steps;
  out.createdAt = Math.min(a.createdAt, b.createdAt);
  out.updatedAt = Math.max(a.updatedAt, b.updatedAt);
  if (a.firstResponseAt !== undefined || b.firstResponseAt !== undefined)
    out.firstResponseAt = Math.min(a.firstResponseAt ?? MAX_TIME, b.firstResponseAt ?? MAX_TIME);
  return out;
}

/** JSON with sorted keys: two equal views compare equal whatever order their fields were set in. */
export function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}
