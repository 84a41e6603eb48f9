/**
 * Demo data, working groups: the three provincial groups (the central one is reference data) and the
 * seats of all four, with a change of head at the centre and in Isfahan.
 */
import { actsForResponsibleGroup, isHeadOf, type Seat } from '../../../modules/authority/authority.rules';
import {
  MembershipRole,
  WorkingGroup,
  WorkingGroupLevel,
  WorkingGroupMembership,
} from '../../../modules/working-group/working-group.entity';
import { memberIsNominated } from '../../../modules/working-group/working-group.rules';
import { AGENCY_CODES, type AgencyCode } from '../reference-data';
import { agencyOf, byKey, type DemoContext, type GroupKey, holds, personOf, type ProvincialGroupKey } from './context';

export const PROVINCIAL_GROUPS: Record<ProvincialGroupKey, { provinceCode: string; name: string; nameFa: string; decreePrefix: string }> = {
  TEHRAN: {
    provinceCode: 'IR-23',
    name: 'Tehran Province Export Development Working Group',
    nameFa: 'کارگروه توسعه صادرات استان تهران',
    decreePrefix: 'TEH',
  },
  ISFAHAN: {
    provinceCode: 'IR-10',
    name: 'Isfahan Province Export Development Working Group',
    nameFa: 'کارگروه توسعه صادرات استان اصفهان',
    decreePrefix: 'ISF',
  },
  KHORASAN: {
    provinceCode: 'IR-09',
    name: 'Razavi Khorasan Province Export Development Working Group',
    nameFa: 'کارگروه توسعه صادرات استان خراسان رضوی',
    decreePrefix: 'KHR',
  },
};

export const DECREE_PREFIX: Record<GroupKey, string> = {
  CENTRAL: 'CWG',
  TEHRAN: PROVINCIAL_GROUPS.TEHRAN.decreePrefix,
  ISFAHAN: PROVINCIAL_GROUPS.ISFAHAN.decreePrefix,
  KHORASAN: PROVINCIAL_GROUPS.KHORASAN.decreePrefix,
};

interface MembershipSpec {
  group: GroupKey;
  person: string;
  role: MembershipRole;
  agency?: AgencyCode;
  startsOn: string;
  endsOn?: string;
}

const { HEAD, SECRETARIAT, MEMBER } = MembershipRole;

const MEMBERSHIPS: readonly MembershipSpec[] = [
  // Central: a past head whose term ends the day before the current head's begins.
  { group: 'CENTRAL', person: 'formerHeadCentral', role: HEAD, startsOn: '2021-05-01', endsOn: '2023-05-31' },
  { group: 'CENTRAL', person: 'headCentral', role: HEAD, startsOn: '2023-06-01' },
  { group: 'CENTRAL', person: 'secretariat', role: SECRETARIAT, startsOn: '2022-01-15' },
  { group: 'CENTRAL', person: 'memberTpo', role: MEMBER, agency: AGENCY_CODES.TPO, startsOn: '2023-06-01' },
  { group: 'CENTRAL', person: 'memberIsipo', role: MEMBER, agency: AGENCY_CODES.ISIPO, startsOn: '2023-06-01' },
  { group: 'CENTRAL', person: 'memberMimt', role: MEMBER, agency: AGENCY_CODES.MIMT, startsOn: '2023-06-01' },
  { group: 'CENTRAL', person: 'memberIccima', role: MEMBER, agency: AGENCY_CODES.ICCIMA, startsOn: '2023-09-01' },
  // Tehran
  { group: 'TEHRAN', person: 'headTehran', role: HEAD, startsOn: '2022-01-01' },
  { group: 'TEHRAN', person: 'secretariatTehran', role: SECRETARIAT, startsOn: '2022-01-01' },
  { group: 'TEHRAN', person: 'memberTehranTpo', role: MEMBER, agency: AGENCY_CODES.TPO, startsOn: '2023-01-01' },
  { group: 'TEHRAN', person: 'memberMimt', role: MEMBER, agency: AGENCY_CODES.MIMT, startsOn: '2023-01-01' },
  // Isfahan: the head changed on 2024-05-01.
  { group: 'ISFAHAN', person: 'formerHeadIsfahan', role: HEAD, startsOn: '2022-03-01', endsOn: '2024-04-30' },
  { group: 'ISFAHAN', person: 'headIsfahan', role: HEAD, startsOn: '2024-05-01' },
  { group: 'ISFAHAN', person: 'secretariatIsfahan', role: SECRETARIAT, startsOn: '2022-03-01' },
  { group: 'ISFAHAN', person: 'memberIsfahanEdbi', role: MEMBER, agency: AGENCY_CODES.EDBI, startsOn: '2022-03-01' },
  // Razavi Khorasan
  { group: 'KHORASAN', person: 'headKhorasan', role: HEAD, startsOn: '2022-06-01' },
  { group: 'KHORASAN', person: 'secretariatKhorasan', role: SECRETARIAT, startsOn: '2022-06-01' },
  { group: 'KHORASAN', person: 'memberKhorasanIsipo', role: MEMBER, agency: AGENCY_CODES.ISIPO, startsOn: '2022-06-01' },
];

