// One-off import helper: merges data-fragments/sources-*.json (written while converting the research
// in parallel) into public/data/sources.json, keeping one entry per id.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
const dir = 'data-fragments';
const byId = new Map();
for (const f of readdirSync(dir).filter((f) => /^sources-.*\.json$/.test(f)).sort()) {
  for (const s of JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')).sources) if (!byId.has(s.id)) byId.set(s.id, s);
}
const sources = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
writeFileSync('public/data/sources.json', JSON.stringify({ sources }, null, 2) + '\n');
console.log(`sources.json: ${sources.length} sources`);
