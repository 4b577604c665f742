import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL as all, recordBuilder, text } from '@/test/records.ts';
import { tradeFileSchema, type TradeFact } from '@/data/schema/trade.ts';
import { factsMatchSectors, factYear, rankScope, rankTicks, selectFtaFacts } from './fta-facts.ts';

const newFact = recordBuilder<TradeFact>('trade-fact-test', () => ({
  sectors: ['trade'],
  kind: 'other',
  label: text('A fact'),
  unit: 'none',
}));
/** A fact; `text` is its label in every language. */
const fact = ({ text: label, ...rest }: Partial<TradeFact> & { text?: string } = {}) =>
  newFact(label === undefined ? rest : { ...rest, label: text(label) });
const rank = (text: string, year: number | undefined, value: number | undefined, extra: Partial<TradeFact> = {}) =>
  fact({ kind: 'partner-rank', text, year, value, unit: value === undefined ? 'none' : 'rank', ...extra });

describe('factYear', () => {
  it('uses the stated year, else the year of the date', () => {
    expect(factYear(fact({ year: 2010, date: '2011-08-01' }))).toBe(2010);
    expect(factYear(fact({ date: '2011-08-01' }))).toBe(2011);
    expect(factYear(fact())).toBeUndefined();
  });
});

describe('rankScope', () => {
  it('reads what a rank is among from its label', () => {
    expect(rankScope(rank("Korea's rank among Peru's trading partners", 2010, 11))).toBe('partners');
    expect(rankScope(rank("Korea's rank among suppliers of Peru's imports", 2010, 10))).toBe('imports');
    expect(rankScope(rank("Korea's rank among destinations of Peru's exports", 2017, 4))).toBe('exports');
    expect(rankScope(rank("Korea's rank among markets for Peru's exports", 2012, 9))).toBe('exports');
    expect(rankScope(rank('Something else', 2012, 9))).toBeUndefined();
  });
});

