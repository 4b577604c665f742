/** Types of scripts/fonts/korean-font.mjs (a plain Node module, as `npm run fonts` runs it without a compiler). */
export const WEIGHTS: number[];
export const WIDE: RegExp;
export function koreanCharacters(root?: string): string[];
export function fontCharacters(bytes: Uint8Array): Promise<Set<number>>;
export function buildKoreanFont(
  chars: string[],
  out: string,
): Promise<{ name: string; weight: number; chars: number; bytes: number }[]>;
export function labelFont(text: string): Promise<Uint8Array>;
