/**
 * `npm run data:check`: validates every file in public/data/ against its schema and the rules across
 * files, prints each problem with its file, record and field, and exits 1 if there is any.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DATA_FILES, type DataFileKey } from '../src/data/schema/index.ts';
import { validateDataset } from '../src/data/parse-data-file.ts';
import { formatProblem, type DatasetProblem } from '../src/data/validate-dataset.ts';

const dir = resolve(process.argv[2] ?? 'public/data');
const files: Partial<Record<DataFileKey, unknown>> = {};
const problems: DatasetProblem[] = [];

for (const [key, { file }] of Object.entries(DATA_FILES) as [DataFileKey, { file: string }][]) {
  let text: string;
  try {
    text = await readFile(resolve(dir, file), 'utf8');
  } catch {
    problems.push({ file, record: '(file)', field: '(file)', message: 'file is missing' });
    continue;
  }
  try {
    files[key] = JSON.parse(text);
  } catch (error) {
    problems.push({ file, record: '(file)', field: '(file)', message: `invalid JSON: ${(error as Error).message}` });
  }
}
problems.push(...validateDataset(files));

if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\ndata:check: ${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
const counts = Object.entries(files).map(([k, v]) => {
  const n = Object.values(v as object).reduce((s: number, l) => s + (Array.isArray(l) ? l.length : 0), 0);
  return `${k} ${n}`;
});
console.log(`data:check: ${dir} is valid (${counts.join(', ')})`);
