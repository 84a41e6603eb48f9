/**
 * Demo data: a small, coherent oversight history for three provinces (Tehran, Isfahan, Razavi
 * Khorasan) from 1402-Q3 to the quarter before `today`, exercising every entity and respecting every
 * rule of docs/domain.md section 3 (the seeder checks the ones it depends on and throws if a date or a
 * person is wrong, so a later edit cannot silently produce data the mutations would refuse).
 *
 * Requires the reference data (`seedReferenceData`). Does nothing when a cluster already exists.
 * Dates that follow from the calendar (quarters, due dates, one-year terms) come from the calendar
 * helpers; the time-dependent parts (reporting obligations, the supervisor decrees in force, the
 * periodic reports) follow `options.today`, so the data stays coherent whatever day it is run.
 */
import type { EntityClass, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import {
  addDays,
  nextQuarter,
  oneYearTermEnd,
  parseIsoDate,
  parseQuarterLabel,
  previousQuarter,
  type Quarter,
  quarterEnd,
  quarterLabel,
  quarterOf,
  quarterStart,
  toJalali,
} from '../../kernel/calendar';
import { percentOf } from '../../kernel/money';
import { normalizePersian } from '../../kernel/persian-text';
import { AgencyAssessment, AgencyRating } from '../../modules/agency-assessment/agency-assessment.entity';
import { AgentContract } from '../../modules/agent-contract/agent-contract.entity';
import { AuditEvent } from '../../modules/audit/audit-event.entity';
import { BudgetAdjustment } from '../../modules/budget-adjustment/budget-adjustment.entity';
import { Cluster, ClusterStatus } from '../../modules/cluster/cluster.entity';
import {
  DevelopmentPlan,
  PlanIndicator,
  PlanKind,
  PlanResolution,
  PlanStatus,
} from '../../modules/development-plan/development-plan.entity';
import { Dispute, DisputeParty, DisputeState, DisputeStep } from '../../modules/dispute/dispute.entity';
import { ExecutiveAgency } from '../../modules/executive-agency/executive-agency.entity';
import { PeriodicReport, PeriodicReportStatus } from '../../modules/periodic-report/periodic-report.entity';
import { Person, Qualification, SystemRole } from '../../modules/person/person.entity';
import { Province } from '../../modules/province/province.entity';
import {
  BottleneckCategory,
  IndicatorActual,
  ObligationKind,
  ObligationStatus,
  ProgressReport,
  ReportBottleneck,
  ReportingObligation,
} from '../../modules/reporting/reporting.entity';
import { Resolution, ResolutionTarget } from '../../modules/resolution/resolution.entity';
import { SupervisorAppointment } from '../../modules/supervisor-appointment/supervisor-appointment.entity';
import { PlanAssessment, SupervisorReview } from '../../modules/supervisor-review/supervisor-review.entity';
import { MembershipRole, WorkingGroup, WorkingGroupLevel, WorkingGroupMembership } from '../../modules/working-group/working-group.entity';
import { AGENCY_CODES, type AgencyCode } from './reference-data';

export interface DemoSummary {
  /** True when demo data was already there (a cluster exists) and nothing was written. */
  skipped: boolean;
  /** Rows created, per entity class name. */
  counts: Record<string, number>;
}

export interface DemoPerson {
  email: string;
  fullNameLatin: string;
  fullNameFa: string;
  /** What the person does in the demo data. */
  role: string;
}

export interface DemoDataOptions {
  /** "Today" as an ISO date: obligations run to the quarter before it, decrees in force include it. */
  today: string;
  /** Grace period after a quarter's last day before a report is late (Art. 4-1); 15 days by default. */
  graceDays?: number;
}

export const DEMO_EMAIL_DOMAIN = 'demo.cluster-oversight.ir';

/** The account the development explorer signs in as: the analyst, who reads across all provinces. */
export const DEMO_VIEWER_EMAIL = `analyst@${DEMO_EMAIL_DOMAIN}`;

/** The fixed history ends on this day; `today` may not be earlier. */
export const DEMO_EARLIEST_TODAY = '2025-07-01';

/** Reporting obligations start with this quarter (the first full year of the demo programme). */
const FIRST_REPORTING_QUARTER: Quarter = { year: 1403, quarter: 1 };

const DEFAULT_GRACE_DAYS = 15;

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

interface PersonSpec extends DemoPerson {
  key: string;
  phone: string;
  systemRoles: SystemRole[];
  qualifications: Qualification[];
}

function personSpec(
  key: string,
  local: string,
  fullNameLatin: string,
  fullNameFa: string,
  role: string,
  phone: string,
  extra: { systemRoles?: SystemRole[]; qualifications?: Qualification[] } = {},
): PersonSpec {
  return {
    key,
    email: `${local}@${DEMO_EMAIL_DOMAIN}`.toLowerCase(),
    fullNameLatin,
    fullNameFa,
    role,
    phone,
    systemRoles: extra.systemRoles ?? [],
    qualifications: extra.qualifications ?? [],
  };
}

const AGENT = [Qualification.DEVELOPMENT_AGENT];
const EXPERT = [Qualification.CLUSTER_DEVELOPMENT_EXPERTISE];

const PERSON_SPECS: readonly PersonSpec[] = [
  personSpec('admin', 'admin', 'Reza Karimi', 'رضا کریمی', 'System administrator', '+98 21 8896 1001', {
    systemRoles: [SystemRole.ADMIN],
  }),
  personSpec(
    'secretariat',
    'secretariat',
    'Maryam Ahmadi',
    'مریم احمدی',
    'Central secretariat officer (TPO); secretariat of the central working group',
    '+98 21 6641 2201',
    {
      systemRoles: [SystemRole.CENTRAL_SECRETARIAT],
    },
  ),
  personSpec('analyst', 'analyst', 'Sara Hosseini', 'سارا حسینی', 'Analyst (read access across provinces)', '+98 21 6641 2202', {
    systemRoles: [SystemRole.ANALYST],
  }),
  personSpec(
    'headCentral',
    'head.central',
    'Mohammad Rezaei',
    'محمد رضایی',
    'Head of the central working group since 2023-06-01',
    '+98 21 6641 2100',
  ),
  personSpec(
    'formerHeadCentral',
    'former.head.central',
    'Hassan Moradi',
    'حسن مرادی',
    'Former head of the central working group (2021-05-01 to 2023-05-31)',
    '+98 21 6641 2101',
  ),
  personSpec(
    'secretariatTehran',
    'secretariat.tehran',
    'Zahra Mohammadi',
    'زهرا محمدی',
    'Provincial secretariat officer, Tehran working group',
    '+98 21 8873 3301',
    {
      systemRoles: [SystemRole.PROVINCIAL_SECRETARIAT],
    },
  ),
  personSpec('headTehran', 'head.tehran', 'Ali Jafari', 'علی جعفری', 'Head of the Tehran provincial working group', '+98 21 8873 3300'),
  personSpec(
    'secretariatIsfahan',
    'secretariat.isfahan',
    'Fatemeh Sadeghi',
    'فاطمه صادقی',
    'Provincial secretariat officer, Isfahan working group',
    '+98 31 3627 4401',
    {
      systemRoles: [SystemRole.PROVINCIAL_SECRETARIAT],
    },
  ),
  personSpec(
    'headIsfahan',
    'head.isfahan',
    'Mahmoud Ebrahimi',
    'محمود ابراهیمی',
    'Head of the Isfahan provincial working group since 2024-05-01',
    '+98 31 3627 4400',
  ),
  personSpec(
    'formerHeadIsfahan',
    'former.head.isfahan',
    'Javad Kazemi',
    'جواد کاظمی',
    'Former head of the Isfahan provincial working group (2022-03-01 to 2024-04-30)',
    '+98 31 3627 4402',
  ),
  personSpec(
    'secretariatKhorasan',
    'secretariat.khorasan',
    'Narges Rahimi',
    'نرگس رحیمی',
    'Provincial secretariat officer, Razavi Khorasan working group',
    '+98 51 3845 5501',
    {
      systemRoles: [SystemRole.PROVINCIAL_SECRETARIAT],
    },
  ),
  personSpec(
    'headKhorasan',
    'head.khorasan',
    'Hamid Mousavi',
    'حمید موسوی',
    'Head of the Razavi Khorasan provincial working group',
    '+98 51 3845 5500',
  ),
  personSpec(
    'agentTavakoli',
    'agent.tavakoli',
    'Amir Tavakoli',
    'امیر توکلی',
    'Development agent, Tehran jewellery cluster',
    '+98 912 310 2201',
    { qualifications: AGENT },
  ),
  personSpec(
    'agentHashemi',
    'agent.hashemi',
    'Saeed Hashemi',
    'سعید هاشمی',
    'Development agent, Tehran leather goods cluster',
    '+98 912 310 2202',
    { qualifications: AGENT },
  ),
  personSpec(
    'agentGhasemi',
    'agent.ghasemi',
    'Mehdi Ghasemi',
    'مهدی قاسمی',
    'Former development agent, Isfahan carpet cluster (contract terminated 2024-08-31)',
    '+98 913 310 2203',
    { qualifications: AGENT },
  ),
  personSpec('agentNazari', 'agent.nazari', 'Leila Nazari', 'لیلا نظری', 'Development agent, Isfahan carpet cluster', '+98 913 310 2204', {
    qualifications: AGENT,
  }),
  personSpec(
    'agentKhalili',
    'agent.khalili',
    'Ehsan Khalili',
    'احسان خلیلی',
    'Development agent, Torbat-e Heydarieh saffron cluster',
    '+98 915 310 2205',
    { qualifications: AGENT },
  ),
  personSpec(
    'supervisorShariati',
    'supervisor.shariati',
    'Parisa Shariati',
    'پریسا شریعتی',
    'Supervisor, Tehran jewellery cluster',
    '+98 912 410 3301',
    { qualifications: EXPERT },
  ),
  personSpec(
    'supervisorBagheri',
    'supervisor.bagheri',
    'Kamran Bagheri',
    'کامران باقری',
    'Supervisor, Tehran leather goods and Torbat-e Heydarieh saffron clusters',
    '+98 912 410 3302',
    { qualifications: EXPERT },
  ),
  personSpec(
    'supervisorZamani',
    'supervisor.zamani',
    'Shirin Zamani',
    'شیرین زمانی',
    'Supervisor, Isfahan carpet cluster',
    '+98 913 410 3303',
    { qualifications: EXPERT },
  ),
  personSpec(
    'supervisorFarahani',
    'supervisor.farahani',
    'Behrouz Farahani',
    'بهروز فراهانی',
    'Supervisor, Isfahan decorative stone cluster',
    '+98 913 410 3304',
    { qualifications: EXPERT },
  ),
  personSpec(
    'executorRostami',
    'executor.rostami',
    'Hossein Rostami',
    'حسین رستمی',
    'Plan executor (jewellery design centre; stone waste recycling line)',
    '+98 912 510 4401',
  ),
  personSpec(
    'executorSalehi',
    'executor.salehi',
    'Elham Salehi',
    'الهام صالحی',
    'Plan executor (carpet export marketing)',
    '+98 913 510 4402',
  ),
  personSpec(
    'executorYazdani',
    'executor.yazdani',
    'Majid Yazdani',
    'مجید یزدانی',
    'Plan executor (saffron processing; saffron laboratory)',
    '+98 915 510 4403',
  ),
  personSpec(
    'executorSoltani',
    'executor.soltani',
    'Navid Soltani',
    'نوید سلطانی',
    'Plan executor (leather finishing centre; proposed and rejected plans)',
    '+98 912 510 4404',
  ),
  personSpec(
    'memberTpo',
    'member.tpo',
    'Abbas Heidari',
    'عباس حیدری',
    'Member of the central working group, nominated by TPO',
    '+98 21 6641 2301',
  ),
  personSpec(
    'memberIsipo',
    'member.isipo',
    'Nasrin Akbari',
    'نسرین اکبری',
    'Member of the central working group, nominated by ISIPO',
    '+98 21 6641 2302',
  ),
  personSpec(
    'memberMimt',
    'member.mimt',
    'Kaveh Najafi',
    'کاوه نجفی',
    'Member of the central and Tehran working groups, nominated by MIMT',
    '+98 21 6641 2303',
  ),
  personSpec(
    'memberIccima',
    'member.iccima',
    'Roya Asadi',
    'رویا اسدی',
    'Member of the central working group, nominated by ICCIMA',
    '+98 21 6641 2304',
  ),
  personSpec(
    'memberTehranTpo',
    'member.tpo.tehran',
    'Golnaz Kiani',
    'گلناز کیانی',
    'Member of the Tehran working group, nominated by TPO',
    '+98 21 8873 3310',
  ),
  personSpec(
    'memberIsfahanEdbi',
    'member.edbi.isfahan',
    'Farhad Zare',
    'فرهاد زارع',
    'Member of the Isfahan working group, nominated by EDBI',
    '+98 31 3627 4410',
  ),
  personSpec(
    'memberKhorasanIsipo',
    'member.isipo.khorasan',
    'Masoud Abbasi',
    'مسعود عباسی',
    'Member of the Razavi Khorasan working group, nominated by ISIPO',
    '+98 51 3845 5510',
  ),
];

/** Demo accounts, for the README. */
export const DEMO_PEOPLE: readonly DemoPerson[] = PERSON_SPECS.map(({ email, fullNameLatin, fullNameFa, role }) => ({
  email,
  fullNameLatin,
  fullNameFa,
  role,
}));

// ---------------------------------------------------------------------------------------------
// Working groups
// ---------------------------------------------------------------------------------------------

type GroupKey = 'CENTRAL' | 'TEHRAN' | 'ISFAHAN' | 'KHORASAN';
type ProvincialGroupKey = Exclude<GroupKey, 'CENTRAL'>;

const PROVINCIAL_GROUPS: Record<ProvincialGroupKey, { provinceCode: string; name: string; nameFa: string; decreePrefix: string }> = {
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

const DECREE_PREFIX: Record<GroupKey, string> = {
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

/** The head of a working group in office on a date (Art. 3); throws when there is none. */
function headOn(group: GroupKey, date: string): string {
  const heads = MEMBERSHIPS.filter((m) => m.group === group && m.role === HEAD && inTerm(date, m.startsOn, m.endsOn));
  if (heads.length !== 1) throw new Error(`Demo data: ${group} has ${heads.length} heads on ${date}`);
  return heads[0].person;
}

/** R4: acting for a working group requires being its head or its secretariat on that day. */
function assertActsFor(group: GroupKey, person: string, date: string): void {
  const ok = MEMBERSHIPS.some(
    (m) => m.group === group && m.person === person && (m.role === HEAD || m.role === SECRETARIAT) && inTerm(date, m.startsOn, m.endsOn),
  );
  if (!ok) throw new Error(`Demo data: ${person} does not act for ${group} on ${date}`);
}

// ---------------------------------------------------------------------------------------------
// Clusters, contracts, supervisor decrees
// ---------------------------------------------------------------------------------------------

interface ClusterSpec {
  key: string;
  group: ProvincialGroupKey;
  name: string;
  nameFa: string;
  isicCode: string;
  mainProducts: string[];
  status: ClusterStatus;
}

const CLUSTERS: readonly ClusterSpec[] = [
  {
    key: 'C1',
    group: 'TEHRAN',
    name: 'Tehran Gold and Jewellery Cluster',
    nameFa: 'خوشه طلا و جواهر تهران',
    isicCode: '3211',
    mainProducts: ['Gold jewellery', 'Gem-set jewellery', 'Hallmarked gold coins and bars'],
    status: ClusterStatus.ACTIVE,
  },
  {
    key: 'C2',
    group: 'TEHRAN',
    name: 'Tehran Leather Goods Cluster',
    nameFa: 'خوشه کیف و کفش چرمی تهران',
    isicCode: '1512',
    mainProducts: ['Leather handbags', 'Belts', 'Small leather goods'],
    status: ClusterStatus.ACTIVE,
  },
  {
    key: 'C3',
    group: 'ISFAHAN',
    name: 'Isfahan Hand-Woven Carpet Cluster',
    nameFa: 'خوشه فرش دست‌باف اصفهان',
    isicCode: '1393',
    mainProducts: ['Hand-woven silk carpets', 'Hand-woven wool carpets', 'Kilims'],
    status: ClusterStatus.ACTIVE,
  },
  {
    key: 'C4',
    group: 'ISFAHAN',
    name: 'Isfahan Decorative Stone Cluster',
    nameFa: 'خوشه سنگ‌های تزئینی اصفهان',
    isicCode: '2396',
    mainProducts: ['Marble slabs', 'Travertine tiles', 'Cut granite'],
    status: ClusterStatus.ACTIVE,
  },
  {
    key: 'C5',
    group: 'KHORASAN',
    name: 'Torbat-e Heydarieh Saffron Cluster',
    nameFa: 'خوشه زعفران تربت حیدریه',
    isicCode: '1079',
    mainProducts: ['Packaged saffron', 'Saffron extract', 'Saffron-based confectionery'],
    status: ClusterStatus.ACTIVE,
  },
  {
    key: 'C6',
    group: 'KHORASAN',
    name: 'Mashhad Pottery and Ceramics Cluster',
    nameFa: 'خوشه سفال و سرامیک مشهد',
    isicCode: '2393',
    mainProducts: ['Decorative pottery', 'Ceramic tableware'],
    status: ClusterStatus.IDENTIFIED,
  },
];

interface ContractSpec {
  key: string;
  cluster: string;
  agent: string;
  contractNumber: string;
  startsOn: string;
  endsOn: string;
  terminatedOn?: string;
  terminationReason?: string;
  /** How fast the programme advances, in percent of the pace the term would give. */
  pace: number;
}

const CONTRACTS: readonly ContractSpec[] = [
  {
    key: 'K1',
    cluster: 'C1',
    agent: 'agentTavakoli',
    contractNumber: 'ISIPO-CD-1402-0311',
    startsOn: '2023-10-01',
    endsOn: '2026-09-30',
    pace: 95,
  },
  {
    key: 'K2',
    cluster: 'C2',
    agent: 'agentHashemi',
    contractNumber: 'ISIPO-CD-1403-0102',
    startsOn: '2024-06-01',
    endsOn: '2027-05-31',
    pace: 85,
  },
  // The Isfahan carpet cluster's first contract was ended early; a new agent took over next quarter.
  {
    key: 'K3a',
    cluster: 'C3',
    agent: 'agentGhasemi',
    contractNumber: 'ISIPO-CD-1402-0188',
    startsOn: '2023-07-01',
    endsOn: '2026-06-30',
    terminatedOn: '2024-08-31',
    terminationReason: 'Ended by mutual agreement after the agent moved to another province; ISIPO contracted a new agent from 2024-09-01.',
    pace: 40,
  },
  {
    key: 'K3b',
    cluster: 'C3',
    agent: 'agentNazari',
    contractNumber: 'ISIPO-CD-1403-0240',
    startsOn: quarterStart({ year: 1403, quarter: 3 }),
    endsOn: '2027-09-21',
    pace: 90,
  },
  {
    key: 'K5',
    cluster: 'C5',
    agent: 'agentKhalili',
    contractNumber: 'ISIPO-CD-1402-0415',
    startsOn: '2024-01-15',
    endsOn: '2027-01-14',
    pace: 100,
  },
];

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

// ---------------------------------------------------------------------------------------------
// Resolutions and plans
// ---------------------------------------------------------------------------------------------

interface ResolutionSpec {
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

const RESOLUTIONS: readonly ResolutionSpec[] = [
  {
    key: 'CWG-R1',
    group: 'CENTRAL',
    number: 'CWG-1402-07',
    adoptedOn: '2023-12-10',
    cluster: null,
    agency: AGENCY_CODES.TPO,
    title: 'National export programme for hand-woven carpet clusters',
    text: 'سازمان توسعه تجارت ایران موظف است برنامه ملی توسعه صادرات خوشه‌های فرش دست‌باف را تا پایان سال ۱۴۰۳ اجرا کند و گزارش پیشرفت آن را هر سه ماه به دبیرخانه کارگروه ارائه دهد.',
    targets: [
      { indicator: 'Export value of carpet clusters', unit: 'rial', targetValue: '1500000000000.0000', dueQuarter: '1403-Q4' },
      { indicator: 'Carpet firms with export certification', unit: 'firms', targetValue: '40', dueQuarter: '1404-Q2' },
    ],
  },
  {
    key: 'CWG-R2',
    group: 'CENTRAL',
    number: 'CWG-1403-03',
    adoptedOn: '2024-06-15',
    cluster: 'C2',
    agency: AGENCY_CODES.MIMT,
    title: 'Shared leather finishing centre for the Tehran leather goods cluster',
    text: 'وزارت صنعت، معدن و تجارت مکلف است مرکز مشترک تکمیل چرم خوشه کیف و کفش چرمی تهران را با مشارکت بنگاه‌های خوشه راه‌اندازی کند.',
    targets: [{ indicator: 'Finishing capacity in use', unit: 'percent', targetValue: '70', dueQuarter: '1404-Q2' }],
  },
  {
    key: 'TEH-R1',
    group: 'TEHRAN',
    number: 'TEH-1402-15',
    adoptedOn: '2023-11-20',
    cluster: 'C1',
    agency: AGENCY_CODES.ISIPO,
    title: 'Jewellery design and hallmarking programme',
    text: 'سازمان صنایع کوچک و شهرک‌های صنعتی ایران برنامه طراحی و عیارسنجی خوشه طلا و جواهر تهران را اجرا کند.',
    targets: [
      { indicator: 'Jobs created', unit: 'jobs', targetValue: '120', dueQuarter: '1403-Q4' },
      { indicator: 'Export value', unit: 'rial', targetValue: '800000000000', dueQuarter: '1404-Q1' },
    ],
  },
  {
    key: 'ISF-R2',
    group: 'ISFAHAN',
    number: 'ISF-1402-21',
    adoptedOn: '2024-01-28',
    cluster: 'C4',
    agency: AGENCY_CODES.MIMT,
    title: 'Reduce stone waste in the Isfahan decorative stone cluster',
    text: 'وزارت صنعت، معدن و تجارت با همکاری بنگاه‌های خوشه، نسبت ضایعات سنگ در خوشه سنگ‌های تزئینی اصفهان را کاهش دهد.',
    targets: [{ indicator: 'Waste stone ratio', unit: 'percent', targetValue: '18', higherIsBetter: false, dueQuarter: '1404-Q4' }],
  },
  {
    key: 'KHR-R1',
    group: 'KHORASAN',
    number: 'KHR-1403-02',
    adoptedOn: '2024-04-25',
    cluster: 'C5',
    agency: AGENCY_CODES.EDBI,
    title: 'Export credit line for saffron processors',
    text: 'بانک توسعه صادرات ایران خط اعتباری صادراتی برای فرآوری‌کنندگان زعفران تربت حیدریه اختصاص دهد.',
    targets: [
      { indicator: 'Export credit disbursed', unit: 'rial', targetValue: '350000000000', dueQuarter: '1404-Q1' },
      { indicator: 'Certified packaging units', unit: 'firms', targetValue: '15', dueQuarter: '1404-Q2' },
    ],
  },
  {
    key: 'ISF-R1',
    group: 'ISFAHAN',
    number: 'ISF-1403-04',
    adoptedOn: '2024-05-20',
    cluster: 'C3',
    agency: AGENCY_CODES.TPO,
    title: 'Export marketing of Isfahan hand-woven carpets',
    text: 'سازمان توسعه تجارت ایران حضور بنگاه‌های خوشه فرش دست‌باف اصفهان در نمایشگاه‌های بین‌المللی را پشتیبانی کند.',
    targets: [{ indicator: 'Export value', unit: 'rial', targetValue: '600000000000', dueQuarter: '1404-Q2' }],
  },
];

interface IndicatorSpec {
  name: string;
  unit: string;
  /** Whole numbers, so actuals can be computed exactly. */
  baseline: string;
  target: string;
  higherIsBetter: boolean;
}

interface PlanSpec {
  key: string;
  cluster: string;
  executor: string;
  agency: AgencyCode;
  decidedBy: GroupKey | null;
  title: string;
  kind: PlanKind;
  status: PlanStatus;
  proposedOn: string;
  decidedOn: string | null;
  startsOn: string;
  endsOn: string;
  proposedBudget: string;
  approvedBudget: string | null;
  pace: number;
  indicators: IndicatorSpec[];
  resolutions: string[];
  /** Obligations from this quarter on are waived (the plan is suspended). */
  waiveFrom?: Quarter;
  waiverReason?: string;
}

const PLANS: readonly PlanSpec[] = [
  {
    key: 'P1',
    cluster: 'C1',
    executor: 'executorRostami',
    agency: AGENCY_CODES.ISIPO,
    decidedBy: 'TEHRAN',
    title: 'Jewellery design centre and hallmarking laboratory',
    kind: PlanKind.PLAN,
    status: PlanStatus.APPROVED,
    proposedOn: '2023-12-01',
    decidedOn: '2024-01-15',
    startsOn: '2024-02-01',
    endsOn: '2026-01-31',
    proposedBudget: '130000000000',
    approvedBudget: '120000000000',
    pace: 95,
    indicators: [
      { name: 'Export value', unit: 'rial', baseline: '250000000000', target: '600000000000', higherIsBetter: true },
      { name: 'Firms with a registered design', unit: 'firms', baseline: '12', target: '60', higherIsBetter: true },
    ],
    resolutions: ['TEH-R1'],
  },
  {
    key: 'P2',
    cluster: 'C3',
    executor: 'executorSalehi',
    agency: AGENCY_CODES.TPO,
    decidedBy: 'ISFAHAN',
    title: 'Carpet export marketing and international trade fairs',
    kind: PlanKind.PLAN,
    status: PlanStatus.APPROVED,
    proposedOn: '2024-05-01',
    decidedOn: '2024-06-10',
    startsOn: '2024-07-01',
    endsOn: '2026-06-30',
    proposedBudget: '90000000000',
    approvedBudget: '85000000000',
    pace: 70,
    indicators: [
      { name: 'Export value', unit: 'rial', baseline: '900000000000', target: '1600000000000', higherIsBetter: true },
      { name: 'Foreign buyers contacted', unit: 'buyers', baseline: '20', target: '150', higherIsBetter: true },
    ],
    resolutions: ['ISF-R1', 'CWG-R1'],
  },
  {
    key: 'P3',
    cluster: 'C5',
    executor: 'executorYazdani',
    agency: AGENCY_CODES.ISIPO,
    decidedBy: 'KHORASAN',
    title: 'Saffron processing and packaging upgrade',
    kind: PlanKind.PLAN,
    status: PlanStatus.APPROVED,
    proposedOn: '2024-04-01',
    decidedOn: '2024-05-05',
    startsOn: '2024-06-01',
    endsOn: '2026-05-31',
    proposedBudget: '60000000000',
    approvedBudget: '60000000000',
    pace: 100,
    indicators: [
      { name: 'Export value', unit: 'rial', baseline: '400000000000', target: '900000000000', higherIsBetter: true },
      { name: 'Share of saffron sold in bulk', unit: 'percent', baseline: '70', target: '35', higherIsBetter: false },
    ],
    resolutions: ['KHR-R1'],
  },
  {
    key: 'P4',
    cluster: 'C2',
    executor: 'executorSoltani',
    agency: AGENCY_CODES.MIMT,
    decidedBy: 'CENTRAL',
    title: 'Shared leather finishing centre',
    kind: PlanKind.PROJECT,
    status: PlanStatus.APPROVED,
    proposedOn: '2024-06-20',
    decidedOn: '2024-07-20',
    startsOn: '2024-08-01',
    endsOn: '2026-07-31',
    proposedBudget: '210000000000',
    approvedBudget: '200000000000',
    pace: 80,
    indicators: [
      { name: 'Finishing capacity in use', unit: 'percent', baseline: '0', target: '70', higherIsBetter: true },
      { name: 'Firms using the centre', unit: 'firms', baseline: '0', target: '45', higherIsBetter: true },
    ],
    resolutions: ['CWG-R2'],
  },
  {
    key: 'P5',
    cluster: 'C4',
    executor: 'executorRostami',
    agency: AGENCY_CODES.MIMT,
    decidedBy: 'ISFAHAN',
    title: 'Stone waste recycling line',
    kind: PlanKind.PROJECT,
    status: PlanStatus.SUSPENDED,
    proposedOn: '2024-02-05',
    decidedOn: '2024-03-10',
    startsOn: '2024-04-01',
    endsOn: '2025-12-31',
    proposedBudget: '50000000000',
    approvedBudget: '45000000000',
    pace: 55,
    indicators: [
      { name: 'Waste stone ratio', unit: 'percent', baseline: '30', target: '18', higherIsBetter: false },
      { name: 'Recycled aggregate sold', unit: 'tonnes', baseline: '0', target: '40000', higherIsBetter: true },
    ],
    resolutions: ['ISF-R2'],
    waiveFrom: { year: 1404, quarter: 1 },
    waiverReason:
      'The Isfahan working group suspended the project pending the environmental permit for the recycling site; no progress report is owed while it is suspended.',
  },
  {
    key: 'P6',
    cluster: 'C5',
    executor: 'executorYazdani',
    agency: AGENCY_CODES.ISIPO,
    decidedBy: 'KHORASAN',
    title: 'Saffron quality-control laboratory',
    kind: PlanKind.PROJECT,
    status: PlanStatus.COMPLETED,
    proposedOn: '2023-09-25',
    decidedOn: '2023-10-15',
    startsOn: '2023-11-01',
    endsOn: quarterEnd({ year: 1403, quarter: 3 }),
    proposedBudget: '28000000000',
    approvedBudget: '25000000000',
    pace: 100,
    indicators: [
      { name: 'Samples tested per quarter', unit: 'samples', baseline: '0', target: '1200', higherIsBetter: true },
      { name: 'Lots certified for export', unit: 'lots', baseline: '0', target: '300', higherIsBetter: true },
    ],
    resolutions: [],
  },
  {
    key: 'P7',
    cluster: 'C6',
    executor: 'executorSoltani',
    agency: AGENCY_CODES.TVTO,
    decidedBy: null,
    title: 'Diagnostic study and pottery design workshops',
    kind: PlanKind.PLAN,
    status: PlanStatus.PROPOSED,
    proposedOn: '2025-05-10',
    decidedOn: null,
    startsOn: '2025-10-01',
    endsOn: '2026-09-30',
    proposedBudget: '18000000000',
    approvedBudget: null,
    pace: 0,
    indicators: [],
    resolutions: [],
  },
  {
    key: 'P8',
    cluster: 'C2',
    executor: 'executorSoltani',
    agency: AGENCY_CODES.TPO,
    decidedBy: 'TEHRAN',
    title: 'Permanent leather showroom in Dubai',
    kind: PlanKind.PROJECT,
    status: PlanStatus.REJECTED,
    proposedOn: '2024-02-10',
    decidedOn: '2024-04-15',
    startsOn: '2024-06-01',
    endsOn: '2025-05-31',
    proposedBudget: '75000000000',
    approvedBudget: null,
    pace: 0,
    indicators: [],
    resolutions: [],
  },
];

// ---------------------------------------------------------------------------------------------
// Reviews, adjustments, disputes, assessments
// ---------------------------------------------------------------------------------------------

interface ReviewSpec {
  key: string;
  cluster: string;
  reviewedOn: string;
  period: string;
  findings: string;
  recommendations: string[];
  assessments: { plan: string; score: number; exportValue: string; jobsCreated: number; investment: string; remarks?: string }[];
}

const REVIEWS: readonly ReviewSpec[] = [
  {
    key: 'RV1',
    cluster: 'C1',
    reviewedOn: '2024-07-10',
    period: '1403-Q1',
    findings:
      'The design centre opened on schedule; 18 workshops registered designs and the hallmarking laboratory passed its accreditation audit.',
    recommendations: ['Extend the design centre opening hours for small workshops', 'Publish hallmarking fees to attract export buyers'],
    assessments: [{ plan: 'P1', score: 72, exportValue: '310000000000', jobsCreated: 35, investment: '42000000000' }],
  },
  {
    key: 'RV2',
    cluster: 'C1',
    reviewedOn: '2025-01-15',
    period: '1403-Q3',
    findings: 'Exports grew faster than planned after two trade missions; design registrations are ahead of target.',
    recommendations: ['Fund a third trade mission to the Persian Gulf markets', 'Train workshop owners in export pricing'],
    assessments: [{ plan: 'P1', score: 78, exportValue: '395000000000', jobsCreated: 52, investment: '58000000000' }],
  },
  {
    key: 'RV3',
    cluster: 'C3',
    reviewedOn: '2024-10-12',
    period: '1403-Q2',
    findings: 'The change of development agent delayed the trade-fair calendar; only one of three planned fairs was attended.',
    recommendations: [
      'Re-plan the trade-fair calendar with the new agent',
      'Share fair costs between TPO and ISIPO as agreed in the working group',
    ],
    assessments: [
      {
        plan: 'P2',
        score: 48,
        exportValue: '60000000000',
        jobsCreated: 4,
        investment: '5000000000',
        remarks: 'Below expectations: most of the quarter was lost to the change of agent.',
      },
    ],
  },
  {
    key: 'RV4',
    cluster: 'C3',
    reviewedOn: '2025-04-12',
    period: '1403-Q4',
    findings: 'Performance recovered: two fairs attended and 41 foreign buyers contacted in the quarter.',
    recommendations: ['Follow up the buyers met at the fairs with sample shipments'],
    assessments: [{ plan: 'P2', score: 63, exportValue: '140000000000', jobsCreated: 11, investment: '9000000000' }],
  },
  {
    key: 'RV5',
    cluster: 'C5',
    reviewedOn: '2024-10-08',
    period: '1403-Q2',
    findings: 'Packaging lines installed in 6 processing units; the quality laboratory certifies lots within 48 hours.',
    recommendations: ['Extend certification to saffron extract', 'Help processors apply for the EDBI export credit line'],
    assessments: [
      { plan: 'P3', score: 66, exportValue: '185000000000', jobsCreated: 22, investment: '14000000000' },
      { plan: 'P6', score: 81, exportValue: '90000000000', jobsCreated: 9, investment: '6000000000' },
    ],
  },
  {
    key: 'RV6',
    cluster: 'C2',
    reviewedOn: '2025-04-20',
    period: '1403-Q4',
    findings: 'Civil works of the finishing centre are late; the equipment tender had to be repeated.',
    recommendations: ['Split the equipment tender into two lots', 'Report monthly to the central secretariat until the centre opens'],
    assessments: [{ plan: 'P4', score: 55, exportValue: '0', jobsCreated: 6, investment: '31000000000' }],
  },
  {
    key: 'RV7',
    cluster: 'C4',
    reviewedOn: '2025-01-20',
    period: '1403-Q3',
    findings: 'The recycling line is installed but cannot run without the environmental permit; waste ratio unchanged.',
    recommendations: [
      'Ask the provincial environment office for a decision on the permit',
      'Consider suspending the project until the permit is granted',
    ],
    assessments: [{ plan: 'P5', score: 41, exportValue: '0', jobsCreated: 2, investment: '3000000000' }],
  },
];

interface AdjustmentSpec {
  plan: string;
  review: string;
  group: GroupKey;
  decidedBy: string;
  decidedOn: string;
  /** Signed change in percent of the approved budget (whole percent, so the amount is exact). */
  percent: bigint;
  reason: string;
}

const ADJUSTMENTS: readonly AdjustmentSpec[] = [
  {
    plan: 'P1',
    review: 'RV1',
    group: 'TEHRAN',
    decidedBy: 'headTehran',
    decidedOn: '2024-08-05',
    percent: 5n,
    reason: 'Performance above target in 1403-Q1 (score 72): 5% increase to equip a second hallmarking bench.',
  },
  {
    plan: 'P2',
    review: 'RV3',
    group: 'ISFAHAN',
    decidedBy: 'secretariatIsfahan',
    decidedOn: '2024-11-20',
    percent: -6n,
    reason: 'Performance below expectations in 1403-Q2 (score 48): 6% decrease, one trade fair dropped.',
  },
  {
    plan: 'P1',
    review: 'RV2',
    group: 'CENTRAL',
    decidedBy: 'secretariat',
    decidedOn: '2025-02-10',
    percent: 4n,
    reason: 'Sustained performance in 1403-Q3 (score 78): 4% increase for a third trade mission (9% in total).',
  },
];

interface DisputeSpec {
  cluster: string;
  raisedBy: string;
  subject: string;
  description: string;
  raisedOn: string;
  parties: ({ person: string } | { agency: AgencyCode })[];
  steps: { group: GroupKey; actor: string; from: DisputeState | null; to: DisputeState; at: string; decision?: string }[];
}

const DISPUTES: readonly DisputeSpec[] = [
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

const AGENCY_ASSESSMENTS: readonly {
  group: GroupKey;
  agency: AgencyCode;
  assessedBy: string;
  period: string;
  rating: AgencyRating;
  opinion: string;
}[] = [
  {
    group: 'TEHRAN',
    agency: AGENCY_CODES.ISIPO,
    assessedBy: 'headTehran',
    period: '1403-Q3',
    rating: AgencyRating.GOOD,
    opinion: 'Contracts and payments to the development agent were on time; the hallmarking laboratory was supported well.',
  },
  {
    group: 'ISFAHAN',
    agency: AGENCY_CODES.TPO,
    assessedBy: 'headIsfahan',
    period: '1403-Q3',
    rating: AgencyRating.FAIR,
    opinion: 'Trade-fair support arrived late; the cost-sharing dispute with ISIPO slowed the carpet marketing plan.',
  },
  {
    group: 'CENTRAL',
    agency: AGENCY_CODES.EDBI,
    assessedBy: 'secretariat',
    period: '1403-Q4',
    rating: AgencyRating.POOR,
    opinion: 'The saffron export credit line disbursed less than a quarter of its target; collateral rules exclude most processors.',
  },
  {
    group: 'CENTRAL',
    agency: AGENCY_CODES.ISIPO,
    assessedBy: 'headCentral',
    period: '1403-Q4',
    rating: AgencyRating.VERY_GOOD,
    opinion:
      'Development agent contracts are in place in every active cluster with a programme; the carpet agent was replaced within a quarter.',
  },
  {
    group: 'KHORASAN',
    agency: AGENCY_CODES.EDBI,
    assessedBy: 'headKhorasan',
    period: '1404-Q1',
    rating: AgencyRating.FAIR,
    opinion: 'Disbursement improved but the collateral question remains open before the working group.',
  },
];

// ---------------------------------------------------------------------------------------------
// Report scenarios (everything not listed here is reported on time, with progress)
// ---------------------------------------------------------------------------------------------

type ReportScenario =
  | { kind: 'late'; daysAfterDue: number }
  | { kind: 'missing' }
  | { kind: 'noProgress'; bottlenecks: { category: BottleneckCategory; description: string }[] }
  | { kind: 'corrected'; daysLater: number };

const REPORT_SCENARIOS: Readonly<Record<string, ReportScenario>> = {
  'K3a@1403-Q1': {
    kind: 'noProgress',
    bottlenecks: [
      {
        category: BottleneckCategory.HUMAN_RESOURCES,
        description: 'The cluster facilitator resigned and no replacement could be hired in the quarter; no joint action was started.',
      },
    ],
  },
  'K2@1403-Q3': { kind: 'late', daysAfterDue: 9 },
  'P1@1403-Q3': { kind: 'corrected', daysLater: 5 },
  'P5@1403-Q4': {
    kind: 'noProgress',
    bottlenecks: [
      {
        category: BottleneckCategory.REGULATORY,
        description: 'The provincial environment office has not issued the permit the recycling line needs to operate.',
      },
      {
        category: BottleneckCategory.FINANCING,
        description: 'The second instalment of the project budget was held back until the permit is granted.',
      },
    ],
  },
  'P4@1403-Q4': { kind: 'late', daysAfterDue: 20 },
  'K5@1404-Q1': { kind: 'missing' },
  'P2@1404-Q1': { kind: 'missing' },
};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

type SeedData<T extends object> = Omit<RequiredEntityData<T>, 'createdAt' | 'globalId' | 'lastDayInForce'>;

function quarterIndex(quarter: Quarter): number {
  return quarter.year * 4 + quarter.quarter - 1;
}

function laterQuarter(a: Quarter, b: Quarter): Quarter {
  return quarterIndex(a) >= quarterIndex(b) ? a : b;
}

function earlierQuarter(a: Quarter, b: Quarter): Quarter {
  return quarterIndex(a) <= quarterIndex(b) ? a : b;
}

function quartersFromTo(first: Quarter, last: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let q = first; quarterIndex(q) <= quarterIndex(last); q = nextQuarter(q)) out.push(q);
  return out;
}

function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to)!.getTime() - parseIsoDate(from)!.getTime()) / 86_400_000);
}

