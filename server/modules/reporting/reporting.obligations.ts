import type { EntityManager } from '@mikro-orm/postgresql';

import { nextQuarter, type Quarter, quarterEnd, quarterLabel, quarterOf, quarterStart } from '../../kernel/calendar';
import type { AgentContract } from '../agent-contract/agent-contract.entity';
import type { Cluster } from '../cluster/cluster.entity';
import type { DevelopmentPlan } from '../development-plan/development-plan.entity';
import type { Person } from '../person/person.entity';
import { type ObligationKind, ReportingObligation } from './reporting.entity';
import { reportDueOn } from './reporting.rules';

/** Every quarter that has at least one day in `[startsOn, endsOn]` (Art. 4-1: a report per quarter in force). */
export function quartersOverlapping(startsOn: string, endsOn: string): Quarter[] {
  const quarters: Quarter[] = [];
  for (let quarter = quarterOf(startsOn); quarterStart(quarter) <= endsOn; quarter = nextQuarter(quarter)) quarters.push(quarter);
  return quarters;
}

export interface ObligationSource {
  kind: ObligationKind;
  obligor: Person;
  cluster: Cluster;
  agentContract?: AgentContract;
  plan?: DevelopmentPlan;
}

/**
 * R5: the reports owed for a contract's or an approved plan's term, one per quarter, created when the
 * contract is signed or the plan approved. Statuses follow from the dates (reporting.rules.ts).
 */
export function createObligations(
  em: EntityManager,
  source: ObligationSource,
  startsOn: string,
  endsOn: string,
  graceDays: number,
): ReportingObligation[] {
  return quartersOverlapping(startsOn, endsOn).map((quarter) => {
    const periodEndsOn = quarterEnd(quarter);
    return em.create(ReportingObligation, {
      kind: source.kind,
      obligor: source.obligor,
      cluster: source.cluster,
      agentContract: source.agentContract ?? null,
      plan: source.plan ?? null,
      period: quarterLabel(quarter),
      periodEndsOn,
      dueOn: reportDueOn(periodEndsOn, graceDays),
    });
  });
}

/**
 * When a contract ends early or a plan stops, quarters that begin after its last day are no longer
 * owed: their obligations go, unless a report was already sent for them.
 */
export async function withdrawObligationsAfter(
  em: EntityManager,
  source: { agentContract: AgentContract } | { plan: DevelopmentPlan },
  lastDay: string,
): Promise<number> {
  const candidates = await em.find(ReportingObligation, { ...source, submittedOn: null, waivedOn: null });
  const withdrawn = candidates.filter((obligation) => quarterStart(quarterOf(obligation.periodEndsOn)) > lastDay);
  for (const obligation of withdrawn) em.remove(obligation);
  return withdrawn.length;
}
