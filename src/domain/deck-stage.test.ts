import { describe, expect, it } from 'vitest';
import { PORTRAIT_MAX_WIDTH, PORTRAIT_STAGE_WIDTH, stageFor } from './deck-stage.ts';

describe('stageFor', () => {
  it('is the design size at 1080p and at 4K, scaled', () => {
    expect(stageFor(1920, 1080)).toEqual({ scale: 1, width: 1920, height: 1080, orientation: 'landscape' });
    expect(stageFor(3840, 2160)).toEqual({ scale: 2, width: 1920, height: 1080, orientation: 'landscape' });
    expect(stageFor(1280, 720).width).toBeCloseTo(1920);
  });
  it('gives a 4:3 projector a taller stage, never a narrower one', () => {
    const s = stageFor(1024, 768);
    expect(s.scale).toBeCloseTo(1024 / 1920);
    expect(s.width).toBeCloseTo(1920);
    expect(s.height).toBeCloseTo(1440);
  });
  it('gives a phone held upright a portrait stage that fills its screen', () => {
    for (const [w, h] of [
      [390, 844],
      [360, 640],
    ] as const) {
      const s = stageFor(w, h);
      expect(s.orientation).toBe('portrait');
      expect(s.width).toBeGreaterThanOrEqual(PORTRAIT_STAGE_WIDTH);
      expect(s.width).toBeLessThanOrEqual(PORTRAIT_MAX_WIDTH);
      expect(s.height).toBeGreaterThanOrEqual(1800);
      expect(s.width * s.scale).toBeCloseTo(w);
      expect(s.height * s.scale).toBeCloseTo(h);
      // Larger on the phone than a rotated 1920×1080 stage (1080 wide) would draw it.
      expect(s.scale).toBeGreaterThan(w / 1080);
    }
  });
  it('is 900 wide on a tall phone', () => {
    expect(stageFor(390, 844).width).toBe(900);
  });
  it('keeps a square screen landscape', () => {
    expect(stageFor(800, 800).orientation).toBe('landscape');
  });
  it('falls back to the design size for an empty box', () => {
    expect(stageFor(0, 0)).toEqual({ scale: 1, width: 1920, height: 1080, orientation: 'landscape' });
  });
});