function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/** Progress at the end of `asOf` over a term, in hundredths of a percent (0–10000), scaled by `pace`. */
function progressHundredths(startsOn: string, endsOn: string, asOf: string, pace: number): number {
  const total = daysBetween(startsOn, endsOn) + 1;
  const elapsed = Math.min(Math.max(daysBetween(startsOn, asOf) + 1, 0), total);
  return Math.min(10000, Math.max(100, Math.round((elapsed * 100 * pace) / total)));
}

function formatHundredths(value: number): string {
  return `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}

/** baseline + (target − baseline) × hundredths / 10000, on integers (works for lower-is-better too). */
function interpolate(baseline: string, target: string, hundredths: number): string {
  const from = BigInt(baseline);
  const to = BigInt(target);
  return (from + ((to - from) * BigInt(hundredths)) / 10000n).toString();
}

function byKey<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data: unknown ${what} "${key}"`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// The seeder
// ---------------------------------------------------------------------------------------------

export async function seedDemoData(em: EntityManager, options: DemoDataOptions): Promise<DemoSummary> {
  const today = options.today;
  if (!parseIsoDate(today)) throw new RangeError(`seedDemoData: today must be an ISO date, got "${today}"`);
  if (today < DEMO_EARLIEST_TODAY) {
    throw new RangeError(`seedDemoData: the demo history runs to ${DEMO_EARLIEST_TODAY}; today (${today}) may not be earlier`);
  }
  const graceDays = options.graceDays ?? DEFAULT_GRACE_DAYS;

  if ((await em.count(Cluster, {})) > 0) return { skipped: true, counts: {} };

  const counts: Record<string, number> = {};
  function make<T extends object>(entity: EntityClass<T>, data: SeedData<T>): T {
    const row = em.create(entity, data as unknown as RequiredEntityData<T>);
    em.persist(row);
    counts[entity.name] = (counts[entity.name] ?? 0) + 1;
    return row;
  }

  // Reference data ------------------------------------------------------------------------------
  // One query after the other: inside the caller's transaction they share one connection.
  const provinces = await em.find(Province, { code: { $in: Object.values(PROVINCIAL_GROUPS).map((g) => g.provinceCode) } });
  const agencyRows = await em.find(ExecutiveAgency, { code: { $in: Object.values(AGENCY_CODES) } });
  const centralGroup = await em.findOne(WorkingGroup, { level: WorkingGroupLevel.CENTRAL });
  if (!centralGroup) throw new Error('seedDemoData: the central working group is missing; run seedReferenceData first');
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  const agencies = new Map(agencyRows.map((a) => [a.code, a]));
  for (const code of Object.values(AGENCY_CODES)) byKey(agencies, code, 'agency (run seedReferenceData first)');
  const agentContractor = byKey(agencies, AGENCY_CODES.ISIPO, 'agency');
  if (!agentContractor.contractsDevelopmentAgents) throw new Error('seedDemoData: ISIPO must be the agent-contracting agency');
  const agency = (code: AgencyCode) => byKey(agencies, code, 'agency');

  // People --------------------------------------------------------------------------------------
  const people = new Map<string, Person>();
  for (const spec of PERSON_SPECS) {
    people.set(
      spec.key,
      make(Person, {
        fullNameFa: spec.fullNameFa,
        fullNameLatin: spec.fullNameLatin,
        searchName: normalizePersian(spec.fullNameFa),
        email: spec.email,
        phone: spec.phone,
        qualifications: spec.qualifications,
        systemRoles: spec.systemRoles,
      }),
    );
  }
  const person = (key: string) => byKey(people, key, 'person');
  const specOf = (key: string) => PERSON_SPECS.find((p) => p.key === key)!;

  // Working groups and memberships --------------------------------------------------------------
  const groups = new Map<GroupKey, WorkingGroup>([['CENTRAL', centralGroup]]);
  for (const [key, spec] of Object.entries(PROVINCIAL_GROUPS) as [ProvincialGroupKey, (typeof PROVINCIAL_GROUPS)[ProvincialGroupKey]][]) {
    const province = byKey(provinceByCode, spec.provinceCode, 'province (run seedReferenceData first)');
    const existing = await em.findOne(WorkingGroup, { province });
    groups.set(
      key,
      existing ?? make(WorkingGroup, { level: WorkingGroupLevel.PROVINCIAL, province, name: spec.name, nameFa: spec.nameFa }),
    );
  }
  const group = (key: GroupKey) => groups.get(key)!;
  for (const m of MEMBERSHIPS) {
    make(WorkingGroupMembership, {
      workingGroup: group(m.group),
      person: person(m.person),
      nominatingAgency: m.agency ? agency(m.agency) : null,
      role: m.role,
      startsOn: m.startsOn,
      endsOn: m.endsOn ?? null,
    });
  }

  // Clusters ------------------------------------------------------------------------------------
  const clusters = new Map<string, Cluster>();
  const clusterGroup = new Map<string, ProvincialGroupKey>();
  for (const spec of CLUSTERS) {
    clusterGroup.set(spec.key, spec.group);
    clusters.set(
      spec.key,
      make(Cluster, {
        name: spec.name,
        nameFa: spec.nameFa,
        searchName: normalizePersian(spec.nameFa),
        province: byKey(provinceByCode, PROVINCIAL_GROUPS[spec.group].provinceCode, 'province'),
        isicCode: spec.isicCode,
        mainProducts: spec.mainProducts,
        status: spec.status,
      }),
    );
  }
  const cluster = (key: string) => byKey(clusters, key, 'cluster');
  const responsibleGroups = (clusterKey: string): GroupKey[] => ['CENTRAL', byKey(clusterGroup, clusterKey, 'cluster')];

  // Agent contracts (R2) ------------------------------------------------------------------------
  const contracts = new Map<string, AgentContract>();
  for (const spec of CONTRACTS) {
    if (!specOf(spec.agent).qualifications.includes(Qualification.DEVELOPMENT_AGENT)) {
      throw new Error(`Demo data: ${spec.agent} is not a qualified development agent`);
    }
    const lastDay = spec.terminatedOn ?? spec.endsOn;
    const overlapping = CONTRACTS.find(
      (other) =>
        other !== spec &&
        other.cluster === spec.cluster &&
        other.startsOn <= lastDay &&
        spec.startsOn <= (other.terminatedOn ?? other.endsOn),
    );
    if (overlapping) throw new Error(`Demo data: contracts ${spec.key} and ${overlapping.key} overlap`);
    contracts.set(
      spec.key,
      make(AgentContract, {
        contractNumber: spec.contractNumber,
        cluster: cluster(spec.cluster),
        agent: person(spec.agent),
        agency: agentContractor,
        startsOn: spec.startsOn,
        endsOn: spec.endsOn,
        terminatedOn: spec.terminatedOn ?? null,
        terminationReason: spec.terminationReason ?? null,
      }),
    );
  }

  // Supervisor appointments (R3) ----------------------------------------------------------------
  interface AppointmentRecord {
    cluster: string;
    supervisor: string;
    startsOn: string;
    endsOn: string;
    row: SupervisorAppointment;
  }
  const appointments: AppointmentRecord[] = [];
  const decreeSequence = new Map<GroupKey, number>();
  for (const chain of APPOINTMENT_CHAINS) {
    const supervisorSpec = specOf(chain.supervisor);
    if (!supervisorSpec.qualifications.includes(Qualification.CLUSTER_DEVELOPMENT_EXPERTISE)) {
      throw new Error(`Demo data: ${chain.supervisor} lacks cluster-development expertise`);
    }
    if (!responsibleGroups(chain.cluster).includes(chain.group)) {
      throw new Error(`Demo data: ${chain.group} is not responsible for ${chain.cluster}`);
    }
    // House rule: never the agent or a plan executor of the same cluster.
    const conflict =
      CONTRACTS.some((c) => c.cluster === chain.cluster && c.agent === chain.supervisor) ||
      PLANS.some((p) => p.cluster === chain.cluster && p.executor === chain.supervisor);
    if (conflict) throw new Error(`Demo data: conflict of interest for ${chain.supervisor} in ${chain.cluster}`);

    let startsOn = chain.firstStartsOn;
    for (;;) {
      const endsOn = oneYearTermEnd(startsOn);
      const decreeDate = addDays(startsOn, -DECREE_LEAD_DAYS);
      const sequence = (decreeSequence.get(chain.group) ?? 0) + 1;
      decreeSequence.set(chain.group, sequence);
      const row = make(SupervisorAppointment, {
        cluster: cluster(chain.cluster),
        supervisor: person(chain.supervisor),
        workingGroup: group(chain.group),
        appointedBy: person(headOn(chain.group, decreeDate)),
        decreeNumber: `${DECREE_PREFIX[chain.group]}-SUP-${toJalali(decreeDate).year}-${String(sequence).padStart(3, '0')}`,
        decreeDate,
        startsOn,
        endsOn,
        revokedOn: null,
      });
      appointments.push({ cluster: chain.cluster, supervisor: chain.supervisor, startsOn, endsOn, row });
      if (endsOn >= today) break;
      startsOn = addDays(endsOn, 1);
    }
  }
  const appointmentOn = (clusterKey: string, date: string): AppointmentRecord | undefined =>
    appointments.find((a) => a.cluster === clusterKey && inTerm(date, a.startsOn, a.endsOn));

  // Resolutions ---------------------------------------------------------------------------------
  const resolutions = new Map<string, Resolution>();
  for (const spec of RESOLUTIONS) {
    if (spec.cluster && !responsibleGroups(spec.cluster).includes(spec.group)) {
      throw new Error(`Demo data: ${spec.group} may not adopt a resolution about ${spec.cluster}`);
    }
    const resolution = make(Resolution, {
      workingGroup: group(spec.group),
      cluster: spec.cluster ? cluster(spec.cluster) : null,
      responsibleAgency: agency(spec.agency),
      number: spec.number,
      adoptedOn: spec.adoptedOn,
      title: spec.title,
      text: spec.text,
    });
    resolutions.set(spec.key, resolution);
    for (const target of spec.targets) {
      if (!parseQuarterLabel(target.dueQuarter)) throw new Error(`Demo data: bad quarter ${target.dueQuarter}`);
      make(ResolutionTarget, {
        resolution,
        indicator: target.indicator,
        unit: target.unit,
        targetValue: target.targetValue,
        higherIsBetter: target.higherIsBetter ?? true,
        dueQuarter: target.dueQuarter,
      });
    }
  }

  // Budget adjustments, worked out before the plans so the plans carry their final current budget.
  const adjustmentsByPlan = new Map<string, { spec: AdjustmentSpec; before: bigint; amount: bigint; after: bigint }[]>();
  for (const spec of [...ADJUSTMENTS].sort((a, b) => a.decidedOn.localeCompare(b.decidedOn))) {
    const plan = PLANS.find((p) => p.key === spec.plan);
    if (!plan || plan.status !== PlanStatus.APPROVED || !plan.approvedBudget) {
      throw new Error(`Demo data: adjustment on ${spec.plan}, which is not APPROVED`);
    }
    const approved = BigInt(plan.approvedBudget);
    const list = adjustmentsByPlan.get(spec.plan) ?? [];
    const before = list.length > 0 ? list[list.length - 1].after : approved;
    const amount = (approved * spec.percent) / 100n;
    const after = before + amount;
    if (amount === 0n || after * 10n < approved * 9n || after * 10n > approved * 11n) {
      throw new Error(`Demo data: adjustment of ${spec.plan} on ${spec.decidedOn} breaks the 10% cap`);
    }
    list.push({ spec, before, amount, after });
    adjustmentsByPlan.set(spec.plan, list);
  }

  // Development plans ---------------------------------------------------------------------------
  const plans = new Map<string, DevelopmentPlan>();
  const indicators = new Map<string, PlanIndicator[]>();
  for (const spec of PLANS) {
    const approved = spec.approvedBudget !== null;
    const decided = spec.status !== PlanStatus.PROPOSED;
    if (decided && (!spec.decidedBy || !spec.decidedOn || !responsibleGroups(spec.cluster).includes(spec.decidedBy))) {
      throw new Error(`Demo data: plan ${spec.key} must be decided by a responsible working group`);
    }
    if (approved !== [PlanStatus.APPROVED, PlanStatus.SUSPENDED, PlanStatus.COMPLETED].includes(spec.status)) {
      throw new Error(`Demo data: plan ${spec.key} budget does not match its status`);
    }
    const history = adjustmentsByPlan.get(spec.key) ?? [];
    const plan = make(DevelopmentPlan, {
      cluster: cluster(spec.cluster),
      executor: person(spec.executor),
      responsibleAgency: agency(spec.agency),
      decidedBy: spec.decidedBy ? group(spec.decidedBy) : null,
      title: spec.title,
      kind: spec.kind,
      status: spec.status,
      proposedOn: spec.proposedOn,
      decidedOn: spec.decidedOn,
      startsOn: spec.startsOn,
      endsOn: spec.endsOn,
      proposedBudget: spec.proposedBudget,
      approvedBudget: spec.approvedBudget,
      currentBudget: approved ? (history.length > 0 ? history[history.length - 1].after.toString() : spec.approvedBudget) : null,
      version: 1,
    });
    plans.set(spec.key, plan);
    indicators.set(
      spec.key,
      spec.indicators.map((indicator) =>
        make(PlanIndicator, {
          plan,
          name: indicator.name,
          unit: indicator.unit,
          baseline: indicator.baseline,
          target: indicator.target,
          higherIsBetter: indicator.higherIsBetter,
        }),
      ),
    );
    for (const resolutionKey of spec.resolutions) {
      make(PlanResolution, { plan, resolution: byKey(resolutions, resolutionKey, 'resolution') });
    }
  }
  const plan = (key: string) => byKey(plans, key, 'plan');

  // Reporting obligations and progress reports (R5) ---------------------------------------------
  const lastReportableQuarter = previousQuarter(quarterOf(today));
  interface ObligationRecord {
    period: string;
    periodEndsOn: string;
    dueOn: string;
    firstSubmittedOn: string | null;
    waivedOn: string | null;
  }
  const obligations: ObligationRecord[] = [];
  let reportSequence = 0;
  const corrections: (() => void)[] = [];

  interface ObligationSource {
    key: string;
    cluster: string;
    obligor: string;
    kind: ObligationKind;
    contract: AgentContract | null;
    plan: DevelopmentPlan | null;
    planSpec: PlanSpec | null;
    startsOn: string;
    endsOn: string;
    lastDay: string;
    pace: number;
  }
  const sources: ObligationSource[] = [
    ...CONTRACTS.map((c) => ({
      key: c.key,
      cluster: c.cluster,
      obligor: c.agent,
      kind: ObligationKind.AGENT,
      contract: contracts.get(c.key)!,
      plan: null,
      planSpec: null,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      lastDay: c.terminatedOn ?? c.endsOn,
      pace: c.pace,
    })),
    ...PLANS.filter((p) => p.approvedBudget !== null).map((p) => ({
      key: p.key,
      cluster: p.cluster,
      obligor: p.executor,
      kind: ObligationKind.PLAN_EXECUTOR,
      contract: null,
      plan: plan(p.key),
      planSpec: p,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      lastDay: p.endsOn,
      pace: p.pace,
    })),
  ];

  for (const source of sources) {
    const first = laterQuarter(quarterOf(source.startsOn), FIRST_REPORTING_QUARTER);
    const last = earlierQuarter(quarterOf(source.lastDay), lastReportableQuarter);
    const provincialGroup = group(byKey(clusterGroup, source.cluster, 'cluster'));
    const planIndicators = source.planSpec ? indicators.get(source.planSpec.key)! : [];
    for (const quarter of quartersFromTo(first, last)) {
      const period = quarterLabel(quarter);
      const periodEndsOn = quarterEnd(quarter);
      const dueOn = addDays(periodEndsOn, graceDays);
      const scenario = REPORT_SCENARIOS[`${source.key}@${period}`];
      const waived = source.planSpec?.waiveFrom !== undefined && quarterIndex(quarter) >= quarterIndex(source.planSpec.waiveFrom);
      const waivedOn = waived ? minDate(addDays(periodEndsOn, 5), today) : null;

      reportSequence += 1;
      let submittedOn: string | null = null;
      if (!waived && scenario?.kind !== 'missing') {
        submittedOn =
          scenario?.kind === 'late' ? addDays(dueOn, scenario.daysAfterDue) : addDays(periodEndsOn, 3 + ((reportSequence * 7) % 10));
        if (submittedOn > today) submittedOn = null; // not sent yet: the obligation is DUE
      }

      const obligation = make(ReportingObligation, {
        kind: source.kind,
        obligor: person(source.obligor),
        cluster: cluster(source.cluster),
        agentContract: source.contract,
        plan: source.plan,
        period,
        periodEndsOn,
        dueOn,
        submittedOn,
        waivedOn,
        waiverReason: waived ? (source.planSpec!.waiverReason ?? 'Waived by the working group.') : null,
      });
      obligations.push({ period, periodEndsOn, dueOn, firstSubmittedOn: submittedOn, waivedOn });
      if (submittedOn === null) continue;

      const hundredths = progressHundredths(source.startsOn, source.endsOn, periodEndsOn, source.pace);
      const percent = formatHundredths(hundredths);
      const noProgress = scenario?.kind === 'noProgress';
      const what = source.planSpec ? `"${source.planSpec.title}"` : 'the cluster development programme';
      const writeReport = (on: string, revision: number, supersedes: ProgressReport | null, summary: string, actualScale: bigint) => {
        const supervisor = appointmentOn(source.cluster, on);
        const report = make(ProgressReport, {
          obligation,
          cluster: cluster(source.cluster),
          plan: source.plan,
          submittedBy: person(source.obligor),
          supersedes,
          recipientSupervisor: supervisor ? person(supervisor.supervisor) : null,
          recipientWorkingGroup: provincialGroup,
          period,
          revision,
          submittedOn: on,
          late: on > dueOn,
          madeProgress: !noProgress,
          percentComplete: noProgress ? null : percent,
          summary,
        });
        if (!noProgress) {
          planIndicators.forEach((indicator, index) => {
            const value = BigInt(interpolate(indicator.baseline, indicator.target, hundredths));
            make(IndicatorActual, { report, indicator, value: (index === 0 ? value * actualScale : value).toString() });
          });
        }
        return report;
      };

      if (scenario?.kind === 'noProgress') {
        const report = writeReport(
          submittedOn,
          1,
          null,
          `${period}: no progress on ${what}. The reasons and bottlenecks are listed below.`,
          1n,
        );
        for (const bottleneck of scenario.bottlenecks) {
          make(ReportBottleneck, { report, category: bottleneck.category, description: bottleneck.description });
        }
      } else if (scenario?.kind === 'corrected') {
        // The first revision overstated the first indicator tenfold; the second corrects it.
        const original = writeReport(submittedOn, 1, null, `${period}: ${what} is ${percent}% complete.`, 10n);
        const correctedOn = addDays(submittedOn, scenario.daysLater);
        if (correctedOn <= today) {
          // Written after the first flush: the unit of work would otherwise insert the self-reference
          // as null and set it afterwards, which the revision CHECK refuses.
          corrections.push(() =>
            writeReport(
              correctedOn,
              2,
              original,
              `${period}: ${what} is ${percent}% complete. Correction of revision 1: the export value was overstated by a typing error.`,
              1n,
            ),
          );
        }
      } else {
        writeReport(
          submittedOn,
          1,
          null,
          `${period}: ${what} is ${percent}% complete.${scenario?.kind === 'late' ? ' Sent late: the figures from member firms arrived after the quarter closed.' : ''}`,
          1n,
        );
      }
    }
  }

  // Supervisor reviews (R6) ---------------------------------------------------------------------
  const reviews = new Map<string, SupervisorReview>();
  const scores = new Map<string, number>();
  for (const spec of REVIEWS) {
    const appointment = appointmentOn(spec.cluster, spec.reviewedOn);
    if (!appointment) throw new Error(`Demo data: no supervisor in force for ${spec.cluster} on ${spec.reviewedOn}`);
    if (spec.reviewedOn > today || spec.recommendations.length === 0) throw new Error(`Demo data: bad review ${spec.key}`);
    const review = make(SupervisorReview, {
      appointment: appointment.row,
      cluster: cluster(spec.cluster),
      supervisor: person(appointment.supervisor),
      routedToCentral: group('CENTRAL'),
      routedToProvincial: group(byKey(clusterGroup, spec.cluster, 'cluster')),
      reviewedOn: spec.reviewedOn,
      period: spec.period,
      findings: spec.findings,
      recommendations: spec.recommendations,
    });
    reviews.set(spec.key, review);
    for (const assessment of spec.assessments) {
      const planSpec = PLANS.find((p) => p.key === assessment.plan)!;
      if (
        planSpec.cluster !== spec.cluster ||
        !planSpec.decidedOn ||
        planSpec.decidedOn > spec.reviewedOn ||
        planSpec.approvedBudget === null
      ) {
        throw new Error(`Demo data: review ${spec.key} may not assess ${assessment.plan}`);
      }
      scores.set(`${spec.key}/${assessment.plan}`, assessment.score);
      make(PlanAssessment, {
        review,
        plan: plan(assessment.plan),
        performanceScore: assessment.score,
        exportValue: assessment.exportValue,
        jobsCreated: assessment.jobsCreated,
        investment: assessment.investment,
        remarks: assessment.remarks ?? null,
      });
    }
  }

  // Budget adjustments (R8) ---------------------------------------------------------------------
  for (const [planKey, history] of adjustmentsByPlan) {
    for (const { spec, before, amount, after } of history) {
      const score = scores.get(`${spec.review}/${planKey}`);
      const reviewSpec = REVIEWS.find((r) => r.key === spec.review)!;
      if (score === undefined || reviewSpec.reviewedOn > spec.decidedOn) {
        throw new Error(`Demo data: review ${spec.review} did not assess ${planKey} before ${spec.decidedOn}`);
      }
      if ((amount > 0n && score < 60) || (amount < 0n && score >= 60)) {
        throw new Error(`Demo data: adjustment of ${planKey} on ${spec.decidedOn} goes against performance`);
      }
      if (!responsibleGroups(PLANS.find((p) => p.key === planKey)!.cluster).includes(spec.group)) {
        throw new Error(`Demo data: ${spec.group} is not responsible for ${planKey}`);
      }
      assertActsFor(spec.group, spec.decidedBy, spec.decidedOn);
      make(BudgetAdjustment, {
        plan: plan(planKey),
        workingGroup: group(spec.group),
        decidedBy: person(spec.decidedBy),
        basisReview: byKey(reviews, spec.review, 'review'),
        amount: amount.toString(),
        budgetBefore: before.toString(),
        resultingBudget: after.toString(),
        reason: spec.reason,
        decidedOn: spec.decidedOn,
      });
    }
  }

  // Disputes (R7) -------------------------------------------------------------------------------
  for (const spec of DISPUTES) {
    const provincial = byKey(clusterGroup, spec.cluster, 'cluster');
    const lodging = spec.steps[0];
    if (lodging.from !== null || lodging.to !== DisputeState.OPEN_PROVINCIAL || lodging.group !== provincial) {
      throw new Error(`Demo data: dispute "${spec.subject}" must be lodged at ${provincial}`);
    }
    const lastStep = spec.steps[spec.steps.length - 1];
    const finalState = lastStep.to;
    const escalated = spec.steps.some((s) => s.to === DisputeState.ESCALATED);
    const settled = finalState === DisputeState.RESOLVED_PROVINCIAL || finalState === DisputeState.RESOLVED_CENTRAL;
    const dispute = make(Dispute, {
      cluster: cluster(spec.cluster),
      raisedBy: person(spec.raisedBy),
      forum: group(escalated ? 'CENTRAL' : provincial),
      subject: spec.subject,
      description: spec.description,
      state: finalState,
      raisedOn: spec.raisedOn,
      finalDecision: settled ? lastStep.decision : null,
      resolvedOn: settled ? lastStep.at.slice(0, 10) : null,
    });
    for (const party of spec.parties) {
      make(DisputeParty, {
        dispute,
        agency: 'agency' in party ? agency(party.agency) : null,
        person: 'person' in party ? person(party.person) : null,
      });
    }
    for (const step of spec.steps) {
      make(DisputeStep, {
        dispute,
        workingGroup: group(step.group),
        actor: person(step.actor),
        fromState: step.from,
        toState: step.to,
        occurredAt: new Date(step.at),
        decision: step.decision ?? null,
      });
    }
  }

  // Agency assessments (R9) ---------------------------------------------------------------------
  for (const spec of AGENCY_ASSESSMENTS) {
    assertActsFor(spec.group, spec.assessedBy, quarterEnd(parseQuarterLabel(spec.period)!));
    make(AgencyAssessment, {
      workingGroup: group(spec.group),
      agency: agency(spec.agency),
      assessedBy: person(spec.assessedBy),
      period: spec.period,
      rating: spec.rating,
      opinion: spec.opinion,
    });
  }

  // Periodic reports (R10) ----------------------------------------------------------------------
  const obligationStatus = (o: ObligationRecord, asOf: string): ObligationStatus => {
    if (o.waivedOn && o.waivedOn <= asOf) return ObligationStatus.WAIVED;
    if (o.firstSubmittedOn && o.firstSubmittedOn <= asOf) {
      return o.firstSubmittedOn <= o.dueOn ? ObligationStatus.SUBMITTED_ON_TIME : ObligationStatus.SUBMITTED_LATE;
    }
    if (asOf <= o.periodEndsOn) return ObligationStatus.PENDING;
    return asOf <= o.dueOn ? ObligationStatus.DUE : ObligationStatus.OVERDUE;
  };
  const figuresFor = (quarter: Quarter, asOf: string): Record<string, unknown> => {
    const period = quarterLabel(quarter);
    const byStatus = Object.fromEntries(Object.values(ObligationStatus).map((s) => [s, 0])) as Record<ObligationStatus, number>;
    const owed = obligations.filter((o) => o.period === period);
    for (const o of owed) byStatus[obligationStatus(o, asOf)] += 1;
    const counted = owed.length - byStatus.WAIVED;
    let approvedTotal = 0n;
    let currentTotal = 0n;
    let approvedPlans = 0;
    for (const spec of PLANS) {
      if (spec.approvedBudget === null || !spec.decidedOn || spec.decidedOn > asOf) continue;
      approvedPlans += 1;
      approvedTotal += BigInt(spec.approvedBudget);
      const applied = (adjustmentsByPlan.get(spec.key) ?? []).filter((a) => a.spec.decidedOn <= asOf);
      currentTotal += applied.length > 0 ? applied[applied.length - 1].after : BigInt(spec.approvedBudget);
    }
    return {
      period,
      periodStartsOn: quarterStart(quarter),
      periodEndsOn: quarterEnd(quarter),
      asOf,
      obligations: { total: owed.length, byStatus },
      onTimeRatePercent: counted > 0 ? percentOf(BigInt(byStatus.SUBMITTED_ON_TIME), BigInt(counted)) : null,
      submittedRatePercent: counted > 0 ? percentOf(BigInt(byStatus.SUBMITTED_ON_TIME + byStatus.SUBMITTED_LATE), BigInt(counted)) : null,
      plans: {
        withApprovedBudget: approvedPlans,
        approvedBudgetTotal: approvedTotal.toString(),
        currentBudgetTotal: currentTotal.toString(),
      },
      supervisorReviews: REVIEWS.filter((r) => r.period === period && r.reviewedOn <= asOf).length,
      disputesLodged: DISPUTES.filter((d) => d.raisedOn <= asOf).length,
    };
  };
  const draftQuarter = previousQuarter(quarterOf(today));
  const issuedQuarter = previousQuarter(draftQuarter);
  const issuedOn = minDate(addDays(quarterEnd(issuedQuarter), 35), today);
  assertActsFor('CENTRAL', 'secretariat', issuedOn);
  make(PeriodicReport, {
    workingGroup: group('CENTRAL'),
    issuedBy: person('secretariat'),
    period: quarterLabel(issuedQuarter),
    status: PeriodicReportStatus.ISSUED,
    issuedAt: new Date(`${issuedOn}T09:00:00Z`),
    figures: figuresFor(issuedQuarter, issuedOn),
  });
  make(PeriodicReport, {
    workingGroup: group('CENTRAL'),
    issuedBy: null,
    period: quarterLabel(draftQuarter),
    status: PeriodicReportStatus.DRAFT,
    issuedAt: null,
    figures: figuresFor(draftQuarter, today),
  });

  await em.flush();
  for (const writeCorrection of corrections) writeCorrection();

  // Audit (R12): one event for the whole seeding ------------------------------------------------
  const firstCluster = cluster(CLUSTERS[0].key);
  const createdCounts = { ...counts, AuditEvent: (counts.AuditEvent ?? 0) + 1 };
  make(AuditEvent, {
    actor: person('admin'),
    action: 'seedDemoData',
    targetType: 'Cluster',
    targetId: firstCluster.id,
    occurredAt: new Date(),
    before: null,
    after: { today, counts: createdCounts },
  });

  await em.flush();
  return { skipped: false, counts };
}
