import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context';
import { WorkingGroup } from '../working-group/working-group.entity';
import { Province } from './province.entity';

@Resolver(() => Province)
export class ProvinceResolver {
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
