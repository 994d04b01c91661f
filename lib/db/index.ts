// The only module that writes cases, events and page snapshots.
import type { Snapshot, SnapshotItem, SiteId } from '../messages';
import type { Analysis } from '../analysis/types';
import {
  DefuseDB,
  type CaseEvent,
  type CaseRecord,
  type EventType,
  type Outcome,
  type PageRecord,
  type Settings,
  type StepState,
} from './schema';

export * from './schema';

let instance: DefuseDB | undefined;
export function db(): DefuseDB {
  instance ??= new DefuseDB();
  return instance;
}
/** Tests use a fresh database each. */
export function setDatabase(next: DefuseDB): void {
  instance = next;
}

export const caseIdOf = (site: SiteId, externalId: string): string => `${site}:${externalId}`;

export interface OpenCaseInput {
  site: SiteId;
  item: SnapshotItem;
  pageUrl: string;
  analysis: Pick<Analysis, 'language' | 'sentiment' | 'anger' | 'causes' | 'flags'>;
  now?: number;
}

/** Creates the case for an item, or refreshes what the page shows of it; never duplicates. */
export async function openCase(input: OpenCaseInput): Promise<CaseRecord> {
  const d = db();
  const now = input.now ?? Date.now();
  const id = caseIdOf(input.site, input.item.externalId);
  return d.transaction('rw', d.cases, d.events, async () => {
    const existing = await d.cases.get(id);
    const fromAnalysis = {
      language: input.analysis.language,
      sentiment: input.analysis.sentiment,
      anger: input.analysis.anger,
      causes: input.analysis.causes.map((c) => c.cause),
      flags: [...input.analysis.flags],
    };
    if (existing) {
      const textChanged = existing.item.body !== input.item.body;
      if (!textChanged && existing.pageUrl === input.pageUrl) return existing;
      const updated: CaseRecord = {
        ...existing,
        ...fromAnalysis,
        item: input.item,
        pageUrl: input.pageUrl,
        updatedAt: now,
      };
      await d.cases.put(updated);
      return updated;
    }
    const record: CaseRecord = {
      id,
      site: input.site,
      externalId: input.item.externalId,
      kind: input.item.kind,
      status: 'open',
      createdAt: now,
      updatedAt: now,
      pageUrl: input.pageUrl,
      item: input.item,
      ...fromAnalysis,
      steps: {},
    };
    await d.cases.add(record);
    await d.events.add({ caseId: id, at: now, type: 'opened' });
    return record;
  });
}

async function touch(caseId: string, change: Partial<CaseRecord>, event: CaseEvent): Promise<void> {
  const d = db();
  await d.transaction('rw', d.cases, d.events, async () => {
    const n = await d.cases.update(caseId, { ...change, updatedAt: event.at });
    if (n === 0) throw new Error(`No case ${caseId}`);
    await d.events.add(event);
  });
}

export async function setStep(
  caseId: string,
  stepId: string,
  state: StepState | 'todo',
  now = Date.now(),
): Promise<void> {
  const d = db();
  const current = await d.cases.get(caseId);
  if (!current) throw new Error(`No case ${caseId}`);
  const steps = { ...current.steps };
  if (state === 'todo') delete steps[stepId];
  else steps[stepId] = state;
  const type: EventType =
    state === 'done' ? 'step_done' : state === 'skipped' ? 'step_skipped' : 'step_reset';
  await touch(caseId, { steps }, { caseId, at: now, type, detail: stepId });
}

export async function recordDraft(
  caseId: string,
  type: 'draft_inserted' | 'draft_copied',
  detail: string,
  now = Date.now(),
): Promise<void> {
  await touch(caseId, {}, { caseId, at: now, type, detail });
}

export async function setOutcome(
  caseId: string,
  outcome: Outcome | undefined,
  now = Date.now(),
): Promise<void> {
  await touch(
    caseId,
    { outcome, status: outcome ? 'closed' : 'open' },
    { caseId, at: now, type: outcome ? 'outcome' : 'reopened', detail: outcome },
  );
}

export async function caseEvents(caseId: string): Promise<CaseEvent[]> {
  return db().events.where('caseId').equals(caseId).sortBy('at');
}

/** The timelines of several cases, for exports. */
export async function eventsOf(cases: readonly Pick<CaseRecord, 'id'>[]): Promise<CaseEvent[]> {
  return db()
    .events.where('caseId')
    .anyOf(cases.map((c) => c.id))
    .toArray();
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
    const rec: PageRecord = {
      tabId,
      windowId,
      title,
      snapshot,
      updatedAt: now,
      lastActiveAt: active ? now : (prev?.lastActiveAt ?? 0),
    };
    await d.pages.put(rec);
  });
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

const eventKey = (e: CaseEvent) => `${e.at}|${e.type}|${e.detail ?? ''}`;

/**
 * Merges exported cases into this database in one transaction: new cases are
 * added, known ones keep the most recent state, steps done anywhere stay done,
 * and timelines are joined without duplicates. Nothing already stored is lost.
 */
export async function mergeCases(
  incoming: readonly CaseRecord[],
  incomingEvents: readonly CaseEvent[],
): Promise<MergeSummary> {
  const d = db();
  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, events: 0 };
  await d.transaction('rw', d.cases, d.events, async () => {
    for (const c of incoming) {
      const existing = await d.cases.get(c.id);
      if (!existing) {
        await d.cases.add(c);
        summary.added++;
        continue;
      }
      const newer = c.updatedAt > existing.updatedAt ? c : existing;
      const steps = { ...existing.steps };
      for (const [id, s] of Object.entries(c.steps)) {
        if (steps[id] !== 'done') steps[id] = s;
      }
      const merged: CaseRecord = {
        ...newer,
        createdAt: Math.min(existing.createdAt, c.createdAt),
        steps,
        agent: existing.agent ?? c.agent,
      };
      if (JSON.stringify(merged) === JSON.stringify(existing)) summary.unchanged++;
      else {
        await d.cases.put(merged);
        summary.updated++;
      }
    }
    const byCase = new Map<string, CaseEvent[]>();
    for (const e of incomingEvents) {
      const list = byCase.get(e.caseId) ?? [];
      list.push(e);
      byCase.set(e.caseId, list);
    }
    for (const [caseId, list] of byCase) {
      const known = new Set(
        (await d.events.where('caseId').equals(caseId).toArray()).map(eventKey),
      );
      for (const e of list) {
        if (known.has(eventKey(e))) continue;
        known.add(eventKey(e));
        await d.events.add({ caseId, at: e.at, type: e.type, detail: e.detail });
        summary.events++;
      }
    }
  });
  return summary;
}

// ---- the agent's settings ----

const clip = (s: string | undefined) => s?.trim().slice(0, 80) || undefined;

export async function getSettings(): Promise<Settings> {
  return (await db().settings.get('agent')) ?? { key: 'agent' };
}

/** Marks a case as practice (practice mode), so statistics and exports can leave it out. */
export async function markPractice(caseId: string): Promise<void> {
  await db().cases.update(caseId, { practice: true });
}

/** Read-modify-write in one transaction, so two fields saved at once both stick. */
export async function saveSettings(change: Omit<Settings, 'key'>): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, async () => {
    const current = await getSettings();
    await d.settings.put({
      ...current,
      ...change,
      key: 'agent',
      agentName: 'agentName' in change ? clip(change.agentName) : current.agentName,
      shopName: 'shopName' in change ? clip(change.shopName) : current.shopName,
    });
  });
}
