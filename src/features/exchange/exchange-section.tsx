import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { SourcesFold } from '@/components/sources-fold.tsx';
import { Suspense } from 'react';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { PanelLoading } from '@/components/panel-status.tsx';
import { legendItems } from '@/components/legend-items.ts';
import { Legend } from '@/components/legend.tsx';
import { QuerySection } from '@/components/query-section.tsx';
import { useFrameTools } from '@/components/use-frame-tools.ts';
import { useLocale } from '@/components/use-locale.ts';
import { useSourceLookup } from '@/components/use-source-lookup.ts';
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
import { EXCHANGE_CSV_TAIL, exchangeCsvTail, labelFor, periodText, yearsText } from './exchange-format.ts';
import { ProgramCards } from './program-cards.tsx';
import { ProgramsTable } from './programs-table.tsx';
import { useExchangeView } from './use-exchange-view.ts';
import './exchange.css';
import { csvHeader } from '@/components/csv-header.ts';

/** Recharts arrives on demand, after the first paint. */
const CommunityChart = lazyChart(() => import('./community-chart.tsx'));
const COMMUNITY_HEIGHT = 340;
const PROGRAMS_HEIGHT = 420;

const uniqueSources = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())];

/** Scholarships, training, volunteers, King Sejong, visitors, and the Korean community in Peru over time. */
export function ExchangeSection() {
  const [filter] = useViewFilter();
  const query = useExchangeView(filter);
  return (
    <QuerySection
      area="exchange"
      query={query}
      height={COMMUNITY_HEIGHT + PROGRAMS_HEIGHT}
      isEmpty={(view) => view.community.length === 0 && view.programs.length === 0}
    >
      {(view) => (
        <div className="exchange__frames">
          {view.community.length > 0 && <CommunityFrame points={view.community} />}
          {view.programs.length > 0 && <ProgramsFrame groups={view.programs} />}
        </div>
      )}
    </QuerySection>
  );
}

function CommunityFrame({ points }: { points: CommunityPoint[] }) {
  const { t, locale, pick, sources, hidden, toggle } = useFrameTools();
  const shown = points.filter((p) => !hidden.has(p.series));
  const span = pointSpan(points)!;
  const title = t('exchange.community.title');
  const items = legendItems(
    COMMUNITY_SERIES,
    COMMUNITY_STYLE,
    (series) => t(`exchange.community.${series}`),
    (series) => points.filter((p) => p.series === series).length,
  );
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
        header: csvHeader(t, ['table.year', 'exchange.table.metric', ...EXCHANGE_CSV_TAIL]),
        rows: shown.map((p) => [
          p.year,
          pick(p.record.metric),
          ...exchangeCsvTail(p.value, p.record, { t, locale, pick, sources }),
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
        header: csvHeader(t, [
          'exchange.table.program',
          'exchange.table.metric',
          'table.year',
          'exchange.table.sinceYear',
          'exchange.table.cumulative',
          'exchange.table.period',
          ...EXCHANGE_CSV_TAIL,
        ]),
        rows: records.map((r) => [
          pick(r.programName),
          pick(r.metric),
          r.year ?? '',
          r.sinceYear ?? '',
          r.cumulative ? t('exchange.table.yes') : t('exchange.table.no'),
          periodText(r, t),
          ...exchangeCsvTail(shownValue(r), r, { t, locale, pick, sources }),
        ]),
      })}
      notes={<p className="chart-note">{t('exchange.programs.note')}</p>}
      sources={<SourcesFold sourceIds={sourceIds} />}
    />
  );
}
