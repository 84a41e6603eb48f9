/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A seat in a working group's secretariat, or a member introduced by an executive agency (Art. 3). */
export type AddWorkingGroupMemberInput = {
  /** Executive agency that introduced the person; required for a MEMBER (Art. 3). */
  nominatingAgencyId?: string | null | undefined;
  /** The person taking the seat. */
  personId: string;
  /** SECRETARIAT or MEMBER; heads are appointed with `appointWorkingGroupHead`. */
  role: MembershipRole;
  /** First day of the seat; the seat is open-ended. */
  startsOn: string;
  /** The working group. */
  workingGroupId: string;
};

/** A working group's decision to raise or lower a plan's budget on the strength of a supervisor's review (Art. 4-4). */
export type AdjustPlanBudgetInput = {
  /** Signed change in rials, not zero: positive increases (score ≥ 60), negative decreases (score < 60). */
  amount: string;
  /** The supervisor's review that assessed the plan and on which the decision rests. */
  basisReviewId: string;
  /** Day of the decision; today when omitted. Not in the future. */
  decidedOn?: string | null | undefined;
  /** The approved plan. */
  planId: string;
  /** Why the working group changes the budget. */
  reason: string;
  /** The deciding working group: the cluster's provincial group or the central one. */
  workingGroupId: string;
};

/** Whether a budget went up or down. */
export type AdjustmentDirection =
  | 'DECREASE'
  | 'INCREASE';

/** A resolution adopted by a central or provincial working group (Art. 1, Art. 2). */
export type AdoptResolutionInput = {
  /** Date of adoption; not in the future. */
  adoptedOn: string;
  /** The cluster the resolution is about, if one. */
  clusterId?: string | null | undefined;
  /** Number of the resolution, unique within the working group. */
  number: string;
  /** The executive agency responsible for carrying it out (Art. 1). */
  responsibleAgencyId: string;
  /** Measurable targets; at most 20. */
  targets: Array<ResolutionTargetInput>;
  /** Full text of the resolution, as written. */
  text: string;
  /** Short title. */
  title: string;
  /** The adopting working group; for a resolution about a cluster, one of its responsible groups. */
  workingGroupId: string;
};

/** Conditions on agency assessments; all given conditions must hold. */
export type AgencyAssessmentFilter = {
  /** Ids of the assessed agencies. */
  agencyIds?: Array<string> | null | undefined;
  /** Every one of these conditions holds. */
  and?: Array<AgencyAssessmentFilter> | null | undefined;
  /** This condition does not hold. */
  not?: AgencyAssessmentFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<AgencyAssessmentFilter> | null | undefined;
  /** Quarters assessed, as a range, e.g. { from: "1403-Q1", to: "1404-Q4" }. */
  period?: PeriodRange | null | undefined;
  /** Quarters assessed. */
  periods?: Array<string> | null | undefined;
  /** Ratings. */
  ratings?: Array<AgencyRating> | null | undefined;
  /** Ids of the assessing working groups. */
  workingGroupIds?: Array<string> | null | undefined;
};

/** Order of a list: a field and a direction. */
export type AgencyAssessmentOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default PERIOD). */
  field?: AgencyAssessmentOrderField;
};

/** Fields assessments can be sorted on. */
export type AgencyAssessmentOrderField =
  | 'PERIOD'
  | 'RATING';

/** A working group's rating of an agency's performance on a five-grade scale. */
export type AgencyRating =
  /** The middle grade. */
  | 'FAIR'
  /** The second grade: better than fair. */
  | 'GOOD'
  /** The fourth grade: worse than fair. */
  | 'POOR'
  /** The highest of the five grades. */
  | 'VERY_GOOD'
  /** The lowest of the five grades. */
  | 'VERY_POOR';

/** Conditions on agent contracts; all given conditions must hold. */
export type AgentContractFilter = {
  /** Person ids of the agents. */
  agentIds?: Array<string> | null | undefined;
  /** Every one of these conditions holds. */
  and?: Array<AgentContractFilter> | null | undefined;
  /** Cluster ids. */
  clusterIds?: Array<string> | null | undefined;
  /** Only contracts in force on this day. */
  inForceOn?: string | null | undefined;
  /** This condition does not hold. */
  not?: AgentContractFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<AgentContractFilter> | null | undefined;
  /** ISO 3166-2 codes of the clusters' provinces. */
  provinceCodes?: Array<string> | null | undefined;
  /** Ids of the clusters' provinces. */
  provinceIds?: Array<string> | null | undefined;
};

/** Order of a list: a field and a direction. */
export type AgentContractOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default STARTS_ON). */
  field?: AgentContractOrderField;
};

/** Fields agent contracts can be sorted on. */
export type AgentContractOrderField =
  | 'CONTRACT_NUMBER'
  | 'ENDS_ON'
  | 'STARTS_ON';

/** Conditions on API keys; all given conditions must hold. */
export type ApiKeyFilter = {
  /** Every one of these conditions holds. */
  and?: Array<ApiKeyFilter> | null | undefined;
  /** This condition does not hold. */
  not?: ApiKeyFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<ApiKeyFilter> | null | undefined;
  /** Person ids of the partner service accounts. */
  personIds?: Array<string> | null | undefined;
  /** True: only keys neither revoked nor expired; false: only the others. */
  usable?: boolean | null | undefined;
};

/** A decree appointing a supervisor to a cluster for one year (Art. 3). */
export type AppointSupervisorInput = {
  /** The cluster to supervise. */
  clusterId: string;
  /** Date the decree is signed. */
  decreeDate: string;
  /** Decree number, unique within the working group. */
  decreeNumber: string;
  /** Last day of the term; when given it must be `startsOn` + 1 year − 1 day. */
  endsOn?: string | null | undefined;
  /** First day of the one-year term. */
  startsOn: string;
  /** The person appointed; must have recorded cluster-development expertise. */
  supervisorId: string;
  /** The appointing working group: the cluster's provincial group or the central one. Its head issues the decree. */
  workingGroupId: string;
};

/** A new head of a working group; the sitting head's seat ends the day before (Art. 3). */
export type AppointWorkingGroupHeadInput = {
  /** Agency that nominated the head, if any. */
  nominatingAgencyId?: string | null | undefined;
  /** The new head. */
  personId: string;
  /** First day in office; the seat is open-ended. */
  startsOn: string;
  /** The working group. */
  workingGroupId: string;
};

/** A responsible working group's approval of a proposed plan (R11, Art. 3). */
export type ApprovePlanInput = {
  /** Budget approved, in rials; the proposed budget when omitted. It never changes afterwards (R11). */
  approvedBudget?: string | null | undefined;
  /** Day of the decision; today when omitted. Not in the future. */
  decidedOn?: string | null | undefined;
  /** The proposed plan. */
  planId: string;
  /** The deciding working group: the cluster's provincial group or the central one. */
  workingGroupId: string;
};

/** A working group's opinion and rating of an executive agency's performance in a quarter (Art. 4-4). */
export type AssessAgencyInput = {
  /** The executive agency assessed. */
  agencyId: string;
  /** The working group's opinion of the agency's performance. */
  opinion: string;
  /** Quarter assessed, e.g. `1404-Q1`; it must have begun. */
  period: string;
  /** Rating of the performance. */
  rating: AgencyRating;
  /** The assessing working group; its head or secretariat records the opinion. */
  workingGroupId: string;
};

/** Conditions on audit events; all given conditions must hold. */
export type AuditEventFilter = {
  /** Business actions, e.g. ["appointSupervisor"]. */
  actions?: Array<string> | null | undefined;
  /** Person ids of the actors. */
  actorIds?: Array<string> | null | undefined;
  /** Every one of these conditions holds. */
  and?: Array<AuditEventFilter> | null | undefined;
  /** This condition does not hold. */
  not?: AuditEventFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<AuditEventFilter> | null | undefined;
  /** Ids of the changed objects: the audit trail of each. */
  targetIds?: Array<string> | null | undefined;
};

/** Kind of obstacle that prevented progress (Art. 4-1). */
export type BottleneckCategory =
  /** Funds were not allocated, not released, or released late; credit was not available. */
  | 'FINANCING'
  /** Skilled staff or experts were missing. */
  | 'HUMAN_RESOURCES'
  /** Land, buildings, utilities, transport or shared facilities were missing. */
  | 'INFRASTRUCTURE'
  /** Executive agencies did not cooperate, or disagreed (see Art. 4-5 disputes). */
  | 'INTER_AGENCY'
  /** Demand, prices, sanctions or access to foreign markets. */
  | 'MARKET'
  /** Anything else; the reason says what. */
  | 'OTHER'
  /** A law, regulation, permit or licence stood in the way. */
  | 'REGULATORY';

/** A reason and bottleneck that prevented progress (Art. 4-1). */
export type BottleneckInput = {
  /** Kind of obstacle. */
  category: BottleneckCategory;
  /** What happened and why it blocked progress. */
  description: string;
};

/** Conditions on budget adjustments; all given conditions must hold. */
export type BudgetAdjustmentFilter = {
  /** Every one of these conditions holds. */
  and?: Array<BudgetAdjustmentFilter> | null | undefined;
  /**
   * Decided on or after this day.
   * @deprecated Use `decidedOn`.
   */
  decidedFrom?: string | null | undefined;
  /** Decided within this range of days. */
  decidedOn?: DateRange | null | undefined;
  /**
   * Decided on or before this day.
   * @deprecated Use `decidedOn`.
   */
  decidedTo?: string | null | undefined;
  /** Only increases or only decreases. */
  direction?: AdjustmentDirection | null | undefined;
  /** This condition does not hold. */
  not?: BudgetAdjustmentFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<BudgetAdjustmentFilter> | null | undefined;
  /** Plan ids. */
  planIds?: Array<string> | null | undefined;
  /** ISO 3166-2 codes of the plans' clusters' provinces. */
  provinceCodes?: Array<string> | null | undefined;
  /** Ids of the plans' clusters' provinces. */
  provinceIds?: Array<string> | null | undefined;
  /** Ids of the deciding working groups. */
  workingGroupIds?: Array<string> | null | undefined;
};

/** Order of a list: a field and a direction. */
export type BudgetAdjustmentOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default DECIDED_ON). */
  field?: BudgetAdjustmentOrderField;
};

/** Fields adjustments can be sorted on. */
export type BudgetAdjustmentOrderField =
  | 'AMOUNT'
  | 'DECIDED_ON';

/** A move of a cluster to another stage of the development programme. */
export type ChangeClusterStatusInput = {
  /** The cluster. */
  clusterId: string;
  /** The new stage. */
  status: ClusterStatus;
};

/** Order of groups: a field and a direction; groups of equal value follow their keys. */
export type ClusterAggregateOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default KEYS). */
  field?: ClusterAggregateOrderField;
};

/** What Cluster groups can be sorted on: their keys, their count, or the sum of a measure. */
export type ClusterAggregateOrderField =
  | 'COUNT'
  | 'KEYS'
  | 'SUM_APPROVED_BUDGET'
  | 'SUM_CURRENT_BUDGET'
  | 'SUM_PLANS';

/** Conditions on the aggregates of Cluster groups; groups that fail them are left out. */
export type ClusterAggregatesHaving = {
  /** Conditions on the avg of the measures. */
  avg?: ClusterMeasureConditions | null | undefined;
  /** Condition on the number of rows of the group. */
  count?: IntComparison | null | undefined;
  /** Conditions on the max of the measures. */
  max?: ClusterMeasureConditions | null | undefined;
  /** Conditions on the min of the measures. */
  min?: ClusterMeasureConditions | null | undefined;
  /** Conditions on the sum of the measures. */
  sum?: ClusterMeasureConditions | null | undefined;
};

/** Conditions on clusters; all given conditions must hold. */
export type ClusterFilter = {
  /** Every one of these conditions holds. */
  and?: Array<ClusterFilter> | null | undefined;
  /** Four-digit ISIC classes of the sector. */
  isicCodes?: Array<string> | null | undefined;
  /** This condition does not hold. */
  not?: ClusterFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<ClusterFilter> | null | undefined;
  /** ISO 3166-2 codes of the provinces, e.g. ["IR-10"]. */
  provinceCodes?: Array<string> | null | undefined;
  /** Province ids. */
  provinceIds?: Array<string> | null | undefined;
  /** Part of the Persian or English name; Arabic and Persian letters and digits compare equal; a space, a ZWNJ and nothing compare equal; tatweel and vowel marks are ignored. */
  search?: string | null | undefined;
  /** Stages in the programme. */
  statuses?: Array<ClusterStatus> | null | undefined;
};

/** Keys Cluster rows can be grouped by; give one, or two for their cross. */
export type ClusterGroupBy =
  /** Four-digit ISIC class of the sector. */
  | 'ISIC_CODE'
  /** The cluster's province. */
  | 'PROVINCE'
  /** Stage in the programme. */
  | 'STATUS';

/** Conditions on the measures of Cluster groups; all given conditions must hold. */
export type ClusterMeasureConditions = {
  /** Approved budgets of the cluster's approved plans (their amount at approval), in rials; 0 when none. */
  approvedBudget?: DecimalComparison | null | undefined;
  /** Current budgets of the cluster's approved plans (after adjustments), in rials; 0 when none. */
  currentBudget?: DecimalComparison | null | undefined;
  /** Development plans of the cluster, in any state. */
  plans?: DecimalComparison | null | undefined;
};

/** Order of a list: a field and a direction. */
export type ClusterOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default NAME). */
  field?: ClusterOrderField;
};

/** Fields clusters can be sorted on. */
export type ClusterOrderField =
  | 'CREATED_AT'
  | 'ISIC_CODE'
  | 'NAME'
  | 'PROVINCE_CODE';

/** Stage of a cluster in the development programme. */
export type ClusterStatus =
  /** A development programme is under way. */
  | 'ACTIVE'
  /** The programme was stopped. */
  | 'DISCONTINUED'
  /** The programme has ended and the cluster runs on its own. */
  | 'GRADUATED'
  /** Identified and under diagnostic study; no programme yet. */
  | 'IDENTIFIED';

/** Completion of an approved plan, recorded by a responsible working group (R11). */
export type CompletePlanInput = {
  /** Last day of execution; reports of quarters that begin after it are no longer owed. */
  completedOn: string;
  /** The approved plan. */
  planId: string;
  /** The deciding working group: the cluster's provincial group or the central one. */
  workingGroupId: string;
};

/** Keys reporting compliance can be grouped by; give one, or two for their cross. */
export type ComplianceGroupBy =
  /** The plan's responsible agency, or the agent contract's contracting agency. */
  | 'AGENCY'
  /** The cluster the report is owed for. */
  | 'CLUSTER'
  /** Agent or plan-executor obligations. */
  | 'OBLIGOR_KIND'
  /** The cluster's province. */
  | 'PROVINCE'
  /** The quarter reported on. */
  | 'QUARTER';

/** Order of compliance groups: a field and a direction; groups of equal value follow their keys. Groups without a rate come last. */
export type ComplianceOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default KEYS). */
  field?: ComplianceOrderField;
};

/** What compliance groups can be sorted on. */
export type ComplianceOrderField =
  /** completenessRate: submitted ÷ due. */
  | 'COMPLETENESS_RATE'
  /** The count of reports expected. */
  | 'EXPECTED'
  /** The group keys, in the order they are given. */
  | 'KEYS'
  /** onTimeRate: onTime ÷ due. */
  | 'ON_TIME_RATE'
  /** The count of overdue obligations. */
  | 'OVERDUE';

/** A key for a partner service account. */
export type CreateApiKeyInput = {
  /** When the key stops working: in the future, at most two years ahead. */
  expiresAt: string;
  /** Name of the key, e.g. the partner application that will use it. */
  name: string;
  /** The partner service account (a person with the PARTNER role). */
  personId: string;
  /** ISO 3166-2 codes of the provinces the key may read; null or absent for all. */
  provinceCodes?: Array<string> | null | undefined;
  /** Limit the key to the SDK's own operations, sent by the hash of their text (persisted operations); any other query is refused. Default false. */
  trustedDocumentsOnly?: boolean | null | undefined;
  /** Node type names the key may read, e.g. ["Cluster"]; null or absent for all. */
  types?: Array<string> | null | undefined;
};

/** A range of days; either end may be left open. Both ends are included. */
export type DateRange = {
  /** First day of the range. */
  from?: string | null | undefined;
  /** Last day of the range. */
  to?: string | null | undefined;
};

/** The final decision of the central working group on an escalated dispute (Art. 4-5). */
export type DecideDisputeInput = {
  /** The decision; it is final. */
  decision: string;
  /** The dispute. */
  disputeId: string;
};

/** Conditions on an exact number; all given conditions must hold. */
export type DecimalComparison = {
  /** Equal to. */
  eq?: string | null | undefined;
  /** Greater than. */
  gt?: string | null | undefined;
  /** Greater than or equal to. */
  gte?: string | null | undefined;
  /** Less than. */
  lt?: string | null | undefined;
  /** Less than or equal to. */
  lte?: string | null | undefined;
  /** Not equal to. */
  ne?: string | null | undefined;
};

/** Order of groups: a field and a direction; groups of equal value follow their keys. */
export type DevelopmentPlanAggregateOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default KEYS). */
  field?: DevelopmentPlanAggregateOrderField;
};

/** What DevelopmentPlan groups can be sorted on: their keys, their count, or the sum of a measure. */
export type DevelopmentPlanAggregateOrderField =
  | 'COUNT'
  | 'KEYS'
  | 'SUM_APPROVED_BUDGET'
  | 'SUM_CURRENT_BUDGET'
  | 'SUM_PROPOSED_BUDGET';

/** Conditions on the aggregates of DevelopmentPlan groups; groups that fail them are left out. */
export type DevelopmentPlanAggregatesHaving = {
  /** Conditions on the avg of the measures. */
  avg?: DevelopmentPlanMeasureConditions | null | undefined;
  /** Condition on the number of rows of the group. */
  count?: IntComparison | null | undefined;
  /** Conditions on the max of the measures. */
  max?: DevelopmentPlanMeasureConditions | null | undefined;
  /** Conditions on the min of the measures. */
  min?: DevelopmentPlanMeasureConditions | null | undefined;
  /** Conditions on the sum of the measures. */
  sum?: DevelopmentPlanMeasureConditions | null | undefined;
};

/** Conditions on development plans; all given conditions must hold. */
export type DevelopmentPlanFilter = {
  /** Every one of these conditions holds. */
  and?: Array<DevelopmentPlanFilter> | null | undefined;
  /** Cluster ids. */
  clusterIds?: Array<string> | null | undefined;
  /** Ids of the working groups that decided them. */
  decidedByIds?: Array<string> | null | undefined;
  /** Person ids of the executors. */
  executorIds?: Array<string> | null | undefined;
  /** Four-digit ISIC classes of the clusters' sectors. */
  isicCodes?: Array<string> | null | undefined;
  /** Plans or projects. */
  kind?: PlanKind | null | undefined;
  /** This condition does not hold. */
  not?: DevelopmentPlanFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<DevelopmentPlanFilter> | null | undefined;
  /** ISO 3166-2 codes of the clusters' provinces. */
  provinceCodes?: Array<string> | null | undefined;
  /** Ids of the clusters' provinces. */
  provinceIds?: Array<string> | null | undefined;
  /** Ids of the responsible agencies. */
  responsibleAgencyIds?: Array<string> | null | undefined;
  /** Part of the title; Arabic and Persian letters and digits compare equal; a space, a ZWNJ and nothing compare equal; tatweel and vowel marks are ignored. */
  search?: string | null | undefined;
  /** Lifecycle states. */
  statuses?: Array<PlanStatus> | null | undefined;
};

/** Keys DevelopmentPlan rows can be grouped by; give one, or two for their cross. */
export type DevelopmentPlanGroupBy =
  /** The responsible executive agency. */
  | 'AGENCY'
  /** The cluster of the plan. */
  | 'CLUSTER'
  /** Four-digit ISIC class of the cluster's sector. */
  | 'ISIC_CODE'
  /** Plan or project. */
  | 'KIND'
  /** The cluster's province. */
  | 'PROVINCE'
  /** Quarter the plan was proposed in. */
  | 'QUARTER'
  /** Lifecycle state. */
  | 'STATUS';

/** Conditions on the measures of DevelopmentPlan groups; all given conditions must hold. */
export type DevelopmentPlanMeasureConditions = {
  /** Budget at approval, in rials (approved, suspended and completed plans only). */
  approvedBudget?: DecimalComparison | null | undefined;
  /** Budget after adjustments, in rials (approved, suspended and completed plans only). */
  currentBudget?: DecimalComparison | null | undefined;
  /** Budget proposed, in rials. */
  proposedBudget?: DecimalComparison | null | undefined;
};

/** Order of a list: a field and a direction. */
export type DevelopmentPlanOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default PROPOSED_ON). */
  field?: DevelopmentPlanOrderField;
};

/** Fields plans can be sorted on. */
export type DevelopmentPlanOrderField =
  | 'APPROVED_BUDGET'
  | 'CURRENT_BUDGET'
  | 'DECIDED_ON'
  | 'PROPOSED_ON'
  | 'TITLE';

/** Conditions on disputes; all given conditions must hold. */
export type DisputeFilter = {
  /** Every one of these conditions holds. */
  and?: Array<DisputeFilter> | null | undefined;
  /** Cluster ids. */
  clusterIds?: Array<string> | null | undefined;
  /** Ids of the working groups hearing them. */
  forumIds?: Array<string> | null | undefined;
  /** This condition does not hold. */
  not?: DisputeFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<DisputeFilter> | null | undefined;
  /** ISO 3166-2 codes of the clusters' provinces. */
  provinceCodes?: Array<string> | null | undefined;
  /** Ids of the clusters' provinces. */
  provinceIds?: Array<string> | null | undefined;
  /**
   * States.
   * @deprecated Use `statuses`.
   */
  states?: Array<DisputeState> | null | undefined;
  /** States. */
  statuses?: Array<DisputeState> | null | undefined;
};

/** Order of a list: a field and a direction. */
export type DisputeOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default RAISED_ON). */
  field?: DisputeOrderField;
};

/** Fields disputes can be sorted on. */
export type DisputeOrderField =
  | 'RAISED_ON'
  | 'SUBJECT';

/** A party to a dispute: give exactly one of `agencyId` and `personId`. */
export type DisputePartyInput = {
  /** The executive agency that is a party. */
  agencyId?: string | null | undefined;
  /** The person who is a party. */
  personId?: string | null | undefined;
};

/** OPEN_PROVINCIAL → RESOLVED_PROVINCIAL | NO_AGREEMENT → ESCALATED → RESOLVED_CENTRAL (Art. 4-5). */
export type DisputeState =
  | 'ESCALATED'
  | 'NO_AGREEMENT'
  | 'OPEN_PROVINCIAL'
  | 'RESOLVED_CENTRAL'
  | 'RESOLVED_PROVINCIAL';

