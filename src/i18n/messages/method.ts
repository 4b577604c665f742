import type { Catalog } from './types.ts';

/** Texts of the method section, in the three languages. English defines the keys. */
const en = {
  title: 'TODO',
} as const;

export const methodMessages: { en: typeof en; es: Catalog<typeof en>; ko: Catalog<typeof en> } = {
  en,
  es: { title: 'TODO' },
  ko: { title: 'TODO' },
};
