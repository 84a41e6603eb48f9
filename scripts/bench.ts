/**
 * Benchmark of the read API against a floor (`npm run bench`), on a national-scale data set in a
 * throwaway embedded PostgreSQL: every province with a working group and clusters that have plans,
 * supervisors and a year of reports (scripts/bench/national-data.ts).
 *
 * Two servers run side by side, each in a child process of its own: the API as `npm start` builds
 * it, and the floor, a bare node:http server that answers each scenario with one hand-written SQL
 * statement in which PostgreSQL builds the whole JSON answer (scripts/bench/scenarios.ts). Before
 * measuring, both answers to every scenario are compared and the run stops if they differ. Then each
 * scenario is sent to each server at concurrency 1 and 10: a warm-up, then a fixed time, giving
 * requests per second, p50 and p99 latency, SQL statements per request, the server process's CPU
 * time per request and its peak RSS. The load generator runs in this process, so its CPU and memory
 * are not counted as the servers'. Figures are written to bench-results.json.
 *
 *   BENCH_DATA=large         the data set of `npm run seed:large -- --scale BENCH_SCALE` instead, written by the
 *                            same code (scripts/seed-large/programme.ts; at scale 1 about 3,000 clusters and
 *                            ten years of reports), with the scenarios that run on it (Scenario.dataSets)
 *   BENCH_SCALE=4            four times the clusters (10 × scale per province); with BENCH_DATA=large, its scale
 *   BENCH_SECONDS=5          measured time per scenario, server and concurrency
 *   BENCH_WARMUP_SECONDS=1   warm-up before each measurement
 *   BENCH_ONLY=q1            only the scenarios whose key or label contains this
 *   BENCH_PROFILE=dir        CPU profile of the API process (--cpu-prof), written to dir at its exit
 *   BENCH_RESULTS=file       where to write the figures (default bench-results.json)
 *
 * The machines are shared and noisy: compare figures within one run, ours beside the floor.
 */
import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';

import { ormConfig } from '../server/config/orm.config';
import { startEmbeddedDatabase } from '../server/db/embedded-database';
import { prepareDatabase } from '../server/db/prepare-database';
import { TokenService } from '../server/kernel/auth';
import { firstDifference, normalise, percentile, runLoad, type Send, sender } from './bench/load';
import { growNationalData } from './bench/national-data';
import { type Figures, printTable, type Row } from './bench/report';
import { type DataSet, type Scenario, SCENARIOS } from './bench/scenarios';
import { type ServerProcess, startServerProcess } from './bench/server-probe';
import { seedLargeProgramme } from './seed-large/programme';

const TODAY = '2025-08-15';
const DATA_SET = dataSet(process.env.BENCH_DATA ?? 'own');
const SCALE = positive('BENCH_SCALE', 1);
const CLUSTERS_PER_PROVINCE = 10 * SCALE;
const DATA_DESCRIPTION =
  DATA_SET === 'large' ? `seed:large at scale ${SCALE}` : `scale ${SCALE} (${CLUSTERS_PER_PROVINCE} clusters per province)`;
