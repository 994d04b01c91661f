// Every message that crosses a context boundary, as zod schemas. zod/mini keeps
// the bundles small; the types everyone uses are inferred from here.
//
// How a page's items reach the extension (10,000 of them too): the content
// script sends `snapshot-patch` messages. The first patch of a page session
// has `reset: true`; later ones carry only what changed (`upsert`: new or
// changed items, `remove`: ids gone from the page), at most PATCH_ITEMS items
// each, so no message grows with the page. `seq` numbers the patches of one
// `session`; a patch that does not follow the last one is refused with
// `resync: true`, and the content script starts over with a reset. Only the
// patch with `complete: true` is written for the side panel, so it never
// shows half a page. The assembled snapshot has no silent cap: a page with
// more than MAX_PAGE_ITEMS items lists the first ones and says so in `warnings`.
import * as z from 'zod/mini';

export const SITE_IDS = ['amazon', 'ebay', 'taobao'] as const;
export const PAGE_KINDS = ['reviews', 'feedback', 'messages', 'none'] as const;
export const ITEM_KINDS = ['reviews', 'feedback', 'messages'] as const;
export const POLARITIES = ['positive', 'neutral', 'negative'] as const;
export const SENDERS = ['buyer', 'seller', 'platform'] as const;
export const REPLY_STATES = ['open', 'replied', 'expired', 'closed'] as const;

/** Hostile page text is capped so a page cannot flood the extension's storage. */
export const MAX_TEXT = 20_000;
export const MAX_SHORT = 500;
export const MAX_URL = 4000;
export const MAX_ID = 200;
/** Messages kept per thread (the oldest and newest are what a case needs). */
export const MAX_THREAD_MESSAGES = 200;
/** Items one page may list; beyond it the snapshot says how many were left out. */
export const MAX_PAGE_ITEMS = 20_000;
/** Items per patch message: a message stays well under a megabyte whatever the page size. */
export const PATCH_ITEMS = 200;
export const MAX_WARNINGS = 50;

const shortText = z.string().check(z.maxLength(MAX_SHORT));
const longText = z.string().check(z.maxLength(MAX_TEXT));
const urlText = z.string().check(z.maxLength(MAX_URL));
const idText = z.string().check(z.minLength(1), z.maxLength(MAX_ID));

/** An ISO 8601 date or date-time, as adapters write it after really parsing a date. */
export const ISO_DATE_RE =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

export const ItemDateSchema = z.object({
  /** Only when the page's text was really parsed as a date. */
  iso: z.optional(z.string().check(z.regex(ISO_DATE_RE))),
  /** The date text as the page shows it ("Nov 18, 2026", "3 天前"). */
  raw: shortText,
});
export type ItemDate = z.infer<typeof ItemDateSchema>;

export const ProductSchema = z.object({
  /** The marketplace's product id: ASIN, eBay item number, Taobao item id. */
  id: z.optional(shortText),
  name: z.optional(shortText),
  url: z.optional(urlText),
});
export type Product = z.infer<typeof ProductSchema>;

export const ThreadMessageSchema = z.object({
  from: z.enum(SENDERS),
  /**
   * The message's time, by one rule in every reader: its ISO form where the reader parses the
   * page's time (as for an item's `date.iso`, with the marketplace's hints: day order, Beijing
   * time read as UTC), else the text as the page shows it ("10:02", "昨天 18:30"). Consumers
   * Date.parse it; a shown text that does not parse is no time.
   */
  at: z.optional(shortText),
  text: longText,
});
export type SnapshotMessage = z.infer<typeof ThreadMessageSchema>;

