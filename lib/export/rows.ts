// The columns of a case log, shared by CSV and XLSX so the two never drift apart.
// With a UI locale the headers and values are in the agent's language and times
// are local; without one they are the codes and UTC ISO times (for tools).
import '../i18n/dashboard';
import type { UiLocale } from '../i18n';
import { translate, type MessageKey } from '../i18n';
import type { CaseEvent, CaseRecord } from '../db/schema';
import {
  causeLabel,
  eventLabel,
  flagLabel,
  localTime,
  siteLabel,
  stageLabel,
  statusLabel,
} from '../cases/labels';
import { productLabel } from '../ui/product';

export const CASE_COLUMNS = [
  'case_id',
  'site',
  'host',
  'external_id',
  'kind',
  'status',
  'outcome',
  'owner',
  'created_at',
  'buyer_at',
  'first_response_at',
  'resolved_at',
  'review_changed_at',
  'due_at',
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
  'remedies',
  'steps_done',
  'steps_skipped',
  'drafts_inserted',
  'drafts_copied',
  'notes',
  'pm_cause',
  'pm_fixes',
  'pm_fix',
  'pm_lesson',
  'page_url',
] as const;
export type CaseColumn = (typeof CASE_COLUMNS)[number];
export type Cell = string | number;

export interface RowOptions {
  /** Headers and values in this UI language with local times; codes and UTC without. */
  locale?: UiLocale;
  timeZone?: string;
  /** Hide buyer names and order ids (for sharing outside the team). */
  mask?: boolean;
}

/** "Jane Doe" → "J******e"; an order id keeps its last 4 characters. */
export const maskName = (s: string): string =>
  s.length <= 2 ? '*'.repeat(s.length) : `${s[0]}${'*'.repeat(s.length - 2)}${s.at(-1)}`;
export const maskOrder = (s: string): string =>
  s.length <= 4 ? '*'.repeat(s.length) : `${'*'.repeat(s.length - 4)}${s.slice(-4)}`;

export function headerRow(cols: readonly string[], o: RowOptions, area = 'col'): string[] {
  return o.locale
    ? cols.map((c) => translate(o.locale!, `dashboard.${area}.${c}` as MessageKey))
    : [...cols];
}

/** Draft counts per case, from the events of the cases being exported. */
export function draftCounts(events: readonly CaseEvent[]) {
  const m = new Map<string, { inserted: number; copied: number }>();
  for (const e of events) {
    if (e.type !== 'draft_inserted' && e.type !== 'draft_copied') continue;
    const d = m.get(e.caseId) ?? { inserted: 0, copied: 0 };
    if (e.type === 'draft_inserted') d.inserted++;
    else d.copied++;
    m.set(e.caseId, d);
  }
  return m;
}

export function caseRow(
  c: CaseRecord,
  o: RowOptions,
  drafts?: { inserted: number; copied: number },
): Cell[] {
  const L = o.locale;
  const time = (t: number | undefined) =>
    t === undefined ? '' : L ? localTime(L, t, o.timeZone) : new Date(t).toISOString();
  const list = (xs: readonly string[], f?: (x: string) => string) =>
    xs.map((x) => (L && f ? f(x) : x)).join(L ? '、' : '|');
  const steps = (state: string) =>
    list(
      Object.entries(c.steps)
        .filter(([, s]) => s === state)
        .map(([id]) => id),
      (id) => stageLabel(L!, id),
    );
  const buyer = c.buyer ?? c.item.author ?? '';
  const order = c.orderId ?? c.item.orderId ?? '';
  const pm = c.postMortem;
  const row: Record<CaseColumn, Cell> = {
    case_id: c.id,
    site: L ? siteLabel(L, c.site) : c.site,
    host: c.host,
    external_id: c.externalId,
    kind: L ? translate(L, `dashboard.kind.${c.kind}` as MessageKey) : c.kind,
    status: L ? statusLabel(L, c.status) : c.status,
    outcome: c.outcome ?? '',
    owner: c.owner ?? '',
    created_at: time(c.createdAt),
    buyer_at: time(c.buyerAt),
    first_response_at: time(c.firstResponseAt),
    resolved_at: time(c.resolvedAt),
    review_changed_at: time(c.reviewChangedAt),
    due_at: time(c.dueAt),
    updated_at: time(c.updatedAt),
    language: c.language,
    sentiment: L ? translate(L, `dashboard.sentiment.${c.sentiment}` as MessageKey) : c.sentiment,
    anger: c.anger,
    causes: list(c.causes, (x) => causeLabel(L!, x as CaseRecord['causes'][number])),
    flags: list(c.flags, (x) => flagLabel(L!, x)),
    rating: c.rating ?? c.item.rating ?? '',
    author: o.mask && buyer ? maskName(buyer) : buyer,
    order_id: o.mask && order ? maskOrder(order) : order,
    product: productLabel(c.product ?? c.item.product) ?? '',
    title: c.item.title ?? '',
    body: c.item.body,
    remedies: list(c.remedies),
    steps_done: steps('done'),
    steps_skipped: steps('skipped'),
    drafts_inserted: drafts?.inserted ?? 0,
    drafts_copied: drafts?.copied ?? 0,
    notes: c.notes,
    pm_cause: pm?.cause ? (L ? causeLabel(L, pm.cause) : pm.cause) : '',
    pm_fixes: list(pm?.fixes ?? [], (f) => translate(L!, `queue.pm.fix.${f}` as MessageKey)),
    pm_fix: pm?.fix ?? '',
    pm_lesson: pm?.lesson ?? '',
    page_url: c.pageUrl,
  };
  return CASE_COLUMNS.map((k) => row[k]);
}

/** One row per case, in CASE_COLUMNS order; events are used to count drafts. */
export function caseRows(
  cases: readonly CaseRecord[],
  events: readonly CaseEvent[] = [],
  o: RowOptions = {},
): Cell[][] {
  const drafts = draftCounts(events);
  return cases.map((c) => caseRow(c, o, drafts.get(c.id)));
}

export const EVENT_COLUMNS = ['case_id', 'at', 'type', 'agent', 'detail', 'text'] as const;

export function eventRow(e: CaseEvent, o: RowOptions): Cell[] {
  const L = o.locale;
  return [
    e.caseId,
    L ? localTime(L, e.at, o.timeZone) : new Date(e.at).toISOString(),
    L ? eventLabel(L, e) : e.type,
    e.agent ?? '',
    e.detail ?? '',
    e.text ?? '',
  ];
}

export function eventRows(events: readonly CaseEvent[], o: RowOptions = {}): Cell[][] {
  return [...events].sort((a, b) => a.at - b.at).map((e) => eventRow(e, o));
}
