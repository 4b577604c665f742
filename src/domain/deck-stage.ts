/**
 * Slides are laid out on a stage of design pixels, 1920 wide and 1080 high at least, and scaled to the screen as one
 * picture: every size, font and chart is written once for a 1080p projector and stays in proportion on any other.
 * A 4:3 projector gets a taller stage (1920×1440) rather than black bars, so the layout uses the room it has.
 *
 * A portrait screen (a phone held upright) gets a portrait stage instead: 900 design px wide (wider, up to 1080, when
 * that would leave it under 1800 high) and as tall as the screen's aspect makes it (900×1946 on a 390×844 phone). The slides stack their content in it (the CSS reads the
 * stage's orientation), and its narrower width makes every design px larger on a phone than on a rotated 1920×1080
 * stage would: 28 px body text is 12 px on a 390 px screen, a 96 px headline number 42 px.
 */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;
export const PORTRAIT_STAGE_WIDTH = 900;
const PORTRAIT_MIN_HEIGHT = 1800;
/** The rotated design size: a portrait stage is never wider, so its design px are never smaller than a 1080×1920's. */
export const PORTRAIT_MAX_WIDTH = 1080;

export type StageOrientation = 'landscape' | 'portrait';

export interface Stage {
  /** Screen pixels per design pixel: min(width / 1920, height / 1080), or width / stage width on a portrait screen. */
  scale: number;
  /** The stage's size in design pixels (landscape: one side is 1920 or 1080, the other at least that). */
  width: number;
  height: number;
  orientation: StageOrientation;
}

const DESIGN: Stage = { scale: 1, width: STAGE_WIDTH, height: STAGE_HEIGHT, orientation: 'landscape' };

export function stageFor(screenWidth: number, screenHeight: number): Stage {
  if (!(screenWidth > 0 && screenHeight > 0 && Number.isFinite(screenWidth) && Number.isFinite(screenHeight)))
    return DESIGN;
  if (screenHeight > screenWidth) {
    // At least 1800 px high, so that a stacked slide has room on a 16:9 phone (360×640: a 1012×1800 stage).
    const width = Math.min(
      PORTRAIT_MAX_WIDTH,
      Math.max(PORTRAIT_STAGE_WIDTH, (PORTRAIT_MIN_HEIGHT * screenWidth) / screenHeight),
    );
    const scale = screenWidth / width;
    return { scale, width, height: screenHeight / scale, orientation: 'portrait' };
  }
  const scale = Math.min(screenWidth / STAGE_WIDTH, screenHeight / STAGE_HEIGHT);
  return { scale, width: screenWidth / scale, height: screenHeight / scale, orientation: 'landscape' };
}
