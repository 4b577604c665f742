import { describe, expect, it } from 'vitest';
import { detectLocale, MESSAGES } from './index.ts';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  const english = new Map(leaves(MESSAGES.en));

  for (const locale of ['es', 'ko'] as const) {
    const catalog = new Map(leaves(MESSAGES[locale]));
    it(`${locale} has exactly the English keys`, () => {
      expect([...catalog.keys()].sort()).toEqual([...english.keys()].sort());
    });
    it(`${locale} has no empty message and the same placeholders as English`, () => {
      for (const [key, text] of catalog) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
      }
    });
    it(`${locale} is translated (most messages differ from English)`, () => {
      const same = [...catalog].filter(([key, text]) => text === english.get(key) && !key.startsWith('languages.'));
      expect(same.length / catalog.size).toBeLessThan(0.1);
    });
  }
  it('English has no empty message', () => {
    for (const [key, text] of english) expect(text.trim(), key).not.toBe('');
  });
});

describe('detectLocale', () => {
  it('takes the first browser language we speak', () => {
    expect(detectLocale(['ko-KR', 'en'])).toBe('ko');
    expect(detectLocale(['fr-FR', 'en-GB'])).toBe('en');
    expect(detectLocale(['es-PE'])).toBe('es');
  });
  it('falls back to Spanish', () => {
    expect(detectLocale(['fr', 'de'])).toBe('es');
    expect(detectLocale([])).toBe('es');
  });
});
