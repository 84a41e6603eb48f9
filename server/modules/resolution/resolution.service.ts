import type { EntityManager } from '@mikro-orm/postgresql';

import type { Context } from '../../context';
import { load, loadOptional } from '../../kernel/load';
import { type Payload, runMutation, snapshot } from '../../kernel/mutation';
import { enforce, enforceAll } from '../../kernel/rules';
import { responsibleWorkingGroups, seatsOn } from '../authority/authority';
import { actsForResponsibleGroup, actsForWorkingGroup } from '../authority/authority.rules';
import { Cluster } from '../cluster/cluster.entity';
import { DevelopmentPlan, PlanResolution } from '../development-plan/development-plan.entity';
import { resolutionFitsPlan } from '../development-plan/development-plan.rules';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { Resolution, ResolutionTarget } from './resolution.entity';
import type { AdoptResolutionInput, LinkPlanToResolutionInput, UnlinkPlanFromResolutionInput } from './resolution.inputs';
import { adoptionDateIsValid, linkState, resolutionNumberIsFree, targetsDueAfterAdoption } from './resolution.rules';

/**
 * Art. 1, 2 and R4: a working group adopts a resolution. One about a cluster only by a responsible
 * working group of that cluster; one about no particular cluster by any working group. Either way the
 * group acts through its head or its secretariat.
 */
export function adoptResolution(ctx: Context, input: AdoptResolutionInput): Promise<Payload<Resolution>> {
  return runMutation(ctx, 'adoptResolution', async (em) => {
    const workingGroup = await load(em, WorkingGroup, input.workingGroupId, 'input.workingGroupId');
    // A resolution about no particular cluster names none.
    const cluster = await loadOptional(em, Cluster, input.clusterId, 'input.clusterId');
    const agency = await load(em, ExecutiveAgency, input.responsibleAgencyId, 'input.responsibleAgencyId');
    // Adoption is the group's act on the day it is adopted.
    const seats = await seatsOn(em, ctx.viewer.person.id, input.adoptedOn);
    if (cluster) {
      const groups = await responsibleWorkingGroups(em, cluster);
      enforce(
        actsForResponsibleGroup(
          workingGroup.id,
          groups.map((group) => group.id),
          seats,
        ),
      );
    } else {
      enforce(actsForWorkingGroup(workingGroup.id, seats));
    }
    enforceAll(
      adoptionDateIsValid(input.adoptedOn, ctx.clock.today()),
      targetsDueAfterAdoption(
        input.adoptedOn,
        input.targets.map((target) => target.dueQuarter),
      ),
    );
    const number = input.number.trim();
    // Two adoptions of one number at the same moment both pass this check; the unique constraint
    // resolution_number_unique then refuses the second, which runMutation turns into CONFLICT.
    const sameNumber = await em.find(Resolution, { workingGroup: workingGroup.id, number });
    enforce(
      resolutionNumberIsFree(
        number,
        sameNumber.map((resolution) => resolution.number),
      ),
    );

    const resolution = em.create(Resolution, {
      workingGroup,
      cluster,
      responsibleAgency: agency,
      number,
      adoptedOn: input.adoptedOn,
      title: input.title.trim(),
      text: input.text.trim(),
    });
    for (const target of input.targets) {
      em.create(ResolutionTarget, {
        resolution,
        indicator: target.indicator.trim(),
        unit: target.unit.trim(),
        targetValue: target.targetValue,
        dueQuarter: target.dueQuarter,
        higherIsBetter: target.higherIsBetter,
      });
    }
    return { target: resolution };
  });
}

interface LinkContext {
  plan: DevelopmentPlan;
  resolution: Resolution;
  link: PlanResolution | null;
  before: Record<string, unknown>;
}

/**
 * What linking and unlinking share: the resolution's working group must be responsible for the plan's
 * cluster (and a resolution about a cluster must be about the plan's), and the viewer must act for
 * that group as its head or secretariat (R4).
 */
async function loadLink(em: EntityManager, ctx: Context, input: { planId: string; resolutionId: string }): Promise<LinkContext> {
  const plan = await load(em, DevelopmentPlan, input.planId, 'input.planId');
  const resolution = await load(em, Resolution, input.resolutionId, 'input.resolutionId');
  const cluster = await em.findOneOrFail(Cluster, plan.cluster.id);
  const groups = await responsibleWorkingGroups(em, cluster);
  const seats = await seatsOn(em, ctx.viewer.person.id, ctx.clock.today());
  const links = await em.find(PlanResolution, { plan: plan.id });
  enforce(
    resolutionFitsPlan(
      { workingGroupId: resolution.workingGroup.id, clusterId: resolution.cluster?.id ?? null },
      cluster.id,
      groups.map((group) => group.id),
      ['input', 'resolutionId'],
    ),
  );
  enforce(actsForWorkingGroup(resolution.workingGroup.id, seats));
  const link = links.find((candidate) => candidate.resolution.id === resolution.id) ?? null;
  // The audit trail records which resolutions the plan carried out before the change.
  const before = { ...snapshot(plan), resolutionIds: links.map((candidate) => candidate.resolution.id).sort() };
  return { plan, resolution, link, before };
}

/** Records that a plan carries out a resolution (Art. 1), by the head or secretariat of the resolution's working group. */
export function linkPlanToResolution(ctx: Context, input: LinkPlanToResolutionInput): Promise<Payload<DevelopmentPlan>> {
  return runMutation(ctx, 'linkPlanToResolution', async (em) => {
    const { plan, resolution, link, before } = await loadLink(em, ctx, input);
    enforce(linkState(link !== null, 'link'));
    em.create(PlanResolution, { plan, resolution });
    return { target: plan, before };
  });
}

/** Withdraws the record that a plan carries out a resolution, by the head or secretariat of the resolution's working group. */
export function unlinkPlanFromResolution(ctx: Context, input: UnlinkPlanFromResolutionInput): Promise<Payload<DevelopmentPlan>> {
  return runMutation(ctx, 'unlinkPlanFromResolution', async (em) => {
    const { plan, link, before } = await loadLink(em, ctx, input);
    enforce(linkState(link !== null, 'unlink'));
    // Always there once linkState has passed; the test narrows the type.
    if (link) em.remove(link);
    return { target: plan, before };
  });
}
