import { useState, type ReactNode } from 'react';
import { formatNumber } from '@/i18n/format.ts';
import { RowsWhenIdle } from './findable.tsx';
import { useLocale } from './use-locale.ts';

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

/** A row's React key; rows of dataset records need none (their `id` is the key). */
type RowKey<Row> = Row extends { id: string } ? { rowKey?: (row: Row) => string } : { rowKey: (row: Row) => string };

type DataTableProps<Row> = {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  testId?: string;
} & RowKey<Row>;

const recordId = (row: unknown) => (row as { id: string }).id;

/**
 * Rows drawn at first, and added per click. Every table of today's dataset fits (the longest has 98 rows); a dataset
 * many times larger then costs a page of rows, not thousands. The CSV download always holds every row.
 */
export const TABLE_PAGE = 100;

/** Rows per part of a table rendered on its own after load (findable.tsx): about 300 elements, one short commit. */
const ROWS_PER_TURN = 25;
const chunked = <Row,>(rows: readonly Row[]) =>
  Array.from({ length: Math.ceil(rows.length / ROWS_PER_TURN) }, (_, i) =>
    rows.slice(i * ROWS_PER_TURN, (i + 1) * ROWS_PER_TURN),
  );

/** The table alternative of a chart, and the screen-reader view of its data. Scrolls sideways on a phone. */
export function DataTable<Row>({ caption, columns, rows, rowKey = recordId, testId }: DataTableProps<Row>) {
  const { t, locale } = useLocale();
  const [limit, setLimit] = useState(TABLE_PAGE);
  const shown = rows.length > limit ? rows.slice(0, limit) : rows;
  const more = Math.min(TABLE_PAGE, rows.length - shown.length);
  return (
    // The wrapper scrolls, so it must be reachable by keyboard.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="data-table" tabIndex={0} role="region" aria-label={caption} data-testid={testId}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'numeric' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chunked(shown).map((chunk, i) => {
            const tr = chunk.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.key} className={c.numeric ? 'numeric' : undefined}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ));
            // Hidden behind its chart (Findable), rows past the first part join the page in idle turns of their own.
            return i === 0 ? tr : <RowsWhenIdle key={i}>{tr}</RowsWhenIdle>;
          })}
        </tbody>
      </table>
      {more > 0 && (
        <p className="data-table__more" role="status">
          {t('table.shownOf', { shown: formatNumber(shown.length, locale), total: formatNumber(rows.length, locale) })}{' '}
          <button type="button" className="button button--small" onClick={() => setLimit(limit + TABLE_PAGE)}>
            {t('table.showMore', { count: more })}
          </button>{' '}
          <button type="button" className="button button--small" onClick={() => setLimit(rows.length)}>
            {t('table.showAll', { total: formatNumber(rows.length, locale) })}
          </button>
        </p>
      )}
    </div>
  );
}
