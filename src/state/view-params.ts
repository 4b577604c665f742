import { parseAsStringLiteral, useQueryState } from 'nuqs';
import { LOCALES } from '@/data/schema/common.ts';

/**
 * The view lives in the URL so a link reproduces it. Each parameter has a parser that turns anything
 * unknown or malformed into "absent", so an old or mangled link still opens, with defaults.
 */
export const langParser = parseAsStringLiteral(LOCALES);

/** `?lang=es|ko|en`; null until chosen or detected. */
export const useLangParam = () => useQueryState('lang', langParser.withOptions({ history: 'replace' }));
