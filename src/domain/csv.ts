/** A cell as written to CSV: numbers stay numbers (no locale grouping), absent values stay empty. */
export type CsvCell = string | number | boolean | undefined | null;

/** Quotes a cell when it holds a comma, quote or line break; neutralizes formula-like text for spreadsheets. */
export function csvCell(value: CsvCell): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a header row; CRLF line ends; a BOM so spreadsheet apps read UTF-8 (Korean, Spanish) right. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A file name that says what is in the file, including the filter: "peru-korea_trade-total_trade_2005-2023". */
export function exportFileName(
  chartId: string,
  filter: { sectors: readonly string[]; from: number; to: number },
  ext: string,
) {
  const sectors = filter.sectors.length ? filter.sectors.join('+') : 'all-sectors';
  return `peru-korea_${chartId}_${sectors}_${filter.from}-${filter.to}.${ext}`;
}
