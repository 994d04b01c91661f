// Saved practice scenarios in IndexedDB: saved from a closed case, listed in
// the practice screen, removed by the trainer.
import { db } from '../db';
import type { CaseRecord } from '../db/schema';
import { scenarioFromCase, type SavedScenario } from './saved';

/** Keeps the case as an anonymised scenario; the same text saved twice is one scenario. */
export async function saveScenario(
  c: CaseRecord,
  now = Date.now(),
): Promise<SavedScenario | undefined> {
  const s = scenarioFromCase(c, now);
  if (!s) return undefined;
  await db().scenarios.put(s);
  return s;
}

export const listScenarios = (): Promise<SavedScenario[]> =>
  db().scenarios.orderBy('createdAt').reverse().toArray();

export const deleteScenario = (id: string): Promise<void> => db().scenarios.delete(id);
