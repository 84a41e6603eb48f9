/**
 * Classifies how a schema changed since a baseline (with @graphql-inspector/core) and lists the
 * breaking changes that schema/CHANGELOG.md does not record. A breaking change is recorded by a line
 * of the changelog that says "Breaking" and names the change's path in backticks, e.g.
 *   - Breaking: `Cluster.legacyCode` removed; read `Cluster.isicCode` instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface Compatibility {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
  /** Breaking changes the changelog does not record. */
  unrecorded: Change[];
}

export async function compareSchemas(baselineSdl: string, currentSdl: string, changelog: string): Promise<Compatibility> {
  const changes = await diff(buildSchema(baselineSdl), buildSchema(currentSdl));
  const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
  const recorded = changelog.split('\n').filter((line) => /\bbreaking\b/i.test(line));
  return {
    breaking,
    dangerous: changes.filter((change) => change.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((change) => change.criticality.level === CriticalityLevel.NonBreaking),
    unrecorded: breaking.filter((change) => !recorded.some((line) => change.path !== undefined && line.includes(`\`${change.path}\``))),
  };
}

/**
 * The schema partners already have: schema/schema.graphql where this branch left `main` (the
 * SCHEMA_BASELINE_REF environment variable names another ref), else as last committed, else the file
 * on disk.
 */
export function baselineSchema(repositoryRoot: string, schemaFile: string): { sdl: string; from: string } {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repositoryRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const relative = 'schema/schema.graphql';
  const candidates: Array<() => { sdl: string; from: string }> = [
    () => {
      const ref = process.env.SCHEMA_BASELINE_REF || 'main';
      const base = git('merge-base', 'HEAD', ref).trim();
      return { sdl: git('show', `${base}:${relative}`), from: `${ref} (${base.slice(0, 10)})` };
    },
    () => ({ sdl: git('show', `HEAD:${relative}`), from: 'HEAD' }),
  ];
  for (const candidate of candidates) {
    try {
      return candidate();
    } catch {
      // Not a git checkout, or the ref is unknown: try the next.
    }
  }
  return { sdl: existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : '', from: schemaFile };
}
