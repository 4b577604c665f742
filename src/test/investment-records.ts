import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import type { InvestmentProject, InvestmentStatement } from '@/data/schema/investment.ts';
import { recordBuilder, text } from './records.ts';

export { text };

/* Valid investment records and headline figures for the domain tests; tests override only what they are about. */

export const ALL = { sectors: [], from: 1922, to: 2026 } as const;

export const statement = recordBuilder<InvestmentStatement>('inv', () => ({
  id: 'inv-x',
  sectors: ['investment'],
  sourceIds: ['s-a'],
  asOf: '2011',
  valueUsdM: 1000,
  measure: text('stock'),
  reporter: 'korea',
}));

export const project = recordBuilder<InvestmentProject>('proj', () => ({
  id: 'proj-x',
  sectors: ['investment'],
  sourceIds: ['s-p'],
  company: 'Co',
  project: text('project'),
  industry: 'oil-gas',
  dealType: 'fdi',
  dealTypeDetail: text('FDI'),
  amountUsdM: 100,
  year: 2010,
}));

export const headline = recordBuilder<HeadlineFigure>('hl', () => ({
  id: 'hl-investment',
  sectors: ['investment'],
  sourceIds: ['s-amb'],
  topic: 'investment',
  statement: text('Accumulated investment is US$6.2 billion'),
  value: 6200,
  unit: 'usd_m',
  statedBy: {
    en: 'Jong-uk Choi, Ambassador of the Republic of Korea to Peru',
    es: 'Jong-uk Choi, embajador de la República de Corea en el Perú',
    ko: '최종욱 주페루 대한민국 대사',
  },
  statedOn: '2023',
}));
