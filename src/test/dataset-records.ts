import { readFileSync } from 'node:fs';
import type { Source } from '@/data/schema/sources.ts';
import type { DatasetFiles } from '@/domain/dataset-entries.ts';

/* Records and files for the method section's domain tests (dataset entries, source rows, coverage). */

export const base = { sectors: ['trade' as const], sourceIds: ['s-a'], qualifiers: {} };
export const conflict = (en: string) => ({ conflict: { en, es: `${en} (es)`, ko: `${en} (ko)` } });

export function source(overrides: Partial<Source> & { id: string }): Source {
  return {
    publisher: 'Publisher',
    title: 'Title',
    url: `https://example.org/${overrides.id}`,
    side: 'peru',
    language: 'es',
    ...overrides,
  };
}

export const emptyFiles = (): DatasetFiles => ({
  trade: { annual: [], facts: [] },
  products: { products: [] },
  investment: { statements: [], projects: [] },
  aid: { statements: [], projects: [] },
  exchange: { records: [] },
  timeline: { events: [] },
  headlines: { figures: [] },
});

export const text = (en: string) => ({ en, es: en, ko: en });

/** The real dataset (public/data), for tests that check the whole of it. */
export function realDataset() {
  const read = <T>(name: string) => JSON.parse(readFileSync(`public/data/${name}.json`, 'utf8')) as T;
  const files: DatasetFiles = {
    trade: read('trade'),
    products: read('products'),
    investment: read('investment'),
    aid: read('aid'),
    exchange: read('exchange'),
    timeline: read('timeline'),
    headlines: read('headlines'),
  };
  return { files, sources: read<{ sources: Source[] }>('sources').sources };
}
