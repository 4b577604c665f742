import { readFileSync } from 'node:fs';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import type { InvestmentStatement } from '@/data/schema/investment.ts';
import { describe, expect, it } from 'vitest';
import { statementPoints } from './investment-statements.ts';
import { stackOffset, STACK_STEP, statementsLayout } from './statements-view.ts';

const read = (name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8'));
const statements = (read('investment.json') as { statements: InvestmentStatement[] }).statements;
const headlines = (read('headlines.json') as { figures: HeadlineFigure[] }).figures;
const points = statementPoints(statements, headlines, { sectors: [], from: 0, to: 9999 });
const years = points.map((p) => p.year);
const span = { from: Math.min(...years), to: Math.max(...years) };

describe('statementsLayout against investment.json', () => {
  it('draws every statement with an amount once, each in its body’s series', () => {
    const { series } = statementsLayout(points, span, 800);
    expect(series.flatMap((s) => s.points)).toHaveLength(points.length);
    for (const s of series) expect(s.points.every((p) => p.body === s.body)).toBe(true);
    expect(new Set(series.map((s) => s.body)).size).toBe(series.length);
  });
  it('labels years at mid-year inside the span, fewer on a narrow chart and for larger text', () => {
    const wide = statementsLayout(points, span, 1200).ticks;
    const narrow = statementsLayout(points, span, 280).ticks;
    expect(wide.every((t) => t - 0.5 >= span.from && t - 0.5 <= span.to && (t - 0.5) % 1 === 0)).toBe(true);
    expect(narrow.length).toBeLessThanOrEqual(wide.length);
    expect(statementsLayout(points, span, 1200, 28).ticks.length).toBeLessThanOrEqual(wide.length);
  });
  it('leaves room before the first year and after the last year’s end', () => {
    expect(statementsLayout(points, span, 800).domain).toEqual([span.from - 0.3, span.to + 1.3]);
  });
});

describe('stackOffset', () => {
  it('centres identical figures around their date, a step apart, wider at a larger scale', () => {
    expect(stackOffset({ stackIndex: 0, stackSize: 1 })).toBe(0);
    expect(stackOffset({ stackIndex: 0, stackSize: 2 })).toBe(-STACK_STEP / 2);
    expect(stackOffset({ stackIndex: 1, stackSize: 2 })).toBe(STACK_STEP / 2);
    expect(stackOffset({ stackIndex: 1, stackSize: 2 }, 2)).toBe(STACK_STEP);
  });
});
