import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CaseRecord, Settings } from '@/lib/db/schema';
import { SITE_IDS, type ItemKind, type SiteId } from '@/lib/messages';
import { CAUSES, type Cause } from '@/lib/analysis/types';
import { channelOf, DRAFT_STAGES, type DraftStage } from '@/lib/drafts/stages';
import { lintDraft, type LintFinding } from '@/lib/drafts/lint';
import { policyFor } from '@/lib/playbook/platforms';
import { useT, useUiLocale, type T } from '@/lib/i18n/react';
import type { UiLocale } from '@/lib/i18n/define';
import { langOf } from '@/lib/ui/lang';
import { productForBuyer } from '@/lib/ui/product';
import { downloadText, stamp } from '@/lib/export/download';
import {
  fillTemplate,
  MAX_TEMPLATE_NAME,
  MAX_TEMPLATE_TEXT,
  placeholderReport,
  SAMPLE_VARS,
  TEMPLATE_LANGUAGES,
  TEMPLATE_PLACEHOLDERS,
  type PackError,
  type TemplateLanguage,
  type TemplateVars,
  type UserTemplate,
} from '@/lib/templates';
import {
  deleteTemplate,
  exportPack,
  importPack,
  listTemplates,
  saveTemplate,
  type TemplateFilter,
} from '@/lib/templates/store';
import { LANGUAGE_LABELS } from '../labels';

interface Form {
  id?: string;
  name: string;
  stage: DraftStage;
  cause: Cause | '';
  platform: SiteId | '';
  language: TemplateLanguage;
  text: string;
}

// A deletion says so with an Undo, instead of asking first: the agent's click stands.
type Message = { kind: 'ok' | 'error'; text: string; undo?: UserTemplate };

const UI_TO_LANGUAGE: Record<UiLocale, TemplateLanguage> = {
  'zh-CN': 'zh-Hans',
  'zh-TW': 'zh-Hant',
  en: 'en',
};

/** The data a case gives the placeholders (buyer, product, order) and the agent's settings (shop, agent). */
function caseVars(c: CaseRecord | undefined, settings: Settings | undefined): TemplateVars {
  const shop = (c && settings?.shopNames?.[c.site]) || settings?.shopName;
  return {
    buyer: c?.buyer ?? c?.item.author,
    product: c ? productForBuyer(c.product ?? c.item.product) : undefined,
    order: c?.orderId ?? c?.item.orderId,
    shop,
    agent: settings?.agentName,
  };
}

/** The item kind a template is checked as: the case's, else what the channel is used for. */
function kindFor(platform: SiteId, stage: DraftStage, c: CaseRecord | undefined): ItemKind {
  if (c && c.site === platform) return c.kind;
  if (channelOf(stage) === 'private') return 'messages';
  return platform === 'ebay' ? 'feedback' : 'reviews';
}

