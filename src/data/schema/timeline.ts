import * as z from 'zod/mini';
import { localizedTextSchema, partialDateSchema, recordBase } from './common.ts';

export const EVENT_CATEGORIES = [
  'diplomacy',
  'trade',
  'investment',
  'defense',
  'aid',
  'digital',
  'climate',
  'health',
  'transport',
  'exchange',
] as const;
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
