import { SourcesFold } from '@/components/sources-fold.tsx';
import { lazy, Suspense } from 'react';
import { SectionPanel } from '@/components/section-panel.tsx';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { Legend, type LegendItem } from '@/components/legend.tsx';
import { PanelLoading } from '@/components/panel-status.tsx';
import { QueryState } from '@/components/query-state.tsx';
import { qualifierLabels } from '@/components/qualifier-labels.ts';
import { useHiddenSeries } from '@/components/use-hidden-series.ts';
import { useLocale } from '@/components/use-locale.ts';
import { sourceCells, sourceHeaders, useSourceLookup } from '@/components/use-source-lookup.ts';
import {
  COMMUNITY_SERIES,
  pointSpan,
  recordSpan,
  shownValue,
  type CommunityPoint,
  type ProgramGroup,
} from '@/domain/exchange.ts';
import { useViewFilter } from '@/state/view-params.ts';
import { COMMUNITY_STYLE } from './community-style.ts';
import { CommunityTable } from './community-table.tsx';
import { labelFor, periodText, unitText, yearsText } from './exchange-format.ts';
import { ProgramCards } from './program-cards.tsx';
import { ProgramsTable } from './programs-table.tsx';
import { useExchangeView } from './use-exchange-view.ts';
import './exchange.css';

/** Recharts arrives on demand, after the first paint. */
const CommunityChart = lazy(() => import('./community-chart.tsx'));
const COMMUNITY_HEIGHT = 340;
const PROGRAMS_HEIGHT = 420;

const uniqueSources = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())];

/** Scholarships, training, volunteers, King Sejong, visitors, and the Korean community in Peru over time. */
export function ExchangeSection() {
  const { t } = useLocale();
  const [filter] = useViewFilter();
  const query = useExchangeView(filter);
  return (
    <SectionPanel
      shown={!query.data || query.data.sectorMatches > 0}
      id="exchange-section"
      className="exchange"
      title={t('exchange.title')}
      intro={{ text: t('exchange.intro'), className: 'exchange__intro' }}
    >
      <QueryState queries={[query]} what={t('exchange.title')} height={COMMUNITY_HEIGHT + PROGRAMS_HEIGHT}>
        {() => {
          const view = query.data!;
          if (view.community.length === 0 && view.programs.length === 0) return <EmptyState />;
          return (
            <div className="exchange__frames">
              {view.community.length > 0 && <CommunityFrame points={view.community} />}
              {view.programs.length > 0 && <ProgramsFrame groups={view.programs} />}
            </div>
          );
        }}
      </QueryState>
    </SectionPanel>
  );
}