/** Lints the text for every platform the template may be used on; one finding per rule and span. */
function checkText(
  form: Pick<Form, 'text' | 'stage' | 'platform'>,
  c: CaseRecord | undefined,
  lang: UiLocale,
): { platforms: SiteId[]; findings: LintFinding[] } {
  const platforms: SiteId[] = form.platform ? [form.platform] : [...SITE_IDS];
  const channel = channelOf(form.stage);
  const seen = new Set<string>();
  const findings: LintFinding[] = [];
  for (const platform of platforms) {
    const kind = kindFor(platform, form.stage, c);
    const maxLength =
      channel === 'public' ? policyFor(platform, kind).publicReply.maxLength : undefined;
    for (const f of lintDraft(form.text, { platform, channel, kind, maxLength, lang })) {
      const key = `${f.rule}|${f.start}|${f.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  findings.sort((a, b) =>
    a.severity === b.severity ? a.start - b.start : a.severity === 'block' ? -1 : 1,
  );
  return { platforms, findings };
}

export function packErrorText(t: T, e: PackError): string {
  switch (e.code) {
    case 'too_large':
      return t('templates.err.too_large', { size: e.size, max: e.max });
    case 'not_json':
      return t('templates.err.not_json');
    case 'foreign':
      return t('templates.err.foreign');
    case 'newer':
      return t('templates.err.newer', { version: e.version, supported: e.supported });
    case 'too_many':
      return t('templates.err.too_many', { max: e.max });
    case 'invalid':
      return t('templates.err.invalid', { index: e.index, field: e.field, message: e.message });
  }
}

/**
 * The agent's own templates: a filtered list, a form with a placeholder menu, a live preview filled
 * with the open case's data (or sample data), the compliance check as they type, and pack export/import.
 */
export function TemplateEditor({
  caseRecord,
  settings,
}: {
  /** The open case: the preview is filled with its buyer, product and order. */
  caseRecord?: CaseRecord;
  settings?: Settings;
}) {
  const t = useT();
  const locale = useUiLocale((s) => s.locale);
  const [rows, setRows] = useState<UserTemplate[]>([]);
  const [filter, setFilter] = useState<TemplateFilter>({});
  const [form, setForm] = useState<Form | undefined>();
  const [message, setMessage] = useState<Message | undefined>();
  const textRef = useRef<HTMLTextAreaElement>(null);

  const reload = useCallback(async () => setRows(await listTemplates(filter)), [filter]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const defaultLanguage: TemplateLanguage =
    caseRecord && caseRecord.language !== 'other' ? caseRecord.language : UI_TO_LANGUAGE[locale];

  const startNew = () => {
    setMessage(undefined);
    setForm({
      name: '',
      stage: filter.stage ?? 'first_contact',
      cause: '',
      platform: filter.platform ?? caseRecord?.site ?? '',
      language: filter.language ?? defaultLanguage,
      text: '',
    });
  };
  const startEdit = (row: UserTemplate) => {
    setMessage(undefined);
    setForm({
      id: row.id,
      name: row.name,
      stage: row.stage,
      cause: row.cause ?? '',
      platform: row.platform ?? '',
      language: row.language,
      text: row.text,
    });
  };

  const check = useMemo(
    () => (form ? checkText(form, caseRecord, locale) : undefined),
    [form, caseRecord, locale],
  );
  const blocking = check?.findings.filter((f) => f.severity === 'block') ?? [];
  const vars = useMemo(() => {
    if (!form) return {};
    const sample = SAMPLE_VARS[form.language];
    const fromCase = caseVars(caseRecord, settings);
    if (!caseRecord)
      return {
        ...sample,
        shop: fromCase.shop || sample.shop,
        agent: fromCase.agent || sample.agent,
      };
    return fromCase;
  }, [form, caseRecord, settings]);
  const preview = form ? fillTemplate(form.text, vars) : '';
  const unknown = form ? placeholderReport(form.text).unknown : [];

  const insertPlaceholder = (name: string) => {
    if (!form || !name) return;
    const token = `{${name}}`;
    const el = textRef.current;
    const at = el?.selectionStart ?? form.text.length;
    const to = el?.selectionEnd ?? at;
    const text = (form.text.slice(0, at) + token + form.text.slice(to)).slice(0, MAX_TEMPLATE_TEXT);
    setForm({ ...form, text });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + token.length, at + token.length);
    });
  };

  const save = async () => {
    if (!form) return;
    if (!form.name.trim() || !form.text.trim()) {
      setMessage({ kind: 'error', text: t('templates.needFields') });
      return;
    }
    if (blocking.length > 0) {
      setMessage({ kind: 'error', text: t('templates.saveBlocked') });
      return;
    }
    try {
      await saveTemplate({
        ...(form.id ? { id: form.id } : {}),
        name: form.name.trim(),
        stage: form.stage,
        ...(form.cause ? { cause: form.cause } : {}),
        ...(form.platform ? { platform: form.platform } : {}),
        language: form.language,
        text: form.text,
      });
      setForm(undefined);
      setMessage({ kind: 'ok', text: t('templates.saved') });
      await reload();
    } catch (e) {
      setMessage({
        kind: 'error',
        text: t('templates.err.save', { message: e instanceof Error ? e.message : String(e) }),
      });
    }
  };

  const remove = async (row: UserTemplate) => {
    await deleteTemplate(row.id);
    if (form?.id === row.id) setForm(undefined);
    setMessage({ kind: 'ok', text: t('templates.deleted'), undo: row });
    await reload();
  };
  const undoRemove = async (row: UserTemplate) => {
    const { updatedAt: _drop, ...input } = row;
    await saveTemplate(input);
    setMessage({ kind: 'ok', text: t('templates.restored') });
    await reload();
  };

  const exportAll = async () => {
    downloadText(`defuse-templates-${stamp()}.json`, await exportPack(), 'application/json');
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const r = await importPack(file);
      setMessage(
        r.ok
          ? { kind: 'ok', text: t('templates.imported', { added: r.added, replaced: r.replaced }) }
          : { kind: 'error', text: packErrorText(t, r.error) },
      );
      if (r.ok) await reload();
    } catch {
      setMessage({ kind: 'error', text: t('templates.err.read') });
    }
  };

  const platformName = (p: SiteId) => t(`settings.site.${p}`);

  return (
    <section
      className="settings template-editor"
      data-testid="template-editor"
      aria-labelledby="templates-h"
    >
      <h3 id="templates-h">{t('templates.title')}</h3>
      <p className="muted hint">{t('templates.hint')}</p>

      <div className="template-filter" role="group" aria-label={t('templates.filter')}>
        <label>
          {t('templates.field.stage')}{' '}
          <select
            data-testid="template-filter-stage"
            value={filter.stage ?? ''}
            onChange={(e) =>
              setFilter({
                ...filter,
                stage: (e.target.value || undefined) as DraftStage | undefined,
              })
            }
          >
            <option value="">{t('templates.all')}</option>
            {DRAFT_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`drafts.stage.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('templates.field.platform')}{' '}
          <select
            data-testid="template-filter-platform"
            value={filter.platform ?? ''}
            onChange={(e) =>
              setFilter({
                ...filter,
                platform: (e.target.value || undefined) as SiteId | undefined,
              })
            }
          >
            <option value="">{t('templates.all')}</option>
            {SITE_IDS.map((p) => (
              <option key={p} value={p}>
                {platformName(p)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('templates.field.language')}{' '}
          <select
            data-testid="template-filter-language"
            value={filter.language ?? ''}
            onChange={(e) =>
              setFilter({
                ...filter,
                language: (e.target.value || undefined) as TemplateLanguage | undefined,
              })
            }
          >
            <option value="">{t('templates.all')}</option>
            {TEMPLATE_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={langOf(l)}>
                {LANGUAGE_LABELS[l]}
              </option>
            ))}
          </select>
        </label>
      </div>

      {rows.length === 0 ? (
        <p className="muted">{t('templates.empty')}</p>
      ) : (
        <ul className="template-list" aria-label={t('templates.count', { count: rows.length })}>
          {rows.map((row) => (
            <li key={row.id} data-testid="template-row" data-id={row.id}>
              <span className="template-name">{row.name}</span>{' '}
              <span className="muted">
                {t(`drafts.stage.${row.stage}`)} ·{' '}
                {row.platform ? platformName(row.platform) : t('templates.anyPlatform')} ·{' '}
                <span lang={langOf(row.language)}>{LANGUAGE_LABELS[row.language]}</span>
              </span>{' '}
              <button type="button" className="link" onClick={() => startEdit(row)}>
                {t('templates.edit')}
              </button>{' '}
              <button
                type="button"
                className="link"
                data-testid="template-delete"
                onClick={() => void remove(row)}
              >
                {t('templates.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}

      <div className="template-actions">
        <button type="button" className="secondary" data-testid="template-new" onClick={startNew}>
          {t('templates.new')}
        </button>
        <button
          type="button"
          className="secondary"
          data-testid="template-export"
          onClick={() => void exportAll()}
        >
          {t('templates.export')}
        </button>
        <label className="file-button">
          {t('templates.import')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="template-import"
            onChange={(e) => {
              const input = e.currentTarget;
              void importFile(input.files?.[0]).finally(() => {
                input.value = '';
              });
            }}
          />
        </label>
      </div>

      {message && (
        <p
          data-testid="template-message"
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'notice error' : 'notice ok'}
        >
          {message.text}
          {message.undo && (
            <>
              {' '}
              <button
                type="button"
                className="link"
                data-testid="template-undo-delete"
                onClick={() => void undoRemove(message.undo!)}
              >
                {t('templates.undoDelete')}
              </button>
            </>
          )}
        </p>
      )}

      {form && check && (
        <form
          className="template-form"
          aria-label={t(form.id ? 'templates.editing' : 'templates.creating')}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            {t('templates.field.name')}
            <input
              data-testid="template-name"
              value={form.name}
              maxLength={MAX_TEMPLATE_NAME}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
            />
          </label>
          <div className="template-fields">
            <label>
              {t('templates.field.stage')}{' '}
              <select
                data-testid="template-stage"
                value={form.stage}
                onChange={(e) => setForm({ ...form, stage: e.target.value as DraftStage })}
              >
                {DRAFT_STAGES.map((s) => (
                  <option key={s} value={s}>
                    {t(`drafts.stage.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('templates.field.cause')}{' '}
              <select
                data-testid="template-cause"
                value={form.cause}
                onChange={(e) => setForm({ ...form, cause: e.target.value as Cause | '' })}
              >
                <option value="">{t('templates.anyCause')}</option>
                {CAUSES.map((c) => (
                  <option key={c} value={c}>
                    {t(`analysis.cause.${c}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('templates.field.platform')}{' '}
              <select
                data-testid="template-platform"
                value={form.platform}
                onChange={(e) => setForm({ ...form, platform: e.target.value as SiteId | '' })}
              >
                <option value="">{t('templates.anyPlatform')}</option>
                {SITE_IDS.map((p) => (
                  <option key={p} value={p}>
                    {platformName(p)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('templates.field.language')}{' '}
              <select
                data-testid="template-language"
                value={form.language}
                onChange={(e) => setForm({ ...form, language: e.target.value as TemplateLanguage })}
              >
                {TEMPLATE_LANGUAGES.map((l) => (
                  <option key={l} value={l} lang={langOf(l)}>
                    {LANGUAGE_LABELS[l]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="template-text-head">
            <label htmlFor="template-text">{t('templates.field.text')}</label>
            <select
              data-testid="template-placeholder"
              aria-label={t('templates.insert')}
              value=""
              onChange={(e) => insertPlaceholder(e.target.value)}
            >
              <option value="">{t('templates.insert')}</option>
              {TEMPLATE_PLACEHOLDERS.map((p) => (
                <option key={p} value={p}>
                  {`${t(`templates.ph.${p}`)} {${p}}`}
                </option>
              ))}
            </select>
          </div>
          <div className="template-work">
            <div className="template-write">
              <textarea
                id="template-text"
                ref={textRef}
                data-testid="template-text"
                value={form.text}
                rows={7}
                spellCheck
                lang={langOf(form.language)}
                maxLength={MAX_TEMPLATE_TEXT}
                aria-describedby="template-findings-h"
                onChange={(e) => setForm({ ...form, text: e.target.value })}
              />
              <div className="draft-meta muted">
                {t('templates.chars', { count: form.text.length, max: MAX_TEMPLATE_TEXT })}
              </div>
              {unknown.length > 0 && (
                <p className="notice warn" data-testid="template-unknown">
                  {t('templates.unknown', { list: unknown.map((p) => `{${p}}`).join(' ') })}
                </p>
              )}
            </div>
            <div
              className="template-check"
              data-testid="template-findings"
              aria-live="polite"
              data-blocking={blocking.length}
            >
              <h4 id="template-findings-h">{t('templates.findings')}</h4>
              <p className="muted hint">
                {t('templates.findings.for', {
                  platforms: check.platforms.map(platformName).join(' / '),
                  channel: t(`templates.channel.${channelOf(form.stage)}`),
                })}
              </p>
              {check.findings.length === 0 ? (
                <p className="ok-text">{t('templates.clean')}</p>
              ) : (
                <ul className="findings">
                  {check.findings.map((f, i) => (
                    <li
                      key={`${f.rule}-${f.start}-${i}`}
                      data-testid="template-finding"
                      data-rule={f.rule}
                      data-severity={f.severity}
                      className={f.severity}
                    >
                      <strong>
                        {t(
                          f.severity === 'block' ? 'caseview.draft.mustFix' : 'caseview.draft.tone',
                        )}
                      </strong>{' '}
                      <q lang={langOf(form.language)}>{form.text.slice(f.start, f.end)}</q> —{' '}
                      {f.message}
                      {f.suggestion && (
                        <div className="suggestion">
                          {t('caseview.draft.try', { text: f.suggestion })}
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
          <h4>{t('templates.preview')}</h4>
          <p className="muted hint">
            {t(caseRecord ? 'templates.preview.case' : 'templates.preview.sample')}
          </p>
          <div
            className="template-preview"
            data-testid="template-preview"
            lang={langOf(form.language)}
          >
            {preview}
          </div>
          <div className="draft-actions">
            <button
              type="submit"
              className="primary"
              data-testid="template-save"
              aria-disabled={blocking.length > 0}
              title={blocking.length > 0 ? t('templates.saveBlocked') : undefined}
            >
              {t('templates.save')}
            </button>
            <button type="button" className="secondary" onClick={() => setForm(undefined)}>
              {t('templates.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
