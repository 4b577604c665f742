import type { TFunction } from 'i18next';
import type { CsvExport } from '@/components/chart-frame.tsx';
import { csvHeader } from '@/components/csv-header.ts';
import type { LocalizedText } from '@/data/schema/common.ts';
import type { SourceRow } from '@/domain/source-rows.ts';

/** The register of sources as shown (search, side and order applied), one row per source, as the dataset has it. */
export function sourcesCsv(t: TFunction, pick: (text: LocalizedText) => string, rows: readonly SourceRow[]): CsvExport {
  return {
    header: csvHeader(
      t,
      [
        'method.sources.columns.id',
        'method.sources.columns.publisher',
        'method.sources.columns.title',
        'method.sources.columns.language',
        'method.sources.columns.date',
        'method.sources.columns.side',
        'method.sources.columns.citations',
        'table.sourceUrl',
        'method.sources.columns.note',
      ],
      false,
    ),
    rows: rows.map(({ source: s, citations }) => [
      s.id,
      s.publisher,
      s.title,
      s.language,
      s.date,
      t(`method.sources.sides.${s.side}`),
      citations,
      s.url,
      s.note ? pick(s.note) : undefined,
    ]),
  };
}