/** Ending an agent contract before its term runs out. */
export type EndAgentContractInput = {
  /** The contract. */
  contractId: string;
  /** Last day the contract is in force; within its term. */
  lastDayInForce: string;
  /** Why the contract ends early. */
  reason: string;
};

/** The end of a seat in a working group. */
export type EndWorkingGroupMembershipInput = {
  /** Last day of the seat; not before its first. */
  endsOn: string;
  /** The seat. */
  membershipId: string;
};

/** Stable code of a rule violation returned in `userErrors`. */
export type ErrorCode =
  | 'ADJUSTMENT_AGAINST_PERFORMANCE'
  | 'AGENT_ALREADY_CONTRACTED'
  | 'AGENT_CONTRACT_AUTHORITY'
  | 'AGENT_NOT_QUALIFIED'
  | 'BOTTLENECKS_REQUIRED'
  | 'BUDGET_CAP_EXCEEDED'
  | 'CONFLICT'
  | 'CONFLICT_OF_INTEREST'
  | 'ESCALATION_NOT_ALLOWED'
  | 'INVALID_TRANSITION'
  | 'NOT_CURRENT_SUPERVISOR'
  | 'NOT_FOUND'
  | 'NOT_OBLIGOR'
  | 'NOT_RESPONSIBLE_WORKING_GROUP'
  | 'NOT_WORKING_GROUP_HEAD'
  | 'PERIOD_NOT_STARTED'
  | 'PLAN_NOT_APPROVED'
  | 'RECOMMENDATIONS_REQUIRED'
  | 'REPORT_ALREADY_SUBMITTED'
  | 'REVIEW_REQUIRED'
  | 'SUPERVISOR_ALREADY_APPOINTED'
  | 'SUPERVISOR_NOT_QUALIFIED'
  | 'VALIDATION'
  | 'WRONG_FORUM';

/** Escalation of a dispute without agreement at the province to the central working group (Art. 4-5). */
export type EscalateDisputeInput = {
  /** The dispute. */
  disputeId: string;
  /** Why the dispute is taken to the central working group. */
  reason: string;
};

/** Conditions on executive agencies; all given conditions must hold. */
export type ExecutiveAgencyFilter = {
  /** Every one of these conditions holds. */
  and?: Array<ExecutiveAgencyFilter> | null | undefined;
  /** Agency codes, e.g. ["ISIPO"]. */
  codes?: Array<string> | null | undefined;
  /** Only the agency that contracts development agents (true), or the others (false). */
  contractsDevelopmentAgents?: boolean | null | undefined;
  /** This condition does not hold. */
  not?: ExecutiveAgencyFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<ExecutiveAgencyFilter> | null | undefined;
  /** Part of the Persian or English name or the code; Arabic and Persian letters and digits compare equal; a space, a ZWNJ and nothing compare equal; tatweel and vowel marks are ignored. */
  search?: string | null | undefined;
};

/** Order of a list: a field and a direction. */
export type ExecutiveAgencyOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default CODE). */
  field?: ExecutiveAgencyOrderField;
};

/** Fields agencies can be sorted on. */
export type ExecutiveAgencyOrderField =
  | 'CODE'
  | 'NAME';

/** A province's export development working group to form (Art. 3); at most one per province. */
export type FormProvincialWorkingGroupInput = {
  /** Name in English. */
  name: string;
  /** Name in Persian, as written. */
  nameFa: string;
  /** The province. */
  provinceId: string;
};

/** The value an indicator of the obligation's plan reached by the end of the quarter. */
export type IndicatorActualInput = {
  /** A PlanIndicator of the obligation's plan. */
  indicatorId: string;
  /** Value reached by the end of the reported quarter, in the indicator's unit. */
  value: string;
};

/** Conditions on a whole number; all given conditions must hold. */
export type IntComparison = {
  /** Equal to. */
  eq?: number | null | undefined;
  /** Greater than. */
  gt?: number | null | undefined;
  /** Greater than or equal to. */
  gte?: number | null | undefined;
  /** Less than. */
  lt?: number | null | undefined;
  /** Less than or equal to. */
  lte?: number | null | undefined;
  /** Not equal to. */
  ne?: number | null | undefined;
};

/** Issuing the central secretariat's periodic report for a quarter that has ended (closing article). */
export type IssuePeriodicReportInput = {
  /** The quarter reported, e.g. `1404-Q1`; it must have ended. */
  period: string;
};

/** Records that a plan carries out a resolution. */
export type LinkPlanToResolutionInput = {
  /** The plan. */
  planId: string;
  /** The resolution; its working group must be responsible for the plan's cluster. */
  resolutionId: string;
};

/** What a person does in a working group. */
export type MembershipRole =
  /** Head of the working group; issues supervisor decrees (Art. 3). One at a time. */
  | 'HEAD'
  /** A member introduced by an executive agency (Art. 3). */
  | 'MEMBER'
  /** Works in the secretariat, which receives reviews and reports (Art. 4-3, closing). */
  | 'SECRETARIAT';

/** Who owes a quarterly report (Art. 4-1). */
export type ObligationKind =
  /** The development agent of a cluster with a contract in force. */
  | 'AGENT'
  /** The executor of an approved plan. */
  | 'PLAN_EXECUTOR';

/** Where a reporting obligation stands on a given day. */
export type ObligationStatus =
  /** The quarter has ended and the grace period runs; no report yet. */
  | 'DUE'
  /** The due date has passed with no report. */
  | 'OVERDUE'
  /** The quarter has not ended yet. */
  | 'PENDING'
  /** Reported after the due date. */
  | 'SUBMITTED_LATE'
  /** Reported by the due date. */
  | 'SUBMITTED_ON_TIME'
  /** Waived by a responsible working group. */
  | 'WAIVED';

/** A range of Solar Hijri quarters; either end may be left open. Both ends are included. */
export type PeriodRange = {
  /** First quarter, e.g. `1403-Q1`. */
  from?: string | null | undefined;
  /** Last quarter, e.g. `1404-Q4`. */
  to?: string | null | undefined;
};

/** Conditions on periodic reports; all given conditions must hold. */
export type PeriodicReportFilter = {
  /** Every one of these conditions holds. */
  and?: Array<PeriodicReportFilter> | null | undefined;
  /** This condition does not hold. */
  not?: PeriodicReportFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<PeriodicReportFilter> | null | undefined;
  /** Quarters reported, as a range, e.g. { from: "1403-Q1", to: "1404-Q4" }. */
  period?: PeriodRange | null | undefined;
  /** Quarters reported. */
  periods?: Array<string> | null | undefined;
  /**
   * Draft or issued.
   * @deprecated Use `statuses`.
   */
  status?: PeriodicReportStatus | null | undefined;
  /** Draft, issued, or both. */
  statuses?: Array<PeriodicReportStatus> | null | undefined;
};

/** A periodic report is frozen once issued. */
export type PeriodicReportStatus =
  | 'DRAFT'
  | 'ISSUED';

/** Conditions on people; all given conditions must hold. */
export type PersonFilter = {
  /** Every one of these conditions holds. */
  and?: Array<PersonFilter> | null | undefined;
  /** Exact e-mail address (case-insensitive). */
  email?: string | null | undefined;
  /** This condition does not hold. */
  not?: PersonFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<PersonFilter> | null | undefined;
  /** Only people with this recorded qualification. */
  qualification?: Qualification | null | undefined;
  /** Part of the Persian or Latin name; Arabic and Persian letters and digits compare equal; a space, a ZWNJ and nothing compare equal; tatweel and vowel marks are ignored. */
  search?: string | null | undefined;
  /** Only people whose account has this role. */
  systemRole?: SystemRole | null | undefined;
};

/** Order of a list: a field and a direction. */
export type PersonOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default NAME). */
  field?: PersonOrderField;
};

/** Fields people can be sorted on. */
export type PersonOrderField =
  | 'EMAIL'
  | 'NAME';

/** A qualification to record for, or withdraw from, a person. */
export type PersonQualificationInput = {
  /** The person. */
  personId: string;
  /** The qualification. */
  qualification: Qualification;
};

/** A review's assessment of one plan: performance score and economic return (Art. 4-3). */
export type PlanAssessmentInput = {
  /** Export value attributed to the plan in the period, in rials; not negative. */
  exportValue: string;
  /** Investment attracted, in rials; not negative. */
  investment: string;
  /** Jobs created; not negative. */
  jobsCreated: number;
  /** Programme performance, 0–100; 60 or more counts as performing (Art. 4-4). */
  performanceScore: number;
  /** A plan of the reviewed cluster: approved, suspended or completed. */
  planId: string;
  /** Remarks on this plan. */
  remarks?: string | null | undefined;
};

/** Conditions on plan indicators; all given conditions must hold. */
export type PlanIndicatorFilter = {
  /** Conditions on the achievement rate; indicators without one never match. */
  achievementRate?: DecimalComparison | null | undefined;
  /** Every one of these conditions holds. */
  and?: Array<PlanIndicatorFilter> | null | undefined;
  /** Ids of the plans' clusters. */
  clusterIds?: Array<string> | null | undefined;
  /** Only indicators with an actual stated (true) or without one (false). */
  hasActual?: boolean | null | undefined;
  /** Only indicators where higher is better (true) or lower is better (false). */
  higherIsBetter?: boolean | null | undefined;
  /** This condition does not hold. */
  not?: PlanIndicatorFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<PlanIndicatorFilter> | null | undefined;
  /** Plan ids. */
  planIds?: Array<string> | null | undefined;
  /** The plans' lifecycle states. */
  planStatuses?: Array<PlanStatus> | null | undefined;
  /** ISO 3166-2 codes of the plans' clusters' provinces. */
  provinceCodes?: Array<string> | null | undefined;
  /** Ids of the plans' clusters' provinces. */
  provinceIds?: Array<string> | null | undefined;
  /** Ids of the plans' responsible agencies. */
  responsibleAgencyIds?: Array<string> | null | undefined;
};

/** An indicator by which a proposed plan will measure progress. */
export type PlanIndicatorInput = {
  /** Value when the plan starts. */
  baseline: string;
  /** True when a higher actual is better. */
  higherIsBetter: boolean;
  /** What is measured, e.g. "Export value"; distinct within the plan. */
  name: string;
  /** Value the plan aims for. */
  target: string;
  /** Unit of measure, e.g. "rial", "firms", "percent". */
  unit: string;
};

/** Order of a list: a field and a direction. */
export type PlanIndicatorOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default NAME). */
  field?: PlanIndicatorOrderField;
};

/** Fields plan indicators can be sorted on. */
export type PlanIndicatorOrderField =
  /** Size of the gap, in the unit of each indicator. Indicators without an actual come last. */
  | 'ABSOLUTE_GAP'
  /** Achievement rate; ties by the larger absolute gap first (ascending). Indicators without a rate come last. */
  | 'ACHIEVEMENT_RATE'
  /** Name of the indicator. */
  | 'NAME';

/** A development plan or a single project (Art. 1). */
export type PlanKind =
  | 'PLAN'
  | 'PROJECT';

/** Lifecycle of a development plan: PROPOSED → APPROVED | REJECTED, APPROVED ⇄ SUSPENDED, APPROVED → COMPLETED. */
export type PlanStatus =
  | 'APPROVED'
  | 'COMPLETED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'SUSPENDED';

/** Conditions on progress reports; all given conditions must hold. */
export type ProgressReportFilter = {
  /** Every one of these conditions holds. */
  and?: Array<ProgressReportFilter> | null | undefined;
  /** Cluster ids. */
  clusterIds?: Array<string> | null | undefined;
  /** Only late (true) or timely (false) reports. */
  late?: boolean | null | undefined;
  /** Only the latest revision of each report (true, default) or every revision (false). */
  latestRevisionOnly?: boolean | null | undefined;
  /** Only reports of progress (true) or of no progress with bottlenecks (false). */
  madeProgress?: boolean | null | undefined;
  /** This condition does not hold. */
  not?: ProgressReportFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<ProgressReportFilter> | null | undefined;
  /** Quarters reported on, as a range, e.g. { from: "1403-Q1", to: "1404-Q4" }. */
  period?: PeriodRange | null | undefined;
  /** Quarters reported on. */
  periods?: Array<string> | null | undefined;
  /** Plan ids. */
  planIds?: Array<string> | null | undefined;
  /** ISO 3166-2 codes of the clusters' provinces. */
  provinceCodes?: Array<string> | null | undefined;
  /** Ids of the clusters' provinces. */
  provinceIds?: Array<string> | null | undefined;
};

/** Order of a list: a field and a direction. */
export type ProgressReportOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default SUBMITTED_ON). */
  field?: ProgressReportOrderField;
};

/** Fields progress reports can be sorted on. */
export type ProgressReportOrderField =
  | 'PERIOD'
  | 'SUBMITTED_ON';

/** A cluster development plan or project put to the working groups (Art. 2). */
export type ProposePlanInput = {
  /** The cluster the plan develops. */
  clusterId: string;
  /** Planned last day of execution; not before `startsOn`. */
  endsOn: string;
  /** The person who will execute the plan and report on it every quarter once approved (Art. 4-1). */
  executorId: string;
  /** Indicators by which the plan measures progress; at most 20. */
  indicators: Array<PlanIndicatorInput>;
  /** Plan or project. */
  kind: PlanKind;
  /** Budget requested, in rials; positive. */
  proposedBudget: string;
  /** Resolutions the plan carries out, adopted by the cluster's responsible working groups; at most 20. */
  resolutionIds?: Array<string> | null | undefined;
  /** The executive agency responsible for the plan. */
  responsibleAgencyId: string;
  /** Planned first day of execution. */
  startsOn: string;
  /** Title of the plan or project. */
  title: string;
};

/** Conditions on provinces; all given conditions must hold. */
export type ProvinceFilter = {
  /** Every one of these conditions holds. */
  and?: Array<ProvinceFilter> | null | undefined;
  /** ISO 3166-2 codes, e.g. ["IR-23", "IR-10"]. */
  codes?: Array<string> | null | undefined;
  /** This condition does not hold. */
  not?: ProvinceFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<ProvinceFilter> | null | undefined;
  /** Part of the Persian or English name. */
  search?: string | null | undefined;
};

/** Order of a list: a field and a direction. */
export type ProvinceOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default CODE). */
  field?: ProvinceOrderField;
};

/** Fields provinces can be sorted on. */
export type ProvinceOrderField =
  | 'CODE'
  | 'NAME_EN';

/** What the provincial working group concluded about a dispute (Art. 4-5). */
export type ProvincialOutcome =
  /** No agreement was reached; the dispute may be escalated to the central working group. */
  | 'NO_AGREEMENT'
  /** The provincial working group resolved it; its decision settles the dispute. */
  | 'RESOLVED';

/** A recorded qualification of a person. */
export type Qualification =
  /** Scientific and specialist competence in cluster development (Art. 3). */
  | 'CLUSTER_DEVELOPMENT_EXPERTISE'
  /** Qualified to act as a cluster development agent (Art. 3). */
  | 'DEVELOPMENT_AGENT';

/** A disagreement between elements of a cluster's development, lodged at the province's working group (Art. 4-5). */
export type RaiseDisputeInput = {
  /** The cluster the disagreement concerns. */
  clusterId: string;
  /** The positions of the parties. */
  description: string;
  /** Where it is lodged: the working group of the cluster's province, never the central one first (Art. 4-5). */
  forumWorkingGroupId: string;
  /** The parties, 2 to 10, each an executive agency or a person. */
  parties: Array<DisputePartyInput>;
  /** Day it was raised; today when omitted, never a future day. */
  raisedOn?: string | null | undefined;
  /** What the disagreement is about. */
  subject: string;
};

/** The provincial working group's outcome of a dispute it heard (Art. 4-5). */
export type RecordProvincialOutcomeInput = {
  /** The decision when resolved; the account of why no agreement was reached otherwise. */
  decision: string;
  /** The dispute. */
  disputeId: string;
  /** Resolved, or no agreement. */
  outcome: ProvincialOutcome;
};

/** An export-oriented business cluster to register. */
export type RegisterClusterInput = {
  /** Sector as a four-digit ISIC Rev. 4 class, e.g. `1392`. */
  isicCode: string;
  /** Main products of the cluster, at most 20, each 1–200 characters. */
  mainProducts: Array<string>;
  /** Name in English. */
  name: string;
  /** Name in Persian, as written; unique within the province in normalised form. */
  nameFa: string;
  /** The province the cluster is in. */
  provinceId: string;
  /** Stage in the programme; IDENTIFIED when not given. */
  status?: ClusterStatus | null | undefined;
};

/** An executive agency to register. It never contracts development agents: that is ISIPO, reference data (Art. 3). */
export type RegisterExecutiveAgencyInput = {
  /** Short code, 2–32 letters, digits or dashes, starting with a letter; stored in upper case, unique. */
  code: string;
  /** Name in English. */
  name: string;
  /** Name in Persian, as written. */
  nameFa: string;
};

/** A person to register in the oversight system. */
export type RegisterPersonInput = {
  /** E-mail address, used to sign in; stored in lower case and unique. */
  email: string;
  /** Full name in Persian, as written. */
  fullNameFa: string;
  /** Full name in Latin letters. */
  fullNameLatin: string;
  /** Telephone number: digits, spaces, `+`, `-` and parentheses. */
  phone?: string | null | undefined;
  /** Qualifications to record at once (Art. 3). */
  qualifications?: Array<Qualification> | null | undefined;
  /** Roles to grant to the account; only an administrator grants ADMIN. */
  systemRoles?: Array<SystemRole> | null | undefined;
};

/** A responsible working group's rejection of a proposed plan (R11, Art. 3). */
export type RejectPlanInput = {
  /** The proposed plan. */
  planId: string;
  /** Why the plan is rejected. */
  reason: string;
  /** The deciding working group: the cluster's provincial group or the central one. */
  workingGroupId: string;
};

/** Order of groups: a field and a direction; groups of equal value follow their keys. */
export type ReportingObligationAggregateOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default KEYS). */
  field?: ReportingObligationAggregateOrderField;
};

/** What ReportingObligation groups can be sorted on: their keys, their count, or the sum of a measure. */
export type ReportingObligationAggregateOrderField =
  | 'COUNT'
  | 'KEYS'
  | 'SUM_DAYS_LATE';

/** Conditions on the aggregates of ReportingObligation groups; groups that fail them are left out. */
export type ReportingObligationAggregatesHaving = {
  /** Conditions on the avg of the measures. */
  avg?: ReportingObligationMeasureConditions | null | undefined;
  /** Condition on the number of rows of the group. */
  count?: IntComparison | null | undefined;
  /** Conditions on the max of the measures. */
  max?: ReportingObligationMeasureConditions | null | undefined;
  /** Conditions on the min of the measures. */
  min?: ReportingObligationMeasureConditions | null | undefined;
  /** Conditions on the sum of the measures. */
  sum?: ReportingObligationMeasureConditions | null | undefined;
};

/** Conditions on reporting obligations; all given conditions must hold. */
export type ReportingObligationFilter = {
  /** Every one of these conditions holds. */
  and?: Array<ReportingObligationFilter> | null | undefined;
  /** Cluster ids. */
  clusterIds?: Array<string> | null | undefined;
  /** Agent or plan-executor obligations. */
  kind?: ObligationKind | null | undefined;
  /** This condition does not hold. */
  not?: ReportingObligationFilter | null | undefined;
  /** Person ids of the obligors. */
  obligorIds?: Array<string> | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<ReportingObligationFilter> | null | undefined;
  /** Quarters owed, as a range, e.g. { from: "1403-Q1", to: "1404-Q4" }. */
  period?: PeriodRange | null | undefined;
  /** Quarters, e.g. ["1403-Q4", "1404-Q1"]. */
  periods?: Array<string> | null | undefined;
  /** Plan ids. */
  planIds?: Array<string> | null | undefined;
  /** ISO 3166-2 codes of the clusters' provinces. */
  provinceCodes?: Array<string> | null | undefined;
  /** Ids of the clusters' provinces. */
  provinceIds?: Array<string> | null | undefined;
  /** Statuses as of today. */
  statuses?: Array<ObligationStatus> | null | undefined;
};

/** Keys ReportingObligation rows can be grouped by; give one, or two for their cross. */
export type ReportingObligationGroupBy =
  /** The plan's responsible agency, or the agent contract's contracting agency. */
  | 'AGENCY'
  /** The cluster the report is owed for. */
  | 'CLUSTER'
  /** Agent or plan-executor obligations. */
  | 'OBLIGOR_KIND'
  /** The cluster's province. */
  | 'PROVINCE'
  /** The quarter reported on. */
  | 'QUARTER'
  /** Status as of today. */
  | 'STATUS';

/** Conditions on the measures of ReportingObligation groups; all given conditions must hold. */
export type ReportingObligationMeasureConditions = {
  /** Days after the due date the first report arrived, for reports sent late. */
  daysLate?: DecimalComparison | null | undefined;
};

/** Order of a list: a field and a direction. */
export type ReportingObligationOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default PERIOD). */
  field?: ReportingObligationOrderField;
};

/** Fields reporting obligations can be sorted on. */
export type ReportingObligationOrderField =
  | 'DUE_ON'
  | 'PERIOD';

/** Conditions on resolutions; all given conditions must hold. */
export type ResolutionFilter = {
  /**
   * Adopted on or after this day.
   * @deprecated Use `adoptedOn`.
   */
  adoptedFrom?: string | null | undefined;
  /** Adopted on a day in this range. */
  adoptedOn?: DateRange | null | undefined;
  /**
   * Adopted on or before this day.
   * @deprecated Use `adoptedOn`.
   */
  adoptedTo?: string | null | undefined;
  /** Every one of these conditions holds. */
  and?: Array<ResolutionFilter> | null | undefined;
  /** Cluster ids. */
  clusterIds?: Array<string> | null | undefined;
  /** Only central or only provincial resolutions. */
  level?: WorkingGroupLevel | null | undefined;
  /** This condition does not hold. */
  not?: ResolutionFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<ResolutionFilter> | null | undefined;
  /** ISO 3166-2 codes of the resolutions' provinces (the cluster's province, else the working group's). */
  provinceCodes?: Array<string> | null | undefined;
  /** Ids of the resolutions' provinces (the cluster's province, else the working group's). */
  provinceIds?: Array<string> | null | undefined;
  /** Ids of the responsible agencies. */
  responsibleAgencyIds?: Array<string> | null | undefined;
  /** Part of the title; Arabic and Persian letters and digits compare equal; a space, a ZWNJ and nothing compare equal; tatweel and vowel marks are ignored. */
  search?: string | null | undefined;
  /** Ids of the adopting working groups. */
  workingGroupIds?: Array<string> | null | undefined;
};

/** Order of a list: a field and a direction. */
export type ResolutionOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default ADOPTED_ON). */
  field?: ResolutionOrderField;
};

/** Fields resolutions can be sorted on. */
export type ResolutionOrderField =
  | 'ADOPTED_ON'
  | 'NUMBER';

