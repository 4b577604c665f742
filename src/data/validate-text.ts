import type { DataFileKey } from './vocabulary.ts';
import { parseDataFile } from './parse-data-file.ts';
import type { DatasetProblem } from './validate-dataset.ts';

/** A data file's text, read: not JSON at all, or JSON with its content (when valid) and every schema problem. */
export type ValidatedText =
  { kind: 'not-json'; detail: string } | { kind: 'parsed'; data?: unknown; problems: DatasetProblem[] };

/** Parses and validates one file's text. Runs in a worker (validate.worker.ts), or on the page where none exists. */
export function validateText(key: DataFileKey, text: string): ValidatedText {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = text.trim() === '' ? 'the file is empty' : `invalid JSON (${(error as Error).message})`;
    return { kind: 'not-json', detail };
  }
  return { kind: 'parsed', ...parseDataFile(key, raw) };
}
