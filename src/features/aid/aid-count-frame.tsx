import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { SourcesFold } from '@/components/sources-fold.tsx';
import { Suspense, type ReactNode } from 'react';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { Legend, type LegendItem } from '@/components/legend.tsx';
import { PanelLoading } from '@/components/panel-status.tsx';
import { useHiddenSeries } from '@/components/use-hidden-series.ts';
import { useSourceLookup } from '@/components/use-source-lookup.ts';
import type { CountDatum } from './aid-count-chart.tsx';
import { countCsv } from './aid-csv.ts';
import { useAidFormat } from './aid-format.ts';
import { COUNT_SERIES, countChartHeight } from '@/domain/aid-count-view.ts';
import { COUNT_STYLE } from './aid-styles.ts';
import { CountTable } from './aid-tables.tsx';

const AidCountChart = lazyChart(() => import('./aid-count-chart.tsx'));

interface CountFrameProps {
  id: string;
  title: string;
  subtitle: string;
  /** Screen-reader summary of the chart. */
  description: string;
  groupHeader: string;
  rows: readonly CountDatum[];
  /** The leading group, drawn with a heavier outline. */
  emphasis?: string;
  notes?: ReactNode;
}

/** A chart of project records per group (sector or region), with its table, CSV, legend and sources. */
export function CountFrame({ id, title, subtitle, description, groupHeader, rows, emphasis, notes }: CountFrameProps) {
  const f = useAidFormat();
  const { t } = f;
  const sources = useSourceLookup();
  const [hidden, toggle] = useHiddenSeries();
  const height = countChartHeight(rows.length);
  const sourceIds = [...new Set(rows.flatMap((r) => r.projects.flatMap((p) => p.sourceIds)))];
  const items: LegendItem[] = COUNT_SERIES.map((series) => ({
    id: series,
    label: t(`aid.projects.${series}`),
    color: COUNT_STYLE[series].swatch,
    shape: COUNT_STYLE[series].shape,
  }));
  return (
    <ChartFrame
      id={id}
      title={title}
      subtitle={subtitle}
      height={height}
      chart={
        <>
          <p className="visually-hidden">{description}</p>
          {COUNT_SERIES.every((s) => hidden.has(s)) ? (
            <p className="aid-note">{t('aid.statements.hiddenAll')}</p>
          ) : (
            <Suspense fallback={<PanelLoading what={title} height={height} />}>
              <AidCountChart rows={rows} hidden={hidden} emphasis={emphasis} />
            </Suspense>
          )}
        </>
      }
      table={<CountTable caption={title} groupHeader={groupHeader} rows={rows} testId={`table-${id}`} />}
      csv={() => countCsv(f, sources, groupHeader, rows)}
      notes={
        <>
          <Legend items={items} hidden={hidden} onToggle={toggle} />
          {notes}
        </>
      }
      sources={<SourcesFold sourceIds={sourceIds} />}
    />
  );
}