export const SnapshotItemSchema = z.object({
  /** The marketplace's own id (DESIGN.md). */
  externalId: idText,
  kind: z.enum(ITEM_KINDS),
  /** Whole stars 1–5; a "-3" or "4.5" read from the page is no rating. */
  rating: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
  /** Feedback's positive/neutral/negative (好评/中评/差评); adapters derive it from stars too. */
  polarity: z.optional(z.enum(POLARITIES)),
  title: z.optional(shortText),
  /** The buyer's text: the review (+ follow-up), or the buyer's messages joined, oldest first. */
  body: longText,
  /** The buyer as shown (may be masked: t**5). */
  author: z.optional(shortText),
  orderId: z.optional(shortText),
  product: z.optional(ProductSchema),
  date: z.optional(ItemDateSchema),
  /** A thread's messages, oldest first. */
  messages: z.optional(z.array(ThreadMessageSchema).check(z.maxLength(MAX_THREAD_MESSAGES))),
  /** 追评 / a follow-up review. */
  followUp: z.optional(z.object({ text: longText, date: z.optional(ItemDateSchema) })),
  /** The page says the seller already contacted this buyer. */
  contacted: z.optional(z.boolean()),
  /** Fulfilled by the marketplace (Amazon FBA): logistics complaints go to the marketplace. */
  fba: z.optional(z.boolean()),
  /** Whether the page shows a reply box for this item right now. */
  replyable: z.boolean(),
  /** The reply box's character limit, when the page has one. */
  replyLimit: z.optional(z.number().check(z.int(), z.gte(1))),
  replyState: z.optional(z.enum(REPLY_STATES)),
  /** When no box is open: the page's label of the control that opens one (回复, Reply). */
  replyAction: z.optional(shortText),
  /** The page's own "contact this buyer" link. */
  contactUrl: z.optional(urlText),
  /** A thread whose text could not be read: the panel says so instead of showing an empty case. */
  unreadable: z.optional(z.boolean()),
  /** Pasted or selected by the agent, not read from the page. */
  manual: z.optional(z.boolean()),
});

export const SnapshotSchema = z.object({
  site: z.enum(SITE_IDS),
  url: urlText,
  pageKind: z.enum(PAGE_KINDS),
  items: z.array(SnapshotItemSchema).check(z.maxLength(MAX_PAGE_ITEMS)),
  /** Anchors the adapter expected but did not find, items left out: said, never silent. */
  warnings: z.array(shortText).check(z.maxLength(MAX_WARNINGS)),
});

export type SiteId = (typeof SITE_IDS)[number];
export type PageKind = (typeof PAGE_KINDS)[number];
export type ItemKind = (typeof ITEM_KINDS)[number];
export type Polarity = (typeof POLARITIES)[number];
export type SnapshotItem = z.infer<typeof SnapshotItemSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;

/**
 * Items stored before the structured fields (product and date were strings)
 * still load: a string product becomes its name, a string date its raw text.
 */
export function upgradeLegacyItem(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const r = raw as Record<string, unknown>;
  if (typeof r.product !== 'string' && typeof r.date !== 'string') return raw;
  const out: Record<string, unknown> = { ...r };
  if (typeof r.product === 'string') {
    out.product = r.product ? { name: r.product.slice(0, MAX_SHORT) } : undefined;
  }
  if (typeof r.date === 'string') {
    out.date = r.date ? { raw: r.date.slice(0, MAX_SHORT) } : undefined;
  }
  return out;
}

/** For stored or imported items, which may predate the structured fields. */
export const StoredItemSchema = z.pipe(z.transform(upgradeLegacyItem), SnapshotItemSchema);

// content script → background

/** A whole snapshot in one message: pages small enough to fit one patch. */
export const SnapshotMessageSchema = z.object({
  type: z.literal('snapshot'),
  snapshot: z.extend(SnapshotSchema, {
    items: z.array(SnapshotItemSchema).check(z.maxLength(PATCH_ITEMS)),
  }),
});

