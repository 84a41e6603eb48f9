import type { Context } from '../../context';
import { fieldResolvers } from '../../kernel/resolver-factories';
import { WorkingGroup } from '../working-group/working-group.entity';
import { Province } from './province.entity';

const ProvinceFields = fieldResolvers(Province, {
  workingGroup: {
    type: () => WorkingGroup,
    nullable: true,
    description: "The province's export development working group, if formed.",
    resolve: (province: Province, ctx: Context) =>
      ctx.loaders
        .loader<string, WorkingGroup | null>('provinceWorkingGroup', async (provinceIds) => {
          const groups = await ctx.em.find(WorkingGroup, { province: { $in: [...provinceIds] } });
          return provinceIds.map((id) => groups.find((group) => group.province?.id === id) ?? null);
        })
        .load(province.id),
  },
});

export const provinceResolvers = [ProvinceFields];
