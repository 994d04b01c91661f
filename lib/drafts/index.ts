// Reply drafts: pick the locale's templates (templates.ts), personalise them, and make sure the result
// lints clean (lint.ts) and fits the reply box. Pure functions; never sends anything.
import type { ItemKind, SiteId } from '../messages';
import type { Cause, Language } from '../analysis/types';
import { NO_CASE_FACTS, type CaseFacts } from '../analysis/case-facts';
import { stripInvisible } from './normalize';
import { CASE_TEXTS } from './templates-case';
import { policyFor } from '../playbook/platforms';
import { lintDraft } from './lint';
import { channelOf, DRAFT_STAGES, THANKS_STAGES, type DraftStage } from './stages';
import {
  MAX_REMEDIES,
  REMEDIES_BY_CAUSE,
  REMEDY_EXCLUDED,
  REMEDY_IDS,
  TEMPLATES,
  type CauseTexts,
  type Alt,
  type CauseKey,
  type DraftLocale,
  type DraftVariant,
  type LocaleTemplates,
  type RemedyId,
} from './templates';

export { channelOf, DRAFT_STAGES, THANKS_STAGES, type DraftStage } from './stages';
export { REMEDY_IDS, type RemedyId } from './templates';
export { TEMPLATES, type DraftLocale } from './templates';

export interface DraftContext {
  platform: SiteId;
  kind: ItemKind;
  stage: DraftStage;
  /** The buyer's language; 'other' drafts in English. */
  language: Language;
  buyerName?: string;
  product?: string;
  orderId?: string;
  /** Best first. */
  causes: readonly Cause[];
  /** The buyer's own words for the problem (analysis evidence); quoted when they fit the draft. */
  evidence?: readonly string[];
  agentName?: string;
  shopName?: string;
  /** The reply box's character limit. */
  maxLength?: number;
  /** What reading the whole case told the analysis (photos sent, remedy asked, deadline, …). */
  facts?: CaseFacts;
  /** Risk flags from the analysis; `safety` switches to the safety flow. */
  flags?: readonly string[];
  /** The remedies the agent ticked (RemedyPicker); defaultRemedies() when absent. */
  remedies?: readonly RemedyId[];
  /** Picks the wording deterministically, so two buyers do not get the same text. */
  caseId?: string;
}

export interface DraftOption {
  id: DraftVariant['id'];
  text: string;
}

type Vars = Record<string, string | undefined>;

export function localeOf(language: Language): DraftLocale {
  return language === 'other' ? 'en' : language;
}

export type Polarity = 'positive' | 'neutral' | 'negative';

/**
 * Draft stages the platform allows for this kind of item, in playbook order. A positive item gets a
 * thank-you (public where the platform has a public reply, private in a thread or where a message
 * may be sent) and no de-escalation; a neutral one is offered both; a safety case never asks for a
 * review update.
 */
export function draftStagesFor(
  platform: SiteId,
  kind: ItemKind,
  polarity: Polarity = 'negative',
  flags: readonly string[] = [],
): DraftStage[] {
  const policy = policyFor(platform, kind);
  const ok = (a: string) => a === 'required' || a === 'optional';
  const publicOk = ok(policy.publicReply.availability);
  // Amazon allows no message whose only purpose is to thank (Communication guidelines); a reply in a
  // thread the buyer opened is fine.
  const privateThanksOk = kind === 'messages' || platform !== 'amazon';
  const thanks = THANKS_STAGES.filter((s) => (s === 'public_thanks' ? publicOk : privateThanksOk));
  const care = DRAFT_STAGES.filter((s) => {
    if (THANKS_STAGES.includes(s)) return false;
    if (s === 'review_update')
      return ok(policy.reviewUpdate.availability) && !flags.includes('safety');
    if (s === 'public_reply') return publicOk;
    return true;
  });
  if (polarity === 'positive') return thanks;
  if (polarity === 'neutral') return [...thanks, ...care];
  return care;
}

