import { DataTable, type Column } from '@/components/data-table.tsx';
import { useFigureColumns } from '@/components/figure-columns.tsx';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { InvestmentProject } from '@/data/schema/investment.ts';
import { whoStated, type StatementPoint } from '@/domain/investment-statements.ts';
import type { DealGroup, IndustryShare } from '@/domain/investment-projects.ts';
import { formatPartialDate, formatUsdMillions } from '@/i18n/format.ts';

/** Every charted statement, one row each: date, value, what it measures, who stated it, qualifiers and conflict note. */
export function StatementsTable({ caption, points }: { caption: string; points: readonly StatementPoint[] }) {
  const { t, locale, pick } = useLocale();
  const fig = useFigureColumns((p: StatementPoint) => p);
  const columns: Column<StatementPoint>[] = [
    {
      key: 'asOf',
      header: t('investment.statements.asOf'),
      cell: (p) => (
        <>
          {formatPartialDate(p.asOf, locale)}
          {p.sinceYear !== undefined && (
            <span className="investment-table__sub">{t('investment.statements.since', { year: p.sinceYear })}</span>
          )}
        </>
      ),
    },
    { key: 'value', header: t('table.value'), cell: (p) => formatUsdMillions(p.valueUsdM, locale), numeric: true },
    {
      key: 'measure',
      header: t('investment.statements.measure'),
      cell: (p) => (
        <>
          {p.headline && <span className="investment-headline-tag">{t('investment.statements.headlineBadge')}</span>}
          {pick(p.measure)}
        </>
      ),
    },
    {
      key: 'statedBy',
      header: t('investment.statements.statedBy'),
      cell: (p) => {
        const who = whoStated(p, pick);
        return t(`investment.bodies.${p.body}`) + (who ? ` (${who})` : '');
      },
    },
    fig.badges,
    fig.note,
    fig.source(),
  ];
  return <DataTable caption={caption} columns={columns} rows={points} testId="table-investment-statements" />;
}

/** The columns of a deal table: company, project, industry, the deal type as reported, amount as stated, year, source. */
function useProjectColumns(): Column<InvestmentProject>[] {
  const { t, locale, pick } = useLocale();
  const fig = useFigureColumns((p: InvestmentProject) => p);
  return [
    { key: 'year', header: t('table.year'), cell: (p) => p.year ?? t('investment.projects.undated') },
    { key: 'company', header: t('investment.projects.company'), cell: (p) => p.company },
    {
      key: 'project',
      header: t('investment.projects.project'),
      cell: (p) => (
        <>
          {pick(p.project)}
          {p.note && <span className="investment-table__sub">{pick(p.note)}</span>}
        </>
      ),
    },
    {
      key: 'industry',
      header: t('investment.projects.industry'),
      cell: (p) => t(`investment.industries.${p.industry}`),
    },
    { key: 'detail', header: t('investment.projects.detail'), cell: (p) => pick(p.dealTypeDetail) },
    {
      key: 'amount',
      header: t('investment.projects.amount'),
      cell: (p) => (
        <>
          <span className="investment-table__amount">
            {p.amountUsdM !== undefined
              ? formatUsdMillions(p.amountUsdM, locale)
              : t('investment.projects.amountNotStated')}
          </span>
          <QualifierBadges qualifiers={p.qualifiers} />
        </>
      ),
    },
    fig.source(),
  ];
}

/** The deals grouped by type, FDI first, each group its own table with a heading that says what the type is. */
export function ProjectsTables({ groups }: { groups: readonly DealGroup[] }) {
  const { t } = useLocale();
  const columns = useProjectColumns();
  return (
    <div className="investment-groups" data-testid="table-investment-projects">
      {groups.map((g) => {
        const name = t(`investment.dealTypes.${g.dealType}`);
        return (
          <section
            key={g.dealType}
            className={`investment-group investment-group--${g.dealType === 'fdi' ? 'fdi' : 'other'}`}
            aria-labelledby={`investment-group-${g.dealType}`}
          >
            <h4 id={`investment-group-${g.dealType}`} className="investment-group__title">
              {name}{' '}
              <span className="investment-group__count">
                ({t('investment.projects.groupRecords', { n: g.projects.length })})
              </span>
            </h4>
            <p className="investment-group__note">{t(`investment.dealTypeNotes.${g.dealType}`)}</p>
            <DataTable
              caption={t('investment.projects.tableCaption', { type: name })}
              columns={columns}
              rows={g.projects}
              testId={`table-investment-projects-${g.dealType}`}
            />
          </section>
        );
      })}
    </div>
  );
}

interface IndustryRow {
  group: IndustryShare['group'];
  project: InvestmentProject;
}

/** Every FDI record by industry group: mining, oil & gas, other; each amount on its own row. */
export function IndustriesTable({ caption, shares }: { caption: string; shares: readonly IndustryShare[] }) {
  const { t } = useLocale();
  const projectColumns = useProjectColumns().filter((c) => c.key !== 'detail');
  const rows: IndustryRow[] = shares.flatMap((s) =>
    [...s.withAmount, ...s.withoutAmount].map((project) => ({ group: s.group, project })),
  );
  const columns: Column<IndustryRow>[] = [
    {
      key: 'group',
      header: t('investment.industryShare.group'),
      cell: (r) => t(`investment.industryShare.groups.${r.group}`),
    },
    ...projectColumns.map((c) => ({ ...c, cell: (r: IndustryRow) => c.cell(r.project) })),
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.project.id}
      testId="table-investment-industries"
    />
  );
}
