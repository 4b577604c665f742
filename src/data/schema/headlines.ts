import * as z from 'zod/mini';
import { localizedTextSchema, nonNegativeSchema, partialDateSchema, recordBase } from './common.ts';

export const HEADLINE_TOPICS = [
  'relations',
  'trade-rank',
  'trade-growth',
  'investment',
  'aid',
  'scholars',
  'trainees',
  'digital',
  'defense',
  'climate',
  'partnership',
] as const;
export type HeadlineTopic = (typeof HEADLINE_TOPICS)[number];

export const HEADLINE_UNITS = ['usd_m', 'usd_m_per_year', 'people', 'rank', 'years', 'count', 'none'] as const;

/** A figure stated by a named person (the Ambassador of Korea's 2023 interview), attributed to them. */
export const headlineFigureSchema = z.strictObject({
  ...recordBase,
  topic: z.enum(HEADLINE_TOPICS),
  statement: localizedTextSchema,
  /** The number stated, in `unit` (US$ millions, people, a rank…). */
  value: z.optional(nonNegativeSchema),
  unit: z.enum(HEADLINE_UNITS),
  /** Who said it: name and role, in each language. */
  statedBy: localizedTextSchema,
  statedOn: partialDateSchema,
});
export type HeadlineFigure = z.infer<typeof headlineFigureSchema>;

export const headlinesFileSchema = z.strictObject({ figures: z.array(headlineFigureSchema) });
export type HeadlinesFile = z.infer<typeof headlinesFileSchema>;
