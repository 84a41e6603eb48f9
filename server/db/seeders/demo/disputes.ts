/**
 * Demo data, disputes (R7): one settled at the province, one escalated and decided at the centre, one
 * still open, each with its parties and the steps it went through.
 */
import { Dispute, DisputeParty, DisputeState, DisputeStep } from '../../../modules/dispute/dispute.entity';
import {
  actsForHearingGroup,
  canMove,
  escalationAllowed,
  INITIAL_DISPUTE_STATE,
  isSettled,
  lodgedAtProvincialForum,
  mayEscalate,
  partiesAreWellFormed,
  raisedOnIsNotInFuture,
} from '../../../modules/dispute/dispute.rules';
import { WorkingGroupLevel } from '../../../modules/working-group/working-group.entity';
import { AGENCY_CODES, type AgencyCode } from '../reference-data';
import { provincialGroupOf } from './clusters';
import { agencyOf, clusterOf, type DemoContext, type GroupKey, groupOf, holds, personOf } from './context';
import { demoSeatsOn } from './groups';

interface DisputeSpec {
  cluster: string;
  raisedBy: string;
  subject: string;
  description: string;
  raisedOn: string;
  parties: ({ person: string } | { agency: AgencyCode })[];
  steps: { group: GroupKey; actor: string; from: DisputeState | null; to: DisputeState; at: string; decision?: string }[];
}

export const DISPUTES: readonly DisputeSpec[] = [
  {
    cluster: 'C1',
    raisedBy: 'agentTavakoli',
    subject: 'Customs clearance of the hallmarking laboratory equipment',
    description:
      'The agent holds that the equipment qualifies for the cluster customs exemption; the ministry office requires the full duty to be paid before release.',
    raisedOn: '2024-09-03',
    parties: [{ person: 'agentTavakoli' }, { agency: AGENCY_CODES.MIMT }],
    steps: [
      { group: 'TEHRAN', actor: 'agentTavakoli', from: null, to: DisputeState.OPEN_PROVINCIAL, at: '2024-09-03T08:30:00Z' },
      {
        group: 'TEHRAN',
        actor: 'headTehran',
        from: DisputeState.OPEN_PROVINCIAL,
        to: DisputeState.RESOLVED_PROVINCIAL,
        at: '2024-10-01T10:00:00Z',
        decision: 'The equipment is released against a guarantee; the exemption applies once ISIPO confirms the cluster programme.',
      },
    ],
  },
  {
    cluster: 'C3',
    raisedBy: 'agentNazari',
    subject: 'Sharing of trade-fair costs between TPO and ISIPO',
    description: 'TPO and ISIPO each consider the other responsible for the stand costs of the carpet cluster at international fairs.',
    raisedOn: '2024-11-05',
    parties: [{ agency: AGENCY_CODES.TPO }, { agency: AGENCY_CODES.ISIPO }, { person: 'agentNazari' }],
    steps: [
      { group: 'ISFAHAN', actor: 'agentNazari', from: null, to: DisputeState.OPEN_PROVINCIAL, at: '2024-11-05T07:45:00Z' },
      {
        group: 'ISFAHAN',
        actor: 'headIsfahan',
        from: DisputeState.OPEN_PROVINCIAL,
        to: DisputeState.NO_AGREEMENT,
        at: '2024-12-10T11:00:00Z',
        decision: 'The provincial working group could not reconcile the positions of the two agencies.',
      },
      { group: 'CENTRAL', actor: 'agentNazari', from: DisputeState.NO_AGREEMENT, to: DisputeState.ESCALATED, at: '2024-12-18T09:00:00Z' },
      {
        group: 'CENTRAL',
        actor: 'headCentral',
        from: DisputeState.ESCALATED,
        to: DisputeState.RESOLVED_CENTRAL,
        at: '2025-01-25T10:30:00Z',
        decision: 'TPO pays stand rental, ISIPO pays the firms\u2019 travel and sample shipping; the split applies to all carpet clusters.',
      },
    ],
  },
  {
    cluster: 'C5',
    raisedBy: 'executorYazdani',
    subject: 'Collateral required for the saffron export credit line',
    description: 'Processors cannot provide the real-estate collateral EDBI asks for; the executor proposes export invoices as security.',
    raisedOn: '2025-06-28',
    parties: [{ person: 'executorYazdani' }, { agency: AGENCY_CODES.EDBI }],
    steps: [{ group: 'KHORASAN', actor: 'executorYazdani', from: null, to: DisputeState.OPEN_PROVINCIAL, at: '2025-06-28T06:15:00Z' }],
  },
];

