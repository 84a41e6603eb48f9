import 'reflect-metadata';

import { graphql, type GraphQLObjectType, printType } from 'graphql';
import { buildSchema, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';

import { UserError } from '../../server/kernel/errors';
import { fieldResolvers, flag, mutationResolver, paragraph, periodLabel, reference } from '../../server/kernel/resolver-factories';

/**
 * The resolver factories turn a module's tables into the same schema the hand-written decorators
 * gave: payload types named after the mutation, the `input` argument described, descriptions written
 * as wrapped paragraphs emitted as one line, references typed and nullable as declared. The whole
 * application's schema is checked byte for byte by `npm run schema:check`; this is the small picture.
 */

@ObjectType('Widget', { description: 'A thing with a quarter.' })
class Widget {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  period!: string;
  openedOn!: string;
  owner!: Widget | null;
}

@InputType('MakeWidgetInput', { description: 'What a widget is made of.' })
class MakeWidgetInput {
  @Field(() => String, { description: 'Its quarter.' })
  period!: string;
}

@Resolver()
class WidgetQuery {
  @Query(() => Widget, { nullable: true, description: 'A widget.' })
  widget(): Widget {
    return Object.assign(new Widget(), { id: 'w1', period: '1403-Q2', openedOn: '2024-07-01', owner: null });
  }
}

const calls: Array<{ ctx: unknown; input: MakeWidgetInput }> = [];

const WidgetMutations = mutationResolver('WidgetMutations', {
  makeWidget: {
    description: `
      Makes a widget of a quarter; by anyone
      (Art. 1).`,
    input: [MakeWidgetInput, 'The widget.'],
    payload: ['widget', Widget, 'The new widget.'],
    run: (ctx: { today: string }, input: MakeWidgetInput) => {
      calls.push({ ctx, input });
      return { result: Object.assign(new Widget(), { id: 'w2', period: input.period, openedOn: ctx.today, owner: null }), userErrors: [] };
    },
  },
});

const WidgetFields = fieldResolvers(Widget, {
  period: periodLabel('The quarter.'),
  owner: reference(Widget, 'Who owns it.', { nullable: true }),
  open: flag('True once it has opened.', (widget: Widget, ctx: { today: string }) => widget.openedOn <= ctx.today),
});

describe('resolver factories', () => {
  it('joins a paragraph wrapped over several source lines into one line', () => {
    expect(paragraph('\n      Makes a widget;\n      by anyone (Art. 1).')).toBe('Makes a widget; by anyone (Art. 1).');
    expect(paragraph('One line.')).toBe('One line.');
  });

  it('declares mutations and fields as the decorators would', async () => {
    const schema = await buildSchema({ resolvers: [WidgetQuery, WidgetMutations, WidgetFields], orphanedTypes: [UserError] });
    const mutation = schema.getMutationType()!.getFields().makeWidget;
    expect(mutation.description).toBe('Makes a widget of a quarter; by anyone (Art. 1).');
    expect(mutation.args.map((arg) => [arg.name, String(arg.type), arg.description])).toEqual([
      ['input', 'MakeWidgetInput!', 'The widget.'],
    ]);
    expect(printType(schema.getType('MakeWidgetPayload')!)).toBe(
      [
        '"""Result of `makeWidget`."""',
        'type MakeWidgetPayload {',
        '  """The new widget."""',
        '  widget: Widget',
        '',
        '  """Rules the request would have broken; empty when it succeeded."""',
        '  userErrors: [UserError!]!',
        '}',
      ].join('\n'),
    );
    const fields = schema.getType('Widget') as GraphQLObjectType;
    expect(Object.values(fields.getFields()).map((field) => [field.name, String(field.type), field.description])).toEqual([
      ['id', 'ID!', 'Id.'],
      ['period', 'Period!', 'The quarter.'],
      ['owner', 'Widget', 'Who owns it.'],
      ['open', 'Boolean!', 'True once it has opened.'],
    ]);
  });

  it('hands the input and the context to the use case, and answers computed fields from the row', async () => {
    const schema = await buildSchema({ resolvers: [WidgetQuery, WidgetMutations, WidgetFields], orphanedTypes: [UserError] });
    const contextValue = { today: '2024-07-02' };
    const made = await graphql({
      schema,
      contextValue,
      source: 'mutation { makeWidget(input: { period: "1403-Q3" }) { widget { id period { label } open } userErrors { code } } }',
    });
    expect(made.errors).toBeUndefined();
    expect(made.data).toEqual({ makeWidget: { widget: { id: 'w2', period: { label: '1403-Q3' }, open: true }, userErrors: [] } });
    expect(calls).toHaveLength(1);
    expect(calls[0].ctx).toBe(contextValue);
    expect(calls[0].input).toBeInstanceOf(MakeWidgetInput);

    const read = await graphql({ schema, contextValue: { today: '2024-06-30' }, source: '{ widget { period { label } open } }' });
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ widget: { period: { label: '1403-Q2' }, open: false } });
  });
});
