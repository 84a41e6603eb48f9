/**
 * The floor the API is measured against, in a process of its own (started by scripts/bench.ts): a
 * bare node:http server that answers `GET /<scenario key>` with the scenario's hand-written SQL
 * statement, sent through the same driver (`pg`, a pool of 10 like the API's), PostgreSQL building
 * the whole `{"data": …}` document as text that goes to the socket untouched. No parsing, no
 * authentication, no GraphQL: the least work a server can do to give the same answer.
 */
import http from 'node:http';

import { Pool } from 'pg';

import { SCENARIOS } from './scenarios';
import { answerParent, failChild } from './server-probe';

async function main(): Promise<void> {
  const today = process.env.BENCH_TODAY!;
  const pool = new Pool({ connectionString: process.env.BENCH_DATABASE_URL!, max: 10 });
  const statementsByPath = new Map(SCENARIOS.map((scenario) => [`/${scenario.key}`, scenario.floorSql]));
  let statements = 0;
  const server = http.createServer((request, response) => {
    const sql = statementsByPath.get(request.url ?? '');
    if (!sql) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"message":"No such scenario."}]}');
      return;
    }
    statements += 1;
    pool.query<[string]>({ text: sql, values: sql.includes('$1') ? [today] : [], rowMode: 'array' }).then(
      (result) => {
        response.writeHead(200, { 'content-type': 'application/json' }).end(result.rows[0][0]);
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  answerParent(
    typeof address === 'object' && address ? address.port : 0,
    () => statements,
    async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  );
}

main().catch(failChild);
