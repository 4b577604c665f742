import type { AidProject, AidStatement } from '@/data/schema/aid.ts';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import type { ViewFilter } from '@/domain/filters.ts';
import { recordBuilder } from './records.ts';

/* Valid aid records and the aid headline figure for the domain tests; tests override only what they are about. */

/** Each language marked, so a test sees which one was picked. */
export const text = (en: string) => ({ en, es: `${en} (es)`, ko: `${en} (ko)` });
export { ALL } from './records.ts';
export const years = (from: number, to: number): ViewFilter => ({ sectors: [], from, to });

export const statement = recordBuilder<AidStatement>('aid-test', () => ({
  sectors: ['aid'],
  kind: 'annual',
  year: 2010,
  valueUsdM: 10,
  measure: text('A measure'),
}));

export const project = recordBuilder<AidProject>('aidp-test', (n) => ({
  sectors: ['aid'],
  title: text(`Project ${n}`),
  region: 'Lima',
  regionCodes: ['15'],
}));

export const headline = recordBuilder<HeadlineFigure>('hl-aid-test', () => ({
  id: 'hl-aid-test',
  topic: 'aid',
  sectors: ['aid'],
  sourceIds: ['s-amb'],
  qualifiers: { approximate: true },
  statement: text('About US$10 million a year'),
  value: 10,
  unit: 'usd_m_per_year',
  statedBy: { en: 'The Ambassador', es: 'El embajador', ko: '대사' },
  statedOn: '2023',
}));

/**
 * Places as the aid file words them (region, district, national), with the region keys (aid-projects.ts) and the
 * boundary file's codes (aid-regions.ts) they name: both readers must agree on every one.
 */
export const PLACE_TEXTS = [
  { text: 'Lima Norte (Comas); Callao', keys: ['lima', 'callao'], codes: ['15', '07'] },
  {
    text: "Cusco region (8 districts + 4 districts of Urubamba, per KOICA's director)",
    keys: ['cusco'],
    codes: ['08'],
  },
  { text: 'Junín (Chanchamayo)', keys: ['junin'], codes: ['12'] },
  { text: 'national (PCM, Secretaría de Gobierno Digital)', keys: ['national'], codes: ['national'] },
  { text: 'La Libertad (Trujillo)', keys: ['laLibertad'], codes: ['13'] },
] as const;
