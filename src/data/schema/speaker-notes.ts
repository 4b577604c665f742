import * as z from 'zod/mini';
import { SLIDE_IDS } from '@/data/vocabulary.ts';
import { localizedTextSchema } from './common.ts';

/**
 * What the presenter reads beside each slide, in the three languages: what the figures mean, their qualifiers, where
 * sources differ and who stated what. Text about the dataset, so it is checked like every dataset text.
 */
export const speakerNoteSchema = z.strictObject({
  /** The slide the note belongs to. */
  id: z.enum(SLIDE_IDS),
  text: localizedTextSchema,
});
export type SpeakerNote = z.infer<typeof speakerNoteSchema>;

export const speakerNotesFileSchema = z.strictObject({ notes: z.array(speakerNoteSchema) });
export type SpeakerNotesFile = z.infer<typeof speakerNotesFileSchema>;
