// The agent's templates in IndexedDB (table `templates`, schema version 10). Each
// read-modify-write runs in one transaction; a pack import writes all or nothing.
import { db } from '../db';
import { checkPackSize, packText, parsePack, type PackError } from './index';
import { UserTemplateSchema, type UserTemplate } from './schema';

export type TemplateInput = Omit<UserTemplate, 'id' | 'updatedAt'> & { id?: string };

export interface TemplateFilter {
  stage?: UserTemplate['stage'];
  platform?: UserTemplate['platform'];
  language?: UserTemplate['language'];
}

const newId = (): string =>
  `tpl-${globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`}`;

/** All templates matching the filter (a platform filter keeps the any-platform ones), by name. */
export async function listTemplates(filter: TemplateFilter = {}): Promise<UserTemplate[]> {
  const d = db();
  const rows = filter.stage
    ? await d.templates.where('stage').equals(filter.stage).toArray()
    : await d.templates.toArray();
  return rows
    .filter(
      (t) =>
        (!filter.language || t.language === filter.language) &&
        (!filter.platform || t.platform === undefined || t.platform === filter.platform),
    )
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export const getTemplate = (id: string): Promise<UserTemplate | undefined> =>
  db().templates.get(id);

/** Creates (no id, or an unknown one) or updates a template; validates it first. */
export async function saveTemplate(input: TemplateInput, now = Date.now()): Promise<UserTemplate> {
  const d = db();
  return d.transaction('rw', d.templates, async () => {
    const old = input.id ? await d.templates.get(input.id) : undefined;
    const next: UserTemplate = UserTemplateSchema.parse({
      ...input,
      id: old?.id ?? input.id ?? newId(),
      updatedAt: Math.max(now, (old?.updatedAt ?? 0) + 1),
    });
    // Optional fields cleared in the editor are absent, not kept from the old row.
    await d.templates.put(next);
    return next;
  });
}

export async function deleteTemplate(id: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.templates, async () => {
    await d.templates.delete(id);
  });
}

/** The pack file of all templates (or those given). */
export async function exportPack(templates?: readonly UserTemplate[], now = Date.now()) {
  return packText(templates ?? (await listTemplates()), now);
}

export type ImportPackResult =
  { ok: true; added: number; replaced: number } | { ok: false; error: PackError };

/**
 * Imports a pack file: size first, then the whole file is validated; only then are the templates
 * written, in one transaction (a template with a known id replaces it). On any error nothing is written.
 */
export async function importPack(file: Blob): Promise<ImportPackResult> {
  const tooLarge = checkPackSize(file.size);
  if (tooLarge) return { ok: false, error: tooLarge };
  const parsed = parsePack(await file.text());
  if (!parsed.ok) return parsed;
  const d = db();
  return d.transaction('rw', d.templates, async () => {
    const ids = parsed.templates.map((t) => t.id);
    const existing = await d.templates.bulkGet(ids);
    const replaced = new Set(ids.filter((_, i) => existing[i] !== undefined)).size;
    await d.templates.bulkPut(parsed.templates);
    return { ok: true as const, added: new Set(ids).size - replaced, replaced };
  });
}
