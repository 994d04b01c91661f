// Reply drafts: pick the locale's templates (templates.ts), personalise them, and make sure the result
// lints clean (lint.ts) and fits the reply box. Pure functions; never sends anything.
import type { ItemKind, SiteId } from '../messages';
import type { Cause, Language } from '../analysis/types';
import { policyFor } from '../playbook/platforms';
import { lintDraft } from './lint';
import { channelOf, DRAFT_STAGES, type DraftStage } from './stages';
import {
  MAX_REMEDIES,
  REMEDIES_BY_CAUSE,
  REMEDY_EXCLUDED,
  TEMPLATES,
  type Alt,
  type CauseKey,
  type DraftLocale,
  type DraftVariant,
  type LocaleTemplates,
  type RemedyId,
} from './templates';

export { channelOf, DRAFT_STAGES, type DraftStage } from './stages';
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
}

export interface DraftOption {
  id: DraftVariant['id'];
  text: string;
}

type Vars = Record<string, string | undefined>;

export function localeOf(language: Language): DraftLocale {
  return language === 'other' ? 'en' : language;
}

/** Draft stages the platform allows for this kind of item, in playbook order. */
export function draftStagesFor(platform: SiteId, kind: ItemKind): DraftStage[] {
  const policy = policyFor(platform, kind);
  const ok = (a: string) => a === 'required' || a === 'optional';
  return DRAFT_STAGES.filter((s) => {
    if (s === 'review_update') return ok(policy.reviewUpdate.availability);
    if (s === 'public_reply') return ok(policy.publicReply.availability);
    return true;
  });
}

/**
 * The stage actually drafted: a stage the platform does not offer (a review request on an Amazon
 * product review, a public reply to a private message) falls back to the follow-up, which never
 * mentions the review.
 */
export function effectiveStage(ctx: Pick<DraftContext, 'platform' | 'kind' | 'stage'>): DraftStage {
  return draftStagesFor(ctx.platform, ctx.kind).includes(ctx.stage) ? ctx.stage : 'follow_up';
}

/** The length the draft must fit: the caller's limit and the platform's own (eBay: 80). */
export function effectiveMaxLength(ctx: DraftContext): number | undefined {
  const stage = effectiveStage(ctx);
  const platformMax =
    stage === 'public_reply' ? policyFor(ctx.platform, ctx.kind).publicReply.maxLength : undefined;
  const limits = [ctx.maxLength, platformMax].filter((n): n is number => n !== undefined && n > 0);
  return limits.length ? Math.min(...limits) : undefined;
}

/** Whether a draft may mention the review at all (never on Amazon product reviews or threads, never to an extortionist). */
function reviewMentionAllowed(ctx: DraftContext): boolean {
  const policy = policyFor(ctx.platform, ctx.kind);
  return (
    ctx.kind !== 'messages' &&
    policy.reviewUpdate.availability !== 'not_allowed' &&
    !ctx.causes.includes('extortion')
  );
}

// Personal data ---------------------------------------------------------------------------------------
const CJK = /[\u3400-\u9fff]/;

function clean(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value
    .replace(/\p{Cc}|[{}<>]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return v.length ? v : undefined;
}

function cleanName(name: string | undefined): string | undefined {
  const v = clean(name);
  // Masked names (张***, j***n) read badly in a greeting; the polite generic form is better.
  if (!v || v.includes('*') || v.length > 40) return undefined;
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

/** The first alternative whose placeholders all have values, filled in one pass ('' if none). */
function fill(alt: Alt, vars: Vars): string {
  const options = typeof alt === 'string' ? [alt] : alt;
  for (const option of options) {
    const keys = [...option.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
    if (keys.every((k) => has(vars, k))) {
      return option.replace(PLACEHOLDER, (_, k: string) => vars[k] ?? '');
    }
  }
  return '';
}

function remediesFor(ctx: DraftContext, keys: CauseKey[]): RemedyId[] {
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
  const keys: CauseKey[] = ctx.causes.length ? [...new Set(ctx.causes)] : ['general'];
  const primary = t.causes[keys[0] ?? 'general'];
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
  const remedyList = remediesFor(ctx, keys)
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
    signoff: fill(t.signoff, base),
    managerSignoff: fill(t.managerSignoff, base),
    ack: fill(primary.ack, base),
    details: fill(primary.details, base),
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
    const text = renderVariant(variant, t, varsFor(ctx, t, locale, level));
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
  const variants = t.stages[stage];
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
    const text = tiny ? renderVariant(tiny, t, varsFor(ctx, t, locale, 3)) : '';
    out.push({ id: 'tiny', text: max !== undefined ? truncate(text, max) : text });
  }
  return out.slice(0, 3);
}

/** The first (best) draft for the stage: personal, lint-clean, and within maxLength. */
export function renderDraft(ctx: DraftContext): string {
  return draftOptions(ctx)[0]?.text ?? '';
}
