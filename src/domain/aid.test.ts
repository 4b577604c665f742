import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aidFileSchema, type AidFile } from '@/data/schema/aid.ts';
import { headlinesFileSchema } from '@/data/schema/headlines.ts';
import { aidView } from './aid.ts';
import { leadingRow, searchProjects } from './aid-projects.ts';
import { ALL } from '@/test/aid-records.ts';

describe('the real dataset', () => {
  const read = (name: string) => JSON.parse(readFileSync(resolve(__dirname, '../../public/data', name), 'utf8'));
  const file: AidFile = aidFileSchema.parse(read('aid.json'));
  const figures = headlinesFileSchema.parse(read('headlines.json')).figures;
  const view = aidView(file, figures, ALL);

  it('shows the Ambassador’s “about US$10 million a year” (2023) once, approximate and attributed', () => {
    const rows = view.amounts.filter((r) => r.from === 2023 && r.valueUsdM === 10);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.kind).toBe('annual');
    expect(rows[0]!.statement.qualifiers.approximate).toBe(true);
    expect(rows[0]!.statedBy?.en).toMatch(/Ambassador/);
    expect(rows[0]!.statedBy?.es).toMatch(/embajador/);
  });
  it('keeps cumulative totals as ranges and both US$170 million statements', () => {
    const cumulative = view.amounts.filter((r) => r.kind === 'cumulative');
    expect(cumulative.every((r) => r.from < r.to)).toBe(true);
    expect(cumulative.filter((r) => r.valueUsdM === 170)).toHaveLength(2);
    expect(view.shares.every((s) => s.statement.measure.en.length > 0)).toBe(true);
  });
  it('makes health the leading theme and finds the Cusco waste and digital government projects', () => {
    expect(leadingRow(view.themes)?.key).toBe('health');
    const cusco = view.regions.find((r) => r.key === 'cusco');
    expect(cusco?.projects.map((p) => p.id)).toContain('aidp-cusco-waste');
    expect(searchProjects(view.projects, 'digital government').map((p) => p.id)).toContain(
      'aidp-digital-government-center',
    );
    expect(view.regions.every((r) => !r.key.startsWith('place:'))).toBe(true);
  });
  it('lists the reference record that is not aid in the table but counts it nowhere', () => {
    expect(view.projects.at(-1)?.id).toBe('aidp-chinchero-pmo-reference');
    expect(view.themes.flatMap((r) => r.projects).some((p) => p.id === 'aidp-chinchero-pmo-reference')).toBe(false);
  });
  it('narrows to the selected years and sectors', () => {
    const narrow = aidView(file, figures, { sectors: ['environment'], from: 2023, to: 2024 });
    expect(narrow.inSectors).toBe(true);
    expect(narrow.projects.map((p) => p.id)).toEqual(['aidp-cusco-waste']);
    expect(narrow.amounts.map((r) => r.id)).toEqual(['aid-2023-amb-choi']);
    expect(aidView(file, figures, { sectors: ['defense'], from: 1922, to: 2026 }).inSectors).toBe(false);
  });
});
