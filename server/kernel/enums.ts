import { registerEnumType } from 'type-graphql';

/** The enum object `describedEnum` returns: each value is its own name. */
export type EnumObject<Value extends string> = { readonly [Name in Value]: Name };

/**
 * Declares a GraphQL enum once: its name, its description and its values, in schema order, either
 * with a description each (`{ VALUE: 'what it means' }`) or as a bare list (`['VALUE', ...]`).
 * Returns a frozen `{ VALUE: 'VALUE' }` object, registered with TypeGraphQL, that serves as
 * `X.VALUE` in code, as `@Field(() => X)` in the schema and as `@Enum(() => X)` for MikroORM, which
 * reads its values in that order (the column's check or native enum). Declare beside it
 * `export type X = (typeof X)[keyof typeof X]` so that `X` also names the union of its values.
 */
export function describedEnum<const Values extends readonly string[]>(
  name: string,
  description: string,
  values: Values,
): EnumObject<Values[number]>;
export function describedEnum<const Descriptions extends Readonly<Record<string, string>>>(
  name: string,
  description: string,
  descriptions: Descriptions,
): EnumObject<keyof Descriptions & string>;
export function describedEnum(
  name: string,
  description: string,
  valuesOrDescriptions: readonly string[] | Readonly<Record<string, string>>,
): EnumObject<string> {
  const names = isValueList(valuesOrDescriptions) ? valuesOrDescriptions : Object.keys(valuesOrDescriptions);
  const descriptions = isValueList(valuesOrDescriptions) ? {} : valuesOrDescriptions;
  const enumObject = Object.freeze(Object.fromEntries(names.map((value) => [value, value])));
  const valuesConfig = Object.fromEntries(Object.entries(descriptions).map(([value, text]) => [value, { description: text }]));
  registerEnumType(enumObject, { name, description, valuesConfig });
  return enumObject;
}

function isValueList(values: readonly string[] | Readonly<Record<string, string>>): values is readonly string[] {
  return Array.isArray(values);
}
