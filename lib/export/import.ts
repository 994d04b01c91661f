// Reading a case log exported by Defuse (JSON), to merge several agents' logs.
// The file is untrusted input: everything is validated before anything is
// written. Files are read in chunks and split case by case, so a log larger
// than a JavaScript string can hold (100,000 cases ≈ 150 MB) still merges.
import * as z from 'zod/mini';
import { SITE_IDS, StoredItemSchema } from '../messages';
import { CAUSES } from '../analysis/types';
import {
  CaseRecordSchema,
  EVENT_TYPES,
  MAX_TIME,
  OUTCOMES,
  type CaseEvent,
  type CaseRecord,
} from '../db/schema';
import { derive, makeEvent } from '../db/model';
import { caseFromLegacy, eventFromLegacy, type LegacyCase } from '../db/upgrade';
import { EXPORT_FORMAT, EXPORT_VERSION } from './json';

/** Checked on the file's size, before a byte is read. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;
export const MAX_IMPORT_CASES = 500_000;

const time = z.number().check(z.gte(0), z.lte(MAX_TIME));

// Version 1 (before the case model): what those exports held.
const LegacyEventSchema = z.object({
  caseId: z.optional(z.string()),
  at: time,
  type: z.enum(EVENT_TYPES),
  detail: z.optional(z.string().check(z.maxLength(200))),
});
const LegacyCaseSchema = z.object({
  id: z.string().check(z.minLength(3), z.maxLength(260)),
  site: z.enum(SITE_IDS),
  externalId: z.string().check(z.minLength(1), z.maxLength(200)),
  kind: z.enum(['reviews', 'feedback', 'messages']),
  status: z.enum(['open', 'closed']),
  outcome: z.optional(z.enum(OUTCOMES)),
  createdAt: time,
  updatedAt: time,
  pageUrl: z.string().check(z.maxLength(4000)),
  item: StoredItemSchema,
  language: z.enum(['zh-Hans', 'zh-Hant', 'en', 'other']),
  sentiment: z.enum(['negative', 'neutral', 'positive']),
  anger: z.number().check(z.int(), z.gte(0), z.lte(3)),
  causes: z.array(z.enum(CAUSES)),
  flags: z.array(z.string().check(z.maxLength(50))),
  steps: z.record(z.string(), z.enum(['done', 'skipped'])),
  agent: z.optional(z.string().check(z.maxLength(100))),
  events: z.optional(z.array(LegacyEventSchema)),
});

// Version 2: the case record itself (one schema, the store's), tolerant of what
// a restore can fill in, and keeping fields it does not know (Excalidraw-style).
const S = CaseRecordSchema.shape;
const ImportEventSchema = z.looseObject({
  at: time,
  type: z.enum(EVENT_TYPES),
  agent: z.optional(z.string().check(z.maxLength(100))),
  detail: z.optional(z.string().check(z.maxLength(200))),
  text: z.optional(z.string().check(z.maxLength(20_000))),
});
const ImportCaseSchema = z.looseObject({
  ...S,
  host: z.optional(S.host),
  pageKind: z.optional(S.pageKind),
  remedies: z.optional(S.remedies),
  notes: z.optional(S.notes),
  stamps: z.optional(S.stamps),
  terms: z.optional(S.terms),
  events: z.optional(z.array(ImportEventSchema).check(z.maxLength(100_000))),
});

export interface ParsedImport {
  cases: CaseRecord[];
  events: CaseEvent[];
  /** The exporting agent's name, from the file (or the file name). */
  agent?: string;
  version: number;
}

/** What went wrong, as a code and the facts a message needs (the screen words it). */
export type ImportError =
  | { code: 'too_large'; size: number; max: number }
  | { code: 'not_json' }
  | { code: 'foreign' }
  | { code: 'newer'; version: number; supported: number }
  | { code: 'too_many'; max: number }
  | { code: 'damaged'; where: string; message: string };

export type ImportResult = { ok: true; value: ParsedImport } | { ok: false; error: ImportError };

/** English words for an import error (logs, tests); the dashboard translates the code. */
export function importErrorText(e: ImportError): string {
  switch (e.code) {
    case 'too_large':
      return `The file is too large (${e.size} bytes; at most ${e.max}). Nothing was imported.`;
    case 'not_json':
      return 'The file is not valid JSON. Choose a JSON file exported by Defuse.';
    case 'foreign':
      return 'This is not a Defuse case log (it has no "format": "defuse-cases").';
    case 'newer':
      return `This log was written by a newer Defuse (format version ${e.version}; this one reads up to ${e.supported}). Update Defuse, then import it again. Nothing was imported.`;
    case 'too_many':
      return `The file holds more than ${e.max} cases. Split it and import the parts.`;
    case 'damaged':
      return `The file is damaged at ${e.where}: ${e.message}. Nothing was imported.`;
  }
}

/** A size check on the file before it is read. */
export const checkSize = (size: number): ImportError | undefined =>
  size > MAX_IMPORT_BYTES ? { code: 'too_large', size, max: MAX_IMPORT_BYTES } : undefined;

