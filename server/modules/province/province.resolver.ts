import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ForwardPageArgs } from '../../kernel/pagination';
import { ClusterConnection } from '../connections';
import { relations } from '../relations';
import { WorkingGroup } from '../working-group/working-group.entity';
import { Province } from './province.entity';
import { pageInScope } from '../access/row-scope';

@Resolver(() => Province)
export class ProvinceResolver {
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
