/**
 * Demo data, resolutions: what the working groups adopted for the clusters, with quantified targets.
 */
import { parseQuarterLabel, toJalali } from '../../../kernel/calendar';
import { groupIsResponsible } from '../../../modules/authority/authority.rules';
import { Resolution, ResolutionTarget } from '../../../modules/resolution/resolution.entity';
import { adoptionDateIsValid, resolutionNumberIsFree, targetsDueAfterAdoption } from '../../../modules/resolution/resolution.rules';
import { AGENCY_CODES, type AgencyCode } from '../reference-data';
import { responsibleGroupsOf } from './clusters';
import { agencyOf, clusterOf, type DemoContext, GROUP_KEYS, type GroupKey, groupOf, holds, oneOf } from './context';
import resolutionRows from './data/resolutions.json';
import { DECREE_PREFIX } from './groups';

export interface ResolutionSpec {
  key: string;
  group: GroupKey;
  number: string;
  adoptedOn: string;
  cluster: string | null;
  agency: AgencyCode;
  title: string;
  text: string;
  targets: { indicator: string; unit: string; targetValue: string; higherIsBetter?: boolean; dueQuarter: string }[];
}

/**
 * The resolutions as data/resolutions.json states them: each number is the group's prefix, the Solar
 * Hijri year of adoption and the group's serial (`CWG-1402-07`), as the demo's decree numbers are.
 */
export const RESOLUTIONS: readonly ResolutionSpec[] = resolutionRows.map(({ serial, ...row }) => {
  const what = `resolution ${row.key}`;
  const group = oneOf(GROUP_KEYS, row.group, what);
  return {
    ...row,
    group,
    agency: oneOf(Object.values(AGENCY_CODES), row.agency, what),
    number: `${DECREE_PREFIX[group]}-${toJalali(row.adoptedOn).year}-${String(serial).padStart(2, '0')}`,
  };
});

/**
 * Checked with the rules of `adoptResolution`; written directly because the mutation adopts today and
 * the demo's resolutions were adopted in the past.
 */
export function seedResolutions(ctx: DemoContext): void {
  for (const spec of RESOLUTIONS) {
    const what = `resolution ${spec.key}`;
    if (spec.cluster) holds(groupIsResponsible(spec.group, responsibleGroupsOf(spec.cluster)), what);
    const numbersOfGroup = RESOLUTIONS.filter((r) => r !== spec && r.group === spec.group).map((r) => r.number);
    holds(resolutionNumberIsFree(spec.number, numbersOfGroup), what);
    holds(adoptionDateIsValid(spec.adoptedOn, ctx.today), what);
    for (const target of spec.targets) {
      if (!parseQuarterLabel(target.dueQuarter)) throw new Error(`Demo data: bad quarter ${target.dueQuarter}`);
    }
    holds(
      targetsDueAfterAdoption(
        spec.adoptedOn,
        spec.targets.map((target) => target.dueQuarter),
      ),
      what,
    );
    const resolution = ctx.make(Resolution, {
      workingGroup: groupOf(ctx, spec.group),
      cluster: spec.cluster ? clusterOf(ctx, spec.cluster) : null,
      responsibleAgency: agencyOf(ctx, spec.agency),
      number: spec.number,
      adoptedOn: spec.adoptedOn,
      title: spec.title,
      text: spec.text,
    });
    ctx.resolutions.set(spec.key, resolution);
    for (const target of spec.targets) {
      ctx.make(ResolutionTarget, {
        resolution,
        indicator: target.indicator,
        unit: target.unit,
        targetValue: target.targetValue,
        higherIsBetter: target.higherIsBetter ?? true,
        dueQuarter: target.dueQuarter,
      });
    }
  }
}