const SECONDS = positive('BENCH_SECONDS', 5);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
const CONCURRENCIES = [1, 10];
const RESULTS_FILE = path.resolve(process.env.BENCH_RESULTS ?? 'bench-results.json');
const TARGETS = { statementsPerRequest: 2, peakRssMb: 300 };

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number.`);
  return value;
}

function dataSet(value: string): DataSet {
  if (value !== 'own' && value !== 'large') throw new Error('BENCH_DATA must be "own" (the default) or "large" (the seed:large data set).');
  return value;
}

/** The rows of the data set, written into the database after the demo data; returns the row counts. */
async function writeData(client: Client): Promise<Record<string, number>> {
  if (DATA_SET === 'own') return growNationalData(client, CLUSTERS_PER_PROVINCE);
  let last = '';
  const rows = await seedLargeProgramme(client, {
    scale: SCALE,
    today: TODAY,
    progress: (step, done, total) => {
      if (step !== last) console.log(`seed:large ${done}/${total} ${step}`);
      last = step;
    },
  });
  return { ...rows };
}

interface Target {
  server: ServerProcess;
  /** The request of one scenario. */
  send(scenario: Scenario): Send;
  /** The answer to one scenario, parsed. */
  answer(scenario: Scenario): Promise<unknown>;
}

function apiTarget(server: ServerProcess, token: string): Target {
  const init = (scenario: Scenario): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: scenario.query }),
  });
  return {
    server,
    send: (scenario) => sender(`${server.url}/graphql`, init(scenario)),
    answer: async (scenario) => (await fetch(`${server.url}/graphql`, init(scenario))).json(),
  };
}

function floorTarget(server: ServerProcess): Target {
  return {
    server,
    send: (scenario) => sender(`${server.url}/${scenario.key}`, { method: 'GET' }),
    answer: async (scenario) => (await fetch(`${server.url}/${scenario.key}`)).json(),
  };
}

/** Both servers must give the same answer (ids, cursors and page info left out), or the comparison means nothing. */
async function checkSameAnswers(api: Target, floor: Target, scenarios: Scenario[]): Promise<void> {
  for (const scenario of scenarios) {
    const ours = (await api.answer(scenario)) as { data?: unknown; errors?: unknown };
    if (ours.errors || !ours.data)
      throw new Error(`${scenario.label}: the API answered with errors: ${JSON.stringify(ours.errors).slice(0, 500)}`);
    const theirs = (await floor.answer(scenario)) as { data?: unknown; errors?: unknown };
    if (theirs.errors || !theirs.data)
      throw new Error(`${scenario.label}: the floor answered with errors: ${JSON.stringify(theirs.errors).slice(0, 500)}`);
    const difference = firstDifference(normalise(ours.data), theirs.data);
    if (difference)
      throw new Error(`${scenario.label}: the API and the floor answer differently, so the floor is not the same query.\n  ${difference}`);
  }
}

/** SQL statements one request sends, less those of authentication (measured with `{ __typename }`, which reads nothing else). */
async function statementsOf(target: Target, send: Send, baseline: number): Promise<number> {
  const before = (await target.server.usage()).statements;
  await send();
  return (await target.server.usage()).statements - before - baseline;
}

async function measure(target: Target, scenario: Scenario, concurrency: number, statements: number): Promise<Figures> {
  const send = target.send(scenario);
  await runLoad(send, concurrency, WARMUP_SECONDS);
  const start = await target.server.resetPeak();
  const run = await runLoad(send, concurrency, SECONDS);
  const end = await target.server.usage();
  return {
    requests: run.requests,
    reqPerSec: run.requests / run.seconds,
    p50Ms: percentile(run.latencies, 0.5),
    p99Ms: percentile(run.latencies, 0.99),
    statementsPerRequest: statements,
    cpuMsPerRequest: (end.cpuMicros - start.cpuMicros) / 1000 / run.requests,
    peakRssMb: end.peakRss / 2 ** 20,
    peakRssSource: end.peakSource,
  };
}

async function main(): Promise<void> {
  const directory = path.join(os.tmpdir(), `cluster-oversight-bench-${process.pid}`);
  const database = await startEmbeddedDatabase({ directory, port: 54500 + (process.pid % 400) });
  const servers: ServerProcess[] = [];
  try {
    const name = `bench_${randomBytes(4).toString('hex')}`;
    await database.createDatabase(name);
    const databaseUrl = database.urlFor(name);
    const buildStarted = performance.now();
    const orm = await MikroORM.init(ormConfig({ clientUrl: databaseUrl }));
    try {
      await prepareDatabase(orm, { seedDemo: true, today: TODAY });
    } finally {
      await orm.close(true);
    }
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    let sizes: Record<string, number>;
    let analyst: { id: string; email: string };
    try {
      sizes = await writeData(client);
      analyst = (await client.query(`select id, email from person where 'ANALYST' = any(system_roles) order by email limit 1`)).rows[0];
    } finally {
      await client.end();
    }
    const buildSeconds = (performance.now() - buildStarted) / 1000;
    console.log(`${DATA_DESCRIPTION}: ${JSON.stringify(sizes)} (built in ${buildSeconds.toFixed(1)} s)`);

    const secret = randomBytes(32).toString('base64url');
    const env = { BENCH_DATABASE_URL: databaseUrl, BENCH_JWT_SECRET: secret, BENCH_TODAY: TODAY };
    const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];
    const apiServer = await startServerProcess('API', path.join(__dirname, 'bench', 'api-server.js'), env, profile);
    servers.push(apiServer);
    const floorServer = await startServerProcess('floor', path.join(__dirname, 'bench', 'floor-server.js'), env);
    servers.push(floorServer);
    const api = apiTarget(apiServer, await new TokenService(secret).sign(analyst.id, analyst.email));
    const floor = floorTarget(floorServer);

    const only = process.env.BENCH_ONLY;
    const scenarios = SCENARIOS.filter(
      (scenario) =>
        (scenario.dataSets ?? ['own', 'large']).includes(DATA_SET) &&
        (!only || scenario.key.includes(only) || scenario.label.includes(only)),
    );
    await checkSameAnswers(api, floor, scenarios);
    console.log(`the API and the floor give the same answers to ${scenarios.length} scenarios`);

    const typename: Scenario = { key: 'typename', label: '{ __typename }', query: '{ __typename }', floorSql: '', targets: {} };
    const apiBaseline = await statementsOf(api, api.send(typename), 0);
    console.log(
      `${SECONDS} s per measurement after ${WARMUP_SECONDS} s of warm-up; API pid ${apiServer.pid}, floor pid ${floorServer.pid}; ` +
        `CPU and RSS are the server child processes' own (the load generator runs in the parent); ` +
        `SQL statements per request leave out the ${apiBaseline} of authentication; ` +
        `Node ${process.version}, ${os.cpus().length} CPUs, load ${os
          .loadavg()
          .map((load) => load.toFixed(1))
          .join(' ')}`,
    );

    const rows: Row[] = [];
    for (const concurrency of CONCURRENCIES) {
      const table: Row[] = [];
      for (const scenario of scenarios) {
        const ourStatements = await statementsOf(api, api.send(scenario), apiBaseline);
        const floorStatements = await statementsOf(floor, floor.send(scenario), 0);
        const ours = await measure(api, scenario, concurrency, ourStatements);
        const theirs = await measure(floor, scenario, concurrency, floorStatements);
        table.push({
          scenario: scenario.key,
          label: scenario.label,
          concurrency,
          ours,
          floor: theirs,
          ratio: ours.reqPerSec / theirs.reqPerSec,
          targets: {
            ...scenario.targets,
            statementsPerRequest: scenario.targets.statementsPerRequest ?? TARGETS.statementsPerRequest,
            peakRssMb: concurrency === 10 && SCALE === 4 && DATA_SET === 'own' ? TARGETS.peakRssMb : undefined,
          },
        });
      }
      console.log(`\nconcurrency ${concurrency}, ${DATA_DESCRIPTION}:`);
      console.log(printTable(table));
      rows.push(...table);
    }
    console.log('');
    for (const scenario of scenarios) console.log(`${scenario.key}: ${scenario.label}`);

    await writeFile(
      RESULTS_FILE,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          dataSet: DATA_SET,
          scale: SCALE,
          clustersPerProvince: DATA_SET === 'own' ? CLUSTERS_PER_PROVINCE : undefined,
          seconds: SECONDS,
          warmupSeconds: WARMUP_SECONDS,
          node: process.version,
          cpus: os.cpus().length,
          loadAverage: os.loadavg(),
          data: sizes,
          buildSeconds,
          cpuMeasuredIn: 'server child processes (process.cpuUsage of the API and of the floor); the load generator is the parent process',
          authenticationStatements: apiBaseline,
          targets: {
            ratio: Object.fromEntries(
              scenarios
                .filter((scenario) => scenario.targets.ratio !== undefined)
                .map((scenario) => [scenario.key, scenario.targets.ratio]),
            ),
            q1CpuMsPerRequest: 10,
            statementsPerRequest: Object.fromEntries(
              scenarios.map((scenario) => [scenario.key, scenario.targets.statementsPerRequest ?? TARGETS.statementsPerRequest]),
            ),
            peakRssMbAtConcurrency10Scale4: 300,
          },
          results: rows,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`figures written to ${RESULTS_FILE}`);
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await database.stop();
    await rm(directory, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
