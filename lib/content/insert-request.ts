// The insert request's check, written out by hand: it is the only message a content script
// parses, and reaching zod for it cost every seller page about 6 kB gzipped of its 20 kB
// budget. tests/unit/content/insert-request.test.ts holds it to InsertDraftMessageSchema.
import { MAX_ID, MAX_TEXT, type InsertDraftMessage } from '../messages';

const MODES: readonly unknown[] = ['replace', 'append'];

const problem = (raw: Record<string, unknown>): string | undefined => {
  if (raw.type !== 'insert-draft') return 'type: expected "insert-draft"';
  const id = raw.externalId;
  if (typeof id !== 'string' || id.length < 1 || id.length > MAX_ID)
    return `externalId: expected a string of 1 to ${MAX_ID} characters`;
  const text = raw.text;
  if (typeof text !== 'string' || text.length < 1 || text.length > MAX_TEXT)
    return `text: expected a string of 1 to ${MAX_TEXT} characters`;
  if (raw.mode !== undefined && !MODES.includes(raw.mode))
    return 'mode: expected "replace" or "append"';
  return undefined;
};

/** Parse without throwing, as parseMessage(InsertDraftMessageSchema, raw) does. */
export function parseInsertDraft(
  raw: unknown,
): { ok: true; value: InsertDraftMessage } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, error: 'message: expected an object' };
  const r = raw as Record<string, unknown>;
  const error = problem(r);
  if (error) return { ok: false, error };
  const value: InsertDraftMessage = {
    type: 'insert-draft',
    externalId: r.externalId as string,
    text: r.text as string,
  };
  if (r.mode !== undefined) value.mode = r.mode as InsertDraftMessage['mode'];
  return { ok: true, value };
}
