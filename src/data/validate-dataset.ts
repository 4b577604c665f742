import { DATA_FILE_NAMES, MAX_YEAR, MIN_YEAR, SECTORS, type DataFileKey } from './vocabulary.ts';

/** One problem in the dataset, located precisely enough for an editor to fix it. */
export interface DatasetProblem {
  file: string;
  /** The record's id, or its position (e.g. "annual[3]") when it has no usable id. */
  record: string;
  /** Dotted path inside the record, e.g. "qualifiers.approximate". */
  field: string;
  message: string;
}

export const formatProblem = (p: DatasetProblem): string =>
  `${p.file}: record "${p.record}", field "${p.field}": ${p.message}`;

interface AnyRecord {
  id?: unknown;
  sourceIds?: unknown;
  sectors?: unknown;
  note?: { en?: unknown };
  qualifiers?: Record<string, unknown>;
  [field: string]: unknown;
}

const YEAR_FIELDS = ['year', 'sinceYear', 'startYear', 'endYear'] as const;
const AMOUNT_FIELDS = ['valueUsdM', 'amountUsdM', 'budgetUsdM'] as const;

/** Words in an editor's note that promise a qualifier flag; the flag must then be set. */
const NOTE_PROMISES: { pattern: RegExp; flag: string; words: string }[] = [
  { pattern: /\bAPPROXIMATE\b|\bapprox(imately|\.)/i, flag: 'approximate', words: 'approximate' },
  { pattern: /\bLOWER BOUND\b/i, flag: 'lowerBound', words: 'lower bound' },
  { pattern: /\bNOT VERIFIED\b/i, flag: 'notVerified', words: 'not verified' },
  { pattern: /\bpartial year\b/i, flag: 'partialYear', words: 'partial year' },
];

function recordsOf(raw: unknown): { list: string; index: number; record: AnyRecord }[] {
  if (!raw || typeof raw !== 'object') return [];
  return Object.entries(raw).flatMap(([list, items]) =>
    Array.isArray(items) ? items.map((record: AnyRecord, index) => ({ list, index, record })) : [],
  );
}

/**
 * Rules that span files or that one record's schema cannot see: unknown source ids, duplicate ids,
 * unknown sectors, years out of range, negative amounts, and notes that say "approximate" without the flag.
 */
export function crossFileProblems(files: Partial<Record<DataFileKey, unknown>>): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  // Without the registry (not loaded, or broken) source ids cannot be judged; its own check reports it.
  const checkSources = files.sources !== undefined;
  const sourceIds = new Set(
    recordsOf(files.sources)
      .map(({ record }) => record.id)
      .filter((id): id is string => typeof id === 'string'),
  );
  const seen = new Map<string, string>();
  const sectorSet = new Set<string>(SECTORS);

  for (const key of Object.keys(files) as DataFileKey[]) {
    const file = DATA_FILE_NAMES[key];
    for (const { list, index, record } of recordsOf(files[key])) {
      const name = typeof record.id === 'string' && record.id ? record.id : `${list}[${index}]`;
      const add = (field: string, message: string) => problems.push({ file, record: name, field, message });

      if (typeof record.id === 'string') {
        const other = seen.get(record.id);
        if (other) add('id', `duplicate id (also in ${other})`);
        else seen.set(record.id, file);
      }
      if (key === 'sources') continue;

      if (checkSources && Array.isArray(record.sourceIds)) {
        record.sourceIds.forEach((id, i) => {
          if (typeof id === 'string' && !sourceIds.has(id))
            add(`sourceIds.${i}`, `unknown source id "${id}" (not in sources.json)`);
        });
      }
      if (Array.isArray(record.sectors)) {
        record.sectors.forEach((s, i) => {
          if (typeof s !== 'string' || !sectorSet.has(s)) add(`sectors.${i}`, `unknown sector "${String(s)}"`);
        });
      }
      for (const field of YEAR_FIELDS) {
        const year = record[field];
        if (typeof year === 'number' && (year < MIN_YEAR || year > MAX_YEAR)) {
          add(field, `year ${year} out of range ${MIN_YEAR}–${MAX_YEAR}`);
        }
      }
      for (const field of AMOUNT_FIELDS) {
        const amount = record[field];
        if (typeof amount === 'number' && amount < 0 && !(field === 'valueUsdM' && record.flow === 'balance')) {
          add(field, `negative amount ${amount}`);
        }
      }
      const noteText = typeof record.note?.en === 'string' ? record.note.en : '';
      for (const promise of NOTE_PROMISES) {
        if (promise.pattern.test(noteText) && record.qualifiers?.[promise.flag] === undefined) {
          add(
            `qualifiers.${promise.flag}`,
            `the note says "${promise.words}" but qualifiers.${promise.flag} is not set`,
          );
        }
      }
    }
  }
  return problems;
}
