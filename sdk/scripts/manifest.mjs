// Writes schema/trusted-documents.json: the SDK's operations by the SHA-256 of their text, the hash
// the client sends with `trustedDocuments: true` and the API looks up (persisted operations).
// `--check` fails instead when the committed manifest is out of date. Run from the repository root.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const generated = readFileSync(path.join(root, 'sdk', 'src', 'generated', 'graphql.ts'), 'utf8');
const target = path.join(root, 'schema', 'trusted-documents.json');

const documents = {};
for (const match of generated.matchAll(/export const (\w+)Document = new TypedDocumentString\(`([^`]*)`/g)) {
  const text = match[2];
  if (text.includes('\\') || text.includes('${'))
    throw new Error(`${match[1]}Document holds an escape or interpolation; the manifest would not match the client's text.`);
  const query = text.trim();
  documents[createHash('sha256').update(query).digest('hex')] = query;
}
const sorted = Object.fromEntries(Object.entries(documents).sort(([a], [b]) => a.localeCompare(b)));
const json = `${JSON.stringify(sorted, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (!existsSync(target) || readFileSync(target, 'utf8') !== json) {
    console.error('schema/trusted-documents.json is out of date: run `npm run -s sdk:generate` and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync(target, json);
  console.error(`Wrote schema/trusted-documents.json: ${Object.keys(sorted).length} operations.`);
}