const levelOf = (group: GroupKey) => (group === 'CENTRAL' ? WorkingGroupLevel.CENTRAL : WorkingGroupLevel.PROVINCIAL);

/** Each step checked with the rules of the dispute mutations, by the person who took it on its day. */
function checkSteps(ctx: DemoContext, spec: DisputeSpec): void {
  const what = `dispute "${spec.subject}"`;
  const provincial = provincialGroupOf(spec.cluster);
  const [lodging, ...moves] = spec.steps;
  if (lodging.from !== null || lodging.to !== INITIAL_DISPUTE_STATE) throw new Error(`Demo data: ${what} must be lodged first`);
  holds(lodgedAtProvincialForum({ id: lodging.group, level: levelOf(lodging.group) }, provincial), what);
  holds(raisedOnIsNotInFuture(spec.raisedOn, ctx.today), what);
  holds(
    partiesAreWellFormed(spec.parties.map((party) => ('agency' in party ? { agencyId: party.agency } : { personId: party.person }))),
    what,
  );
  const partyPersons = spec.parties.flatMap((party) => ('person' in party ? [party.person] : []));
  let state: DisputeState = lodging.to;
  for (const step of moves) {
    if (step.from !== state) throw new Error(`Demo data: ${what} is ${state}, not ${step.from}`);
    const seats = demoSeatsOn(step.actor, step.at.slice(0, 10));
    if (step.to === DisputeState.ESCALATED) {
      holds(escalationAllowed(state), what);
      holds(mayEscalate(step.actor, partyPersons, provincial, seats), what);
    } else {
      holds(canMove(state, step.to), what);
      holds(actsForHearingGroup(step.group, levelOf(step.group), seats), what);
    }
    state = step.to;
  }
}

/** Written directly because the mutations raise and decide today; the demo's disputes ran in 2024 and 2025. */
export function seedDisputes(ctx: DemoContext): void {
  for (const spec of DISPUTES) {
    checkSteps(ctx, spec);
    const lastStep = spec.steps[spec.steps.length - 1];
    const finalState = lastStep.to;
    const escalated = spec.steps.some((s) => s.to === DisputeState.ESCALATED);
    const settled = isSettled(finalState);
    const dispute = ctx.make(Dispute, {
      cluster: clusterOf(ctx, spec.cluster),
      raisedBy: personOf(ctx, spec.raisedBy),
      forum: groupOf(ctx, escalated ? 'CENTRAL' : provincialGroupOf(spec.cluster)),
      subject: spec.subject,
      description: spec.description,
      state: finalState,
      raisedOn: spec.raisedOn,
      finalDecision: settled ? lastStep.decision : null,
      resolvedOn: settled ? lastStep.at.slice(0, 10) : null,
    });
    for (const party of spec.parties) {
      ctx.make(DisputeParty, {
        dispute,
        agency: 'agency' in party ? agencyOf(ctx, party.agency) : null,
        person: 'person' in party ? personOf(ctx, party.person) : null,
      });
    }
    for (const step of spec.steps) {
      ctx.make(DisputeStep, {
        dispute,
        workingGroup: groupOf(ctx, step.group),
        actor: personOf(ctx, step.actor),
        fromState: step.from,
        toState: step.to,
        occurredAt: new Date(step.at),
        decision: step.decision ?? null,
      });
    }
  }
}
