import { describe, expect, it } from 'vitest';
import { tradeRecord } from '@/test/fixtures.ts';
import { tradeBeforeAfterFta, tradeSeriesByReporter, tradeYearSpan } from './trade-series.ts';

describe('tradeSeriesByReporter', () => {
  const records = [
    tradeRecord({ year: 2009, valueUsdM: 1560, reporter: 'korea' }),
    tradeRecord({ year: 2009, valueUsdM: 1341, reporter: 'peru' }),
    tradeRecord({ year: 2004, valueUsdM: 528, reporter: 'korea' }),
    tradeRecord({ year: 2011, valueUsdM: 3320, reporter: 'unclear' }),
    tradeRecord({ year: 2009, valueUsdM: 919, flow: 'exports_pe_to_kr', reporter: 'korea' }),
    tradeRecord({ year: 2014, valueUsdM: 99, reporter: 'korea', qualifiers: { unusable: true } }),
  ];

  it('makes one series per reporting side, Korea first, sorted by year', () => {
    const series = tradeSeriesByReporter(records, 'total');
    expect(series.map((s) => s.reporter)).toEqual(['korea', 'peru', 'unclear']);
    expect(series[0]!.points.map((p) => p.year)).toEqual([2004, 2009]);
  });

  it('keeps gaps as gaps: no point is created for a year without a figure', () => {
    const korea = tradeSeriesByReporter(records, 'total')[0]!;
    expect(korea.points.some((p) => p.year > 2004 && p.year < 2009)).toBe(false);
    expect(korea.points.every((p) => p.valueUsdM > 0)).toBe(true);
  });

  it('keeps conflicting figures for the same year and side', () => {
    const both = [
      tradeRecord({ year: 2009, valueUsdM: 1560 }),
      tradeRecord({ year: 2009, valueUsdM: 1500, qualifiers: { approximate: true } }),
    ];
    expect(tradeSeriesByReporter(both, 'total')[0]!.points.map((p) => p.valueUsdM)).toEqual([1560, 1500]);
  });

  it('puts identical figures (same year, side and value) on one point that holds them all', () => {
    const quoted = [
      tradeRecord({ id: 'kita', year: 2010, valueUsdM: 1980, sourceIds: ['s-kita'] }),
      tradeRecord({ id: 'press', year: 2010, valueUsdM: 1980, sourceIds: ['s-press'] }),
      tradeRecord({ id: 'other', year: 2010, valueUsdM: 1975 }),
    ];
    const points = tradeSeriesByReporter(quoted, 'total')[0]!.points;
    expect(points.map((p) => [p.valueUsdM, p.records.map((r) => r.id)])).toEqual([
      [1980, ['kita', 'press']],
      [1975, ['other']],
    ]);
    expect(points[0]!.record.id).toBe('kita');
  });

  it('never charts an unusable figure and filters by flow and years', () => {
    const values = tradeSeriesByReporter(records, 'total').flatMap((s) => s.points.map((p) => p.valueUsdM));
    expect(values).not.toContain(99);
    expect(values).not.toContain(919);
    expect(
      tradeSeriesByReporter(records, 'total', { from: 2005, to: 2010 }).flatMap((s) => s.points.map((p) => p.year)),
    ).toEqual([2009, 2009]);
  });

  it('omits a side that has no figure', () => {
    expect(tradeSeriesByReporter([tradeRecord({ reporter: 'peru' })], 'total').map((s) => s.reporter)).toEqual([
      'peru',
    ]);
  });
});

describe('tradeYearSpan', () => {
  it('spans the years that have a figure of the flow', () => {
    expect(tradeYearSpan([tradeRecord({ year: 2004 }), tradeRecord({ year: 2023 })], 'total')).toEqual({
      from: 2004,
      to: 2023,
    });
    expect(tradeYearSpan([], 'total')).toBeUndefined();
  });
});

describe('tradeBeforeAfterFta', () => {
  it('compares the last pre-FTA year with the latest year from the same side, exact figures first', () => {
    const result = tradeBeforeAfterFta([
      tradeRecord({ year: 2010, valueUsdM: 1980, reporter: 'korea' }),
      tradeRecord({ year: 2009, valueUsdM: 1560, reporter: 'korea' }),
      tradeRecord({ year: 2023, valueUsdM: 3600, reporter: 'korea', qualifiers: { approximate: true } }),
      tradeRecord({ year: 2023, valueUsdM: 3630, reporter: 'korea' }),
      tradeRecord({ year: 2024, valueUsdM: 5000, reporter: 'peru' }),
    ]);
    expect(result?.reporter).toBe('korea');
    expect(result?.before.valueUsdM).toBe(1980);
    expect(result?.after.valueUsdM).toBe(3630);
    expect(result?.ratio).toBeCloseTo(3630 / 1980);
  });

  it('falls back to another side when one has no figure before the FTA', () => {
    const result = tradeBeforeAfterFta([
      tradeRecord({ year: 2021, valueUsdM: 3900, reporter: 'korea' }),
      tradeRecord({ year: 2008, valueUsdM: 1256, reporter: 'peru' }),
      tradeRecord({ year: 2021, valueUsdM: 3900, reporter: 'peru' }),
    ]);
    expect(result?.reporter).toBe('peru');
  });

  it('ignores partial years and returns nothing without a comparable pair', () => {
    expect(
      tradeBeforeAfterFta([
        tradeRecord({ year: 2010 }),
        tradeRecord({ year: 2020, qualifiers: { partialYear: { fromMonth: 1, toMonth: 6 } } }),
      ]),
    ).toBeUndefined();
  });
});

describe('official lines', () => {
  const official = (year: number, valueUsdM: number, series = 'comtrade', reporter: 'korea' | 'peru' = 'peru') =>
    tradeRecord({
      year,
      valueUsdM,
      reporter,
      official: { series, retrieved: '2025-02-20', published: { value: valueUsdM * 1e6, unit: 'usd' } },
    });

  it('joins consecutive years of one official series and breaks at a gap', () => {
    const records = [
      official(2015, 10),
      official(2016, 11),
      official(2017, 12),
      official(2019, 14),
      official(2020, 15),
    ];
    const [peru] = tradeSeriesByReporter(records, 'total');
    expect(peru!.lines.map((l) => l.points.map((p) => p.year))).toEqual([
      [2015, 2016, 2017],
      [2019, 2020],
    ]);
    expect(peru!.lines[0]!.points.map((p) => p.valueUsdM)).toEqual([10, 11, 12]);
  });

  it('never joins a lone year, press statements, other series or the other side', () => {
    const records = [
      official(2015, 10),
      tradeRecord({ year: 2016, valueUsdM: 11, reporter: 'peru' }),
      official(2017, 12, 'sunat-abc123'),
      official(2018, 13, 'comtrade', 'korea'),
    ];
    expect(tradeSeriesByReporter(records, 'total').flatMap((s) => s.lines)).toEqual([]);
  });

  it('leaves out partial years and unusable figures', () => {
    const partial = { ...official(2016, 11), qualifiers: { partialYear: { fromMonth: 1, toMonth: 6 } } };
    const unusable = { ...official(2016, 11), qualifiers: { unusable: true as const } };
    expect(tradeSeriesByReporter([official(2015, 10), partial], 'total')[0]!.lines).toEqual([]);
    expect(tradeSeriesByReporter([official(2015, 10), unusable], 'total')[0]!.lines).toEqual([]);
  });
});