/** A measurable target set by a resolution, due by a quarter. */
export type ResolutionTargetInput = {
  /** Quarter by which the target is due, e.g. `1404-Q2`. */
  dueQuarter: string;
  /** True when a higher actual is better (the gap is target minus actual). */
  higherIsBetter: boolean;
  /** What is measured, e.g. "Export value". */
  indicator: string;
  /** Target value. */
  targetValue: string;
  /** Unit of measure, e.g. "rial", "jobs", "firms". */
  unit: string;
};

/** Resumption of a suspended plan by a responsible working group (R11). */
export type ResumePlanInput = {
  /** The suspended plan. */
  planId: string;
  /** The deciding working group: the cluster's provincial group or the central one. */
  workingGroupId: string;
};

/** A correction of a report: a new revision that supersedes the latest one and keeps it (Art. 4-1). */
export type ReviseProgressReportInput = {
  /** Reasons and bottlenecks that prevented progress; at least one when no progress was made; at most 20. */
  bottlenecks?: Array<BottleneckInput> | null | undefined;
  /** Actual values of the plan's indicators, each indicator at most once; at most 50. */
  indicatorActuals?: Array<IndicatorActualInput> | null | undefined;
  /** True when progress was made; false to report the reasons and bottlenecks that prevented it. */
  madeProgress: boolean;
  /** Percent complete, 0–100 with at most two decimals; required when progress was made. */
  percentComplete?: string | null | undefined;
  /** Any revision of the report to correct; the new revision supersedes its latest revision. */
  reportId: string;
  /** Narrative of the quarter, transparent and complete. */
  summary: string;
};

/** An API key to revoke. */
export type RevokeApiKeyInput = {
  /** The key. */
  apiKeyId: string;
};

/** Revocation of a supervisor appointment before its term ends. */
export type RevokeSupervisorAppointmentInput = {
  /** The appointment. */
  appointmentId: string;
  /** Last day the supervisor is in office. */
  lastDayInOffice: string;
  /** Why the appointment is revoked. */
  reason: string;
};

/** A development agent's contract with ISIPO for one cluster (Art. 3). */
export type SignAgentContractInput = {
  /** The contracting agency: the one that contracts development agents (ISIPO). */
  agencyId: string;
  /** The development agent; must have the recorded development agent qualification. */
  agentId: string;
  /** The cluster whose development programme the agent runs. */
  clusterId: string;
  /** Contract number, unique across all contracts. */
  contractNumber: string;
  /** Last day in force; not before `startsOn`. */
  endsOn: string;
  /** First day in force. */
  startsOn: string;
};

/** Ascending or descending order. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** The quarterly report owed for an obligation (Art. 4-1). */
export type SubmitProgressReportInput = {
  /** Reasons and bottlenecks that prevented progress; at least one when no progress was made; at most 20. */
  bottlenecks?: Array<BottleneckInput> | null | undefined;
  /** Actual values of the plan's indicators, each indicator at most once; at most 50. */
  indicatorActuals?: Array<IndicatorActualInput> | null | undefined;
  /** True when progress was made; false to report the reasons and bottlenecks that prevented it. */
  madeProgress: boolean;
  /** The reporting obligation answered; the caller must be its obligor. */
  obligationId: string;
  /** Percent complete, 0–100 with at most two decimals; required when progress was made. */
  percentComplete?: string | null | undefined;
  /** Narrative of the quarter, transparent and complete. */
  summary: string;
};

/** A supervisor's periodic review of a cluster's plans: performance, economic return and proposals (Art. 4-3). */
export type SubmitSupervisorReviewInput = {
  /** The reviewed cluster; the caller must be its supervisor in force on the review date. */
  clusterId: string;
  /** Findings of the review. */
  findings: string;
  /** The quarter reviewed, e.g. `1404-Q1`. */
  period: string;
  /** Assessment of each reviewed plan, 1 to 50, each plan once. */
  planAssessments: Array<PlanAssessmentInput>;
  /** Proposals for improvement and correction, at least one that is not blank; at most 20. */
  recommendations: Array<string>;
  /** Day of the review; today when left out. Not after today. */
  reviewedOn?: string | null | undefined;
};

/** Conditions on supervisor appointments; all given conditions must hold. */
export type SupervisorAppointmentFilter = {
  /** Every one of these conditions holds. */
  and?: Array<SupervisorAppointmentFilter> | null | undefined;
  /** Cluster ids. */
  clusterIds?: Array<string> | null | undefined;
  /** Only appointments in force on this day. */
  inForceOn?: string | null | undefined;
  /** This condition does not hold. */
  not?: SupervisorAppointmentFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<SupervisorAppointmentFilter> | null | undefined;
  /** ISO 3166-2 codes of the clusters' provinces. */
  provinceCodes?: Array<string> | null | undefined;
  /** Ids of the clusters' provinces. */
  provinceIds?: Array<string> | null | undefined;
  /** Person ids of the supervisors. */
  supervisorIds?: Array<string> | null | undefined;
  /** Ids of the appointing working groups. */
  workingGroupIds?: Array<string> | null | undefined;
};

/** Order of a list: a field and a direction. */
export type SupervisorAppointmentOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default STARTS_ON). */
  field?: SupervisorAppointmentOrderField;
};

/** Fields supervisor appointments can be sorted on. */
export type SupervisorAppointmentOrderField =
  | 'DECREE_DATE'
  | 'STARTS_ON';

/** Conditions on supervisor reviews; all given conditions must hold. */
export type SupervisorReviewFilter = {
  /** Every one of these conditions holds. */
  and?: Array<SupervisorReviewFilter> | null | undefined;
  /** Cluster ids. */
  clusterIds?: Array<string> | null | undefined;
  /** This condition does not hold. */
  not?: SupervisorReviewFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<SupervisorReviewFilter> | null | undefined;
  /** Quarters reviewed, as a range, e.g. { from: "1403-Q1", to: "1404-Q4" }. */
  period?: PeriodRange | null | undefined;
  /** Quarters reviewed. */
  periods?: Array<string> | null | undefined;
  /** ISO 3166-2 codes of the clusters' provinces. */
  provinceCodes?: Array<string> | null | undefined;
  /** Ids of the clusters' provinces. */
  provinceIds?: Array<string> | null | undefined;
  /** Person ids of the supervisors. */
  supervisorIds?: Array<string> | null | undefined;
};

/** Order of a list: a field and a direction. */
export type SupervisorReviewOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default REVIEWED_ON). */
  field?: SupervisorReviewOrderField;
};

/** Fields reviews can be sorted on. */
export type SupervisorReviewOrderField =
  | 'PERIOD'
  | 'REVIEWED_ON';

/** Suspension of an approved plan by a responsible working group (R11). */
export type SuspendPlanInput = {
  /** The approved plan. */
  planId: string;
  /** Why the plan is suspended. */
  reason: string;
  /** The deciding working group: the cluster's provincial group or the central one. */
  workingGroupId: string;
};

/** A role granted to a person's account. */
export type SystemRole =
  /** Administers the system: keeps the registry, grants any role, issues API keys; reads every province. */
  | 'ADMIN'
  /** Reads every province, read-only. */
  | 'ANALYST'
  /** Staff of the central secretariat at the TPO: keeps the registry and reads every province. */
  | 'CENTRAL_SECRETARIAT'
  /** A partner agency's service account: read-only, limited to what its API keys grant. */
  | 'PARTNER'
  /** Staff of a provincial secretariat: reads the provinces of the groups where they hold a secretariat seat. */
  | 'PROVINCIAL_SECRETARIAT';

/** Withdraws the record that a plan carries out a resolution. */
export type UnlinkPlanFromResolutionInput = {
  /** The plan. */
  planId: string;
  /** The resolution the plan is linked to. */
  resolutionId: string;
};

/** Waiving a quarterly report that is no longer owed (Art. 4-1, Art. 3). */
export type WaiveReportingObligationInput = {
  /** The obligation to waive; no report may have been sent for it. */
  obligationId: string;
  /** Why the report is no longer owed. */
  reason: string;
  /** The deciding working group: the cluster's provincial group or the central one; the caller is its head or secretariat. */
  workingGroupId: string;
};

/** Conditions on working groups; all given conditions must hold. */
export type WorkingGroupFilter = {
  /** Every one of these conditions holds. */
  and?: Array<WorkingGroupFilter> | null | undefined;
  /** Central or provincial. */
  level?: WorkingGroupLevel | null | undefined;
  /** This condition does not hold. */
  not?: WorkingGroupFilter | null | undefined;
  /** At least one of these conditions holds. */
  or?: Array<WorkingGroupFilter> | null | undefined;
  /** ISO 3166-2 codes of the provinces. */
  provinceCodes?: Array<string> | null | undefined;
  /** Province ids. */
  provinceIds?: Array<string> | null | undefined;
  /** Part of the Persian or English name; Arabic and Persian letters and digits compare equal; a space, a ZWNJ and nothing compare equal; tatweel and vowel marks are ignored. */
  search?: string | null | undefined;
};

/** Where a working group sits (Art. 3). */
export type WorkingGroupLevel =
  /** The export-oriented cluster development working group at the TPO; exactly one. */
  | 'CENTRAL'
  /** A province's export development working group; at most one per province. */
  | 'PROVINCIAL';

/** Order of a list: a field and a direction. */
export type WorkingGroupOrder = {
  /** Direction (default ASC). */
  direction?: SortDirection;
  /** Field to sort on (default PROVINCE_CODE). */
  field?: WorkingGroupOrderField;
};

/** Fields working groups can be sorted on. */
export type WorkingGroupOrderField =
  | 'NAME'
  | 'PROVINCE_CODE';

export type AgencyAssessmentSummaryFragment = { id: string, rating: AgencyRating, opinion: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, agency: { id: string, code: string, name: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, assessedBy: { id: string, fullNameLatin: string, fullNameFa: string } };

export type AgencyAssessmentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: AgencyAssessmentFilter | null | undefined;
  orderBy?: AgencyAssessmentOrder | null | undefined;
}>;


export type AgencyAssessmentsQuery = { agencyAssessments: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, rating: AgencyRating, opinion: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, agency: { id: string, code: string, name: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, assessedBy: { id: string, fullNameLatin: string, fullNameFa: string } } }> } };

export type AgentContractSummaryFragment = { id: string, contractNumber: string, startsOn: string, endsOn: string, terminatedOn: string | null, inForce: boolean, agent: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, agency: { id: string, code: string, name: string } };

export type AgentContractsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: AgentContractFilter | null | undefined;
  orderBy?: AgentContractOrder | null | undefined;
}>;


export type AgentContractsQuery = { agentContracts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, contractNumber: string, startsOn: string, endsOn: string, terminatedOn: string | null, inForce: boolean, agent: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, agency: { id: string, code: string, name: string } } }> } };

export type AgentContractDetailQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type AgentContractDetailQuery = { node:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', createdAt: string, id: string, contractNumber: string, startsOn: string, endsOn: string, terminatedOn: string | null, inForce: boolean, reportingObligations: { totalCount: number, nodes: Array<{ id: string, kind: ObligationKind, status: ObligationStatus, dueOn: string, submittedOn: string | null, waivedOn: string | null, waiverReason: string | null, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, obligor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, agentContract: { id: string, contractNumber: string } | null }> }, agent: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, agency: { id: string, code: string, name: string } }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'DevelopmentPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', id: string }
    | { __typename: 'SupervisorReview', id: string }
    | { __typename: 'WorkingGroup', id: string }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export type ClusterAggregatesQueryVariables = Exact<{
  filter?: ClusterFilter | null | undefined;
  groupBy?: Array<ClusterGroupBy> | ClusterGroupBy | null | undefined;
  having?: ClusterAggregatesHaving | null | undefined;
  orderBy?: ClusterAggregateOrder | null | undefined;
  first?: number | null | undefined;
}>;


export type ClusterAggregatesQuery = { clusterAggregates: Array<{ count: number, keys: { isicCode: string | null, status: ClusterStatus | null, province: { id: string, code: string, nameEn: string } | null }, sum: { plans: string | null, approvedBudget: string | null, currentBudget: string | null } }> };

export type DevelopmentPlanAggregatesQueryVariables = Exact<{
  filter?: DevelopmentPlanFilter | null | undefined;
  groupBy?: Array<DevelopmentPlanGroupBy> | DevelopmentPlanGroupBy | null | undefined;
  having?: DevelopmentPlanAggregatesHaving | null | undefined;
  orderBy?: DevelopmentPlanAggregateOrder | null | undefined;
  first?: number | null | undefined;
}>;


export type DevelopmentPlanAggregatesQuery = { developmentPlanAggregates: Array<{ count: number, keys: { isicCode: string | null, status: PlanStatus | null, kind: PlanKind | null, province: { id: string, code: string, nameEn: string } | null, agency: { id: string, code: string, name: string } | null, cluster: { id: string, name: string } | null, quarter: { label: string } | null }, sum: { proposedBudget: string | null, approvedBudget: string | null, currentBudget: string | null } }> };

export type ReportingObligationAggregatesQueryVariables = Exact<{
  filter?: ReportingObligationFilter | null | undefined;
  groupBy?: Array<ReportingObligationGroupBy> | ReportingObligationGroupBy | null | undefined;
  having?: ReportingObligationAggregatesHaving | null | undefined;
  orderBy?: ReportingObligationAggregateOrder | null | undefined;
  first?: number | null | undefined;
}>;


export type ReportingObligationAggregatesQuery = { reportingObligationAggregates: Array<{ count: number, keys: { obligorKind: ObligationKind | null, status: ObligationStatus | null, province: { id: string, code: string } | null, cluster: { id: string, name: string } | null, agency: { id: string, code: string } | null, quarter: { label: string } | null } }> };

export type ReportingComplianceQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  groupBy?: Array<ComplianceGroupBy> | ComplianceGroupBy | null | undefined;
  filter?: ReportingObligationFilter | null | undefined;
  orderBy?: ComplianceOrder | null | undefined;
  first?: number | null | undefined;
}>;


export type ReportingComplianceQuery = { reportingCompliance: Array<{ expected: number, waived: number, notYetDue: number, due: number, submitted: number, onTime: number, late: number, overdue: number, completenessRate: string | null, onTimeRate: string | null, keys: { obligorKind: ObligationKind | null, province: { id: string, code: string, nameEn: string } | null, cluster: { id: string, name: string } | null, agency: { id: string, code: string } | null, quarter: { label: string } | null } }> };

export type PlanIndicatorsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PlanIndicatorFilter | null | undefined;
  orderBy?: PlanIndicatorOrder | null | undefined;
}>;


export type PlanIndicatorsQuery = { planIndicators: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, unit: string, target: string, latestActual: string | null, gap: string | null, achievementRate: string | null, higherIsBetter: boolean, plan: { id: string, title: string } }> } };

export type ApiKeySummaryFragment = { id: string, name: string, prefix: string, provinceCodes: Array<string> | null, types: Array<string> | null, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, createdAt: string, person: { id: string, email: string } };

export type ApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: ApiKeyFilter | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, prefix: string, provinceCodes: Array<string> | null, types: Array<string> | null, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, createdAt: string, person: { id: string, email: string } } }> } };

export type AuditEventSummaryFragment = { id: string, action: string, occurredAt: string, targetType: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, actor: { id: string, fullNameLatin: string, fullNameFa: string } | null, target:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'DevelopmentPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', id: string }
    | { __typename: 'SupervisorReview', id: string }
    | { __typename: 'WorkingGroup', id: string }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export type AuditEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, action: string, occurredAt: string, targetType: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, actor: { id: string, fullNameLatin: string, fullNameFa: string } | null, target:
          | { __typename: 'AgencyAssessment', id: string }
          | { __typename: 'AgentContract', id: string }
          | { __typename: 'ApiKey', id: string }
          | { __typename: 'AuditEvent', id: string }
          | { __typename: 'BudgetAdjustment', id: string }
          | { __typename: 'Cluster', id: string }
          | { __typename: 'DevelopmentPlan', id: string }
          | { __typename: 'Dispute', id: string }
          | { __typename: 'DisputeParty', id: string }
          | { __typename: 'DisputeStep', id: string }
          | { __typename: 'ExecutiveAgency', id: string }
          | { __typename: 'IndicatorActual', id: string }
          | { __typename: 'PeriodicReport', id: string }
          | { __typename: 'Person', id: string }
          | { __typename: 'PlanAssessment', id: string }
          | { __typename: 'PlanIndicator', id: string }
          | { __typename: 'ProgressReport', id: string }
          | { __typename: 'Province', id: string }
          | { __typename: 'ReportBottleneck', id: string }
          | { __typename: 'ReportingObligation', id: string }
          | { __typename: 'Resolution', id: string }
          | { __typename: 'ResolutionTarget', id: string }
          | { __typename: 'SupervisorAppointment', id: string }
          | { __typename: 'SupervisorReview', id: string }
          | { __typename: 'WorkingGroup', id: string }
          | { __typename: 'WorkingGroupMembership', id: string }
         | null } }> } };

export type AuditTrailQueryVariables = Exact<{
  targetIds: Array<string> | string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, action: string, occurredAt: string, targetType: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, actor: { id: string, fullNameLatin: string, fullNameFa: string } | null, target:
          | { __typename: 'AgencyAssessment', id: string }
          | { __typename: 'AgentContract', id: string }
          | { __typename: 'ApiKey', id: string }
          | { __typename: 'AuditEvent', id: string }
          | { __typename: 'BudgetAdjustment', id: string }
          | { __typename: 'Cluster', id: string }
          | { __typename: 'DevelopmentPlan', id: string }
          | { __typename: 'Dispute', id: string }
          | { __typename: 'DisputeParty', id: string }
          | { __typename: 'DisputeStep', id: string }
          | { __typename: 'ExecutiveAgency', id: string }
          | { __typename: 'IndicatorActual', id: string }
          | { __typename: 'PeriodicReport', id: string }
          | { __typename: 'Person', id: string }
          | { __typename: 'PlanAssessment', id: string }
          | { __typename: 'PlanIndicator', id: string }
          | { __typename: 'ProgressReport', id: string }
          | { __typename: 'Province', id: string }
          | { __typename: 'ReportBottleneck', id: string }
          | { __typename: 'ReportingObligation', id: string }
          | { __typename: 'Resolution', id: string }
          | { __typename: 'ResolutionTarget', id: string }
          | { __typename: 'SupervisorAppointment', id: string }
          | { __typename: 'SupervisorReview', id: string }
          | { __typename: 'WorkingGroup', id: string }
          | { __typename: 'WorkingGroupMembership', id: string }
         | null } }> } };

export type BudgetAdjustmentSummaryFragment = { id: string, direction: AdjustmentDirection, amount: string, budgetBefore: string, resultingBudget: string, decidedOn: string, reason: string, plan: { id: string, title: string, approvedBudget: string | null }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, decidedBy: { id: string, fullNameLatin: string, fullNameFa: string }, basisReview: { id: string, reviewedOn: string } };

export type BudgetAdjustmentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: BudgetAdjustmentFilter | null | undefined;
  orderBy?: BudgetAdjustmentOrder | null | undefined;
}>;


export type BudgetAdjustmentsQuery = { budgetAdjustments: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, direction: AdjustmentDirection, amount: string, budgetBefore: string, resultingBudget: string, decidedOn: string, reason: string, plan: { id: string, title: string, approvedBudget: string | null }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, decidedBy: { id: string, fullNameLatin: string, fullNameFa: string }, basisReview: { id: string, reviewedOn: string } } }> } };

export type ClusterSummaryFragment = { id: string, name: string, nameFa: string, isicCode: string, mainProducts: Array<string>, status: ClusterStatus, province: { id: string, code: string, nameEn: string, nameFa: string } };

export type ClustersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: ClusterFilter | null | undefined;
  orderBy?: ClusterOrder | null | undefined;
}>;


export type ClustersQuery = { clusters: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, nameFa: string, isicCode: string, mainProducts: Array<string>, status: ClusterStatus, province: { id: string, code: string, nameEn: string, nameFa: string } } }> } };

export type ClusterDetailQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type ClusterDetailQuery = { node:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', createdAt: string, id: string, name: string, nameFa: string, isicCode: string, mainProducts: Array<string>, status: ClusterStatus, currentAgent: { id: string, fullNameLatin: string, fullNameFa: string } | null, currentAgentContract: { id: string, contractNumber: string, startsOn: string, endsOn: string, terminatedOn: string | null, inForce: boolean, agent: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, agency: { id: string, code: string, name: string } } | null, currentSupervisor: { id: string, fullNameLatin: string, fullNameFa: string } | null, currentSupervisorAppointment: { id: string, decreeNumber: string, decreeDate: string, startsOn: string, endsOn: string, revokedOn: string | null, inForce: boolean, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, appointedBy: { id: string, fullNameLatin: string, fullNameFa: string } } | null, responsibleWorkingGroups: Array<{ id: string, level: WorkingGroupLevel, name: string, nameFa: string, province: { id: string, code: string, nameEn: string, nameFa: string } | null, head: { id: string, fullNameLatin: string, fullNameFa: string } | null }>, plans: { totalCount: number, nodes: Array<{ id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null }> }, resolutions: { totalCount: number, nodes: Array<{ id: string, number: string, title: string, adoptedOn: string, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, cluster: { id: string, name: string, nameFa: string } | null, responsibleAgency: { id: string, code: string, name: string } }> }, agentContracts: { totalCount: number, nodes: Array<{ id: string, contractNumber: string, startsOn: string, endsOn: string, terminatedOn: string | null, inForce: boolean, agent: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, agency: { id: string, code: string, name: string } }> }, supervisorAppointments: { totalCount: number, nodes: Array<{ id: string, decreeNumber: string, decreeDate: string, startsOn: string, endsOn: string, revokedOn: string | null, inForce: boolean, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, appointedBy: { id: string, fullNameLatin: string, fullNameFa: string } }> }, reportingObligations: { totalCount: number, nodes: Array<{ id: string, kind: ObligationKind, status: ObligationStatus, dueOn: string, submittedOn: string | null, waivedOn: string | null, waiverReason: string | null, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, obligor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, agentContract: { id: string, contractNumber: string } | null }> }, progressReports: { totalCount: number, nodes: Array<{ id: string, revision: number, submittedOn: string, late: boolean, madeProgress: boolean, percentComplete: string | null, summary: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, submittedBy: { id: string, fullNameLatin: string, fullNameFa: string }, recipientSupervisor: { id: string, fullNameLatin: string, fullNameFa: string } | null, recipientWorkingGroup: { id: string, name: string, level: WorkingGroupLevel } }> }, reviews: { totalCount: number, nodes: Array<{ id: string, reviewedOn: string, findings: string, recommendations: Array<string>, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, appointment: { id: string, decreeNumber: string }, routedToCentral: { id: string, name: string }, routedToProvincial: { id: string, name: string } | null }> }, disputes: { totalCount: number, nodes: Array<{ id: string, subject: string, description: string, raisedOn: string, state: DisputeState, cluster: { id: string, name: string, nameFa: string }, raisedBy: { id: string, fullNameLatin: string, fullNameFa: string }, forum: { id: string, name: string, level: WorkingGroupLevel } }> }, province: { id: string, code: string, nameEn: string, nameFa: string } }
    | { __typename: 'DevelopmentPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', id: string }
    | { __typename: 'SupervisorReview', id: string }
    | { __typename: 'WorkingGroup', id: string }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export type DevelopmentPlanSummaryFragment = { id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null };

export type PlanIndicatorSummaryFragment = { id: string, name: string, unit: string, baseline: string, target: string, higherIsBetter: boolean };

export type PlanAssessmentSummaryFragment = { id: string, performanceScore: number, exportValue: string, investment: string, jobsCreated: number, remarks: string | null, plan: { id: string, title: string }, review: { id: string, reviewedOn: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string } } };

