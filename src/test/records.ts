import type { Qualifiers, Sector } from '@/data/schema/common.ts';
import { YEAR_BOUNDS, type ViewFilter } from '@/domain/filters.ts';

/** What every dataset record has. */
interface DatasetRecord {
  id: string;
  sectors: Sector[];
  sourceIds: string[];
  qualifiers: Qualifiers;
}

type Fields<T extends DatasetRecord> = Omit<T, 'id' | 'sourceIds' | 'qualifiers'> & Partial<T>;

/**
 * A maker of valid records of one kind for tests: each record a new id (`prefix-1`, `prefix-2`…), one test source, no
 * qualifiers, the kind's own `fields` (given the record's number), then the test's overrides: a test states only what
 * it is about.
 */
export function recordBuilder<T extends DatasetRecord>(prefix: string, fields: (n: number) => Fields<T>) {
  let seq = 0;
  return (overrides: Partial<T> = {}): T => {
    seq += 1;
    return { id: `${prefix}-${seq}`, sourceIds: ['s-test'], qualifiers: {}, ...fields(seq), ...overrides } as T;
  };
}

/** The same text in the three languages (tests that read a language add its mark). */
export const text = (en: string) => ({ en, es: en, ko: en });

/** The filter that leaves everything in: every sector, every year. */
export const ALL: ViewFilter = { sectors: [], from: YEAR_BOUNDS.min, to: YEAR_BOUNDS.max };
