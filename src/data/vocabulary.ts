/**
 * The dataset's fixed vocabularies and file names, without the schemas: the page imports these, while the schemas
 * (zod) are built only where files are checked, in the validation worker and in `npm run data:check`.
 */

/** The three interface languages. Every text the dataset writes itself exists in all three. */
export const LOCALES = ['es', 'ko', 'en'] as const;

/** The cooperation sectors a reader filters by. One list for the filter, the data and every view. */
export const SECTORS = [
  'trade',
  'investment',
  'aid',
  'education',
  'defense',
  'digital',
  'environment',
  'health',
  'transport',
  'culture',
] as const;

/** Which side's statistics or statement a figure comes from. */
export const REPORTERS = ['korea', 'peru', 'unclear'] as const;

/** Who published or stated a source: Peru's side, Korea's side, or neither. */
export const SOURCE_SIDES = ['peru', 'korea', 'third-party'] as const;

/** The timeline's lanes, top to bottom. */
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

/** What a stated fact about the FTA or Korea's place in Peru's trade is about. */
export const TRADE_FACT_KINDS = [
  'fta-milestone',
  'tariff-liberalization',
  'utilization',
  'partner-rank',
  'other',
] as const;

/** Product groups, in the order their category figures are shown (domain/products.ts relies on it). */
export const PRODUCT_GROUPS = [
  'total',
  'traditional',
  'non-traditional',
  'agro',
  'fishery',
  'mineral',
  'manufactured',
  'other',
] as const;

/** Exchange and training programs, and the other people counts. */
export const PROGRAMS = [
  'gks',
  'koica-ciat',
  'koica-training',
  'koica-volunteers',
  'king-sejong',
  'korean-community',
  'tourism',
  'university-cooperation',
] as const;

/** Years any record may carry. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2035;

/** Every file of public/data/, by key. */
export const DATA_FILE_NAMES = {
  sources: 'sources.json',
  headlines: 'headlines.json',
  trade: 'trade.json',
  products: 'products.json',
  investment: 'investment.json',
  aid: 'aid.json',
  exchange: 'exchange.json',
  timeline: 'timeline.json',
  speakerNotes: 'speaker-notes.json',
} as const;
export type DataFileKey = keyof typeof DATA_FILE_NAMES;

/** The presentation's slides, in order (src/domain/deck.ts says which sectors each belongs to). */
export const SLIDE_IDS = [
  'headlines',
  'trade',
  'products',
  'investment',
  'aid',
  'people',
  'timeline',
  'defense',
  'digital-climate',
  'closing',
] as const;