/**
 * Splits a Defuse log as it streams in: each element of the top-level `cases`
 * array comes out as its own JSON text; everything else is kept as the head
 * (with an empty `cases` array), which is small.
 */
export class CaseStreamSplitter {
  private depth = 0;
  private inString = false;
  private escape = false;
  private key = '';
  private readingKey = false;
  private inCases = false;
  private element: string[] = [];
  private elementStart = -1;
  private head: string[] = [];
  private started = false;
  count = 0;
  error?: ImportError;

  constructor(private readonly onCase: (json: string, index: number) => void) {}

  push(chunk: string): void {
    if (this.error) return;
    let s = chunk;
    if (!this.started) {
      s = s.replace(/^\uFEFF/, '');
      const first = s.trimStart()[0];
      if (first === undefined) return;
      this.started = true;
      if (first !== '{') {
        this.error = first === '[' ? { code: 'foreign' } : { code: 'not_json' };
        return;
      }
    }
    let headFrom = this.inCases ? -1 : 0;
    if (this.elementStart >= 0) this.elementStart = 0;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (ch === 92 /* \ */) this.escape = true;
        else if (ch === 34 /* " */) {
          this.inString = false;
          this.readingKey = false;
        } else if (this.readingKey) this.key += s[i];
        continue;
      }
      if (ch === 34) {
        this.inString = true;
        if (this.depth === 1) {
          this.readingKey = true;
          this.key = '';
        }
        continue;
      }
      if (ch === 123 /* { */ || ch === 91 /* [ */) {
        if (this.depth === 1 && ch === 91 && this.key === 'cases' && !this.inCases) {
          this.depth++;
          this.inCases = true;
          if (headFrom >= 0) this.head.push(s.slice(headFrom, i + 1));
          headFrom = -1;
          continue;
        }
        if (this.inCases && this.depth === 2) {
          if (ch !== 123) {
            this.error = {
              code: 'damaged',
              where: `case ${this.count + 1}`,
              message: 'not an object',
            };
            return;
          }
          this.elementStart = i;
        }
        this.depth++;
        continue;
      }
      if (ch === 125 /* } */ || ch === 93 /* ] */) {
        this.depth--;
        if (this.inCases && this.depth === 2 && this.elementStart >= 0) {
          this.element.push(s.slice(this.elementStart, i + 1));
          const json = this.element.join('');
          this.element = [];
          this.elementStart = -1;
          if (++this.count > MAX_IMPORT_CASES) {
            this.error = { code: 'too_many', max: MAX_IMPORT_CASES };
            return;
          }
          this.onCase(json, this.count - 1);
          if (this.error) return;
        } else if (this.inCases && this.depth === 1) {
          // The end of the cases array: the head goes on from here.
          this.inCases = false;
          headFrom = i;
        }
        if (this.depth < 0) {
          this.error = { code: 'not_json' };
          return;
        }
        continue;
      }
      if (this.inCases && this.depth === 2 && this.elementStart < 0) {
        // Between elements only commas and white space belong.
        if (ch !== 44 && ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9) {
          this.error = {
            code: 'damaged',
            where: `case ${this.count + 1}`,
            message: 'not an object',
          };
          return;
        }
      }
    }
    if (this.elementStart >= 0) this.element.push(s.slice(this.elementStart));
    if (headFrom >= 0 && !this.inCases) this.head.push(s.slice(headFrom));
    if (this.head.reduce((a, h) => a + h.length, 0) > 1_000_000) this.error = { code: 'foreign' };
  }

  /** The file's head with an empty cases array, once everything was pushed. */
  finish(): string | ImportError {
    if (this.error) return this.error;
    if (this.depth !== 0 || this.inString || !this.started) return { code: 'not_json' };
    return this.head.join('');
  }
}

const where = (index: number, path: readonly PropertyKey[]) =>
  `case ${index + 1}${path.length ? ` (${path.map(String).join('.')})` : ''}`;

function fromV2(raw: z.infer<typeof ImportCaseSchema>, agent: string | undefined, now: number) {
  const { events: evs, ...rest } = raw;
  // The id is derived, never trusted: a case can only ever merge with the same item.
  const id = `${rest.site}:${rest.externalId}`;
  const c = {
    ...rest,
    id,
    host: rest.host ?? '',
    pageKind: rest.pageKind ?? rest.kind,
    remedies: rest.remedies ?? [],
    notes: rest.notes ?? '',
    stamps: rest.stamps ?? {},
    terms: [],
  } as CaseRecord;
  if (!c.owner && agent) c.owner = agent;
  const events = (evs ?? []).map((e) =>
    makeEvent({
      caseId: id,
      at: e.at,
      type: e.type,
      agent: e.agent,
      detail: e.detail,
      text: e.text,
    }),
  );
  return { c: derive(c, now), events };
}

