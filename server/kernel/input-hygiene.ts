import {
  defaultFieldResolver,
  getNullableType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
} from 'graphql';

import { badUserInput } from './errors';
import { findTextFault, TEXT_EXTENSION, textFaultMessage, type TextKind } from './text-hygiene';

const HYGIENE_GUARDED = Symbol('inputHygieneGuarded');

/**
 * Every string in `value` (of GraphQL input type `type`, found at `path`) is clean text of its kind,
 * or this throws BAD_USER_INPUT naming the field. Walks nested inputs and lists; enum values are the
 * schema's own. Values of custom scalars have passed their scalar already, and are checked again as
 * short text when they are strings (cheap, and nothing a scalar accepts should contain control
 * characters either).
 */
export function checkInputText(value: unknown, type: GraphQLInputType, path: string, kind: TextKind = 'short'): void {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return checkInputText(value, inner.ofType, path, kind);
    value.forEach((item, index) => checkInputText(item, inner.ofType, `${path}.${index}`, kind));
    return;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return;
    for (const field of Object.values(inner.getFields())) {
      const fieldKind: TextKind = field.extensions?.[TEXT_EXTENSION] === 'long' ? 'long' : 'short';
      checkInputText((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`, fieldKind);
    }
    return;
  }
  if (isEnumType(inner)) return;
  checkLeaf(value, path, kind);
}

/** A scalar's value: a string, or (JSON scalars) objects and lists of them; all of it short text. */
function checkLeaf(value: unknown, path: string, kind: TextKind): void {
  if (typeof value === 'string') {
    const fault = findTextFault(value, kind);
    if (fault) throw badUserInput(textFaultMessage(path, kind, fault), path);
    return;
  }
  if (Array.isArray(value)) value.forEach((item, index) => checkLeaf(item, `${path}.${index}`, 'short'));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      checkLeaf(key, path, 'short');
      checkLeaf(item, `${path}.${key}`, 'short');
    }
  }
}

function checkArguments(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): void {
  for (const argument of definitions) checkInputText(args[argument.name], argument.type, argument.name);
}

/**
 * Applies the text check to the arguments of every field of the built schema that takes arguments:
 * mutations, queries, and fields with filters alike. Done on the schema rather than per input class
 * so that no new input, argument or resolver can be added without it; fields are marked long text
 * with `@LongText()` on the input class (server/kernel/text-hygiene.ts), everything else is short.
 * Runs before the resolver, hence before class-validator's shape checks and any database access.
 */
export function guardInputText(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown> & { [HYGIENE_GUARDED]?: true };
      if (resolve[HYGIENE_GUARDED]) continue;
      const definitions = field.args;
      const guarded: GraphQLFieldResolver<unknown, unknown> & { [HYGIENE_GUARDED]?: true } = (source, args, context, info) => {
        checkArguments(definitions, args as Record<string, unknown>);
        return resolve(source, args, context, info);
      };
      guarded[HYGIENE_GUARDED] = true;
      field.resolve = guarded;
    }
  }
  return schema;
}
