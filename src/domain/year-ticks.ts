/** Years on multiples of `step` from `from` to `to`, both ends included when they fall on a step: 1995, 2000, … */
export function yearsOnStep(from: number, to: number, step: number): number[] {
  const years: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) years.push(y);
  return years;
}
