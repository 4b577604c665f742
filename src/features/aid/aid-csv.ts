import type { CsvExport } from '@/components/chart-frame.tsx';
import { csvHeader } from '@/components/csv-header.ts';
import { sourceCells } from '@/components/use-source-lookup.ts';
import type { AidProject, AidStatement } from '@/data/schema/aid.ts';
import type { LocalizedText } from '@/data/schema/common.ts';
import type { Source } from '@/data/schema/sources.ts';
import { isAidProject } from '@/domain/aid-records.ts';
import { regionKeys } from '@/domain/aid-projects.ts';
import type { CountDatum } from './aid-count-chart.tsx';
import type { useAidFormat } from './aid-format.ts';

type Format = ReturnType<typeof useAidFormat>;
type Sources = Map<string, Source>;

/** One row per statement as published: figures stay numbers in their own unit columns, never combined. */
export function statementsCsv(
  f: Format,
  sources: Sources,
  statements: readonly AidStatement[],
  statedBy: ReadonlyMap<string, LocalizedText>,
): CsvExport {
  return {
    header: [
      'id',
      ...csvHeader(f.t, [
        'aid.table.kind',
        'aid.table.period',
        'table.valueUsdM',
        'aid.table.sharePct',
        'aid.table.measure',
        'aid.table.statedBy',
        'table.qualifiers',
        'aid.table.conflict',
        'aid.table.asPublished',
        'table.note',
      ]),
    ],
    rows: statements.map((s) => [
      s.id,
      f.t(`aid.kinds.${s.kind}`),
      f.statementPeriod(s),
      s.valueUsdM,
      s.sharePct,
      f.pick(s.measure),
      statedBy.has(s.id) ? f.pick(statedBy.get(s.id)!) : '',
      f.qualifiers(s.qualifiers).join('; '),
      s.qualifiers.conflict ? f.pick(s.qualifiers.conflict) : '',
      s.quote,
      s.note ? f.pick(s.note) : '',
      ...sourceCells(sources, s.sourceIds),
    ]),
  };
}

/** The bars of a count chart, one row per group and project: the group's counts, then the project and its budget. */
export function countCsv(f: Format, sources: Sources, groupHeader: string, rows: readonly CountDatum[]): CsvExport {
  return {
    header: [
      groupHeader,
      ...csvHeader(
        f.t,
        ['aid.projects.tableCount', 'aid.projects.tableWithBudget', 'aid.projects.tableWithoutBudget'],
        false,
      ),
      'id',
      ...csvHeader(f.t, ['aid.table.project', 'aid.table.budgetUsdM', 'table.qualifiers']),
    ],
    rows: rows.flatMap((r) =>
      r.projects.map((p) => [
        r.label,
        r.total,
        r.withBudget,
        r.withoutBudget,
        p.id,
        f.pick(p.title),
        p.budgetUsdM,
        f.qualifiers(p.qualifiers).join('; '),
        ...sourceCells(sources, p.sourceIds),
      ]),
    ),
  };
}

/** The projects table as shown (after the search), budgets as stated in US$ millions, years as numbers. */
export function projectsCsv(f: Format, sources: Sources, projects: readonly AidProject[]): CsvExport {
  return {
    header: [
      'id',
      ...csvHeader(
        f.t,
        ['aid.table.project', 'aid.table.regionGroups', 'aid.table.region', 'aid.table.sectors', 'aid.table.years'],
        false,
      ),
      'startYear',
      'endYear',
      ...csvHeader(f.t, [
        'aid.table.budgetUsdM',
        'table.qualifiers',
        'aid.table.conflict',
        'aid.table.asPublished',
        'aid.table.partners',
        'table.note',
        'aid.table.reference',
      ]),
    ],
    rows: projects.map((p) => [
      p.id,
      f.pick(p.title),
      regionKeys(p.region).map(f.region).join('; '),
      p.region,
      f.projectSectors(p).join('; '),
      f.projectYearsLabel(p),
      p.startYear,
      p.endYear,
      p.budgetUsdM,
      f.qualifiers(p.qualifiers).join('; '),
      p.qualifiers.conflict ? f.pick(p.qualifiers.conflict) : '',
      p.quote,
      p.partners,
      p.note ? f.pick(p.note) : '',
      isAidProject(p) ? '' : f.t('aid.table.reference'),
      ...sourceCells(sources, p.sourceIds),
    ]),
  };
}
