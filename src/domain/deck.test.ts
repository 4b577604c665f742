import { describe, expect, it } from 'vitest';
import { SLIDE_IDS } from '@/data/vocabulary.ts';
import { autoplaySeconds, deckFor, isNearSlide, SLIDES, slideIndexFromParam, stepSlide } from './deck.ts';

describe('deckFor', () => {
  it('has the slides the speaker notes are checked against, in order', () => {
    expect(SLIDES.map((s) => s.id)).toEqual([...SLIDE_IDS]);
  });
  it('shows every slide without a sector filter', () => {
    expect(deckFor([])).toEqual(SLIDES.map((s) => s.id));
  });
  it('keeps only the opening, the sector’s slides and the closing for a sector deck', () => {
    expect(deckFor(['defense'])).toEqual(['headlines', 'defense', 'closing']);
    expect(deckFor(['trade'])).toEqual(['headlines', 'trade', 'products', 'closing']);
    expect(deckFor(['digital', 'health'])).toEqual(['headlines', 'aid', 'digital-climate', 'closing']);
  });
});

describe('slide navigation', () => {
  it('reads 1-based slide numbers and rejects anything else', () => {
    expect(slideIndexFromParam(3, 10)).toBe(2);
    expect(slideIndexFromParam(null, 10)).toBe(0);
    expect(slideIndexFromParam(0, 10)).toBe(0);
    expect(slideIndexFromParam(11, 10)).toBe(0);
    expect(slideIndexFromParam(2.5, 10)).toBe(0);
  });
  it('stops at the ends for a presenter and loops for autoplay', () => {
    expect(stepSlide(9, 1, 10)).toBe(9);
    expect(stepSlide(0, -1, 10)).toBe(0);
    expect(stepSlide(9, 1, 10, true)).toBe(0);
    expect(stepSlide(0, -1, 10, true)).toBe(9);
    expect(stepSlide(0, 1, 0)).toBe(0);
  });
  it('keeps the autoplay interval sensible', () => {
    expect(autoplaySeconds(20)).toBe(20);
    expect(autoplaySeconds(0.001)).toBe(0.05);
    expect(autoplaySeconds(1e9)).toBe(3600);
    expect(autoplaySeconds(-3)).toBeNull();
    expect(autoplaySeconds(null)).toBeNull();
  });
});

describe('isNearSlide', () => {
  it('is the slide itself and the ones a single step reaches, across the ends', () => {
    const near = (current: number, length: number) =>
      Array.from({ length }, (_, i) => i).filter((i) => isNearSlide(i, current, length));
    expect(near(4, 10)).toEqual([3, 4, 5]);
    expect(near(0, 10)).toEqual([0, 1, 9]);
    expect(near(9, 10)).toEqual([0, 8, 9]);
    expect(near(0, 2)).toEqual([0, 1]);
    expect(near(0, 1)).toEqual([0]);
    expect(near(0, 0)).toEqual([]);
  });
});
