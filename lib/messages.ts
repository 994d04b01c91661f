// Every message that crosses a context boundary, as zod schemas. zod/mini keeps
// the content script small; the types everyone uses are inferred from here.
import * as z from 'zod/mini';

export const SITE_IDS = ['amazon', 'ebay', 'taobao'] as const;
export const PAGE_KINDS = ['reviews', 'feedback', 'messages', 'none'] as const;
export const ITEM_KINDS = ['reviews', 'feedback', 'messages'] as const;

/** Hostile page text is capped so a page cannot flood the extension's storage. */
export const MAX_TEXT = 20_000;
export const MAX_SHORT = 500;
export const MAX_ITEMS = 500;

const shortText = z.string().check(z.maxLength(MAX_SHORT));
const longText = z.string().check(z.maxLength(MAX_TEXT));

export const SnapshotItemSchema = z.object({
  externalId: z.string().check(z.minLength(1), z.maxLength(200)),
  kind: z.enum(ITEM_KINDS),
  rating: z.optional(z.number().check(z.gte(0), z.lte(5))),
  title: z.optional(shortText),
  body: longText,
  author: z.optional(shortText),
  orderId: z.optional(shortText),
  product: z.optional(shortText),
  date: z.optional(shortText),
  /** The page says the seller already contacted this buyer. */
  contacted: z.optional(z.boolean()),
  /** Fulfilled by the marketplace (Amazon FBA): logistics complaints go to the marketplace. */
  fba: z.optional(z.boolean()),
  /** Whether the page shows a reply box for this item right now. */
  replyable: z.boolean(),
  /** The reply box's character limit, when the page has one. */
  replyLimit: z.optional(z.number().check(z.int(), z.gte(1))),
});

export const SnapshotSchema = z.object({
  site: z.enum(SITE_IDS),
  url: z.string().check(z.maxLength(4000)),
  pageKind: z.enum(PAGE_KINDS),
  items: z.array(SnapshotItemSchema).check(z.maxLength(MAX_ITEMS)),
  /** Anchors the adapter expected but did not find: the page may have changed shape. */
  warnings: z.array(shortText).check(z.maxLength(50)),
});

export type SiteId = (typeof SITE_IDS)[number];
export type PageKind = (typeof PAGE_KINDS)[number];
export type ItemKind = (typeof ITEM_KINDS)[number];
export type SnapshotItem = z.infer<typeof SnapshotItemSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;

// content script → background
export const SnapshotMessageSchema = z.object({
  type: z.literal('snapshot'),
  snapshot: SnapshotSchema,
});
export const ContentErrorMessageSchema = z.object({
  type: z.literal('content-error'),
  url: z.string().check(z.maxLength(4000)),
  error: shortText,
});
export const ContentMessageSchema = z.discriminatedUnion('type', [
  SnapshotMessageSchema,
  ContentErrorMessageSchema,
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

// side panel → content script
export const InsertDraftMessageSchema = z.object({
  type: z.literal('insert-draft'),
  externalId: z.string().check(z.minLength(1), z.maxLength(200)),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
});
export type InsertDraftMessage = z.infer<typeof InsertDraftMessageSchema>;

export const InsertResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), truncated: z.boolean() }),
  z.object({ ok: z.literal(false), error: shortText }),
]);
export type InsertResult = z.infer<typeof InsertResultSchema>;

/** Parse without throwing; callers drop failures with a warning. */
export function parseMessage<T>(
  schema: z.ZodMiniType<T>,
  raw: unknown,
): { ok: true; value: T } | { ok: false; error: string } {
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, value: r.data };
  const first = r.error.issues[0];
  const where = first?.path?.length ? first.path.join('.') : 'message';
  return { ok: false, error: `${where}: ${first?.message ?? 'invalid'}` };
}
