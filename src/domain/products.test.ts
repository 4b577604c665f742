import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL as all, recordBuilder, text } from '@/test/records.ts';
import { productsFileSchema, type ProductRecord } from '@/data/schema/products.ts';
import {
  isCategoryFigure,
  productFamily,
  productsMatchSectors,
  selectKoreaShareView,
  selectProductsView,
  shareBars,
  valueBars,
} from './products.ts';

const newProduct = recordBuilder<ProductRecord>('product-test', () => ({
  sectors: ['trade'],
  year: 2018,
  direction: 'exports_pe_to_kr',
  product: text('Mango'),
  group: 'agro',
  valueUsdM: 10,
  reporter: 'peru',
}));
/** A product figure; `name` is the product's name in every language. */
const product = ({ name, ...rest }: Partial<ProductRecord> & { name?: string } = {}) =>
  newProduct(name === undefined ? rest : { ...rest, product: text(name) });
const share = (pct: number, of = 'Peru’s car imports') => ({
  sharePct: pct,
  shareOf: text(of),
  valueUsdM: undefined,
});

describe('isCategoryFigure and productFamily', () => {
  it('tells category totals from single products', () => {
    expect(isCategoryFigure(product({ name: 'Agricultural exports (total)' }))).toBe(true);
    expect(isCategoryFigure(product({ name: 'Fishery exports (non-traditional)', group: 'fishery' }))).toBe(true);
    expect(isCategoryFigure(product({ name: 'Fruits and vegetables' }))).toBe(true);
    expect(isCategoryFigure(product({ name: 'Traditional exports', group: 'traditional' }))).toBe(true);
    expect(isCategoryFigure(product({ name: 'Giant squid (pota)', group: 'fishery' }))).toBe(false);
    expect(isCategoryFigure(product({ name: 'Frozen mango' }))).toBe(false);
  });
  it('joins "X" and "X (total)" but keeps mango, fresh mango and frozen mango apart', () => {
    expect(productFamily(product({ name: 'Agricultural exports (total)' }))).toBe(
      productFamily(product({ name: 'Agricultural exports' })),
    );
    const names = ['Mango', 'Fresh mango', 'Frozen mango'].map((name) => productFamily(product({ name })));
    expect(new Set(names).size).toBe(3);
  });
});

describe('valueBars', () => {
  const records = [
    product({ name: 'Mango', year: 2022, valueUsdM: 36 }),
    product({ name: 'Mango', year: 2018, valueUsdM: 15, qualifiers: { partialYear: { fromMonth: 1, toMonth: 9 } } }),
    product({ name: 'Giant squid (pota)', group: 'fishery', year: 2019, valueUsdM: 171.58 }),
    product({ name: 'Coffee', year: 2022, valueUsdM: 37 }),
    product({ name: 'Grapes', year: 2014, valueUsdM: 99, qualifiers: { unusable: true } }),
    product({ name: 'Copper', group: 'mineral', ...share(12) }),
  ];
  const bars = valueBars(records);

  it('groups bars by product, agro before fishery, products by their largest figure', () => {
    expect(bars.map((b) => `${b.family} ${b.record.year}`)).toEqual([
      'coffee 2022',
      'mango 2018',
      'mango 2022',
      'giant squid (pota) 2019',
    ]);
    expect(bars.map((b) => b.firstOfFamily)).toEqual([true, true, false, true]);
  });

  it('marks partial years and never charts an unusable or share-only record', () => {
    expect(bars.find((b) => b.record.year === 2018)!.partial).toBe(true);
    expect(bars.find((b) => b.record.year === 2022 && b.family === 'mango')!.partial).toBe(false);
    expect(bars.some((b) => b.family === 'grapes' || b.family === 'copper')).toBe(false);
  });

  it('keeps values exactly as published', () => {
    expect(bars.find((b) => b.family.startsWith('giant'))!.valueUsdM).toBe(171.58);
  });

  it('puts a full year before a partial one of the same year', () => {
    const sorted = valueBars([
      product({ year: 2016, valueUsdM: 1.592, qualifiers: { partialYear: { fromMonth: 1, toMonth: 9 } } }),
      product({ year: 2016, valueUsdM: 2.375 }),
    ]);
    expect(sorted.map((b) => b.valueUsdM)).toEqual([2.375, 1.592]);
  });
});

describe('shareBars', () => {
  it('keeps usable shares only, by year', () => {
    const bars = shareBars([
      product({ year: 2017, ...share(90.5) }),
      product({ year: 2009, ...share(92.5) }),
      product({ year: 2010, ...share(50), qualifiers: { unusable: true } }),
      product({ year: 2011 }),
    ]);
    expect(bars.map((b) => b.sharePct)).toEqual([92.5, 90.5]);
  });
});

