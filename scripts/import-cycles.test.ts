// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No import cycles in src/, type-only imports included. ESLint's cycle rules (import-x/no-cycle) skip
 * `import type` by design, yet a type-only cycle still ties two modules together for a reader and for
 * `tsc` (en.ts ↔ types.ts was one), so the whole graph is checked here with TypeScript's own import scanner.
 */
const SRC = path.resolve(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

/** The src/ file an import names, or undefined for packages, styles and assets. */
function resolve(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(SRC, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
    (f) => /\.(ts|tsx)$/.test(f) && existsSync(f),
  );
}

export function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map((i) => resolve(file, i.fileName)).filter((f) => f !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Each cycle once, as the files it passes (Tarjan's strongly connected components with more than one file). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    const selfImport = graph.get(node)?.includes(node);
    if (component.length > 1 || selfImport) found.push(component.map((f) => path.relative(SRC, f)).sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('import graph of src/', () => {
  it('finds a cycle when there is one (the check can fail)', () => {
    const graph = new Map([
      [`${SRC}/a.ts`, [`${SRC}/b.ts`]],
      [`${SRC}/b.ts`, [`${SRC}/a.ts`]],
      [`${SRC}/c.ts`, [`${SRC}/a.ts`]],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts']]);
  });

  it('has no cycles, type-only imports included', () => {
    const files = sourceFiles(SRC);
    const graph = importGraph(files);
    // The scan must see the app's real edges, or an empty graph would pass.
    expect(graph.get(path.join(SRC, 'i18n/index.ts'))).toContain(path.join(SRC, 'i18n/messages/en.ts'));
    expect(cycles(graph)).toEqual([]);
  });
});
