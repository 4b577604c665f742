import * as z from 'zod/mini';
import { PROGRAMS } from '@/data/vocabulary.ts';
import { localizedTextSchema, nonNegativeSchema, recordBase, yearSchema } from './common.ts';

export type Program = (typeof PROGRAMS)[number];

export const EXCHANGE_UNITS = ['people', 'places', 'visitors', 'institutions', 'usd_m'] as const;

/** A count of people in an exchange or training program, a community or a flow of visitors. */
export const exchangeRecordSchema = z.strictObject({
  ...recordBase,
  program: z.enum(PROGRAMS),
  programName: localizedTextSchema,
  metric: localizedTextSchema,
  /** In `unit` (people unless stated). Absent when the source gives no number. */
  value: z.optional(nonNegativeSchema),
  unit: z.enum(EXCHANGE_UNITS),
  /** The year the count refers to; absent when the source is undated. */
  year: z.optional(yearSchema),
  /** First year of a cumulative count or a range. */
  sinceYear: z.optional(yearSchema),
  /** Cumulative over years (true) or a single year's figure. */
  cumulative: z.optional(z.literal(true)),
});
export type ExchangeRecord = z.infer<typeof exchangeRecordSchema>;

export const exchangeFileSchema = z.strictObject({ records: z.array(exchangeRecordSchema) });
export type ExchangeFile = z.infer<typeof exchangeFileSchema>;
