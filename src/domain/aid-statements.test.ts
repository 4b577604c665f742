import { describe, expect, it } from 'vitest';
import {
  amountRows,
  amountsAxis,
  filterStatements,
  mergeHeadlineStatements,
  shareRows,
  spanOf,
} from './aid-statements.ts';
import { ALL, headline, statement, years } from '@/test/aid-records.ts';

describe('statements', () => {
  const cumulative = statement({ kind: 'cumulative', sinceYear: 1992, year: 2025, valueUsdM: 170 });
  const again = statement({ kind: 'cumulative', sinceYear: 1992, year: 2025, valueUsdM: 170, sourceIds: ['s-other'] });
  const early = statement({ kind: 'cumulative', sinceYear: 1991, year: 2007, valueUsdM: 30 });
  const annual = statement({ kind: 'annual', year: 2008, valueUsdM: 8.8, sectors: ['aid', 'health'] });
  const share = statement({ kind: 'share', year: 2008, valueUsdM: undefined, sharePct: 6.7 });
  const unusable = statement({ kind: 'annual', year: 2009, valueUsdM: 99, qualifiers: { unusable: true } });

  it('draws each amount as its own row: nothing summed, nothing merged, agreeing statements both kept', () => {
    const rows = amountRows([annual, cumulative, again, early]);
    expect(rows.map((r) => [r.kind, r.from, r.to, r.valueUsdM])).toEqual([
      ['cumulative', 1991, 2007, 30],
      ['cumulative', 1992, 2025, 170],
      ['cumulative', 1992, 2025, 170],
      ['annual', 2008, 2008, 8.8],
    ]);
  });
  it('does not turn cumulative totals into a yearly series: no row exists for a year without a statement', () => {
    const rows = amountRows([cumulative, early, annual]);
    expect(rows.filter((r) => r.kind === 'annual').map((r) => r.from)).toEqual([2008]);
  });
  it('never draws a share or an unusable figure as an amount; lists shares apart', () => {
    const rows = amountRows([share, unusable, annual]);
    expect(rows.map((r) => r.id)).toEqual([annual.id]);
    expect(shareRows([annual, share, unusable]).map((r) => [r.id, r.sharePct])).toEqual([[share.id, 6.7]]);
  });
  it('keeps a cumulative total whose span overlaps the years, and filters by sector', () => {
    const list = [cumulative, early, annual];
    expect(filterStatements(list, years(2010, 2012)).map((s) => s.id)).toEqual([cumulative.id]);
    expect(filterStatements(list, years(2008, 2008)).map((s) => s.id)).toEqual([cumulative.id, annual.id]);
    expect(filterStatements(list, { ...ALL, sectors: ['health'] }).map((s) => s.id)).toEqual([annual.id]);
  });
});

describe('mergeHeadlineStatements', () => {
  const amb = statement({ id: 'aid-amb', year: 2023, valueUsdM: 10, sourceIds: ['s-amb'] });

  it('attributes a statement that the headline repeats, without adding a second row', () => {
    const { statements, statedBy } = mergeHeadlineStatements([amb], [headline()]);
    expect(statements).toHaveLength(1);
    expect(statedBy.get('aid-amb')?.en).toBe('The Ambassador');
  });
  it('adds the headline as a yearly statement when aid.json does not hold it', () => {
    const { statements, statedBy } = mergeHeadlineStatements([], [headline()]);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ id: 'hl-aid-test', kind: 'annual', year: 2023, valueUsdM: 10 });
    expect(statements[0]!.qualifiers.approximate).toBe(true);
    expect(statedBy.get('hl-aid-test')?.es).toBe('El embajador');
  });
  it('does not match a statement of another amount, year or source', () => {
    for (const other of [
      statement({ year: 2023, valueUsdM: 11, sourceIds: ['s-amb'] }),
      statement({ year: 2022, valueUsdM: 10, sourceIds: ['s-amb'] }),
      statement({ year: 2023, valueUsdM: 10, sourceIds: ['s-else'] }),
    ])
      expect(mergeHeadlineStatements([other], [headline()]).statements).toHaveLength(2);
  });
  it('ignores headlines of other topics or without a value', () => {
    expect(mergeHeadlineStatements([], [headline({ topic: 'trade-rank' })]).statements).toEqual([]);
    expect(mergeHeadlineStatements([], [headline({ value: undefined })]).statements).toEqual([]);
  });
});

describe('axis helpers', () => {
  it('spans the years of the rows and ticks years at a step that suits the span', () => {
    expect(spanOf([])).toBeUndefined();
    expect(
      spanOf([
        { from: 1992, to: 2025 },
        { from: 1991, to: 2007 },
      ]),
    ).toEqual({ from: 1991, to: 2025 });
  });
  it('gives the amounts axis a year of room each side, its ticks inside it and in order', () => {
    const axis = amountsAxis({ from: 1991, to: 2025 });
    expect(axis.domain).toEqual([1990, 2026]);
    expect(axis.ticks.length).toBeGreaterThan(2);
    expect(axis.ticks.every((year) => year >= 1990 && year <= 2026 && Number.isInteger(year))).toBe(true);
    expect(axis.ticks).toEqual([...axis.ticks].sort((a, b) => a - b));
  });
});
