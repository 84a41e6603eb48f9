/**
 * Writes the SDL emitted from the code, sorted, to schema/schema.graphql; with `--check`, fails
 * instead when the committed file differs (the schema is a contract with the SDK's users).
 */
import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAppSchema, printSortedSchema } from '../server/schema';

const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

async function main(): Promise<void> {
  const sdl = printSortedSchema(await buildAppSchema());
  if (process.argv.includes('--check')) {
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
