// A full, re-importable log: every case with its timeline and the exporting
// agent's name, written case by case so a large log is never one giant string.
import type { CaseEvent, CaseRecord } from '../db/schema';

export const EXPORT_FORMAT = 'defuse-cases';
/** 2: the case model (status, owner, notes, post-mortem, event ids). Readers take 1 and 2. */
export const EXPORT_VERSION = 2;

export interface JsonMeta {
  agent?: string;
  exportedAt?: number;
}

export const jsonHead = (m: JsonMeta = {}): string =>
  `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(
    new Date(m.exportedAt ?? Date.now()).toISOString(),
  )}${m.agent ? `,"agent":${JSON.stringify(m.agent)}` : ''},"cases":[\n`;
export const JSON_TAIL = '\n]}\n';

/** One case line; the search terms and the derived deadline are rebuilt on import. */
export function jsonCase(c: CaseRecord, events: readonly CaseEvent[]): string {
  const { terms: _terms, dueAt: _dueAt, dueKind: _dueKind, remindedAt: _r, ...rest } = c;
  return JSON.stringify({
    ...rest,
    events: events.map(({ id: _id, caseId: _c, ...e }) => e),
  });
}

/** The whole log as one string (small exports and tests; the dashboard streams). */
export function casesToJson(
  cases: readonly CaseRecord[],
  events: readonly CaseEvent[],
  exportedAt = Date.now(),
  agent?: string,
): string {
  const byCase = new Map<string, CaseEvent[]>();
  for (const e of events) {
    const list = byCase.get(e.caseId) ?? [];
    list.push(e);
    byCase.set(e.caseId, list);
  }
  return (
    jsonHead({ agent, exportedAt }) +
    cases.map((c) => jsonCase(c, byCase.get(c.id) ?? [])).join(',\n') +
    JSON_TAIL
  );
}
