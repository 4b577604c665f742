import type { AidFile, AidProject, AidStatement } from '@/data/schema/aid.ts';
import type { LocalizedText } from '@/data/schema/common.ts';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import { matchesSectors, type ViewFilter } from './filters.ts';
import {
  type AmountRow,
  type ShareRow,
  mergeHeadlineStatements,
  filterStatements,
  amountRows,
  sortStatements,
  shareRows,
} from './aid-statements.ts';
import {
  filterProjects,
  type CountRow,
  type ThemeKey,
  countByTheme,
  type RegionKey,
  countByRegion,
  sortProjects,
} from './aid-projects.ts';

/* The section's view, from its statements and projects. */

export interface AidView {
  /** Whether any record of the section belongs to the selected sectors (else the section is not shown). */
  inSectors: boolean;
  statements: AidStatement[];
  /** Who stated a statement, for those that are an attributed headline figure. */
  statedBy: ReadonlyMap<string, LocalizedText>;
  amounts: AmountRow[];
  shares: ShareRow[];
  projects: AidProject[];
  themes: CountRow<ThemeKey>[];
  regions: CountRow<RegionKey>[];
}

/** Everything the aid section shows for a filter. */
export function aidView(file: AidFile, figures: readonly HeadlineFigure[], filter: ViewFilter): AidView {
  const merged = mergeHeadlineStatements(file.statements, figures);
  const inSectors = [...merged.statements, ...file.projects].some((r) => matchesSectors(r.sectors, filter.sectors));
  const statements = sortStatements(filterStatements(merged.statements, filter));
  const projects = sortProjects(filterProjects(file.projects, filter));
  return {
    inSectors,
    statements,
    statedBy: merged.statedBy,
    amounts: amountRows(statements, merged.statedBy),
    shares: shareRows(statements),
    projects,
    themes: countByTheme(projects),
    regions: countByRegion(projects),
  };
}
