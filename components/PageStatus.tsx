import type { Snapshot } from '@/lib/messages';
import { useT, useUiLocale } from '@/lib/i18n/react';
import { SITES } from '@/lib/sites';
import { SELECTION_SHORTCUT } from '@/lib/selection';
import { parseVirtualRows } from '@/lib/sites/virtual-note';
import { LOCALE_TAG } from '@/lib/i18n';

export type PageStatusKind = 'recognised' | 'not-recognised' | 'unsupported' | 'error';

/** What the panel sees of the page: read, not a page it reads, no seller centre, or an error. */
export function pageStatusOf(snapshot: Snapshot | undefined, lastError?: string): PageStatusKind {
  if (!snapshot) return 'unsupported';
  if (lastError) return 'error';
  return snapshot.pageKind === 'none' ? 'not-recognised' : 'recognised';
}

export function PageStatus({
  snapshot,
  lastError,
}: {
  snapshot: Snapshot | undefined;
  lastError?: string;
}) {
  const t = useT();
  const locale = useUiLocale((s) => s.locale);
  const status = pageStatusOf(snapshot, lastError);
  // a virtualised list drew only part of its rows: the count read is not the list's
  const more =
    status === 'recognised' ? snapshot?.warnings.map(parseVirtualRows).find(Boolean) : undefined;
  const num = (n: number) => n.toLocaleString(LOCALE_TAG[locale]);
  const site = SITES.find((s) => s.id === snapshot?.site)?.name ?? snapshot?.site ?? '';
  const text =
    status === 'recognised' && snapshot
      ? t('sites.status.recognised', {
          site,
          kind: t(`sites.kind.${snapshot.pageKind}`),
          count: snapshot.items.length,
        })
      : status === 'not-recognised'
        ? t('sites.status.notRecognised', { site, shortcut: SELECTION_SHORTCUT })
        : status === 'error'
          ? t('sites.status.error', { site, error: lastError ?? '' })
          : t('sites.status.unsupported');
  return (
    <p
      className={`page-status ${status === 'recognised' ? 'muted' : 'alert warn'}`}
      role="status"
      data-testid="page-status"
      data-status={status}
      {...(snapshot ? { 'data-site': snapshot.site } : {})}
    >
      {text}
      {more && (
        <span className="page-status-more" data-testid="page-status-more">
          {' '}
          {t('sites.status.moreRows', { shown: num(more.shown), total: num(more.total) })}
        </span>
      )}
    </p>
  );
}
