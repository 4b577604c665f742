import { describe, expect, it } from 'vitest';
import { ALL, headline, statement } from '@/test/investment-records.ts';
import {
  asOfPosition,
  isSameStatement,
  statementBody,
  statementPoints,
  statementsWithoutAmount,
  unusableStatements,
} from './investment-statements.ts';

describe('statementBody', () => {
  it('tells an ambassador apart from a ministry, and keeps Peru and unstated sides', () => {
    expect(statementBody({ reporter: 'korea', agency: 'MOFAT' })).toBe('korea-government');
    expect(statementBody({ reporter: 'korea', agency: undefined })).toBe('korea-government');
    expect(statementBody({ reporter: 'korea', agency: 'Ambassador of Korea' })).toBe('korea-ambassador');
    expect(statementBody({ reporter: 'peru', agency: 'Peru MFA' })).toBe('peru');
    expect(statementBody({ reporter: 'unclear', agency: undefined })).toBe('unclear');
  });
});

describe('asOfPosition', () => {
  it('puts a bare year in the middle of its year and a month in the middle of its month', () => {
    expect(asOfPosition('2010')).toBe(2010.5);
    const march = asOfPosition('2011-03');
    expect(march).toBeGreaterThan(2011 + 59 / 365);
    expect(march).toBeLessThan(2011 + 90 / 365);
    expect(asOfPosition('2011-12')).toBeLessThan(2012);
    expect(asOfPosition('2011-12')).toBeGreaterThan(2011.9);
    expect(asOfPosition('2012-01-01')).toBe(2012);
  });
  it('keeps the order of dates: end-March 2011 before "2011"', () => {
    expect(asOfPosition('2011-03')).toBeLessThan(asOfPosition('2011'));
  });
});

describe('statementPoints', () => {
  it('charts every usable statement with an amount, as published, sorted by date', () => {
    const points = statementPoints(
      [
        statement({ id: 'b', asOf: '2014', valueUsdM: 4200 }),
        statement({ id: 'a', asOf: '2010', valueUsdM: 1560 }),
        statement({ id: 'no-amount', asOf: '2025', valueUsdM: undefined }),
        statement({ id: 'bad', asOf: '2012', qualifiers: { unusable: true } }),
      ],
      [],
      ALL,
    );
    expect(points.map((p) => [p.id, p.valueUsdM])).toEqual([
      ['a', 1560],
      ['b', 4200],
    ]);
  });

  it('never adds, fills in or interpolates: one point per statement, none for years without one', () => {
    const points = statementPoints(
      [statement({ id: 'a', asOf: '2010', valueUsdM: 1560 }), statement({ id: 'b', asOf: '2015', valueUsdM: 3500 })],
      [],
      ALL,
    );
    expect(points).toHaveLength(2);
    expect(points.map((p) => p.year)).toEqual([2010, 2015]);
  });

  it('keeps conflicting and identical figures side by side (stack index and size)', () => {
    const points = statementPoints(
      [
        statement({ id: 'mofat', asOf: '2010', valueUsdM: 1560 }),
        statement({ id: 'herald', asOf: '2010', valueUsdM: 1560 }),
        statement({ id: 'choi', asOf: '2010', valueUsdM: 200, agency: 'Ambassador of Korea' }),
      ],
      [],
      ALL,
    );
    expect(points).toHaveLength(3);
    const same = points.filter((p) => p.valueUsdM === 1560);
    expect(same.map((p) => [p.stackIndex, p.stackSize])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(points.find((p) => p.id === 'choi')).toMatchObject({
      stackIndex: 0,
      stackSize: 1,
      body: 'korea-ambassador',
    });
  });

  it('marks the statement that is the headline figure instead of drawing it twice', () => {
    const points = statementPoints(
      [
        statement({
          id: 'inv-2023',
          asOf: '2023',
          valueUsdM: 6200,
          sourceIds: ['s-amb'],
          agency: 'Ambassador of Korea',
        }),
        statement({ id: 'inv-2024', asOf: '2024', valueUsdM: 7200, sourceIds: ['s-other'] }),
      ],
      [headline()],
      ALL,
    );
    expect(points).toHaveLength(2);
    expect(points.find((p) => p.id === 'inv-2023')?.headline?.id).toBe('hl-investment');
    expect(points.find((p) => p.id === 'inv-2024')?.headline).toBeUndefined();
  });

  it('draws a headline with no statement behind it as its own, attributed point', () => {
    const points = statementPoints([statement({ asOf: '2010', valueUsdM: 1560 })], [headline()], ALL);
    const own = points.find((p) => p.id === 'hl-investment');
    expect(own).toMatchObject({ valueUsdM: 6200, year: 2023, body: 'korea-ambassador', reporter: 'korea' });
    expect(own?.headline?.id).toBe('hl-investment');
  });

  it('ignores headlines of other topics or units', () => {
    const points = statementPoints(
      [],
      [headline({ id: 'hl-aid', topic: 'aid', unit: 'usd_m_per_year' }), headline({ id: 'hl-rank', unit: 'rank' })],
      ALL,
    );
    expect(points).toEqual([]);
  });

  it('filters by sectors and by the year of asOf', () => {
    const records = [
      statement({ id: 'a', asOf: '2010-06' }),
      statement({ id: 'b', asOf: '2015' }),
      statement({ id: 'c', asOf: '2015', sectors: ['defense'] }),
    ];
    expect(statementPoints(records, [], { sectors: [], from: 2011, to: 2026 }).map((p) => p.id)).toEqual(['b', 'c']);
    expect(statementPoints(records, [], { sectors: ['investment'], from: 1922, to: 2026 }).map((p) => p.id)).toEqual([
      'a',
      'b',
    ]);
    expect(statementPoints(records, [], { sectors: ['aid'], from: 1922, to: 2026 })).toEqual([]);
  });

  it('does not add the headline when its statement is filtered out', () => {
    const records = [statement({ id: 'inv-2023', asOf: '2023', valueUsdM: 6200, sourceIds: ['s-amb'] })];
    expect(statementPoints(records, [headline()], { sectors: [], from: 1922, to: 2020 })).toEqual([]);
  });
});

describe('isSameStatement', () => {
  it('needs the same value, the same year and a source in common', () => {
    const s = statement({ asOf: '2023', valueUsdM: 6200, sourceIds: ['s-amb'] });
    expect(isSameStatement(s, headline())).toBe(true);
    expect(isSameStatement({ ...s, valueUsdM: 6000 }, headline())).toBe(false);
    expect(isSameStatement({ ...s, asOf: '2024' }, headline())).toBe(false);
    expect(isSameStatement({ ...s, sourceIds: ['s-other'] }, headline())).toBe(false);
  });
});

describe('statements without an amount and unusable statements', () => {
  const records = [
    statement({ id: 'share', asOf: '2025', valueUsdM: undefined }),
    statement({ id: 'bad', asOf: '2012', qualifiers: { unusable: true } }),
    statement({ id: 'ok' }),
  ];
  it('lists them apart from the chart, within the filter', () => {
    expect(statementsWithoutAmount(records, ALL).map((s) => s.id)).toEqual(['share']);
    expect(statementsWithoutAmount(records, { sectors: [], from: 1922, to: 2020 })).toEqual([]);
    expect(unusableStatements(records, ALL).map((s) => s.id)).toEqual(['bad']);
  });
});
