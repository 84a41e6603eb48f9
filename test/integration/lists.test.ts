/**
 * Every top-level list of the API, table-driven: its total against the table, each filter field
 * against an independent reference (the whole list filtered here, in the test), each order field in
 * both directions, and the rejection of malformed id filters (docs/domain.md section 5, STYLE.md 5 and 9).
 */
import { randomUUID } from 'node:crypto';

import type { EntityClass } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { normalizePersian } from '../../server/kernel/persian-text';
import { AgencyAssessment } from '../../server/modules/agency-assessment/agency-assessment.entity';
import { AgentContract } from '../../server/modules/agent-contract/agent-contract.entity';
import { AuditEvent } from '../../server/modules/audit/audit-event.entity';
import { BudgetAdjustment } from '../../server/modules/budget-adjustment/budget-adjustment.entity';
import { Cluster } from '../../server/modules/cluster/cluster.entity';
import { DevelopmentPlan, PlanIndicator } from '../../server/modules/development-plan/development-plan.entity';
import { Dispute } from '../../server/modules/dispute/dispute.entity';
import { ExecutiveAgency } from '../../server/modules/executive-agency/executive-agency.entity';
import { PeriodicReport } from '../../server/modules/periodic-report/periodic-report.entity';
import { Person } from '../../server/modules/person/person.entity';
import { Province } from '../../server/modules/province/province.entity';
import { ProgressReport, ReportingObligation } from '../../server/modules/reporting/reporting.entity';
import { Resolution, ResolutionTarget } from '../../server/modules/resolution/resolution.entity';
import { SupervisorAppointment } from '../../server/modules/supervisor-appointment/supervisor-appointment.entity';
import { SupervisorReview } from '../../server/modules/supervisor-review/supervisor-review.entity';
import { WorkingGroup } from '../../server/modules/working-group/working-group.entity';
import { DEMO_TODAY } from '../setup/constants';
import { ANALYST, startTestApp, type TestApp } from '../setup/test-app';
import { distinct, expectErrorCode, foldPersian, type Json, nextDay, queryData } from './graphql-test-support';

let app: TestApp;

// ---------------------------------------------------------------------------------------------
// The table: one entry per top-level list
// ---------------------------------------------------------------------------------------------

/** How the values of an order field compare: by the database's text collation, as plain fixed-width strings, as integers, as decimals, or on a scale. */
type Comparison = 'text' | 'plain' | 'integer' | 'decimal' | { scale: readonly string[] };

/** A decimal string (up to 4 places) in ten-thousandths, to compare exactly. */
function scaledDecimal(text: string): bigint {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const value = BigInt(whole) * 10_000n + BigInt(fraction.padEnd(4, '0').slice(0, 4) || '0');
  return negative ? -value : value;
}

/** Whether a decimal satisfies a `DecimalComparison`. */
function decimalHolds(value: string | null, comparison: Record<string, string>): boolean {
  if (value === null) return false;
  const v = scaledDecimal(value);
  const checks: Record<string, (bound: bigint) => boolean> = {
    eq: (b) => v === b,
    ne: (b) => v !== b,
    gt: (b) => v > b,
    gte: (b) => v >= b,
    lt: (b) => v < b,
    lte: (b) => v <= b,
  };
  return Object.entries(comparison).every(([operator, bound]) => checks[operator](scaledDecimal(bound)));
}

interface OrderCase {
  key: (node: Json) => string | null;
  compare: Comparison;
}

interface FilterCase {
  /** Values to try, chosen from the whole list so that at least one of them narrows it. */
  values: (all: Json[]) => unknown[];
  /** The reference: whether a node satisfies the filter with `value`. */
  holds: (node: Json, value: never, all: Json[]) => boolean;
}

interface ListSpec {
  field: string;
  entity: EntityClass<object>;
  filterType: string;
  /** The `<X>Order` input, when the list can be ordered by the client. */
  orderType?: string;
  defaultOrder?: string;
  /** The documented order of a list the client cannot order. */
  fixedOrder?: OrderCase & { direction: 'ASC' | 'DESC' };
  selection: string;
  /** Conditions every query of this list carries (e.g. every revision of progress reports). */
  baseFilter?: Json;
  filters: Record<string, FilterCase>;
  orders: Record<string, OrderCase>;
}

/** One and two ids among those the list refers to (the first and the last seen). */
function idChoices(pick: (node: Json) => string | null | undefined) {
  return (all: Json[]) => {
    const ids = distinct(all, pick);
    return ids.length > 1 ? [[ids[0]], [ids[0], ids[ids.length - 1]]] : [ids.slice(0, 1)];
  };
}

/** Each value the list holds alone, and the first two together. */
function valueChoices(pick: (node: Json) => unknown) {
  return (all: Json[]) => {
    const values = distinct(all, pick);
    return [...values.map((value) => [value]), ...(values.length > 1 ? [values.slice(0, 2)] : [])];
  };
}

/** Each value the list holds, as a single (non-list) filter value. */
function singleChoices(pick: (node: Json) => unknown) {
  return (all: Json[]) => distinct(all, pick);
}

/** The middle and the smallest of the dates the list holds: bounds that fall exactly on a row. */
function dateBounds(pick: (node: Json) => string) {
  return (all: Json[]) => {
    const dates = distinct(all, pick).sort();
    return [dates[Math.floor(dates.length / 2)], dates[0], dates[dates.length - 1]];
  };
}

const inIds = (pick: (node: Json) => string | null | undefined) => (node: Json, ids: string[]) => ids.includes(pick(node) as string);

const provinceCodeOf = (node: Json) => node.cluster.province.code as string;
const provinceIdOf = (node: Json) => node.cluster.province.id as string;

/** A resolution's province: its cluster's, or else its working group's (none for a central one about no cluster). */
const resolutionProvinceOf = (node: Json): Json | null => node.cluster?.province ?? node.workingGroup.province ?? null;

/** Whether a day lies in a `DateRange` (both ends included, either open). */
const inRange = (day: string, range: { from?: string; to?: string }) =>
  (range.from == null || day >= range.from) && (range.to == null || day <= range.to);

/** Ranges from the dates the list holds: open at either end, closed, a single day, and one that holds no day. */
function dateRanges(pick: (node: Json) => string) {
  return (all: Json[]) => {
    const dates = distinct(all, pick).sort();
    const [first, middle, last] = [dates[0], dates[Math.floor(dates.length / 2)], dates[dates.length - 1]];
    return [{ from: middle }, { to: middle }, { from: first, to: middle }, { from: middle, to: middle }, { from: last, to: first }, {}];
  };
}

/**
 * The reference of `search`: the Persian name holds the term once both are normalised (a space, a
 * ZWNJ and nothing compare equal), or a Latin field holds it case-insensitively as typed.
 */
const textMatches = (fields: (node: Json) => string[], persian: (node: Json) => string) => (node: Json, search: string) =>
  normalizePersian(persian(node)).includes(normalizePersian(search)) ||
  fields(node).some((field) => field.toLowerCase().includes(foldPersian(search).toLowerCase()));

/**
 * Search terms from the names a list holds: a Latin word in capitals, two Persian words typed
 * together with Arabic yeh and kaf, the start of a name with a tatweel and a vowel mark, and a term
 * nothing holds.
 */
function searchTerms(latin: (node: Json) => string, persian: (node: Json) => string) {
  return (all: Json[]) => {
    const [first, middle] = [all[0], all[Math.floor(all.length / 2)]];
    const words = persian(middle).split(' ');
    return [
      latin(first).split(' ')[0].toUpperCase(),
      words.slice(0, 2).join('').replace(/ی/g, 'ي').replace(/ک/g, 'ك'),
      `${persian(first).slice(0, 1)}\u0640\u064E${persian(first).slice(1, 6)}`,
      'هیچ‌چیز نیست',
    ];
  };
}

