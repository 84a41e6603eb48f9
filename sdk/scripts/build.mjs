// Builds the SDK package: CommonJS with declarations in sdk/dist, ES modules with declarations in
// sdk/dist/esm. Run from the repository root as `npm run -s sdk:build`.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const sdk = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(sdk, 'dist');
const tsc = path.resolve(sdk, '..', 'node_modules', 'typescript', 'bin', 'tsc');

rmSync(dist, { recursive: true, force: true });
for (const project of ['tsconfig.json', 'tsconfig.esm.json']) {
  execFileSync(process.execPath, [tsc, '-p', path.join(sdk, project)], { stdio: 'inherit' });
}
// sdk/package.json has no "type", so Node reads dist/esm as ES modules only with this marker.
writeFileSync(path.join(dist, 'esm', 'package.json'), `${JSON.stringify({ type: 'module', sideEffects: false }, null, 2)}\n`);

// Each generated document is a `new TypedDocumentString(…)`; marked pure, a bundler drops every
// document the application does not import, so a one-query bundle carries one query.
let marked = 0;
for (const file of [path.join(dist, 'generated', 'graphql.js'), path.join(dist, 'esm', 'generated', 'graphql.js')]) {
  const source = readFileSync(file, 'utf8');
  const pure = source.replace(/(?<!\/\*#__PURE__\*\/ )new TypedDocumentString\(/g, () => {
    marked += 1;
    return '/*#__PURE__*/ new TypedDocumentString(';
  });
  writeFileSync(file, pure);
}
if (marked === 0) throw new Error('No generated documents found to mark pure.');

// The generated declarations take `DocumentTypeDecoration` from @graphql-typed-document-node/core;
// the client declares the same shape, so the package needs no dependency, not even for its types.
const TYPE_IMPORT = "import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';";
for (const file of [path.join(dist, 'generated', 'graphql.d.ts'), path.join(dist, 'esm', 'generated', 'graphql.d.ts')]) {
  const declarations = readFileSync(file, 'utf8');
  if (!declarations.includes(TYPE_IMPORT)) throw new Error(`${file} no longer imports DocumentTypeDecoration as expected.`);
  writeFileSync(file, declarations.replace(TYPE_IMPORT, "import type { DocumentTypeDecoration } from '../client.js';"));
}
console.log(`sdk/dist: CommonJS and ES modules, ${marked / 2} documents, ${readdirSync(dist).length} entries`);
