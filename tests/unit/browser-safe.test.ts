/**
 * Browser code (src/client/) imports only browser-safe modules: nothing it reaches, directly or through
 * other modules, imports Node's built-ins, Astro's server modules or packages that need Node. Type-only
 * imports are erased and do not count.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const SERVER_ONLY = /^(node:|astro:|astro\/|yaml$|vfile$|unified$|@astrojs\/|pagefind$|playwright)/;

function imports(file: string): string[] {
  const code = fs.readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of code.matchAll(/^\s*import\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) specs.push(m[1]);
  for (const m of code.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]);
  return specs;
}

test('every module the browser code reaches is browser-safe', () => {
  const seen = new Set<string>();
  const problems: string[] = [];
  const visit = (file: string, via: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of imports(file)) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec), `${via} -> ${path.relative('src', file)}`);
      else if (SERVER_ONLY.test(spec)) problems.push(`${path.relative('.', file)} imports "${spec}" (reached from ${via})`);
    }
  };
  const entries = fs.readdirSync('src/client').filter((f) => f.endsWith('.ts')).map((f) => path.resolve('src/client', f));
  assert.ok(entries.length > 0);
  for (const entry of entries) visit(entry, path.relative('src', entry));
  assert.deepEqual(problems, []);
  assert.ok(seen.size > entries.length, 'the walk follows imports');
});
