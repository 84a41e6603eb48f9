import type { GraphQLResolveInfo } from 'graphql';
import { Arg, type ClassType, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';

import type { LoaderRegistry } from './loaders';
import { payloadType } from './mutation';
import { Period } from './period';

/**
 * A module's mutations and the fields its node types answer beyond their columns, stated once as
 * data and made into TypeGraphQL resolver classes here (the schema stays code-first, as with the
 * generated list resolvers in read/list-resolvers.ts). A mutation hands its input to the module's
 * service; a field is declared here with its type and description, and its resolver answers objects
 * loaded as entities: the read engine answers its own JSON objects from the statement it ran
 * (read/read-engine.ts), so these resolvers serve the entity path the engine is checked against
 * (`readEngine: false`) and any entity a resolver returns.
 */

/** What `@FieldResolver(() => T)` takes: a function naming the GraphQL type (type-graphql does not export its name). */
type TypeThunk = Extract<Parameters<typeof FieldResolver>[0], () => unknown>;

/** A class made under `name`, so that stack traces and TypeGraphQL's messages name it. */
function namedClass(name: string): ClassType {
  return { [name]: class {} }[name];
}

/**
 * A description written as a paragraph over several lines of the source (a template literal wrapped
 * at the print width), as one line: the schema and the SDK's documentation carry no line breaks.
 */
export function paragraph(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}

/** One mutation: `<name>(input: <Input>!): <Name>Payload!`. */
export interface MutationEntry<TInput extends object> {
  /** What the act is, who may take it and the article it rests on: the SDK's documentation of it (a paragraph). */
  description: string;
  /** The input type, and the description of the `input` argument. */
  input: readonly [type: ClassType<TInput>, description: string];
  /**
   * The payload: the field naming the object the act returns, its type and its description, made into
   * `<Name>Payload { <field>, userErrors }` (kernel/mutation.ts); or a payload type of the module's own.
   */
  payload: readonly [field: string, type: ClassType, description: string] | ClassType;
  /** The use case: the module's service function (the context is the request's). */
  run: (ctx: never, input: TInput, info: GraphQLResolveInfo) => unknown;
}

/** `signAgentContract` → `SignAgentContract`. */
const pascal = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`;

/**
 * A resolver class named `name` with one mutation per entry of `mutations`, in the order given: each
 * takes its `input` argument, validated against the input type before it runs, and returns what the
 * service returns.
 */
export function mutationResolver<TInputs extends Record<string, object>>(
  name: string,
  mutations: { [K in keyof TInputs]: MutationEntry<TInputs[K]> },
): ClassType {
  const Mutations = namedClass(name);
  const prototype = Mutations.prototype as Record<string, unknown>;
  for (const [field, entry] of Object.entries(mutations) as Array<[string, MutationEntry<object>]>) {
    const payload = Array.isArray(entry.payload)
      ? payloadType(pascal(field), ...(entry.payload as [string, ClassType, string]))
      : entry.payload;
    const [inputType, inputDescription] = entry.input;
    prototype[field] = function (input: object, ctx: unknown, info: GraphQLResolveInfo) {
      return entry.run(ctx as never, input, info);
    };
    const descriptor = Object.getOwnPropertyDescriptor(prototype, field)!;
    Mutation(() => payload as ClassType, { description: paragraph(entry.description) })(prototype, field, descriptor);
    Arg('input', () => inputType, { description: inputDescription })(prototype, field, 0);
    Ctx()(prototype, field, 1);
    Info()(prototype, field, 2);
  }
  Resolver()(Mutations);
  return Mutations;
}

/** A field of a node type that a resolver answers for an object loaded as an entity. */
export interface FieldEntry<TRoot> {
  /** The GraphQL type, given explicitly (never guessed by reflection). */
  type: TypeThunk;
  description: string;
  nullable?: boolean;
  /** The value for `root`; the context is the request's, `field` the field's name. */
  resolve: (root: TRoot, ctx: never, field: string) => unknown;
}

/**
 * The many-to-one reference of the same name as the field, to a `target` node: the object itself when
 * the entity holds it loaded, else read by id in one batch with every other row's (LoaderRegistry).
 */
export function reference(
  target: ClassType<{ id: string }>,
  description: string,
  options: { nullable?: boolean } = {},
): FieldEntry<object> {
  return {
    type: () => target,
    description,
    ...options,
    resolve: (root, ctx: { loaders: LoaderRegistry }, field) =>
      ctx.loaders.reference(target, (root as Record<string, { id: string } | null | undefined>)[field]),
  };
}

/** The quarter named by the label column (`1403-Q2`) of the same name as the field, as the `Period` object. */
export function periodLabel(description: string): FieldEntry<object> {
  return {
    type: () => Period,
    description,
    resolve: (root, _ctx, field) => Period.fromLabel(String((root as Record<string, unknown>)[field])),
  };
}

/** A yes-or-no field computed from the row (the context is the request's). */
export function flag<TRoot, TContext>(description: string, resolve: (root: TRoot, ctx: TContext) => boolean): FieldEntry<TRoot> {
  return { type: () => Boolean, description, resolve };
}

/**
 * A resolver class for the node type `entity`, with one field resolver per entry of `fields`, in the
 * order given: references (`reference`), quarters (`periodLabel`), flags (`flag`) and computed fields.
 */
export function fieldResolvers<TRoot extends object>(entity: ClassType<TRoot>, fields: Record<string, FieldEntry<TRoot>>): ClassType {
  const Fields = namedClass(`${entity.name}Fields`);
  const prototype = Fields.prototype as Record<string, unknown>;
  for (const [field, entry] of Object.entries(fields)) {
    prototype[field] = function (root: TRoot, ctx: unknown) {
      return entry.resolve(root, ctx as never, field);
    };
    const descriptor = Object.getOwnPropertyDescriptor(prototype, field)!;
    const description = paragraph(entry.description);
    const options = entry.nullable ? { nullable: true, description } : { description };
    FieldResolver(entry.type, options)(prototype, field, descriptor);
    Root()(prototype, field, 0);
    Ctx()(prototype, field, 1);
  }
  Resolver(() => entity)(Fields);
  return Fields;
}
