import '@/lib/i18n/dashboard';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  countOlderThan,
  db,
  mergeCases,
  purgeOlderThan,
  saveSettings,
  type CaseEvent,
  type CaseRecord,
  type MergeSummary,
} from '@/lib/db';
import { mergeViews } from '@/lib/db/model';
import type { CaseFilter } from '@/lib/db/query';
import type { ExportFormat } from '@/lib/export/stream';
import type { ImportError } from '@/lib/export/import';
import type { MessageKey } from '@/lib/i18n';
import { useT, useUiLocale, type T } from '@/lib/i18n/react';

type Notice = { kind: 'ok' | 'error'; text: string };

// The writers (CSV, XLSX, JSON) and the importer are fetched on the first export or
// import: the first paint needs neither. The download helper (shared with the side panel's template editor) and the
// backup (which validates practice scenarios) live in the panel's views chunk
// (233 kB): fetched on the first download or restore, not before the first paint.
const backup = () => import('@/lib/export/backup');
async function save(name: (stamp: string) => string, blob: Blob) {
  const { downloadBlob, stamp } = await import('@/lib/export/download');
  downloadBlob(name(stamp()), blob);
}

export function importErrorMessage(t: T, e: ImportError): string {
  const p: Record<string, string | number> = { ...e } as Record<string, string | number>;
  if (e.code === 'too_large') {
    p.size = Math.ceil(e.size / 1048576);
    p.max = Math.floor(e.max / 1048576);
  }
  return t(`dashboard.import.err.${e.code}` as MessageKey, p);
}

interface Pending {
  files: string;
  cases: CaseRecord[];
  events: CaseEvent[];
  preview: MergeSummary;
}

