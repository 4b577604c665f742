import { describe, expect, it } from 'vitest';
import type { ProductRecord } from '@/data/schema/products.ts';
import {
  aidProjectsBySector,
  aidProjectsIn,
  latestExportItems,
  latestKoreaShares,
  latestMineralShare,
} from './deck-highlights.ts';

let n = 0;
const product = (o: Partial<ProductRecord>): ProductRecord => ({
  id: `p-${(n += 1)}`,
  sectors: ['trade'],
  sourceIds: ['s'],
  qualifiers: {},
  year: 2022,
  direction: 'exports_pe_to_kr',
  product: { en: 'Mango', es: 'Mango', ko: '망고' },
  group: 'agro',
  reporter: 'peru',
  ...o,
});
const named = (en: string) => ({ en, es: en, ko: en });

describe('latestExportItems', () => {
  it('takes the latest year with two full-year product values, largest first, without totals or partial years', () => {
    const items = latestExportItems([
      product({ year: 2022, valueUsdM: 36, product: named('Mango') }),
      product({ year: 2022, valueUsdM: 37, product: named('Coffee') }),
      product({ year: 2022, valueUsdM: 167, product: named('Agricultural exports (total)') }),
      product({ year: 2023, valueUsdM: 70, product: named('Fruit') }),
      product({
        year: 2024,
        valueUsdM: 99,
        product: named('Squid'),
        qualifiers: { partialYear: { fromMonth: 1, toMonth: 9 } },
      }),
      product({
        year: 2024,
        valueUsdM: 98,
        product: named('Nuts'),
        qualifiers: { partialYear: { fromMonth: 1, toMonth: 9 } },
      }),
    ]);
    expect(items.map((r) => r.product.en)).toEqual(['Coffee', 'Mango']);
  });
  it('returns nothing when no year compares', () => {
    expect(latestExportItems([product({ valueUsdM: 1 })])).toEqual([]);
  });
});

describe('shares', () => {
  it('keeps Korea’s latest full-year share per product', () => {
    const shares = latestKoreaShares([
      product({
        direction: 'imports_pe_from_kr',
        group: 'manufactured',
        year: 2010,
        sharePct: 24.96,
        product: named('Cars'),
      }),
      product({
        direction: 'imports_pe_from_kr',
        group: 'manufactured',
        year: 2011,
        sharePct: 29.85,
        product: named('Cars'),
      }),
      product({
        direction: 'imports_pe_from_kr',
        group: 'manufactured',
        year: 2012,
        sharePct: 32.06,
        product: named('Cars'),
        qualifiers: { partialYear: { fromMonth: 1, toMonth: 5 } },
      }),
      product({
        direction: 'imports_pe_from_kr',
        group: 'manufactured',
        year: 2011,
        sharePct: 5.2,
        product: named('Chemicals'),
      }),
    ]);
    expect(shares.map((r) => [r.product.en, r.sharePct])).toEqual([
      ['Cars', 29.85],
      ['Chemicals', 5.2],
    ]);
  });
  it('finds the latest mineral share', () => {
    const share = latestMineralShare([
      product({ group: 'mineral', year: 2009, sharePct: 92.5 }),
      product({ group: 'mineral', year: 2017, sharePct: 90.5 }),
    ]);
    expect(share?.year).toBe(2017);
  });
});

describe('aidProjectsBySector', () => {
  it('counts projects per sector without the aid umbrella', () => {
    const base = { sourceIds: ['s'], qualifiers: {}, title: named('x'), region: 'Lima', regionCodes: ['15' as const] };
    const counts = aidProjectsBySector([
      { ...base, id: 'a', sectors: ['aid', 'health'] },
      { ...base, id: 'b', sectors: ['aid', 'health', 'digital'] },
    ]);
    expect(counts).toEqual([
      { sector: 'health', projects: 2 },
      { sector: 'digital', projects: 1 },
    ]);
  });
});

describe('aidProjectsIn', () => {
  const base = { sourceIds: ['s'], qualifiers: {}, title: named('x'), region: 'Lima', regionCodes: ['15' as const] };
  it('lists the projects of each sector in the order asked, with the first stated start year', () => {
    const rows = aidProjectsIn(
      [
        { ...base, id: 'a', sectors: ['aid', 'digital'], startYear: 2019 },
        { ...base, id: 'b', sectors: ['aid', 'digital', 'environment'], startYear: 2017 },
        { ...base, id: 'c', sectors: ['aid', 'environment'] },
      ],
      ['digital', 'environment', 'defense'],
    );
    expect(rows.map((r) => [r.sector, r.projects.map((p) => p.id), r.firstYear])).toEqual([
      ['digital', ['a', 'b'], 2017],
      ['environment', ['b', 'c'], 2017],
      ['defense', [], undefined],
    ]);
  });
});