export const SnapshotPatchSchema = z.object({
  type: z.literal('snapshot-patch'),
  /** One content-script run on one page; a new session starts from nothing. */
  session: z.string().check(z.minLength(1), z.maxLength(64)),
  /** 0 for the session's first patch, then +1 each. */
  seq: z.number().check(z.int(), z.gte(0)),
  /** Discard the items stored so far before applying this patch. */
  reset: z.boolean(),
  site: z.enum(SITE_IDS),
  url: urlText,
  pageKind: z.enum(PAGE_KINDS),
  /** New or changed items, in page order (new ones go after those already listed). */
  upsert: z.array(SnapshotItemSchema).check(z.maxLength(PATCH_ITEMS)),
  /** Ids of items no longer on the page. */
  remove: z.array(idText).check(z.maxLength(MAX_PAGE_ITEMS)),
  /** The full page order of ids, sent when the page reordered its items. */
  order: z.optional(z.array(idText).check(z.maxLength(MAX_PAGE_ITEMS))),
  /** The page's warnings as of this scan (replaces the earlier ones). */
  warnings: z.array(shortText).check(z.maxLength(MAX_WARNINGS)),
  /** The last patch of a scan: the assembled snapshot is now what the page shows. */
  complete: z.boolean(),
  /** When the frame's document started (performance.timeOrigin): tells a new page's frames from the old page's. */
  origin: z.optional(z.number().check(z.gte(0))),
});
export type SnapshotPatch = z.infer<typeof SnapshotPatchSchema>;

export const ContentErrorMessageSchema = z.object({
  type: z.literal('content-error'),
  url: urlText,
  error: shortText,
});

/** Text the agent selected on a page and sent to the panel (context menu / shortcut). */
export const SelectionMessageSchema = z.object({
  type: z.literal('selection'),
  url: urlText,
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
});

export const ContentMessageSchema = z.discriminatedUnion('type', [
  SnapshotMessageSchema,
  SnapshotPatchSchema,
  ContentErrorMessageSchema,
  SelectionMessageSchema,
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** The background's answer to a patch. */
export const PatchReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: shortText, resync: z.optional(z.boolean()) }),
]);
export type PatchReply = z.infer<typeof PatchReplySchema>;

// side panel / background → content script
export const InsertDraftMessageSchema = z.object({
  type: z.literal('insert-draft'),
  externalId: idText,
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
  /** What to do with text the agent already typed in the box; without it, such a box is left alone. */
  mode: z.optional(z.enum(['replace', 'append'])),
});
export type InsertDraftMessage = z.infer<typeof InsertDraftMessageSchema>;
export type InsertMode = NonNullable<InsertDraftMessage['mode']>;

export const INSERT_ERRORS = [
  'box-not-empty',
  'too-long',
  'no-box',
  'hidden',
  'disabled',
  'not-supported',
  'bad-request',
  'failed',
  'unreachable',
  'bad-answer',
] as const;
export type InsertError = (typeof INSERT_ERRORS)[number];

export const InsertResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), truncated: z.boolean() }),
  z.object({
    ok: z.literal(false),
    error: shortText,
    /**
     * What went wrong, for the panel to say in the agent's language (`error` is a short English
     * fallback, or the detail: the request's problem, the exception).
     * 'box-not-empty': the agent typed there; ask, then resend with a mode.
     * 'too-long': an appended draft would not fit the box's limit; nothing was changed.
     * 'unreachable', 'bad-answer': the panel's own, when the page did not answer or answered nonsense.
     */
    code: z.optional(z.enum(INSERT_ERRORS)),
    /** Characters the box holds now (trailing blanks left out), for the replace/append question. */
    length: z.optional(z.number().check(z.int(), z.gte(0))),
    /** Characters a draft added after that text may have, when the box has a limit. */
    room: z.optional(z.number().check(z.int(), z.gte(0))),
  }),
]);
export type InsertResult = z.infer<typeof InsertResultSchema>;

// background ↔ side panel: a selection on the way to the manual path
export const ManualSelectionSchema = z.object({
  type: z.literal('manual-selection'),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
  url: z.optional(urlText),
});
export type ManualSelection = z.infer<typeof ManualSelectionSchema>;
/** The panel asks for a selection made before it opened. */
export const TakeSelectionSchema = z.object({ type: z.literal('take-selection') });

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
