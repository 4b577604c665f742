import { aidFileSchema } from './aid.ts';
import { exchangeFileSchema } from './exchange.ts';
import { headlinesFileSchema } from './headlines.ts';
import { investmentFileSchema } from './investment.ts';
import { productsFileSchema } from './products.ts';
import { sourcesFileSchema } from './sources.ts';
import { speakerNotesFileSchema } from './speaker-notes.ts';
import { timelineFileSchema } from './timeline.ts';
import { tradeFileSchema } from './trade.ts';
import { DATA_FILE_NAMES } from '@/data/vocabulary.ts';

/** Every file of public/data/, by name, with the schema that validates it. */
export const DATA_FILES = {
  sources: { file: DATA_FILE_NAMES.sources, schema: sourcesFileSchema },
  headlines: { file: DATA_FILE_NAMES.headlines, schema: headlinesFileSchema },
  trade: { file: DATA_FILE_NAMES.trade, schema: tradeFileSchema },
  products: { file: DATA_FILE_NAMES.products, schema: productsFileSchema },
  investment: { file: DATA_FILE_NAMES.investment, schema: investmentFileSchema },
  aid: { file: DATA_FILE_NAMES.aid, schema: aidFileSchema },
  exchange: { file: DATA_FILE_NAMES.exchange, schema: exchangeFileSchema },
  timeline: { file: DATA_FILE_NAMES.timeline, schema: timelineFileSchema },
  speakerNotes: { file: DATA_FILE_NAMES.speakerNotes, schema: speakerNotesFileSchema },
} as const;

export type { DataFileKey } from '@/data/vocabulary.ts';

export * from './common.ts';
export * from './sources.ts';
export * from './trade.ts';
export * from './products.ts';
export * from './investment.ts';
export * from './aid.ts';
export * from './exchange.ts';
export * from './timeline.ts';
export * from './headlines.ts';
export * from './speaker-notes.ts';
