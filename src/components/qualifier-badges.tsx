import type { Qualifiers } from '@/data/schema/common.ts';
import { formatMonthRange } from '@/i18n/format.ts';
import { useLocale } from './use-locale.ts';

/** The qualifiers of a figure as short labels; the conflict note is spelled out because readers ask "which is right?". */
export function QualifierBadges({ qualifiers, withConflictNote = true }: { qualifiers: Qualifiers; withConflictNote?: boolean }) {
  const { t, locale, pick } = useLocale();
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
  if (labels.length === 0) return null;
  return (
    <div className="qualifiers">
      <ul className="badges">
        {labels.map((label) => (
          <li key={label} className="badge">
            {label}
          </li>
        ))}
      </ul>
      {withConflictNote && qualifiers.conflict && <p className="qualifiers__conflict">{pick(qualifiers.conflict)}</p>}
    </div>
  );
}
