import type { CaseEvent, CaseRecord } from '../db/schema';

export const EXPORT_FORMAT = 'defuse-cases';
export const EXPORT_VERSION = 1;

/** A full, re-importable log: every case with its timeline. */
export function casesToJson(
  cases: readonly CaseRecord[],
  events: readonly CaseEvent[],
  exportedAt = Date.now(),
): string {
  const byCase = new Map<string, CaseEvent[]>();
  for (const e of events) {
    const list = byCase.get(e.caseId) ?? [];
    list.push({ caseId: e.caseId, at: e.at, type: e.type, detail: e.detail });
    byCase.set(e.caseId, list);
  }
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date(exportedAt).toISOString(),
      cases: cases.map((c) => ({ ...c, events: byCase.get(c.id) ?? [] })),
    },
    null,
    2,
  );
}
