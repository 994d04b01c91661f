// The agent's templates, pure part: placeholders, filling (the draft engine's own filler), and the
// template pack file (export and a validating import that reports the first problem).
import { cleanPlaceholderValue, fillPlaceholders, placeholdersIn } from '../drafts';
import type { SiteId } from '../messages';
import type { Cause } from '../analysis/types';
import type { DraftStage } from '../drafts/stages';
import {
  MAX_PACK_BYTES,
  MAX_PACK_TEMPLATES,
  UserTemplateSchema,
  type TemplateLanguage,
  type UserTemplate,
} from './schema';

export * from './schema';

/** The placeholders a template may use. */
export const TEMPLATE_PLACEHOLDERS = ['buyer', 'product', 'order', 'shop', 'agent'] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];
export type TemplateVars = Partial<Record<TemplatePlaceholder, string>>;

const KNOWN = new Set<string>(TEMPLATE_PLACEHOLDERS);

/** The placeholders a text uses (in order) and those of them no template can fill. */
export function placeholderReport(text: string): { used: string[]; unknown: string[] } {
  const used = placeholdersIn(text);
  return { used, unknown: used.filter((p) => !KNOWN.has(p)) };
}

/** Fills the known placeholders with cleaned values; an empty or unknown one stays as written. */
export function fillTemplate(text: string, vars: TemplateVars): string {
  const clean: Record<string, string | undefined> = {};
  for (const k of TEMPLATE_PLACEHOLDERS) clean[k] = cleanPlaceholderValue(vars[k]);
  return fillPlaceholders(text, clean);
}

/** Made-up values for the preview when no case is open, in the template's language. */
export const SAMPLE_VARS: Readonly<Record<TemplateLanguage, Required<TemplateVars>>> = {
  'zh-Hans': {
    buyer: '王女士',
    product: '保温杯',
    order: '3021456789012345',
    shop: '示例小店',
    agent: '小林',
  },
  'zh-Hant': {
    buyer: '陳小姐',
    product: '保溫杯',
    order: '3021456789012345',
    shop: '示例小店',
    agent: '小林',
  },
  en: {
    buyer: 'Alex',
    product: 'travel mug',
    order: '112-3456789-0123456',
    shop: 'Example Shop',
    agent: 'Sam',
  },
};

/**
 * Templates that fit a draft: this stage and language, this platform or any. The agent's phrases for
 * the case's own causes come first (in the order the analysis ranks the causes), then the general
 * ones, then those written for other causes (still offered: the analysis can be wrong). Within a
 * group a template for this platform beats one for any platform, then newest first.
 */
export function templatesFor(
  all: readonly UserTemplate[],
  want: {
    stage: DraftStage;
    platform: SiteId;
    language: TemplateLanguage;
    causes?: readonly Cause[];
  },
): UserTemplate[] {
  const causes = want.causes ?? [];
  const group = (t: UserTemplate) => {
    if (t.cause === undefined) return causes.length;
    const i = causes.indexOf(t.cause);
    return i < 0 ? causes.length + 1 : i;
  };
  return all
    .filter(
      (t) =>
        t.stage === want.stage &&
        t.language === want.language &&
        (t.platform === undefined || t.platform === want.platform),
    )
    .map((t) => ({ t, g: group(t), p: t.platform === undefined ? 1 : 0 }))
    .sort((a, b) => a.g - b.g || a.p - b.p || b.t.updatedAt - a.t.updatedAt)
    .map((x) => x.t);
}

// Pack files -----------------------------------------------------------------------------------------
export const PACK_FORMAT = 'defuse-templates';
export const PACK_VERSION = 1;

export interface TemplatePack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  exportedAt?: string;
  templates: UserTemplate[];
}

export type PackError =
  | { code: 'too_large'; size: number; max: number }
  | { code: 'not_json' }
  | { code: 'foreign' }
  | { code: 'newer'; version: number; supported: number }
  | { code: 'too_many'; max: number }
  | { code: 'invalid'; index: number; field: string; message: string };

export type PackResult = { ok: true; templates: UserTemplate[] } | { ok: false; error: PackError };

export function packText(templates: readonly UserTemplate[], now = Date.now()): string {
  const pack: TemplatePack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    exportedAt: new Date(now).toISOString(),
    templates: [...templates],
  };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** The size check made before a pack file is read. */
export const checkPackSize = (size: number): PackError | undefined =>
  size > MAX_PACK_BYTES ? { code: 'too_large', size, max: MAX_PACK_BYTES } : undefined;

/** Reads a whole pack: every template must be valid, else the first problem and no templates. */
export function parsePack(text: string): PackResult {
  const tooLarge = checkPackSize(text.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not_json' } };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, error: { code: 'foreign' } };
  const o = raw as { format?: unknown; version?: unknown; templates?: unknown };
  if (o.format !== PACK_FORMAT || !Array.isArray(o.templates))
    return { ok: false, error: { code: 'foreign' } };
  if (typeof o.version !== 'number' || !Number.isInteger(o.version) || o.version < 1)
    return { ok: false, error: { code: 'foreign' } };
  if (o.version > PACK_VERSION)
    return { ok: false, error: { code: 'newer', version: o.version, supported: PACK_VERSION } };
  if (o.templates.length > MAX_PACK_TEMPLATES)
    return { ok: false, error: { code: 'too_many', max: MAX_PACK_TEMPLATES } };
  const out: UserTemplate[] = [];
  for (let i = 0; i < o.templates.length; i++) {
    const r = UserTemplateSchema.safeParse(o.templates[i]);
    if (!r.success) {
      const issue = r.error.issues[0];
      return {
        ok: false,
        error: {
          code: 'invalid',
          index: i + 1,
          field: issue?.path.map(String).join('.') || '(template)',
          message: issue?.message ?? 'invalid',
        },
      };
    }
    out.push(r.data);
  }
  return { ok: true, templates: out };
}