/** What the stage selection reads of a case. */
export interface CaseState {
  platform: SiteId;
  kind: ItemKind;
  polarity?: Polarity;
  flags?: readonly string[];
  causes?: readonly Cause[];
  /** The page says the seller already contacted the buyer. */
  contacted?: boolean;
  facts?: CaseFacts;
  /** The case's timeline records a draft inserted into the page. */
  inserted?: boolean;
  /** The case is resolved (its outcome is set, or the agent marked the remedy done). */
  resolved?: boolean;
  /** A review update was already requested once (never ask twice). */
  reviewRequested?: boolean;
}

/**
 * The stage a draft should start at, from the case state: a thank-you for a positive item; first
 * contact until the buyer has been contacted (the page says so, the thread has a seller reply, or the
 * timeline has an insert); then the follow-up; once resolved, the review-update step where the
 * platform allows it (once, never on a safety or extortion case), else the follow-up.
 */
export function suggestStage(state: CaseState): DraftStage {
  const flags = state.flags ?? [];
  const stages = draftStagesFor(state.platform, state.kind, state.polarity, flags);
  const pick = (...wanted: DraftStage[]): DraftStage =>
    wanted.find((s) => stages.includes(s)) ?? stages[0] ?? 'follow_up';
  if (state.polarity === 'positive') return pick('public_thanks', 'thank_you');
  const contacted =
    state.contacted === true || state.inserted === true || state.facts?.sellerReplied === true;
  if (!contacted) return pick('first_contact');
  if (state.resolved) {
    const mayAsk =
      !state.reviewRequested &&
      !flags.includes('safety') &&
      !(state.causes ?? []).includes('extortion') &&
      !flags.includes('extortion');
    return mayAsk ? pick('review_update', 'follow_up') : pick('follow_up');
  }
  return pick('follow_up');
}

/**
 * The stage actually drafted: a stage the platform does not offer (a review request on an Amazon
 * product review, a public reply to a private message) falls back to the follow-up, which never
 * mentions the review.
 */
export function effectiveStage(
  ctx: Pick<DraftContext, 'platform' | 'kind' | 'stage' | 'flags'>,
): DraftStage {
  if (THANKS_STAGES.includes(ctx.stage)) {
    const thanks = draftStagesFor(ctx.platform, ctx.kind, 'positive');
    return thanks.includes(ctx.stage) ? ctx.stage : (thanks[0] ?? 'follow_up');
  }
  return draftStagesFor(ctx.platform, ctx.kind, 'negative', ctx.flags).includes(ctx.stage)
    ? ctx.stage
    : 'follow_up';
}

/** The length the draft must fit: the caller's limit and the platform's own (eBay: 80). */
export function effectiveMaxLength(ctx: DraftContext): number | undefined {
  const stage = effectiveStage(ctx);
  const platformMax =
    channelOf(stage) === 'public'
      ? policyFor(ctx.platform, ctx.kind).publicReply.maxLength
      : undefined;
  const limits = [ctx.maxLength, platformMax].filter((n): n is number => n !== undefined && n > 0);
  return limits.length ? Math.min(...limits) : undefined;
}

/** Whether a draft may mention the review at all (never on Amazon product reviews or threads, never to an extortionist). */
function reviewMentionAllowed(ctx: DraftContext): boolean {
  const policy = policyFor(ctx.platform, ctx.kind);
  return (
    ctx.kind !== 'messages' &&
    policy.reviewUpdate.availability !== 'not_allowed' &&
    !ctx.causes.includes('extortion') &&
    !isSafety(ctx)
  );
}

// Personal data ---------------------------------------------------------------------------------------
const CJK = /[\u3400-\u9fff]/;

const isSafety = (ctx: Pick<DraftContext, 'flags'>) => (ctx.flags ?? []).includes('safety');

