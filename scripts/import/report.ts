import type { ImportedTable } from './figures.ts';
import type { Change, MergeResult } from './merge.ts';

const FORMAT_NAME: Record<ImportedTable['format'], string> = {
  'comtrade-json': 'UN Comtrade API response (JSON)',
  'comtrade-csv': 'UN Comtrade CSV',
  'template-csv': 'official table, plain template (CSV)',
};

const CHANGE_WORD: Record<Change, string> = {
  added: 'add',
  changed: 'change',
  refreshed: 'update (same value, newer download)',
  unchanged: 'leave (same)',
  'kept-newer': 'leave (newer in dataset)',
};

/** What an import does (or would do), per year and flow, as plain text for the terminal. */
export function formatReport(file: string, table: ImportedTable, retrieved: string, result: MergeResult): string {
  const lines = [
    `${file}: ${FORMAT_NAME[table.format]}, ${table.source.publisher}, retrieved ${retrieved}, source ${result.sourceId}`,
    '',
    ['year', 'flow'.padEnd(18), 'reporter', 'what'.padEnd(36), 'US$ million'].join('  '),
  ];
  for (const l of result.lines) {
    const value =
      l.previousUsdM !== undefined && l.previousUsdM !== l.valueUsdM
        ? `${l.previousUsdM} → ${l.valueUsdM}`
        : String(l.valueUsdM);
    const beside =
      l.beside > 0 ? `  (beside ${l.beside} other figure${l.beside > 1 ? 's' : ''}, left as they are)` : '';
    lines.push(
      [String(l.year), l.flow.padEnd(18), l.reporter.padEnd(8), CHANGE_WORD[l.change].padEnd(36), value].join('  ') +
        beside,
    );
  }
  const count = (c: Change) => result.lines.filter((l) => l.change === c).length;
  lines.push(
    '',
    `${count('added')} to add, ${count('changed')} to change, ${count('refreshed')} to update, ${count('unchanged') + count('kept-newer')} left` +
      (count('kept-newer') ? ` (${count('kept-newer')} because the dataset holds a newer download)` : '') +
      (table.skipped.length ? `; ${table.skipped.length} rows of the file skipped (not totals of X or M)` : '') +
      (result.removedSources.length ? `; stale sources removed: ${result.removedSources.join(', ')}` : ''),
  );
  return lines.join('\n');
}