export type DevelopmentPlansQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: DevelopmentPlanFilter | null | undefined;
  orderBy?: DevelopmentPlanOrder | null | undefined;
}>;


export type DevelopmentPlansQuery = { developmentPlans: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null } }> } };

export type DevelopmentPlanDetailQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type DevelopmentPlanDetailQuery = { node:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'DevelopmentPlan', createdAt: string, id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, indicators: { totalCount: number, nodes: Array<{ id: string, name: string, unit: string, baseline: string, target: string, higherIsBetter: boolean, actuals: { totalCount: number, nodes: Array<{ id: string, value: string, report: { id: string, submittedOn: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string } } }> } }> }, resolutions: { totalCount: number, nodes: Array<{ id: string, number: string, title: string, adoptedOn: string, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, cluster: { id: string, name: string, nameFa: string } | null, responsibleAgency: { id: string, code: string, name: string } }> }, reportingObligations: { totalCount: number, nodes: Array<{ id: string, kind: ObligationKind, status: ObligationStatus, dueOn: string, submittedOn: string | null, waivedOn: string | null, waiverReason: string | null, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, obligor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, agentContract: { id: string, contractNumber: string } | null }> }, progressReports: { totalCount: number, nodes: Array<{ id: string, revision: number, submittedOn: string, late: boolean, madeProgress: boolean, percentComplete: string | null, summary: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, submittedBy: { id: string, fullNameLatin: string, fullNameFa: string }, recipientSupervisor: { id: string, fullNameLatin: string, fullNameFa: string } | null, recipientWorkingGroup: { id: string, name: string, level: WorkingGroupLevel } }> }, assessments: { totalCount: number, nodes: Array<{ id: string, performanceScore: number, exportValue: string, investment: string, jobsCreated: number, remarks: string | null, plan: { id: string, title: string }, review: { id: string, reviewedOn: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string } } }> }, budgetAdjustments: { totalCount: number, nodes: Array<{ id: string, direction: AdjustmentDirection, amount: string, budgetBefore: string, resultingBudget: string, decidedOn: string, reason: string, plan: { id: string, title: string, approvedBudget: string | null }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, decidedBy: { id: string, fullNameLatin: string, fullNameFa: string }, basisReview: { id: string, reviewedOn: string } }> }, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', id: string }
    | { __typename: 'SupervisorReview', id: string }
    | { __typename: 'WorkingGroup', id: string }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export type DisputeSummaryFragment = { id: string, subject: string, description: string, raisedOn: string, state: DisputeState, cluster: { id: string, name: string, nameFa: string }, raisedBy: { id: string, fullNameLatin: string, fullNameFa: string }, forum: { id: string, name: string, level: WorkingGroupLevel } };

export type DisputesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: DisputeFilter | null | undefined;
  orderBy?: DisputeOrder | null | undefined;
}>;


export type DisputesQuery = { disputes: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, subject: string, description: string, raisedOn: string, state: DisputeState, cluster: { id: string, name: string, nameFa: string }, raisedBy: { id: string, fullNameLatin: string, fullNameFa: string }, forum: { id: string, name: string, level: WorkingGroupLevel } } }> } };

export type DisputeDetailQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type DisputeDetailQuery = { node:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'DevelopmentPlan', id: string }
    | { __typename: 'Dispute', createdAt: string, id: string, subject: string, description: string, raisedOn: string, state: DisputeState, parties: { totalCount: number, nodes: Array<{ id: string, person: { id: string, fullNameLatin: string, fullNameFa: string } | null, agency: { id: string, code: string, name: string } | null }> }, steps: { totalCount: number, nodes: Array<{ id: string, occurredAt: string, fromState: DisputeState | null, toState: DisputeState, decision: string | null, actor: { id: string, fullNameLatin: string, fullNameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel } }> }, cluster: { id: string, name: string, nameFa: string }, raisedBy: { id: string, fullNameLatin: string, fullNameFa: string }, forum: { id: string, name: string, level: WorkingGroupLevel } }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', id: string }
    | { __typename: 'SupervisorReview', id: string }
    | { __typename: 'WorkingGroup', id: string }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export type ExecutiveAgencySummaryFragment = { id: string, code: string, name: string, nameFa: string, contractsDevelopmentAgents: boolean };

export type ExecutiveAgenciesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: ExecutiveAgencyFilter | null | undefined;
  orderBy?: ExecutiveAgencyOrder | null | undefined;
}>;


export type ExecutiveAgenciesQuery = { executiveAgencies: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, name: string, nameFa: string, contractsDevelopmentAgents: boolean } }> } };

export type ExecutiveAgencyDetailQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type ExecutiveAgencyDetailQuery = { node:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'DevelopmentPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', createdAt: string, id: string, code: string, name: string, nameFa: string, contractsDevelopmentAgents: boolean, resolutions: { totalCount: number, nodes: Array<{ id: string, number: string, title: string, adoptedOn: string, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, cluster: { id: string, name: string, nameFa: string } | null, responsibleAgency: { id: string, code: string, name: string } }> }, developmentPlans: { totalCount: number, nodes: Array<{ id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null }> }, agentContracts: { totalCount: number, nodes: Array<{ id: string, contractNumber: string, startsOn: string, endsOn: string, terminatedOn: string | null, inForce: boolean, agent: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, agency: { id: string, code: string, name: string } }> }, assessments: { totalCount: number, nodes: Array<{ id: string, rating: AgencyRating, opinion: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, agency: { id: string, code: string, name: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, assessedBy: { id: string, fullNameLatin: string, fullNameFa: string } }> } }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', id: string }
    | { __typename: 'SupervisorReview', id: string }
    | { __typename: 'WorkingGroup', id: string }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export type AssessAgencyMutationVariables = Exact<{
  input: AssessAgencyInput;
}>;


export type AssessAgencyMutation = { assessAgency: { assessment: { id: string, rating: AgencyRating, opinion: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, agency: { id: string, code: string, name: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, assessedBy: { id: string, fullNameLatin: string, fullNameFa: string } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type SignAgentContractMutationVariables = Exact<{
  input: SignAgentContractInput;
}>;


export type SignAgentContractMutation = { signAgentContract: { contract: { id: string, contractNumber: string, startsOn: string, endsOn: string, terminatedOn: string | null, inForce: boolean, agent: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, agency: { id: string, code: string, name: string } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type EndAgentContractMutationVariables = Exact<{
  input: EndAgentContractInput;
}>;


export type EndAgentContractMutation = { endAgentContract: { contract: { id: string, contractNumber: string, startsOn: string, endsOn: string, terminatedOn: string | null, inForce: boolean, agent: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, agency: { id: string, code: string, name: string } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string | null, apiKey: { id: string, name: string, prefix: string, provinceCodes: Array<string> | null, types: Array<string> | null, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, createdAt: string, person: { id: string, email: string } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, name: string, prefix: string, provinceCodes: Array<string> | null, types: Array<string> | null, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, createdAt: string, person: { id: string, email: string } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type AdjustPlanBudgetMutationVariables = Exact<{
  input: AdjustPlanBudgetInput;
}>;


export type AdjustPlanBudgetMutation = { adjustPlanBudget: { adjustment: { id: string, direction: AdjustmentDirection, amount: string, budgetBefore: string, resultingBudget: string, decidedOn: string, reason: string, plan: { id: string, title: string, approvedBudget: string | null }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, decidedBy: { id: string, fullNameLatin: string, fullNameFa: string }, basisReview: { id: string, reviewedOn: string } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type RegisterClusterMutationVariables = Exact<{
  input: RegisterClusterInput;
}>;


export type RegisterClusterMutation = { registerCluster: { cluster: { id: string, name: string, nameFa: string, isicCode: string, mainProducts: Array<string>, status: ClusterStatus, province: { id: string, code: string, nameEn: string, nameFa: string } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type ChangeClusterStatusMutationVariables = Exact<{
  input: ChangeClusterStatusInput;
}>;


export type ChangeClusterStatusMutation = { changeClusterStatus: { cluster: { id: string, name: string, nameFa: string, isicCode: string, mainProducts: Array<string>, status: ClusterStatus, province: { id: string, code: string, nameEn: string, nameFa: string } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type ProposePlanMutationVariables = Exact<{
  input: ProposePlanInput;
}>;


export type ProposePlanMutation = { proposePlan: { plan: { id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, indicators: { nodes: Array<{ id: string, name: string, unit: string, baseline: string, target: string, higherIsBetter: boolean }> }, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type ApprovePlanMutationVariables = Exact<{
  input: ApprovePlanInput;
}>;


export type ApprovePlanMutation = { approvePlan: { plan: { id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type RejectPlanMutationVariables = Exact<{
  input: RejectPlanInput;
}>;


export type RejectPlanMutation = { rejectPlan: { plan: { id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type SuspendPlanMutationVariables = Exact<{
  input: SuspendPlanInput;
}>;


export type SuspendPlanMutation = { suspendPlan: { plan: { id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type ResumePlanMutationVariables = Exact<{
  input: ResumePlanInput;
}>;


export type ResumePlanMutation = { resumePlan: { plan: { id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type CompletePlanMutationVariables = Exact<{
  input: CompletePlanInput;
}>;


export type CompletePlanMutation = { completePlan: { plan: { id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type LinkPlanToResolutionMutationVariables = Exact<{
  input: LinkPlanToResolutionInput;
}>;


export type LinkPlanToResolutionMutation = { linkPlanToResolution: { plan: { id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type UnlinkPlanFromResolutionMutationVariables = Exact<{
  input: UnlinkPlanFromResolutionInput;
}>;


export type UnlinkPlanFromResolutionMutation = { unlinkPlanFromResolution: { plan: { id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type RaiseDisputeMutationVariables = Exact<{
  input: RaiseDisputeInput;
}>;


export type RaiseDisputeMutation = { raiseDispute: { dispute: { id: string, subject: string, description: string, raisedOn: string, state: DisputeState, cluster: { id: string, name: string, nameFa: string }, raisedBy: { id: string, fullNameLatin: string, fullNameFa: string }, forum: { id: string, name: string, level: WorkingGroupLevel } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type RecordProvincialOutcomeMutationVariables = Exact<{
  input: RecordProvincialOutcomeInput;
}>;


export type RecordProvincialOutcomeMutation = { recordProvincialOutcome: { dispute: { id: string, subject: string, description: string, raisedOn: string, state: DisputeState, cluster: { id: string, name: string, nameFa: string }, raisedBy: { id: string, fullNameLatin: string, fullNameFa: string }, forum: { id: string, name: string, level: WorkingGroupLevel } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type EscalateDisputeMutationVariables = Exact<{
  input: EscalateDisputeInput;
}>;


export type EscalateDisputeMutation = { escalateDispute: { dispute: { id: string, subject: string, description: string, raisedOn: string, state: DisputeState, cluster: { id: string, name: string, nameFa: string }, raisedBy: { id: string, fullNameLatin: string, fullNameFa: string }, forum: { id: string, name: string, level: WorkingGroupLevel } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type DecideDisputeMutationVariables = Exact<{
  input: DecideDisputeInput;
}>;


export type DecideDisputeMutation = { decideDispute: { dispute: { id: string, subject: string, description: string, raisedOn: string, state: DisputeState, cluster: { id: string, name: string, nameFa: string }, raisedBy: { id: string, fullNameLatin: string, fullNameFa: string }, forum: { id: string, name: string, level: WorkingGroupLevel } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type RegisterExecutiveAgencyMutationVariables = Exact<{
  input: RegisterExecutiveAgencyInput;
}>;


export type RegisterExecutiveAgencyMutation = { registerExecutiveAgency: { agency: { id: string, code: string, name: string, nameFa: string, contractsDevelopmentAgents: boolean } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type RegisterPersonMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type RegisterPersonMutation = { registerPerson: { person: { email: string, phone: string | null, qualifications: Array<Qualification>, systemRoles: Array<SystemRole>, id: string, fullNameLatin: string, fullNameFa: string } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type RecordQualificationMutationVariables = Exact<{
  input: PersonQualificationInput;
}>;


export type RecordQualificationMutation = { recordQualification: { person: { email: string, phone: string | null, qualifications: Array<Qualification>, systemRoles: Array<SystemRole>, id: string, fullNameLatin: string, fullNameFa: string } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type WithdrawQualificationMutationVariables = Exact<{
  input: PersonQualificationInput;
}>;


export type WithdrawQualificationMutation = { withdrawQualification: { person: { email: string, phone: string | null, qualifications: Array<Qualification>, systemRoles: Array<SystemRole>, id: string, fullNameLatin: string, fullNameFa: string } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type IssuePeriodicReportMutationVariables = Exact<{
  input: IssuePeriodicReportInput;
}>;


export type IssuePeriodicReportMutation = { issuePeriodicReport: { report: { id: string, status: PeriodicReportStatus, issuedAt: string | null, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, issuedBy: { id: string, fullNameLatin: string, fullNameFa: string } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type SubmitProgressReportMutationVariables = Exact<{
  input: SubmitProgressReportInput;
}>;


export type SubmitProgressReportMutation = { submitProgressReport: { report: { id: string, revision: number, submittedOn: string, late: boolean, madeProgress: boolean, percentComplete: string | null, summary: string, obligation: { id: string, kind: ObligationKind, status: ObligationStatus, dueOn: string, submittedOn: string | null, waivedOn: string | null, waiverReason: string | null, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, obligor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, agentContract: { id: string, contractNumber: string } | null }, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, submittedBy: { id: string, fullNameLatin: string, fullNameFa: string }, recipientSupervisor: { id: string, fullNameLatin: string, fullNameFa: string } | null, recipientWorkingGroup: { id: string, name: string, level: WorkingGroupLevel } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type ReviseProgressReportMutationVariables = Exact<{
  input: ReviseProgressReportInput;
}>;


export type ReviseProgressReportMutation = { reviseProgressReport: { report: { id: string, revision: number, submittedOn: string, late: boolean, madeProgress: boolean, percentComplete: string | null, summary: string, obligation: { id: string, kind: ObligationKind, status: ObligationStatus, dueOn: string, submittedOn: string | null, waivedOn: string | null, waiverReason: string | null, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, obligor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, agentContract: { id: string, contractNumber: string } | null }, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, submittedBy: { id: string, fullNameLatin: string, fullNameFa: string }, recipientSupervisor: { id: string, fullNameLatin: string, fullNameFa: string } | null, recipientWorkingGroup: { id: string, name: string, level: WorkingGroupLevel } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type WaiveReportingObligationMutationVariables = Exact<{
  input: WaiveReportingObligationInput;
}>;


export type WaiveReportingObligationMutation = { waiveReportingObligation: { obligation: { id: string, kind: ObligationKind, status: ObligationStatus, dueOn: string, submittedOn: string | null, waivedOn: string | null, waiverReason: string | null, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, obligor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, agentContract: { id: string, contractNumber: string } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type AdoptResolutionMutationVariables = Exact<{
  input: AdoptResolutionInput;
}>;


export type AdoptResolutionMutation = { adoptResolution: { resolution: { id: string, number: string, title: string, adoptedOn: string, targets: { nodes: Array<{ id: string, indicator: string, unit: string, targetValue: string, higherIsBetter: boolean, dueQuarter: { label: string, year: number, quarter: number, startsOn: string, endsOn: string } }> }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, cluster: { id: string, name: string, nameFa: string } | null, responsibleAgency: { id: string, code: string, name: string } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type AppointSupervisorMutationVariables = Exact<{
  input: AppointSupervisorInput;
}>;


export type AppointSupervisorMutation = { appointSupervisor: { appointment: { id: string, decreeNumber: string, decreeDate: string, startsOn: string, endsOn: string, revokedOn: string | null, inForce: boolean, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, appointedBy: { id: string, fullNameLatin: string, fullNameFa: string } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type RevokeSupervisorAppointmentMutationVariables = Exact<{
  input: RevokeSupervisorAppointmentInput;
}>;


export type RevokeSupervisorAppointmentMutation = { revokeSupervisorAppointment: { appointment: { id: string, decreeNumber: string, decreeDate: string, startsOn: string, endsOn: string, revokedOn: string | null, inForce: boolean, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, appointedBy: { id: string, fullNameLatin: string, fullNameFa: string } } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type SubmitSupervisorReviewMutationVariables = Exact<{
  input: SubmitSupervisorReviewInput;
}>;


export type SubmitSupervisorReviewMutation = { submitSupervisorReview: { review: { id: string, reviewedOn: string, findings: string, recommendations: Array<string>, planAssessments: { nodes: Array<{ id: string, performanceScore: number, exportValue: string, investment: string, jobsCreated: number, remarks: string | null, plan: { id: string, title: string }, review: { id: string, reviewedOn: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string } } }> }, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, appointment: { id: string, decreeNumber: string }, routedToCentral: { id: string, name: string }, routedToProvincial: { id: string, name: string } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type UserErrorFieldsFragment = { code: ErrorCode, message: string, field: Array<string> | null, article: string | null };

export type FormProvincialWorkingGroupMutationVariables = Exact<{
  input: FormProvincialWorkingGroupInput;
}>;


export type FormProvincialWorkingGroupMutation = { formProvincialWorkingGroup: { workingGroup: { id: string, level: WorkingGroupLevel, name: string, nameFa: string, province: { id: string, code: string, nameEn: string, nameFa: string } | null, head: { id: string, fullNameLatin: string, fullNameFa: string } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type AppointWorkingGroupHeadMutationVariables = Exact<{
  input: AppointWorkingGroupHeadInput;
}>;


export type AppointWorkingGroupHeadMutation = { appointWorkingGroupHead: { membership: { id: string, role: MembershipRole, startsOn: string, endsOn: string | null, person: { id: string, fullNameLatin: string, fullNameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, nominatingAgency: { id: string, code: string, name: string } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type AddWorkingGroupMemberMutationVariables = Exact<{
  input: AddWorkingGroupMemberInput;
}>;


export type AddWorkingGroupMemberMutation = { addWorkingGroupMember: { membership: { id: string, role: MembershipRole, startsOn: string, endsOn: string | null, person: { id: string, fullNameLatin: string, fullNameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, nominatingAgency: { id: string, code: string, name: string } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type EndWorkingGroupMembershipMutationVariables = Exact<{
  input: EndWorkingGroupMembershipInput;
}>;


export type EndWorkingGroupMembershipMutation = { endWorkingGroupMembership: { membership: { id: string, role: MembershipRole, startsOn: string, endsOn: string | null, person: { id: string, fullNameLatin: string, fullNameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, nominatingAgency: { id: string, code: string, name: string } | null } | null, userErrors: Array<{ code: ErrorCode, message: string, field: Array<string> | null, article: string | null }> } };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { __typename: 'AgencyAssessment', id: string, createdAt: string }
    | { __typename: 'AgentContract', id: string, createdAt: string }
    | { __typename: 'ApiKey', id: string, createdAt: string }
    | { __typename: 'AuditEvent', id: string, createdAt: string }
    | { __typename: 'BudgetAdjustment', id: string, createdAt: string }
    | { __typename: 'Cluster', id: string, createdAt: string }
    | { __typename: 'DevelopmentPlan', id: string, createdAt: string }
    | { __typename: 'Dispute', id: string, createdAt: string }
    | { __typename: 'DisputeParty', id: string, createdAt: string }
    | { __typename: 'DisputeStep', id: string, createdAt: string }
    | { __typename: 'ExecutiveAgency', id: string, createdAt: string }
    | { __typename: 'IndicatorActual', id: string, createdAt: string }
    | { __typename: 'PeriodicReport', id: string, createdAt: string }
    | { __typename: 'Person', id: string, createdAt: string }
    | { __typename: 'PlanAssessment', id: string, createdAt: string }
    | { __typename: 'PlanIndicator', id: string, createdAt: string }
    | { __typename: 'ProgressReport', id: string, createdAt: string }
    | { __typename: 'Province', id: string, createdAt: string }
    | { __typename: 'ReportBottleneck', id: string, createdAt: string }
    | { __typename: 'ReportingObligation', id: string, createdAt: string }
    | { __typename: 'Resolution', id: string, createdAt: string }
    | { __typename: 'ResolutionTarget', id: string, createdAt: string }
    | { __typename: 'SupervisorAppointment', id: string, createdAt: string }
    | { __typename: 'SupervisorReview', id: string, createdAt: string }
    | { __typename: 'WorkingGroup', id: string, createdAt: string }
    | { __typename: 'WorkingGroupMembership', id: string, createdAt: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'AgencyAssessment', id: string, createdAt: string }
    | { __typename: 'AgentContract', id: string, createdAt: string }
    | { __typename: 'ApiKey', id: string, createdAt: string }
    | { __typename: 'AuditEvent', id: string, createdAt: string }
    | { __typename: 'BudgetAdjustment', id: string, createdAt: string }
    | { __typename: 'Cluster', id: string, createdAt: string }
    | { __typename: 'DevelopmentPlan', id: string, createdAt: string }
    | { __typename: 'Dispute', id: string, createdAt: string }
    | { __typename: 'DisputeParty', id: string, createdAt: string }
    | { __typename: 'DisputeStep', id: string, createdAt: string }
    | { __typename: 'ExecutiveAgency', id: string, createdAt: string }
    | { __typename: 'IndicatorActual', id: string, createdAt: string }
    | { __typename: 'PeriodicReport', id: string, createdAt: string }
    | { __typename: 'Person', id: string, createdAt: string }
    | { __typename: 'PlanAssessment', id: string, createdAt: string }
    | { __typename: 'PlanIndicator', id: string, createdAt: string }
    | { __typename: 'ProgressReport', id: string, createdAt: string }
    | { __typename: 'Province', id: string, createdAt: string }
    | { __typename: 'ReportBottleneck', id: string, createdAt: string }
    | { __typename: 'ReportingObligation', id: string, createdAt: string }
    | { __typename: 'Resolution', id: string, createdAt: string }
    | { __typename: 'ResolutionTarget', id: string, createdAt: string }
    | { __typename: 'SupervisorAppointment', id: string, createdAt: string }
    | { __typename: 'SupervisorReview', id: string, createdAt: string }
    | { __typename: 'WorkingGroup', id: string, createdAt: string }
    | { __typename: 'WorkingGroupMembership', id: string, createdAt: string }
   | null> };

export type ViewerQueryVariables = Exact<{
  membershipsFirst?: number | null | undefined;
}>;


export type ViewerQuery = { viewer: { email: string, phone: string | null, qualifications: Array<Qualification>, systemRoles: Array<SystemRole>, id: string, fullNameLatin: string, fullNameFa: string, memberships: { totalCount: number, nodes: Array<{ id: string, role: MembershipRole, startsOn: string, endsOn: string | null, person: { id: string, fullNameLatin: string, fullNameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, nominatingAgency: { id: string, code: string, name: string } | null }> } } };

export type PersonNameFragment = { id: string, fullNameLatin: string, fullNameFa: string };

export type PersonSummaryFragment = { email: string, phone: string | null, qualifications: Array<Qualification>, systemRoles: Array<SystemRole>, id: string, fullNameLatin: string, fullNameFa: string };

export type PeopleQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: PersonFilter | null | undefined;
  orderBy?: PersonOrder | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { email: string, phone: string | null, qualifications: Array<Qualification>, systemRoles: Array<SystemRole>, id: string, fullNameLatin: string, fullNameFa: string } }> } };

export type PersonDetailQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type PersonDetailQuery = { node:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'DevelopmentPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', id: string }
    | { __typename: 'Person', createdAt: string, id: string, email: string, phone: string | null, qualifications: Array<Qualification>, systemRoles: Array<SystemRole>, fullNameLatin: string, fullNameFa: string, memberships: { totalCount: number, nodes: Array<{ id: string, role: MembershipRole, startsOn: string, endsOn: string | null, person: { id: string, fullNameLatin: string, fullNameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, nominatingAgency: { id: string, code: string, name: string } | null }> }, agentContracts: { totalCount: number, nodes: Array<{ id: string, contractNumber: string, startsOn: string, endsOn: string, terminatedOn: string | null, inForce: boolean, agent: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, agency: { id: string, code: string, name: string } }> }, supervisorAppointments: { totalCount: number, nodes: Array<{ id: string, decreeNumber: string, decreeDate: string, startsOn: string, endsOn: string, revokedOn: string | null, inForce: boolean, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, appointedBy: { id: string, fullNameLatin: string, fullNameFa: string } }> }, executedPlans: { totalCount: number, nodes: Array<{ id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null }> }, reportingObligations: { totalCount: number, nodes: Array<{ id: string, kind: ObligationKind, status: ObligationStatus, dueOn: string, submittedOn: string | null, waivedOn: string | null, waiverReason: string | null, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, obligor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, agentContract: { id: string, contractNumber: string } | null }> }, reportsSubmitted: { totalCount: number, nodes: Array<{ id: string, revision: number, submittedOn: string, late: boolean, madeProgress: boolean, percentComplete: string | null, summary: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, submittedBy: { id: string, fullNameLatin: string, fullNameFa: string }, recipientSupervisor: { id: string, fullNameLatin: string, fullNameFa: string } | null, recipientWorkingGroup: { id: string, name: string, level: WorkingGroupLevel } }> }, reportsReceived: { totalCount: number, nodes: Array<{ id: string, revision: number, submittedOn: string, late: boolean, madeProgress: boolean, percentComplete: string | null, summary: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, submittedBy: { id: string, fullNameLatin: string, fullNameFa: string }, recipientSupervisor: { id: string, fullNameLatin: string, fullNameFa: string } | null, recipientWorkingGroup: { id: string, name: string, level: WorkingGroupLevel } }> }, reviews: { totalCount: number, nodes: Array<{ id: string, reviewedOn: string, findings: string, recommendations: Array<string>, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, appointment: { id: string, decreeNumber: string }, routedToCentral: { id: string, name: string }, routedToProvincial: { id: string, name: string } | null }> } }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', id: string }
    | { __typename: 'SupervisorReview', id: string }
    | { __typename: 'WorkingGroup', id: string }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export type PeriodicReportSummaryFragment = { id: string, status: PeriodicReportStatus, issuedAt: string | null, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, issuedBy: { id: string, fullNameLatin: string, fullNameFa: string } | null };

export type PeriodicReportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: PeriodicReportFilter | null | undefined;
}>;


export type PeriodicReportsQuery = { periodicReports: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: PeriodicReportStatus, issuedAt: string | null, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, issuedBy: { id: string, fullNameLatin: string, fullNameFa: string } | null } }> } };

export type PeriodicReportDetailQueryVariables = Exact<{
  id: string;
}>;


export type PeriodicReportDetailQuery = { node:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'DevelopmentPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', createdAt: string, figures: Record<string, unknown>, id: string, status: PeriodicReportStatus, issuedAt: string | null, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, issuedBy: { id: string, fullNameLatin: string, fullNameFa: string } | null }
    | { __typename: 'Person', id: string }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', id: string }
    | { __typename: 'SupervisorReview', id: string }
    | { __typename: 'WorkingGroup', id: string }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export type ProvinceSummaryFragment = { id: string, code: string, nameEn: string, nameFa: string };

export type ProvincesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: ProvinceFilter | null | undefined;
  orderBy?: ProvinceOrder | null | undefined;
}>;


export type ProvincesQuery = { provinces: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, nameEn: string, nameFa: string } }> } };

export type ProvinceDetailQueryVariables = Exact<{
  id: string;
  clustersFirst?: number | null | undefined;
  clustersAfter?: string | null | undefined;
}>;


export type ProvinceDetailQuery = { node:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'DevelopmentPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Province', createdAt: string, id: string, code: string, nameEn: string, nameFa: string, workingGroup: { id: string, level: WorkingGroupLevel, name: string, nameFa: string, province: { id: string, code: string, nameEn: string, nameFa: string } | null, head: { id: string, fullNameLatin: string, fullNameFa: string } | null } | null, clusters: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, nameFa: string, isicCode: string, mainProducts: Array<string>, status: ClusterStatus, province: { id: string, code: string, nameEn: string, nameFa: string } } }> } }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', id: string }
    | { __typename: 'SupervisorReview', id: string }
    | { __typename: 'WorkingGroup', id: string }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export type PeriodFieldsFragment = { label: string, year: number, quarter: number, startsOn: string, endsOn: string };

export type ReportingObligationSummaryFragment = { id: string, kind: ObligationKind, status: ObligationStatus, dueOn: string, submittedOn: string | null, waivedOn: string | null, waiverReason: string | null, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, obligor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, agentContract: { id: string, contractNumber: string } | null };

export type ProgressReportSummaryFragment = { id: string, revision: number, submittedOn: string, late: boolean, madeProgress: boolean, percentComplete: string | null, summary: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, submittedBy: { id: string, fullNameLatin: string, fullNameFa: string }, recipientSupervisor: { id: string, fullNameLatin: string, fullNameFa: string } | null, recipientWorkingGroup: { id: string, name: string, level: WorkingGroupLevel } };

export type ReportingObligationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: ReportingObligationFilter | null | undefined;
  orderBy?: ReportingObligationOrder | null | undefined;
}>;


export type ReportingObligationsQuery = { reportingObligations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: ObligationKind, status: ObligationStatus, dueOn: string, submittedOn: string | null, waivedOn: string | null, waiverReason: string | null, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, obligor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, agentContract: { id: string, contractNumber: string } | null } }> } };

export type ReportingObligationDetailQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type ReportingObligationDetailQuery = { node:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'DevelopmentPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', createdAt: string, id: string, kind: ObligationKind, status: ObligationStatus, dueOn: string, submittedOn: string | null, waivedOn: string | null, waiverReason: string | null, reports: { totalCount: number, nodes: Array<{ id: string, revision: number, submittedOn: string, late: boolean, madeProgress: boolean, percentComplete: string | null, summary: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, submittedBy: { id: string, fullNameLatin: string, fullNameFa: string }, recipientSupervisor: { id: string, fullNameLatin: string, fullNameFa: string } | null, recipientWorkingGroup: { id: string, name: string, level: WorkingGroupLevel } }> }, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, obligor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, agentContract: { id: string, contractNumber: string } | null }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', id: string }
    | { __typename: 'SupervisorReview', id: string }
    | { __typename: 'WorkingGroup', id: string }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export type ProgressReportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: ProgressReportFilter | null | undefined;
  orderBy?: ProgressReportOrder | null | undefined;
}>;


export type ProgressReportsQuery = { progressReports: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, revision: number, submittedOn: string, late: boolean, madeProgress: boolean, percentComplete: string | null, summary: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, submittedBy: { id: string, fullNameLatin: string, fullNameFa: string }, recipientSupervisor: { id: string, fullNameLatin: string, fullNameFa: string } | null, recipientWorkingGroup: { id: string, name: string, level: WorkingGroupLevel } } }> } };

export type ProgressReportDetailQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type ProgressReportDetailQuery = { node:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'DevelopmentPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', createdAt: string, id: string, revision: number, submittedOn: string, late: boolean, madeProgress: boolean, percentComplete: string | null, summary: string, obligation: { id: string, kind: ObligationKind, status: ObligationStatus, dueOn: string, submittedOn: string | null, waivedOn: string | null, waiverReason: string | null, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, obligor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, agentContract: { id: string, contractNumber: string } | null }, supersedes: { id: string, revision: number, submittedOn: string } | null, bottlenecks: { totalCount: number, nodes: Array<{ id: string, category: BottleneckCategory, description: string }> }, indicatorActuals: { totalCount: number, nodes: Array<{ id: string, value: string, indicator: { id: string, name: string, unit: string, baseline: string, target: string, higherIsBetter: boolean } }> }, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, cluster: { id: string, name: string, nameFa: string }, plan: { id: string, title: string } | null, submittedBy: { id: string, fullNameLatin: string, fullNameFa: string }, recipientSupervisor: { id: string, fullNameLatin: string, fullNameFa: string } | null, recipientWorkingGroup: { id: string, name: string, level: WorkingGroupLevel } }
    | { __typename: 'Province', id: string }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', id: string }
    | { __typename: 'SupervisorReview', id: string }
    | { __typename: 'WorkingGroup', id: string }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export type ResolutionSummaryFragment = { id: string, number: string, title: string, adoptedOn: string, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, cluster: { id: string, name: string, nameFa: string } | null, responsibleAgency: { id: string, code: string, name: string } };

export type ResolutionTargetSummaryFragment = { id: string, indicator: string, unit: string, targetValue: string, higherIsBetter: boolean, dueQuarter: { label: string, year: number, quarter: number, startsOn: string, endsOn: string } };

export type ResolutionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: ResolutionFilter | null | undefined;
  orderBy?: ResolutionOrder | null | undefined;
}>;


export type ResolutionsQuery = { resolutions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, title: string, adoptedOn: string, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, cluster: { id: string, name: string, nameFa: string } | null, responsibleAgency: { id: string, code: string, name: string } } }> } };

export type ResolutionDetailQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type ResolutionDetailQuery = { node:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'DevelopmentPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', id: string }
    | { __typename: 'Resolution', createdAt: string, text: string, id: string, number: string, title: string, adoptedOn: string, targets: { totalCount: number, nodes: Array<{ id: string, indicator: string, unit: string, targetValue: string, higherIsBetter: boolean, dueQuarter: { label: string, year: number, quarter: number, startsOn: string, endsOn: string } }> }, plans: { totalCount: number, nodes: Array<{ id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null }> }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, cluster: { id: string, name: string, nameFa: string } | null, responsibleAgency: { id: string, code: string, name: string } }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', id: string }
    | { __typename: 'SupervisorReview', id: string }
    | { __typename: 'WorkingGroup', id: string }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export type SupervisorAppointmentSummaryFragment = { id: string, decreeNumber: string, decreeDate: string, startsOn: string, endsOn: string, revokedOn: string | null, inForce: boolean, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, appointedBy: { id: string, fullNameLatin: string, fullNameFa: string } };

export type SupervisorAppointmentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: SupervisorAppointmentFilter | null | undefined;
  orderBy?: SupervisorAppointmentOrder | null | undefined;
}>;


export type SupervisorAppointmentsQuery = { supervisorAppointments: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, decreeNumber: string, decreeDate: string, startsOn: string, endsOn: string, revokedOn: string | null, inForce: boolean, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, appointedBy: { id: string, fullNameLatin: string, fullNameFa: string } } }> } };

export type SupervisorAppointmentDetailQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type SupervisorAppointmentDetailQuery = { node:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'DevelopmentPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', createdAt: string, id: string, decreeNumber: string, decreeDate: string, startsOn: string, endsOn: string, revokedOn: string | null, inForce: boolean, reviews: { totalCount: number, nodes: Array<{ id: string, reviewedOn: string, findings: string, recommendations: Array<string>, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, appointment: { id: string, decreeNumber: string }, routedToCentral: { id: string, name: string }, routedToProvincial: { id: string, name: string } | null }> }, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, appointedBy: { id: string, fullNameLatin: string, fullNameFa: string } }
    | { __typename: 'SupervisorReview', id: string }
    | { __typename: 'WorkingGroup', id: string }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export type SupervisorReviewSummaryFragment = { id: string, reviewedOn: string, findings: string, recommendations: Array<string>, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, appointment: { id: string, decreeNumber: string }, routedToCentral: { id: string, name: string }, routedToProvincial: { id: string, name: string } | null };

export type SupervisorReviewsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: SupervisorReviewFilter | null | undefined;
  orderBy?: SupervisorReviewOrder | null | undefined;
}>;


export type SupervisorReviewsQuery = { supervisorReviews: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, reviewedOn: string, findings: string, recommendations: Array<string>, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, appointment: { id: string, decreeNumber: string }, routedToCentral: { id: string, name: string }, routedToProvincial: { id: string, name: string } | null } }> } };

export type SupervisorReviewDetailQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type SupervisorReviewDetailQuery = { node:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'DevelopmentPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', id: string }
    | { __typename: 'SupervisorReview', createdAt: string, id: string, reviewedOn: string, findings: string, recommendations: Array<string>, planAssessments: { totalCount: number, nodes: Array<{ id: string, performanceScore: number, exportValue: string, investment: string, jobsCreated: number, remarks: string | null, plan: { id: string, title: string }, review: { id: string, reviewedOn: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string } } }> }, budgetAdjustments: { totalCount: number, nodes: Array<{ id: string, direction: AdjustmentDirection, amount: string, budgetBefore: string, resultingBudget: string, decidedOn: string, reason: string, plan: { id: string, title: string, approvedBudget: string | null }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, decidedBy: { id: string, fullNameLatin: string, fullNameFa: string }, basisReview: { id: string, reviewedOn: string } }> }, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, appointment: { id: string, decreeNumber: string }, routedToCentral: { id: string, name: string }, routedToProvincial: { id: string, name: string } | null }
    | { __typename: 'WorkingGroup', id: string }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export type WorkingGroupSummaryFragment = { id: string, level: WorkingGroupLevel, name: string, nameFa: string, province: { id: string, code: string, nameEn: string, nameFa: string } | null, head: { id: string, fullNameLatin: string, fullNameFa: string } | null };

export type WorkingGroupMembershipSummaryFragment = { id: string, role: MembershipRole, startsOn: string, endsOn: string | null, person: { id: string, fullNameLatin: string, fullNameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, nominatingAgency: { id: string, code: string, name: string } | null };

export type WorkingGroupsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: WorkingGroupFilter | null | undefined;
  orderBy?: WorkingGroupOrder | null | undefined;
}>;


export type WorkingGroupsQuery = { workingGroups: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, level: WorkingGroupLevel, name: string, nameFa: string, province: { id: string, code: string, nameEn: string, nameFa: string } | null, head: { id: string, fullNameLatin: string, fullNameFa: string } | null } }> } };

export type WorkingGroupDetailQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type WorkingGroupDetailQuery = { node:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'DevelopmentPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', id: string }
    | { __typename: 'SupervisorReview', id: string }
    | { __typename: 'WorkingGroup', createdAt: string, id: string, level: WorkingGroupLevel, name: string, nameFa: string, headMembership: { id: string, role: MembershipRole, startsOn: string, endsOn: string | null, person: { id: string, fullNameLatin: string, fullNameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, nominatingAgency: { id: string, code: string, name: string } | null } | null, memberships: { totalCount: number, nodes: Array<{ id: string, role: MembershipRole, startsOn: string, endsOn: string | null, person: { id: string, fullNameLatin: string, fullNameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, nominatingAgency: { id: string, code: string, name: string } | null }> }, resolutions: { totalCount: number, nodes: Array<{ id: string, number: string, title: string, adoptedOn: string, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, cluster: { id: string, name: string, nameFa: string } | null, responsibleAgency: { id: string, code: string, name: string } }> }, plans: { totalCount: number, nodes: Array<{ id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, cluster: { id: string, name: string, nameFa: string }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null }> }, supervisorAppointments: { totalCount: number, nodes: Array<{ id: string, decreeNumber: string, decreeDate: string, startsOn: string, endsOn: string, revokedOn: string | null, inForce: boolean, supervisor: { id: string, fullNameLatin: string, fullNameFa: string }, cluster: { id: string, name: string, nameFa: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, appointedBy: { id: string, fullNameLatin: string, fullNameFa: string } }> }, budgetAdjustments: { totalCount: number, nodes: Array<{ id: string, direction: AdjustmentDirection, amount: string, budgetBefore: string, resultingBudget: string, decidedOn: string, reason: string, plan: { id: string, title: string, approvedBudget: string | null }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, decidedBy: { id: string, fullNameLatin: string, fullNameFa: string }, basisReview: { id: string, reviewedOn: string } }> }, agencyAssessments: { totalCount: number, nodes: Array<{ id: string, rating: AgencyRating, opinion: string, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, agency: { id: string, code: string, name: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, assessedBy: { id: string, fullNameLatin: string, fullNameFa: string } }> }, disputes: { totalCount: number, nodes: Array<{ id: string, subject: string, description: string, raisedOn: string, state: DisputeState, cluster: { id: string, name: string, nameFa: string }, raisedBy: { id: string, fullNameLatin: string, fullNameFa: string }, forum: { id: string, name: string, level: WorkingGroupLevel } }> }, periodicReports: { totalCount: number, nodes: Array<{ id: string, status: PeriodicReportStatus, issuedAt: string | null, period: { label: string, year: number, quarter: number, startsOn: string, endsOn: string }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, issuedBy: { id: string, fullNameLatin: string, fullNameFa: string } | null }> }, province: { id: string, code: string, nameEn: string, nameFa: string } | null, head: { id: string, fullNameLatin: string, fullNameFa: string } | null }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export type WorkingGroupOversightQueryVariables = Exact<{
  id: string;
  resolutionsFirst?: number | null | undefined;
  resolutionsAfter?: string | null | undefined;
  plansFirst?: number | null | undefined;
}>;


export type WorkingGroupOversightQuery = { node:
    | { __typename: 'AgencyAssessment', id: string }
    | { __typename: 'AgentContract', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BudgetAdjustment', id: string }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'DevelopmentPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'DisputeParty', id: string }
    | { __typename: 'DisputeStep', id: string }
    | { __typename: 'ExecutiveAgency', id: string }
    | { __typename: 'IndicatorActual', id: string }
    | { __typename: 'PeriodicReport', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PlanAssessment', id: string }
    | { __typename: 'PlanIndicator', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'ReportBottleneck', id: string }
    | { __typename: 'ReportingObligation', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'ResolutionTarget', id: string }
    | { __typename: 'SupervisorAppointment', id: string }
    | { __typename: 'SupervisorReview', id: string }
    | { __typename: 'WorkingGroup', id: string, level: WorkingGroupLevel, name: string, nameFa: string, resolutions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, title: string, adoptedOn: string, plans: { totalCount: number, nodes: Array<{ id: string, title: string, kind: PlanKind, status: PlanStatus, version: number, proposedOn: string, decidedOn: string | null, startsOn: string, endsOn: string, proposedBudget: string, approvedBudget: string | null, currentBudget: string | null, cluster: { id: string, name: string, nameFa: string, isicCode: string, mainProducts: Array<string>, status: ClusterStatus, currentAgent: { id: string, fullNameLatin: string, fullNameFa: string } | null, currentSupervisor: { id: string, fullNameLatin: string, fullNameFa: string } | null, currentSupervisorAppointment: { id: string, decreeNumber: string, startsOn: string, endsOn: string } | null, province: { id: string, code: string, nameEn: string, nameFa: string } }, executor: { id: string, fullNameLatin: string, fullNameFa: string }, responsibleAgency: { id: string, code: string, name: string }, decidedBy: { id: string, name: string, level: WorkingGroupLevel } | null }> }, workingGroup: { id: string, name: string, level: WorkingGroupLevel }, cluster: { id: string, name: string, nameFa: string } | null, responsibleAgency: { id: string, code: string, name: string } } }> }, province: { id: string, code: string, nameEn: string, nameFa: string } | null, head: { id: string, fullNameLatin: string, fullNameFa: string } | null }
    | { __typename: 'WorkingGroupMembership', id: string }
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PeriodFieldsFragmentDoc = new TypedDocumentString(`
    fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
    `, {"fragmentName":"PeriodFields"}) as unknown as TypedDocumentString<PeriodFieldsFragment, unknown>;
export const PersonNameFragmentDoc = new TypedDocumentString(`
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
    `, {"fragmentName":"PersonName"}) as unknown as TypedDocumentString<PersonNameFragment, unknown>;
export const AgencyAssessmentSummaryFragmentDoc = new TypedDocumentString(`
    fragment AgencyAssessmentSummary on AgencyAssessment {
  id
  rating
  opinion
  period {
    ...PeriodFields
  }
  agency {
    id
    code
    name
  }
  workingGroup {
    id
    name
    level
  }
  assessedBy {
    ...PersonName
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}`, {"fragmentName":"AgencyAssessmentSummary"}) as unknown as TypedDocumentString<AgencyAssessmentSummaryFragment, unknown>;
export const AgentContractSummaryFragmentDoc = new TypedDocumentString(`
    fragment AgentContractSummary on AgentContract {
  id
  contractNumber
  startsOn
  endsOn
  terminatedOn
  inForce
  agent {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  agency {
    id
    code
    name
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`, {"fragmentName":"AgentContractSummary"}) as unknown as TypedDocumentString<AgentContractSummaryFragment, unknown>;
export const ApiKeySummaryFragmentDoc = new TypedDocumentString(`
    fragment ApiKeySummary on ApiKey {
  id
  name
  prefix
  provinceCodes
  types
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
  person {
    id
    email
  }
}
    `, {"fragmentName":"ApiKeySummary"}) as unknown as TypedDocumentString<ApiKeySummaryFragment, unknown>;
export const AuditEventSummaryFragmentDoc = new TypedDocumentString(`
    fragment AuditEventSummary on AuditEvent {
  id
  action
  occurredAt
  targetType
  actor {
    ...PersonName
  }
  target {
    __typename
    id
  }
  before
  after
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`, {"fragmentName":"AuditEventSummary"}) as unknown as TypedDocumentString<AuditEventSummaryFragment, unknown>;
export const BudgetAdjustmentSummaryFragmentDoc = new TypedDocumentString(`
    fragment BudgetAdjustmentSummary on BudgetAdjustment {
  id
  direction
  amount
  budgetBefore
  resultingBudget
  decidedOn
  reason
  plan {
    id
    title
    approvedBudget
  }
  workingGroup {
    id
    name
    level
  }
  decidedBy {
    ...PersonName
  }
  basisReview {
    id
    reviewedOn
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`, {"fragmentName":"BudgetAdjustmentSummary"}) as unknown as TypedDocumentString<BudgetAdjustmentSummaryFragment, unknown>;
export const ProvinceSummaryFragmentDoc = new TypedDocumentString(`
    fragment ProvinceSummary on Province {
  id
  code
  nameEn
  nameFa
}
    `, {"fragmentName":"ProvinceSummary"}) as unknown as TypedDocumentString<ProvinceSummaryFragment, unknown>;
export const ClusterSummaryFragmentDoc = new TypedDocumentString(`
    fragment ClusterSummary on Cluster {
  id
  name
  nameFa
  isicCode
  mainProducts
  status
  province {
    ...ProvinceSummary
  }
}
    fragment ProvinceSummary on Province {
  id
  code
  nameEn
  nameFa
}`, {"fragmentName":"ClusterSummary"}) as unknown as TypedDocumentString<ClusterSummaryFragment, unknown>;
export const DevelopmentPlanSummaryFragmentDoc = new TypedDocumentString(`
    fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`, {"fragmentName":"DevelopmentPlanSummary"}) as unknown as TypedDocumentString<DevelopmentPlanSummaryFragment, unknown>;
export const PlanIndicatorSummaryFragmentDoc = new TypedDocumentString(`
    fragment PlanIndicatorSummary on PlanIndicator {
  id
  name
  unit
  baseline
  target
  higherIsBetter
}
    `, {"fragmentName":"PlanIndicatorSummary"}) as unknown as TypedDocumentString<PlanIndicatorSummaryFragment, unknown>;
export const PlanAssessmentSummaryFragmentDoc = new TypedDocumentString(`
    fragment PlanAssessmentSummary on PlanAssessment {
  id
  performanceScore
  exportValue
  investment
  jobsCreated
  remarks
  plan {
    id
    title
  }
  review {
    id
    reviewedOn
    period {
      ...PeriodFields
    }
  }
}
    fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}`, {"fragmentName":"PlanAssessmentSummary"}) as unknown as TypedDocumentString<PlanAssessmentSummaryFragment, unknown>;
export const DisputeSummaryFragmentDoc = new TypedDocumentString(`
    fragment DisputeSummary on Dispute {
  id
  subject
  description
  raisedOn
  state
  cluster {
    id
    name
    nameFa
  }
  raisedBy {
    ...PersonName
  }
  forum {
    id
    name
    level
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`, {"fragmentName":"DisputeSummary"}) as unknown as TypedDocumentString<DisputeSummaryFragment, unknown>;
export const ExecutiveAgencySummaryFragmentDoc = new TypedDocumentString(`
    fragment ExecutiveAgencySummary on ExecutiveAgency {
  id
  code
  name
  nameFa
  contractsDevelopmentAgents
}
    `, {"fragmentName":"ExecutiveAgencySummary"}) as unknown as TypedDocumentString<ExecutiveAgencySummaryFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const PersonSummaryFragmentDoc = new TypedDocumentString(`
    fragment PersonSummary on Person {
  ...PersonName
  email
  phone
  qualifications
  systemRoles
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`, {"fragmentName":"PersonSummary"}) as unknown as TypedDocumentString<PersonSummaryFragment, unknown>;
export const PeriodicReportSummaryFragmentDoc = new TypedDocumentString(`
    fragment PeriodicReportSummary on PeriodicReport {
  id
  status
  issuedAt
  period {
    ...PeriodFields
  }
  workingGroup {
    id
    name
    level
  }
  issuedBy {
    ...PersonName
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}`, {"fragmentName":"PeriodicReportSummary"}) as unknown as TypedDocumentString<PeriodicReportSummaryFragment, unknown>;
export const ReportingObligationSummaryFragmentDoc = new TypedDocumentString(`
    fragment ReportingObligationSummary on ReportingObligation {
  id
  kind
  status
  dueOn
  submittedOn
  waivedOn
  waiverReason
  period {
    ...PeriodFields
  }
  obligor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  agentContract {
    id
    contractNumber
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}`, {"fragmentName":"ReportingObligationSummary"}) as unknown as TypedDocumentString<ReportingObligationSummaryFragment, unknown>;
export const ProgressReportSummaryFragmentDoc = new TypedDocumentString(`
    fragment ProgressReportSummary on ProgressReport {
  id
  revision
  submittedOn
  late
  madeProgress
  percentComplete
  summary
  period {
    ...PeriodFields
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  submittedBy {
    ...PersonName
  }
  recipientSupervisor {
    ...PersonName
  }
  recipientWorkingGroup {
    id
    name
    level
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}`, {"fragmentName":"ProgressReportSummary"}) as unknown as TypedDocumentString<ProgressReportSummaryFragment, unknown>;
export const ResolutionSummaryFragmentDoc = new TypedDocumentString(`
    fragment ResolutionSummary on Resolution {
  id
  number
  title
  adoptedOn
  workingGroup {
    id
    name
    level
  }
  cluster {
    id
    name
    nameFa
  }
  responsibleAgency {
    id
    code
    name
  }
}
    `, {"fragmentName":"ResolutionSummary"}) as unknown as TypedDocumentString<ResolutionSummaryFragment, unknown>;
export const ResolutionTargetSummaryFragmentDoc = new TypedDocumentString(`
    fragment ResolutionTargetSummary on ResolutionTarget {
  id
  indicator
  unit
  targetValue
  higherIsBetter
  dueQuarter {
    ...PeriodFields
  }
}
    fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}`, {"fragmentName":"ResolutionTargetSummary"}) as unknown as TypedDocumentString<ResolutionTargetSummaryFragment, unknown>;
export const SupervisorAppointmentSummaryFragmentDoc = new TypedDocumentString(`
    fragment SupervisorAppointmentSummary on SupervisorAppointment {
  id
  decreeNumber
  decreeDate
  startsOn
  endsOn
  revokedOn
  inForce
  supervisor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  workingGroup {
    id
    name
    level
  }
  appointedBy {
    ...PersonName
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`, {"fragmentName":"SupervisorAppointmentSummary"}) as unknown as TypedDocumentString<SupervisorAppointmentSummaryFragment, unknown>;
export const SupervisorReviewSummaryFragmentDoc = new TypedDocumentString(`
    fragment SupervisorReviewSummary on SupervisorReview {
  id
  reviewedOn
  findings
  recommendations
  period {
    ...PeriodFields
  }
  supervisor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  appointment {
    id
    decreeNumber
  }
  routedToCentral {
    id
    name
  }
  routedToProvincial {
    id
    name
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}`, {"fragmentName":"SupervisorReviewSummary"}) as unknown as TypedDocumentString<SupervisorReviewSummaryFragment, unknown>;
export const WorkingGroupSummaryFragmentDoc = new TypedDocumentString(`
    fragment WorkingGroupSummary on WorkingGroup {
  id
  level
  name
  nameFa
  province {
    ...ProvinceSummary
  }
  head {
    ...PersonName
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment ProvinceSummary on Province {
  id
  code
  nameEn
  nameFa
}`, {"fragmentName":"WorkingGroupSummary"}) as unknown as TypedDocumentString<WorkingGroupSummaryFragment, unknown>;
export const WorkingGroupMembershipSummaryFragmentDoc = new TypedDocumentString(`
    fragment WorkingGroupMembershipSummary on WorkingGroupMembership {
  id
  role
  startsOn
  endsOn
  person {
    ...PersonName
  }
  workingGroup {
    id
    name
    level
  }
  nominatingAgency {
    id
    code
    name
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`, {"fragmentName":"WorkingGroupMembershipSummary"}) as unknown as TypedDocumentString<WorkingGroupMembershipSummaryFragment, unknown>;
export const AgencyAssessmentsDocument = new TypedDocumentString(`
    query AgencyAssessments($first: Int, $after: String, $last: Int, $before: String, $filter: AgencyAssessmentFilter, $orderBy: AgencyAssessmentOrder) {
  agencyAssessments(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...AgencyAssessmentSummary
      }
    }
  }
}
    fragment AgencyAssessmentSummary on AgencyAssessment {
  id
  rating
  opinion
  period {
    ...PeriodFields
  }
  agency {
    id
    code
    name
  }
  workingGroup {
    id
    name
    level
  }
  assessedBy {
    ...PersonName
  }
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}`) as unknown as TypedDocumentString<AgencyAssessmentsQuery, AgencyAssessmentsQueryVariables>;
export const AgentContractsDocument = new TypedDocumentString(`
    query AgentContracts($first: Int, $after: String, $last: Int, $before: String, $filter: AgentContractFilter, $orderBy: AgentContractOrder) {
  agentContracts(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...AgentContractSummary
      }
    }
  }
}
    fragment AgentContractSummary on AgentContract {
  id
  contractNumber
  startsOn
  endsOn
  terminatedOn
  inForce
  agent {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  agency {
    id
    code
    name
  }
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<AgentContractsQuery, AgentContractsQueryVariables>;
export const AgentContractDetailDocument = new TypedDocumentString(`
    query AgentContractDetail($id: ID!, $first: Int = 20) {
  node(id: $id) {
    __typename
    id
    ... on AgentContract {
      ...AgentContractSummary
      createdAt
      reportingObligations(first: $first) {
        totalCount
        nodes {
          ...ReportingObligationSummary
        }
      }
    }
  }
}
    fragment AgentContractSummary on AgentContract {
  id
  contractNumber
  startsOn
  endsOn
  terminatedOn
  inForce
  agent {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  agency {
    id
    code
    name
  }
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment ReportingObligationSummary on ReportingObligation {
  id
  kind
  status
  dueOn
  submittedOn
  waivedOn
  waiverReason
  period {
    ...PeriodFields
  }
  obligor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  agentContract {
    id
    contractNumber
  }
}`) as unknown as TypedDocumentString<AgentContractDetailQuery, AgentContractDetailQueryVariables>;
export const ClusterAggregatesDocument = new TypedDocumentString(`
    query ClusterAggregates($filter: ClusterFilter, $groupBy: [ClusterGroupBy!], $having: ClusterAggregatesHaving, $orderBy: ClusterAggregateOrder, $first: Int) {
  clusterAggregates(
    filter: $filter
    groupBy: $groupBy
    having: $having
    orderBy: $orderBy
    first: $first
  ) {
    keys {
      province {
        id
        code
        nameEn
      }
      isicCode
      status
    }
    count
    sum {
      plans
      approvedBudget
      currentBudget
    }
  }
}
    `) as unknown as TypedDocumentString<ClusterAggregatesQuery, ClusterAggregatesQueryVariables>;
export const DevelopmentPlanAggregatesDocument = new TypedDocumentString(`
    query DevelopmentPlanAggregates($filter: DevelopmentPlanFilter, $groupBy: [DevelopmentPlanGroupBy!], $having: DevelopmentPlanAggregatesHaving, $orderBy: DevelopmentPlanAggregateOrder, $first: Int) {
  developmentPlanAggregates(
    filter: $filter
    groupBy: $groupBy
    having: $having
    orderBy: $orderBy
    first: $first
  ) {
    keys {
      province {
        id
        code
        nameEn
      }
      agency {
        id
        code
        name
      }
      cluster {
        id
        name
      }
      isicCode
      status
      kind
      quarter {
        label
      }
    }
    count
    sum {
      proposedBudget
      approvedBudget
      currentBudget
    }
  }
}
    `) as unknown as TypedDocumentString<DevelopmentPlanAggregatesQuery, DevelopmentPlanAggregatesQueryVariables>;
export const ReportingObligationAggregatesDocument = new TypedDocumentString(`
    query ReportingObligationAggregates($filter: ReportingObligationFilter, $groupBy: [ReportingObligationGroupBy!], $having: ReportingObligationAggregatesHaving, $orderBy: ReportingObligationAggregateOrder, $first: Int) {
  reportingObligationAggregates(
    filter: $filter
    groupBy: $groupBy
    having: $having
    orderBy: $orderBy
    first: $first
  ) {
    keys {
      province {
        id
        code
      }
      cluster {
        id
        name
      }
      agency {
        id
        code
      }
      obligorKind
      status
      quarter {
        label
      }
    }
    count
  }
}
    `) as unknown as TypedDocumentString<ReportingObligationAggregatesQuery, ReportingObligationAggregatesQueryVariables>;
export const ReportingComplianceDocument = new TypedDocumentString(`
    query ReportingCompliance($from: PeriodLabel, $to: PeriodLabel, $groupBy: [ComplianceGroupBy!], $filter: ReportingObligationFilter, $orderBy: ComplianceOrder, $first: Int) {
  reportingCompliance(
    from: $from
    to: $to
    groupBy: $groupBy
    filter: $filter
    orderBy: $orderBy
    first: $first
  ) {
    keys {
      province {
        id
        code
        nameEn
      }
      cluster {
        id
        name
      }
      agency {
        id
        code
      }
      obligorKind
      quarter {
        label
      }
    }
    expected
    waived
    notYetDue
    due
    submitted
    onTime
    late
    overdue
    completenessRate
    onTimeRate
  }
}
    `) as unknown as TypedDocumentString<ReportingComplianceQuery, ReportingComplianceQueryVariables>;
export const PlanIndicatorsDocument = new TypedDocumentString(`
    query PlanIndicators($first: Int, $after: String, $filter: PlanIndicatorFilter, $orderBy: PlanIndicatorOrder) {
  planIndicators(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      unit
      target
      latestActual
      gap
      achievementRate
      higherIsBetter
      plan {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanIndicatorsQuery, PlanIndicatorsQueryVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys($first: Int, $after: String, $last: Int, $before: String, $filter: ApiKeyFilter) {
  apiKeys(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...ApiKeySummary
      }
    }
  }
}
    fragment ApiKeySummary on ApiKey {
  id
  name
  prefix
  provinceCodes
  types
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
  person {
    id
    email
  }
}`) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {
  auditEvents(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...AuditEventSummary
      }
    }
  }
}
    fragment AuditEventSummary on AuditEvent {
  id
  action
  occurredAt
  targetType
  actor {
    ...PersonName
  }
  target {
    __typename
    id
  }
  before
  after
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($targetIds: [ID!]!, $first: Int, $after: String) {
  auditEvents(first: $first, after: $after, filter: {targetIds: $targetIds}) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...AuditEventSummary
      }
    }
  }
}
    fragment AuditEventSummary on AuditEvent {
  id
  action
  occurredAt
  targetType
  actor {
    ...PersonName
  }
  target {
    __typename
    id
  }
  before
  after
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const BudgetAdjustmentsDocument = new TypedDocumentString(`
    query BudgetAdjustments($first: Int, $after: String, $last: Int, $before: String, $filter: BudgetAdjustmentFilter, $orderBy: BudgetAdjustmentOrder) {
  budgetAdjustments(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...BudgetAdjustmentSummary
      }
    }
  }
}
    fragment BudgetAdjustmentSummary on BudgetAdjustment {
  id
  direction
  amount
  budgetBefore
  resultingBudget
  decidedOn
  reason
  plan {
    id
    title
    approvedBudget
  }
  workingGroup {
    id
    name
    level
  }
  decidedBy {
    ...PersonName
  }
  basisReview {
    id
    reviewedOn
  }
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<BudgetAdjustmentsQuery, BudgetAdjustmentsQueryVariables>;
export const ClustersDocument = new TypedDocumentString(`
    query Clusters($first: Int, $after: String, $last: Int, $before: String, $filter: ClusterFilter, $orderBy: ClusterOrder) {
  clusters(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...ClusterSummary
      }
    }
  }
}
    fragment ClusterSummary on Cluster {
  id
  name
  nameFa
  isicCode
  mainProducts
  status
  province {
    ...ProvinceSummary
  }
}
fragment ProvinceSummary on Province {
  id
  code
  nameEn
  nameFa
}`) as unknown as TypedDocumentString<ClustersQuery, ClustersQueryVariables>;
export const ClusterDetailDocument = new TypedDocumentString(`
    query ClusterDetail($id: ID!, $first: Int = 20) {
  node(id: $id) {
    __typename
    id
    ... on Cluster {
      ...ClusterSummary
      createdAt
      currentAgent {
        ...PersonName
      }
      currentAgentContract {
        ...AgentContractSummary
      }
      currentSupervisor {
        ...PersonName
      }
      currentSupervisorAppointment {
        ...SupervisorAppointmentSummary
      }
      responsibleWorkingGroups {
        ...WorkingGroupSummary
      }
      plans(first: $first) {
        totalCount
        nodes {
          ...DevelopmentPlanSummary
        }
      }
      resolutions(first: $first) {
        totalCount
        nodes {
          ...ResolutionSummary
        }
      }
      agentContracts(first: $first) {
        totalCount
        nodes {
          ...AgentContractSummary
        }
      }
      supervisorAppointments(first: $first) {
        totalCount
        nodes {
          ...SupervisorAppointmentSummary
        }
      }
      reportingObligations(first: $first) {
        totalCount
        nodes {
          ...ReportingObligationSummary
        }
      }
      progressReports(first: $first) {
        totalCount
        nodes {
          ...ProgressReportSummary
        }
      }
      reviews(first: $first) {
        totalCount
        nodes {
          ...SupervisorReviewSummary
        }
      }
      disputes(first: $first) {
        totalCount
        nodes {
          ...DisputeSummary
        }
      }
    }
  }
}
    fragment AgentContractSummary on AgentContract {
  id
  contractNumber
  startsOn
  endsOn
  terminatedOn
  inForce
  agent {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  agency {
    id
    code
    name
  }
}
fragment ClusterSummary on Cluster {
  id
  name
  nameFa
  isicCode
  mainProducts
  status
  province {
    ...ProvinceSummary
  }
}
fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment DisputeSummary on Dispute {
  id
  subject
  description
  raisedOn
  state
  cluster {
    id
    name
    nameFa
  }
  raisedBy {
    ...PersonName
  }
  forum {
    id
    name
    level
  }
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment ProvinceSummary on Province {
  id
  code
  nameEn
  nameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment ReportingObligationSummary on ReportingObligation {
  id
  kind
  status
  dueOn
  submittedOn
  waivedOn
  waiverReason
  period {
    ...PeriodFields
  }
  obligor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  agentContract {
    id
    contractNumber
  }
}
fragment ProgressReportSummary on ProgressReport {
  id
  revision
  submittedOn
  late
  madeProgress
  percentComplete
  summary
  period {
    ...PeriodFields
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  submittedBy {
    ...PersonName
  }
  recipientSupervisor {
    ...PersonName
  }
  recipientWorkingGroup {
    id
    name
    level
  }
}
fragment ResolutionSummary on Resolution {
  id
  number
  title
  adoptedOn
  workingGroup {
    id
    name
    level
  }
  cluster {
    id
    name
    nameFa
  }
  responsibleAgency {
    id
    code
    name
  }
}
fragment SupervisorAppointmentSummary on SupervisorAppointment {
  id
  decreeNumber
  decreeDate
  startsOn
  endsOn
  revokedOn
  inForce
  supervisor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  workingGroup {
    id
    name
    level
  }
  appointedBy {
    ...PersonName
  }
}
fragment SupervisorReviewSummary on SupervisorReview {
  id
  reviewedOn
  findings
  recommendations
  period {
    ...PeriodFields
  }
  supervisor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  appointment {
    id
    decreeNumber
  }
  routedToCentral {
    id
    name
  }
  routedToProvincial {
    id
    name
  }
}
fragment WorkingGroupSummary on WorkingGroup {
  id
  level
  name
  nameFa
  province {
    ...ProvinceSummary
  }
  head {
    ...PersonName
  }
}`) as unknown as TypedDocumentString<ClusterDetailQuery, ClusterDetailQueryVariables>;
export const DevelopmentPlansDocument = new TypedDocumentString(`
    query DevelopmentPlans($first: Int, $after: String, $last: Int, $before: String, $filter: DevelopmentPlanFilter, $orderBy: DevelopmentPlanOrder) {
  developmentPlans(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...DevelopmentPlanSummary
      }
    }
  }
}
    fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<DevelopmentPlansQuery, DevelopmentPlansQueryVariables>;
export const DevelopmentPlanDetailDocument = new TypedDocumentString(`
    query DevelopmentPlanDetail($id: ID!, $first: Int = 20) {
  node(id: $id) {
    __typename
    id
    ... on DevelopmentPlan {
      ...DevelopmentPlanSummary
      createdAt
      indicators(first: $first) {
        totalCount
        nodes {
          ...PlanIndicatorSummary
          actuals(first: $first) {
            totalCount
            nodes {
              id
              value
              report {
                id
                submittedOn
                period {
                  ...PeriodFields
                }
              }
            }
          }
        }
      }
      resolutions(first: $first) {
        totalCount
        nodes {
          ...ResolutionSummary
        }
      }
      reportingObligations(first: $first) {
        totalCount
        nodes {
          ...ReportingObligationSummary
        }
      }
      progressReports(first: $first) {
        totalCount
        nodes {
          ...ProgressReportSummary
        }
      }
      assessments(first: $first) {
        totalCount
        nodes {
          ...PlanAssessmentSummary
        }
      }
      budgetAdjustments(first: $first) {
        totalCount
        nodes {
          ...BudgetAdjustmentSummary
        }
      }
    }
  }
}
    fragment BudgetAdjustmentSummary on BudgetAdjustment {
  id
  direction
  amount
  budgetBefore
  resultingBudget
  decidedOn
  reason
  plan {
    id
    title
    approvedBudget
  }
  workingGroup {
    id
    name
    level
  }
  decidedBy {
    ...PersonName
  }
  basisReview {
    id
    reviewedOn
  }
}
fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment PlanIndicatorSummary on PlanIndicator {
  id
  name
  unit
  baseline
  target
  higherIsBetter
}
fragment PlanAssessmentSummary on PlanAssessment {
  id
  performanceScore
  exportValue
  investment
  jobsCreated
  remarks
  plan {
    id
    title
  }
  review {
    id
    reviewedOn
    period {
      ...PeriodFields
    }
  }
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment ReportingObligationSummary on ReportingObligation {
  id
  kind
  status
  dueOn
  submittedOn
  waivedOn
  waiverReason
  period {
    ...PeriodFields
  }
  obligor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  agentContract {
    id
    contractNumber
  }
}
fragment ProgressReportSummary on ProgressReport {
  id
  revision
  submittedOn
  late
  madeProgress
  percentComplete
  summary
  period {
    ...PeriodFields
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  submittedBy {
    ...PersonName
  }
  recipientSupervisor {
    ...PersonName
  }
  recipientWorkingGroup {
    id
    name
    level
  }
}
fragment ResolutionSummary on Resolution {
  id
  number
  title
  adoptedOn
  workingGroup {
    id
    name
    level
  }
  cluster {
    id
    name
    nameFa
  }
  responsibleAgency {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<DevelopmentPlanDetailQuery, DevelopmentPlanDetailQueryVariables>;
export const DisputesDocument = new TypedDocumentString(`
    query Disputes($first: Int, $after: String, $last: Int, $before: String, $filter: DisputeFilter, $orderBy: DisputeOrder) {
  disputes(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...DisputeSummary
      }
    }
  }
}
    fragment DisputeSummary on Dispute {
  id
  subject
  description
  raisedOn
  state
  cluster {
    id
    name
    nameFa
  }
  raisedBy {
    ...PersonName
  }
  forum {
    id
    name
    level
  }
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<DisputesQuery, DisputesQueryVariables>;
export const DisputeDetailDocument = new TypedDocumentString(`
    query DisputeDetail($id: ID!, $first: Int = 20) {
  node(id: $id) {
    __typename
    id
    ... on Dispute {
      ...DisputeSummary
      createdAt
      parties(first: $first) {
        totalCount
        nodes {
          id
          person {
            ...PersonName
          }
          agency {
            id
            code
            name
          }
        }
      }
      steps(first: $first) {
        totalCount
        nodes {
          id
          occurredAt
          fromState
          toState
          decision
          actor {
            ...PersonName
          }
          workingGroup {
            id
            name
            level
          }
        }
      }
    }
  }
}
    fragment DisputeSummary on Dispute {
  id
  subject
  description
  raisedOn
  state
  cluster {
    id
    name
    nameFa
  }
  raisedBy {
    ...PersonName
  }
  forum {
    id
    name
    level
  }
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<DisputeDetailQuery, DisputeDetailQueryVariables>;
export const ExecutiveAgenciesDocument = new TypedDocumentString(`
    query ExecutiveAgencies($first: Int, $after: String, $last: Int, $before: String, $filter: ExecutiveAgencyFilter, $orderBy: ExecutiveAgencyOrder) {
  executiveAgencies(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...ExecutiveAgencySummary
      }
    }
  }
}
    fragment ExecutiveAgencySummary on ExecutiveAgency {
  id
  code
  name
  nameFa
  contractsDevelopmentAgents
}`) as unknown as TypedDocumentString<ExecutiveAgenciesQuery, ExecutiveAgenciesQueryVariables>;
export const ExecutiveAgencyDetailDocument = new TypedDocumentString(`
    query ExecutiveAgencyDetail($id: ID!, $first: Int = 20) {
  node(id: $id) {
    __typename
    id
    ... on ExecutiveAgency {
      ...ExecutiveAgencySummary
      createdAt
      resolutions(first: $first) {
        totalCount
        nodes {
          ...ResolutionSummary
        }
      }
      developmentPlans(first: $first) {
        totalCount
        nodes {
          ...DevelopmentPlanSummary
        }
      }
      agentContracts(first: $first) {
        totalCount
        nodes {
          ...AgentContractSummary
        }
      }
      assessments(first: $first) {
        totalCount
        nodes {
          ...AgencyAssessmentSummary
        }
      }
    }
  }
}
    fragment AgencyAssessmentSummary on AgencyAssessment {
  id
  rating
  opinion
  period {
    ...PeriodFields
  }
  agency {
    id
    code
    name
  }
  workingGroup {
    id
    name
    level
  }
  assessedBy {
    ...PersonName
  }
}
fragment AgentContractSummary on AgentContract {
  id
  contractNumber
  startsOn
  endsOn
  terminatedOn
  inForce
  agent {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  agency {
    id
    code
    name
  }
}
fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment ExecutiveAgencySummary on ExecutiveAgency {
  id
  code
  name
  nameFa
  contractsDevelopmentAgents
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment ResolutionSummary on Resolution {
  id
  number
  title
  adoptedOn
  workingGroup {
    id
    name
    level
  }
  cluster {
    id
    name
    nameFa
  }
  responsibleAgency {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ExecutiveAgencyDetailQuery, ExecutiveAgencyDetailQueryVariables>;
export const AssessAgencyDocument = new TypedDocumentString(`
    mutation AssessAgency($input: AssessAgencyInput!) {
  assessAgency(input: $input) {
    assessment {
      ...AgencyAssessmentSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment AgencyAssessmentSummary on AgencyAssessment {
  id
  rating
  opinion
  period {
    ...PeriodFields
  }
  agency {
    id
    code
    name
  }
  workingGroup {
    id
    name
    level
  }
  assessedBy {
    ...PersonName
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}`) as unknown as TypedDocumentString<AssessAgencyMutation, AssessAgencyMutationVariables>;
export const SignAgentContractDocument = new TypedDocumentString(`
    mutation SignAgentContract($input: SignAgentContractInput!) {
  signAgentContract(input: $input) {
    contract {
      ...AgentContractSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment AgentContractSummary on AgentContract {
  id
  contractNumber
  startsOn
  endsOn
  terminatedOn
  inForce
  agent {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  agency {
    id
    code
    name
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<SignAgentContractMutation, SignAgentContractMutationVariables>;
export const EndAgentContractDocument = new TypedDocumentString(`
    mutation EndAgentContract($input: EndAgentContractInput!) {
  endAgentContract(input: $input) {
    contract {
      ...AgentContractSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment AgentContractSummary on AgentContract {
  id
  contractNumber
  startsOn
  endsOn
  terminatedOn
  inForce
  agent {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  agency {
    id
    code
    name
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<EndAgentContractMutation, EndAgentContractMutationVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      ...ApiKeySummary
    }
    secret
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment ApiKeySummary on ApiKey {
  id
  name
  prefix
  provinceCodes
  types
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
  person {
    id
    email
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}`) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      ...ApiKeySummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment ApiKeySummary on ApiKey {
  id
  name
  prefix
  provinceCodes
  types
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
  person {
    id
    email
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}`) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AdjustPlanBudgetDocument = new TypedDocumentString(`
    mutation AdjustPlanBudget($input: AdjustPlanBudgetInput!) {
  adjustPlanBudget(input: $input) {
    adjustment {
      ...BudgetAdjustmentSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment BudgetAdjustmentSummary on BudgetAdjustment {
  id
  direction
  amount
  budgetBefore
  resultingBudget
  decidedOn
  reason
  plan {
    id
    title
    approvedBudget
  }
  workingGroup {
    id
    name
    level
  }
  decidedBy {
    ...PersonName
  }
  basisReview {
    id
    reviewedOn
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<AdjustPlanBudgetMutation, AdjustPlanBudgetMutationVariables>;
export const RegisterClusterDocument = new TypedDocumentString(`
    mutation RegisterCluster($input: RegisterClusterInput!) {
  registerCluster(input: $input) {
    cluster {
      ...ClusterSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment ClusterSummary on Cluster {
  id
  name
  nameFa
  isicCode
  mainProducts
  status
  province {
    ...ProvinceSummary
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment ProvinceSummary on Province {
  id
  code
  nameEn
  nameFa
}`) as unknown as TypedDocumentString<RegisterClusterMutation, RegisterClusterMutationVariables>;
export const ChangeClusterStatusDocument = new TypedDocumentString(`
    mutation ChangeClusterStatus($input: ChangeClusterStatusInput!) {
  changeClusterStatus(input: $input) {
    cluster {
      ...ClusterSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment ClusterSummary on Cluster {
  id
  name
  nameFa
  isicCode
  mainProducts
  status
  province {
    ...ProvinceSummary
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment ProvinceSummary on Province {
  id
  code
  nameEn
  nameFa
}`) as unknown as TypedDocumentString<ChangeClusterStatusMutation, ChangeClusterStatusMutationVariables>;
export const ProposePlanDocument = new TypedDocumentString(`
    mutation ProposePlan($input: ProposePlanInput!) {
  proposePlan(input: $input) {
    plan {
      ...DevelopmentPlanSummary
      indicators(first: 20) {
        nodes {
          ...PlanIndicatorSummary
        }
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment PlanIndicatorSummary on PlanIndicator {
  id
  name
  unit
  baseline
  target
  higherIsBetter
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<ProposePlanMutation, ProposePlanMutationVariables>;
export const ApprovePlanDocument = new TypedDocumentString(`
    mutation ApprovePlan($input: ApprovePlanInput!) {
  approvePlan(input: $input) {
    plan {
      ...DevelopmentPlanSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<ApprovePlanMutation, ApprovePlanMutationVariables>;
export const RejectPlanDocument = new TypedDocumentString(`
    mutation RejectPlan($input: RejectPlanInput!) {
  rejectPlan(input: $input) {
    plan {
      ...DevelopmentPlanSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<RejectPlanMutation, RejectPlanMutationVariables>;
export const SuspendPlanDocument = new TypedDocumentString(`
    mutation SuspendPlan($input: SuspendPlanInput!) {
  suspendPlan(input: $input) {
    plan {
      ...DevelopmentPlanSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<SuspendPlanMutation, SuspendPlanMutationVariables>;
export const ResumePlanDocument = new TypedDocumentString(`
    mutation ResumePlan($input: ResumePlanInput!) {
  resumePlan(input: $input) {
    plan {
      ...DevelopmentPlanSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<ResumePlanMutation, ResumePlanMutationVariables>;
export const CompletePlanDocument = new TypedDocumentString(`
    mutation CompletePlan($input: CompletePlanInput!) {
  completePlan(input: $input) {
    plan {
      ...DevelopmentPlanSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<CompletePlanMutation, CompletePlanMutationVariables>;
export const LinkPlanToResolutionDocument = new TypedDocumentString(`
    mutation LinkPlanToResolution($input: LinkPlanToResolutionInput!) {
  linkPlanToResolution(input: $input) {
    plan {
      ...DevelopmentPlanSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<LinkPlanToResolutionMutation, LinkPlanToResolutionMutationVariables>;
export const UnlinkPlanFromResolutionDocument = new TypedDocumentString(`
    mutation UnlinkPlanFromResolution($input: UnlinkPlanFromResolutionInput!) {
  unlinkPlanFromResolution(input: $input) {
    plan {
      ...DevelopmentPlanSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<UnlinkPlanFromResolutionMutation, UnlinkPlanFromResolutionMutationVariables>;
export const RaiseDisputeDocument = new TypedDocumentString(`
    mutation RaiseDispute($input: RaiseDisputeInput!) {
  raiseDispute(input: $input) {
    dispute {
      ...DisputeSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment DisputeSummary on Dispute {
  id
  subject
  description
  raisedOn
  state
  cluster {
    id
    name
    nameFa
  }
  raisedBy {
    ...PersonName
  }
  forum {
    id
    name
    level
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<RaiseDisputeMutation, RaiseDisputeMutationVariables>;
export const RecordProvincialOutcomeDocument = new TypedDocumentString(`
    mutation RecordProvincialOutcome($input: RecordProvincialOutcomeInput!) {
  recordProvincialOutcome(input: $input) {
    dispute {
      ...DisputeSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment DisputeSummary on Dispute {
  id
  subject
  description
  raisedOn
  state
  cluster {
    id
    name
    nameFa
  }
  raisedBy {
    ...PersonName
  }
  forum {
    id
    name
    level
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<RecordProvincialOutcomeMutation, RecordProvincialOutcomeMutationVariables>;
export const EscalateDisputeDocument = new TypedDocumentString(`
    mutation EscalateDispute($input: EscalateDisputeInput!) {
  escalateDispute(input: $input) {
    dispute {
      ...DisputeSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment DisputeSummary on Dispute {
  id
  subject
  description
  raisedOn
  state
  cluster {
    id
    name
    nameFa
  }
  raisedBy {
    ...PersonName
  }
  forum {
    id
    name
    level
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<EscalateDisputeMutation, EscalateDisputeMutationVariables>;
export const DecideDisputeDocument = new TypedDocumentString(`
    mutation DecideDispute($input: DecideDisputeInput!) {
  decideDispute(input: $input) {
    dispute {
      ...DisputeSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment DisputeSummary on Dispute {
  id
  subject
  description
  raisedOn
  state
  cluster {
    id
    name
    nameFa
  }
  raisedBy {
    ...PersonName
  }
  forum {
    id
    name
    level
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}`) as unknown as TypedDocumentString<DecideDisputeMutation, DecideDisputeMutationVariables>;
export const RegisterExecutiveAgencyDocument = new TypedDocumentString(`
    mutation RegisterExecutiveAgency($input: RegisterExecutiveAgencyInput!) {
  registerExecutiveAgency(input: $input) {
    agency {
      ...ExecutiveAgencySummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment ExecutiveAgencySummary on ExecutiveAgency {
  id
  code
  name
  nameFa
  contractsDevelopmentAgents
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}`) as unknown as TypedDocumentString<RegisterExecutiveAgencyMutation, RegisterExecutiveAgencyMutationVariables>;
export const RegisterPersonDocument = new TypedDocumentString(`
    mutation RegisterPerson($input: RegisterPersonInput!) {
  registerPerson(input: $input) {
    person {
      ...PersonSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PersonSummary on Person {
  ...PersonName
  email
  phone
  qualifications
  systemRoles
}`) as unknown as TypedDocumentString<RegisterPersonMutation, RegisterPersonMutationVariables>;
export const RecordQualificationDocument = new TypedDocumentString(`
    mutation RecordQualification($input: PersonQualificationInput!) {
  recordQualification(input: $input) {
    person {
      ...PersonSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PersonSummary on Person {
  ...PersonName
  email
  phone
  qualifications
  systemRoles
}`) as unknown as TypedDocumentString<RecordQualificationMutation, RecordQualificationMutationVariables>;
export const WithdrawQualificationDocument = new TypedDocumentString(`
    mutation WithdrawQualification($input: PersonQualificationInput!) {
  withdrawQualification(input: $input) {
    person {
      ...PersonSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PersonSummary on Person {
  ...PersonName
  email
  phone
  qualifications
  systemRoles
}`) as unknown as TypedDocumentString<WithdrawQualificationMutation, WithdrawQualificationMutationVariables>;
export const IssuePeriodicReportDocument = new TypedDocumentString(`
    mutation IssuePeriodicReport($input: IssuePeriodicReportInput!) {
  issuePeriodicReport(input: $input) {
    report {
      ...PeriodicReportSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodicReportSummary on PeriodicReport {
  id
  status
  issuedAt
  period {
    ...PeriodFields
  }
  workingGroup {
    id
    name
    level
  }
  issuedBy {
    ...PersonName
  }
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}`) as unknown as TypedDocumentString<IssuePeriodicReportMutation, IssuePeriodicReportMutationVariables>;
export const SubmitProgressReportDocument = new TypedDocumentString(`
    mutation SubmitProgressReport($input: SubmitProgressReportInput!) {
  submitProgressReport(input: $input) {
    report {
      ...ProgressReportSummary
      obligation {
        ...ReportingObligationSummary
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment ReportingObligationSummary on ReportingObligation {
  id
  kind
  status
  dueOn
  submittedOn
  waivedOn
  waiverReason
  period {
    ...PeriodFields
  }
  obligor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  agentContract {
    id
    contractNumber
  }
}
fragment ProgressReportSummary on ProgressReport {
  id
  revision
  submittedOn
  late
  madeProgress
  percentComplete
  summary
  period {
    ...PeriodFields
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  submittedBy {
    ...PersonName
  }
  recipientSupervisor {
    ...PersonName
  }
  recipientWorkingGroup {
    id
    name
    level
  }
}`) as unknown as TypedDocumentString<SubmitProgressReportMutation, SubmitProgressReportMutationVariables>;
export const ReviseProgressReportDocument = new TypedDocumentString(`
    mutation ReviseProgressReport($input: ReviseProgressReportInput!) {
  reviseProgressReport(input: $input) {
    report {
      ...ProgressReportSummary
      obligation {
        ...ReportingObligationSummary
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment ReportingObligationSummary on ReportingObligation {
  id
  kind
  status
  dueOn
  submittedOn
  waivedOn
  waiverReason
  period {
    ...PeriodFields
  }
  obligor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  agentContract {
    id
    contractNumber
  }
}
fragment ProgressReportSummary on ProgressReport {
  id
  revision
  submittedOn
  late
  madeProgress
  percentComplete
  summary
  period {
    ...PeriodFields
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  submittedBy {
    ...PersonName
  }
  recipientSupervisor {
    ...PersonName
  }
  recipientWorkingGroup {
    id
    name
    level
  }
}`) as unknown as TypedDocumentString<ReviseProgressReportMutation, ReviseProgressReportMutationVariables>;
export const WaiveReportingObligationDocument = new TypedDocumentString(`
    mutation WaiveReportingObligation($input: WaiveReportingObligationInput!) {
  waiveReportingObligation(input: $input) {
    obligation {
      ...ReportingObligationSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment ReportingObligationSummary on ReportingObligation {
  id
  kind
  status
  dueOn
  submittedOn
  waivedOn
  waiverReason
  period {
    ...PeriodFields
  }
  obligor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  agentContract {
    id
    contractNumber
  }
}`) as unknown as TypedDocumentString<WaiveReportingObligationMutation, WaiveReportingObligationMutationVariables>;
export const AdoptResolutionDocument = new TypedDocumentString(`
    mutation AdoptResolution($input: AdoptResolutionInput!) {
  adoptResolution(input: $input) {
    resolution {
      ...ResolutionSummary
      targets(first: 50) {
        nodes {
          ...ResolutionTargetSummary
        }
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment ResolutionSummary on Resolution {
  id
  number
  title
  adoptedOn
  workingGroup {
    id
    name
    level
  }
  cluster {
    id
    name
    nameFa
  }
  responsibleAgency {
    id
    code
    name
  }
}
fragment ResolutionTargetSummary on ResolutionTarget {
  id
  indicator
  unit
  targetValue
  higherIsBetter
  dueQuarter {
    ...PeriodFields
  }
}`) as unknown as TypedDocumentString<AdoptResolutionMutation, AdoptResolutionMutationVariables>;
export const AppointSupervisorDocument = new TypedDocumentString(`
    mutation AppointSupervisor($input: AppointSupervisorInput!) {
  appointSupervisor(input: $input) {
    appointment {
      ...SupervisorAppointmentSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment SupervisorAppointmentSummary on SupervisorAppointment {
  id
  decreeNumber
  decreeDate
  startsOn
  endsOn
  revokedOn
  inForce
  supervisor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  workingGroup {
    id
    name
    level
  }
  appointedBy {
    ...PersonName
  }
}`) as unknown as TypedDocumentString<AppointSupervisorMutation, AppointSupervisorMutationVariables>;
export const RevokeSupervisorAppointmentDocument = new TypedDocumentString(`
    mutation RevokeSupervisorAppointment($input: RevokeSupervisorAppointmentInput!) {
  revokeSupervisorAppointment(input: $input) {
    appointment {
      ...SupervisorAppointmentSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment SupervisorAppointmentSummary on SupervisorAppointment {
  id
  decreeNumber
  decreeDate
  startsOn
  endsOn
  revokedOn
  inForce
  supervisor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  workingGroup {
    id
    name
    level
  }
  appointedBy {
    ...PersonName
  }
}`) as unknown as TypedDocumentString<RevokeSupervisorAppointmentMutation, RevokeSupervisorAppointmentMutationVariables>;
export const SubmitSupervisorReviewDocument = new TypedDocumentString(`
    mutation SubmitSupervisorReview($input: SubmitSupervisorReviewInput!) {
  submitSupervisorReview(input: $input) {
    review {
      ...SupervisorReviewSummary
      planAssessments(first: 50) {
        nodes {
          ...PlanAssessmentSummary
        }
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment PlanAssessmentSummary on PlanAssessment {
  id
  performanceScore
  exportValue
  investment
  jobsCreated
  remarks
  plan {
    id
    title
  }
  review {
    id
    reviewedOn
    period {
      ...PeriodFields
    }
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment SupervisorReviewSummary on SupervisorReview {
  id
  reviewedOn
  findings
  recommendations
  period {
    ...PeriodFields
  }
  supervisor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  appointment {
    id
    decreeNumber
  }
  routedToCentral {
    id
    name
  }
  routedToProvincial {
    id
    name
  }
}`) as unknown as TypedDocumentString<SubmitSupervisorReviewMutation, SubmitSupervisorReviewMutationVariables>;
export const FormProvincialWorkingGroupDocument = new TypedDocumentString(`
    mutation FormProvincialWorkingGroup($input: FormProvincialWorkingGroupInput!) {
  formProvincialWorkingGroup(input: $input) {
    workingGroup {
      ...WorkingGroupSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment ProvinceSummary on Province {
  id
  code
  nameEn
  nameFa
}
fragment WorkingGroupSummary on WorkingGroup {
  id
  level
  name
  nameFa
  province {
    ...ProvinceSummary
  }
  head {
    ...PersonName
  }
}`) as unknown as TypedDocumentString<FormProvincialWorkingGroupMutation, FormProvincialWorkingGroupMutationVariables>;
export const AppointWorkingGroupHeadDocument = new TypedDocumentString(`
    mutation AppointWorkingGroupHead($input: AppointWorkingGroupHeadInput!) {
  appointWorkingGroupHead(input: $input) {
    membership {
      ...WorkingGroupMembershipSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment WorkingGroupMembershipSummary on WorkingGroupMembership {
  id
  role
  startsOn
  endsOn
  person {
    ...PersonName
  }
  workingGroup {
    id
    name
    level
  }
  nominatingAgency {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<AppointWorkingGroupHeadMutation, AppointWorkingGroupHeadMutationVariables>;
export const AddWorkingGroupMemberDocument = new TypedDocumentString(`
    mutation AddWorkingGroupMember($input: AddWorkingGroupMemberInput!) {
  addWorkingGroupMember(input: $input) {
    membership {
      ...WorkingGroupMembershipSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment WorkingGroupMembershipSummary on WorkingGroupMembership {
  id
  role
  startsOn
  endsOn
  person {
    ...PersonName
  }
  workingGroup {
    id
    name
    level
  }
  nominatingAgency {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<AddWorkingGroupMemberMutation, AddWorkingGroupMemberMutationVariables>;
export const EndWorkingGroupMembershipDocument = new TypedDocumentString(`
    mutation EndWorkingGroupMembership($input: EndWorkingGroupMembershipInput!) {
  endWorkingGroupMembership(input: $input) {
    membership {
      ...WorkingGroupMembershipSummary
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  article
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment WorkingGroupMembershipSummary on WorkingGroupMembership {
  id
  role
  startsOn
  endsOn
  person {
    ...PersonName
  }
  workingGroup {
    id
    name
    level
  }
  nominatingAgency {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<EndWorkingGroupMembershipMutation, EndWorkingGroupMembershipMutationVariables>;
export const NodeDocument = new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
    createdAt
  }
}
    `) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const NodesDocument = new TypedDocumentString(`
    query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    createdAt
  }
}
    `) as unknown as TypedDocumentString<NodesQuery, NodesQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer($membershipsFirst: Int = 20) {
  viewer {
    ...PersonSummary
    memberships(first: $membershipsFirst) {
      totalCount
      nodes {
        ...WorkingGroupMembershipSummary
      }
    }
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PersonSummary on Person {
  ...PersonName
  email
  phone
  qualifications
  systemRoles
}
fragment WorkingGroupMembershipSummary on WorkingGroupMembership {
  id
  role
  startsOn
  endsOn
  person {
    ...PersonName
  }
  workingGroup {
    id
    name
    level
  }
  nominatingAgency {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const PeopleDocument = new TypedDocumentString(`
    query People($first: Int, $after: String, $last: Int, $before: String, $filter: PersonFilter, $orderBy: PersonOrder) {
  people(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...PersonSummary
      }
    }
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PersonSummary on Person {
  ...PersonName
  email
  phone
  qualifications
  systemRoles
}`) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const PersonDetailDocument = new TypedDocumentString(`
    query PersonDetail($id: ID!, $first: Int = 20) {
  node(id: $id) {
    __typename
    id
    ... on Person {
      ...PersonSummary
      createdAt
      memberships(first: $first) {
        totalCount
        nodes {
          ...WorkingGroupMembershipSummary
        }
      }
      agentContracts(first: $first) {
        totalCount
        nodes {
          ...AgentContractSummary
        }
      }
      supervisorAppointments(first: $first) {
        totalCount
        nodes {
          ...SupervisorAppointmentSummary
        }
      }
      executedPlans(first: $first) {
        totalCount
        nodes {
          ...DevelopmentPlanSummary
        }
      }
      reportingObligations(first: $first) {
        totalCount
        nodes {
          ...ReportingObligationSummary
        }
      }
      reportsSubmitted(first: $first) {
        totalCount
        nodes {
          ...ProgressReportSummary
        }
      }
      reportsReceived(first: $first) {
        totalCount
        nodes {
          ...ProgressReportSummary
        }
      }
      reviews(first: $first) {
        totalCount
        nodes {
          ...SupervisorReviewSummary
        }
      }
    }
  }
}
    fragment AgentContractSummary on AgentContract {
  id
  contractNumber
  startsOn
  endsOn
  terminatedOn
  inForce
  agent {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  agency {
    id
    code
    name
  }
}
fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PersonSummary on Person {
  ...PersonName
  email
  phone
  qualifications
  systemRoles
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment ReportingObligationSummary on ReportingObligation {
  id
  kind
  status
  dueOn
  submittedOn
  waivedOn
  waiverReason
  period {
    ...PeriodFields
  }
  obligor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  agentContract {
    id
    contractNumber
  }
}
fragment ProgressReportSummary on ProgressReport {
  id
  revision
  submittedOn
  late
  madeProgress
  percentComplete
  summary
  period {
    ...PeriodFields
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  submittedBy {
    ...PersonName
  }
  recipientSupervisor {
    ...PersonName
  }
  recipientWorkingGroup {
    id
    name
    level
  }
}
fragment SupervisorAppointmentSummary on SupervisorAppointment {
  id
  decreeNumber
  decreeDate
  startsOn
  endsOn
  revokedOn
  inForce
  supervisor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  workingGroup {
    id
    name
    level
  }
  appointedBy {
    ...PersonName
  }
}
fragment SupervisorReviewSummary on SupervisorReview {
  id
  reviewedOn
  findings
  recommendations
  period {
    ...PeriodFields
  }
  supervisor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  appointment {
    id
    decreeNumber
  }
  routedToCentral {
    id
    name
  }
  routedToProvincial {
    id
    name
  }
}
fragment WorkingGroupMembershipSummary on WorkingGroupMembership {
  id
  role
  startsOn
  endsOn
  person {
    ...PersonName
  }
  workingGroup {
    id
    name
    level
  }
  nominatingAgency {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<PersonDetailQuery, PersonDetailQueryVariables>;
export const PeriodicReportsDocument = new TypedDocumentString(`
    query PeriodicReports($first: Int, $after: String, $last: Int, $before: String, $filter: PeriodicReportFilter) {
  periodicReports(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...PeriodicReportSummary
      }
    }
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodicReportSummary on PeriodicReport {
  id
  status
  issuedAt
  period {
    ...PeriodFields
  }
  workingGroup {
    id
    name
    level
  }
  issuedBy {
    ...PersonName
  }
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}`) as unknown as TypedDocumentString<PeriodicReportsQuery, PeriodicReportsQueryVariables>;
export const PeriodicReportDetailDocument = new TypedDocumentString(`
    query PeriodicReportDetail($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on PeriodicReport {
      ...PeriodicReportSummary
      createdAt
      figures
    }
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodicReportSummary on PeriodicReport {
  id
  status
  issuedAt
  period {
    ...PeriodFields
  }
  workingGroup {
    id
    name
    level
  }
  issuedBy {
    ...PersonName
  }
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}`) as unknown as TypedDocumentString<PeriodicReportDetailQuery, PeriodicReportDetailQueryVariables>;
export const ProvincesDocument = new TypedDocumentString(`
    query Provinces($first: Int, $after: String, $last: Int, $before: String, $filter: ProvinceFilter, $orderBy: ProvinceOrder) {
  provinces(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...ProvinceSummary
      }
    }
  }
}
    fragment ProvinceSummary on Province {
  id
  code
  nameEn
  nameFa
}`) as unknown as TypedDocumentString<ProvincesQuery, ProvincesQueryVariables>;
export const ProvinceDetailDocument = new TypedDocumentString(`
    query ProvinceDetail($id: ID!, $clustersFirst: Int = 20, $clustersAfter: String) {
  node(id: $id) {
    __typename
    id
    ... on Province {
      ...ProvinceSummary
      createdAt
      workingGroup {
        ...WorkingGroupSummary
      }
      clusters(first: $clustersFirst, after: $clustersAfter) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            ...ClusterSummary
          }
        }
      }
    }
  }
}
    fragment ClusterSummary on Cluster {
  id
  name
  nameFa
  isicCode
  mainProducts
  status
  province {
    ...ProvinceSummary
  }
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment ProvinceSummary on Province {
  id
  code
  nameEn
  nameFa
}
fragment WorkingGroupSummary on WorkingGroup {
  id
  level
  name
  nameFa
  province {
    ...ProvinceSummary
  }
  head {
    ...PersonName
  }
}`) as unknown as TypedDocumentString<ProvinceDetailQuery, ProvinceDetailQueryVariables>;
export const ReportingObligationsDocument = new TypedDocumentString(`
    query ReportingObligations($first: Int, $after: String, $last: Int, $before: String, $filter: ReportingObligationFilter, $orderBy: ReportingObligationOrder) {
  reportingObligations(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...ReportingObligationSummary
      }
    }
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment ReportingObligationSummary on ReportingObligation {
  id
  kind
  status
  dueOn
  submittedOn
  waivedOn
  waiverReason
  period {
    ...PeriodFields
  }
  obligor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  agentContract {
    id
    contractNumber
  }
}`) as unknown as TypedDocumentString<ReportingObligationsQuery, ReportingObligationsQueryVariables>;
export const ReportingObligationDetailDocument = new TypedDocumentString(`
    query ReportingObligationDetail($id: ID!, $first: Int = 20) {
  node(id: $id) {
    __typename
    id
    ... on ReportingObligation {
      ...ReportingObligationSummary
      createdAt
      reports(first: $first) {
        totalCount
        nodes {
          ...ProgressReportSummary
        }
      }
    }
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment ReportingObligationSummary on ReportingObligation {
  id
  kind
  status
  dueOn
  submittedOn
  waivedOn
  waiverReason
  period {
    ...PeriodFields
  }
  obligor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  agentContract {
    id
    contractNumber
  }
}
fragment ProgressReportSummary on ProgressReport {
  id
  revision
  submittedOn
  late
  madeProgress
  percentComplete
  summary
  period {
    ...PeriodFields
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  submittedBy {
    ...PersonName
  }
  recipientSupervisor {
    ...PersonName
  }
  recipientWorkingGroup {
    id
    name
    level
  }
}`) as unknown as TypedDocumentString<ReportingObligationDetailQuery, ReportingObligationDetailQueryVariables>;
export const ProgressReportsDocument = new TypedDocumentString(`
    query ProgressReports($first: Int, $after: String, $last: Int, $before: String, $filter: ProgressReportFilter, $orderBy: ProgressReportOrder) {
  progressReports(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...ProgressReportSummary
      }
    }
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment ProgressReportSummary on ProgressReport {
  id
  revision
  submittedOn
  late
  madeProgress
  percentComplete
  summary
  period {
    ...PeriodFields
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  submittedBy {
    ...PersonName
  }
  recipientSupervisor {
    ...PersonName
  }
  recipientWorkingGroup {
    id
    name
    level
  }
}`) as unknown as TypedDocumentString<ProgressReportsQuery, ProgressReportsQueryVariables>;
export const ProgressReportDetailDocument = new TypedDocumentString(`
    query ProgressReportDetail($id: ID!, $first: Int = 20) {
  node(id: $id) {
    __typename
    id
    ... on ProgressReport {
      ...ProgressReportSummary
      createdAt
      obligation {
        ...ReportingObligationSummary
      }
      supersedes {
        id
        revision
        submittedOn
      }
      bottlenecks(first: $first) {
        totalCount
        nodes {
          id
          category
          description
        }
      }
      indicatorActuals(first: $first) {
        totalCount
        nodes {
          id
          value
          indicator {
            ...PlanIndicatorSummary
          }
        }
      }
    }
  }
}
    fragment PlanIndicatorSummary on PlanIndicator {
  id
  name
  unit
  baseline
  target
  higherIsBetter
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment ReportingObligationSummary on ReportingObligation {
  id
  kind
  status
  dueOn
  submittedOn
  waivedOn
  waiverReason
  period {
    ...PeriodFields
  }
  obligor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  agentContract {
    id
    contractNumber
  }
}
fragment ProgressReportSummary on ProgressReport {
  id
  revision
  submittedOn
  late
  madeProgress
  percentComplete
  summary
  period {
    ...PeriodFields
  }
  cluster {
    id
    name
    nameFa
  }
  plan {
    id
    title
  }
  submittedBy {
    ...PersonName
  }
  recipientSupervisor {
    ...PersonName
  }
  recipientWorkingGroup {
    id
    name
    level
  }
}`) as unknown as TypedDocumentString<ProgressReportDetailQuery, ProgressReportDetailQueryVariables>;
export const ResolutionsDocument = new TypedDocumentString(`
    query Resolutions($first: Int, $after: String, $last: Int, $before: String, $filter: ResolutionFilter, $orderBy: ResolutionOrder) {
  resolutions(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...ResolutionSummary
      }
    }
  }
}
    fragment ResolutionSummary on Resolution {
  id
  number
  title
  adoptedOn
  workingGroup {
    id
    name
    level
  }
  cluster {
    id
    name
    nameFa
  }
  responsibleAgency {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ResolutionsQuery, ResolutionsQueryVariables>;
export const ResolutionDetailDocument = new TypedDocumentString(`
    query ResolutionDetail($id: ID!, $first: Int = 20) {
  node(id: $id) {
    __typename
    id
    ... on Resolution {
      ...ResolutionSummary
      createdAt
      text
      targets(first: $first) {
        totalCount
        nodes {
          ...ResolutionTargetSummary
        }
      }
      plans(first: $first) {
        totalCount
        nodes {
          ...DevelopmentPlanSummary
        }
      }
    }
  }
}
    fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment ResolutionSummary on Resolution {
  id
  number
  title
  adoptedOn
  workingGroup {
    id
    name
    level
  }
  cluster {
    id
    name
    nameFa
  }
  responsibleAgency {
    id
    code
    name
  }
}
fragment ResolutionTargetSummary on ResolutionTarget {
  id
  indicator
  unit
  targetValue
  higherIsBetter
  dueQuarter {
    ...PeriodFields
  }
}`) as unknown as TypedDocumentString<ResolutionDetailQuery, ResolutionDetailQueryVariables>;
export const SupervisorAppointmentsDocument = new TypedDocumentString(`
    query SupervisorAppointments($first: Int, $after: String, $last: Int, $before: String, $filter: SupervisorAppointmentFilter, $orderBy: SupervisorAppointmentOrder) {
  supervisorAppointments(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...SupervisorAppointmentSummary
      }
    }
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment SupervisorAppointmentSummary on SupervisorAppointment {
  id
  decreeNumber
  decreeDate
  startsOn
  endsOn
  revokedOn
  inForce
  supervisor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  workingGroup {
    id
    name
    level
  }
  appointedBy {
    ...PersonName
  }
}`) as unknown as TypedDocumentString<SupervisorAppointmentsQuery, SupervisorAppointmentsQueryVariables>;
export const SupervisorAppointmentDetailDocument = new TypedDocumentString(`
    query SupervisorAppointmentDetail($id: ID!, $first: Int = 20) {
  node(id: $id) {
    __typename
    id
    ... on SupervisorAppointment {
      ...SupervisorAppointmentSummary
      createdAt
      reviews(first: $first) {
        totalCount
        nodes {
          ...SupervisorReviewSummary
        }
      }
    }
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment SupervisorAppointmentSummary on SupervisorAppointment {
  id
  decreeNumber
  decreeDate
  startsOn
  endsOn
  revokedOn
  inForce
  supervisor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  workingGroup {
    id
    name
    level
  }
  appointedBy {
    ...PersonName
  }
}
fragment SupervisorReviewSummary on SupervisorReview {
  id
  reviewedOn
  findings
  recommendations
  period {
    ...PeriodFields
  }
  supervisor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  appointment {
    id
    decreeNumber
  }
  routedToCentral {
    id
    name
  }
  routedToProvincial {
    id
    name
  }
}`) as unknown as TypedDocumentString<SupervisorAppointmentDetailQuery, SupervisorAppointmentDetailQueryVariables>;
export const SupervisorReviewsDocument = new TypedDocumentString(`
    query SupervisorReviews($first: Int, $after: String, $last: Int, $before: String, $filter: SupervisorReviewFilter, $orderBy: SupervisorReviewOrder) {
  supervisorReviews(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...SupervisorReviewSummary
      }
    }
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment SupervisorReviewSummary on SupervisorReview {
  id
  reviewedOn
  findings
  recommendations
  period {
    ...PeriodFields
  }
  supervisor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  appointment {
    id
    decreeNumber
  }
  routedToCentral {
    id
    name
  }
  routedToProvincial {
    id
    name
  }
}`) as unknown as TypedDocumentString<SupervisorReviewsQuery, SupervisorReviewsQueryVariables>;
export const SupervisorReviewDetailDocument = new TypedDocumentString(`
    query SupervisorReviewDetail($id: ID!, $first: Int = 20) {
  node(id: $id) {
    __typename
    id
    ... on SupervisorReview {
      ...SupervisorReviewSummary
      createdAt
      planAssessments(first: $first) {
        totalCount
        nodes {
          ...PlanAssessmentSummary
        }
      }
      budgetAdjustments(first: $first) {
        totalCount
        nodes {
          ...BudgetAdjustmentSummary
        }
      }
    }
  }
}
    fragment BudgetAdjustmentSummary on BudgetAdjustment {
  id
  direction
  amount
  budgetBefore
  resultingBudget
  decidedOn
  reason
  plan {
    id
    title
    approvedBudget
  }
  workingGroup {
    id
    name
    level
  }
  decidedBy {
    ...PersonName
  }
  basisReview {
    id
    reviewedOn
  }
}
fragment PlanAssessmentSummary on PlanAssessment {
  id
  performanceScore
  exportValue
  investment
  jobsCreated
  remarks
  plan {
    id
    title
  }
  review {
    id
    reviewedOn
    period {
      ...PeriodFields
    }
  }
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment SupervisorReviewSummary on SupervisorReview {
  id
  reviewedOn
  findings
  recommendations
  period {
    ...PeriodFields
  }
  supervisor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  appointment {
    id
    decreeNumber
  }
  routedToCentral {
    id
    name
  }
  routedToProvincial {
    id
    name
  }
}`) as unknown as TypedDocumentString<SupervisorReviewDetailQuery, SupervisorReviewDetailQueryVariables>;
export const WorkingGroupsDocument = new TypedDocumentString(`
    query WorkingGroups($first: Int, $after: String, $last: Int, $before: String, $filter: WorkingGroupFilter, $orderBy: WorkingGroupOrder) {
  workingGroups(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...WorkingGroupSummary
      }
    }
  }
}
    fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment ProvinceSummary on Province {
  id
  code
  nameEn
  nameFa
}
fragment WorkingGroupSummary on WorkingGroup {
  id
  level
  name
  nameFa
  province {
    ...ProvinceSummary
  }
  head {
    ...PersonName
  }
}`) as unknown as TypedDocumentString<WorkingGroupsQuery, WorkingGroupsQueryVariables>;
export const WorkingGroupDetailDocument = new TypedDocumentString(`
    query WorkingGroupDetail($id: ID!, $first: Int = 20) {
  node(id: $id) {
    __typename
    id
    ... on WorkingGroup {
      ...WorkingGroupSummary
      createdAt
      headMembership {
        ...WorkingGroupMembershipSummary
      }
      memberships(first: $first) {
        totalCount
        nodes {
          ...WorkingGroupMembershipSummary
        }
      }
      resolutions(first: $first) {
        totalCount
        nodes {
          ...ResolutionSummary
        }
      }
      plans(first: $first) {
        totalCount
        nodes {
          ...DevelopmentPlanSummary
        }
      }
      supervisorAppointments(first: $first) {
        totalCount
        nodes {
          ...SupervisorAppointmentSummary
        }
      }
      budgetAdjustments(first: $first) {
        totalCount
        nodes {
          ...BudgetAdjustmentSummary
        }
      }
      agencyAssessments(first: $first) {
        totalCount
        nodes {
          ...AgencyAssessmentSummary
        }
      }
      disputes(first: $first) {
        totalCount
        nodes {
          ...DisputeSummary
        }
      }
      periodicReports(first: $first) {
        totalCount
        nodes {
          ...PeriodicReportSummary
        }
      }
    }
  }
}
    fragment AgencyAssessmentSummary on AgencyAssessment {
  id
  rating
  opinion
  period {
    ...PeriodFields
  }
  agency {
    id
    code
    name
  }
  workingGroup {
    id
    name
    level
  }
  assessedBy {
    ...PersonName
  }
}
fragment BudgetAdjustmentSummary on BudgetAdjustment {
  id
  direction
  amount
  budgetBefore
  resultingBudget
  decidedOn
  reason
  plan {
    id
    title
    approvedBudget
  }
  workingGroup {
    id
    name
    level
  }
  decidedBy {
    ...PersonName
  }
  basisReview {
    id
    reviewedOn
  }
}
fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment DisputeSummary on Dispute {
  id
  subject
  description
  raisedOn
  state
  cluster {
    id
    name
    nameFa
  }
  raisedBy {
    ...PersonName
  }
  forum {
    id
    name
    level
  }
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment PeriodicReportSummary on PeriodicReport {
  id
  status
  issuedAt
  period {
    ...PeriodFields
  }
  workingGroup {
    id
    name
    level
  }
  issuedBy {
    ...PersonName
  }
}
fragment ProvinceSummary on Province {
  id
  code
  nameEn
  nameFa
}
fragment PeriodFields on Period {
  label
  year
  quarter
  startsOn
  endsOn
}
fragment ResolutionSummary on Resolution {
  id
  number
  title
  adoptedOn
  workingGroup {
    id
    name
    level
  }
  cluster {
    id
    name
    nameFa
  }
  responsibleAgency {
    id
    code
    name
  }
}
fragment SupervisorAppointmentSummary on SupervisorAppointment {
  id
  decreeNumber
  decreeDate
  startsOn
  endsOn
  revokedOn
  inForce
  supervisor {
    ...PersonName
  }
  cluster {
    id
    name
    nameFa
  }
  workingGroup {
    id
    name
    level
  }
  appointedBy {
    ...PersonName
  }
}
fragment WorkingGroupSummary on WorkingGroup {
  id
  level
  name
  nameFa
  province {
    ...ProvinceSummary
  }
  head {
    ...PersonName
  }
}
fragment WorkingGroupMembershipSummary on WorkingGroupMembership {
  id
  role
  startsOn
  endsOn
  person {
    ...PersonName
  }
  workingGroup {
    id
    name
    level
  }
  nominatingAgency {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<WorkingGroupDetailQuery, WorkingGroupDetailQueryVariables>;
export const WorkingGroupOversightDocument = new TypedDocumentString(`
    query WorkingGroupOversight($id: ID!, $resolutionsFirst: Int = 20, $resolutionsAfter: String, $plansFirst: Int = 20) {
  node(id: $id) {
    __typename
    id
    ... on WorkingGroup {
      ...WorkingGroupSummary
      resolutions(first: $resolutionsFirst, after: $resolutionsAfter) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            ...ResolutionSummary
            plans(first: $plansFirst) {
              totalCount
              nodes {
                ...DevelopmentPlanSummary
                cluster {
                  ...ClusterSummary
                  currentAgent {
                    ...PersonName
                  }
                  currentSupervisor {
                    ...PersonName
                  }
                  currentSupervisorAppointment {
                    id
                    decreeNumber
                    startsOn
                    endsOn
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    fragment ClusterSummary on Cluster {
  id
  name
  nameFa
  isicCode
  mainProducts
  status
  province {
    ...ProvinceSummary
  }
}
fragment DevelopmentPlanSummary on DevelopmentPlan {
  id
  title
  kind
  status
  version
  proposedOn
  decidedOn
  startsOn
  endsOn
  proposedBudget
  approvedBudget
  currentBudget
  cluster {
    id
    name
    nameFa
  }
  executor {
    ...PersonName
  }
  responsibleAgency {
    id
    code
    name
  }
  decidedBy {
    id
    name
    level
  }
}
fragment PersonName on Person {
  id
  fullNameLatin
  fullNameFa
}
fragment ProvinceSummary on Province {
  id
  code
  nameEn
  nameFa
}
fragment ResolutionSummary on Resolution {
  id
  number
  title
  adoptedOn
  workingGroup {
    id
    name
    level
  }
  cluster {
    id
    name
    nameFa
  }
  responsibleAgency {
    id
    code
    name
  }
}
fragment WorkingGroupSummary on WorkingGroup {
  id
  level
  name
  nameFa
  province {
    ...ProvinceSummary
  }
  head {
    ...PersonName
  }
}`) as unknown as TypedDocumentString<WorkingGroupOversightQuery, WorkingGroupOversightQueryVariables>;