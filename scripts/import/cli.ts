/**
 * `npm run data:import -- <file> [--dry-run] [--retrieved YYYY-MM-DD] [--data-dir DIR]`: imports an official table
 * (UN Comtrade JSON or CSV, or the plain template) into trade.json and sources.json. See README, "Maintainers".
 * DATA_DIR in the environment sets the data folder too (tests use a temporary copy).
 */
import { parseArgs } from 'node:util';
import { runImport } from './run-import.ts';

const USAGE = 'usage: npm run data:import -- <file> [--dry-run] [--retrieved YYYY-MM-DD] [--data-dir DIR]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      retrieved: { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(1);
}
const [file, ...extra] = parsed.positionals;
if (!file || extra.length > 0) {
  console.error(USAGE);
  process.exit(1);
}
const code = await runImport(
  {
    file,
    dryRun: parsed.values['dry-run'],
    retrieved: parsed.values.retrieved,
    dataDir: parsed.values['data-dir'] ?? process.env.DATA_DIR ?? 'public/data',
  },
  (line) => console.log(line),
  (line) => console.error(line),
);
process.exit(code);
