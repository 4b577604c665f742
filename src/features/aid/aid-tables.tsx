import { countColumn } from '@/components/count-column.ts';
import { DataTable, type Column } from '@/components/data-table.tsx';
import { useFigureColumns } from '@/components/figure-columns.tsx';
import type { LocalizedText } from '@/data/schema/common.ts';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import type { AidProject, AidStatement } from '@/data/schema/aid.ts';
import { foldText, regionKeys } from '@/domain/aid-projects.ts';
import { isAidProject } from '@/domain/aid-records.ts';
import type { CountDatum } from './aid-count-chart.tsx';
import { useAidFormat } from './aid-format.ts';

/** Every statement behind the statements chart (shares included), with its qualifiers, wording and source. */
export function StatementsTable({
  caption,
  statements,
  statedBy,
}: {
  caption: string;
  statements: readonly AidStatement[];
  statedBy: ReadonlyMap<string, LocalizedText>;
}) {
  const f = useAidFormat();
  const { t, pick } = f;
  const fig = useFigureColumns((s: AidStatement) => s);
  const columns: Column<AidStatement>[] = [
    { key: 'kind', header: t('aid.table.kind'), cell: (s) => t(`aid.kinds.${s.kind}`) },
    { key: 'period', header: t('aid.table.period'), cell: (s) => f.statementPeriod(s), numeric: true },
    { key: 'value', header: t('table.value'), cell: (s) => f.statementValue(s), numeric: true },
    {
      key: 'measure',
      header: t('aid.table.measure'),
      cell: (s) => (
        <>
          <span className="aid-cell__main">{pick(s.measure)}</span>
          {s.note && <span className="aid-cell__note">{pick(s.note)}</span>}
        </>
      ),
    },
    {
      key: 'statedBy',
      header: t('aid.table.statedBy'),
      cell: (s) => (statedBy.has(s.id) ? pick(statedBy.get(s.id)!) : ''),
    },
    fig.badges,
    {
      key: 'quote',
      header: t('aid.table.asPublished'),
      cell: (s) => (s.quote ? <q className="aid-cell__quote">{s.quote}</q> : ''),
    },
    fig.source(),
  ];
  return <DataTable caption={caption} columns={columns} rows={statements} testId="table-aid-statements" />;
}

/** The counts behind a project chart, with the projects of each group and each one's budget as stated. */
export function CountTable({
  caption,
  groupHeader,
  rows,
  testId,
}: {
  caption: string;
  groupHeader: string;
  rows: readonly CountDatum[];
  testId: string;
}) {
  const f = useAidFormat();
  const { t, pick, locale } = f;
  const columns: Column<CountDatum>[] = [
    { key: 'group', header: groupHeader, cell: (r) => r.label },
    countColumn('total', t('aid.projects.tableCount'), (r) => r.total, locale),
    countColumn('withBudget', t('aid.projects.tableWithBudget'), (r) => r.withBudget, locale),
    countColumn('withoutBudget', t('aid.projects.tableWithoutBudget'), (r) => r.withoutBudget, locale),
    {
      key: 'projects',
      header: t('aid.projects.tableProjects'),
      cell: (r) => (
        <ul className="aid-cell__list">
          {r.projects.map((p) => (
            <li key={p.id}>
              {pick(p.title)} —{' '}
              <span className={p.budgetUsdM === undefined ? 'aid-cell__none' : 'aid-cell__budget'}>{f.budget(p)}</span>
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.key} testId={testId} />;
}

/** Every project: title and note, region, sectors, years, budget as stated with its qualifiers, partners, sources. */
export function ProjectsTable({ caption, projects }: { caption: string; projects: readonly AidProject[] }) {
  const f = useAidFormat();
  const { t, pick } = f;
  const fig = useFigureColumns((p: AidProject) => p);
  const columns: Column<AidProject>[] = [
    {
      key: 'project',
      header: t('aid.table.project'),
      cell: (p) => (
        <>
          <span className="aid-cell__main">{pick(p.title)}</span>
          {!isAidProject(p) && <span className="badge aid-cell__reference">{t('aid.table.reference')}</span>}
          {p.note && <span className="aid-cell__note">{pick(p.note)}</span>}
        </>
      ),
    },
    {
      key: 'region',
      header: t('aid.table.region'),
      cell: (p) => {
        const groups = regionKeys(p.region).map(f.region).join(', ');
        const sameAsGroups = [groups, 'national'].some((g) => foldText(g) === foldText(p.region));
        return (
          <>
            <span className="aid-cell__main">{groups}</span>
            {!sameAsGroups && <span className="aid-cell__note">{p.region}</span>}
          </>
        );
      },
    },
    { key: 'sectors', header: t('aid.table.sectors'), cell: (p) => f.projectSectors(p).join(', ') },
    { key: 'years', header: t('aid.table.years'), cell: (p) => f.projectYearsLabel(p) },
    {
      key: 'budget',
      header: t('aid.table.budget'),
      cell: (p) => (
        <>
          <span className={p.budgetUsdM === undefined ? 'aid-cell__none' : 'aid-cell__budget'}>{f.budget(p)}</span>
          <QualifierBadges qualifiers={p.qualifiers} />
          {p.quote && <q className="aid-cell__quote">{p.quote}</q>}
        </>
      ),
    },
    { key: 'partners', header: t('aid.table.partners'), cell: (p) => p.partners ?? '' },
    fig.source(),
  ];
  return <DataTable caption={caption} columns={columns} rows={projects} testId="table-aid-projects" />;
}
