import type { ParseKeys, TFunction } from 'i18next';
import { sourceHeaders } from './use-source-lookup.ts';

/**
 * A CSV header from its message keys, in the reader's language, ending with the source columns (`sourceHeaders`)
 * that the rows of dataset figures end with (`sourceCells`); `withSources: false` for a table of the dataset's files.
 */
export const csvHeader = (t: TFunction, keys: readonly ParseKeys[], withSources = true): string[] => [
  ...keys.map((key) => t(key)),
  ...(withSources ? sourceHeaders(t) : []),
];