/** Ranges of the quarters the list holds: open at either end, closed, and a single quarter. */
function periodRanges(pick: (node: Json) => string) {
  return (all: Json[]) => {
    const labels = distinct(all, pick).sort();
    const [first, middle] = [labels[0], labels[Math.floor(labels.length / 2)]];
    return [{ from: middle }, { to: middle }, { from: first, to: middle }, { from: middle, to: middle }, {}];
  };
}
const inPeriodRange = (node: Json, range: { from?: string; to?: string }) => inRange(node.period.label, range);

const inForce = (startsOn: string, lastDay: string, day: string) => startsOn <= day && day <= lastDay;

const RATING_SCALE = ['VERY_POOR', 'POOR', 'FAIR', 'GOOD', 'VERY_GOOD'] as const;

/** The filter fields that combine other conditions. */
const LOGICAL = new Set(['and', 'or', 'not']);

const LISTS: ListSpec[] = [
  {
    field: 'provinces',
    entity: Province,
    filterType: 'ProvinceFilter',
    orderType: 'ProvinceOrder',
    defaultOrder: 'CODE',
    selection: 'id code nameEn nameFa',
    filters: {
      codes: {
        values: (all) => [[all[0].code], [all[0].code, all[5].code]],
        holds: (node: Json, codes: string[]) => codes.includes(node.code),
      },
      search: {
        // English, Persian, and Persian typed with an Arabic yeh (سيستان) or kaf (كرمان).
        values: () => ['kerman', 'KHORASAN', 'خراسان', 'سيستان', 'كرمان'],
        holds: textMatches(
          (node) => [node.nameEn],
          (node) => node.nameFa,
        ),
      },
    },
    orders: { CODE: { key: (node) => node.code, compare: 'plain' }, NAME_EN: { key: (node) => node.nameEn, compare: 'text' } },
  },
  {
    field: 'executiveAgencies',
    entity: ExecutiveAgency,
    filterType: 'ExecutiveAgencyFilter',
    orderType: 'ExecutiveAgencyOrder',
    defaultOrder: 'CODE',
    selection: 'id code name nameFa contractsDevelopmentAgents',
    filters: {
      codes: { values: valueChoices((node) => node.code), holds: (node: Json, codes: string[]) => codes.includes(node.code) },
      contractsDevelopmentAgents: {
        values: () => [true, false],
        holds: (node: Json, value: boolean) => node.contractsDevelopmentAgents === value,
      },
      search: {
        values: searchTerms(
          (node) => node.name,
          (node) => node.nameFa,
        ),
        holds: textMatches(
          (node) => [node.name, node.code],
          (node) => node.nameFa,
        ),
      },
    },
    orders: { CODE: { key: (node) => node.code, compare: 'text' }, NAME: { key: (node) => node.name, compare: 'text' } },
  },
  {
    field: 'people',
    entity: Person,
    filterType: 'PersonFilter',
    orderType: 'PersonOrder',
    defaultOrder: 'NAME',
    selection: 'id email fullNameLatin fullNameFa qualifications systemRoles',
    filters: {
      email: {
        // Exact, case-insensitive.
        values: (all) => [all[3].email, all[7].email.toUpperCase(), `nobody-${randomUUID()}@example.org`],
        holds: (node: Json, email: string) => node.email === email.toLowerCase(),
      },
      qualification: {
        values: singleChoices((node) => node.qualifications),
        holds: (node: Json, value: string) => node.qualifications.includes(value),
      },
      search: {
        // Latin, Persian, and Persian typed with an Arabic yeh (علي) or an Arabic kaf (كاظمی).
        values: () => ['ali', 'Tavakoli', 'علي', 'زهرا', 'كاظمی'],
        holds: textMatches(
          (node) => [node.fullNameLatin],
          (node) => node.fullNameFa,
        ),
      },
      systemRole: {
        values: singleChoices((node) => node.systemRoles),
        holds: (node: Json, value: string) => node.systemRoles.includes(value),
      },
    },
    orders: { EMAIL: { key: (node) => node.email, compare: 'text' }, NAME: { key: (node) => node.fullNameLatin, compare: 'text' } },
  },
  {
    field: 'workingGroups',
    entity: WorkingGroup,
    filterType: 'WorkingGroupFilter',
    orderType: 'WorkingGroupOrder',
    defaultOrder: 'PROVINCE_CODE',
    selection: 'id name nameFa level province { id code }',
    filters: {
      level: { values: () => ['CENTRAL', 'PROVINCIAL'], holds: (node: Json, level: string) => node.level === level },
      provinceCodes: {
        values: (all) => [...valueChoices((node) => node.province?.code)(all), ['IR-00']],
        holds: (node: Json, codes: string[]) => codes.includes(node.province?.code),
      },
      provinceIds: { values: idChoices((node) => node.province?.id), holds: inIds((node) => node.province?.id) },
      search: {
        values: searchTerms(
          (node) => node.name,
          (node) => node.nameFa,
        ),
        holds: textMatches(
          (node) => [node.name],
          (node) => node.nameFa,
        ),
      },
    },
    orders: {
      NAME: { key: (node) => node.name, compare: 'text' },
      PROVINCE_CODE: { key: (node) => node.province?.code ?? null, compare: 'plain' },
    },
  },
  {
    field: 'clusters',
    entity: Cluster,
    filterType: 'ClusterFilter',
    orderType: 'ClusterOrder',
    defaultOrder: 'NAME',
    selection: 'id name nameFa isicCode status createdAt province { id code }',
    filters: {
      provinceIds: { values: idChoices((node) => node.province.id), holds: inIds((node) => node.province.id) },
      provinceCodes: {
        values: valueChoices((node) => node.province.code),
        holds: (node: Json, codes: string[]) => codes.includes(node.province.code),
      },
      isicCodes: { values: valueChoices((node) => node.isicCode), holds: (node: Json, codes: string[]) => codes.includes(node.isicCode) },
      statuses: { values: valueChoices((node) => node.status), holds: (node: Json, statuses: string[]) => statuses.includes(node.status) },
      search: {
        // English; Persian without the zero-width non-joiner (دستباف for دست‌باف); with one (سنگ‌های);
        // and with Arabic kaf and yeh (كيف).
        values: () => ['carpet', 'TEHRAN', 'فرش دستباف', 'سنگ\u200Cهای', 'كيف'],
        holds: textMatches(
          (node) => [node.name],
          (node) => node.nameFa,
        ),
      },
    },
    orders: {
      CREATED_AT: { key: (node) => node.createdAt, compare: 'plain' },
      ISIC_CODE: { key: (node) => node.isicCode, compare: 'plain' },
      NAME: { key: (node) => node.name, compare: 'text' },
      PROVINCE_CODE: { key: (node) => node.province.code, compare: 'plain' },
    },
  },
  {
    field: 'agentContracts',
    entity: AgentContract,
    filterType: 'AgentContractFilter',
    orderType: 'AgentContractOrder',
    defaultOrder: 'STARTS_ON',
    selection: 'id contractNumber startsOn endsOn terminatedOn agent { id } cluster { id province { id code } }',
    filters: {
      agentIds: { values: idChoices((node) => node.agent.id), holds: inIds((node) => node.agent.id) },
      clusterIds: { values: idChoices((node) => node.cluster.id), holds: inIds((node) => node.cluster.id) },
      provinceCodes: { values: valueChoices(provinceCodeOf), holds: (node: Json, codes: string[]) => codes.includes(provinceCodeOf(node)) },
      provinceIds: { values: idChoices(provinceIdOf), holds: inIds(provinceIdOf) },
      inForceOn: {
        // Today, the last day of a terminated contract and the day after it, and a day before any contract.
        values: (all) => [DEMO_TODAY, ...distinct(all, (node) => node.terminatedOn).flatMap((day) => [day, nextDay(day)]), '2020-01-01'],
        holds: (node: Json, day: string) => inForce(node.startsOn, node.terminatedOn ?? node.endsOn, day),
      },
    },
    orders: {
      CONTRACT_NUMBER: { key: (node) => node.contractNumber, compare: 'text' },
      ENDS_ON: { key: (node) => node.endsOn, compare: 'plain' },
      STARTS_ON: { key: (node) => node.startsOn, compare: 'plain' },
    },
  },
  {
    field: 'supervisorAppointments',
    entity: SupervisorAppointment,
    filterType: 'SupervisorAppointmentFilter',
    orderType: 'SupervisorAppointmentOrder',
    defaultOrder: 'STARTS_ON',
    selection:
      'id decreeNumber decreeDate startsOn endsOn revokedOn cluster { id province { id code } } supervisor { id } workingGroup { id }',
    filters: {
      clusterIds: { values: idChoices((node) => node.cluster.id), holds: inIds((node) => node.cluster.id) },
      provinceCodes: { values: valueChoices(provinceCodeOf), holds: (node: Json, codes: string[]) => codes.includes(provinceCodeOf(node)) },
      provinceIds: { values: idChoices(provinceIdOf), holds: inIds(provinceIdOf) },
      supervisorIds: { values: idChoices((node) => node.supervisor.id), holds: inIds((node) => node.supervisor.id) },
      workingGroupIds: { values: idChoices((node) => node.workingGroup.id), holds: inIds((node) => node.workingGroup.id) },
      inForceOn: {
        // Today, and the first day, last day and day after of the first decree's term.
        values: (all) => [DEMO_TODAY, all[0].startsOn, all[0].endsOn, nextDay(all[0].endsOn)],
        holds: (node: Json, day: string) => inForce(node.startsOn, node.revokedOn ?? node.endsOn, day),
      },
    },
    orders: {
      DECREE_DATE: { key: (node) => node.decreeDate, compare: 'plain' },
      STARTS_ON: { key: (node) => node.startsOn, compare: 'plain' },
    },
  },
  {
    field: 'resolutions',
    entity: Resolution,
    filterType: 'ResolutionFilter',
    orderType: 'ResolutionOrder',
    defaultOrder: 'ADOPTED_ON',
    selection:
      'id number title adoptedOn cluster { id province { id code } } responsibleAgency { id } workingGroup { id level province { id code } }',
    filters: {
      adoptedFrom: { values: dateBounds((node) => node.adoptedOn), holds: (node: Json, day: string) => node.adoptedOn >= day },
      adoptedOn: {
        values: dateRanges((node) => node.adoptedOn),
        holds: (node: Json, range: { from?: string; to?: string }) => inRange(node.adoptedOn, range),
      },
      adoptedTo: { values: dateBounds((node) => node.adoptedOn), holds: (node: Json, day: string) => node.adoptedOn <= day },
      clusterIds: { values: idChoices((node) => node.cluster?.id), holds: inIds((node) => node.cluster?.id) },
      level: { values: () => ['CENTRAL', 'PROVINCIAL'], holds: (node: Json, level: string) => node.workingGroup.level === level },
      provinceCodes: {
        values: (all) => [...valueChoices((node) => resolutionProvinceOf(node)?.code)(all), ['IR-00']],
        holds: (node: Json, codes: string[]) => codes.includes(resolutionProvinceOf(node)?.code),
      },
      provinceIds: { values: idChoices((node) => resolutionProvinceOf(node)?.id), holds: inIds((node) => resolutionProvinceOf(node)?.id) },
      responsibleAgencyIds: { values: idChoices((node) => node.responsibleAgency.id), holds: inIds((node) => node.responsibleAgency.id) },
      workingGroupIds: { values: idChoices((node) => node.workingGroup.id), holds: inIds((node) => node.workingGroup.id) },
      search: {
        values: searchTerms(
          (node) => node.title,
          (node) => node.title,
        ),
        holds: textMatches(
          () => [],
          (node) => node.title,
        ),
      },
    },
    orders: { ADOPTED_ON: { key: (node) => node.adoptedOn, compare: 'plain' }, NUMBER: { key: (node) => node.number, compare: 'text' } },
  },
  {
    field: 'developmentPlans',
    entity: DevelopmentPlan,
    filterType: 'DevelopmentPlanFilter',
    orderType: 'DevelopmentPlanOrder',
    defaultOrder: 'PROPOSED_ON',
    selection:
      'id title kind status proposedOn decidedOn approvedBudget currentBudget cluster { id isicCode province { id code } } decidedBy { id } executor { id } responsibleAgency { id }',
    filters: {
      clusterIds: { values: idChoices((node) => node.cluster.id), holds: inIds((node) => node.cluster.id) },
      decidedByIds: { values: idChoices((node) => node.decidedBy?.id), holds: inIds((node) => node.decidedBy?.id) },
      executorIds: { values: idChoices((node) => node.executor.id), holds: inIds((node) => node.executor.id) },
      isicCodes: {
        values: valueChoices((node) => node.cluster.isicCode),
        holds: (node: Json, codes: string[]) => codes.includes(node.cluster.isicCode),
      },
      kind: { values: singleChoices((node) => node.kind), holds: (node: Json, kind: string) => node.kind === kind },
      provinceCodes: { values: valueChoices(provinceCodeOf), holds: (node: Json, codes: string[]) => codes.includes(provinceCodeOf(node)) },
      provinceIds: { values: idChoices(provinceIdOf), holds: inIds(provinceIdOf) },
      responsibleAgencyIds: { values: idChoices((node) => node.responsibleAgency.id), holds: inIds((node) => node.responsibleAgency.id) },
      statuses: { values: valueChoices((node) => node.status), holds: (node: Json, statuses: string[]) => statuses.includes(node.status) },
      search: {
        values: searchTerms(
          (node) => node.title,
          (node) => node.title,
        ),
        holds: textMatches(
          () => [],
          (node) => node.title,
        ),
      },
    },
    orders: {
      APPROVED_BUDGET: { key: (node) => node.approvedBudget, compare: 'integer' },
      CURRENT_BUDGET: { key: (node) => node.currentBudget, compare: 'integer' },
      DECIDED_ON: { key: (node) => node.decidedOn, compare: 'plain' },
      PROPOSED_ON: { key: (node) => node.proposedOn, compare: 'plain' },
      TITLE: { key: (node) => node.title, compare: 'text' },
    },
  },
  {
    field: 'reportingObligations',
    entity: ReportingObligation,
    filterType: 'ReportingObligationFilter',
    orderType: 'ReportingObligationOrder',
    defaultOrder: 'PERIOD',
    selection: 'id kind status dueOn submittedOn period { label } cluster { id province { id code } } obligor { id } plan { id }',
    filters: {
      clusterIds: { values: idChoices((node) => node.cluster.id), holds: inIds((node) => node.cluster.id) },
      kind: { values: singleChoices((node) => node.kind), holds: (node: Json, kind: string) => node.kind === kind },
      obligorIds: { values: idChoices((node) => node.obligor.id), holds: inIds((node) => node.obligor.id) },
      periods: {
        values: valueChoices((node) => node.period.label),
        holds: (node: Json, periods: string[]) => periods.includes(node.period.label),
      },
      period: { values: periodRanges((node) => node.period.label), holds: inPeriodRange },
      planIds: { values: idChoices((node) => node.plan?.id), holds: inIds((node) => node.plan?.id) },
      provinceCodes: { values: valueChoices(provinceCodeOf), holds: (node: Json, codes: string[]) => codes.includes(provinceCodeOf(node)) },
      provinceIds: { values: idChoices((node) => node.cluster.province.id), holds: inIds((node) => node.cluster.province.id) },
      statuses: { values: valueChoices((node) => node.status), holds: (node: Json, statuses: string[]) => statuses.includes(node.status) },
    },
    orders: { DUE_ON: { key: (node) => node.dueOn, compare: 'plain' }, PERIOD: { key: (node) => node.period.label, compare: 'plain' } },
  },
  {
    field: 'planIndicators',
    entity: PlanIndicator,
    filterType: 'PlanIndicatorFilter',
    orderType: 'PlanIndicatorOrder',
    defaultOrder: 'NAME',
    selection:
      'id name target latestActual gap achievementRate higherIsBetter plan { id status responsibleAgency { id } cluster { id province { id code } } }',
    filters: {
      planIds: { values: idChoices((node) => node.plan.id), holds: inIds((node) => node.plan.id) },
      clusterIds: { values: idChoices((node) => node.plan.cluster.id), holds: inIds((node) => node.plan.cluster.id) },
      provinceIds: { values: idChoices((node) => node.plan.cluster.province.id), holds: inIds((node) => node.plan.cluster.province.id) },
      provinceCodes: {
        values: valueChoices((node) => node.plan.cluster.province.code),
        holds: (node: Json, codes: string[]) => codes.includes(node.plan.cluster.province.code),
      },
      responsibleAgencyIds: {
        values: idChoices((node) => node.plan.responsibleAgency.id),
        holds: inIds((node) => node.plan.responsibleAgency.id),
      },
      planStatuses: {
        values: valueChoices((node) => node.plan.status),
        holds: (node: Json, statuses: string[]) => statuses.includes(node.plan.status),
      },
      higherIsBetter: {
        values: singleChoices((node) => node.higherIsBetter),
        holds: (node: Json, value: boolean) => node.higherIsBetter === value,
      },
      hasActual: { values: () => [true, false], holds: (node: Json, value: boolean) => (node.latestActual !== null) === value },
      achievementRate: {
        values: () => [{ lt: '0.5' }, { gte: '0.5', lte: '1' }, { eq: '1' }, { ne: '1', gt: '0.3' }],
        holds: (node: Json, comparison: Record<string, string>) => decimalHolds(node.achievementRate, comparison),
      },
    },
    orders: {
      ACHIEVEMENT_RATE: { key: (node) => node.achievementRate, compare: 'decimal' },
      ABSOLUTE_GAP: { key: (node) => (node.gap === null ? null : node.gap.replace('-', '')), compare: 'decimal' },
      NAME: { key: (node) => node.name, compare: 'text' },
    },
  },
  {
    field: 'resolutionTargets',
    entity: ResolutionTarget,
    filterType: 'ResolutionTargetFilter',
    orderType: 'ResolutionTargetOrder',
    defaultOrder: 'DUE_QUARTER',
    selection:
      'id indicator unit targetValue latestActual gap achievementRate higherIsBetter dueQuarter { label } ' +
      'resolution { id cluster { id province { id code } } workingGroup { id province { id code } } }',
    filters: {
      resolutionIds: { values: idChoices((node) => node.resolution.id), holds: inIds((node) => node.resolution.id) },
      clusterIds: { values: idChoices((node) => node.resolution.cluster?.id), holds: inIds((node) => node.resolution.cluster?.id) },
      workingGroupIds: {
        values: idChoices((node) => node.resolution.workingGroup.id),
        holds: inIds((node) => node.resolution.workingGroup.id),
      },
      provinceCodes: {
        values: (all) => [...valueChoices((node) => resolutionProvinceOf(node.resolution)?.code)(all), ['IR-00']],
        holds: (node: Json, codes: string[]) => codes.includes(resolutionProvinceOf(node.resolution)?.code),
      },
      provinceIds: {
        values: idChoices((node) => resolutionProvinceOf(node.resolution)?.id),
        holds: inIds((node) => resolutionProvinceOf(node.resolution)?.id),
      },
      dueQuarter: {
        values: periodRanges((node) => node.dueQuarter.label),
        holds: (node: Json, range: { from?: string; to?: string }) => inRange(node.dueQuarter.label, range),
      },
      higherIsBetter: {
        values: singleChoices((node) => node.higherIsBetter),
        holds: (node: Json, value: boolean) => node.higherIsBetter === value,
      },
      hasActual: { values: () => [true, false], holds: (node: Json, value: boolean) => (node.latestActual !== null) === value },
      achievementRate: {
        values: () => [{ lt: '0.5' }, { gte: '0.5', lte: '1' }, { eq: '1' }, { ne: '1', gt: '0.4' }],
        holds: (node: Json, comparison: Record<string, string>) => decimalHolds(node.achievementRate, comparison),
      },
    },
    orders: {
      ACHIEVEMENT_RATE: { key: (node) => node.achievementRate, compare: 'decimal' },
      ABSOLUTE_GAP: { key: (node) => (node.gap === null ? null : node.gap.replace('-', '')), compare: 'decimal' },
      DUE_QUARTER: { key: (node) => node.dueQuarter.label, compare: 'plain' },
      INDICATOR: { key: (node) => node.indicator, compare: 'text' },
    },
  },
  {
    field: 'progressReports',
    entity: ProgressReport,
    filterType: 'ProgressReportFilter',
    orderType: 'ProgressReportOrder',
    defaultOrder: 'SUBMITTED_ON',
    selection:
      'id late madeProgress submittedOn revision period { label } supersedes { id } cluster { id province { id code } } plan { id }',
    // Every revision, so that the reference list is the whole table.
    baseFilter: { latestRevisionOnly: false },
    filters: {
      clusterIds: { values: idChoices((node) => node.cluster.id), holds: inIds((node) => node.cluster.id) },
      late: { values: () => [true, false], holds: (node: Json, late: boolean) => node.late === late },
      latestRevisionOnly: {
        values: () => [true, false],
        // The latest revision is the one no other revision supersedes.
        holds: (node: Json, latestOnly: boolean, all: Json[]) => !latestOnly || !all.some((other) => other.supersedes?.id === node.id),
      },
      madeProgress: { values: () => [true, false], holds: (node: Json, made: boolean) => node.madeProgress === made },
      periods: {
        values: valueChoices((node) => node.period.label),
        holds: (node: Json, periods: string[]) => periods.includes(node.period.label),
      },
      period: { values: periodRanges((node) => node.period.label), holds: inPeriodRange },
      planIds: { values: idChoices((node) => node.plan?.id), holds: inIds((node) => node.plan?.id) },
      provinceCodes: { values: valueChoices(provinceCodeOf), holds: (node: Json, codes: string[]) => codes.includes(provinceCodeOf(node)) },
      provinceIds: { values: idChoices(provinceIdOf), holds: inIds(provinceIdOf) },
    },
    orders: {
      PERIOD: { key: (node) => node.period.label, compare: 'plain' },
      SUBMITTED_ON: { key: (node) => node.submittedOn, compare: 'plain' },
    },
  },
  {
    field: 'supervisorReviews',
    entity: SupervisorReview,
    filterType: 'SupervisorReviewFilter',
    orderType: 'SupervisorReviewOrder',
    defaultOrder: 'REVIEWED_ON',
    selection: 'id reviewedOn period { label } cluster { id province { id code } } supervisor { id }',
    filters: {
      clusterIds: { values: idChoices((node) => node.cluster.id), holds: inIds((node) => node.cluster.id) },
      periods: {
        values: valueChoices((node) => node.period.label),
        holds: (node: Json, periods: string[]) => periods.includes(node.period.label),
      },
      period: { values: periodRanges((node) => node.period.label), holds: inPeriodRange },
      provinceCodes: { values: valueChoices(provinceCodeOf), holds: (node: Json, codes: string[]) => codes.includes(provinceCodeOf(node)) },
      provinceIds: { values: idChoices(provinceIdOf), holds: inIds(provinceIdOf) },
      supervisorIds: { values: idChoices((node) => node.supervisor.id), holds: inIds((node) => node.supervisor.id) },
    },
    orders: {
      PERIOD: { key: (node) => node.period.label, compare: 'plain' },
      REVIEWED_ON: { key: (node) => node.reviewedOn, compare: 'plain' },
    },
  },
  {
    field: 'disputes',
    entity: Dispute,
    filterType: 'DisputeFilter',
    orderType: 'DisputeOrder',
    defaultOrder: 'RAISED_ON',
    selection: 'id subject raisedOn state cluster { id province { id code } } forum { id }',
    filters: {
      clusterIds: { values: idChoices((node) => node.cluster.id), holds: inIds((node) => node.cluster.id) },
      forumIds: { values: idChoices((node) => node.forum.id), holds: inIds((node) => node.forum.id) },
      provinceCodes: { values: valueChoices(provinceCodeOf), holds: (node: Json, codes: string[]) => codes.includes(provinceCodeOf(node)) },
      provinceIds: { values: idChoices(provinceIdOf), holds: inIds(provinceIdOf) },
      // `statuses` is the one name across lists; the deprecated `states` still filters the same way.
      statuses: { values: valueChoices((node) => node.state), holds: (node: Json, statuses: string[]) => statuses.includes(node.state) },
      states: { values: valueChoices((node) => node.state), holds: (node: Json, states: string[]) => states.includes(node.state) },
    },
    orders: { RAISED_ON: { key: (node) => node.raisedOn, compare: 'plain' }, SUBJECT: { key: (node) => node.subject, compare: 'text' } },
  },
  {
    field: 'budgetAdjustments',
    entity: BudgetAdjustment,
    filterType: 'BudgetAdjustmentFilter',
    orderType: 'BudgetAdjustmentOrder',
    defaultOrder: 'DECIDED_ON',
    selection: 'id amount decidedOn direction plan { id cluster { province { id code } } } workingGroup { id }',
    filters: {
      decidedFrom: { values: dateBounds((node) => node.decidedOn), holds: (node: Json, day: string) => node.decidedOn >= day },
      decidedTo: { values: dateBounds((node) => node.decidedOn), holds: (node: Json, day: string) => node.decidedOn <= day },
      decidedOn: {
        values: (all) => {
          const [middle, first, last] = dateBounds((node) => node.decidedOn)(all);
          return [
            { from: middle },
            { to: middle },
            { from: first, to: middle },
            { from: middle, to: middle },
            { from: last, to: first },
            {},
          ];
        },
        holds: (node: Json, range: { from?: string; to?: string }) =>
          (range.from === undefined || node.decidedOn >= range.from) && (range.to === undefined || node.decidedOn <= range.to),
      },
      direction: {
        values: () => ['INCREASE', 'DECREASE'],
        holds: (node: Json, direction: string) => (direction === 'INCREASE' ? BigInt(node.amount) > 0n : BigInt(node.amount) < 0n),
      },
      planIds: { values: idChoices((node) => node.plan.id), holds: inIds((node) => node.plan.id) },
      provinceCodes: {
        values: valueChoices((node) => node.plan.cluster.province.code),
        holds: (node: Json, codes: string[]) => codes.includes(node.plan.cluster.province.code),
      },
      provinceIds: { values: idChoices((node) => node.plan.cluster.province.id), holds: inIds((node) => node.plan.cluster.province.id) },
      workingGroupIds: { values: idChoices((node) => node.workingGroup.id), holds: inIds((node) => node.workingGroup.id) },
    },
    orders: { AMOUNT: { key: (node) => node.amount, compare: 'integer' }, DECIDED_ON: { key: (node) => node.decidedOn, compare: 'plain' } },
  },
  {
    field: 'agencyAssessments',
    entity: AgencyAssessment,
    filterType: 'AgencyAssessmentFilter',
    orderType: 'AgencyAssessmentOrder',
    defaultOrder: 'PERIOD',
    selection: 'id rating period { label } agency { id } workingGroup { id }',
    filters: {
      agencyIds: { values: idChoices((node) => node.agency.id), holds: inIds((node) => node.agency.id) },
      periods: {
        values: valueChoices((node) => node.period.label),
        holds: (node: Json, periods: string[]) => periods.includes(node.period.label),
      },
      period: { values: periodRanges((node) => node.period.label), holds: inPeriodRange },
      ratings: { values: valueChoices((node) => node.rating), holds: (node: Json, ratings: string[]) => ratings.includes(node.rating) },
      workingGroupIds: { values: idChoices((node) => node.workingGroup.id), holds: inIds((node) => node.workingGroup.id) },
    },
    orders: {
      PERIOD: { key: (node) => node.period.label, compare: 'plain' },
      RATING: { key: (node) => node.rating, compare: { scale: RATING_SCALE } },
    },
  },
  {
    field: 'periodicReports',
    entity: PeriodicReport,
    filterType: 'PeriodicReportFilter',
    orderType: 'PeriodicReportOrder',
    // "latest quarter first" when no orderBy is given
    fixedOrder: { key: (node) => node.period.label, compare: 'plain', direction: 'DESC' },
    selection: 'id status period { label }',
    filters: {
      periods: {
        values: valueChoices((node) => node.period.label),
        holds: (node: Json, periods: string[]) => periods.includes(node.period.label),
      },
      period: { values: periodRanges((node) => node.period.label), holds: inPeriodRange },
      status: { values: () => ['DRAFT', 'ISSUED'], holds: (node: Json, status: string) => node.status === status },
      statuses: {
        values: () => [['DRAFT'], ['ISSUED'], ['DRAFT', 'ISSUED'], []],
        holds: (node: Json, statuses: string[]) => statuses.includes(node.status),
      },
    },
    orders: { PERIOD: { key: (node) => node.period.label, compare: 'plain' } },
  },
  {
    field: 'auditEvents',
    entity: AuditEvent,
    filterType: 'AuditEventFilter',
    orderType: 'AuditEventOrder',
    // "latest first" when no orderBy is given
    fixedOrder: { key: (node) => node.occurredAt, compare: 'plain', direction: 'DESC' },
    selection: 'id action occurredAt actor { id } target { id }',
    filters: {
      actions: { values: valueChoices((node) => node.action), holds: (node: Json, actions: string[]) => actions.includes(node.action) },
      actorIds: { values: idChoices((node) => node.actor?.id), holds: inIds((node) => node.actor?.id) },
      targetIds: { values: idChoices((node) => node.target?.id), holds: inIds((node) => node.target?.id) },
    },
    orders: { OCCURRED_AT: { key: (node) => node.occurredAt, compare: 'plain' } },
  },
];

