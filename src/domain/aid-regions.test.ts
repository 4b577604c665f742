import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aidFileSchema, type AidProject } from '@/data/schema/aid.ts';
import { investmentFileSchema } from '@/data/schema/investment.ts';
import { SECTORS } from '@/data/vocabulary.ts';
import {
  aidMapView,
  countClass,
  investmentByRegion,
  nextRegion,
  placeCodesFromText,
  REGION_KEY_CODES,
  regionsPictureView,
} from './aid-regions.ts';
import { PERU_REGIONS } from './aid-projects.ts';
import { ALL, PLACE_TEXTS, project } from '@/test/aid-records.ts';
import { PERU_REGION_NAMES } from '@/data/regions.ts';

const aid = aidFileSchema.parse(JSON.parse(readFileSync('public/data/aid.json', 'utf8')));

describe('placeCodesFromText', () => {
  it('reads region names, national and unknown places', () => {
    for (const place of PLACE_TEXTS) expect(placeCodesFromText(place.text)).toEqual(place.codes);
    expect(placeCodesFromText('Cusco region (8 districts)')).toEqual(['08']);
    expect(placeCodesFromText('national (INDECI)')).toEqual(['national']);
    expect(placeCodesFromText('Somewhere')).toEqual([]);
  });

  it('knows every region by the code of the boundary file, with the same name', () => {
    for (const [key, code] of Object.entries(REGION_KEY_CODES)) {
      const folded = PERU_REGIONS[key as keyof typeof PERU_REGIONS]
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toUpperCase();
      expect(PERU_REGION_NAMES[code]).toBe(folded);
    }
    expect(new Set(Object.values(REGION_KEY_CODES)).size).toBe(25);
  });

  it('matches the codes the dataset gives each aid project (codes follow the place text)', () => {
    for (const p of aid.projects) expect([p.id, placeCodesFromText(p.region)]).toEqual([p.id, p.regionCodes]);
  });
});

describe('aidMapView', () => {
  it('counts a project in each of its regions, and keeps national and unknown places apart', () => {
    const both = project({ region: 'Lima; Callao', regionCodes: ['15', '07'] });
    const nat = project({ region: 'national', regionCodes: ['national'] });
    const unknown = project({ region: 'Somewhere', regionCodes: [] });
    const view = aidMapView([both, nat, unknown, project()], ALL, SECTORS);
    expect(view.regions.get('15')?.projects.length).toBe(2);
    expect(view.regions.get('07')?.projects).toEqual([both]);
    expect(view.national.projects).toEqual([nat]);
    expect(view.unmapped).toEqual([unknown]);
    expect(view.max).toBe(2);
    // National projects never add to a region's count.
    expect([...view.regions.values()].some((r) => r.projects.includes(nat))).toBe(false);
  });

  it('leaves out reference records that are not aid', () => {
    const view = aidMapView([project({ sectors: ['transport'] })], ALL, SECTORS);
    expect(view.regions.size).toBe(0);
    expect(view.max).toBe(0);
  });

  it('applies the sector and year filter', () => {
    const health = project({ sectors: ['aid', 'health'], startYear: 2010, endYear: 2012 });
    const digital = project({ sectors: ['aid', 'digital'], startYear: 2020 });
    const bySector = aidMapView([health, digital], { ...ALL, sectors: ['health'] }, SECTORS);
    expect(bySector.regions.get('15')?.projects).toEqual([health]);
    expect(bySector.regions.get('15')?.sectors).toEqual(['health']);
    const byYears = aidMapView([health, digital], { sectors: [], from: 2015, to: 2026 }, SECTORS);
    expect(byYears.regions.get('15')?.projects).toEqual([digital]);
  });

  it('gives the dataset’s Cusco and Callao counts, and Health narrows them as the file says', () => {
    const isAid = (p: AidProject) => p.sectors.includes('aid');
    const expected = (code: string, sector?: 'health') =>
      aid.projects.filter(
        (p) => isAid(p) && p.regionCodes.includes(code as never) && (!sector || p.sectors.includes(sector)),
      ).length;
    const all = aidMapView(aid.projects, ALL, SECTORS);
    expect(all.regions.get('08')?.projects.length).toBe(expected('08'));
    expect(all.regions.get('07')?.projects.length).toBe(expected('07'));
    const health = aidMapView(aid.projects, { ...ALL, sectors: ['health'] }, SECTORS);
    expect(health.regions.get('08')?.projects.length ?? 0).toBe(expected('08', 'health'));
    expect(health.regions.get('07')?.projects.length).toBe(expected('07', 'health'));
    expect(health.national.projects.length).toBe(expected('national', 'health'));
  });
});

describe('investmentByRegion', () => {
  it('keeps the records that name a region, filtered by sector and year', () => {
    const file = investmentFileSchema.parse(JSON.parse(readFileSync('public/data/investment.json', 'utf8')));
    const named = file.projects.filter((p) => p.regionCodes);
    const all = investmentByRegion(file.projects, ALL);
    expect([...all.values()].flat().length).toBe(named.flatMap((p) => p.regionCodes ?? []).length);
    const none = investmentByRegion(file.projects, { sectors: [], from: 1990, to: 1991 });
    expect(none.size).toBe(0);
  });
});

describe('regionsPictureView against public/data/aid.json', () => {
  const picture = regionsPictureView(aid.projects, ALL, SECTORS);
  const aidProjects = aid.projects.filter((p) => p.sectors.includes('aid'));

  it('counts each aid project once in every region it names, and the nation-wide ones apart', () => {
    const named = aidProjects.flatMap((p) => p.regionCodes.filter((c) => c !== 'national'));
    expect([...picture.counts.values()].reduce((a, b) => a + b, 0)).toBe(named.length);
    for (const [code, n] of picture.counts) expect(n).toBe(named.filter((c) => c === code).length);
    expect(picture.nationalCount).toBe(aidProjects.filter((p) => p.regionCodes.includes('national')).length);
  });

  it('gives every region drawn the class of its count, as the section map does', () => {
    expect(picture.counts.size).toBeGreaterThan(0);
    for (const [code, n] of picture.counts) expect(picture.classes.get(code)).toBe(countClass(n));
  });
});

describe('countClass and nextRegion', () => {
  it('puts counts in fixed classes', () => {
    expect([0, 1, 2, 3, 4, 6, 7, 30].map(countClass)).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('moves with the arrow keys, wrapping, and ignores other keys', () => {
    const order = ['a', 'b', 'c'];
    expect(nextRegion(order, 'a', 'ArrowRight')).toBe('b');
    expect(nextRegion(order, 'a', 'ArrowLeft')).toBe('c');
    expect(nextRegion(order, 'c', 'ArrowDown')).toBe('a');
    expect(nextRegion(order, 'b', 'End')).toBe('c');
    expect(nextRegion(order, 'b', 'Home')).toBe('a');
    expect(nextRegion(order, 'b', 'Enter')).toBeUndefined();
  });
});

describe('REGION_CODES', () => {
  it('runs from 01 to 25 in order (the keyboard and table order)', async () => {
    const { REGION_CODES } = await import('@/data/regions.ts');
    expect(REGION_CODES).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1).padStart(2, '0')));
  });
});
