import { describe, expect, it } from 'vitest';
import { wrapText } from './text-wrap.ts';

/** 10 px a character, 12 when bold: widths a test can count. */
const measure = (text: string, bold = false) => text.length * (bold ? 12 : 10);

describe('wrapText', () => {
  it('fills each line up to the width, breaking on spaces', () => {
    expect(wrapText('one two three four', 90, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four', 200, measure)).toEqual(['one two three four']);
  });
  it('gives a word longer than the width a line of its own', () => {
    expect(wrapText('a extraordinarily b', 50, measure)).toEqual(['a', 'extraordinarily', 'b']);
  });
  it('measures bold text as bold, and ignores repeated spaces', () => {
    expect(wrapText('one  two', 70, measure)).toEqual(['one two']);
    expect(wrapText('one  two', 70, measure, true)).toEqual(['one', 'two']);
    expect(wrapText('', 70, measure)).toEqual([]);
  });
});
