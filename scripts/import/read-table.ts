import { parse } from 'csv-parse/sync';
import { ImportError } from './import-error.ts';

/** One row of the table, keyed by lower-cased column name, with where it came from. */
export interface TableRow {
  /** "line 7" (CSV, 1-based, counting the header) or "record data[3]" (JSON). */
  where: string;
  cells: Map<string, unknown>;
}

export interface Table {
  kind: 'json' | 'csv';
  /** Lower-cased column names (CSV header, or the keys seen in JSON records). */
  columns: Set<string>;
  rows: TableRow[];
  /** Where the column names are: "line 2 (header)" in a CSV after a comment line. */
  headerWhere: string;
  /** The JSON envelope's `count`, when it has one. */
  declaredCount?: number;
}

/** UTF-8 when the bytes are valid UTF-8, else Latin-1 (the Comtrade website saves its CSV so). BOM dropped. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('latin1').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

const lowerKeys = (record: Record<string, unknown>) =>
  new Map(Object.entries(record).map(([k, v]) => [k.trim().toLowerCase(), v]));

/** A Comtrade API response: `{ count, data: [...], error }`. */
function readJson(file: string, text: string): Table {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    // A download cut short ends inside the data: JSON.parse names the position.
    throw new ImportError(
      file,
      '(file)',
      '(JSON)',
      `not valid JSON, possibly a truncated download (${(error as Error).message})`,
    );
  }
  const envelope = raw as { data?: unknown; count?: unknown; error?: unknown };
  if (!envelope || typeof envelope !== 'object' || !Array.isArray(envelope.data)) {
    throw new ImportError(
      file,
      '(file)',
      'data',
      'unknown format: expected a UN Comtrade response with a "data" array',
    );
  }
  if (typeof envelope.error === 'string' && envelope.error.trim()) {
    throw new ImportError(file, '(file)', 'error', `the response reports an error: ${envelope.error}`);
  }
  const columns = new Set<string>();
  const rows = envelope.data.map((record: unknown, i) => {
    const where = `record data[${i}]`;
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      throw new ImportError(file, where, '(record)', 'not an object');
    }
    const cells = lowerKeys(record as Record<string, unknown>);
    for (const key of cells.keys()) columns.add(key);
    return { where, cells };
  });
  const declaredCount = typeof envelope.count === 'number' ? envelope.count : undefined;
  return { kind: 'json', columns, rows, declaredCount, headerWhere: 'record data[0]' };
}

/**
 * A CSV (comma, or tab as in Comtrade's bulk files). Lines starting with "#" are comments (the template's
 * instructions, a fixture's "synthetic" mark). A row with the wrong number of fields or an open quote stops the import:
 * it is how a download cut mid-line shows.
 */
function readCsv(file: string, text: string): Table {
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() && !l.startsWith('#')) ?? '';
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // One line ending throughout, so that line numbers count the lines a text editor shows.
    records = parse(text.replace(/\r\n?/g, '\n'), {
      delimiter,
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      info: true,
      trim: true,
      bom: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; message: string; code?: string };
    const where = e.lines ? `line ${e.lines}` : '(file)';
    const cut = e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' || e.code === 'CSV_QUOTE_NOT_CLOSED';
    throw new ImportError(
      file,
      where,
      '(row)',
      `${cut ? 'a row is incomplete, possibly a truncated download: ' : ''}${e.message}`,
    );
  }
  const [header, ...body] = records;
  if (!header) throw new ImportError(file, '(file)', '(header)', 'the file is empty');
  const names = header.record.map((h) => h.trim().toLowerCase());
  const rows = body.map(({ record, info }) => ({
    where: `line ${info.lines}`,
    cells: new Map(names.map((name, i) => [name, record[i]])),
  }));
  return { kind: 'csv', columns: new Set(names), rows, headerWhere: `line ${header.info.lines} (header)` };
}

/** Reads an official table as it was downloaded: Comtrade JSON, or a CSV (Comtrade's or the plain template). */
export function readTable(file: string, bytes: Uint8Array): Table {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new ImportError(file, '(file)', '(file)', 'unknown format: a gzip file; decompress it first (gunzip)');
  }
  const text = decodeText(bytes);
  if (!text.trim()) throw new ImportError(file, '(file)', '(file)', 'the file is empty');
  return text.trimStart().startsWith('{') || file.toLowerCase().endsWith('.json')
    ? readJson(file, text)
    : readCsv(file, text);
}
