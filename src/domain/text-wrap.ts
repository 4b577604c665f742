/** A text's width in px (bold or not), by whatever measure the caller has: a canvas, or an estimate in tests. */
export type Measure = (text: string, bold?: boolean) => number;

/** Greedy word wrap to a pixel width; a word longer than the width gets a line of its own. */
export function wrapText(text: string, width: number, measure: Measure, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
