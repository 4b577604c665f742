export interface Judged {
  name: string;
  value: number | null;
  limit: number;
  unit: string;
  better: 'lower' | 'higher';
  measured: boolean;
  ok: boolean;
  line: string;
}
export function judge(b: {
  name: string;
  value: number | undefined;
  limit: number;
  unit?: string;
  digits?: number;
  better?: 'lower' | 'higher';
  note?: string;
}): Judged;
export function exitCode(results: { ok: boolean }[]): 0 | 1;
export function percentile(values: number[], p: number): number | undefined;
