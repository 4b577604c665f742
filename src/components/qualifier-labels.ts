import type { TFunction } from 'i18next';
import type { Locale, LocalizedText, Qualifiers } from '@/data/schema/common.ts';
import { formatMonthRange } from '@/i18n/format.ts';

/** The qualifiers of a figure as short labels in the interface language (badges, table cells, CSV). */
export function qualifierLabels(qualifiers: Qualifiers, t: TFunction, locale: Locale): string[] {
  const labels: string[] = [];
  if (qualifiers.approximate) labels.push(t('qualifiers.approximate'));
  if (qualifiers.lowerBound) labels.push(t('qualifiers.lowerBound'));
  if (qualifiers.partialYear) {
    const { fromMonth, toMonth } = qualifiers.partialYear;
    labels.push(t('qualifiers.partialYear', { months: formatMonthRange(fromMonth, toMonth, locale) }));
  }
  if (qualifiers.yearInferred) labels.push(t('qualifiers.yearInferred'));
  if (qualifiers.notVerified) labels.push(t('qualifiers.notVerified'));
  if (qualifiers.conflict) labels.push(t('qualifiers.conflict'));
  if (qualifiers.unusable) labels.push(t('qualifiers.unusable'));
  if (qualifiers.estimated) labels.push(t('qualifiers.estimated'));
  return labels;
}

/** The CSV cells that qualify a figure: its qualifier labels, and the dataset's note on a conflict between sources. */
export function qualifierCells(
  qualifiers: Qualifiers,
  t: TFunction,
  locale: Locale,
  pick: (text: LocalizedText) => string,
): [string, string] {
  return [qualifierLabels(qualifiers, t, locale).join('; '), qualifiers.conflict ? pick(qualifiers.conflict) : ''];
}

/** `qualifierCells`, then the figure's own note: the three CSV columns most tables end with before the sources. */
export function figureCells(
  figure: { qualifiers: Qualifiers; note?: LocalizedText },
  t: TFunction,
  locale: Locale,
  pick: (text: LocalizedText) => string,
): [string, string, string] {
  return [...qualifierCells(figure.qualifiers, t, locale, pick), figure.note ? pick(figure.note) : ''];
}
