// The only module that writes cases, events and page snapshots. Every change of
// a case is one transaction that reads the view, appends its events to the log
// and writes the view back, so two panels, the dashboard and the background
// writing the same case lose nothing.
import type { Snapshot, SnapshotItem, SiteId } from '../messages';
import type { Analysis } from '../analysis/types';
import { DefuseDB } from './database';
import {
  buyerAtOf,
  derive,
  forward,
  makeEvent,
  mergeViews,
  productOf,
  setFields,
  stableJson,
  STATUS_OF_DRAFT,
  STATUS_OF_OUTCOME,
  STATUS_OF_STEP,
} from './model';
import {
  isOpenStatus,
  type CaseEvent,
  type CaseRecord,
  type CaseStatus,
  type Outcome,
  type PageRecord,
  type PostMortem,
  type Settings,
  type StepState,
} from './schema';
import { watchDatabase } from './errors';

export * from './schema';
export { DefuseDB } from './database';
export { describeDbError, useDbProblem, type DbProblem } from './errors';

let instance: DefuseDB | undefined;
export function db(): DefuseDB {
  if (!instance) {
    instance = new DefuseDB();
    watchDatabase(instance);
  }
  return instance;
}
/** Tests use a fresh database each. */
export function setDatabase(next: DefuseDB): void {
  instance = next;
}

export const caseIdOf = (site: SiteId, externalId: string): string => `${site}:${externalId}`;

/**
 * The agent's time zone, for deadlines that skip weekends. Creating a
 * DateTimeFormat to ask costs more than deriving a case (a quarter of a 10,000-case
 * merge went there), so the answer is kept for a second.
 */
let zoneCache: { at: number; zone: string } | undefined;
const zone = (): string => {
  const now = Date.now();
  if (!zoneCache || now - zoneCache.at > 1000 || now < zoneCache.at)
    zoneCache = { at: now, zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' };
  return zoneCache.zone;
};

export class NoCaseError extends Error {
  constructor(readonly caseId: string) {
    super(`No case ${caseId}`);
    this.name = 'NoCaseError';
  }
}

export interface OpenCaseInput {
  site: SiteId;
  item: SnapshotItem;
  pageUrl: string;
  pageKind?: CaseRecord['pageKind'];
  analysis: Pick<Analysis, 'language' | 'sentiment' | 'anger' | 'causes' | 'flags'>;
  practice?: boolean;
  now?: number;
}

type Draft = Omit<CaseEvent, 'id' | 'caseId' | 'at' | 'agent'>;
type Change = { view: CaseRecord; events?: Draft[] } | undefined;

// Read loosely: the field comes with the structured snapshot.
const replyStateOf = (item: SnapshotItem): unknown => (item as { replyState?: unknown }).replyState;

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
};

function newCase(input: OpenCaseInput, now: number, owner: string | undefined): CaseRecord {
  const { item } = input;
  const rec: CaseRecord = {
    id: caseIdOf(input.site, item.externalId),
    site: input.site,
    host: hostOf(input.pageUrl),
    pageKind: input.pageKind ?? item.kind,
    externalId: item.externalId,
    kind: item.kind,
    status: 'new',
    remedies: [],
    notes: '',
    createdAt: now,
    updatedAt: now,
    pageUrl: input.pageUrl,
    item,
    ...seen(input),
    steps: {},
    stamps: {},
    terms: [],
  };
  if (owner) rec.owner = owner;
  if (input.practice) rec.practice = 1;
  return rec;
}

/** What the page and the analysis say of an item (refreshed on every sighting). */
function seen(input: OpenCaseInput) {
  const { item, analysis } = input;
  const out: Pick<
    CaseRecord,
    | 'language'
    | 'sentiment'
    | 'anger'
    | 'causes'
    | 'flags'
    | 'orderId'
    | 'buyer'
    | 'product'
    | 'rating'
    | 'buyerAt'
  > = {
    language: analysis.language,
    sentiment: analysis.sentiment,
    anger: analysis.anger,
    causes: analysis.causes.map((c) => c.cause),
    flags: [...analysis.flags],
  };
  if (item.orderId) out.orderId = item.orderId;
  if (item.author) out.buyer = item.author;
  const product = productOf(item);
  if (product) out.product = product;
  if (item.rating !== undefined) out.rating = item.rating;
  const buyerAt = buyerAtOf(item);
  if (buyerAt !== undefined) out.buyerAt = buyerAt;
  return out;
}

