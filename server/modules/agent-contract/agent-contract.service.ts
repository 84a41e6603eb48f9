import type { Context } from '../../context';
import { load } from '../../kernel/load';
import { type Payload, runMutation, snapshot } from '../../kernel/mutation';
import { enforce } from '../../kernel/rules';
import { actsForAnyResponsibleGroupOn } from '../authority/authority';
import { type DaySpan, spanInForce } from '../authority/term';
import { Cluster } from '../cluster/cluster.entity';
import { ExecutiveAgency } from '../executive-agency/executive-agency.entity';
import { Person } from '../person/person.entity';
import { ObligationKind } from '../reporting/reporting.entity';
import { createObligations, withdrawObligationsAfter } from '../reporting/reporting.obligations';
import { SUPERVISOR_APPOINTMENT_TERM, SupervisorAppointment } from '../supervisor-appointment/supervisor-appointment.entity';
import { AGENT_CONTRACT_TERM, AgentContract } from './agent-contract.entity';
import type { EndAgentContractInput, SignAgentContractInput } from './agent-contract.inputs';
import * as rules from './agent-contract.rules';

/**
 * R2 (Art. 3): records ISIPO's contract with a development agent for one cluster, and the quarterly
 * reports the agent owes for its whole term (R5). Recorded by the head or secretariat of one of the
 * cluster's responsible working groups (R4).
 */
export function signAgentContract(ctx: Context, input: SignAgentContractInput): Promise<Payload<AgentContract>> {
  return runMutation(ctx, 'signAgentContract', async (em) => {
    const cluster = await load(em, Cluster, input.clusterId, 'input.clusterId');
    const agent = await load(em, Person, input.agentId, 'input.agentId');
    const agency = await load(em, ExecutiveAgency, input.agencyId, 'input.agencyId');
    enforce(rules.termIsOrdered(input.startsOn, input.endsOn), rules.termWithinLimit(input.startsOn, input.endsOn));
    const term: DaySpan = { startsOn: input.startsOn, lastDay: input.endsOn };

    enforce(await actsForAnyResponsibleGroupOn(em, ctx.viewer.person.id, cluster, ctx.clock.today()));
    enforce(rules.agencyContractsAgents(agency), rules.agentIsQualified(agent.qualifications));

    // Two contracts for the same dates sent at once both pass this check; the exclusion constraint
    // agent_contract_no_overlap then refuses the second insert (AGENT_ALREADY_CONTRACTED).
    const contractNumber = input.contractNumber.trim();
    const contracts = await em.find(AgentContract, { cluster: cluster.id });
    const appointments = await em.find(SupervisorAppointment, { cluster: cluster.id, supervisor: agent.id });
    const sameNumber = await em.count(AgentContract, { contractNumber });
    enforce(
      rules.contractNumberIsFree(sameNumber > 0),
      rules.noOverlappingContract(
        term,
        contracts.map((contract) => spanInForce(AGENT_CONTRACT_TERM, contract)),
      ),
      rules.agentIsNotSupervisor(
        term,
        appointments.map((appointment) => spanInForce(SUPERVISOR_APPOINTMENT_TERM, appointment)),
      ),
    );

    const contract = em.create(AgentContract, {
      contractNumber,
      cluster,
      agent,
      agency,
      startsOn: term.startsOn,
      endsOn: term.lastDay,
    });
    createObligations(
      em,
      { kind: ObligationKind.AGENT, obligor: agent, cluster, agentContract: contract },
      term.startsOn,
      term.lastDay,
      ctx.settings.reportGraceDays,
    );
    return { target: contract };
  });
}

/**
 * Ends an agent contract before its term runs out; the reports of quarters that begin after its last
 * day are no longer owed (R5). Recorded by the head or secretariat of a responsible working group.
 */
export function endAgentContract(ctx: Context, input: EndAgentContractInput): Promise<Payload<AgentContract>> {
  return runMutation(ctx, 'endAgentContract', async (em) => {
    // Locked, so that two simultaneous endings cannot both pass the once-only check.
    const contract = await load(em, AgentContract, input.contractId, 'input.contractId', { lock: true });
    const before = snapshot(contract);
    const cluster = await em.findOneOrFail(Cluster, contract.cluster.id);
    enforce(await actsForAnyResponsibleGroupOn(em, ctx.viewer.person.id, cluster, ctx.clock.today()));
    enforce(rules.canEndContract({ startsOn: contract.startsOn, lastDay: contract.endsOn }, contract.terminatedOn, input.lastDayInForce));
    contract.terminatedOn = input.lastDayInForce;
    contract.terminationReason = input.reason.trim();
    await withdrawObligationsAfter(em, { agentContract: contract }, input.lastDayInForce);
    return { target: contract, before };
  });
}
