import * as z from 'zod/mini';
import { PRODUCT_GROUPS } from '@/data/vocabulary.ts';
import { localizedTextSchema, recordBase, reporterSchema, usdMillionsSchema, yearSchema } from './common.ts';

/** A product or product group traded, as a value, a share, or both. */
export const productRecordSchema = z
  .strictObject({
    ...recordBase,
    year: yearSchema,
    /** From Peru's side: exports_pe_to_kr = what Peru sells; imports_pe_from_kr = what Peru buys. */
    direction: z.enum(['exports_pe_to_kr', 'imports_pe_from_kr']),
    product: localizedTextSchema,
    group: z.enum(PRODUCT_GROUPS),
    /** US$ millions, current prices. */
    valueUsdM: z.optional(usdMillionsSchema),
    /** Percent, 0–100, of the base named in `shareOf`. */
    sharePct: z.optional(z.number().check(z.gte(0, 'must not be negative'), z.lte(100, 'must be at most 100'))),
    /** What the share is a share of (e.g. "Peru's car imports"). Required with sharePct. */
    shareOf: z.optional(localizedTextSchema),
    reporter: reporterSchema,
  })
  .check(
    z.refine((r) => r.qualifiers.unusable === true || r.valueUsdM !== undefined || r.sharePct !== undefined, {
      message: 'needs valueUsdM or sharePct (or qualifiers.unusable)',
      path: ['valueUsdM'],
    }),
    z.refine((r) => r.sharePct === undefined || r.shareOf !== undefined, {
      message: 'must say what the share is of',
      path: ['shareOf'],
    }),
  );
export type ProductRecord = z.infer<typeof productRecordSchema>;

export const productsFileSchema = z.strictObject({ products: z.array(productRecordSchema) });
export type ProductsFile = z.infer<typeof productsFileSchema>;