/** New buyer text of an item seen again: what was appended, or all of it when edited. */
function addedText(before: string, after: string): string | undefined {
  if (before === after || !after.trim()) return undefined;
  return after.startsWith(before) ? after.slice(before.length).trim() || undefined : after;
}

async function agentName(d: DefuseDB): Promise<string | undefined> {
  return (await d.settings.get('agent'))?.agentName;
}

/**
 * The one way a case changes: read, change, append events, write, in one
 * transaction. `seed` creates the case when it is not stored yet (the agent
 * chose to work on the item), so a first click is never lost.
 */
async function mutate(
  caseId: string,
  now: number,
  change: (c: CaseRecord) => Change,
  seed?: OpenCaseInput,
): Promise<CaseRecord> {
  const d = db();
  return d.transaction('rw', d.cases, d.log, d.settings, async () => {
    const agent = await agentName(d);
    let current = await d.cases.get(caseId);
    const events: CaseEvent[] = [];
    const push = (e: Draft) => events.push(makeEvent({ ...e, caseId, at: now, agent }));
    if (!current) {
      if (!seed) throw new NoCaseError(caseId);
      current = newCase(seed, now, agent);
      push({ type: 'opened' });
    }
    const r = change(current);
    const view = derive(r?.view ?? current, now, zone());
    for (const e of r?.events ?? []) push(e);
    if (r || events.length) {
      await d.cases.put(view);
      if (events.length) await d.log.bulkPut(events);
    }
    return view;
  });
}

// ---- opening and seeing cases ----

/** Creates the case for an item, or refreshes what the page shows of it; never duplicates. */
export async function openCase(input: OpenCaseInput): Promise<CaseRecord> {
  const now = input.now ?? Date.now();
  const id = caseIdOf(input.site, input.item.externalId);
  return mutate(id, now, (c) => refresh(c, input, now), input);
}

function refresh(c: CaseRecord, input: OpenCaseInput, now: number): Change {
  const added = addedText(c.item.body, input.item.body);
  if (!added && c.pageUrl === input.pageUrl && replyStateOf(c.item) === replyStateOf(input.item))
    return undefined;
  const view: CaseRecord = { ...c, ...seen(input), item: input.item, pageUrl: input.pageUrl };
  view.host = hostOf(input.pageUrl) || c.host;
  view.updatedAt = Math.max(c.updatedAt, now);
  // An item's first sighting keeps its buyer time: a later edit is not a new first message.
  if (c.buyerAt !== undefined) view.buyerAt = c.buyerAt;
  return { view, events: added ? [{ type: 'buyer_text', text: added.slice(0, 20_000) }] : [] };
}

/**
 * The panel calls this for what a page shows: negative items get a case (the
 * work the agent is there for); items that already have one are refreshed, new
 * buyer text appended to their timeline. One transaction for the whole page.
 */
export async function seeItems(
  inputs: readonly OpenCaseInput[],
  now = Date.now(),
): Promise<number> {
  if (inputs.length === 0) return 0;
  const d = db();
  return d.transaction('rw', d.cases, d.log, d.settings, async () => {
    const agent = await agentName(d);
    const ids = inputs.map((i) => caseIdOf(i.site, i.item.externalId));
    const existing = await d.cases.bulkGet(ids);
    const views: CaseRecord[] = [];
    const events: CaseEvent[] = [];
    inputs.forEach((input, i) => {
      const c = existing[i];
      const caseId = ids[i]!;
      if (!c) {
        if (input.analysis.sentiment !== 'negative') return;
        views.push(derive(newCase(input, now, agent), now, zone()));
        events.push(makeEvent({ caseId, at: now, type: 'opened', agent }));
        return;
      }
      const r = refresh(c, input, now);
      if (!r) return;
      views.push(derive(r.view, now, zone()));
      for (const e of r.events ?? []) events.push(makeEvent({ ...e, caseId, at: now, agent }));
    });
    if (views.length) await d.cases.bulkPut(views);
    if (events.length) await d.log.bulkPut(events);
    return views.length;
  });
}

