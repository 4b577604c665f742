import * as z from 'zod/mini';
import { TRADE_FACT_KINDS } from '@/data/vocabulary.ts';
import {
  localizedTextSchema,
  partialDateSchema,
  recordBase,
  reporterSchema,
  usdMillionsSchema,
  yearSchema,
} from './common.ts';

/** Trade flows, always from Peru's side: exports = Peru → Korea; balance = Peru's exports minus imports. */
export const TRADE_FLOWS = ['total', 'exports_pe_to_kr', 'imports_pe_from_kr', 'balance'] as const;
export const tradeFlowSchema = z.enum(TRADE_FLOWS);
export type TradeFlow = z.infer<typeof tradeFlowSchema>;

/** Korea values its imports CIF, Peru its exports FOB; most sources do not say which they quote. */
export const VALUATIONS = ['fob', 'cif', 'unstated'] as const;

export const tradeRecordSchema = z
  .strictObject({
    ...recordBase,
    year: yearSchema,
    flow: tradeFlowSchema,
    /** US$ millions, current prices. Negative only for a balance (a Peruvian deficit). */
    valueUsdM: z.number(),
    reporter: reporterSchema,
    /** The statistical body or speaker behind the figure, as named by the source (e.g. "MINCETUR via AP"). */
    agency: z.optional(z.string().check(z.minLength(1))),
    valuation: z.enum(VALUATIONS),
  })
  .check(
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
  value: z.optional(z.number().check(z.gte(0, 'must not be negative'))),
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

export { usdMillionsSchema };