/** Exports of the filtered cases, team merge, backup and retention. */
export function DataTools({ filter, count }: { filter: CaseFilter; count: number }) {
  const t = useT();
  const locale = useUiLocale((s) => s.locale);
  const settings = useLiveQuery(() => db().settings.get('agent'), [], undefined);
  const [mask, setMask] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [notice, setNotice] = useState<Notice>();
  const [pending, setPending] = useState<Pending>();
  const [purge, setPurge] = useState<{ days: number; count: number }>();
  const busy = progress !== undefined;

  const run = async (format: ExportFormat) => {
    setNotice(undefined);
    setProgress({ done: 0, total: count });
    try {
      const { exportCases } = await import('@/lib/export/stream');
      const { blob, count: n } = await exportCases(filter, format, {
        locale: format === 'json' ? undefined : locale,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        mask,
        agent: settings?.agentName,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      await save((s) => `defuse-cases-${s}.${format}`, blob);
      setNotice({ kind: 'ok', text: t('dashboard.export.done', { count: n }) });
    } catch (e) {
      setNotice({ kind: 'error', text: t('dashboard.export.failed', { reason: String(e) }) });
    } finally {
      setProgress(undefined);
    }
  };

  const importFiles = async (list: FileList | null) => {
    setNotice(undefined);
    setPending(undefined);
    const files = Array.from(list ?? []);
    const byId = new Map<string, CaseRecord>();
    const events: CaseEvent[] = [];
    const { readCaseFile } = await import('@/lib/export/import');
    for (const file of files) {
      setProgress({ done: 0, total: 100 });
      const r = await readCaseFile(file, {
        agent: file.name.replace(/\.json$/i, '').slice(0, 100),
        onProgress: (f) => setProgress({ done: Math.round(f * 100), total: 100 }),
      });
      if (!r.ok) {
        setProgress(undefined);
        setNotice({
          kind: 'error',
          text: t('dashboard.import.failed', {
            file: file.name,
            reason: importErrorMessage(t, r.error),
          }),
        });
        return;
      }
      // Several agents' logs: one view per case before it meets the database.
      for (const c of r.value.cases) {
        const seen = byId.get(c.id);
        byId.set(c.id, seen ? mergeViews(seen, c) : c);
      }
      for (const e of r.value.events) events.push(e);
    }
    const cases = [...byId.values()];
    try {
      const preview = await mergeCases(cases, events, { write: false });
      setPending({ files: files.map((f) => f.name).join(', '), cases, events, preview });
    } catch (e) {
      setNotice({ kind: 'error', text: t('dashboard.import.err.write', { reason: String(e) }) });
    } finally {
      setProgress(undefined);
    }
  };

  const applyMerge = async () => {
    if (!pending) return;
    setProgress({ done: 0, total: pending.cases.length });
    try {
      const s = await mergeCases(pending.cases, pending.events, {
        onProgress: (done) => setProgress({ done, total: pending.cases.length }),
      });
      setNotice({ kind: 'ok', text: t('dashboard.import.done', { ...s }) });
    } catch (e) {
      setNotice({ kind: 'error', text: t('dashboard.import.err.write', { reason: String(e) }) });
    } finally {
      setPending(undefined);
      setProgress(undefined);
    }
  };

  const restore = async (file: File | undefined) => {
    if (!file || !window.confirm(t('dashboard.backup.confirmRestore'))) return;
    const r = await backup()
      .then((m) => m.restoreBackup(file))
      .catch((e: unknown) => ({
        ok: false as const,
        error: { code: 'damaged' as const, where: file.name, message: String(e) },
      }));
    setNotice(
      r.ok
        ? { kind: 'ok', text: t('dashboard.backup.restored', { cases: r.cases, events: r.events }) }
        : {
            kind: 'error',
            text: t('dashboard.import.failed', {
              file: file.name,
              reason: importErrorMessage(t, r.error),
            }),
          },
    );
  };

  const days = settings?.retentionDays;
  return (
    <div className="data-tools">
      <div className="actions">
        <button
          type="button"
          data-testid="export-csv"
          disabled={!count || busy}
          onClick={() => void run('csv')}
        >
          {t('dashboard.export.csv')}
        </button>
        <button
          type="button"
          className="secondary"
          data-testid="export-xlsx"
          disabled={!count || busy}
          onClick={() => void run('xlsx')}
        >
          {t('dashboard.export.xlsx')}
        </button>
        <button
          type="button"
          className="secondary"
          data-testid="export-json"
          disabled={!count || busy}
          onClick={() => void run('json')}
        >
          {t('dashboard.export.json')}
        </button>
        <label className="check">
          <input
            type="checkbox"
            data-testid="export-mask"
            checked={mask}
            onChange={(e) => setMask(e.target.checked)}
          />{' '}
          {t('dashboard.export.mask')}
        </label>
        <label className="file-button">
          {t('dashboard.import.label')}
          <input
            type="file"
            accept=".json,application/json"
            multiple
            data-testid="import-file"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              void importFiles(input.files).finally(() => {
                input.value = '';
              });
            }}
          />
        </label>
      </div>
      {progress && (
        <progress data-testid="progress" max={Math.max(1, progress.total)} value={progress.done}>
          {t('dashboard.export.progress', { done: progress.done, total: progress.total })}
        </progress>
      )}
      {pending && (
        <p
          className="notice"
          role="status"
          data-testid="import-preview"
          data-added={pending.preview.added}
          data-updated={pending.preview.updated}
        >
          {t('dashboard.import.preview', { files: pending.files, ...pending.preview })}{' '}
          <button type="button" data-testid="import-apply" onClick={() => void applyMerge()}>
            {t('dashboard.import.apply')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setPending(undefined)}>
            {t('dashboard.import.cancel')}
          </button>
        </p>
      )}
      {notice && (
        <p className={`notice ${notice.kind}`} role="status" data-testid="notice">
          {notice.text}
        </p>
      )}
      <details className="backup">
        <summary>{t('dashboard.backup.title')}</summary>
        <button
          type="button"
          className="secondary"
          data-testid="backup"
          onClick={() =>
            void backup()
              .then((m) => m.backupBlob())
              .then((b) => save((s) => `defuse-backup-${s}.json`, b))
          }
        >
          {t('dashboard.backup.save')}
        </button>{' '}
        <label className="file-button">
          {t('dashboard.backup.restore')}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="restore-file"
            onChange={(e) => void restore(e.currentTarget.files?.[0])}
          />
        </label>
        <label>
          {t('dashboard.retention.label')}{' '}
          <input
            type="number"
            min={1}
            data-testid="retention-days"
            value={days ?? ''}
            onChange={(e) =>
              void saveSettings({ retentionDays: Number(e.target.value) || undefined })
            }
          />
        </label>{' '}
        <button
          type="button"
          className="secondary"
          data-testid="retention-purge"
          disabled={!days}
          onClick={() =>
            days &&
            void countOlderThan(days).then((n) =>
              n
                ? setPurge({ days, count: n })
                : setNotice({ kind: 'ok', text: t('dashboard.retention.nothing', { days }) }),
            )
          }
        >
          {t('dashboard.retention.purge')}
        </button>
        {purge && (
          <p className="alert warn" role="alert" data-testid="retention-confirm">
            {t('dashboard.retention.confirm', purge)}{' '}
            <button
              type="button"
              onClick={() =>
                void purgeOlderThan(purge.days).then((n) => {
                  setPurge(undefined);
                  setNotice({ kind: 'ok', text: t('dashboard.retention.done', { count: n }) });
                })
              }
            >
              {t('dashboard.retention.purge')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setPurge(undefined)}>
              {t('dashboard.import.cancel')}
            </button>
          </p>
        )}
      </details>
    </div>
  );
}
