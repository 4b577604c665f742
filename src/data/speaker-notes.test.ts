import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './validate-dataset.ts';
import { parseDataFile } from './parse-data-file.ts';
import { SLIDE_IDS } from './vocabulary.ts';

const file = JSON.parse(readFileSync('public/data/speaker-notes.json', 'utf8')) as {
  notes: { id: string; text: Record<string, string> }[];
};

describe('speaker notes', () => {
  it('the file has a note for every slide', () => {
    expect(file.notes.map((n) => n.id).sort()).toEqual([...SLIDE_IDS].sort());
    expect(parseDataFile('speakerNotes', file).problems).toEqual([]);
  });
  it('a missing translation is an error naming the slide and the language', () => {
    const broken = structuredClone(file);
    delete broken.notes[1]!.text.ko;
    const problems = parseDataFile('speakerNotes', broken).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`speaker-notes.json`);
    expect(problems[0]).toContain(file.notes[1]!.id);
    expect(problems[0]).toContain('text.ko');
  });
  it('a note for a slide the deck does not have is an error', () => {
    const broken = structuredClone(file);
    broken.notes[0]!.id = 'no-such-slide';
    expect(parseDataFile('speakerNotes', broken).problems).not.toEqual([]);
  });
});
