/** The investment section's view: statements, projects and deals for a filter, joined from their own modules. */
import type { Sector } from '@/data/schema/common.ts';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import type { InvestmentProject, InvestmentStatement } from '@/data/schema/investment.ts';
import { matchesSectors, type ViewFilter } from './filters.ts';
import {
  fdiByIndustry,
  filterProjects,
  groupByDealType,
  isInvestment,
  type DealGroup,
  type IndustryShare,
} from './investment-projects.ts';
import {
  investmentHeadlines,
  statementPoints,
  statementsWithoutAmount,
  unusableStatements,
  type StatementPoint,
} from './investment-statements.ts';

/** Whether any record of the section (statements, projects, investment headlines) belongs to the selected sectors. */
export function sectionMatchesSectors(
  statements: readonly InvestmentStatement[],
  projects: readonly InvestmentProject[],
  headlines: readonly HeadlineFigure[],
  sectors: readonly Sector[],
): boolean {
  return [...statements, ...projects, ...investmentHeadlines(headlines)].some((r) =>
    matchesSectors(r.sectors, sectors),
  );
}

/** Everything the section shows for a filter, from the investment file and the headline figures. */
export interface InvestmentView {
  /** Some record of the section belongs to the selected sectors (otherwise the section is not shown). */
  sectorMatch: boolean;
  /** Statements (or an investment headline) belong to the selected sectors. */
  statementsInSectors: boolean;
  points: StatementPoint[];
  withoutAmount: InvestmentStatement[];
  unusable: InvestmentStatement[];
  /** Projects belong to the selected sectors. */
  projectsInSectors: boolean;
  projects: InvestmentProject[];
  groups: DealGroup[];
  /** FDI projects belong to the selected sectors. */
  fdiInSectors: boolean;
  shares: IndustryShare[];
}

export function investmentView(
  file: { statements: readonly InvestmentStatement[]; projects: readonly InvestmentProject[] },
  headlines: readonly HeadlineFigure[],
  filter: Pick<ViewFilter, 'sectors' | 'from' | 'to'>,
): InvestmentView {
  const inSectors = (r: { sectors: readonly Sector[] }) => matchesSectors(r.sectors, filter.sectors);
  const projects = filterProjects(file.projects, filter);
  return {
    sectorMatch: sectionMatchesSectors(file.statements, file.projects, headlines, filter.sectors),
    statementsInSectors: file.statements.some(inSectors) || investmentHeadlines(headlines).some(inSectors),
    points: statementPoints(file.statements, headlines, filter),
    withoutAmount: statementsWithoutAmount(file.statements, filter),
    unusable: unusableStatements(file.statements, filter),
    projectsInSectors: file.projects.some(inSectors),
    projects,
    groups: groupByDealType(projects),
    fdiInSectors: file.projects.some((p) => isInvestment(p.dealType) && inSectors(p)),
    shares: fdiByIndustry(projects),
  };
}
