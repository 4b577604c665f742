import * as z from 'zod/mini';
import { TRADE_FACT_KINDS } from '@/data/vocabulary.ts';
import {
  fullDateSchema,
  idSchema,
  localizedTextSchema,
  nonNegativeSchema,
  partialDateSchema,
  recordBase,
  reportedBy,
  yearSchema,
} from './common.ts';

/** Trade flows, always from Peru's side: exports = Peru → Korea; balance = Peru's exports minus imports. */
export const TRADE_FLOWS = ['total', 'exports_pe_to_kr', 'imports_pe_from_kr', 'balance'] as const;
export const tradeFlowSchema = z.enum(TRADE_FLOWS);
export type TradeFlow = z.infer<typeof tradeFlowSchema>;

/**
 * Korea values its imports CIF, Peru its exports FOB; most sources do not say which they quote. `mixed`: a total of
 * one side's exports (FOB) and imports (CIF), as official totals are.
 */
export const VALUATIONS = ['fob', 'cif', 'unstated', 'mixed'] as const;

/** The units official tables publish values in; `valueUsdM` is the published value converted, never rounded. */
export const PUBLISHED_UNITS = ['usd', 'usd_thousand', 'usd_million'] as const;

/**
 * Where an official figure comes from (set by `npm run data:import`, never typed by hand): the statistics it belongs
 * to, the day it was downloaded and the value exactly as published. A later import of the same `series` replaces
 * the figure for the same year, flow and reporter; press statements are never touched.
 */
export const officialFigureSchema = z.strictObject({
  /** The official statistics and query, e.g. "comtrade" (UN Comtrade, HS, annual, all commodities). */
  series: idSchema,
  retrieved: fullDateSchema,
  /** The value as the table prints it, in `unit`; absent for a total that is the sum of `sumOf`. */
  published: z.optional(z.strictObject({ value: z.number(), unit: z.enum(PUBLISHED_UNITS) })),
  /** A total computed as exports + imports of the same reporter, series and download: the two record ids. */
  sumOf: z.optional(z.array(idSchema).check(z.length(2))),
  /** UN Comtrade's quality flags, as published. */
  flags: z.optional(z.strictObject({ isReported: z.boolean(), isAggregate: z.boolean(), estimationFlag: z.number() })),
});
export type OfficialFigure = z.infer<typeof officialFigureSchema>;

export const tradeRecordSchema = z
  .strictObject({
    ...recordBase,
    year: yearSchema,
    flow: tradeFlowSchema,
    /** US$ millions, current prices. Negative only for a balance (a Peruvian deficit). */
    valueUsdM: z.number(),
    ...reportedBy,
    valuation: z.enum(VALUATIONS),
    official: z.optional(officialFigureSchema),
  })
  .check(
    z.refine((r) => !r.official || (r.official.published === undefined) !== (r.official.sumOf === undefined), {
      message: 'an official figure has either its published value or the two records it sums, not both',
      path: ['official'],
    }),
    z.refine((r) => r.flow === 'balance' || r.valueUsdM >= 0, {
      message: 'must not be negative (only a balance can be)',
      path: ['valueUsdM'],
    }),
  );
export type TradeRecord = z.infer<typeof tradeRecordSchema>;

export const FACT_UNITS = ['percent', 'rank', 'usd_m', 'count', 'none'] as const;

/** A stated fact about the FTA or Korea's place in Peru's trade (not a yearly series). */
export const tradeFactSchema = z.strictObject({
  ...recordBase,
  kind: z.enum(TRADE_FACT_KINDS),
  label: localizedTextSchema,
  /** The number the fact states, in `unit` (percent 0–100, rank 1 = first, US$ millions, a count). */
  value: z.optional(nonNegativeSchema),
  unit: z.enum(FACT_UNITS),
  year: z.optional(yearSchema),
  date: z.optional(partialDateSchema),
  /** Which party the fact is about, where it is one side (e.g. Korea liberalized 86.8% of lines). */
  party: z.optional(z.enum(['korea', 'peru'])),
});
export type TradeFact = z.infer<typeof tradeFactSchema>;

export const tradeFileSchema = z.strictObject({
  annual: z.array(tradeRecordSchema),
  facts: z.array(tradeFactSchema),
});
export type TradeFile = z.infer<typeof tradeFileSchema>;
