import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root, registerEnumType, Info } from 'type-graphql';
import type { Context } from '../../context';
import { checkListSize, compact, containsPattern, orderInput } from '../../kernel/list-inputs';
import { ForwardPageArgs, PageArgs } from '../../kernel/pagination';
import { normalizePersian } from '../../kernel/persian-text';
import { ClusterConnection, ProvinceConnection } from '../connections';
import { relations } from '../relations';
import { WorkingGroup } from '../working-group/working-group.entity';
import { Province } from './province.entity';
import { listInScope, pageInScope } from '../access/row-scope';

@InputType({ description: 'Conditions on provinces; all given conditions must hold.' })
export class ProvinceFilter {
  @Field(() => [String], { nullable: true, description: 'ISO 3166-2 codes, e.g. ["IR-23", "IR-10"].' })
  codes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Part of the Persian or English name.' })
  search?: string | null;
}

export enum ProvinceOrderField {
  CODE = 'CODE',
  NAME_EN = 'NAME_EN',
}
registerEnumType(ProvinceOrderField, { name: 'ProvinceOrderField', description: 'Fields provinces can be sorted on.' });

export const provinceOrder = orderInput('ProvinceOrder', ProvinceOrderField, ProvinceOrderField.CODE, {
  CODE: (direction) => ({ code: direction }),
  NAME_EN: (direction) => ({ nameEn: direction }),
});

function provinceWhere(filter: ProvinceFilter | null | undefined) {
  const search = filter?.search ? containsPattern(normalizePersian(filter.search)) : undefined;
  return compact({
    code: filter?.codes ? { $in: checkListSize(filter.codes, 'filter.codes') } : undefined,
    $or: search ? [{ nameFa: { $ilike: search } }, { nameEn: { $ilike: search } }] : undefined,
  });
}

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => ProvinceConnection, { description: 'The provinces of Iran (reference data).' })
  provinces(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProvinceFilter, { nullable: true, description: 'Conditions on provinces.' }) filter: ProvinceFilter | null,
    @Arg('orderBy', () => provinceOrder.OrderInput, { nullable: true, description: 'Order (default CODE ASC).' })
    orderBy: InstanceType<typeof provinceOrder.OrderInput> | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return listInScope(ctx, info, Province, provinceWhere(filter), provinceOrder.toOrder(orderBy), page);
  }

  @FieldResolver(() => ClusterConnection, { description: 'Clusters in the province, by name.' })
  clusters(@Root() province: Province, @Args(() => ForwardPageArgs) page: ForwardPageArgs, @Ctx() ctx: Context) {
    return pageInScope(ctx, relations.provinceClusters, province.id, page);
  }

  @FieldResolver(() => WorkingGroup, { nullable: true, description: "The province's export development working group, if formed." })
  workingGroup(@Root() province: Province, @Ctx() ctx: Context) {
    return ctx.loaders
      .loader<string, WorkingGroup | null>('provinceWorkingGroup', async (provinceIds) => {
        const groups = await ctx.em.find(WorkingGroup, { province: { $in: [...provinceIds] } });
        return provinceIds.map((id) => groups.find((group) => group.province?.id === id) ?? null);
      })
      .load(province.id);
  }
}
