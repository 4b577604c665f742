import type { Qualifiers } from '@/data/schema/common.ts';
import { qualifierLabels } from './qualifier-labels.ts';
import { useLocale } from './use-locale.ts';

/** The qualifiers of a figure as short labels; the conflict note is spelled out because readers ask "which is right?". */
export function QualifierBadges({
  qualifiers,
  withConflictNote = true,
}: {
  qualifiers: Qualifiers;
  withConflictNote?: boolean;
}) {
  const { t, locale, pick } = useLocale();
  const labels = qualifierLabels(qualifiers, t, locale);
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