function inTerm(date: string, startsOn: string, endsOn: string | null | undefined): boolean {
  return startsOn <= date && (endsOn == null || date <= endsOn);
}

/**
 * The seats a person holds on a date, as `seatsOn` reads them from the database for a mutation; the
 * group keys stand for the groups' ids.
 */
export function demoSeatsOn(person: string, date: string): Seat[] {
  return MEMBERSHIPS.filter((m) => m.person === person && inTerm(date, m.startsOn, m.endsOn)).map((m) => ({
    workingGroupId: m.group,
    role: m.role,
  }));
}

/** The head of a working group in office on a date (Art. 3); throws when there is none or more than one. */
export function headOn(group: GroupKey, date: string): string {
  const heads = MEMBERSHIPS.filter((m) => m.group === group && m.role === HEAD && inTerm(date, m.startsOn, m.endsOn));
  if (heads.length !== 1) throw new Error(`Demo data: ${group} has ${heads.length} heads on ${date}`);
  holds(isHeadOf(group, demoSeatsOn(heads[0].person, date)), `head of ${group} on ${date}`);
  return heads[0].person;
}

/** R4: `person` acts for `group`, one of `responsible` (the cluster's responsible groups), on `date`. */
export function assertActsFor(group: GroupKey, person: string, date: string, responsible: readonly GroupKey[] = [group]): void {
  holds(actsForResponsibleGroup(group, responsible, demoSeatsOn(person, date)), `${person} acting for ${group} on ${date}`);
}

/**
 * Written directly: forming a group and seating its members are mutations of today; the demo's seats
 * began years ago. The provincial group is reused when the province already has one.
 */
export async function seedWorkingGroups(ctx: DemoContext): Promise<void> {
  const central = await ctx.em.findOne(WorkingGroup, { level: WorkingGroupLevel.CENTRAL });
  if (!central) throw new Error('seedDemoData: the central working group is missing; run seedReferenceData first');
  ctx.groups.set('CENTRAL', central);
  for (const [key, spec] of Object.entries(PROVINCIAL_GROUPS) as [ProvincialGroupKey, (typeof PROVINCIAL_GROUPS)[ProvincialGroupKey]][]) {
    const province = byKey(ctx.provinces, spec.provinceCode, 'province (run seedReferenceData first)');
    const existing = await ctx.em.findOne(WorkingGroup, { province });
    ctx.groups.set(
      key,
      existing ?? ctx.make(WorkingGroup, { level: WorkingGroupLevel.PROVINCIAL, province, name: spec.name, nameFa: spec.nameFa }),
    );
  }
  for (const m of MEMBERSHIPS) {
    holds(memberIsNominated(m.role, m.agency), `seat of ${m.person} in ${m.group}`);
    ctx.make(WorkingGroupMembership, {
      workingGroup: byKey(ctx.groups, m.group, 'working group'),
      person: personOf(ctx, m.person),
      nominatingAgency: m.agency ? agencyOf(ctx, m.agency) : null,
      role: m.role,
      startsOn: m.startsOn,
      endsOn: m.endsOn ?? null,
    });
  }
}
