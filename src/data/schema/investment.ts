import * as z from 'zod/mini';
import { REGION_CODES, type RegionCode } from '@/data/regions.ts';
import {
  localizedTextSchema,
  partialDateSchema,
  recordBase,
  reportedBy,
  usdMillionsSchema,
  yearSchema,
} from './common.ts';

/**
 * A statement of Korea's accumulated investment in Peru at a point in time.
 * Stocks from different bodies: never charted as an annual flow, never summed.
 */
export const investmentStatementSchema = z.strictObject({
  ...recordBase,
  /** The date the stock refers to (end of the period it covers). */
  asOf: partialDateSchema,
  /** First year of the accumulation, when the source gives it (e.g. 1994 for "1994–2010"). */
  sinceYear: z.optional(yearSchema),
  /** US$ millions, current prices. */
  valueUsdM: z.optional(usdMillionsSchema),
  measure: localizedTextSchema,
  ...reportedBy,
});
export type InvestmentStatement = z.infer<typeof investmentStatementSchema>;

/**
 * What a deal is. Only `fdi` is foreign direct investment; the others are never added to an investment total.
 */
export const DEAL_TYPES = [
  'fdi',
  'announced',
  'divestment',
  'procurement',
  'construction',
  'loan',
  'trade-contract',
  'agreement',
] as const;
export type DealType = (typeof DEAL_TYPES)[number];

export const INDUSTRIES = ['oil-gas', 'mining', 'petrochemicals', 'power', 'airport', 'defense', 'finance'] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const investmentProjectSchema = z.strictObject({
  ...recordBase,
  company: z.string().check(z.minLength(1)),
  project: localizedTextSchema,
  industry: z.enum(INDUSTRIES),
  dealType: z.enum(DEAL_TYPES),
  /** The deal type as the research states it (e.g. "FDI (consortium total)"). */
  dealTypeDetail: localizedTextSchema,
  /** US$ millions, current prices; often a consortium or contract total, not Korea's share. */
  amountUsdM: z.optional(usdMillionsSchema),
  year: z.optional(yearSchema),
  /**
   * The UBIGEO codes of the regions the record itself names (src/data/regions.ts), for the map's investment layer;
   * absent when the record names no region.
   */
  regionCodes: z.optional(
    z
      .array(
        z.enum(REGION_CODES as [RegionCode, ...RegionCode[]], {
          error: (issue) =>
            `unknown region code ${JSON.stringify(issue.input)}: use a two-digit UBIGEO code 01–25 (src/data/regions.ts)`,
        }),
      )
      .check(
        z.minLength(1),
        z.refine((codes) => new Set(codes).size === codes.length, { message: 'lists a region code twice' }),
      ),
  ),
});
export type InvestmentProject = z.infer<typeof investmentProjectSchema>;

export const investmentFileSchema = z.strictObject({
  statements: z.array(investmentStatementSchema),
  projects: z.array(investmentProjectSchema),
});
export type InvestmentFile = z.infer<typeof investmentFileSchema>;
