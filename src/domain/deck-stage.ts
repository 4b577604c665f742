/**
 * Slides are laid out on a stage of design pixels, 1920 wide and 1080 high at least, and scaled to the screen as one
 * picture: every size, font and chart is written once for a 1080p projector and stays in proportion on any other.
 * A 4:3 projector gets a taller stage (1920×1440) rather than black bars, so the layout uses the room it has.
 */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

export interface Stage {
  /** Screen pixels per design pixel: min(width / 1920, height / 1080). */
  scale: number;
  /** The stage's size in design pixels (one side is 1920 or 1080, the other at least that). */
  width: number;
  height: number;
}

export function stageFor(screenWidth: number, screenHeight: number): Stage {
  const scale = Math.min(screenWidth / STAGE_WIDTH, screenHeight / STAGE_HEIGHT);
  if (!(scale > 0) || !Number.isFinite(scale)) return { scale: 1, width: STAGE_WIDTH, height: STAGE_HEIGHT };
  return { scale, width: screenWidth / scale, height: screenHeight / scale };
}
