/**
 * Demo data, supervisors (R3): one-year decrees of the responsible working groups' heads, renewed year
 * after year until one is in force on `today`.
 */
import { addDays, oneYearTermEnd, toJalali } from '../../../kernel/calendar';
import { groupIsResponsible } from '../../../modules/authority/authority.rules';
import { SupervisorAppointment } from '../../../modules/supervisor-appointment/supervisor-appointment.entity';
import {
  decreeIsCurrent,
  noConflictOfInterest,
  noOverlappingAppointment,
  supervisorIsQualified,
} from '../../../modules/supervisor-appointment/supervisor-appointment.rules';
import { CONTRACTS, contractTerm, responsibleGroupsOf } from './clusters';
import { type AppointmentRecord, clusterOf, type DemoContext, type GroupKey, groupOf, holds, personOf } from './context';
import { DECREE_PREFIX, headOn } from './groups';
import { personSpecOf } from './people';
import { PLANS } from './plans';

interface AppointmentChainSpec {
  cluster: string;
  supervisor: string;
  group: GroupKey;
  /** First day of the first decree; each later decree starts the day after the previous one ends. */
  firstStartsOn: string;
}

/** Decrees are renewed year after year until one is in force on `today`. */
const APPOINTMENT_CHAINS: readonly AppointmentChainSpec[] = [
  { cluster: 'C1', supervisor: 'supervisorShariati', group: 'TEHRAN', firstStartsOn: '2023-11-01' },
  { cluster: 'C2', supervisor: 'supervisorBagheri', group: 'CENTRAL', firstStartsOn: '2024-07-01' },
  { cluster: 'C3', supervisor: 'supervisorZamani', group: 'ISFAHAN', firstStartsOn: '2024-02-01' },
  { cluster: 'C4', supervisor: 'supervisorFarahani', group: 'ISFAHAN', firstStartsOn: '2024-09-01' },
  { cluster: 'C5', supervisor: 'supervisorBagheri', group: 'KHORASAN', firstStartsOn: '2024-04-15' },
];

/** Days between the decree and the first day of the term. */
const DECREE_LEAD_DAYS = 12;

/**
 * Checked with the rules of `appointSupervisor`; written directly because a decree is recorded by the
 * head in office today, and the demo's go back to 2023.
 */
export function seedSupervisorAppointments(ctx: DemoContext): void {
  const decreeSequence = new Map<GroupKey, number>();
  for (const chain of APPOINTMENT_CHAINS) {
    const what = `supervisor ${chain.supervisor} of ${chain.cluster}`;
    holds(supervisorIsQualified(personSpecOf(chain.supervisor).qualifications), what);
    holds(groupIsResponsible(chain.group, responsibleGroupsOf(chain.cluster)), what);
    // House rule: never the agent or a plan executor of the same cluster over the same dates.
    const agentTerms = CONTRACTS.filter((c) => c.cluster === chain.cluster && c.agent === chain.supervisor).map(contractTerm);
    const executedPlanTerms = PLANS.filter((p) => p.cluster === chain.cluster && p.executor === chain.supervisor).map((p) => ({
      startsOn: p.startsOn,
      lastDay: p.endsOn,
    }));

    let startsOn = chain.firstStartsOn;
    for (;;) {
      const endsOn = oneYearTermEnd(startsOn);
      const term = { startsOn, lastDay: endsOn };
      const decreeDate = addDays(startsOn, -DECREE_LEAD_DAYS);
      holds(decreeIsCurrent(decreeDate, ctx.today), what);
      holds(noConflictOfInterest(term, agentTerms, executedPlanTerms), what);
      const ofCluster = ctx.appointments
        .filter((a) => a.cluster === chain.cluster)
        .map((a) => ({ startsOn: a.startsOn, lastDay: a.endsOn }));
      holds(noOverlappingAppointment(term, ofCluster), what);
      const sequence = (decreeSequence.get(chain.group) ?? 0) + 1;
      decreeSequence.set(chain.group, sequence);
      const row = ctx.make(SupervisorAppointment, {
        cluster: clusterOf(ctx, chain.cluster),
        supervisor: personOf(ctx, chain.supervisor),
        workingGroup: groupOf(ctx, chain.group),
        appointedBy: personOf(ctx, headOn(chain.group, decreeDate)),
        decreeNumber: `${DECREE_PREFIX[chain.group]}-SUP-${toJalali(decreeDate).year}-${String(sequence).padStart(3, '0')}`,
        decreeDate,
        startsOn,
        endsOn,
        revokedOn: null,
      });
      ctx.appointments.push({ cluster: chain.cluster, supervisor: chain.supervisor, startsOn, endsOn, row });
      if (endsOn >= ctx.today) break;
      startsOn = addDays(endsOn, 1);
    }
  }
}

/** The supervisor decree in force for a cluster on a day, if any. */
export function appointmentOn(ctx: DemoContext, clusterKey: string, date: string): AppointmentRecord | undefined {
  return ctx.appointments.find((a) => a.cluster === clusterKey && a.startsOn <= date && date <= a.endsOn);
}