/** Type of the objects each id filter names; null when any node type is allowed. */
const ID_FILTER_TYPES: Record<string, string | null> = {
  provinceIds: 'Province',
  clusterIds: 'Cluster',
  agentIds: 'Person',
  supervisorIds: 'Person',
  executorIds: 'Person',
  obligorIds: 'Person',
  actorIds: 'Person',
  workingGroupIds: 'WorkingGroup',
  forumIds: 'WorkingGroup',
  decidedByIds: 'WorkingGroup',
  planIds: 'DevelopmentPlan',
  resolutionIds: 'Resolution',
  agencyIds: 'ExecutiveAgency',
  responsibleAgencyIds: 'ExecutiveAgency',
  targetIds: null,
};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

interface ListAnswer {
  totalCount: number;
  nodes: Json[];
}

/**
 * SQL statements a request spends before it reads anything: finding the signed-in person (the
 * analyst, who reads every province, needs no statement for a read scope).
 */
const AUTH_STATEMENTS = 1;

/**
 * Reads the list once per variant, all in one request (one alias per variant), and checks that the
 * request ran the viewer's statement and one statement per variant, whatever the filter, order or
 * number of rows (STYLE.md convention 3).
 */
async function fetchLists(spec: ListSpec, variants: { filter?: Json; orderBy?: Json }[]): Promise<ListAnswer[]> {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const fields = variants.map((variant, index) => {
    declarations.push(`$filter${index}: ${spec.filterType}`);
    variables[`filter${index}`] = { ...spec.baseFilter, ...variant.filter };
    let orderArgument = '';
    if (spec.orderType) {
      declarations.push(`$orderBy${index}: ${spec.orderType}`);
      variables[`orderBy${index}`] = variant.orderBy;
      orderArgument = `, orderBy: $orderBy${index}`;
    }
    return `list${index}: ${spec.field}(first: 100, filter: $filter${index}${orderArgument}) { totalCount nodes { ${spec.selection} } }`;
  });
  const query = `query Lists(${declarations.join(', ')}) { ${fields.join('\n')} }`;
  await app.tokenFor(ANALYST);
  app.resetQueries();
  const data = await queryData<Record<string, ListAnswer>>(app, query, variables);
  expect(app.queries.length, `SQL statements of ${spec.field} with ${JSON.stringify(variables)}`).toBe(AUTH_STATEMENTS + variants.length);
  return variants.map((_, index) => data[`list${index}`]);
}

