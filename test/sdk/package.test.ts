/**
 * The SDK as a package: an ES module build and a CommonJS one, both loadable by Node, no runtime
 * dependency, and a browser bundle of one query that stays small (esbuild, minified) and keeps the
 * error classes' names.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const sdk = path.resolve('sdk');
const work = mkdtempSync(path.join(tmpdir(), 'sdk-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bundles `source` for the browser against the built ES modules, minified; returns the output. */
async function bundle(source: string): Promise<string> {
  const entry = path.join(work, `entry-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    alias: { '@cluster-oversight/sdk': path.join(sdk, 'dist', 'esm', 'index.js') },
  });
  return result.outputFiles[0].text;
}

describe('the SDK package', () => {
  it('declares ES module and CommonJS entry points with their types, without side effects or dependencies', () => {
    const manifest = JSON.parse(readFileSync(path.join(sdk, 'package.json'), 'utf8'));
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.exports['.'].import).toEqual({ types: './dist/esm/index.d.ts', default: './dist/esm/index.js' });
    expect(manifest.exports['.'].require).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.peerDependencies).toBeUndefined();
    for (const dir of [path.join(sdk, 'dist'), path.join(sdk, 'dist', 'esm')]) {
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(js|d\.ts)$/.test(name))) {
        const imports = [
          ...readFileSync(path.join(dir, file), 'utf8').matchAll(
            /^\s*(?:import|export)\b[^'";]*?\bfrom\s*["']([^"']+)["']|\brequire\(["']([^"']+)["']\)/gm,
          ),
        ].map((match) => match[1] ?? match[2]);
        expect(
          imports.filter((specifier) => !specifier.startsWith('.')),
          `${dir}/${file}`,
        ).toEqual([]);
      }
    }
  });

  it('loads in Node both as ES modules and as CommonJS', () => {
    const esm = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createClient, ProvincesDocument } from ${JSON.stringify(path.join(sdk, 'dist', 'esm', 'index.js'))}; console.log(typeof createClient, String(ProvincesDocument).includes('query Provinces'))`,
      ],
      { encoding: 'utf8' },
    );
    const cjs = execFileSync(
      process.execPath,
      [
        '-e',
        `const { createClient, ProvincesDocument } = require(${JSON.stringify(path.join(sdk, 'dist', 'index.js'))}); console.log(typeof createClient, String(ProvincesDocument).includes('query Provinces'))`,
      ],
      { encoding: 'utf8' },
    );
    expect(esm.trim()).toBe('function true');
    expect(cjs.trim()).toBe('function true');
  });

  it('bundles one query for the browser in under 15 kB minified, with that query only and the error names intact', async () => {
    const code = await bundle(`
      import { createClient, ProvincesDocument, UnauthenticatedError } from '@cluster-oversight/sdk';
      const client = createClient({ url: '/graphql', token: 't' });
      client.request(ProvincesDocument, { first: 5 }).then(
        (data) => console.log(data.provinces.totalCount),
        (error) => console.log(error instanceof UnauthenticatedError, error.name),
      );
    `);
    const bytes = Buffer.byteLength(code);
    console.info(`one-query browser bundle: ${bytes} B minified, ${gzipSync(code).length} B gzip`);
    expect(bytes).toBeLessThan(15_000);
    expect(code.match(/\bquery [A-Za-z]+(?=\()/g)).toEqual(['query Provinces']);
    expect(code).not.toMatch(/\bmutation [A-Za-z]+\(/);
    for (const name of [
      'OversightError',
      'UnauthenticatedError',
      'ForbiddenError',
      'BadUserInputError',
      'RateLimitedError',
      'ServerError',
      'ServiceUnavailableError',
      'NetworkError',
      'RequestTimeoutError',
      'RequestAbortedError',
    ]) {
      expect(code).toContain(`"${name}"`);
    }
  });

  it('keeps error names that survive minification', async () => {
    const code = await bundle(`
      import { ForbiddenError, RequestTimeoutError } from '@cluster-oversight/sdk';
      globalThis.names = [new ForbiddenError('no', { code: 'FORBIDDEN' }).name, new RequestTimeoutError('late', { code: 'TIMEOUT' }).name];
    `);
    const scope: { names?: string[] } = {};
    new Function('globalThis', code.replace(/export\s*\{[^}]*\};?\s*$/, ''))(scope);
    expect(scope.names).toEqual(['ForbiddenError', 'RequestTimeoutError']);
  });
});
