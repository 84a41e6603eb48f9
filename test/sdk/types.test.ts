/**
 * The SDK's types: results and variables follow the document, options compile under
 * `exactOptionalPropertyTypes`, and the README's examples compile as a partner's strict project would
 * build them against the package (through its `exports` map).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import ts from 'typescript';
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';

import {
  ClusterDetailDocument,
  type ClusterDetailQuery,
  type ClusterDetailQueryVariables,
  createClient,
  type OversightClient,
  ProvincesDocument,
  type ProvincesQuery,
  type ProvinceSummaryFragment,
  type RequestOptions,
} from '../../sdk/dist/index.js';

const root = path.resolve('.');
const work = mkdtempSync(path.join(tmpdir(), 'sdk-types-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('types', () => {
  it('types results, variables and rows by the document', () => {
    const client = createClient({ url: 'http://127.0.0.1:1/graphql', token: undefined, timeoutMs: undefined });
    expectTypeOf(client.request<ProvincesQuery, Record<string, never>>).returns.resolves.toEqualTypeOf<ProvincesQuery>();
    expectTypeOf<
      Parameters<typeof client.request<ClusterDetailQuery, ClusterDetailQueryVariables>>[1]
    >().toEqualTypeOf<ClusterDetailQueryVariables>();
    expectTypeOf<ReturnType<OversightClient['paginate']>>().toHaveProperty('pages');
    type Row = typeof client.paginate<ProvincesQuery, { first?: number | null; after?: string | null }> extends (
      ...args: never[]
    ) => AsyncIterable<infer R>
      ? R
      : never;
    expectTypeOf<Row>().toEqualTypeOf<ProvinceSummaryFragment>();
    expectTypeOf<RequestOptions['signal']>().not.toBeAny();
    if (Math.random() > 2) {
      // Never run: the compiler checks these lines.
      // @ts-expect-error `id` is required by ClusterDetailDocument.
      void client.request(ClusterDetailDocument, {});
      // @ts-expect-error `first` is a number.
      void client.request(ProvincesDocument, { first: '5' });
      // @ts-expect-error `name` is not selected by the document.
      void client.request(ProvincesDocument).then((data) => data.provinces.edges[0]?.node.name);
    }
  });

  it("compiles the README's examples under strict and exactOptionalPropertyTypes against the packaged types", () => {
    const readme = readFileSync(path.join(root, 'sdk', 'README.md'), 'utf8');
    const blockAfter = (heading: string) => {
      const from = readme.indexOf(heading);
      expect(from, heading).toBeGreaterThan(-1);
      const match = /```ts\n([\s\S]*?)```/.exec(readme.slice(from));
      return match?.[1] ?? '';
    };
    const source = `${blockAfter('## 3. Create a client')}\n${blockAfter('## 5. Paginate')}\nexport {};\n`;
    mkdirSync(path.join(work, 'node_modules', '@cluster-oversight'), { recursive: true });
    mkdirSync(path.join(work, 'node_modules', '@types'), { recursive: true });
    symlinkSync(path.join(root, 'sdk'), path.join(work, 'node_modules', '@cluster-oversight', 'sdk'));
    symlinkSync(path.join(root, 'node_modules', '@types', 'node'), path.join(work, 'node_modules', '@types', 'node'));
    writeFileSync(path.join(work, 'package.json'), JSON.stringify({ type: 'module' }));
    const file = path.join(work, 'example.ts');
    writeFileSync(file, source);

    const program = ts.createProgram([file], {
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2023.d.ts'],
      types: ['node'],
      typeRoots: [path.join(work, 'node_modules', '@types')],
      skipLibCheck: false,
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(diagnostics).toEqual([]);
    expect(source).toContain('process.env.OVERSIGHT_TOKEN');
  }, 120_000);
});