function clean(value: string | undefined): string | undefined {
  if (!value) return undefined;
  // Bidi controls and zero-width characters never reach a draft: an override in a buyer's name
  // would reverse the line it is inserted into.
  const v = stripInvisible(value)
    .replace(/\p{Cc}|[{}<>]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return v.length ? v : undefined;
}

/** Names that read as markup, code, links or mojibake rather than a person's name. */
const NOT_A_NAME =
  /[<>{}[\]\\/=&#@$%^|~`_*]|https?:|www\.|script|\uFFFD|[\u00c0-\u00ff][\u0080-\u00bf]|[\u00c3\u00c2\u00e5\u00e6\u00e7\u00e8\u00e9][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2018-\u203a]|^[^\p{L}\p{N}]+$|^\d+$/iu;

function cleanName(name: string | undefined): string | undefined {
  if (!name || NOT_A_NAME.test(stripInvisible(name))) return undefined;
  const v = clean(name);
  // Masked names (张***, j***n) read badly in a greeting; the polite generic form is better.
  if (!v || v.length > 40 || !/\p{L}/u.test(v)) return undefined;
  return v;
}

function shortProduct(product: string | undefined): string | undefined {
  let v = clean(product);
  if (!v) return undefined;
  const cut = v.search(/[,，|｜;；/【[(（]/);
  if (cut >= 4) v = v.slice(0, cut).trim();
  if (CJK.test(v)) {
    if (v.length > 24) v = v.slice(0, 24);
  } else if (v.length > 60) {
    const space = v.lastIndexOf(' ', 60);
    v = v.slice(0, space > 10 ? space : 60);
  }
  return v.replace(/[\s\-–—:：]+$/, '') || undefined;
}

const EVIDENCE_EXCLUDE =
  /评|評|review|feedback|rating|star|退款|refund|钱|錢|money|\$|https?:|www\.|@|\d{5,}|["“”「」'‘’]/i;

function evidenceFor(
  evidence: readonly string[] | undefined,
  locale: DraftLocale,
  t: LocaleTemplates,
) {
  const picked: string[] = [];
  for (const raw of evidence ?? []) {
    const e = clean(raw);
    if (!e || e.length < 2 || e.length > 30 || EVIDENCE_EXCLUDE.test(e)) continue;
    if (/\p{Extended_Pictographic}/u.test(e)) continue;
    const zh = CJK.test(e);
    if (locale === 'en' ? zh || !/[a-z]/i.test(e) : !zh) continue;
    if (picked.some((p) => p.toLowerCase() === e.toLowerCase())) continue;
    picked.push(e);
    if (picked.length === 2) break;
  }
  if (!picked.length) return undefined;
  return picked.map((p) => `${t.quote[0]}${p}${t.quote[1]}`).join(t.and);
}

// Rendering -------------------------------------------------------------------------------------------
const PLACEHOLDER = /\{(\w+)\}/g;

function has(vars: Vars, key: string): boolean {
  const v = vars[key];
  return v !== undefined && v !== '';
}

/** The {key} placeholders of a text, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/** Fills every {key} that has a value; a placeholder without one stays as written. */
export function fillPlaceholders(text: string, vars: Vars): string {
  return text.replace(PLACEHOLDER, (m, k: string) => (has(vars, k) ? (vars[k] ?? '') : m));
}

/** A value for a placeholder, cleaned as the shipped drafts clean theirs (no controls, braces, bidi). */
export const cleanPlaceholderValue = (value: string | undefined): string | undefined =>
  clean(value);

/** The first alternative whose placeholders all have values, filled in one pass ('' if none). */
function fill(alt: Alt, vars: Vars): string {
  const options = typeof alt === 'string' ? [alt] : alt;
  for (const option of options) {
    const keys = [...option.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
    if (keys.every((k) => has(vars, k))) return fillPlaceholders(option, vars);
  }
  return '';
}

/** The buyer's own ask, as a remedy the seller can offer. */
const ASK_TO_REMEDY: Record<string, RemedyId> = {
  refund: 'full_refund',
  partial_refund: 'partial_refund',
  return: 'free_return_refund',
  replacement: 'replacement',
  repair: 'replacement',
  reship: 'reship',
};

function causeKeys(ctx: Pick<DraftContext, 'causes' | 'flags'>): CauseKey[] {
  const keys: CauseKey[] = ctx.causes.length ? [...new Set(ctx.causes)] : ['general'];
  return isSafety(ctx) ? ['safety', ...keys.filter((k) => k !== 'general')] : keys;
}

/** Every remedy the agent may offer on this platform (Amazon: no coupons in messages). */
export function remedyOptions(platform: SiteId): RemedyId[] {
  const excluded = REMEDY_EXCLUDED[platform];
  return REMEDY_IDS.filter((r) => !excluded.includes(r));
}

/** The remedies ticked by default: what the buyer asked for, then what fits the causes. */
export function defaultRemedies(
  ctx: Pick<DraftContext, 'platform' | 'causes' | 'flags' | 'facts'>,
): RemedyId[] {
  const asked = (ctx.facts?.remedyAsked ?? [])
    .map((a) => ASK_TO_REMEDY[a])
    .filter((r): r is RemedyId => r !== undefined);
  const excluded = REMEDY_EXCLUDED[ctx.platform];
  const out = asked.filter((r) => !excluded.includes(r));
  for (const r of remediesFor(ctx, causeKeys(ctx))) if (!out.includes(r)) out.push(r);
  return out.slice(0, MAX_REMEDIES);
}

function remediesFor(
  ctx: Pick<DraftContext, 'platform' | 'causes' | 'flags'>,
  keys: CauseKey[],
): RemedyId[] {
  const excluded = REMEDY_EXCLUDED[ctx.platform];
  const out: RemedyId[] = [];
  for (const key of keys.slice(0, 2)) {
    for (const r of REMEDIES_BY_CAUSE[key]) {
      if (!excluded.includes(r) && !out.includes(r)) out.push(r);
    }
  }
  if (out.length < 2) {
    for (const r of REMEDIES_BY_CAUSE.general) {
      if (!excluded.includes(r) && !out.includes(r) && !keys.includes('extortion')) out.push(r);
    }
  }
  return out.slice(0, MAX_REMEDIES);
}

/** How much personal detail a rendering uses: each level drops what could not be used safely. */
type Level = 0 | 1 | 2 | 3;
const LEVELS: readonly Level[] = [0, 1, 2, 3];

function varsFor(ctx: DraftContext, t: LocaleTemplates, locale: DraftLocale, level: Level): Vars {
  const keys = causeKeys(ctx);
  const primary = t.causes[keys[0] ?? 'general'];
  const c = CASE_TEXTS[locale];
  const facts = ctx.facts ?? NO_CASE_FACTS;
  const safety = isSafety(ctx);
  const extortion = keys.includes('extortion');
  const base: Vars = {
    name: level < 3 ? cleanName(ctx.buyerName) : undefined,
    product: (level < 2 ? shortProduct(ctx.product) : undefined) ?? t.productFallback,
    productName: level < 2 ? shortProduct(ctx.product) : undefined,
    order: level < 2 ? clean(ctx.orderId) : undefined,
    evidence: level < 1 && !extortion ? evidenceFor(ctx.evidence, locale, t) : undefined,
    agent: level < 3 ? clean(ctx.agentName) : undefined,
    shop: level < 3 ? clean(ctx.shopName) : undefined,
  };
  const review =
    ctx.platform === 'ebay' || ctx.kind === 'feedback'
      ? t.reviewNoun.feedback
      : t.reviewNoun.review;
  const chosen = ctx.remedies ?? defaultRemedies(ctx);
  const remedyList = chosen
    .filter((r) => !REMEDY_EXCLUDED[ctx.platform].includes(r))
    .map((r, i) => {
      const text = fill(t.remedies[r], base);
      return fill(t.listItem, {
        n: String(i + 1),
        text: text.charAt(0).toUpperCase() + text.slice(1),
      });
    })
    .join('\n');
  return {
    ...base,
    review,
    greeting: fill(t.greeting, base),
    // The safety flow is escalated: the manager signs.
    signoff: fill(safety ? t.managerSignoff : t.signoff, base),
    managerSignoff: fill(t.managerSignoff, base),
    ack: [fill(pickAlt(primary.ack, ctx.caseId, 'ack'), base), ...answers(ctx, c, facts, safety)]
      .filter(Boolean)
      .join(t.joiner),
    ask: askFor(primary, c, facts, safety, base, t.joiner),
    followUp: fill(primary.followUp, base),
    finalOffer: fill(primary.finalOffer, base),
    remedyList,
    respect: reviewMentionAllowed(ctx)
      ? fill(t.respect.withReview, { ...base, review })
      : fill(t.respect.neutral, base),
    howTo: fill(t.howTo[ctx.platform], base),
    channel: t.channel[ctx.platform],
    publicProblem: primary.publicProblem,
    publicAction: primary.publicAction,
    publicImprove: primary.publicImprove,
    publicShort: primary.publicShort,
  };
}

/** Stable 32-bit hash (FNV-1a) of a string, for picking wordings by case id. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Alternatives of a text are fallbacks (the first whose placeholders are all known). With a case
 * id, the fallback chain is rotated among the options that use the same placeholders, so two buyers
 * see different wordings and the same buyer always sees the same one.
 */
function pickAlt(alt: Alt, caseId: string | undefined, key: string): Alt {
  if (typeof alt === 'string' || !caseId || alt.length < 2) return alt;
  const keysOf = (o: string) => [...o.matchAll(PLACEHOLDER)].map((m) => m[1]).join(',');
  const groups = new Map<string, string[]>();
  for (const o of alt) groups.set(keysOf(o), [...(groups.get(keysOf(o)) ?? []), o]);
  const out: string[] = [];
  for (const g of groups.values()) {
    const k = hash(`${caseId}|${key}`) % g.length;
    out.push(...g.slice(k), ...g.slice(0, k));
  }
  return out;
}

/** What the buyer asked for, by when, and why it is urgent: answered, not ignored. */
function answers(
  ctx: DraftContext,
  c: (typeof CASE_TEXTS)[DraftLocale],
  facts: CaseFacts,
  safety: boolean,
): string[] {
  const out: string[] = [];
  if (safety) out.push(c.safetyOffer);
  const ask = facts.remedyAsked[0];
  if (ask && !safety && !ctx.causes.includes('extortion')) out.push(c.asked[ask]);
  if (facts.deadline) {
    const words = clean(facts.deadline.text);
    if (words && words.length <= 30) out.push(c.deadline.replace('{deadline}', words));
  }
  if (facts.urgency && !safety) out.push(c.urgency[facts.urgency.reason]);
  return out;
}

/** The questions of a first contact: never for what the buyer gave, never a photo of an injury. */
function askFor(
  primary: CauseTexts,
  c: (typeof CASE_TEXTS)[DraftLocale],
  facts: CaseFacts,
  safety: boolean,
  vars: Vars,
  joiner: string,
): string {
  if (safety) return c.safetyAsk;
  if (facts.faultDescribed && facts.evidenceSent) return c.haveAll;
  const photo = primary.photo ? fill(primary.photo, vars) : '';
  if (facts.faultDescribed) return [c.haveDetails, photo].filter(Boolean).join(joiner);
  const details = fill(primary.details, vars);
  return [details, facts.evidenceSent ? c.havePhotos : photo].filter(Boolean).join(joiner);
}

/** Names the product once: later mentions of the same name become "the item" / 商品. */
function productOnce(text: string, product: string | undefined, again: string): string {
  if (!product || product.length < 2 || product === again) return text;
  const first = text.indexOf(product);
  if (first < 0) return text;
  const head = text.slice(0, first + product.length);
  return (
    head +
    text
      .slice(first + product.length)
      .split(product)
      .join(again)
  );
}

function renderVariant(variant: DraftVariant, t: LocaleTemplates, vars: Vars): string {
  return variant.paragraphs
    .map((p) =>
      p
        .map((alt) => fill(alt, vars))
        .filter((s) => s.length > 0)
        .join(t.joiner),
    )
    .filter((p) => p.length > 0)
    .join('\n\n')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .trim();
}

function render(variant: DraftVariant, t: LocaleTemplates, vars: Vars): string {
  return productOnce(renderVariant(variant, t, vars), vars.productName, t.productAgain);
}

function isClean(text: string, ctx: DraftContext, stage: DraftStage, max?: number): boolean {
  if (!text || (max !== undefined && text.length > max)) return false;
  return (
    lintDraft(text, { platform: ctx.platform, channel: channelOf(stage), kind: ctx.kind })
      .length === 0
  );
}

/** Renders one variant with as much personal detail as stays lint-clean and fits; undefined if none. */
function renderSafe(
  ctx: DraftContext,
  variant: DraftVariant,
  t: LocaleTemplates,
  locale: DraftLocale,
  stage: DraftStage,
  max: number | undefined,
): string | undefined {
  for (const level of LEVELS) {
    const text = render(variant, t, varsFor(ctx, t, locale, level));
    if (isClean(text, ctx, stage, max)) return text;
  }
  return undefined;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const end = Math.max(...['。', '！', '？', '.', '!', '?'].map((c) => head.lastIndexOf(c)));
  return end > 0 ? head.slice(0, end + 1) : head;
}

/** Alternative drafts for the stage (standard, alternative, short), each lint-clean and within maxLength. */
export function draftOptions(ctx: DraftContext): DraftOption[] {
  const locale = localeOf(ctx.language);
  const t = TEMPLATES[locale];
  const stage = effectiveStage(ctx);
  const max = effectiveMaxLength(ctx);
  const all = t.stages[stage];
  // The variant offered first depends on the case, so two buyers do not get the same text.
  // A letter (greeting, body, signature) is offered first; the short forms follow. A public reply
  // has no greeting, so any of its forms may lead.
  const letters = all.filter(
    (v) => v.id === 'standard' || v.id === 'alternative' || v.id === 'warm',
  );
  const full =
    channelOf(stage) === 'public' || letters.length < 2
      ? all.filter((v) => v.id !== 'tiny')
      : letters;
  const k = ctx.caseId && full.length ? hash(`${ctx.caseId}|${stage}`) % full.length : 0;
  const variants = [
    ...full.slice(k),
    ...full.slice(0, k),
    ...all.filter((v) => !full.includes(v) && v.id !== 'tiny'),
    ...all.filter((v) => v.id === 'tiny'),
  ];
  const out: DraftOption[] = [];
  for (const v of variants) {
    if (v.id === 'tiny') continue;
    const text = renderSafe(ctx, v, t, locale, stage, max);
    if (text && !out.some((o) => o.text === text)) out.push({ id: v.id, text });
  }
  if (!out.length) {
    const tiny = variants.find((v) => v.id === 'tiny');
    const text = tiny ? renderSafe(ctx, tiny, t, locale, stage, max) : undefined;
    if (text) out.push({ id: 'tiny', text });
  }
  if (!out.length) {
    const tiny = variants.find((v) => v.id === 'tiny') ?? variants[0];
    const text = tiny ? render(tiny, t, varsFor(ctx, t, locale, 3)) : '';
    out.push({ id: 'tiny', text: max !== undefined ? truncate(text, max) : text });
  }
  return out.slice(0, 3);
}

/** The first (best) draft for the stage: personal, lint-clean, and within maxLength. */
export function renderDraft(ctx: DraftContext): string {
  return draftOptions(ctx)[0]?.text ?? '';
}
