import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DefuseDB } from '@/lib/db';
import {
  fillTemplate,
  MAX_PACK_BYTES,
  MAX_TEMPLATE_TEXT,
  PACK_FORMAT,
  packText,
  parsePack,
  placeholderReport,
  templatesFor,
  UserTemplateSchema,
  type UserTemplate,
} from '@/lib/templates';
import {
  deleteTemplate,
  exportPack,
  importPack,
  listTemplates,
  saveTemplate,
} from '@/lib/templates/store';
import { freshDb } from '../../helpers';

const tpl = (over: Partial<UserTemplate> = {}): UserTemplate => ({
  id: 'tpl-1',
  name: '质量问题首联',
  stage: 'first_contact',
  cause: 'quality',
  platform: 'taobao',
  language: 'zh-Hans',
  text: '{buyer}您好，关于{product}（订单{order}）的问题，{shop}的{agent}在此为您处理。',
  updatedAt: 1,
  ...over,
});

const pack = (templates: unknown[], over: Record<string, unknown> = {}) =>
  new Blob([JSON.stringify({ format: PACK_FORMAT, version: 1, templates, ...over })]);

describe('template schema', () => {
  it('accepts a full template and one without cause or platform', () => {
    expect(UserTemplateSchema.safeParse(tpl()).success).toBe(true);
    const { cause: _c, platform: _p, ...bare } = tpl();
    expect(UserTemplateSchema.safeParse(bare).success).toBe(true);
  });
  it('rejects an unknown stage, platform, language, an empty name and an over-long text', () => {
    for (const bad of [
      { stage: 'chit_chat' },
      { platform: 'shopee' },
      { language: 'fr' },
      { name: '' },
      { text: 'x'.repeat(MAX_TEMPLATE_TEXT + 1) },
      { updatedAt: -1 },
    ])
      expect(
        UserTemplateSchema.safeParse(tpl(bad as Partial<UserTemplate>)).success,
        JSON.stringify(bad).slice(0, 40),
      ).toBe(false);
  });
});

describe('placeholders', () => {
  it('fills the known ones through the draft engine’s filler and leaves empty or unknown ones', () => {
    expect(
      fillTemplate(tpl().text, {
        buyer: '王女士',
        product: '保温杯',
        order: '123',
        shop: '小店',
        agent: '小林',
      }),
    ).toBe('王女士您好，关于保温杯（订单123）的问题，小店的小林在此为您处理。');
    expect(fillTemplate('Hi {buyer}, {colour} {order}', { buyer: 'Ann', order: '' })).toBe(
      'Hi Ann, {colour} {order}',
    );
  });
  it('cleans values: no braces, controls or bidi overrides reach the text', () => {
    expect(fillTemplate('Hi {buyer}', { buyer: '\u202eEvil{order}\u0007' })).toBe('Hi Evil order');
  });
  it('lists the placeholders used and the unknown ones', () => {
    expect(placeholderReport('{buyer} {colour} {buyer} {order} {size}')).toEqual({
      used: ['buyer', 'colour', 'order', 'size'],
      unknown: ['colour', 'size'],
    });
  });
  it('offers the templates of the stage and language, for this platform first, then any', () => {
    const all = [
      tpl({ id: 'a', updatedAt: 1 }),
      tpl({ id: 'b', platform: undefined, updatedAt: 2 }),
      tpl({ id: 'c', platform: 'amazon' }),
      tpl({ id: 'd', stage: 'follow_up' }),
      tpl({ id: 'e', language: 'en' }),
    ];
    const got = templatesFor(all, {
      stage: 'first_contact',
      platform: 'taobao',
      language: 'zh-Hans',
    });
    expect(got.map((t) => t.id)).toEqual(['a', 'b']);
  });
  it("puts the case's own causes first, then general ones, then other causes", () => {
    const all = [
      tpl({ id: 'general', cause: undefined, updatedAt: 9 }),
      tpl({ id: 'logistics', cause: 'logistics', updatedAt: 8 }),
      tpl({ id: 'quality-any', cause: 'quality', platform: undefined, updatedAt: 7 }),
      tpl({ id: 'quality-here', cause: 'quality', updatedAt: 1 }),
      tpl({ id: 'service', cause: 'service', updatedAt: 5 }),
    ];
    const want = { stage: 'first_contact', platform: 'taobao', language: 'zh-Hans' } as const;
    expect(templatesFor(all, { ...want, causes: ['quality', 'service'] }).map((t) => t.id)).toEqual(
      ['quality-here', 'quality-any', 'service', 'general', 'logistics'],
    );
    // No causes known yet: general phrases lead, and nothing is hidden.
    expect(templatesFor(all, want).map((t) => t.id)).toEqual([
      'general',
      'logistics',
      'service',
      'quality-here',
      'quality-any',
    ]);
  });
});

