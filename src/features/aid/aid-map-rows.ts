import type { CsvExport } from '@/components/chart-frame.tsx';
import { sourceCells } from '@/components/use-source-lookup.ts';
import type { AidProject } from '@/data/schema/aid.ts';
import type { Source } from '@/data/schema/sources.ts';
import { NATIONAL, REGION_CODES, type PlaceCode } from '@/data/regions.ts';
import { hasStatedBudget } from '@/domain/aid-records.ts';
import type { AidMapView } from '@/domain/aid-regions.ts';
import type { useMapText } from '@/components/use-map-text.ts';
import type { useAidFormat } from './aid-format.ts';

type Format = ReturnType<typeof useAidFormat>;
type MapText = ReturnType<typeof useMapText>;

/** A row of the map's table: a region (or the national or unknown group) with its projects. */
export interface MapRow {
  key: PlaceCode | 'unmapped';
  label: string;
  projects: AidProject[];
}

/** The map's groups in reading order: regions with projects (by code), then nation-wide, then unknown places. */
export function mapRows(view: AidMapView, tm: MapText): MapRow[] {
  const rows: MapRow[] = [];
  for (const code of REGION_CODES) {
    const group = view.regions.get(code);
    if (group) rows.push({ key: code, label: tm(`regions.${code}`), projects: group.projects });
  }
  if (view.national.projects.length)
    rows.push({ key: NATIONAL, label: tm('national'), projects: view.national.projects });
  if (view.unmapped.length) rows.push({ key: 'unmapped', label: tm('unmapped'), projects: view.unmapped });
  return rows;
}

/** The sectors of a group's projects as readers name them, each once. */
export const rowSectors = (row: MapRow, f: Format) => [...new Set(row.projects.flatMap(f.projectSectors))];

/** One CSV row per project and place (a project in two regions has two rows), with its sources. */
export function mapCsv(f: Format, tm: MapText, sources: Map<string, Source>, rows: readonly MapRow[]): CsvExport {
  return {
    header: [
      tm('table.region'),
      'code',
      'id',
      f.t('aid.table.project'),
      tm('sectors'),
      tm('years'),
      f.t('aid.table.budgetUsdM'),
      tm('place'),
      f.t('table.sourcePublisher'),
      f.t('table.sourceTitle'),
      f.t('table.sourceDate'),
      f.t('table.sourceUrl'),
    ],
    rows: rows.flatMap((row) =>
      row.projects.map((p) => [
        row.label,
        row.key,
        p.id,
        f.pick(p.title),
        f.projectSectors(p).join('; '),
        f.projectYearsLabel(p),
        hasStatedBudget(p) ? p.budgetUsdM : '',
        p.region,
        ...sourceCells(sources, p.sourceIds),
      ]),
    ),
  };
}
