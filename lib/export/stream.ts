// Exports of the filtered cases, written chunk by chunk into a Blob: memory holds
// one chunk of cases and the Blob's parts, never one string of the whole log.
import { db } from '../db';
import { forEachChunk, type CaseFilter } from '../db/query';
import type { CaseEvent, CaseRecord } from '../db/schema';
import { csvLine } from './csv';
import { JSON_TAIL, jsonCase, jsonHead } from './json';
import {
  CASE_COLUMNS,
  caseRow,
  draftCounts,
  EVENT_COLUMNS,
  eventRow,
  headerRow,
  type RowOptions,
} from './rows';
import { casesSheetName, timelineSheetName, XlsxWriter } from './xlsx';

export type ExportFormat = 'csv' | 'json' | 'xlsx';

export interface ExportOptions extends RowOptions {
  /** The exporting agent's name, carried by the JSON log (team merge). */
  agent?: string;
  onProgress?(done: number, total: number): void;
  /** Rows per XLSX sheet before the rows go on in the next sheet (Excel's limit; tests inject less). */
  maxSheetRows?: number;
}

/** The events of a chunk of cases sorted by id: one range read over the caseId index. */
async function chunkEvents(
  chunk: readonly Pick<CaseRecord, 'id'>[],
): Promise<Map<string, CaseEvent[]>> {
  const by = new Map<string, CaseEvent[]>();
  if (chunk.length === 0) return by;
  for (const c of chunk) by.set(c.id, []);
  const first = chunk[0]!.id;
  const last = chunk[chunk.length - 1]!.id;
  // One getAll over the range (a cursor would cost a round trip per event).
  const events = await db().log.where('caseId').between(first, last, true, true).toArray();
  for (const e of events) by.get(e.caseId)?.push(e);
  for (const list of by.values()) list.sort((a, b) => a.at - b.at);
  return by;
}

/**
 * Draft counts of a chunk of cases, without reading their timelines: an event's id
 * starts with its case id and names its type (model.ts eventId), so the chunk's
 * event ids are read as keys alone and only the draft events among them as values.
 * A CSV needs nothing else of the log, and reading every event had been a third of
 * its time.
 */
async function chunkDrafts(
  chunk: readonly Pick<CaseRecord, 'id'>[],
): Promise<Map<string, { inserted: number; copied: number }>> {
  if (chunk.length === 0) return new Map();
  const log = db().log;
  const ids = (await log
    .where(':id')
    .between(chunk[0]!.id, `${chunk[chunk.length - 1]!.id}|\uffff`, true, true)
    .primaryKeys()) as string[];
  const maybe = ids.filter((k) => k.includes('|draft_inserted|') || k.includes('|draft_copied|'));
  if (maybe.length === 0) return new Map();
  const events = (await log.bulkGet(maybe)).filter((e): e is CaseEvent => e !== undefined);
  return draftCounts(events);
}

export async function exportCases(
  filter: CaseFilter,
  format: ExportFormat,
  o: ExportOptions = {},
): Promise<{ blob: Blob; count: number }> {
  if (format === 'xlsx') return exportXlsx(filter, o);
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  let blob = new Blob(
    [
      format === 'csv'
        ? '\uFEFF' + csvLine(headerRow(CASE_COLUMNS, o))
        : jsonHead({ agent: o.agent }),
    ],
    { type },
  );
  let first = true;
  const count = await forEachChunk(filter, async (chunk, done, total) => {
    const parts: string[] = [];
    if (format === 'csv') {
      const drafts = await chunkDrafts(chunk);
      for (const c of chunk) parts.push(csvLine(caseRow(c, o, drafts.get(c.id))));
    } else {
      const events = await chunkEvents(chunk);
      for (const c of chunk) {
        parts.push((first ? '' : ',\n') + jsonCase(c, events.get(c.id) ?? []));
        first = false;
      }
    }
    // A Blob of Blobs is stitched by reference: earlier chunks are not copied again.
    blob = new Blob([blob, parts.join('')], { type });
    o.onProgress?.(done, total);
  });
  if (format === 'json') blob = new Blob([blob, JSON_TAIL], { type });
  return { blob, count };
}

/**
 * XLSX in two streamed passes: the Cases sheet as the cases are read (their ids
 * kept, a few MB for 100,000), then the Timeline sheet from the events of those
 * ids, a chunk at a time. Progress runs over both.
 */
async function exportXlsx(filter: CaseFilter, o: ExportOptions) {
  const w = new XlsxWriter(1, o.maxSheetRows);
  w.startSheet(casesSheetName(o), headerRow(CASE_COLUMNS, o));
  const ids: string[] = [];
  const count = await forEachChunk(filter, async (chunk, done, total) => {
    const by = await chunkEvents(chunk);
    w.rows(chunk.map((c) => caseRow(c, o, draftCounts(by.get(c.id) ?? []).get(c.id))));
    for (const c of chunk) ids.push(c.id);
    o.onProgress?.(done, total * 2);
  });
  w.startSheet(timelineSheetName(o), headerRow(EVENT_COLUMNS, o, 'ev'));
  const SIZE = 1000;
  for (let i = 0; i < ids.length; i += SIZE) {
    const by = await chunkEvents(ids.slice(i, i + SIZE).map((id) => ({ id })));
    w.rows([...by.values()].flat().map((e) => eventRow(e, o)));
    o.onProgress?.(ids.length + Math.min(ids.length, i + SIZE), ids.length * 2);
  }
  return { blob: w.finish(), count };
}
