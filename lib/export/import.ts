// Reading a case log exported by Defuse (JSON), to merge several agents' logs.
// The file is untrusted input: everything is validated before anything is written.
import * as z from 'zod/mini';
import { SITE_IDS, StoredItemSchema } from '../messages';
import { CAUSES } from '../analysis/types';
import { EVENT_TYPES, OUTCOMES, type CaseEvent, type CaseRecord } from '../db/schema';
import { EXPORT_FORMAT } from './json';

/** Big enough for a team's year, small enough that a wrong file cannot hang the page. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const MAX_IMPORT_CASES = 100_000;

const EventSchema = z.object({
  caseId: z.optional(z.string()),
  at: z.number(),
  type: z.enum(EVENT_TYPES),
  detail: z.optional(z.string().check(z.maxLength(200))),
});

const CaseSchema = z.object({
  id: z.string().check(z.minLength(3), z.maxLength(260)),
  site: z.enum(SITE_IDS),
  externalId: z.string().check(z.minLength(1), z.maxLength(200)),
  kind: z.enum(['reviews', 'feedback', 'messages']),
  status: z.enum(['open', 'closed']),
  outcome: z.optional(z.enum(OUTCOMES)),
  createdAt: z.number(),
  updatedAt: z.number(),
  pageUrl: z.string().check(z.maxLength(4000)),
  item: StoredItemSchema,
  language: z.enum(['zh-Hans', 'zh-Hant', 'en', 'other']),
  sentiment: z.enum(['negative', 'neutral', 'positive']),
  anger: z.number().check(z.int(), z.gte(0), z.lte(3)),
  causes: z.array(z.enum(CAUSES)),
  flags: z.array(z.string().check(z.maxLength(50))),
  steps: z.record(z.string(), z.enum(['done', 'skipped'])),
  agent: z.optional(z.string().check(z.maxLength(100))),
  events: z.optional(z.array(EventSchema)),
});

const FileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.optional(z.string()),
  cases: z.array(CaseSchema).check(z.maxLength(MAX_IMPORT_CASES)),
});

export interface ParsedImport {
  cases: CaseRecord[];
  events: CaseEvent[];
}

export type ImportResult = { ok: true; value: ParsedImport } | { ok: false; error: string };

/** Parses a Defuse JSON export; every failure says what is wrong and where. */
export function parseCaseExport(text: string, agent?: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, error: 'The file is too large to be a Defuse case log.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      error: 'The file is not valid JSON. Choose a JSON file exported by Defuse.',
    };
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== EXPORT_FORMAT
  ) {
    return {
      ok: false,
      error: 'This is not a Defuse case log (it has no "format": "defuse-cases").',
    };
  }
  const r = FileSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue?.path ?? [];
    const where =
      path[0] === 'cases' && typeof path[1] === 'number'
        ? `case ${path[1] + 1}${path.length > 2 ? ` (${path.slice(2).join('.')})` : ''}`
        : path.join('.') || 'the file';
    return {
      ok: false,
      error: `The file is damaged at ${where}: ${issue?.message ?? 'invalid'}. Nothing was imported.`,
    };
  }
  const cases: CaseRecord[] = [];
  const events: CaseEvent[] = [];
  for (const c of r.data.cases) {
    const { events: evs, ...rest } = c;
    // The id is derived, never trusted: a case can only ever merge with the same item.
    const id = `${rest.site}:${rest.externalId}`;
    cases.push({ ...rest, id, agent: rest.agent ?? agent });
    for (const e of evs ?? [])
      events.push({ caseId: id, at: e.at, type: e.type, detail: e.detail });
  }
  return { ok: true, value: { cases, events } };
}
