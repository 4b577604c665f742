import type { Column } from './data-table.tsx';
import type { LocalizedText, Qualifiers } from '@/data/schema/common.ts';
import { QualifierBadges } from './qualifier-badges.tsx';
import { qualifierLabels } from './qualifier-labels.ts';
import { SourceLine } from './source-line.tsx';
import { useLocale } from './use-locale.ts';

/** What every dataset figure carries, whatever its table. */
interface Figure {
  qualifiers: Qualifiers;
  note?: LocalizedText;
  sourceIds: readonly string[];
}

/**
 * The columns that every table of dataset figures ends with: qualifiers, note, source. `figure` finds the record in
 * a row (a row may wrap it, like a chart point).
 */
export function useFigureColumns<Row>(figure: (row: Row) => Figure) {
  const { t, locale, pick } = useLocale();
  const header = t('table.qualifiers');
  return {
    /** The qualifiers as text; with `conflictClass`, the conflict note after them. */
    qualifiers: (conflictClass?: string): Column<Row> => ({
      key: 'qualifiers',
      header,
      cell: (row) => {
        const { qualifiers } = figure(row);
        const labels = qualifierLabels(qualifiers, t, locale).join(', ');
        if (!conflictClass || !qualifiers.conflict) return labels;
        return (
          <>
            {labels}
            <span className={conflictClass}>{pick(qualifiers.conflict)}</span>
          </>
        );
      },
    }),
    /** The qualifiers as badges. */
    badges: { key: 'qualifiers', header, cell: (row) => <QualifierBadges qualifiers={figure(row).qualifiers} /> },
    note: {
      key: 'note',
      header: t('table.note'),
      cell: (row) => {
        const { note } = figure(row);
        return note ? pick(note) : '';
      },
    },
    /** The source line; `primaryOnly` for a table that lists many figures of one source. */
    source: (primaryOnly = false): Column<Row> => ({
      key: 'source',
      header: t('table.source'),
      cell: (row) => <SourceLine sourceIds={figure(row).sourceIds} primaryOnly={primaryOnly} />,
    }),
  } satisfies Record<string, Column<Row> | ((...args: never[]) => Column<Row>)>;
}
