import {
  getNamedType,
  getNullableType,
  GraphQLBoolean,
  type GraphQLField,
  GraphQLID,
  GraphQLInt,
  type GraphQLOutputType,
  GraphQLString,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { type ResolveTree, simplifyParsedResolveInfoFragmentWithType } from 'graphql-parse-resolve-info';

import { Period } from '../period';
import type { FieldPlan, SqlCompiler } from './sql-compiler';
import { UnsupportedSelection } from './sql-compiler';

/**
 * Final JSON: the read engine's statement writes the response's JSON itself, which the server sends
 * as PostgreSQL wrote it, never parsed into objects, completed and serialized again in JavaScript
 * (fast-path.ts, `RawJson`). That round trip was half the CPU of a large nested answer.
 *
 * Every value must then leave PostgreSQL as graphql-js would serialize it: global ids encoded in
 * SQL (base64url of `<Type>:<uuid>`, kernel/global-id.ts), periods built from their label, nested
 * connections as `{ totalCount, nodes }`, timestamps as `toISOString` writes them. Whatever cannot be
 * written so (a computed timestamp or decimal, a float, a period's Gregorian days, edges and page
 * info, a required reference the viewer's scope could hide) is UnsupportedSelection, and the answer
 * takes the one-pass path.
 */

/** The SQL of a field in final JSON, or null when the compiler's own SQL is already final. */
export function finalFieldSql(
  compiler: SqlCompiler,
  typeName: string,
  plan: FieldPlan,
  alias: string,
  tree: ResolveTree,
  definition: GraphQLField<unknown, unknown>,
): string | null {
  const unsupported = () => new UnsupportedSelection(`${typeName}.${definition.name} in final JSON`);
  switch (plan.kind) {
    case 'id':
      // encode() wraps base64 at 76 characters; translate() makes it base64url and drops padding and line breaks.
      return `translate(encode(convert_to('${typeName}:' || ${alias}."id"::text, 'UTF8'), 'base64'), '+/=' || chr(10), '-_')`;
    case 'column':
      if (getNamedType(definition.type).name === 'DateTime' && !isListType(getNullableType(definition.type)))
        // As `Date.prototype.toISOString` writes it: UTC, milliseconds, `Z`.
        return `to_char(${alias}."${plan.column}" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
      if (!isFinalLeaf(definition.type, plan.cast === '::text')) throw unsupported();
      return null;
    case 'value':
      if (plan.map) {
        if (getNamedType(definition.type) !== periodType(compiler)) throw unsupported();
        return periodSql(compiler, plan.sql(alias, compiler.computeEnv), tree);
      }
      if (!isFinalLeaf(definition.type, false)) throw unsupported();
      return null;
    case 'reference':
      if (isNonNullType(definition.type) && compiler.scopeOf(plan.target, alias) !== null) throw unsupported();
      return null;
    case 'anyNode': {
      const named = getNamedType(definition.type);
      const possible = isAbstractType(named) ? compiler.schema.getPossibleTypes(named) : [];
      if (isNonNullType(definition.type) && possible.some((type) => compiler.scopeOf(type.name, alias) !== null)) throw unsupported();
      return null;
    }
    case 'children':
    case 'list':
      return null;
  }
}

/**
 * A leaf whose JSON from PostgreSQL is its GraphQL value: text, booleans, enums (their values are
 * their names), dates (`YYYY-MM-DD`), period labels, integers, ids, and decimals and rials read as
 * text; lists of those.
 */
function isFinalLeaf(type: GraphQLOutputType, readAsText: boolean): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return isFinalLeaf(inner.ofType, false);
  const named = getNamedType(inner);
  if (named === GraphQLString || named === GraphQLBoolean || named === GraphQLID || isEnumType(named)) return true;
  if (named === GraphQLInt) return !readAsText;
  if (named.name === 'Date' || named.name === 'PeriodLabel') return true;
  return (named.name === 'Decimal' || named.name === 'Rial') && readAsText;
}

function periodType(compiler: SqlCompiler): unknown {
  return compiler.schema.getType(Period.name);
}

/** A period object from its label (`1403-Q2`): label, year and quarter; its Gregorian days need JavaScript. */
function periodSql(compiler: SqlCompiler, labelSql: string, tree: ResolveTree): string {
  const type = periodType(compiler);
  if (!isObjectType(type)) throw new UnsupportedSelection('Period in final JSON');
  const pairs: string[] = [];
  for (const [responseKey, field] of Object.entries(simplifyParsedResolveInfoFragmentWithType(tree, type).fields) as [
    string,
    ResolveTree,
  ][]) {
    const value =
      field.name === 'label'
        ? 'l.label'
        : field.name === 'year'
          ? `split_part(l.label, '-Q', 1)::int`
          : field.name === 'quarter'
            ? `split_part(l.label, '-Q', 2)::int`
            : null;
    if (!value) throw new UnsupportedSelection(`Period.${field.name} in final JSON`);
    pairs.push(`'${responseKey}'`, value);
  }
  return `(select case when l.label is null then null else json_build_object(${pairs.join(', ')}) end from (select (${labelSql})::text as label) l)`;
}