// ---- the agent's work on a case ----

export interface WriteOptions {
  now?: number;
  /** Creates the case first when it is not stored yet. */
  open?: OpenCaseInput;
}

export async function setStep(
  caseId: string,
  stepId: string,
  state: StepState | 'todo',
  opts: WriteOptions | number = {},
): Promise<CaseRecord> {
  const { now = Date.now(), open } = typeof opts === 'number' ? { now: opts } : opts;
  return mutate(
    caseId,
    now,
    (c) => {
      const steps = { ...c.steps };
      if (state === 'todo') delete steps[stepId];
      else steps[stepId] = state;
      let view: CaseRecord = { ...c, steps, stamps: { ...c.stamps, [`step:${stepId}`]: now } };
      view.updatedAt = Math.max(c.updatedAt, now);
      const type =
        state === 'done' ? 'step_done' : state === 'skipped' ? 'step_skipped' : 'step_reset';
      const events: Draft[] = [{ type, detail: stepId }];
      if (state === 'done') view = moveStatus(view, STATUS_OF_STEP[stepId], now, events);
      return { view, events };
    },
    open,
  );
}

/** Moves the status forward (never back) and records the change. */
function moveStatus(
  c: CaseRecord,
  to: CaseStatus | undefined,
  now: number,
  events: Draft[],
): CaseRecord {
  const next = forward(c.status, to);
  if (next === c.status) return c;
  return statusChange(c, next, now, events);
}

function statusChange(c: CaseRecord, to: CaseStatus, now: number, events: Draft[]): CaseRecord {
  const change: Partial<CaseRecord> = { status: to };
  if (to !== 'new' && c.firstResponseAt === undefined) change.firstResponseAt = now;
  if (to === 'resolved' && c.resolvedAt === undefined) change.resolvedAt = now;
  if (to === 'review_updated' && c.reviewChangedAt === undefined) change.reviewChangedAt = now;
  if (!isOpenStatus(to)) change.closedAt = now;
  else if (c.closedAt !== undefined) change.closedAt = undefined;
  events.push({ type: 'status', detail: to, text: c.status });
  return setFields(c, change, now);
}

export async function recordDraft(
  caseId: string,
  type: 'draft_inserted' | 'draft_copied',
  stage: string,
  opts: WriteOptions | number = {},
): Promise<CaseRecord> {
  const { now = Date.now(), open } = typeof opts === 'number' ? { now: opts } : opts;
  return mutate(
    caseId,
    now,
    (c) => {
      const events: Draft[] = [{ type, detail: stage }];
      let view = c;
      // Any draft that reaches the buyer is the first response.
      if (c.firstResponseAt === undefined && stage !== 'public_reply')
        view = setFields(view, { firstResponseAt: now }, now);
      view = moveStatus(view, STATUS_OF_DRAFT[stage], now, events);
      return { view: { ...view, updatedAt: Math.max(view.updatedAt, now) }, events };
    },
    open,
  );
}

/** The agent's own correction of the status: any status, any direction. */
export async function setStatus(
  caseId: string,
  status: CaseStatus,
  now = Date.now(),
): Promise<CaseRecord> {
  return mutate(caseId, now, (c) => {
    if (c.status === status) return undefined;
    const events: Draft[] = [];
    return { view: statusChange(c, status, now, events), events };
  });
}

export async function setOutcome(
  caseId: string,
  outcome: Outcome | undefined,
  now = Date.now(),
): Promise<CaseRecord> {
  return mutate(caseId, now, (c) => {
    const events: Draft[] = [{ type: outcome ? 'outcome' : 'reopened', detail: outcome }];
    let view = setFields(c, { outcome }, now);
    const to: CaseStatus = outcome
      ? (STATUS_OF_OUTCOME[outcome] ?? c.status)
      : c.firstResponseAt !== undefined
        ? 'contacted'
        : 'new';
    if (to !== c.status) view = statusChange(view, to, now, events);
    return { view, events };
  });
}

