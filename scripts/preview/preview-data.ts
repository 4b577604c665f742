import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HeadlineFigure } from '../../src/data/schema/headlines.ts';
import type { Source } from '../../src/data/schema/sources.ts';
import type { TradeRecord } from '../../src/data/schema/trade.ts';
import type { PreviewData } from './preview-text.ts';

/** The dataset files a preview is made from, read as they are (`npm run data:check` validates them). */
export function readPreviewData(dir = 'public/data'): PreviewData {
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  return {
    figures: read<{ figures: HeadlineFigure[] }>('headlines.json').figures,
    annual: read<{ annual: TradeRecord[] }>('trade.json').annual,
    sources: read<{ sources: Source[] }>('sources.json').sources,
  };
}
