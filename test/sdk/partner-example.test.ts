/**
 * The example partner application (sdk/examples/partner-report) as a partner would run it: the SDK
 * packed with `npm pack`, installed from the tarball into the application (offline: the package has
 * no dependencies), the application compiled with `strict` and `exactOptionalPropertyTypes`, and run
 * against the real API with a partner API key.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  assertNoUserErrors,
  CreateApiKeyDocument,
  createClient,
  DevelopmentPlansDocument,
  RegisterPersonDocument,
} from '../../sdk/dist/index.js';
import { startTestApp, type TestApp } from '../setup/test-app';

const ADMIN = 'admin@demo.cluster-oversight.ir';
const PROVINCE = 'IR-10';
const root = path.resolve('.');
const work = mkdtempSync(path.join(tmpdir(), 'partner-report-'));
let app: TestApp;
let apiKey: string;

beforeAll(async () => {
  app = await startTestApp();
  const admin = createClient({ url: app.url, token: await app.tokenFor(ADMIN) });
  const { registerPerson } = await admin.request(RegisterPersonDocument, {
    input: {
      email: 'reports@partner.example',
      fullNameLatin: 'Partner Reporting Service',
      fullNameFa: 'سامانه گزارش شریک',
      systemRoles: ['PARTNER'],
    },
  });
  const { person } = assertNoUserErrors(registerPerson);
  const { createApiKey } = await admin.request(CreateApiKeyDocument, {
    input: { personId: person.id, name: 'Partner report', expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
  });
  apiKey = assertNoUserErrors(createApiKey).secret;
});
afterAll(async () => {
  await app?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs a command in the application's folder; asynchronously, since the API answers from this process. */
async function run(command: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await promisify(execFile)(command, args, { cwd: work, encoding: 'utf8', env: { ...process.env, ...env } });
  return stdout;
}

describe('the example partner application', () => {
  it("installs the SDK from its tarball, compiles strictly and prints the province's reporting compliance", async () => {
    cpSync(path.join(root, 'sdk', 'examples', 'partner-report'), work, {
      recursive: true,
      filter: (source) => !/node_modules|dist|\.tgz$|package-lock/.test(source),
    });
    const packed = JSON.parse(
      execFileSync('npm', ['pack', path.join(root, 'sdk'), '--pack-destination', work, '--json'], { encoding: 'utf8' }),
    ) as Array<{ filename: string; size: number; unpackedSize: number; entryCount: number }>;
    const tarball = packed[0];
    console.info(
      `SDK tarball: ${tarball.filename}, ${tarball.size} B packed, ${tarball.unpackedSize} B unpacked, ${tarball.entryCount} files`,
    );
    expect(tarball.filename).toBe('cluster-oversight-sdk-0.1.0.tgz');

    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts']);
    const installed = readdirSync(path.join(work, 'node_modules'), { withFileTypes: true }).map((entry) => entry.name);
    // The SDK and nothing else: it has no dependencies.
    expect(installed.filter((name) => !name.startsWith('.'))).toEqual(['@cluster-oversight']);
    expect(statSync(path.join(work, 'node_modules', '@cluster-oversight', 'sdk', 'dist', 'esm', 'index.js')).isFile()).toBe(true);

    // Node's types from the repository, for `process`; the compiler too.
    mkdirSync(path.join(work, 'node_modules', '@types'));
    symlinkSync(path.join(root, 'node_modules', '@types', 'node'), path.join(work, 'node_modules', '@types', 'node'));
    await run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']);

    const output = await run(process.execPath, ['dist/report.js'], { OVERSIGHT_URL: app.url, OVERSIGHT_API_KEY: apiKey, PROVINCE });
    const admin = createClient({ url: app.url, token: await app.tokenFor(ADMIN) });
    const titles: string[] = [];
    for await (const plan of admin.paginate(DevelopmentPlansDocument, { filter: { provinceCodes: [PROVINCE] } })) titles.push(plan.title);
    expect(titles.length).toBeGreaterThan(0);

    const lines = output.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^Reporting compliance in ${PROVINCE}: ${titles.length} plans, \\d+ reporting obligations$`));
    expect(lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2, line.indexOf(' (')))).toEqual(titles);
    expect(lines.at(-1)).toMatch(/^Late or overdue reports: \d+$/);
  }, 180_000);

  it('tells the partner what is wrong when the key is refused', async () => {
    let failure: { code: number | null; stderr: string } | undefined;
    try {
      await run(process.execPath, ['dist/report.js'], { OVERSIGHT_URL: app.url, OVERSIGHT_API_KEY: 'not-a-key', PROVINCE });
    } catch (error) {
      failure = error as { code: number | null; stderr: string };
    }
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/^UnauthenticatedError \(UNAUTHENTICATED\): /);
  });
});
