import * as z from 'zod/mini';
import { NATIONAL, PLACE_CODES, type PlaceCode } from '@/data/regions.ts';
import { localizedTextSchema, recordBase, usdMillionsSchema, yearSchema } from './common.ts';

/** cumulative: a total over years; annual: one year's programme or budget; share: a percentage. */
export const AID_STATEMENT_KINDS = ['cumulative', 'annual', 'share'] as const;

/** A statement about Korean development aid to Peru (no official yearly series was available). */
export const aidStatementSchema = z
  .strictObject({
    ...recordBase,
    kind: z.enum(AID_STATEMENT_KINDS),
    /** The year the figure refers to; for a cumulative total, its last year. */
    year: yearSchema,
    /** First year of a cumulative total. */
    sinceYear: z.optional(yearSchema),
    /** US$ millions, current prices. */
    valueUsdM: z.optional(usdMillionsSchema),
    /** Percent, 0–100. */
    sharePct: z.optional(z.number().check(z.gte(0), z.lte(100))),
    measure: localizedTextSchema,
  })
  .check(
    z.refine((r) => r.valueUsdM !== undefined || r.sharePct !== undefined, {
      message: 'needs valueUsdM or sharePct',
      path: ['valueUsdM'],
    }),
  );
export type AidStatement = z.infer<typeof aidStatementSchema>;

/** Region codes (src/data/regions.ts) or `national` alone, each at most once. */
export const placeCodesSchema = z
  .array(
    z.enum(PLACE_CODES as [PlaceCode, ...PlaceCode[]], {
      error: (issue) =>
        `unknown region code ${JSON.stringify(issue.input)}: use a two-digit UBIGEO code 01–25 (src/data/regions.ts) or "national"`,
    }),
  )
  .check(
    z.refine((codes) => new Set(codes).size === codes.length, { message: 'lists a region code twice' }),
    z.refine((codes) => !codes.includes(NATIONAL) || codes.length === 1, {
      message: `"${NATIONAL}" stands alone: a nation-wide project is not also placed in regions`,
    }),
  );

/** A KOICA (or other Korean) cooperation project in Peru. */
export const aidProjectSchema = z
  .strictObject({
    ...recordBase,
    title: localizedTextSchema,
    /** Peruvian region(s), as place names: the human note (e.g. "Callao (Ventanilla)"). */
    region: z.string().check(z.minLength(1)),
    /**
     * Where the project is, for the map: the UBIGEO codes of the regions its place names (`region`), or `national`
     * alone for a project across the country. An empty list means the place is not known: the project stays unmapped.
     */
    regionCodes: placeCodesSchema,
    partners: z.optional(z.string().check(z.minLength(1))),
    /** US$ millions, current prices; the budget as stated, planned or actual as the note says. */
    budgetUsdM: z.optional(usdMillionsSchema),
    startYear: z.optional(yearSchema),
    endYear: z.optional(yearSchema),
  })
  .check(
    z.refine((r) => r.startYear === undefined || r.endYear === undefined || r.endYear >= r.startYear, {
      message: 'must not be before startYear',
      path: ['endYear'],
    }),
  );
export type AidProject = z.infer<typeof aidProjectSchema>;

export const aidFileSchema = z.strictObject({
  statements: z.array(aidStatementSchema),
  projects: z.array(aidProjectSchema),
});
export type AidFile = z.infer<typeof aidFileSchema>;