function CommunityFrame({ points }: { points: CommunityPoint[] }) {
  const { t, locale, pick } = useLocale();
  const sources = useSourceLookup();
  const [hidden, toggle] = useHiddenSeries();
  const shown = points.filter((p) => !hidden.has(p.series));
  const span = pointSpan(points)!;
  const title = t('exchange.community.title');
  const items: LegendItem[] = COMMUNITY_SERIES.flatMap((series) => {
    const n = points.filter((p) => p.series === series).length;
    return n === 0
      ? []
      : [
          {
            id: series,
            label: t(`exchange.community.${series}`),
            color: COMMUNITY_STYLE[series].color,
            shape: COMMUNITY_STYLE[series].shape,
            count: n,
          },
        ];
  });
  const conflicts = shown.filter((p) => p.record.qualifiers.conflict);
  const sourceIds = uniqueSources(shown.map((p) => p.record.sourceIds));
  return (
    <ChartFrame
      id="exchange-community"
      title={title}
      subtitle={t('exchange.community.subtitle', { years: yearsText(span.from, span.to, locale) })}
      height={COMMUNITY_HEIGHT}
      chart={
        <>
          <p className="visually-hidden">
            {t('exchange.community.description', {
              n: shown.length,
              from: span.from,
              to: span.to,
              list: shown.map((p) => `${p.year}: ${labelFor(p, locale)}`).join('; '),
            })}
          </p>
          <Suspense fallback={<PanelLoading what={title} height={COMMUNITY_HEIGHT} />}>
            <CommunityChart points={shown} span={span} />
          </Suspense>
        </>
      }
      table={<CommunityTable caption={title} points={shown} />}
      csv={() => ({
        header: [
          t('table.year'),
          t('exchange.table.metric'),
          t('table.value'),
          t('exchange.table.unit'),
          t('table.qualifiers'),
          t('exchange.table.conflict'),
          t('table.note'),
          t('exchange.table.quote'),
          ...sourceHeaders(t),
        ],
        rows: shown.map((p) => [
          p.year,
          pick(p.record.metric),
          p.value,
          unitText(p.value, p.record.unit, t),
          qualifierLabels(p.record.qualifiers, t, locale).join('; '),
          p.record.qualifiers.conflict ? pick(p.record.qualifiers.conflict) : '',
          p.record.note ? pick(p.record.note) : '',
          p.record.quote ?? '',
          ...sourceCells(sources, p.record.sourceIds),
        ]),
      })}
      notes={
        <>
          <Legend items={items} hidden={hidden} onToggle={toggle} />
          <p className="chart-note">{t('exchange.community.gapNote')}</p>
          {shown.some((p) => p.record.qualifiers.approximate || p.record.qualifiers.lowerBound) && (
            <p className="chart-note">{t('exchange.community.markNote')}</p>
          )}
          {conflicts.length > 0 && (
            <div className="exchange-conflicts">
              <p className="exchange-conflicts__title">{t('exchange.community.conflictsTitle')}</p>
              <ul>
                {conflicts.map((p) => (
                  <li key={p.record.id}>
                    <strong>
                      {t('exchange.community.conflictItem', { year: p.year, value: labelFor(p, locale) })}
                    </strong>{' '}
                    {pick(p.record.qualifiers.conflict!)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      }
      sources={<SourcesFold sourceIds={sourceIds} />}
    />
  );
}

function ProgramsFrame({ groups }: { groups: ProgramGroup[] }) {
  const { t, locale, pick } = useLocale();
  const sources = useSourceLookup();
  const records = groups.flatMap((g) => g.records);
  const span = recordSpan(records);
  const title = t('exchange.programs.title');
  const sourceIds = uniqueSources(records.map((r) => r.sourceIds));
  return (
    <ChartFrame
      id="exchange-programs"
      title={title}
      subtitle={
        span
          ? t('exchange.programs.subtitle', { years: yearsText(span.from, span.to, locale) })
          : t('exchange.programs.subtitleUndated')
      }
      height={PROGRAMS_HEIGHT}
      chart={<ProgramCards groups={groups} />}
      table={<ProgramsTable caption={title} records={records} />}
      csv={() => ({
        header: [
          t('exchange.table.program'),
          t('exchange.table.metric'),
          t('table.year'),
          t('exchange.table.sinceYear'),
          t('exchange.table.cumulative'),
          t('exchange.table.period'),
          t('table.value'),
          t('exchange.table.unit'),
          t('table.qualifiers'),
          t('exchange.table.conflict'),
          t('table.note'),
          t('exchange.table.quote'),
          ...sourceHeaders(t),
        ],
        rows: records.map((r) => [
          pick(r.programName),
          pick(r.metric),
          r.year ?? '',
          r.sinceYear ?? '',
          r.cumulative ? t('exchange.table.yes') : t('exchange.table.no'),
          periodText(r, t),
          shownValue(r) ?? '',
          unitText(shownValue(r), r.unit, t),
          qualifierLabels(r.qualifiers, t, locale).join('; '),
          r.qualifiers.conflict ? pick(r.qualifiers.conflict) : '',
          r.note ? pick(r.note) : '',
          r.quote ?? '',
          ...sourceCells(sources, r.sourceIds),
        ]),
      })}
      notes={<p className="chart-note">{t('exchange.programs.note')}</p>}
      sources={<SourcesFold sourceIds={sourceIds} />}
    />
  );
}
