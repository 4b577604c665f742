import type { ParseKeys, TFunction } from 'i18next';
import { sourceHeaders } from './use-source-lookup.ts';

/**
 * A CSV header from its message keys, in the reader's language, ending with the source columns (`sourceHeaders`)
 * that every CSV row ends with (`sourceCells`).
 */
export const csvHeader = (t: TFunction, keys: readonly ParseKeys[]): string[] => [
  ...keys.map((key) => t(key)),
  ...sourceHeaders(t),
];
