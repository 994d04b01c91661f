import Papa from 'papaparse';
import type { CaseEvent, CaseRecord } from '../db/schema';

export const CSV_COLUMNS = [
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

export interface CsvOptions {
  /** Events of these cases, to count drafts per case. */
  events?: CaseEvent[];
  /** Prefix a UTF-8 byte-order mark so Excel reads Chinese text correctly. */
  bom?: boolean;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** One row per case. Cells that a spreadsheet would run as a formula are escaped. */
export function casesToCsv(cases: readonly CaseRecord[], options: CsvOptions = {}): string {
  const drafts = new Map<string, { inserted: number; copied: number }>();
  for (const e of options.events ?? []) {
    if (e.type !== 'draft_inserted' && e.type !== 'draft_copied') continue;
    const d = drafts.get(e.caseId) ?? { inserted: 0, copied: 0 };
    if (e.type === 'draft_inserted') d.inserted++;
    else d.copied++;
    drafts.set(e.caseId, d);
  }
  const rows = cases.map((c) => {
    const stepIds = (state: string) =>
      Object.entries(c.steps)
        .filter(([, s]) => s === state)
        .map(([id]) => id)
        .join('|');
    const d = drafts.get(c.id);
    const row: Record<(typeof CSV_COLUMNS)[number], string | number> = {
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
      product: c.item.product ?? '',
      title: c.item.title ?? '',
      body: c.item.body,
      steps_done: stepIds('done'),
      steps_skipped: stepIds('skipped'),
      drafts_inserted: d?.inserted ?? 0,
      drafts_copied: d?.copied ?? 0,
      agent: c.agent ?? '',
      page_url: c.pageUrl,
    };
    return CSV_COLUMNS.map((k) => row[k]);
  });
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { escapeFormulae: true, newline: '\r\n', quotes: false },
  );
  return (options.bom ? '\uFEFF' : '') + csv;
}
