// Backup and restore of everything Defuse keeps (cases, timelines, templates,
// practice scenarios, settings), table by table; a restore replaces it all in one transaction.
import { db } from '../db';
import { CaseEventSchema, CaseRecordSchema } from '../db/schema';
import { UserTemplateSchema } from '../templates/schema';
import { SavedScenarioSchema } from '../practice/saved';
import { checkSize, type ImportError } from './import';

export const BACKUP_FORMAT = 'defuse-backup';
export const BACKUP_VERSION = 1;
/** Session data (open tabs' snapshots) is not worth keeping. */
const SKIP = new Set(['pages', 'events']);

/** A backup file, written table by table in chunks of rows. */
export async function backupBlob(now = Date.now()): Promise<Blob> {
  const d = db();
  let blob = new Blob(
    [
      `{"format":"${BACKUP_FORMAT}","version":${BACKUP_VERSION},"schema":${d.verno},"exportedAt":"${new Date(now).toISOString()}","tables":{`,
    ],
    { type: 'application/json' },
  );
  let firstTable = true;
  for (const table of d.tables) {
    if (SKIP.has(table.name)) continue;
    blob = new Blob([blob, `${firstTable ? '' : ','}\n${JSON.stringify(table.name)}:[`]);
    firstTable = false;
    let offset = 0;
    for (;;) {
      const rows = await table.offset(offset).limit(2000).toArray();
      if (rows.length === 0) break;
      blob = new Blob([blob, (offset ? ',' : '') + rows.map((r) => JSON.stringify(r)).join(',\n')]);
      offset += rows.length;
    }
    blob = new Blob([blob, ']']);
  }
  return new Blob([blob, '}}\n'], { type: 'application/json' });
}

export type RestoreResult =
  { ok: true; cases: number; events: number } | { ok: false; error: ImportError };

/** Restores a backup: validates every case and event first, then replaces all tables at once. */
export async function restoreBackup(file: Blob): Promise<RestoreResult> {
  const tooLarge = checkSize(file.size);
  if (tooLarge) return { ok: false, error: tooLarge };
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch {
    return { ok: false, error: { code: 'not_json' } };
  }
  const o = raw as { format?: unknown; version?: unknown; tables?: Record<string, unknown[]> };
  if (!o || o.format !== BACKUP_FORMAT || typeof o.tables !== 'object' || !o.tables)
    return { ok: false, error: { code: 'foreign' } };
  if (typeof o.version !== 'number' || o.version > BACKUP_VERSION)
    return {
      ok: false,
      error: { code: 'newer', version: Number(o.version), supported: BACKUP_VERSION },
    };
  const d = db();
  const tables = o.tables;
  const cases = tables.cases ?? [];
  const log = tables.log ?? [];
  for (let i = 0; i < cases.length; i++) {
    const r = CaseRecordSchema.safeParse(cases[i]);
    if (!r.success)
      return {
        ok: false,
        error: {
          code: 'damaged',
          where: `case ${i + 1}`,
          message: r.error.issues[0]?.message ?? 'invalid',
        },
      };
  }
  for (let i = 0; i < log.length; i++) {
    const r = CaseEventSchema.safeParse(log[i]);
    if (!r.success)
      return {
        ok: false,
        error: {
          code: 'damaged',
          where: `event ${i + 1}`,
          message: r.error.issues[0]?.message ?? 'invalid',
        },
      };
  }
  const templates = tables.templates ?? [];
  for (let i = 0; i < templates.length; i++) {
    const r = UserTemplateSchema.safeParse(templates[i]);
    if (!r.success)
      return {
        ok: false,
        error: {
          code: 'damaged',
          where: `template ${i + 1}`,
          message: r.error.issues[0]?.message ?? 'invalid',
        },
      };
  }
  const scenarios = tables.scenarios ?? [];
  for (let i = 0; i < scenarios.length; i++) {
    const r = SavedScenarioSchema.safeParse(scenarios[i]);
    if (!r.success)
      return {
        ok: false,
        error: {
          code: 'damaged',
          where: `scenario ${i + 1}`,
          message: r.error.issues[0]?.message ?? 'invalid',
        },
      };
  }
  const known = d.tables.filter((t) => !SKIP.has(t.name));
  await d.transaction('rw', known, async () => {
    for (const t of known) {
      const rows = tables[t.name];
      if (!Array.isArray(rows)) continue;
      await t.clear();
      await t.bulkPut(rows);
    }
  });
  return { ok: true, cases: cases.length, events: log.length };
}
