import { describe, expect, it } from 'vitest';
import { stageFor } from './deck-stage.ts';

describe('stageFor', () => {
  it('is the design size at 1080p and at 4K, scaled', () => {
    expect(stageFor(1920, 1080)).toEqual({ scale: 1, width: 1920, height: 1080 });
    expect(stageFor(3840, 2160)).toEqual({ scale: 2, width: 1920, height: 1080 });
    expect(stageFor(1280, 720).width).toBeCloseTo(1920);
  });
  it('gives a 4:3 projector a taller stage, never a narrower one', () => {
    const s = stageFor(1024, 768);
    expect(s.scale).toBeCloseTo(1024 / 1920);
    expect(s.width).toBeCloseTo(1920);
    expect(s.height).toBeCloseTo(1440);
  });
  it('falls back to the design size for an empty box', () => {
    expect(stageFor(0, 0)).toEqual({ scale: 1, width: 1920, height: 1080 });
  });
});