describe('selectProductsView', () => {
  const records = [
    product({ name: 'Mango', year: 2018, valueUsdM: 15 }),
    product({ name: 'Agricultural exports', year: 2018, valueUsdM: 114 }),
    product({ name: 'Minerals', group: 'mineral', year: 2009, ...share(92.5) }),
    product({
      name: 'Composition',
      group: 'non-traditional',
      year: 2014,
      valueUsdM: undefined,
      qualifiers: { unusable: true },
    }),
    product({
      name: 'Colour TVs',
      direction: 'imports_pe_from_kr',
      group: 'manufactured',
      year: 2011,
      ...share(28.16),
    }),
  ];

  it('splits single products, category totals and shares, and lists unusable rows for the table only', () => {
    const view = selectProductsView(records, all)!;
    expect(view.items.map((b) => b.family)).toEqual(['mango']);
    expect(view.categories.map((b) => b.family)).toEqual(['agricultural exports']);
    expect(view.shares.map((b) => b.sharePct)).toEqual([92.5]);
    expect(view.records.map((r) => r.product.en)).toContain('Composition');
    expect(view.records.every((r) => r.direction === 'exports_pe_to_kr')).toBe(true);
    expect(view.groups).toEqual(['agro', 'mineral']);
  });

  it('respects years and sectors', () => {
    expect(selectProductsView(records, { ...all, from: 2009, to: 2009 })!.items).toEqual([]);
    expect(selectProductsView(records, { ...all, from: 2020, to: 2021 })).toBeUndefined();
    expect(selectProductsView(records, { ...all, sectors: ['health'] })).toBeUndefined();
    expect(productsMatchSectors(records, ['health'])).toBe(false);
  });
});

describe('selectKoreaShareView', () => {
  const records = [
    product({
      name: 'Passenger cars',
      direction: 'imports_pe_from_kr',
      group: 'manufactured',
      year: 2010,
      ...share(24.96),
    }),
    product({
      name: 'Passenger cars',
      direction: 'imports_pe_from_kr',
      group: 'manufactured',
      year: 2011,
      ...share(29.85),
    }),
    product({
      name: 'Passenger cars',
      direction: 'imports_pe_from_kr',
      group: 'manufactured',
      year: 2012,
      ...share(32.06),
      qualifiers: { partialYear: { fromMonth: 1, toMonth: 5 } },
    }),
    product({
      name: 'Chemical products',
      direction: 'imports_pe_from_kr',
      group: 'manufactured',
      year: 2013,
      ...share(7.7),
    }),
    product({
      name: 'Colour TVs',
      direction: 'imports_pe_from_kr',
      group: 'manufactured',
      year: 2010,
      ...share(1),
      qualifiers: { unusable: true },
    }),
  ];

  it('makes one series per import market, points by year, partial years marked', () => {
    const view = selectKoreaShareView(records, all)!;
    expect(view.series.map((s) => s.family)).toEqual(['passenger cars', 'chemical products']);
    expect(view.series[0]!.points.map((p) => [p.year, p.sharePct, p.partial])).toEqual([
      [2010, 24.96, false],
      [2011, 29.85, false],
      [2012, 32.06, true],
    ]);
    expect(view.span).toEqual({ from: 2010, to: 2013 });
    expect(view.scale.domain[1]).toBeGreaterThanOrEqual(32.06);
  });

  it('never charts unusable rows but keeps them in the records', () => {
    const view = selectKoreaShareView(records, all)!;
    expect(view.series.some((s) => s.family === 'colour tvs')).toBe(false);
    expect(view.records).toHaveLength(5);
  });

  it('is undefined when the years leave no share', () => {
    expect(selectKoreaShareView(records, { ...all, from: 2014, to: 2026 })).toBeUndefined();
  });
});

describe('against public/data/products.json', () => {
  const file = productsFileSchema.parse(JSON.parse(readFileSync('public/data/products.json', 'utf8')));
  const view = selectProductsView(file.products, all)!;

  it('charts the giant squid, mango, coffee, Brazil nuts and grapes figures', () => {
    const families = new Set(view.items.map((b) => b.family));
    for (const name of ['giant squid (pota)', 'coffee', 'brazil nuts', 'grapes', 'mango'])
      expect(families).toContain(name);
  });

  it('leads the category panel with the traditional / non-traditional split', () => {
    expect(view.categories[0]!.record.group).toBe('traditional');
    expect(view.categories.map((b) => b.family)).toContain('non-traditional exports');
  });

  it('charts no unusable record and every partial-year bar carries its months', () => {
    const bars = [...view.items, ...view.categories, ...view.shares];
    expect(bars.some((b) => b.record.qualifiers.unusable)).toBe(false);
    for (const b of bars) expect(b.partial).toBe(b.record.qualifiers.partialYear !== undefined);
    expect(view.records.some((r) => r.qualifiers.unusable)).toBe(true);
  });

  it('places every usable export figure in exactly one value panel (and shares in the share panel)', () => {
    const usable = file.products.filter((r) => r.direction === 'exports_pe_to_kr' && !r.qualifiers.unusable);
    expect(view.items.length + view.categories.length).toBe(usable.filter((r) => r.valueUsdM !== undefined).length);
    expect(view.shares.length).toBe(usable.filter((r) => r.sharePct !== undefined).length);
  });

  it("charts Korea's share in Peru's car, TV, chemical and transport-equipment imports", () => {
    const share = selectKoreaShareView(file.products, all)!;
    const families = share.series.map((s) => s.family);
    expect(families).toEqual(
      expect.arrayContaining(['passenger cars', 'colour tvs', 'chemical products', 'transport equipment']),
    );
    const tv2011 = share.series.find((s) => s.family === 'colour tvs')!.points.find((p) => p.year === 2011)!;
    expect(tv2011.sharePct).toBe(28.16);
  });
});