function fromV1(raw: z.infer<typeof LegacyCaseSchema>, agent: string | undefined, now: number) {
  const { events: evs, ...rest } = raw;
  const id = `${rest.site}:${rest.externalId}`;
  const c = caseFromLegacy({ ...rest, id, agent: rest.agent ?? agent } as LegacyCase, now);
  const events = (evs ?? [])
    .map((e) => eventFromLegacy({ caseId: id, at: e.at, type: e.type, detail: e.detail }))
    .filter((e): e is CaseEvent => e !== undefined);
  return { c, events };
}

/** Reads the head once the cases are split off: format, version, agent. */
function readHead(text: string): { version: number; agent?: string } | ImportError {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { code: 'not_json' };
  }
  const o = raw as { format?: unknown; version?: unknown; agent?: unknown };
  if (typeof raw !== 'object' || raw === null || o.format !== EXPORT_FORMAT)
    return { code: 'foreign' };
  if (typeof o.version !== 'number' || !Number.isInteger(o.version) || o.version < 1)
    return { code: 'damaged', where: 'version', message: 'not a format version' };
  if (o.version > EXPORT_VERSION)
    return { code: 'newer', version: o.version, supported: EXPORT_VERSION };
  return {
    version: o.version,
    agent: typeof o.agent === 'string' ? o.agent.trim().slice(0, 100) || undefined : undefined,
  };
}

export interface ReadOptions {
  /** The agent to credit when the file names none (e.g. from the file name). */
  agent?: string;
  onProgress?(fraction: number): void;
  now?: number;
}

/** Reads a log from text pieces (a file's chunks); nothing is written. */
export async function parseCaseChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
  opts: ReadOptions = {},
): Promise<ImportResult> {
  const now = opts.now ?? Date.now();
  const raws: unknown[] = [];
  let bad: ImportError | undefined;
  const splitter = new CaseStreamSplitter((json, index) => {
    try {
      raws.push(JSON.parse(json));
    } catch {
      bad = { code: 'damaged', where: `case ${index + 1}`, message: 'not valid JSON' };
      splitter.error = bad;
    }
  });
  for await (const chunk of chunks) {
    splitter.push(chunk);
    if (splitter.error) break;
  }
  const head = splitter.finish();
  if (typeof head !== 'string') return { ok: false, error: head };
  const meta = readHead(head);
  if ('code' in meta) return { ok: false, error: meta };
  const agent = meta.agent ?? opts.agent;
  const cases: CaseRecord[] = [];
  const events: CaseEvent[] = [];
  let slice = performance.now();
  for (let i = 0; i < raws.length; i++) {
    if (meta.version === 1) {
      const r = LegacyCaseSchema.safeParse(raws[i]);
      if (!r.success) return damaged(i, r.error);
      const { c, events: evs } = fromV1(r.data, agent, now);
      cases.push(c);
      events.push(...evs);
    } else {
      const r = ImportCaseSchema.safeParse(raws[i]);
      if (!r.success) return damaged(i, r.error);
      const { c, events: evs } = fromV2(r.data, agent, now);
      cases.push(c);
      for (const e of evs) events.push(e);
    }
    raws[i] = undefined;
    // Validation of a big file yields every 25 ms so the page stays responsive.
    if (performance.now() - slice > 25) {
      opts.onProgress?.(i / raws.length);
      await new Promise((r) => setTimeout(r, 0));
      slice = performance.now();
    }
  }
  return { ok: true, value: { cases, events, agent, version: meta.version } };
}

function damaged(
  i: number,
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
): ImportResult {
  const issue = error.issues[0];
  return {
    ok: false,
    error: {
      code: 'damaged',
      where: where(i, issue?.path ?? []),
      message: issue?.message ?? 'invalid',
    },
  };
}

/** Parses a Defuse JSON export held in one string (small files, tests). */
export function parseCaseExport(text: string, agent?: string, now?: number): Promise<ImportResult> {
  return parseCaseChunks([text], { agent, now });
}

// Splitting and parsing one slice is one task: 4 MB took 450 ms on a loaded machine,
// 1 MB up to 229 ms (bench-db, 10,000 cases), so a slice is 256 kB.
const CHUNK = 256 * 1024;

/** Reads a file in 256 kB slices (never one giant string), size-checked before reading. */
export async function readCaseFile(file: Blob, opts: ReadOptions = {}): Promise<ImportResult> {
  const tooLarge = checkSize(file.size);
  if (tooLarge) return { ok: false, error: tooLarge };
  async function* slices() {
    const decoder = new TextDecoder();
    for (let at = 0; at < file.size; at += CHUNK) {
      const buf = await file.slice(at, at + CHUNK).arrayBuffer();
      opts.onProgress?.(Math.min(1, (at + CHUNK) / file.size) * 0.5);
      yield decoder.decode(buf, { stream: at + CHUNK < file.size });
    }
  }
  return parseCaseChunks(slices(), {
    ...opts,
    onProgress: (f) => opts.onProgress?.(0.5 + f / 2),
  });
}
