import { Field, InputType } from 'type-graphql';

import { badUserInput } from './errors';
import { decodeGlobalId } from './global-id';
import { SortDirection } from './pagination';

/** Most ids a filter may list; larger sets belong in several queries. */
export const MAX_FILTER_VALUES = 100;

/** Decodes global ids given in a filter; any id of another type or not ours is `BAD_USER_INPUT`. */
export function idsOfType(globalIds: readonly string[] | null | undefined, typeName: string, field: string): string[] | undefined {
  if (globalIds == null) return undefined;
  if (globalIds.length > MAX_FILTER_VALUES) throw badUserInput(`\`${field}\` lists at most ${MAX_FILTER_VALUES} ids.`, field);
  return globalIds.map((globalId) => {
    const decoded = decodeGlobalId(globalId);
    if (!decoded || decoded.typeName !== typeName) throw badUserInput(`\`${field}\` must list ${typeName} ids.`, field);
    return decoded.id;
  });
}

export function checkListSize<T>(values: readonly T[] | null | undefined, field: string): T[] | undefined {
  if (values == null) return undefined;
  if (values.length > MAX_FILTER_VALUES) throw badUserInput(`\`${field}\` lists at most ${MAX_FILTER_VALUES} values.`, field);
  return [...values];
}

/** `%text%` for LIKE/ILIKE with the text's own `%`, `_` and `\` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The `<Type>Order` input type: a field of the list's order enum and a direction. */
export function orderInputType<F extends string>(name: string, fieldEnum: object, defaultField: F) {
  @InputType(name, { description: 'Order of a list: a field and a direction.' })
  class OrderInput {
    @Field(() => fieldEnum, { description: `Field to sort on (default ${defaultField}).` })
    field: F = defaultField;

    @Field(() => SortDirection, { description: 'Direction (default ASC).' })
    direction: SortDirection = SortDirection.ASC;
  }
  return OrderInput;
}
