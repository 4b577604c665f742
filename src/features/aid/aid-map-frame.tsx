import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { loadPeruMap } from '@/components/load-peru-map.ts';
import { Suspense, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { DataTable, type Column } from '@/components/data-table.tsx';
import { PanelLoading } from '@/components/panel-status.tsx';
import { SourcesFold } from '@/components/sources-fold.tsx';
import { useMapText } from '@/components/use-map-text.ts';
import { useSourceLookup } from '@/components/use-source-lookup.ts';
import { investmentQuery } from '@/data/queries.ts';
import type { AidProject } from '@/data/schema/aid.ts';
import type { InvestmentFile } from '@/data/schema/investment.ts';
import { NATIONAL, REGION_CODES, type PlaceCode, type RegionCode } from '@/data/regions.ts';
import { SECTORS } from '@/data/vocabulary.ts';
import { aidMapView, COUNT_CLASSES, investmentByRegion, regionCounts } from '@/domain/aid-regions.ts';
import { formatNumber } from '@/i18n/format.ts';
import { useViewFilter } from '@/state/view-params.ts';
import { useAidFormat } from './aid-format.ts';
import { MapDetail } from './aid-map-detail.tsx';
import { mapCsv, mapRows, rowSectors, type MapRow } from './aid-map-rows.ts';
import './aid-map.css';

const PeruMap = lazyChart(loadPeruMap);

/** The map's reserved height (px): the drawing keeps Peru's proportions inside it. */
export const MAP_HEIGHT = 560;
const NO_INVESTMENT = new Map<RegionCode, never[]>();

/**
 * Where the aid projects are: a choropleth of project counts per region (d3-geo, drawn when near, geometry fetched
 * then), nation-wide and unknown places apart, the projects of the region pointed at listed beside it, and an
 * optional layer of investment records that name their region.
 */
export function AidMapFrame({ projects }: { projects: readonly AidProject[] }) {
  const f = useAidFormat();
  const { locale } = f;
  const tm = useMapText();
  const sources = useSourceLookup();
  const [filter] = useViewFilter();
  const [selected, setSelected] = useState<PlaceCode | 'unmapped' | undefined>();
  const [hovered, setHovered] = useState<RegionCode | undefined>();
  const [withInvestment, setWithInvestment] = useState(false);
  const view = useMemo(() => aidMapView(projects, filter, SECTORS), [projects, filter]);
  const selectInvestment = useMemo(() => (file: InvestmentFile) => investmentByRegion(file.projects, filter), [filter]);
  const investment = useQuery({ ...investmentQuery(), select: selectInvestment, enabled: withInvestment });
  const investments = withInvestment ? (investment.data ?? NO_INVESTMENT) : NO_INVESTMENT;

  const rows = mapRows(view, tm);
  // Counts and classes as the slide's picture draws them; the investment layer marks regions with a record.
  const drawn = useMemo(() => ({ ...regionCounts(view), markers: new Set(investments.keys()) }), [view, investments]);
  const { counts } = drawn;
  const regionName = (code: RegionCode) => tm(`regions.${code}`);
  const regionLabel = (code: RegionCode) => {
    const base = tm('regionLabel', { region: regionName(code), count: counts.get(code) ?? 0 });
    const inv = investments.get(code)?.length;
    return inv ? `${base}; ${tm('investmentLabel', { count: inv })}` : base;
  };

  const selectedRegion = REGION_CODES.find((code) => code === selected);
  const shown = hovered ?? selected;
  const detail = (() => {
    if (shown === undefined) return <p className="aid-map__choose">{tm('choose')}</p>;
    if (shown === NATIONAL) return <MapDetail name={tm('national')} projects={view.national.projects} />;
    if (shown === 'unmapped') return <MapDetail name={tm('unmapped')} projects={view.unmapped} />;
    return (
      <MapDetail
        name={regionName(shown)}
        projects={view.regions.get(shown)?.projects ?? []}
        investments={withInvestment ? (investments.get(shown) ?? []) : undefined}
      />
    );
  })();

  const placed = new Set([...view.regions.values()].flatMap((g) => g.projects.map((p) => p.id))).size;
  const description = tm('description', {
    placed,
    regions: view.regions.size,
    national: view.national.projects.length,
    unmapped: view.unmapped.length,
  });
  const years = f.range(filter.from, filter.to);
  const sourceIds = [...new Set(rows.flatMap((r) => r.projects.flatMap((p) => p.sourceIds)))];
  const title = tm('title');

  const legend = [
    { cls: 0, label: tm('classNone') },
    ...COUNT_CLASSES.map((c, i) => ({
      cls: i + 1,
      label:
        c.max === Number.POSITIVE_INFINITY
          ? tm('classAtLeast', { min: formatNumber(c.min, locale) })
          : c.min === c.max
            ? formatNumber(c.min, locale)
            : tm('classRange', { min: formatNumber(c.min, locale), max: formatNumber(c.max, locale) }),
    })),
  ];

  const groupButton = (key: typeof NATIONAL | 'unmapped', label: string) => (
    <button
      type="button"
      className="button button--small aid-map__group"
      aria-pressed={selected === key}
      onClick={() => setSelected(key)}
    >
      {label}
    </button>
  );

  return (
    <ChartFrame
      id="aid-map"
      title={title}
      subtitle={tm('subtitle', { years })}
      height={MAP_HEIGHT}
      chart={
        <div className="aid-map">
          <p className="visually-hidden">{description}</p>
          <div className="aid-map__canvas">
            <Suspense fallback={<PanelLoading what={title} height={MAP_HEIGHT} />}>
              <PeruMap
                label={`${title}. ${tm('keyboardHint')}`}
                {...drawn}
                selected={selectedRegion}
                regionLabel={regionLabel}
                onSelect={setSelected}
                onHover={setHovered}
              />
            </Suspense>
          </div>
          <div className="aid-map__side">
            <div className="aid-map__groups">
              {groupButton(NATIONAL, tm('nationalCount', { count: view.national.projects.length }))}
              {view.unmapped.length > 0 &&
                groupButton('unmapped', tm('unmappedCount', { count: view.unmapped.length }))}
            </div>
            <div className="aid-map__detail" aria-live="polite">
              {detail}
            </div>
          </div>
        </div>
      }
      table={<MapTable caption={tm('table.caption')} rows={rows} />}
      csv={() => mapCsv(f, tm, sources, rows)}
      notes={
        <>
          <div className="aid-map__legend" role="list" aria-label={tm('legend')}>
            <span className="aid-map__legend-title">{tm('legend')}:</span>
            {legend.map((l) => (
              <span key={l.cls} role="listitem" className="aid-map__legend-item">
                <span className={`aid-map__swatch aid-map__swatch--c${l.cls}`} aria-hidden="true" />
                {l.label}
              </span>
            ))}
            {withInvestment && (
              <span role="listitem" className="aid-map__legend-item">
                <span className="aid-map__diamond" aria-hidden="true" />
                {tm('table.investment')}
              </span>
            )}
          </div>
          <label className="aid-map__layer">
            <input type="checkbox" checked={withInvestment} onChange={(e) => setWithInvestment(e.target.checked)} />{' '}
            {tm('investmentLayer')}
          </label>
          {withInvestment && <p className="chart-note">{tm('investmentNote')}</p>}
          <p className="chart-note">{tm('insetNote')}</p>
          <p className="chart-note">{tm('nationalNote')}</p>
          <p className="chart-note">{tm('referenceNote')}</p>
          <p className="chart-note">
            {tm('boundaries')}{' '}
            <a href={`${import.meta.env.BASE_URL}licenses/peru-geojson-MPL-2.0.txt`}>{tm('licence')}</a> ·{' '}
            <a href="https://github.com/juaneladio/peru-geojson" target="_blank" rel="noopener noreferrer">
              github.com/juaneladio/peru-geojson
            </a>
          </p>
        </>
      }
      sources={<SourcesFold sourceIds={sourceIds} />}
    />
  );
}

function MapTable({ caption, rows }: { caption: string; rows: readonly MapRow[] }) {
  const f = useAidFormat();
  const { locale, pick } = f;
  const tm = useMapText();
  const columns: Column<MapRow>[] = [
    { key: 'region', header: tm('table.region'), cell: (r) => r.label },
    {
      key: 'projects',
      header: tm('table.projects'),
      cell: (r) => formatNumber(r.projects.length, locale),
      numeric: true,
    },
    { key: 'sectors', header: tm('table.sectors'), cell: (r) => rowSectors(r, f).join(', ') },
    { key: 'titles', header: tm('table.titles'), cell: (r) => r.projects.map((p) => pick(p.title)).join('; ') },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.key} testId="table-aid-map" />;
}
