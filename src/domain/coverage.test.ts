import { describe, expect, it } from 'vitest';
import { tradeRecord } from '@/test/fixtures.ts';
import { base, emptyFiles, text, realDataset } from '@/test/dataset-records.ts';
import { COLLECTIONS, datasetEntries } from './dataset-entries.ts';
import { collectionCoverage, tradeCoverage, yearRanges } from './coverage.ts';

describe('yearRanges', () => {
  it('folds consecutive years and drops duplicates', () => {
    expect(yearRanges([2009, 2004, 2005, 2006, 2006, 2011])).toEqual([
      [2004, 2006],
      [2009, 2009],
      [2011, 2011],
    ]);
    expect(yearRanges([])).toEqual([]);
  });
});

describe('tradeCoverage', () => {
  const records = [
    tradeRecord({ year: 2004, reporter: 'korea' }),
    tradeRecord({ year: 2004, reporter: 'korea', valueUsdM: 400, qualifiers: { approximate: true } }),
    tradeRecord({ year: 2006, reporter: 'peru' }),
    tradeRecord({ year: 2007, reporter: 'unclear', qualifiers: { unusable: true } }),
    tradeRecord({ year: 2008, reporter: 'korea', flow: 'exports_pe_to_kr' }),
  ];
  const coverage = tradeCoverage(records, 'total', 2004)!;
  const cell = (year: number, reporter: string) =>
    coverage.cells.find((c) => c.year === year && c.reporter === reporter)!;

  it('has a cell for every year and side, up to the latest yearly trade figure', () => {
    expect(coverage.years).toEqual([2004, 2005, 2006, 2007, 2008]);
    expect(coverage.cells).toHaveLength(5 * 3);
  });
  it('counts every figure in its cell, conflicting ones included', () => {
    expect(cell(2004, 'korea').records.map((r) => r.valueUsdM)).toEqual([1000, 400]);
    expect(cell(2006, 'peru').records).toHaveLength(1);
  });
  it('leaves gaps empty: no record, never a zero', () => {
    expect(cell(2005, 'korea').records).toEqual([]);
    expect(coverage.cells.flatMap((c) => c.records).every((r) => r.valueUsdM > 0)).toBe(true);
  });
  it('leaves out unusable figures and other flows', () => {
    expect(cell(2007, 'unclear').records).toEqual([]);
    expect(cell(2008, 'korea').records).toEqual([]);
  });
  it('summarizes each side and lists the years no side covers', () => {
    expect(coverage.bySide).toEqual([
      { reporter: 'korea', figures: 2, years: 1 },
      { reporter: 'peru', figures: 1, years: 1 },
      { reporter: 'unclear', figures: 0, years: 0 },
    ]);
    expect(coverage.emptyYears).toEqual([2005, 2007, 2008]);
  });
  it('has nothing to show without usable records', () => {
    expect(tradeCoverage([])).toBeUndefined();
    expect(tradeCoverage([tradeRecord({ qualifiers: { unusable: true } })])).toBeUndefined();
  });
});

describe('collectionCoverage', () => {
  it('counts records, usable dated years and undated ones per list', () => {
    const files = emptyFiles();
    files.trade.annual.push(
      tradeRecord({ year: 2004 }),
      tradeRecord({ year: 2005 }),
      tradeRecord({ year: 2009 }),
      tradeRecord({ year: 2010, qualifiers: { unusable: true } }),
    );
    files.exchange.records.push(
      { ...base, id: 'ex-a', program: 'gks', programName: text('p'), metric: text('m'), unit: 'people', year: 2023 },
      { ...base, id: 'ex-b', program: 'gks', programName: text('p'), metric: text('m'), unit: 'people' },
    );
    const coverage = collectionCoverage(datasetEntries(files));
    expect(coverage.map((c) => c.collection)).toEqual(COLLECTIONS.map((c) => c.key));
    const trade = coverage.find((c) => c.collection === 'tradeAnnual')!;
    expect(trade).toMatchObject({ records: 4, unusable: 1, undated: 0, years: [2004, 2005, 2009] });
    expect(trade.ranges).toEqual([
      [2004, 2005],
      [2009, 2009],
    ]);
    expect(coverage.find((c) => c.collection === 'exchange')).toMatchObject({ records: 2, undated: 1, years: [2023] });
    expect(coverage.find((c) => c.collection === 'timeline')).toMatchObject({ records: 0, years: [] });
  });
});

describe('against the real dataset (public/data)', () => {
  const { files } = realDataset();

  it('starts total-trade coverage in 2004 with a figure, and keeps years without figures as gaps', () => {
    const coverage = tradeCoverage(files.trade.annual)!;
    expect(coverage.from).toBe(2004);
    expect(coverage.cells.filter((c) => c.year === 2004).some((c) => c.records.length > 0)).toBe(true);
    expect(coverage.emptyYears.length).toBeGreaterThan(0);
    const shown = coverage.cells.reduce((n, c) => n + c.records.length, 0);
    const totals = files.trade.annual.filter((r) => r.flow === 'total' && r.year >= 2004 && !r.qualifiers.unusable);
    expect(shown).toBe(totals.length);
  });
});
