import { registerEnumType } from 'type-graphql';

/** Description of each value of an enum, in schema order; `null` leaves a value undescribed. */
export type EnumValueDescriptions = Readonly<Record<string, string | null>>;

/** The enum object `describedEnum` returns: each value is its own name. */
export type DescribedEnum<Descriptions extends EnumValueDescriptions> = { readonly [Value in keyof Descriptions & string]: Value };

/**
 * Declares a GraphQL enum once: its name, its description and its values with theirs. Returns a
 * frozen `{ VALUE: 'VALUE' }` object, registered with TypeGraphQL, that serves as `X.VALUE` in code,
 * as `@Field(() => X)` in the schema and as `@Enum(() => X)` for MikroORM, which reads its values in
 * the order given here (the column's check or native enum). Declare beside it
 * `export type X = (typeof X)[keyof typeof X]` so that `X` also names the union of its values.
 */
export function describedEnum<const Descriptions extends EnumValueDescriptions>(
  name: string,
  description: string,
  descriptions: Descriptions,
): DescribedEnum<Descriptions> {
  const values: Record<string, string> = {};
  const valuesConfig: Record<string, { description: string }> = {};
  for (const [value, valueDescription] of Object.entries(descriptions)) {
    values[value] = value;
    if (valueDescription !== null) valuesConfig[value] = { description: valueDescription };
  }
  const enumObject = Object.freeze(values);
  registerEnumType(enumObject, { name, description, valuesConfig });
  return enumObject as DescribedEnum<Descriptions>;
}
