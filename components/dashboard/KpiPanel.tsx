import '@/lib/i18n/dashboard';
import type { Kpis } from '@/lib/db/stats';
import type { MessageKey } from '@/lib/i18n';
import { useT, useUiLocale } from '@/lib/i18n/react';
import { causeLabel, siteLabel } from '@/lib/cases/labels';
import { FIX_AREAS } from '@/lib/db';
import type { Cause } from '@/lib/analysis/types';
import type { SiteId } from '@/lib/messages';

const pct = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 1000) / 10);

function Kpi({
  id,
  label,
  value,
  shown,
}: {
  id: string;
  label: string;
  value?: number;
  shown?: string;
}) {
  return (
    <div className="kpi" data-testid="kpi" data-kpi={id} data-value={value ?? ''}>
      <span className="kpi-value">{shown ?? (value === undefined ? '—' : value)}</span>
      <span className="kpi-label">{label}</span>
    </div>
  );
}

function Bars({
  title,
  rows,
  testid,
}: {
  title: string;
  rows: { label: string; count: number }[];
  testid: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  if (!rows.some((r) => r.count > 0)) return null;
  return (
    <section className="chart" aria-label={title} data-testid={testid}>
      <h3>{title}</h3>
      {rows
        .filter((r) => r.count > 0)
        .map((r) => (
          <div key={r.label} className="bar-row">
            <span className="bar-label">{r.label}</span>
            <span className="bar" style={{ width: `${(100 * r.count) / max}%` }} />
            <span className="bar-value">{r.count}</span>
          </div>
        ))}
    </section>
  );
}

/** What the first paint knows from index counts alone, before the full pass. */
export interface QuickKpis {
  total?: number;
  open?: number;
  bySite?: Record<string, number>;
}

/**
 * The team lead's numbers. `quick` (index counts) shows at once; the rest comes
 * from `kpis`, the full pass, when it is done, with its progress meanwhile.
 */
export function KpiPanel({
  kpis,
  quick = {},
  progress,
}: {
  kpis?: Kpis;
  quick?: QuickKpis;
  /** Share of the full pass done, 0–1, while it runs. */
  progress?: number;
}) {
  const t = useT();
  const locale = useUiLocale((s) => s.locale);
  const within = pct(kpis?.within24h);
  const res = pct(kpis?.resolutionRate);
  const upd = pct(kpis?.reviewUpdatedRate);
  const median =
    kpis?.firstResponseMedianH === undefined
      ? undefined
      : Math.round(kpis.firstResponseMedianH * 10) / 10;
  const fixes = kpis && FIX_AREAS.reduce((a, f) => a + kpis.fixes[f], 0);
  const bySite = kpis?.bySite ?? quick.bySite;
  return (
    <>
      <section
        className="kpis"
        aria-label={t('dashboard.kpi.title')}
        aria-busy={!kpis}
        data-testid="kpis"
        data-complete={kpis ? 'true' : 'false'}
      >
        <Kpi id="total" label={t('dashboard.kpi.total')} value={quick.total ?? kpis?.total} />
        <Kpi id="open" label={t('dashboard.kpi.open')} value={quick.open ?? kpis?.open} />
        <Kpi
          id="first_response_median_h"
          label={t('dashboard.kpi.frtMedian')}
          value={median}
          shown={median === undefined ? undefined : t('dashboard.kpi.hours', { value: median })}
        />
        <Kpi
          id="within_24h_pct"
          label={t('dashboard.kpi.within24h')}
          value={within}
          shown={within === undefined ? undefined : `${within}%`}
        />
        <Kpi
          id="resolution_rate_pct"
          label={t('dashboard.kpi.resolution')}
          value={res}
          shown={res === undefined ? undefined : `${res}%`}
        />
        <Kpi
          id="review_updated_pct"
          label={t('dashboard.kpi.reviewUpdated')}
          value={upd}
          shown={upd === undefined ? undefined : `${upd}%`}
        />
        <Kpi id="sla_breaches" label={t('dashboard.kpi.breaches')} value={kpis?.slaBreaches} />
        <Kpi id="upstream_fixes" label={t('dashboard.kpi.fixes')} value={fixes} />
      </section>
      {!kpis && (
        <p className="muted" aria-busy="true" data-testid="kpi-progress">
          {progress === undefined
            ? t('dashboard.kpi.loading')
            : t('dashboard.kpi.progress', { pct: Math.floor(progress * 100) })}
        </p>
      )}
      <div className="charts">
        {kpis && (
          <Bars
            testid="chart-cause"
            title={t('dashboard.chart.byCause')}
            rows={Object.entries(kpis.byCause).map(([c, count]) => ({
              label: causeLabel(locale, c as Cause),
              count,
            }))}
          />
        )}
        {bySite && (
          <Bars
            testid="chart-site"
            title={t('dashboard.chart.bySite')}
            rows={Object.entries(bySite).map(([s, count]) => ({
              label: siteLabel(locale, s as SiteId),
              count,
            }))}
          />
        )}
        {kpis && (
          <>
            <Bars
              testid="chart-product"
              title={t('dashboard.chart.byProduct')}
              rows={kpis.byProduct.map((p) => ({ label: p.product, count: p.count }))}
            />
            <Bars
              testid="chart-owner"
              title={t('dashboard.chart.byOwner')}
              rows={Object.entries(kpis.byOwner).map(([o, count]) => ({
                label: o || t('dashboard.filter.unowned'),
                count,
              }))}
            />
            <Bars
              testid="chart-fixes"
              title={t('dashboard.chart.fixes')}
              rows={FIX_AREAS.map((f) => ({
                label: t(`queue.pm.fix.${f}` as MessageKey),
                count: kpis.fixes[f],
              }))}
            />
          </>
        )}
      </div>
    </>
  );
}
