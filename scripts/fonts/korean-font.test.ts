// @vitest-environment node
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ko } from '@/i18n/messages/ko.ts';
import { WEIGHTS, buildKoreanFont, fontCharacters, koreanCharacters } from './korean-font.mjs';

/**
 * The cut Korean font draws every character a Korean reader sees: the Korean messages, every Korean text of the
 * dataset (the `ko` fields, speaker notes included, and the Korean titles of sources quoted in every language).
 * Gathered here from those texts, not from the builder's own list, and read back from the font files it writes:
 * the builder once cut the Hangul-only file of @fontsource, and 韓 and 弗 in source titles drew as boxes.
 */
const WIDE =
  /[\u1100-\u11ff\u3000-\u303f\u3130-\u318f\u3200-\u32ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]/gu;

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

const dataFiles = readdirSync('public/data').filter((f) => f.endsWith('.json'));
const data = Object.fromEntries(
  dataFiles.map((f) => [f, JSON.parse(readFileSync(join('public/data', f), 'utf8')) as unknown]),
);
/** Every `ko` field at any depth. */
const koFields = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(koFields)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => (k === 'ko' ? strings(v) : koFields(v)))
      : [];
const texts = {
  messages: strings(ko),
  'speaker notes': koFields(data['speaker-notes.json']),
  'data ko fields': Object.values(data).flatMap(koFields),
  // Titles, publishers and quotes kept in Korean whatever the page's language.
  'other Korean data texts': Object.values(data).flatMap((v) => strings(v)),
};

const out = mkdtempSync(join(tmpdir(), 'korean-font-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the Korean font subset', () => {
  it('is built from texts that include Korean', () => {
    expect(dataFiles).toContain('speaker-notes.json');
    for (const [what, list] of Object.entries(texts))
      expect(list.join('').match(WIDE)?.length, what).toBeGreaterThan(0);
  });
  it('has a glyph, in every weight, for every character of every Korean text', async () => {
    const files = await buildKoreanFont(koreanCharacters(), out);
    for (const weight of WEIGHTS) {
      const covered = new Set<number>();
      for (const f of files.filter((f) => f.weight === weight))
        for (const code of await fontCharacters(readFileSync(join(out, f.name)))) covered.add(code);
      for (const [what, list] of Object.entries(texts)) {
        const missing = [...new Set(list.join('').match(WIDE) ?? [])].filter((c) => !covered.has(c.codePointAt(0)!));
        expect(missing, `${what}, weight ${weight}`).toEqual([]);
      }
    }
  });
});