describe('template packs', () => {
  it('round-trips through export and parse', () => {
    const text = packText([tpl(), tpl({ id: 'tpl-2', platform: undefined })], 0);
    const r = parsePack(text);
    expect(r.ok && r.templates.map((t) => t.id)).toEqual(['tpl-1', 'tpl-2']);
    expect(JSON.parse(text)).toMatchObject({ format: 'defuse-templates', version: 1 });
  });
  it('names each kind of problem', () => {
    expect(parsePack('{nope')).toEqual({ ok: false, error: { code: 'not_json' } });
    expect(parsePack('[]')).toEqual({ ok: false, error: { code: 'foreign' } });
    expect(
      parsePack(JSON.stringify({ format: 'defuse-cases', version: 1, templates: [] })),
    ).toEqual({ ok: false, error: { code: 'foreign' } });
    expect(parsePack(JSON.stringify({ format: PACK_FORMAT, version: 2, templates: [] }))).toEqual({
      ok: false,
      error: { code: 'newer', version: 2, supported: 1 },
    });
    const r = parsePack(
      JSON.stringify({
        format: PACK_FORMAT,
        version: 1,
        templates: [tpl(), tpl({ stage: 'x' as never })],
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid', index: 2, field: 'stage' });
  });
});

describe('template store (fake-indexeddb)', () => {
  let d: DefuseDB;
  beforeEach(() => {
    d = freshDb();
  });

  it('has the templates table from schema version 10', () => {
    expect(d.verno).toBeGreaterThanOrEqual(10);
    expect(d.tables.map((t) => t.name)).toContain('templates');
  });

  it('creates, updates, filters and deletes, each write in one transaction', async () => {
    const spy = vi.spyOn(d, 'transaction');
    const { id: _id, updatedAt: _u, ...input } = tpl();
    const made = await saveTemplate(input, 100);
    expect(made.id).toMatch(/^tpl-/);
    expect(spy).toHaveBeenCalledTimes(1);
    const edited = await saveTemplate(
      { ...input, id: made.id, name: 'Renamed', cause: undefined },
      50,
    );
    expect(spy).toHaveBeenCalledTimes(2);
    expect(edited.updatedAt).toBe(101);
    expect(await d.templates.count()).toBe(1);
    expect((await d.templates.get(made.id))?.name).toBe('Renamed');
    expect((await d.templates.get(made.id))?.cause).toBeUndefined();
    await saveTemplate({ ...input, name: 'Any platform', platform: undefined, language: 'en' });
    expect((await listTemplates({ platform: 'taobao' })).length).toBe(2);
    expect((await listTemplates({ platform: 'amazon' })).map((t) => t.name)).toEqual([
      'Any platform',
    ]);
    expect((await listTemplates({ language: 'zh-Hans', stage: 'first_contact' })).length).toBe(1);
    await deleteTemplate(made.id);
    expect(await d.templates.get(made.id)).toBeUndefined();
    expect(spy).toHaveBeenCalledTimes(4);
  });

  it('rejects an invalid template and writes nothing', async () => {
    const { id: _id, updatedAt: _u, ...input } = tpl();
    await expect(saveTemplate({ ...input, text: '' })).rejects.toThrow();
    expect(await d.templates.count()).toBe(0);
  });

  it('imports a valid pack in one transaction; a template with a known id is replaced', async () => {
    await d.templates.put(tpl({ name: 'old' }));
    const spy = vi.spyOn(d, 'transaction');
    const r = await importPack(pack([tpl({ name: 'new' }), tpl({ id: 'tpl-2' })]));
    expect(r).toEqual({ ok: true, added: 1, replaced: 1 });
    expect(spy).toHaveBeenCalledTimes(1);
    expect((await d.templates.get('tpl-1'))?.name).toBe('new');
    const again = parsePack(await exportPack());
    expect(again.ok && again.templates.length).toBe(2);
  });

  describe('a broken pack writes nothing', () => {
    const cases: [string, () => Blob, string][] = [
      ['not JSON', () => new Blob(['{"format": "defuse-templates", ']), 'not_json'],
      ['wrong format', () => pack([tpl({ id: 'x' })], { format: 'defuse-backup' }), 'foreign'],
      ['newer version', () => pack([tpl({ id: 'x' })], { version: 7 }), 'newer'],
      [
        'template 2 invalid',
        () => pack([tpl({ id: 'x' }), { ...tpl({ id: 'y' }), language: 'de' }]),
        'invalid',
      ],
      ['too large', () => new Blob(['x'.repeat(MAX_PACK_BYTES + 1)]), 'too_large'],
    ];
    for (const [what, file, code] of cases)
      it(what, async () => {
        await d.templates.put(tpl({ name: 'kept' }));
        const before = await d.templates.toArray();
        const r = await importPack(file());
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.code).toBe(code);
        expect(await d.templates.toArray()).toEqual(before);
      });
    it('reports the template and field', async () => {
      const r = await importPack(pack([tpl(), { ...tpl({ id: 'y' }), language: 'de' }]));
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'invalid', index: 2, field: 'language' },
      });
    });
  });
});

describe('backup and restore keep the templates', () => {
  it('a backup holds them; a restore with a broken template writes nothing', async () => {
    const { backupBlob, restoreBackup } = await import('@/lib/export/backup');
    const d = freshDb();
    await d.templates.put(tpl());
    const backup = JSON.parse(await (await backupBlob(0)).text()) as {
      tables: Record<string, unknown[]>;
    };
    expect(backup.tables.templates).toEqual([tpl()]);
    await d.templates.clear();
    expect(await restoreBackup(new Blob([JSON.stringify(backup)]))).toMatchObject({ ok: true });
    expect(await d.templates.toArray()).toEqual([tpl()]);
    backup.tables.templates = [{ ...tpl({ id: 'z' }), stage: 'nope' }];
    const r = await restoreBackup(new Blob([JSON.stringify(backup)]));
    expect(r).toMatchObject({ ok: false, error: { code: 'damaged', where: 'template 1' } });
    expect(await d.templates.toArray()).toEqual([tpl()]);
  });
});