export async function setNotes(caseId: string, notes: string, opts: WriteOptions | number = {}) {
  const { now = Date.now(), open } = typeof opts === 'number' ? { now: opts } : opts;
  const text = notes.slice(0, 20_000);
  return mutate(
    caseId,
    now,
    (c) =>
      c.notes === text
        ? undefined
        : { view: setFields(c, { notes: text }, now), events: [{ type: 'note', text }] },
    open,
  );
}

export async function setPostMortem(caseId: string, pm: PostMortem | undefined, now = Date.now()) {
  return mutate(caseId, now, (c) => ({
    view: setFields(c, { postMortem: pm }, now),
    events: [{ type: 'post_mortem', detail: pm?.cause, text: pm ? JSON.stringify(pm) : undefined }],
  }));
}

export async function setRemedy(
  caseId: string,
  remedy: string,
  offered: boolean,
  opts: WriteOptions | number = {},
) {
  const { now = Date.now(), open } = typeof opts === 'number' ? { now: opts } : opts;
  return mutate(
    caseId,
    now,
    (c) => {
      const has = c.remedies.includes(remedy);
      if (has === offered) return undefined;
      const remedies = offered ? [...c.remedies, remedy] : c.remedies.filter((r) => r !== remedy);
      const events: Draft[] = [{ type: 'remedy', detail: `${offered ? '+' : '-'}${remedy}` }];
      let view = setFields(c, { remedies }, now);
      if (offered) view = moveStatus(view, 'remedy_offered', now, events);
      return { view, events };
    },
    open,
  );
}

export async function setOwner(caseId: string, owner: string | undefined, now = Date.now()) {
  const value = owner?.trim().slice(0, 100) || undefined;
  return mutate(caseId, now, (c) =>
    c.owner === value
      ? undefined
      : { view: setFields(c, { owner: value }, now), events: [{ type: 'owner', detail: value }] },
  );
}

/**
 * The last draft the agent edited survives a panel reload. Not an event: a
 * draft changes with every keystroke; what reaches the buyer is recorded on insert.
 */
export async function saveDraft(
  caseId: string,
  draft: { stage: string; language: string; text: string } | undefined,
  opts: WriteOptions | number = {},
): Promise<CaseRecord> {
  const { now = Date.now(), open } = typeof opts === 'number' ? { now: opts } : opts;
  return mutate(
    caseId,
    now,
    (c) => {
      if (!draft) {
        // A reset keeps the text it replaced, so it can be undone.
        // Nothing to replace (already reset): keep the text the first reset saved.
        if (!c.draft?.text) return undefined;
        return {
          view: setFields(
            c,
            { draft: { ...c.draft, text: '', previous: c.draft.text, at: now } },
            now,
          ),
        };
      }
      const text = draft.text.slice(0, 20_000);
      if (c.draft?.text === text && c.draft.stage === draft.stage) return undefined;
      return { view: setFields(c, { draft: { ...draft, text, at: now } }, now) };
    },
    open,
  );
}

/** Brings back the text a reset replaced. */
export async function undoDraftReset(caseId: string, now = Date.now()): Promise<CaseRecord> {
  return mutate(caseId, now, (c) => {
    if (!c.draft?.previous) return undefined;
    const { previous, ...rest } = c.draft;
    return { view: setFields(c, { draft: { ...rest, text: previous, at: now } }, now) };
  });
}

export async function setPractice(caseId: string, practice: boolean, now = Date.now()) {
  return mutate(caseId, now, (c) => ({
    view: setFields(c, { practice: practice ? 1 : undefined }, now),
  }));
}

// ---- reading ----

export async function caseEvents(caseId: string): Promise<CaseEvent[]> {
  return db().log.where('[caseId+at]').between([caseId, -Infinity], [caseId, Infinity]).toArray();
}

/** The timelines of several cases, for exports: one indexed range read per case. */
export async function eventsOf(cases: readonly Pick<CaseRecord, 'id'>[]): Promise<CaseEvent[]> {
  const d = db();
  const lists = await Promise.all(
    cases.map((c) =>
      d.log.where('[caseId+at]').between([c.id, -Infinity], [c.id, Infinity]).toArray(),
    ),
  );
  return lists.flat();
}

