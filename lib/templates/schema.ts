// The agent's own reply templates (快捷短语): what one is, checked with zod/mini so the
// backup restore and the pack import read the same rules without the draft engine.
import * as z from 'zod/mini';
import { SITE_IDS } from '../messages';
import { CAUSES } from '../analysis/types';
import { DRAFT_STAGES } from '../drafts/stages';

export const TEMPLATE_LANGUAGES = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export const MAX_TEMPLATE_NAME = 80;
export const MAX_TEMPLATE_TEXT = 4000;
export const MAX_TEMPLATE_ID = 100;
/** At most this many templates in a pack (and a pack file at most MAX_PACK_BYTES). */
export const MAX_PACK_TEMPLATES = 2000;
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export const UserTemplateSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(MAX_TEMPLATE_ID)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_TEMPLATE_NAME)),
  stage: z.enum(DRAFT_STAGES),
  cause: z.optional(z.enum(CAUSES)),
  /** Absent: the template fits any platform. */
  platform: z.optional(z.enum(SITE_IDS)),
  language: z.enum(TEMPLATE_LANGUAGES),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEMPLATE_TEXT)),
  updatedAt: z.number().check(z.gte(0)),
});
export type UserTemplate = z.infer<typeof UserTemplateSchema>;
