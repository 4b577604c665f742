import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL as all } from '@/test/records.ts';
import { tradeFileSchema } from '@/data/schema/trade.ts';
import { tradeRecord } from '@/test/fixtures.ts';
import {
  conflictNotes,
  flowsMatchSectors,
  niceScale,
  niceStep,
  selectFlowsView,
  sideDifferences,
  SIDE_OFFSET,
  spanIncludes,
  spanLabel,
} from './trade-flows.ts';

const conflict = { en: 'Two sides', es: 'Dos lados', ko: '양측' };

describe('selectFlowsView', () => {
  const records = [
    tradeRecord({ id: 'x-2009-kr', year: 2009, flow: 'exports_pe_to_kr', reporter: 'korea', valueUsdM: 919 }),
    tradeRecord({ id: 'x-2009-kr2', year: 2009, flow: 'exports_pe_to_kr', reporter: 'korea', valueUsdM: 900 }),
    tradeRecord({ id: 'x-2009-pe', year: 2009, flow: 'exports_pe_to_kr', reporter: 'peru', valueUsdM: 750 }),
    tradeRecord({ id: 'm-2010-kr', year: 2010, flow: 'imports_pe_from_kr', reporter: 'korea', valueUsdM: 940 }),
    tradeRecord({ id: 'b-2011-kr', year: 2011, flow: 'balance', reporter: 'korea', valueUsdM: -120 }),
    tradeRecord({ id: 't-2011-kr', year: 2011, flow: 'total', reporter: 'korea', valueUsdM: 3310 }),
    tradeRecord({
      id: 'x-2014-bad',
      year: 2014,
      flow: 'exports_pe_to_kr',
      reporter: 'unclear',
      valueUsdM: 1,
      qualifiers: { unusable: true },
    }),
  ];

  it('makes one panel per flow (exports, imports, balance) and leaves total trade out', () => {
    const view = selectFlowsView(records, all)!;
    expect(view.panels.map((p) => p.flow)).toEqual(['exports_pe_to_kr', 'imports_pe_from_kr', 'balance']);
    expect(view.records.some((r) => r.flow === 'total')).toBe(false);
  });

  it('keeps every conflicting figure as its own point, offset by side around its year', () => {
    const exports = selectFlowsView(records, all)!.panels[0]!;
    const korea = exports.series.find((s) => s.reporter === 'korea')!;
    expect(korea.points.map((p) => p.valueUsdM)).toEqual([919, 900]);
    expect(korea.points[0]!.x).toBeCloseTo(2009 + SIDE_OFFSET.korea);
    expect(korea.points[0]!.year).toBe(2009);
    expect(exports.series.find((s) => s.reporter === 'peru')!.points[0]!.x).toBeGreaterThan(2009);
  });

  it('never charts an unusable figure but lists it for the table', () => {
    const view = selectFlowsView(records, all)!;
    const charted = view.panels.flatMap((p) => p.series.flatMap((s) => s.points.map((pt) => pt.record.id)));
    expect(charted).not.toContain('x-2014-bad');
    expect(view.records.map((r) => r.id)).toContain('x-2014-bad');
    expect(view.span).toEqual({ from: 2009, to: 2011 });
  });

  it('creates no point for a year without a figure (a gap stays a gap)', () => {
    const view = selectFlowsView(records, all)!;
    const imports = view.panels[1]!;
    expect(imports.series.flatMap((s) => s.points.map((p) => p.year))).toEqual([2010]);
  });

  it('shares one value axis across panels that reaches below zero for a deficit', () => {
    const { scale } = selectFlowsView(records, all)!;
    expect(scale.domain[0]).toBeLessThanOrEqual(-120);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(940);
    expect(scale.ticks).toContain(0);
  });

  it('counts charted figures per side for the legend', () => {
    expect(selectFlowsView(records, all)!.counts).toEqual({ korea: 4, peru: 1, unclear: 0 });
  });

  it('respects the year range and the sectors', () => {
    const view = selectFlowsView(records, { ...all, from: 2010, to: 2010 })!;
    expect(view.panels.map((p) => p.flow)).toEqual(['imports_pe_from_kr']);
    expect(selectFlowsView(records, { ...all, from: 2015, to: 2020 })).toBeUndefined();
    expect(selectFlowsView(records, { ...all, sectors: ['aid'] })).toBeUndefined();
    expect(flowsMatchSectors(records, ['aid'])).toBe(false);
    expect(flowsMatchSectors(records, ['trade'])).toBe(true);
  });
});

