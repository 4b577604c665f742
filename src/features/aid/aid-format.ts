import type { AidProject, AidStatement } from '@/data/schema/aid.ts';
import type { Qualifiers } from '@/data/schema/common.ts';
import { qualifierLabels } from '@/components/qualifier-labels.ts';
import { useLocale } from '@/components/use-locale.ts';
import { PERU_REGIONS, projectThemes, type RegionKey, type ThemeKey } from '@/domain/aid-projects.ts';
import { projectPeriod, isAidProject } from '@/domain/aid-records.ts';
import { formatPercent, formatUsdMillions } from '@/i18n/format.ts';
import { aidMessages } from '@/i18n/messages/aid.ts';

type NamedRegion = keyof typeof aidMessages.en.regions;
const isNamedRegion = (key: string): key is NamedRegion => key in aidMessages.en.regions;

/** The aid section's wording of amounts, periods, regions and themes in the interface language. */
export function useAidFormat() {
  const { t, locale, pick } = useLocale();

  /** "More than US$100 million", "About US$10 million" or the amount as stated. */
  const amount = (valueUsdM: number, qualifiers: Qualifiers) => {
    const value = formatUsdMillions(valueUsdM, locale);
    if (qualifiers.lowerBound) return t('aid.moreThan', { value });
    if (qualifiers.approximate) return t('aid.about', { value });
    return value;
  };

  const range = (from: number, to: number) => (from === to ? String(from) : t('aid.years.range', { from, to }));

  /** A statement's figure (amount or percent), worded with its qualifiers. */
  const statementValue = (s: AidStatement) =>
    s.valueUsdM !== undefined
      ? amount(s.valueUsdM, s.qualifiers)
      : s.sharePct !== undefined
        ? formatPercent(s.sharePct, locale)
        : '';

  const statementPeriod = (s: AidStatement) =>
    range(s.kind === 'cumulative' ? (s.sinceYear ?? s.year) : s.year, s.year);

  const projectYearsLabel = (p: AidProject) => {
    const period = projectPeriod(p);
    switch (period.kind) {
      case 'range':
        return range(period.from, period.to);
      case 'single':
        return String(period.year);
      case 'openEnded':
        return t('aid.years.openEnded', { from: period.from });
      case 'endOnly':
        return t('aid.years.endOnly', { to: period.to });
      case 'undated':
        return t('aid.years.undated');
    }
  };

  const budget = (p: AidProject) =>
    p.budgetUsdM !== undefined ? amount(p.budgetUsdM, p.qualifiers) : t('aid.noBudget');

  const region = (key: RegionKey) => {
    if (key.startsWith('place:')) return key.slice('place:'.length);
    if (isNamedRegion(key)) return t(`aid.regions.${key}`);
    return PERU_REGIONS[key as keyof typeof PERU_REGIONS];
  };

  const theme = (key: ThemeKey) => (key === 'general' ? t('aid.projects.general') : t(`sectors.${key}`));

  /** A project's sectors as a reader names them: its themes for an aid project, its sectors otherwise. */
  const projectSectors = (p: AidProject) =>
    isAidProject(p) ? projectThemes(p).map(theme) : p.sectors.map((s) => t(`sectors.${s}`));

  const qualifiers = (q: Qualifiers) => qualifierLabels(q, t, locale);

  return {
    t,
    locale,
    pick,
    amount,
    range,
    statementValue,
    statementPeriod,
    projectYearsLabel,
    budget,
    region,
    theme,
    projectSectors,
    qualifiers,
  };
}
