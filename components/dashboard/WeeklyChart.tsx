import '@/lib/i18n/dashboard';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Kpis } from '@/lib/db/stats';
import { useT } from '@/lib/i18n/react';

/** Opened, resolved and SLA breaches per week (uPlot: small, canvas, no dependencies). */
export function WeeklyChart({ weeks }: { weeks: Kpis['weeks'] }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const labels = [
    t('dashboard.chart.opened'),
    t('dashboard.chart.resolved'),
    t('dashboard.chart.breaches'),
  ].join('\n');
  useEffect(() => {
    const [opened, resolved, breaches] = labels.split('\n');
    const el = box.current;
    // happy-dom and very old browsers have no canvas: the numbers above still say it all.
    if (!el || weeks.length < 2 || typeof HTMLCanvasElement === 'undefined' || !el.clientWidth)
      return;
    const data: uPlot.AlignedData = [
      weeks.map((w) => w.start / 1000),
      weeks.map((w) => w.opened),
      weeks.map((w) => w.resolved),
      weeks.map((w) => w.breaches),
    ];
    const plot = new uPlot(
      {
        width: el.clientWidth,
        height: 220,
        series: [
          {},
          { label: opened, stroke: '#2563eb', width: 2 },
          { label: resolved, stroke: '#16a34a', width: 2 },
          { label: breaches, stroke: '#dc2626', width: 2 },
        ],
      },
      data,
      el,
    );
    return () => plot.destroy();
  }, [weeks, labels]);
  if (weeks.length < 2) return null;
  return (
    <section
      className="chart weekly"
      aria-label={t('dashboard.chart.weeks')}
      data-testid="chart-weeks"
    >
      <h3>{t('dashboard.chart.weeks')}</h3>
      <div ref={box} />
    </section>
  );
}
