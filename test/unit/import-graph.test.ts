/**
 * The kernel knows no module: modules import the kernel, never the other way round. The kernel is
 * what every module builds on (errors, rules, the mutation runner, the read engine, pagination,
 * calendar, money); a module's hooks reach it through the manifests (kernel/module.ts). Read from the
 * source files themselves: every import, export-from, dynamic import and require of every file
 * under server/kernel, resolved, must stay inside server/kernel or leave the project (packages).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const KERNEL = path.join(ROOT, 'server', 'kernel');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module specifier a file names: static imports and re-exports, `import()` and `require()`. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s+['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

describe('the import graph', () => {
  const files = sourceFiles(KERNEL);

  it('finds the kernel and reads its imports', () => {
    expect(files.length).toBeGreaterThan(20);
    const all = files.flatMap((file) => specifiers(readFileSync(file, 'utf8')));
    expect(all).toContain('./errors');
    expect(
      specifiers(`import { a } from '../modules/x';\nexport * from "./y";\nconst z = await import('../z');\nrequire('w');\nimport 'v';`),
    ).toEqual(['../modules/x', './y', 'v', '../z', 'w']);
  });

  it('has no arrow from server/kernel to anything else in the project', () => {
    const outside: string[] = [];
    for (const file of files) {
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), specifier);
        if (target !== KERNEL && !target.startsWith(KERNEL + path.sep))
          outside.push(`${path.relative(ROOT, file)} → ${path.relative(ROOT, target)}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