/**
 * Recomputes the deadlines that time alone changes: a lapsed 30-day review window
 * gives way to the case's next deadline. Every other deadline is fixed by the case's
 * own record (written again by `derive` on each change), so only that one index range
 * is read. Run by the background's alarm every minute.
 */
export async function refreshDeadlines(now = Date.now()): Promise<number> {
  const d = db();
  const lapsed = () =>
    d.cases
      .where('[dueKind+dueAt]')
      .between(['review_window', -Infinity], ['review_window', now], true, true);
  // Found without a write lock: a read-write pass over a large range held the store
  // and stalled the dashboard's first page behind it.
  const ids = (await lapsed().primaryKeys()) as string[];
  let changed = 0;
  // Short transactions, so a reader waits for one chunk at most.
  for (let i = 0; i < ids.length; i += REFRESH_CHUNK) {
    const chunk = ids.slice(i, i + REFRESH_CHUNK);
    changed += await d.transaction('rw', d.cases, async () => {
      // Read again inside the write, so a change made meanwhile is kept.
      const rows = (await d.cases.bulkGet(chunk))
        .filter((c): c is CaseRecord => c?.dueKind === 'review_window' && c.dueAt! <= now)
        .map((c) => [c, derive(c, now, zone())] as const)
        .filter(([c, n]) => n.dueAt !== c.dueAt || n.dueKind !== c.dueKind)
        .map(([, n]) => n);
      if (rows.length) await d.cases.bulkPut(rows);
      return rows.length;
    });
  }
  return changed;
}
const REFRESH_CHUNK = 500;

/** Marks cases as reminded, so a notification is raised once per deadline. */
export async function markReminded(ids: readonly string[], now = Date.now()): Promise<void> {
  const d = db();
  await d.transaction('rw', d.cases, async () => {
    for (const id of ids) await d.cases.update(id, { remindedAt: now });
  });
}

// ---- page snapshots (written by the background) ----

export async function putPage(
  tabId: number,
  windowId: number,
  title: string,
  snapshot: Snapshot,
  active: boolean,
  now = Date.now(),
): Promise<void> {
  const d = db();
  await d.transaction('rw', d.pages, async () => {
    const prev = await d.pages.get(tabId);
    await d.pages.put(pageRecordOf(prev, tabId, windowId, title, snapshot, active, now));
  });
}

/** The record `putPage` writes over `prev` (the panel builds the same from a pushed page). */
export function pageRecordOf(
  prev: PageRecord | undefined,
  tabId: number,
  windowId: number,
  title: string,
  snapshot: Snapshot,
  active: boolean,
  now: number,
): PageRecord {
  return {
    tabId,
    windowId,
    title,
    snapshot,
    updatedAt: now,
    lastActiveAt: active ? now : (prev?.lastActiveAt ?? 0),
  };
}

export async function markPageError(tabId: number, error: string): Promise<void> {
  await db().pages.update(tabId, { lastError: error });
}

export async function touchPage(tabId: number, now = Date.now()): Promise<void> {
  await db().pages.update(tabId, { lastActiveAt: now });
}

export async function removePage(tabId: number): Promise<void> {
  await db().pages.delete(tabId);
}

export async function clearPages(): Promise<void> {
  await db().pages.clear();
}

/**
 * The page the side panel shows: the active tab of its window when that is a
 * seller-centre tab, otherwise the most recently active seller-centre tab.
 */
export function choosePage(
  pages: PageRecord[],
  activeTabId: number | undefined,
): { page: PageRecord; isActiveTab: boolean } | undefined {
  const active = pages.find((p) => p.tabId === activeTabId);
  if (active) return { page: active, isActiveTab: true };
  const latest = [...pages].sort(
    (a, b) => b.lastActiveAt - a.lastActiveAt || b.updatedAt - a.updatedAt,
  )[0];
  return latest ? { page: latest, isActiveTab: false } : undefined;
}

// ---- merging other agents' exports ----

export interface MergeSummary {
  added: number;
  updated: number;
  unchanged: number;
  events: number;
}

