import { aidFileSchema } from './aid.ts';
import { exchangeFileSchema } from './exchange.ts';
import { headlinesFileSchema } from './headlines.ts';
import { investmentFileSchema } from './investment.ts';
import { productsFileSchema } from './products.ts';
import { sourcesFileSchema } from './sources.ts';
import { timelineFileSchema } from './timeline.ts';
import { tradeFileSchema } from './trade.ts';

/** Every file of public/data/, by name, with the schema that validates it. */
export const DATA_FILES = {
  sources: { file: 'sources.json', schema: sourcesFileSchema },
  headlines: { file: 'headlines.json', schema: headlinesFileSchema },
  trade: { file: 'trade.json', schema: tradeFileSchema },
  products: { file: 'products.json', schema: productsFileSchema },
  investment: { file: 'investment.json', schema: investmentFileSchema },
  aid: { file: 'aid.json', schema: aidFileSchema },
  exchange: { file: 'exchange.json', schema: exchangeFileSchema },
  timeline: { file: 'timeline.json', schema: timelineFileSchema },
} as const;

export type DataFileKey = keyof typeof DATA_FILES;

export * from './common.ts';
export * from './sources.ts';
export * from './trade.ts';
export * from './products.ts';
export * from './investment.ts';
export * from './aid.ts';
export * from './exchange.ts';
export * from './timeline.ts';
export * from './headlines.ts';
