import type { CsvExport } from '@/components/chart-frame.tsx';
import { saveText } from '@/components/download.ts';
import { exportFileName, toCsv } from '@/domain/csv.ts';
import { YEAR_BOUNDS } from '@/domain/filters.ts';

/** The method section is never filtered, so its files are named for the whole dataset whatever the filter says. */
const WHOLE_DATASET = { sectors: [], from: YEAR_BOUNDS.min, to: YEAR_BOUNDS.max };

/** A CSV download for a table that is not a chart (same file naming as ChartFrame's exports). */
export function CsvButton({ id, label, csv }: { id: string; label: string; csv: () => CsvExport }) {
  const download = () => {
    const { header, rows } = csv();
    saveText(toCsv(header, rows), exportFileName(id, WHOLE_DATASET, 'csv'), 'text/csv;charset=utf-8');
  };
  return (
    <button
      type="button"
      className="button button--small"
      onClick={download}
      aria-label={label}
      data-export-skip="true"
    >
      CSV
    </button>
  );
}
