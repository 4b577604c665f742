import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { useMemo } from 'react';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { Legend, type LegendItem } from '@/components/legend.tsx';
import { ChartSlot } from '@/components/chart/chart-slot.tsx';
import { useFrameTools } from '@/components/use-frame-tools.ts';
import { dealRowLayout, hasAmount, projectYearSpan, type DealGroup } from '@/domain/investment-projects.ts';
import type { InvestmentView } from '@/domain/investment-view.ts';
import { ProjectsTables } from './investment-tables.tsx';
import { DEAL_STYLE, projectsChartHeight } from './investment-styles.ts';
import { SourcesDetails, YearsEmpty } from './investment-frame-parts.tsx';
import { listOf, projectCsvHeader, projectCsvRow, uniqueSources } from './investment-rows.ts';

/** Recharts arrives on demand, after the first paint. */
const ProjectsChart = lazyChart(() => import('./projects-chart.tsx'));

export function ProjectsFrame({ view }: { view: InvestmentView }) {
  const { t, locale, pick, sources, hidden, toggle } = useFrameTools();
  const title = t('investment.projects.title');
  const visibleGroups = useMemo(() => view.groups.filter((g) => !hidden.has(g.dealType)), [view.groups, hidden]);
  if (!view.projectsInSectors) return null;
  if (view.groups.length === 0) return <YearsEmpty title={title} />;
  const span = projectYearSpan(view.projects);
  const visibleProjects = visibleGroups.flatMap((g) => g.projects);
  const drawn = visibleProjects.filter(hasAmount).length;
  const noAmount = visibleProjects.filter((p) => !hasAmount(p));
  const items: LegendItem[] = view.groups.map((g: DealGroup) => ({
    id: g.dealType,
    label: t(`investment.dealTypes.${g.dealType}`),
    color: DEAL_STYLE[g.dealType].color,
    shape: DEAL_STYLE[g.dealType].shape,
    count: g.projects.length,
  }));
  const height = projectsChartHeight(dealRowLayout(view.groups.map((g) => g.dealType)).extent);
  const from = span?.from ?? '—';
  const to = span?.to ?? '—';
  return (
    <ChartFrame
      id="investment-projects"
      title={title}
      subtitle={t(
        view.groups.some((g) => g.dealType === 'fdi')
          ? 'investment.projects.subtitle'
          : 'investment.projects.subtitleNoFdi',
        { from, to },
      )}
      height={height}
      chart={
        <ChartSlot
          description={t('investment.projects.description', { n: drawn, from, to })}
          what={title}
          height={height}
        >
          <ProjectsChart groups={view.groups} hidden={hidden} />
        </ChartSlot>
      }
      table={<ProjectsTables groups={visibleGroups} />}
      csv={() => ({
        header: projectCsvHeader(t),
        rows: visibleProjects.map((p) => projectCsvRow(p, t, locale, pick, sources)),
      })}
      notes={
        <>
          <Legend items={items} hidden={hidden} onToggle={toggle} />
          <p className="chart-note investment-callout">{t('investment.projects.notAddedNote')}</p>
          <p className="chart-note">{t('investment.projects.logNote')}</p>
          <p className="chart-note">{t('investment.projects.sameDealNote')}</p>
          {noAmount.length > 0 && (
            <p className="chart-note">
              {t('investment.projects.noAmountNote', {
                list: listOf(
                  noAmount.map(
                    (p) =>
                      `${pick(p.project)} (${t(`investment.dealTypesShort.${p.dealType}`)}, ${p.year ?? t('investment.projects.undated')})`,
                  ),
                ),
              })}
            </p>
          )}
        </>
      }
      sources={<SourcesDetails sourceIds={uniqueSources(visibleProjects)} />}
    />
  );
}
