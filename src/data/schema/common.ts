import * as z from 'zod/mini';
import { LOCALES, MAX_YEAR, MIN_YEAR, REPORTERS, SECTORS } from '@/data/vocabulary.ts';

export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1));

/** A text written by the dataset's editors, in every interface language. */
export const localizedTextSchema = z.strictObject({ en: nonEmpty(), es: nonEmpty(), ko: nonEmpty() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const sectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof sectorSchema>;

export const reporterSchema = z.enum(REPORTERS);
export type Reporter = z.infer<typeof reporterSchema>;

export const idSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: a-z, 0-9 and single hyphens'));

/** A date at the precision its source supports: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDateSchema = z
  .string()
  .check(
    z.regex(/^(1[89]\d\d|20\d\d)(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  );
export type PartialDate = z.infer<typeof partialDateSchema>;

export const yearSchema = z.int().check(z.gte(MIN_YEAR), z.lte(MAX_YEAR));

const monthSchema = z.int().check(z.gte(1), z.lte(12));

/**
 * How far a figure can be trusted, as its source states it. Absent flags mean "not so".
 * A conflict note names the other figure and the likely cause (CIF vs FOB, window, rounding).
 */
export const qualifiersSchema = z.strictObject({
  /** The source rounds or says "about", "almost", "casi", "약". */
  approximate: z.optional(z.literal(true)),
  /** The source says "more than", "over", "supera". */
  lowerBound: z.optional(z.literal(true)),
  /** The figure covers only these months of its year (1 = January). */
  partialYear: z.optional(z.strictObject({ fromMonth: monthSchema, toMonth: monthSchema })),
  /** The research could not check the figure against its original text. */
  notVerified: z.optional(z.literal(true)),
  /** The year is inferred from the article's date or context, not printed by the source. */
  yearInferred: z.optional(z.literal(true)),
  /** Another source gives a different figure for the same thing. */
  conflict: z.optional(localizedTextSchema),
  /** The figure as published cannot be used (garbled, contradictory); kept for transparency, never charted. */
  unusable: z.optional(z.literal(true)),
  /**
   * The statistical office marks the figure as estimated: in UN Comtrade, neither reported by the country itself nor
   * aggregated from its reported detail (`isReported` and `isAggregate` both false).
   */
  estimated: z.optional(z.literal(true)),
});
export type Qualifiers = z.infer<typeof qualifiersSchema>;

/** Fields every record of every file carries. */
export const recordBase = {
  id: idSchema,
  /** One or more cooperation sectors the record belongs to. */
  sectors: z.array(sectorSchema).check(z.minLength(1, 'needs at least one sector')),
  /** Ids in sources.json. The first is the primary source. */
  sourceIds: z.array(idSchema).check(z.minLength(1, 'needs at least one source')),
  qualifiers: qualifiersSchema,
  /** The figure or claim as the source prints it, in its own language. */
  quote: z.optional(nonEmpty()),
  /** The editors' short note for readers. */
  note: z.optional(localizedTextSchema),
};

/** A full calendar date, YYYY-MM-DD (e.g. the day a table was downloaded). */
export const fullDateSchema = z
  .string()
  .check(z.regex(/^(19\d\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be YYYY-MM-DD'));

/** A count, rank, percent or amount: never negative, in the unit its record names. */
export const nonNegativeSchema = z.number().check(z.gte(0, 'must not be negative'));
/** US$ millions, current prices, as published (never converted, summed or rounded by us). */
export const usdMillionsSchema = nonNegativeSchema;

/** Who published a figure: the reporting side, and the statistical body or speaker as the source names it. */
export const reportedBy = {
  reporter: reporterSchema,
  /** The statistical body or speaker behind the figure, as named by the source (e.g. "MINCETUR via AP"). */
  agency: z.optional(z.string().check(z.minLength(1))),
};
