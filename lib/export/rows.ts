import type { CaseEvent, CaseRecord } from '../db/schema';
import { productLabel } from '../ui/product';

/** The columns of a case log, shared by CSV and XLSX so the two never drift apart. */
export const CASE_COLUMNS = [
  'case_id',
  'site',
  'external_id',
  'kind',
  'status',
  'outcome',
  'created_at',
  'updated_at',
  'language',
  'sentiment',
  'anger',
  'causes',
  'flags',
  'rating',
  'author',
  'order_id',
  'product',
  'title',
  'body',
  'steps_done',
  'steps_skipped',
  'drafts_inserted',
  'drafts_copied',
  'agent',
  'page_url',
] as const;
export type CaseColumn = (typeof CASE_COLUMNS)[number];
export type Cell = string | number;

const iso = (ms: number): string => new Date(ms).toISOString();

/** One row per case, in CASE_COLUMNS order; events are used to count drafts. */
export function caseRows(
  cases: readonly CaseRecord[],
  events: readonly CaseEvent[] = [],
): Cell[][] {
  const drafts = new Map<string, { inserted: number; copied: number }>();
  for (const e of events) {
    if (e.type !== 'draft_inserted' && e.type !== 'draft_copied') continue;
    const d = drafts.get(e.caseId) ?? { inserted: 0, copied: 0 };
    if (e.type === 'draft_inserted') d.inserted++;
    else d.copied++;
    drafts.set(e.caseId, d);
  }
  return cases.map((c) => {
    const stepIds = (state: string) =>
      Object.entries(c.steps)
        .filter(([, s]) => s === state)
        .map(([id]) => id)
        .join('|');
    const d = drafts.get(c.id);
    const row: Record<CaseColumn, Cell> = {
      case_id: c.id,
      site: c.site,
      external_id: c.externalId,
      kind: c.kind,
      status: c.status,
      outcome: c.outcome ?? '',
      created_at: iso(c.createdAt),
      updated_at: iso(c.updatedAt),
      language: c.language,
      sentiment: c.sentiment,
      anger: c.anger,
      causes: c.causes.join('|'),
      flags: c.flags.join('|'),
      rating: c.item.rating ?? '',
      author: c.item.author ?? '',
      order_id: c.item.orderId ?? '',
      product: productLabel(c.item.product) ?? '',
      title: c.item.title ?? '',
      body: c.item.body,
      steps_done: stepIds('done'),
      steps_skipped: stepIds('skipped'),
      drafts_inserted: d?.inserted ?? 0,
      drafts_copied: d?.copied ?? 0,
      agent: c.agent ?? '',
      page_url: c.pageUrl,
    };
    return CASE_COLUMNS.map((k) => row[k]);
  });
}

export const EVENT_COLUMNS = ['case_id', 'at', 'type', 'detail'] as const;

export function eventRows(events: readonly CaseEvent[]): Cell[][] {
  return [...events]
    .sort((a, b) => a.at - b.at)
    .map((e) => [e.caseId, iso(e.at), e.type, e.detail ?? '']);
}