const same = (a: CaseRecord, b: CaseRecord) => stableJson(a) === stableJson(b);

/**
 * What merging would do, or does when `write`: cases are deduped by id, per
 * field the newer change wins, timelines are joined by event id (idempotent).
 * One transaction: a failure writes nothing.
 */
export async function mergeCases(
  incoming: readonly CaseRecord[],
  incomingEvents: readonly CaseEvent[],
  opts: { write?: boolean; now?: number; onProgress?: (done: number) => void } = {},
): Promise<MergeSummary> {
  const { write = true, now = Date.now(), onProgress } = opts;
  const d = db();
  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, events: 0 };
  await d.transaction(write ? 'rw' : 'r', d.cases, d.log, async () => {
    // Small chunks: each is one task of JS work between two requests (deriving and
    // serialising 500 cases took 70 ms on a loaded machine), so the page stays responsive.
    const CHUNK = 250;
    for (let i = 0; i < incoming.length; i += CHUNK) {
      const chunk = incoming.slice(i, i + CHUNK);
      const existing = await d.cases.bulkGet(chunk.map((c) => c.id));
      const out: CaseRecord[] = [];
      chunk.forEach((c, j) => {
        const e = existing[j];
        if (!e) {
          out.push(derive(c, now, zone()));
          summary.added++;
          return;
        }
        const merged = derive(mergeViews(e, c), now, zone());
        if (same(merged, e)) summary.unchanged++;
        else {
          out.push(merged);
          summary.updated++;
        }
      });
      if (write && out.length) await d.cases.bulkPut(out);
      onProgress?.(Math.min(incoming.length, i + CHUNK));
    }
    for (let i = 0; i < incomingEvents.length; i += CHUNK * 5) {
      const chunk = incomingEvents.slice(i, i + CHUNK * 5);
      const known = await d.log.bulkGet(chunk.map((e) => e.id));
      const fresh = chunk.filter((_, j) => !known[j]);
      summary.events += new Set(fresh.map((e) => e.id)).size;
      if (write && fresh.length) await d.log.bulkPut(fresh);
    }
  });
  return summary;
}

// ---- retention ----

/** How many cases were created before the cut-off (what a purge would delete). */
export async function countOlderThan(days: number, now = Date.now()): Promise<number> {
  return db()
    .cases.where('createdAt')
    .below(now - days * 86_400_000)
    .count();
}

/** Deletes cases created more than `days` ago, and their timelines, in one transaction. */
export async function purgeOlderThan(days: number, now = Date.now()): Promise<number> {
  const d = db();
  return d.transaction('rw', d.cases, d.log, async () => {
    const ids = await d.cases
      .where('createdAt')
      .below(now - days * 86_400_000)
      .primaryKeys();
    for (const id of ids)
      await d.log.where('[caseId+at]').between([id, -Infinity], [id, Infinity]).delete();
    await d.cases.bulkDelete(ids);
    return ids.length;
  });
}

// ---- the agent's settings ----

const clip = (s: string | undefined) => s?.trim().slice(0, 80) || undefined;

export async function getSettings(): Promise<Settings> {
  return (await db().settings.get('agent')) ?? { key: 'agent' };
}

/** Marks a case as practice (practice mode), so statistics and exports can leave it out. */
export async function markPractice(caseId: string): Promise<void> {
  await db().cases.update(caseId, { practice: 1 });
}

/** Read-modify-write in one transaction, so two fields saved at once both stick. */
export async function saveSettings(change: Omit<Settings, 'key'>): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, async () => {
    const current = await getSettings();
    // The settings view saves any of its fields; names are clipped, retention range-checked.
    const next: Settings = { ...current, ...change, key: 'agent' };
    if ('agentName' in change) next.agentName = clip(change.agentName);
    if ('shopName' in change) next.shopName = clip(change.shopName);
    if ('retentionDays' in change) {
      const n = change.retentionDays;
      next.retentionDays = n && Number.isInteger(n) && n > 0 && n <= 36_500 ? n : undefined;
    }
    for (const k of Object.keys(next) as (keyof Settings)[])
      if (next[k] === undefined) delete next[k];
    await d.settings.put(next);
  });
}
