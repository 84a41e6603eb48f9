/**
 * Writes the SDL emitted from the code, sorted, to schema/schema.graphql; with `--check`, fails
 * instead when the committed file differs (the schema is a contract with the SDK's users), or when
 * the schema breaks it (a change @graphql-inspector/core classifies as breaking, compared with the
 * schema where this branch left `main`) without recording the change in schema/CHANGELOG.md.
 */
import 'reflect-metadata';

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { buildAppSchema, printSortedSchema } from '../server/schema';
import { baselineSchema, compareSchemas } from './schema-compatibility';

const ROOT = path.resolve(__dirname, '..', '..');
const SCHEMA_FILE = path.join(ROOT, 'schema', 'schema.graphql');
const CHANGELOG_FILE = path.join(ROOT, 'schema', 'CHANGELOG.md');

async function main(): Promise<void> {
  const sdl = printSortedSchema(await buildAppSchema());
  if (process.argv.includes('--check')) {
    const baseline = baselineSchema(ROOT, SCHEMA_FILE);
    if (baseline.sdl) {
      const changelog = existsSync(CHANGELOG_FILE) ? readFileSync(CHANGELOG_FILE, 'utf8') : '';
      const { breaking, dangerous, safe, unrecorded } = await compareSchemas(baseline.sdl, sdl, changelog);
      console.error(
        `Schema changes since ${baseline.from}: ${safe.length} safe, ${dangerous.length} dangerous, ${breaking.length} breaking (${breaking.length - unrecorded.length} recorded in schema/CHANGELOG.md).`,
      );
      for (const change of dangerous) console.error(`  dangerous: ${change.message}`);
      if (unrecorded.length > 0) {
        for (const change of unrecorded)
          console.error(`  BREAKING, not in schema/CHANGELOG.md: ${change.message} (\`${change.path ?? '?'}\`)`);
        console.error(
          'Keep the change compatible (add, deprecate, then remove), or record each breaking change in schema/CHANGELOG.md on a line that says "Breaking" and names its path in backticks.',
        );
        process.exit(1);
      }
    }
    const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== sdl) {
      console.error('schema/schema.graphql differs from the schema the code builds. Run `npm run schema:emit` and commit the result.');
      process.exit(1);
    }
    console.error('schema/schema.graphql matches the code.');
    return;
  }
  writeFileSync(SCHEMA_FILE, sdl);
  console.error(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
