import { qualifierLabels } from '@/components/qualifier-labels.ts';
import type { useLocale } from '@/components/use-locale.ts';
import { sourceCells, sourceHeaders, useSourceLookup } from '@/components/use-source-lookup.ts';
import type { InvestmentProject } from '@/data/schema/investment.ts';

/* What the investment frames compute alike: the sources of what they show, joined lists, the deals' CSV rows. */

export const uniqueSources = (records: readonly { sourceIds: readonly string[] }[]) => [
  ...new Set(records.flatMap((r) => r.sourceIds)),
];

export const listOf = (items: readonly string[]) => items.join('; ');

type T = ReturnType<typeof useLocale>['t'];
type Pick_ = ReturnType<typeof useLocale>['pick'];

export const projectCsvHeader = (t: T) => [
  t('investment.projects.dealType'),
  t('investment.projects.detail'),
  t('investment.projects.company'),
  t('investment.projects.project'),
  t('investment.projects.industry'),
  t('table.valueUsdM'),
  t('table.year'),
  t('table.qualifiers'),
  t('investment.statements.conflictHeader'),
  t('investment.statements.quote'),
  ...sourceHeaders(t),
];

export function projectCsvRow(
  p: InvestmentProject,
  t: T,
  locale: ReturnType<typeof useLocale>['locale'],
  pick: Pick_,
  sources: ReturnType<typeof useSourceLookup>,
) {
  return [
    t(`investment.dealTypes.${p.dealType}`),
    pick(p.dealTypeDetail),
    p.company,
    pick(p.project),
    t(`investment.industries.${p.industry}`),
    p.amountUsdM ?? '',
    p.year ?? '',
    qualifierLabels(p.qualifiers, t, locale).join('; '),
    p.qualifiers.conflict ? pick(p.qualifiers.conflict) : '',
    p.quote ?? '',
    ...sourceCells(sources, p.sourceIds),
  ];
}
