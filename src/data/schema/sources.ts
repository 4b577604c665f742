import * as z from 'zod/mini';
import { SOURCE_SIDES } from '@/data/vocabulary.ts';
import { fullDateSchema, idSchema, localizedTextSchema, partialDateSchema } from './common.ts';

export const sourceSchema = z.strictObject({
  id: idSchema,
  /** The outlet or body, e.g. "Yonhap", "MINCETUR", "El Comercio". */
  publisher: z.string().check(z.minLength(1)),
  /** The title as published, in its own language (never translated). */
  title: z.string().check(z.minLength(1)),
  /** Publication date at the precision known; absent when the page is undated. */
  date: z.optional(partialDateSchema),
  url: z.url({ protocol: /^https?$/ }),
  side: z.enum(SOURCE_SIDES),
  /** Original language of the page (ISO 639-1). */
  language: z.optional(z.string().check(z.regex(/^[a-z]{2}$/))),
  note: z.optional(localizedTextSchema),
  /** For an official table: the day it was downloaded (the figures may be revised later). */
  retrieved: z.optional(fullDateSchema),
  /** For an official table: the query or selection that produced it, exactly enough to download it again. */
  query: z.optional(z.string().check(z.minLength(1))),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema) });
export type SourcesFile = z.infer<typeof sourcesFileSchema>;