describe('sideDifferences', () => {
  it('finds the years where Korea and Peru publish different figures of one flow', () => {
    const records = [
      tradeRecord({ year: 2009, flow: 'exports_pe_to_kr', reporter: 'korea', valueUsdM: 919 }),
      tradeRecord({ year: 2009, flow: 'exports_pe_to_kr', reporter: 'peru', valueUsdM: 750 }),
      tradeRecord({ year: 2010, flow: 'exports_pe_to_kr', reporter: 'korea', valueUsdM: 1040 }),
      tradeRecord({ year: 2010, flow: 'exports_pe_to_kr', reporter: 'peru', valueUsdM: 1040 }),
      tradeRecord({ year: 2011, flow: 'exports_pe_to_kr', reporter: 'korea', valueUsdM: 1 }),
      tradeRecord({ year: 2011, flow: 'exports_pe_to_kr', reporter: 'unclear', valueUsdM: 2 }),
    ];
    const differences = sideDifferences(records, 'exports_pe_to_kr');
    expect(differences.map((d) => d.year)).toEqual([2009]);
    expect(differences[0]!.korea.map((r) => r.valueUsdM)).toEqual([919]);
    expect(differences[0]!.peru.map((r) => r.valueUsdM)).toEqual([750]);
  });

  it('ignores unusable figures and other flows', () => {
    const records = [
      tradeRecord({ year: 2009, flow: 'exports_pe_to_kr', reporter: 'korea', valueUsdM: 919 }),
      tradeRecord({
        year: 2009,
        flow: 'exports_pe_to_kr',
        reporter: 'peru',
        valueUsdM: 5,
        qualifiers: { unusable: true },
      }),
      tradeRecord({ year: 2009, flow: 'imports_pe_from_kr', reporter: 'peru', valueUsdM: 640 }),
    ];
    expect(sideDifferences(records, 'exports_pe_to_kr')).toEqual([]);
  });
});

describe('conflictNotes', () => {
  it('lists each conflict note once with its years and records', () => {
    const notes = conflictNotes([
      tradeRecord({ id: 'a', year: 2011, qualifiers: { conflict } }),
      tradeRecord({ id: 'b', year: 2009, qualifiers: { conflict } }),
      tradeRecord({ id: 'c', year: 2009 }),
    ]);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.years).toEqual([2009, 2011]);
    expect(notes[0]!.recordIds).toEqual(['a', 'b']);
  });
});

describe('niceScale and ticks', () => {
  it('rounds steps to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(587)).toBe(1000);
    expect(niceStep(210)).toBe(250);
    expect(niceStep(0.3)).toBe(0.5);
    expect(niceStep(0)).toBe(1);
  });
  it('makes an axis from zero to a round number above the largest value', () => {
    const { domain, ticks } = niceScale([2348, 919, 278]);
    expect(domain[0]).toBe(0);
    expect(domain[1]).toBeGreaterThanOrEqual(2348);
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBe(domain[1]);
    expect(niceScale([]).domain).toEqual([0, 1]);
  });
});

describe('against public/data/trade.json', () => {
  const file = tradeFileSchema.parse(JSON.parse(readFileSync('public/data/trade.json', 'utf8')));
  const view = selectFlowsView(file.annual, all)!;

  it('charts every usable export, import and balance figure exactly as published', () => {
    const expected = file.annual.filter((r) => r.flow !== 'total' && !r.qualifiers.unusable);
    const charted = view.panels.flatMap((p) => p.series.flatMap((s) => s.points));
    expect(charted).toHaveLength(expected.length);
    for (const point of charted) expect(point.valueUsdM).toBe(point.record.valueUsdM);
  });

  it('flags 2009 as a year where Korea and Peru differ for exports and imports', () => {
    const exports = view.panels.find((p) => p.flow === 'exports_pe_to_kr')!;
    const imports = view.panels.find((p) => p.flow === 'imports_pe_from_kr')!;
    expect(exports.differences.map((d) => d.year)).toContain(2009);
    expect(imports.differences.map((d) => d.year)).toContain(2009);
    expect(exports.conflicts.length).toBeGreaterThan(0);
  });

  it('shows the balance only where it is published', () => {
    const balance = view.panels.find((p) => p.flow === 'balance')!;
    const years = balance.series.flatMap((s) => s.points.map((p) => p.year));
    expect(years).toEqual(
      file.annual
        .filter((r) => r.flow === 'balance')
        .map((r) => r.year)
        .sort(),
    );
  });
});

describe('spanLabel and spanIncludes', () => {
  it('writes one year once and a range with an en dash', () => {
    expect(spanLabel({ from: 2020, to: 2020 })).toBe('2020');
    expect(spanLabel({ from: 2008, to: 2020 })).toBe('2008–2020');
  });
  it('tells whether the FTA line falls on a chart of the span', () => {
    expect(spanIncludes({ from: 2008, to: 2020 }, 2011.58)).toBe(true);
    expect(spanIncludes({ from: 2019, to: 2020 }, 2011.58)).toBe(false);
    expect(spanIncludes({ from: 2012, to: 2013 }, 2011.58)).toBe(true);
  });
});