describe('selectFtaFacts', () => {
  const facts = [
    fact({ kind: 'fta-milestone', text: 'Signed', date: '2011-03-21' }),
    fact({ kind: 'fta-milestone', text: 'In force', date: '2011-08-01' }),
    fact({ kind: 'fta-milestone', text: 'Proposed', date: '2005' }),
    fact({
      kind: 'tariff-liberalization',
      text: 'Korea lines',
      value: 86.8,
      unit: 'percent',
      party: 'korea',
      date: '2011-08-01',
    }),
    fact({
      kind: 'tariff-liberalization',
      text: 'Peru lines',
      value: 68.6,
      unit: 'percent',
      party: 'peru',
      date: '2011-08-01',
    }),
    fact({ kind: 'tariff-liberalization', text: 'All within ten years' }),
    fact({ kind: 'utilization', text: 'Utilization', value: 91.8, unit: 'percent', party: 'korea' }),
    rank("Korea's rank among Peru's trading partners", 2010, 11),
    rank("Korea's rank among Peru's trading partners", 2023, 4, {
      qualifiers: { conflict: { en: '4th or 11th', es: '4.º u 11.º', ko: '4위 또는 11위' } },
    }),
    rank("Korea's rank among Peru's trading partners", 2023, 11, {
      qualifiers: { conflict: { en: '4th or 11th', es: '4.º u 11.º', ko: '4위 또는 11위' } },
    }),
    rank("Korea's rank among markets for Peru's exports", 2018, 3, {
      qualifiers: { partialYear: { fromMonth: 1, toMonth: 9 } },
    }),
    rank("Korea's rank among destinations of Peru's exports, unstated year", undefined, 5),
    rank('Korea is not among the top five destinations of Peru’s exports', 2023, undefined),
    rank("Korea's rank among suppliers of Peru's imports", 2013, 7, { qualifiers: { unusable: true } }),
    fact({ text: 'Peru’s average tariff before the FTA', value: 11, unit: 'percent' }),
  ];

  it('orders the milestones by date', () => {
    const view = selectFtaFacts(facts, all)!;
    expect(view.milestones.map((f) => f.label.en)).toEqual(['Proposed', 'Signed', 'In force']);
  });

  it('sorts tariff facts by party', () => {
    const { tariffs } = selectFtaFacts(facts, all)!;
    expect(tariffs.korea.map((f) => f.value)).toEqual([86.8]);
    expect(tariffs.peru.map((f) => f.value)).toEqual([68.6]);
    expect(tariffs.both.map((f) => f.label.en)).toEqual(['All within ten years']);
  });

  it('charts ranks by scope and year, keeps both conflicting ranks, and marks partial years', () => {
    const view = selectFtaFacts(facts, all)!;
    const partners = view.ranks.find((s) => s.scope === 'partners')!;
    expect(partners.points.map((p) => [p.year, p.rank])).toEqual([
      [2010, 11],
      [2023, 4],
      [2023, 11],
    ]);
    expect(view.ranks.find((s) => s.scope === 'exports')!.points[0]!.partial).toBe(true);
    expect(view.maxRank).toBe(11);
    expect(view.rankSpan).toEqual({ from: 2010, to: 2023 });
    expect(view.conflicts.map((c) => c.text.en)).toEqual(['4th or 11th']);
  });

  it('lists ranks without a year or a number instead of charting them, and never charts an unusable one', () => {
    const view = selectFtaFacts(facts, all)!;
    // By time: 2013, 2023, then the undated one last.
    expect(view.unplacedRanks.map((f) => f.label.en)).toEqual([
      "Korea's rank among suppliers of Peru's imports",
      'Korea is not among the top five destinations of Peru’s exports',
      "Korea's rank among destinations of Peru's exports, unstated year",
    ]);
    expect(view.ranks.some((s) => s.scope === 'imports')).toBe(false);
  });

  it('keeps every fact for the table, milestones first', () => {
    const view = selectFtaFacts(facts, all)!;
    expect(view.all).toHaveLength(facts.length);
    expect(view.all[0]!.kind).toBe('fta-milestone');
    expect(view.all.at(-1)!.kind).toBe('other');
  });

  it('drops undated facts and facts outside the years when the range is narrowed', () => {
    const view = selectFtaFacts(facts, { ...all, from: 2011, to: 2012 })!;
    expect(view.milestones.map((f) => f.label.en)).toEqual(['Signed', 'In force']);
    expect(view.tariffs.both).toEqual([]);
    expect(view.ranks).toEqual([]);
    expect(view.rankSpan).toBeUndefined();
    expect(selectFtaFacts(facts, { ...all, from: 1990, to: 2000 })).toBeUndefined();
    expect(selectFtaFacts(facts, { ...all, sectors: ['culture'] })).toBeUndefined();
    expect(factsMatchSectors(facts, ['culture'])).toBe(false);
  });
});

describe('rankTicks', () => {
  it('runs from 1 (the top) to the largest rank', () => {
    expect(rankTicks(5)).toEqual([1, 2, 3, 4, 5]);
    expect(rankTicks(11, 6)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(rankTicks(11)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(rankTicks(40, 5)).toEqual([1, 11, 21, 31]);
    expect(rankTicks(0)).toEqual([1]);
  });
});

describe('against public/data/trade.json', () => {
  const file = tradeFileSchema.parse(JSON.parse(readFileSync('public/data/trade.json', 'utf8')));
  const view = selectFtaFacts(file.facts, all)!;

  it('has the tariff lines liberalized at entry into force: Korea 86.8%, Peru 68.6%', () => {
    expect(view.tariffs.korea.find((f) => f.unit === 'percent')!.value).toBe(86.8);
    expect(view.tariffs.peru.find((f) => f.unit === 'percent')!.value).toBe(68.6);
  });

  it('ends the milestones with the entry into force on 1 August 2011', () => {
    expect(view.milestones.at(-1)!.date).toBe('2011-08-01');
  });

  it('charts every usable partner rank that has a year and a number, none twice', () => {
    const charted = view.ranks.flatMap((s) => s.points.map((p) => p.fact.id));
    expect(new Set(charted).size).toBe(charted.length);
    const placeable = file.facts.filter(
      (f) => f.kind === 'partner-rank' && f.year !== undefined && f.value !== undefined && !f.qualifiers.unusable,
    );
    expect(charted.sort()).toEqual(placeable.map((f) => f.id).sort());
    expect(view.ranks.flatMap((s) => s.points).every((p) => p.rank >= 1)).toBe(true);
  });
});
