import * as z from 'zod/mini';
import { EVENT_CATEGORIES } from '@/data/vocabulary.ts';
import { localizedTextSchema, partialDateSchema, recordBase } from './common.ts';

export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const timelineEventSchema = z.strictObject({
  ...recordBase,
  /** At the precision the source supports. */
  date: partialDateSchema,
  category: z.enum(EVENT_CATEGORIES),
  title: localizedTextSchema,
  description: localizedTextSchema,
  /** A milestone drawn as a marker on time axes (FTA, strategic partnership, anniversaries). */
  milestone: z.optional(z.literal(true)),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineFileSchema = z.strictObject({ events: z.array(timelineEventSchema) });
export type TimelineFile = z.infer<typeof timelineFileSchema>;
