import type { Locale } from '@/data/schema/common.ts';
import { formatNumber } from '@/i18n/format.ts';
import type { Column } from './data-table.tsx';

/** A right-aligned column of counts, in the reader's number format. */
export const countColumn = <Row>(
  key: string,
  header: string,
  count: (row: Row) => number,
  locale: Locale,
): Column<Row> => ({ key, header, cell: (row) => formatNumber(count(row), locale), numeric: true });
