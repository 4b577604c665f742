export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
  problems: string[];
  line: string;
}
export function summarize(
  steps: { name: string; ok: boolean }[],
  reports: { vitest?: unknown; playwright?: unknown },
): Summary;