async function fetchList(spec: ListSpec, filter?: Json, orderBy?: Json): Promise<ListAnswer> {
  const [answer] = await fetchLists(spec, [{ filter, orderBy }]);
  return answer;
}

const everything = new Map<string, Promise<ListAnswer>>();

/** The whole list (every list of the demo data fits in one page of 100). */
function wholeList(spec: ListSpec): Promise<ListAnswer> {
  let answer = everything.get(spec.field);
  if (!answer) {
    answer = fetchList(spec);
    everything.set(spec.field, answer);
  }
  return answer;
}

/** The values sorted by the database's own collation, independently of how the API sorts. */
async function sortedByDatabase(values: string[]): Promise<string[]> {
  if (values.length === 0) return [];
  const rows = await app.orm.em
    .fork()
    .getConnection()
    .execute<{ v: string }[]>(`select v from (values ${values.map(() => '(?::text)').join(', ')}) as t(v) order by v`, values);
  return rows.map((row) => row.v);
}

async function sortedAscending(values: string[], comparison: Comparison): Promise<string[]> {
  if (comparison === 'text') return sortedByDatabase(values);
  if (comparison === 'integer') return [...values].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
  if (comparison === 'decimal')
    return [...values].sort((a, b) => (scaledDecimal(a) < scaledDecimal(b) ? -1 : scaledDecimal(a) > scaledDecimal(b) ? 1 : 0));
  if (comparison === 'plain') return [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const { scale } = comparison;
  return [...values].sort((a, b) => scale.indexOf(a) - scale.indexOf(b));
}

/** Checks that nulls, if any, are together at one end, and returns the other keys. */
function withoutNulls(keys: (string | null)[], context: string): string[] {
  const firstNull = keys.indexOf(null);
  if (firstNull >= 0) {
    const nullCount = keys.filter((key) => key === null).length;
    const atStart = keys.slice(0, nullCount).every((key) => key === null);
    const atEnd = keys.slice(keys.length - nullCount).every((key) => key === null);
    expect(atStart || atEnd, `${context}: nulls must be together at one end: ${JSON.stringify(keys)}`).toBe(true);
  }
  return keys.filter((key): key is string => key !== null);
}

async function expectOrdered(keys: (string | null)[], comparison: Comparison, direction: 'ASC' | 'DESC', context: string) {
  const values = withoutNulls(keys, context);
  const ascending = await sortedAscending(values, comparison);
  const expected = direction === 'ASC' ? ascending : [...ascending].reverse();
  if (typeof comparison === 'object') {
    // A scale may be walked from either end, but in one direction only.
    expect([expected, [...expected].reverse()], `${context}: ${JSON.stringify(values)}`).toContainEqual(values);
  } else {
    expect(values, context).toEqual(expected);
  }
}

const ids = (nodes: Json[]) => nodes.map((node) => node.id as string);

// ---------------------------------------------------------------------------------------------
// Schema introspection, to check that the table covers the API
// ---------------------------------------------------------------------------------------------

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

interface InputField {
  name: string;
  type: TypeRef;
}

/** Named type of a field once lists and non-nulls are removed, and whether it is a list. */
function unwrap(type: TypeRef): { name: string; kind: string; list: boolean } {
  let current: TypeRef = type;
  let list = false;
  while (current.ofType) {
    if (current.kind === 'LIST') list = true;
    current = current.ofType;
  }
  return { name: current.name ?? '', kind: current.kind, list };
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';

let schemaTypes: Map<string, { inputFields: InputField[] | null; enumValues: { name: string }[] | null }>;
let queryFields: { name: string; args: { name: string; type: TypeRef }[]; type: TypeRef }[];
/** A real id of each of a few node types, to use where an id of another type is expected. */
const idsByType = new Map<string, string>();

beforeAll(async () => {
  app = await startTestApp();
  // The demo clusters are created in one go, often within the same millisecond; spread their
  // creation times so that ordering by CREATED_AT has distinct values to sort.
  await app.orm.em
    .fork()
    .getConnection()
    .execute(
      `update cluster set created_at = created_at - (interval '1 day' * (select count(*) from cluster c where c.name < cluster.name))`,
    );

  // Two more audit events than the demo data has, so that the audit list has something to narrow and order.
  const em = app.orm.em.fork();
  const [secretariat, headTehran] = await Promise.all([
    em.findOneOrFail(Person, { email: 'secretariat@demo.cluster-oversight.ir' }),
    em.findOneOrFail(Person, { email: 'head.tehran@demo.cluster-oversight.ir' }),
  ]);
  const [plan] = await em.find(DevelopmentPlan, {}, { limit: 1, orderBy: { proposedOn: 'asc' } });
  em.create(AuditEvent, {
    actor: secretariat,
    action: 'adjustPlanBudget',
    targetType: 'DevelopmentPlan',
    targetId: plan.id,
    occurredAt: new Date('2025-02-10T09:00:00Z'),
    before: null,
    after: { note: 'test' },
  });
  em.create(AuditEvent, {
    actor: headTehran,
    action: 'appointSupervisor',
    targetType: 'Person',
    targetId: headTehran.id,
    occurredAt: new Date('2024-11-01T09:00:00Z'),
    before: null,
    after: { note: 'test' },
  });
  await em.flush();

  // Deprecated filter fields (kept working beside their replacements) are listed too, so that the table covers them.
  const introspection = await queryData<{ __schema: { types: Json[]; queryType: { fields: Json[] } } }>(
    app,
    `{ __schema {
        queryType { fields { name type { ${TYPE_REF} } args { name type { ${TYPE_REF} } } } }
        types { name inputFields(includeDeprecated: true) { name type { ${TYPE_REF} } } enumValues { name } }
    } }`,
  );
  schemaTypes = new Map(
    introspection.__schema.types.map((type) => [type.name as string, { inputFields: type.inputFields, enumValues: type.enumValues }]),
  );
  queryFields = introspection.__schema.queryType.fields as typeof queryFields;

  const samples = await queryData(
    app,
    `{ provinces(first: 1) { nodes { id } } clusters(first: 1) { nodes { id } } people(first: 1) { nodes { id } }
       workingGroups(first: 1) { nodes { id } } developmentPlans(first: 1) { nodes { id } } executiveAgencies(first: 1) { nodes { id } }
       resolutions(first: 1) { nodes { id } } }`,
  );
  for (const [field, typeName] of [
    ['provinces', 'Province'],
    ['clusters', 'Cluster'],
    ['people', 'Person'],
    ['workingGroups', 'WorkingGroup'],
    ['developmentPlans', 'DevelopmentPlan'],
    ['executiveAgencies', 'ExecutiveAgency'],
    ['resolutions', 'Resolution'],
  ] as const) {
    idsByType.set(typeName, samples[field].nodes[0].id);
  }
});
afterAll(() => app?.close());

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe('the table of lists', () => {
  it('covers every top-level list, every filter field and every order field of the schema', () => {
    // Given the schema's top-level connection fields
    // apiKeys is read by administrators only and has its own tests (api-keys.test.ts).
    const lists = queryFields.filter((field) => unwrap(field.type).name.endsWith('Connection') && field.name !== 'apiKeys');

    // Then each is in the table, with its filter and order inputs fully covered
    expect(lists.map((field) => field.name).sort()).toEqual(LISTS.map((spec) => spec.field).sort());
    for (const spec of LISTS) {
      const field = lists.find((list) => list.name === spec.field)!;
      const filterArgument = field.args.find((argument) => argument.name === 'filter');
      expect(filterArgument && unwrap(filterArgument.type).name, spec.field).toBe(spec.filterType);
      // `and`, `or` and `not` combine the fields; they have tests of their own below.
      const filterFields = schemaTypes
        .get(spec.filterType)!
        .inputFields!.map((input) => input.name)
        .filter((name) => !LOGICAL.has(name));
      expect(Object.keys(spec.filters).sort(), `${spec.filterType} fields`).toEqual(filterFields.sort());

      const orderArgument = field.args.find((argument) => argument.name === 'orderBy');
      expect(orderArgument && unwrap(orderArgument.type).name, `${spec.field} orderBy`).toBe(spec.orderType);
      const orderFields = spec.orderType ? schemaTypes.get(`${spec.orderType}Field`)!.enumValues!.map((value) => value.name) : [];
      expect(Object.keys(spec.orders).sort(), `${spec.orderType} fields`).toEqual(orderFields.sort());
    }
  });

  it('knows the type of every id filter field', () => {
    const idFields = LISTS.flatMap((spec) =>
      schemaTypes
        .get(spec.filterType)!
        .inputFields!.filter((input) => unwrap(input.type).name === 'ID')
        .map((input) => input.name),
    );
    expect(idFields.filter((name) => !(name in ID_FILTER_TYPES))).toEqual([]);
  });
});

describe.each(LISTS)('$field', (spec) => {
  it(`reads the whole list with its references in ${AUTH_STATEMENTS} + 1 SQL statements`, async () => {
    // Given the list with every field of the table's selection, references included
    await app.tokenFor(ANALYST);
    app.resetQueries();

    // When it is read, filtered only by the list's own base conditions
    const { list } = await queryData<{ list: ListAnswer }>(
      app,
      `query($filter: ${spec.filterType}) { list: ${spec.field}(first: 100, filter: $filter) { totalCount nodes { ${spec.selection} } } }`,
      {
        filter: spec.baseFilter ?? null,
      },
    );

    // Then the viewer's statement and one more ran, however many rows came back
    expect(list.nodes.length).toBeGreaterThan(0);
    expect(app.queries.length, app.queries.join('\n')).toBe(AUTH_STATEMENTS + 1);
  });

  it('counts every row of its table in totalCount, and every node has an id', async () => {
    // Given the number of rows in the table, counted without the API
    const rows = await app.orm.em.fork().count(spec.entity, {});

    // When the whole list is read
    const { totalCount, nodes } = await wholeList(spec);

    // Then every row is there, each with its own id
    expect(totalCount).toBe(rows);
    expect(nodes).toHaveLength(rows);
    expect(rows).toBeGreaterThan(0);
    for (const node of nodes) expect(typeof node.id === 'string' && node.id.length > 0, JSON.stringify(node)).toBe(true);
    expect(new Set(ids(nodes)).size).toBe(nodes.length);
  });

  for (const [filterField, filterCase] of Object.entries(spec.filters)) {
    it(`filter.${filterField} returns exactly the matching rows`, async () => {
      // Given the whole list and the values to filter on
      const all = (await wholeList(spec)).nodes;
      const values = filterCase.values(all);
      expect(values.length).toBeGreaterThan(0);
      const sizes: number[] = [];

      // When the list is filtered on each value
      const answers = await fetchLists(
        spec,
        values.map((value) => ({ filter: { [filterField]: value } })),
      );

      values.forEach((value, index) => {
        // Then it holds exactly the rows that satisfy the condition, and counts them
        const { totalCount, nodes } = answers[index];
        const context = `${spec.field}(filter: { ${filterField}: ${JSON.stringify(value)} })`;
        const expected = all.filter((node) => filterCase.holds(node, value as never, all));
        for (const node of nodes)
          expect(filterCase.holds(node, value as never, all), `${context} returned ${JSON.stringify(node)}`).toBe(true);
        expect(ids(nodes).sort(), context).toEqual(ids(expected).sort());
        expect(totalCount, context).toBe(expected.length);
        sizes.push(expected.length);
      });
      // And the values chosen really test something: one narrows the list, one matches rows
      expect(
        sizes.some((size) => size < all.length),
        `no value narrows ${spec.field}: ${sizes}`,
      ).toBe(true);
      expect(
        sizes.some((size) => size > 0),
        `no value matches ${spec.field}: ${sizes}`,
      ).toBe(true);
    });
  }

  for (const [orderField, orderCase] of Object.entries(spec.orders)) {
    it(`orderBy ${orderField} sorts in both directions`, async () => {
      // Given the list ordered both ways
      const [ascending, descending] = (
        await fetchLists(spec, [
          { orderBy: { field: orderField, direction: 'ASC' } },
          { orderBy: { field: orderField, direction: 'DESC' } },
        ])
      ).map((answer) => answer.nodes);

      // Then both hold every row, sorted on the field, one the reverse of the other
      const all = (await wholeList(spec)).nodes;
      expect(ids(ascending).sort()).toEqual(ids(all).sort());
      expect(ids(descending).sort()).toEqual(ids(all).sort());
      const ascendingKeys = ascending.map(orderCase.key);
      const descendingKeys = descending.map(orderCase.key);
      expect(new Set(ascendingKeys).size, `${orderField} should have distinct values to sort`).toBeGreaterThan(1);
      await expectOrdered(ascendingKeys, orderCase.compare, 'ASC', `${spec.field} ${orderField} ASC`);
      await expectOrdered(descendingKeys, orderCase.compare, 'DESC', `${spec.field} ${orderField} DESC`);
      const present = (keys: (string | null)[]) => keys.filter((key) => key !== null);
      expect(present(descendingKeys)).toEqual([...present(ascendingKeys)].reverse());
    });
  }

  if (spec.defaultOrder) {
    const defaultOrder = spec.defaultOrder;
    it(`is ordered by ${defaultOrder} ascending when no orderBy is given`, async () => {
      const [implicit, explicit] = await fetchLists(spec, [{}, { orderBy: { field: defaultOrder, direction: 'ASC' } }]);
      expect(ids(implicit.nodes)).toEqual(ids(explicit.nodes));
    });
  }

  if (spec.fixedOrder) {
    const fixedOrder = spec.fixedOrder;
    it(`is ordered ${fixedOrder.direction === 'DESC' ? 'latest first' : 'earliest first'}`, async () => {
      const keys = (await wholeList(spec)).nodes.map(fixedOrder.key);
      expect(new Set(keys).size).toBeGreaterThan(1);
      await expectOrdered(keys, fixedOrder.compare, fixedOrder.direction, spec.field);
    });
  }

  const idFilters = Object.keys(spec.filters).filter((name) => name in ID_FILTER_TYPES);
  if (idFilters.length > 0) {
    it.each(idFilters)('rejects an id of another type or a garbage id in filter.%s with BAD_USER_INPUT', async (filterField) => {
      const expectedType = ID_FILTER_TYPES[filterField];
      const query = `query($filter: ${spec.filterType}) { ${spec.field}(filter: $filter) { totalCount } }`;
      const invalid: string[] = ['not-an-id', Buffer.from('Cluster:not-a-uuid').toString('base64url'), ''];
      if (expectedType !== null) {
        const otherType = [...idsByType.keys()].find((typeName) => typeName !== expectedType)!;
        invalid.push(idsByType.get(otherType)!);
      }
      for (const id of invalid) {
        await expectErrorCode(app, 'BAD_USER_INPUT', query, { filter: { ...spec.baseFilter, [filterField]: [id] } });
      }
    });

    it.each(idFilters)('accepts a well-formed id that names nothing in filter.%s and returns no rows', async (filterField) => {
      const typeName = ID_FILTER_TYPES[filterField] ?? 'Cluster';
      const unknown = Buffer.from(`${typeName}:${randomUUID()}`).toString('base64url');
      const { totalCount, nodes } = await fetchList(spec, { [filterField]: [unknown] });
      expect(totalCount).toBe(0);
      expect(nodes).toEqual([]);
    });
  }
});

describe('and, or and not', () => {
  const combinable = () => LISTS.filter((spec) => schemaTypes.get(spec.filterType)!.inputFields!.some((input) => input.name === 'not'));

  it('are offered by the generated filters', () => {
    expect(combinable().length).toBeGreaterThan(0);
  });

  it('combine any two conditions of a list as intersection, union and complement', async () => {
    for (const spec of combinable()) {
      // Given two conditions of the list that each narrow it (two values of its first field with values)
      const all = (await wholeList(spec)).nodes;
      const allIds = all.map((node) => node.id as string);
      const cases = Object.entries(spec.filters)
        .map(([field, filterCase]) => ({ field, values: filterCase.values(all) }))
        .filter(({ values }) => values.length >= 2);
      expect(cases.length, `${spec.field} has a filter field with two values`).toBeGreaterThan(0);
      const { field, values } = cases[0];
      const first = { [field]: values[0] };
      const second = { [field]: values[values.length - 1] };

      // When the list is read with each condition and with their combinations
      const [one, two, both, either, neither, nested] = await fetchLists(spec, [
        { filter: first },
        { filter: second },
        { filter: { and: [first, second] } },
        { filter: { or: [first, second] } },
        { filter: { not: first } },
        { filter: { or: [{ and: [first] }, { not: { not: second } }] } },
      ]);
      const ids = (answer: ListAnswer) => new Set(answer.nodes.map((node) => node.id as string));
      const [a, b] = [ids(one), ids(two)];

      // Then they are the intersection, the union and the complement, counted as listed
      const context = `${spec.field} with ${JSON.stringify(first)} and ${JSON.stringify(second)}`;
      expect([...ids(both)].sort(), `${context}: and`).toEqual(allIds.filter((id) => a.has(id) && b.has(id)).sort());
      expect([...ids(either)].sort(), `${context}: or`).toEqual(allIds.filter((id) => a.has(id) || b.has(id)).sort());
      expect([...ids(neither)].sort(), `${context}: not`).toEqual(allIds.filter((id) => !a.has(id)).sort());
      expect([...ids(nested)].sort(), `${context}: nested`).toEqual([...ids(either)].sort());
      for (const answer of [both, either, neither]) expect(answer.totalCount).toBe(answer.nodes.length);
    }
  });

  it('refuse nesting deeper than six levels with BAD_USER_INPUT', async () => {
    const spec = combinable()[0];
    let filter: Json = {};
    for (let depth = 0; depth < 8; depth += 1) filter = { not: filter };
    await expectErrorCode(app, 'BAD_USER_INPUT', `query($filter: ${spec.filterType}) { ${spec.field}(filter: $filter) { totalCount } }`, {
      filter,
    });
  });
});

describe('selections the descriptions do not cover yet', () => {
  it('are read through the resolvers with the same rows, order, cursors and count', async () => {
    // Given a list whose nodes have a field the read engine cannot read yet (Dispute.settled)
    const query = `query($first: Int, $after: String, $order: DisputeOrder) {
      plain: disputes(first: $first, after: $after, orderBy: $order) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
      resolved: disputes(first: $first, after: $after, orderBy: $order) { totalCount pageInfo { hasNextPage endCursor } nodes { id settled state } }
    }`;
    for (const order of [
      { field: 'RAISED_ON', direction: 'ASC' },
      { field: 'SUBJECT', direction: 'DESC' },
    ]) {
      let after: string | null = null;
      let pages = 0;
      do {
        // When the list is read page by page with and without that field
        const data: Json = await queryData(app, query, { first: 1, after, order });
        // Then both answers agree, and the field is answered
        expect(data.resolved.nodes.map((node: Json) => node.id)).toEqual(data.plain.nodes.map((node: Json) => node.id));
        expect(data.resolved.pageInfo).toEqual(data.plain.pageInfo);
        expect(data.resolved.totalCount).toBe(data.plain.totalCount);
        for (const node of data.resolved.nodes) expect(node.settled).toBe(['RESOLVED_PROVINCIAL', 'RESOLVED_CENTRAL'].includes(node.state));
        after = data.plain.pageInfo.endCursor;
        pages += 1;
        if (!data.plain.pageInfo.hasNextPage) break;
      } while (pages < 20);
      expect(pages).toBeGreaterThan(1);
    }
    // And an empty page still counts the list
    const empty: Json = await queryData(app, `{ disputes(filter: { clusterIds: [] }) { totalCount nodes { settled } } }`);
    expect(empty.disputes).toEqual({ totalCount: 0, nodes: [] });
  });
});

describe('list filters with more than 100 values', () => {
  /** A valid value of a list filter field, repeated, so that only the size is at fault. */
  function validValue(filterField: string, typeName: string): unknown {
    if (LOGICAL.has(filterField)) return {};
    if (typeName === 'ID') return idsByType.get(ID_FILTER_TYPES[filterField] ?? 'Cluster')!;
    if (typeName === 'PeriodLabel') return '1403-Q1';
    const enumValues = schemaTypes.get(typeName)?.enumValues;
    if (enumValues) return enumValues[0].name;
    return filterField === 'provinceCodes' || filterField === 'codes' ? 'IR-23' : 'X';
  }

  it('are rejected with BAD_USER_INPUT for every list-valued filter field', async () => {
    const accepted: string[] = [];
    for (const spec of LISTS) {
      for (const input of schemaTypes.get(spec.filterType)!.inputFields!) {
        const { name, list } = unwrap(input.type);
        if (!list) continue;
        // When a filter lists 101 valid values
        const values = Array.from({ length: 101 }, () => validValue(input.name, name));
        const response = await app.graphql(`query($filter: ${spec.filterType}) { ${spec.field}(filter: $filter) { totalCount } }`, {
          filter: { ...spec.baseFilter, [input.name]: values },
        });
        // Then the request is refused as malformed input
        const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
        if (codes.length === 0 || codes.some((code) => code !== 'BAD_USER_INPUT')) accepted.push(`${spec.field}.filter.${input.name}`);
      }
    }
    expect(accepted, 'filters that accept more than 100 values').toEqual([]);
  });
});

describe('text search', () => {
  it.each([
    { field: 'provinces', filterType: 'ProvinceFilter' },
    { field: 'people', filterType: 'PersonFilter' },
    { field: 'clusters', filterType: 'ClusterFilter' },
  ])('in $field treats "%" and "_" as the characters they are, not as wildcards', async ({ field, filterType }) => {
    // Given that no name contains "%" or "_"
    for (const search of ['%', '_', '%_%']) {
      // When a client searches for them
      const data = await queryData<{ list: ListAnswer }>(
        app,
        `query($filter: ${filterType}) { list: ${field}(first: 100, filter: $filter) { totalCount nodes { id } } }`,
        {
          filter: { search },
        },
      );
      // Then nothing matches
      expect(data.list.totalCount, `${field}(filter: { search: ${JSON.stringify(search)} })`).toBe(0);
    }
  });

  it('finds a cluster by its Persian name typed with extra spaces and a zero-width non-joiner', async () => {
    // Given a cluster whose Persian name is known
    const all = (await wholeList(LISTS.find((spec) => spec.field === 'clusters')!)).nodes;
    const carpet = all.find((node) => node.name.includes('Carpet'))!;

    // When its name is searched with leading, trailing and repeated spaces
    const { totalCount, nodes } = await fetchList(
      LISTS.find((spec) => spec.field === 'clusters')!,
      { search: '  فرش   دست\u200Cباف ' },
    );

    // Then it is found
    expect(totalCount).toBe(1);
    expect(nodes[0].id).toBe(carpet.id);
  });
});
