import type * as z from 'zod/mini';
import { DATA_FILES } from './schema/index.ts';
import { crossFileProblems, type DatasetProblem } from './validate-dataset.ts';
import type { DataFileKey } from './vocabulary.ts';

type PathKey = PropertyKey;

/** Turns a zod issue path like ["annual", 3, "valueUsdM"] into record/field, using the record's id when it has one. */
function locate(raw: unknown, path: readonly PathKey[]): { record: string; field: string } {
  if (path.length < 2 || typeof path[1] !== 'number') {
    return { record: '(file)', field: path.map(String).join('.') || '(root)' };
  }
  const [list, index, ...rest] = path;
  const items = (raw as Record<string, unknown> | null)?.[String(list)];
  const item = Array.isArray(items) ? (items[index as number] as { id?: unknown } | undefined) : undefined;
  const record = typeof item?.id === 'string' && item.id ? item.id : `${String(list)}[${String(index)}]`;
  return { record, field: rest.map(String).join('.') || '(record)' };
}

/** Validates once: the parsed content when the file matches its schema, else every problem found. */
export function parseDataFile(key: DataFileKey, raw: unknown): { data?: unknown; problems: DatasetProblem[] } {
  const { file, schema } = DATA_FILES[key];
  const result = (schema as z.ZodMiniType).safeParse(raw);
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({ file, ...locate(raw, issue.path), message: issue.message })),
  };
}

/** Every problem of a whole dataset: each file's schema, then the rules across files. */
export function validateDataset(files: Partial<Record<DataFileKey, unknown>>): DatasetProblem[] {
  const perFile = (Object.keys(files) as DataFileKey[]).flatMap((key) => parseDataFile(key, files[key]).problems);
  return [...perFile, ...crossFileProblems(files)];
}
