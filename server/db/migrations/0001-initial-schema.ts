import { Migration } from '@mikro-orm/migrations';

/**
 * The whole domain model (docs/domain.md section 2), generated from the entities with `npm run -s db:diff`;
 * the plain indexes and the foreign keys, named as the generator names them, are written by `indexes`
 * and `foreignKeys` below (the statements are the generated ones, in the same order).
 * btree_gist comes first: the exclusion constraints that keep agent contracts, supervisor
 * appointments and working-group heads from overlapping in time need it.
 */
export class Migration0001InitialSchema extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`create type "cluster_status" as enum ('IDENTIFIED', 'ACTIVE', 'GRADUATED', 'DISCONTINUED');`);
    this.addSql(`create type "working_group_level" as enum ('CENTRAL', 'PROVINCIAL');`);
    this.addSql(`create type "periodic_report_status" as enum ('DRAFT', 'ISSUED');`);
    this.addSql(
      `create type "dispute_state" as enum ('OPEN_PROVINCIAL', 'RESOLVED_PROVINCIAL', 'NO_AGREEMENT', 'ESCALATED', 'RESOLVED_CENTRAL');`,
    );
    this.addSql(`create type "plan_kind" as enum ('PLAN', 'PROJECT');`);
    this.addSql(`create type "plan_status" as enum ('PROPOSED', 'APPROVED', 'REJECTED', 'SUSPENDED', 'COMPLETED');`);
    this.addSql(`create type "obligation_kind" as enum ('AGENT', 'PLAN_EXECUTOR');`);
    this.addSql(
      `create type "bottleneck_category" as enum ('FINANCING', 'REGULATORY', 'INTER_AGENCY', 'MARKET', 'INFRASTRUCTURE', 'HUMAN_RESOURCES', 'OTHER');`,
    );
    this.addSql(`create type "agency_rating" as enum ('VERY_GOOD', 'GOOD', 'FAIR', 'POOR', 'VERY_POOR');`);
    this.addSql(`create type "membership_role" as enum ('HEAD', 'SECRETARIAT', 'MEMBER');`);
    this.addSql(
      `create table "executive_agency" ("id" uuid not null, "created_at" timestamptz not null default now(), "code" varchar(32) not null, "name" varchar(200) not null, "name_fa" varchar(200) not null, "contracts_development_agents" boolean not null default false, constraint "executive_agency_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "executive_agency" add constraint "executive_agency_code_unique" unique ("code");`);
    this.addSql(
      `create unique index "executive_agency_single_agent_contractor" on "executive_agency" ("contracts_development_agents") where "contracts_development_agents";`,
    );
    this.addSql(
      `create table "person" ("id" uuid not null, "created_at" timestamptz not null default now(), "full_name_fa" varchar(200) not null, "full_name_latin" varchar(200) not null, "search_name" varchar(200) not null, "email" varchar(254) not null, "phone" varchar(32) null, "qualifications" text[] not null default '{}', "system_roles" text[] not null default '{}', constraint "person_pkey" primary key ("id"), constraint person_email_lower_case check ("email" = lower("email")), constraint person_system_roles_known check ("system_roles" <@ array['ADMIN', 'CENTRAL_SECRETARIAT', 'PROVINCIAL_SECRETARIAT', 'ANALYST', 'PARTNER']::text[]), constraint person_qualifications_known check ("qualifications" <@ array['DEVELOPMENT_AGENT', 'CLUSTER_DEVELOPMENT_EXPERTISE']::text[]));`,
    );
    this.indexes('person', 'search_name');
    this.addSql(`alter table "person" add constraint "person_email_unique" unique ("email");`);
    this.addSql(
      `create table "audit_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "actor_id" uuid null, "action" varchar(64) not null, "target_type" varchar(64) not null, "target_id" uuid not null, "occurred_at" timestamptz not null default now(), "before" jsonb null, "after" jsonb null, constraint "audit_event_pkey" primary key ("id"));`,
    );
    this.indexes('audit_event', 'actor_id', 'action', 'occurred_at');
    this.addSql(`create index "audit_event_target_index" on "audit_event" ("target_id", "occurred_at");`);
    this.addSql(
      `create table "api_key" ("id" uuid not null, "created_at" timestamptz not null default now(), "person_id" uuid not null, "name" varchar(100) not null, "prefix" varchar(8) not null, "hash" varchar(64) not null, "province_codes" text[] null, "types" text[] null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "created_by_id" uuid not null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"), constraint api_key_revoked_after_created check ("revoked_at" is null or "revoked_at" >= "created_at"), constraint api_key_hash_hex check ("hash" ~ '^[0-9a-f]{64}$'));`,
    );
    this.indexes('api_key', 'person_id');
    this.addSql(`alter table "api_key" add constraint "api_key_hash_unique" unique ("hash");`);
    this.indexes('api_key', 'created_by_id');
    this.addSql(
      `create table "province" ("id" uuid not null, "created_at" timestamptz not null default now(), "code" varchar(6) not null, "name_fa" varchar(100) not null, "name_en" varchar(100) not null, constraint "province_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "province" add constraint "province_code_unique" unique ("code");`);
    this.addSql(`alter table "province" add constraint "province_name_en_unique" unique ("name_en");`);
    this.addSql(
      `create table "cluster" ("id" uuid not null, "created_at" timestamptz not null default now(), "name" varchar(200) not null, "name_fa" varchar(200) not null, "search_name" varchar(200) not null, "province_id" uuid not null, "isic_code" varchar(4) not null, "main_products" text[] not null default '{}', "status" "cluster_status" not null default 'IDENTIFIED', constraint "cluster_pkey" primary key ("id"), constraint cluster_isic_code check ("isic_code" ~ '^[0-9]{4}$'));`,
    );
    this.indexes('cluster', 'province_id', 'isic_code', 'status');
    this.addSql(`alter table "cluster" add constraint "cluster_province_search_name_unique" unique ("province_id", "search_name");`);
    this.addSql(
      `create table "agent_contract" ("id" uuid not null, "created_at" timestamptz not null default now(), "contract_number" varchar(64) not null, "cluster_id" uuid not null, "agent_id" uuid not null, "agency_id" uuid not null, "starts_on" date not null, "ends_on" date not null, "terminated_on" date null, "termination_reason" text null, constraint "agent_contract_pkey" primary key ("id"), constraint agent_contract_termination_reason check (("terminated_on" is null) = ("termination_reason" is null)), constraint agent_contract_termination check ("terminated_on" is null or ("terminated_on" >= "starts_on" and "terminated_on" <= "ends_on")), constraint agent_contract_term check ("ends_on" >= "starts_on"));`,
    );
    this.addSql(`alter table "agent_contract" add constraint "agent_contract_contract_number_unique" unique ("contract_number");`);
    this.indexes('agent_contract', 'cluster_id', 'agent_id', 'agency_id');
    this.addSql(
      `alter table "agent_contract" add constraint "agent_contract_no_overlap" exclude using gist ("cluster_id" with =, daterange("starts_on", coalesce("terminated_on", "ends_on"), '[]') with &&);`,
    );
    this.addSql(
      `create table "working_group" ("id" uuid not null, "created_at" timestamptz not null default now(), "level" "working_group_level" not null, "province_id" uuid null, "name" varchar(200) not null, "name_fa" varchar(200) not null, constraint "working_group_pkey" primary key ("id"), constraint working_group_level_province check (("level" = 'CENTRAL') = ("province_id" is null)));`,
    );
    this.indexes('working_group', 'level');
    this.addSql(`alter table "working_group" add constraint "working_group_province_id_unique" unique ("province_id");`);
    this.addSql(`create unique index "working_group_single_central" on "working_group" ("level") where "level" = 'CENTRAL';`);
    this.addSql(
      `create table "supervisor_appointment" ("id" uuid not null, "created_at" timestamptz not null default now(), "cluster_id" uuid not null, "supervisor_id" uuid not null, "working_group_id" uuid not null, "appointed_by_id" uuid not null, "decree_number" varchar(64) not null, "decree_date" date not null, "starts_on" date not null, "ends_on" date not null, "revoked_on" date null, "revocation_reason" text null, constraint "supervisor_appointment_pkey" primary key ("id"), constraint supervisor_appointment_revocation_reason check (("revoked_on" is null) = ("revocation_reason" is null)), constraint supervisor_appointment_revocation check ("revoked_on" is null or ("revoked_on" >= "starts_on" and "revoked_on" <= "ends_on")), constraint supervisor_appointment_one_year check ("ends_on" = ("starts_on" + make_interval(years => 1))::date - 1));`,
    );
    this.indexes('supervisor_appointment', 'cluster_id', 'supervisor_id', 'working_group_id', 'appointed_by_id');
    this.addSql(
      `alter table "supervisor_appointment" add constraint "supervisor_appointment_no_overlap" exclude using gist ("cluster_id" with =, daterange("starts_on", coalesce("revoked_on", "ends_on"), '[]') with &&);`,
    );
    this.addSql(
      `alter table "supervisor_appointment" add constraint "supervisor_appointment_decree_unique" unique ("working_group_id", "decree_number");`,
    );
    this.addSql(
      `create table "supervisor_review" ("id" uuid not null, "created_at" timestamptz not null default now(), "appointment_id" uuid not null, "cluster_id" uuid not null, "supervisor_id" uuid not null, "routed_to_central_id" uuid not null, "routed_to_provincial_id" uuid null, "reviewed_on" date not null, "period" varchar(7) not null, "findings" text not null, "recommendations" text[] not null, constraint "supervisor_review_pkey" primary key ("id"), constraint supervisor_review_recommendations check (cardinality("recommendations") >= 1), constraint supervisor_review_period check ("period" ~ '^[0-9]{4}-Q[1-4]$'));`,
    );
    this.indexes(
      'supervisor_review',
      'appointment_id',
      'cluster_id',
      'supervisor_id',
      'routed_to_central_id',
      'routed_to_provincial_id',
      'reviewed_on',
      'period',
    );
    this.addSql(
      `create table "resolution" ("id" uuid not null, "created_at" timestamptz not null default now(), "working_group_id" uuid not null, "cluster_id" uuid null, "responsible_agency_id" uuid not null, "number" varchar(64) not null, "adopted_on" date not null, "title" varchar(300) not null, "text" text not null, constraint "resolution_pkey" primary key ("id"));`,
    );
    this.indexes('resolution', 'working_group_id', 'cluster_id', 'responsible_agency_id', 'adopted_on');
    this.addSql(`alter table "resolution" add constraint "resolution_number_unique" unique ("working_group_id", "number");`);
    this.addSql(
      `create table "resolution_target" ("id" uuid not null, "created_at" timestamptz not null default now(), "resolution_id" uuid not null, "indicator" varchar(200) not null, "unit" varchar(50) not null, "target_value" numeric(20,4) not null, "higher_is_better" boolean not null default true, "due_quarter" varchar(7) not null, constraint "resolution_target_pkey" primary key ("id"), constraint resolution_target_due_quarter check ("due_quarter" ~ '^[0-9]{4}-Q[1-4]$'));`,
    );
    this.indexes('resolution_target', 'resolution_id', 'due_quarter');
    this.addSql(
      `create table "periodic_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "working_group_id" uuid not null, "issued_by_id" uuid null, "period" varchar(7) not null, "status" "periodic_report_status" not null default 'DRAFT', "issued_at" timestamptz null, "figures" jsonb not null, constraint "periodic_report_pkey" primary key ("id"), constraint periodic_report_issued check (("status" = 'ISSUED') = ("issued_at" is not null)), constraint periodic_report_period check ("period" ~ '^[0-9]{4}-Q[1-4]$'));`,
    );
    this.indexes('periodic_report', 'issued_by_id');
    this.addSql(`alter table "periodic_report" add constraint "periodic_report_unique" unique ("working_group_id", "period");`);
    this.addSql(
      `create table "dispute" ("id" uuid not null, "created_at" timestamptz not null default now(), "cluster_id" uuid not null, "raised_by_id" uuid not null, "forum_id" uuid not null, "subject" varchar(300) not null, "description" text not null, "state" "dispute_state" not null default 'OPEN_PROVINCIAL', "raised_on" date not null, "final_decision" text null, "resolved_on" date null, constraint "dispute_pkey" primary key ("id"), constraint dispute_resolved_on check (("final_decision" is null) = ("resolved_on" is null)), constraint dispute_final_decision check (("state" = 'RESOLVED_PROVINCIAL' or "state" = 'RESOLVED_CENTRAL') = ("final_decision" is not null)));`,
    );
    this.indexes('dispute', 'cluster_id', 'raised_by_id', 'forum_id', 'state');
    this.addSql(
      `create table "dispute_step" ("id" uuid not null, "created_at" timestamptz not null default now(), "dispute_id" uuid not null, "working_group_id" uuid not null, "actor_id" uuid not null, "from_state" "dispute_state" null, "to_state" "dispute_state" not null, "occurred_at" timestamptz not null, "decision" text null, constraint "dispute_step_pkey" primary key ("id"));`,
    );
    this.indexes('dispute_step', 'dispute_id', 'working_group_id', 'actor_id');
    this.addSql(`alter table "dispute_step" add constraint "dispute_step_once_from_state" unique ("dispute_id", "from_state");`);
    this.addSql(`alter table "dispute_step" add constraint "dispute_step_once_per_state" unique ("dispute_id", "to_state");`);
    this.addSql(
      `create table "dispute_party" ("id" uuid not null, "created_at" timestamptz not null default now(), "dispute_id" uuid not null, "agency_id" uuid null, "person_id" uuid null, constraint "dispute_party_pkey" primary key ("id"), constraint dispute_party_one_kind check (("agency_id" is null) <> ("person_id" is null)));`,
    );
    this.indexes('dispute_party', 'dispute_id', 'agency_id', 'person_id');
    this.addSql(
      `create table "development_plan" ("id" uuid not null, "created_at" timestamptz not null default now(), "cluster_id" uuid not null, "executor_id" uuid not null, "responsible_agency_id" uuid not null, "decided_by_id" uuid null, "title" varchar(300) not null, "kind" "plan_kind" not null default 'PLAN', "status" "plan_status" not null default 'PROPOSED', "proposed_on" date not null, "decided_on" date null, "starts_on" date not null, "ends_on" date not null, "proposed_budget" bigint not null, "approved_budget" bigint null, "current_budget" bigint null, "rejection_reason" text null, "suspended_on" date null, "suspension_reason" text null, "completed_on" date null, "version" int not null default 1, constraint "development_plan_pkey" primary key ("id"), constraint development_plan_term check ("ends_on" >= "starts_on"), constraint development_plan_approved_has_budget check ("status" = 'PROPOSED' or "status" = 'REJECTED' or "approved_budget" is not null), constraint development_plan_budget_band check ("current_budget" * 10 >= "approved_budget" * 9 and "current_budget" * 10 <= "approved_budget" * 11), constraint development_plan_budget_pair check (("approved_budget" is null) = ("current_budget" is null)), constraint development_plan_budget_non_negative check ("approved_budget" >= 0 and "current_budget" >= 0));`,
    );
    this.indexes('development_plan', 'cluster_id', 'executor_id', 'responsible_agency_id', 'decided_by_id', 'status');
    this.addSql(
      `create table "reporting_obligation" ("id" uuid not null, "created_at" timestamptz not null default now(), "kind" "obligation_kind" not null, "obligor_id" uuid not null, "cluster_id" uuid not null, "agent_contract_id" uuid null, "plan_id" uuid null, "period" varchar(7) not null, "period_ends_on" date not null, "due_on" date not null, "submitted_on" date null, "submitted_late" boolean null, "waived_on" date null, "waiver_reason" text null, "waived_by_id" uuid null, constraint "reporting_obligation_pkey" primary key ("id"), constraint reporting_obligation_waiver check (("waived_on" is null) = ("waiver_reason" is null)), constraint reporting_obligation_lateness check (("submitted_on" is null and "submitted_late" is null) or "submitted_late" = ("submitted_on" > "due_on")), constraint reporting_obligation_due_after_end check ("due_on" >= "period_ends_on"), constraint reporting_obligation_source check (("kind" = 'AGENT' and "agent_contract_id" is not null and "plan_id" is null) or ("kind" = 'PLAN_EXECUTOR' and "plan_id" is not null and "agent_contract_id" is null)), constraint reporting_obligation_period check ("period" ~ '^[0-9]{4}-Q[1-4]$'));`,
    );
    this.indexes('reporting_obligation', 'obligor_id', 'cluster_id', 'agent_contract_id', 'plan_id', 'period', 'due_on', 'waived_by_id');
    this.addSql(
      `alter table "reporting_obligation" add constraint "reporting_obligation_plan_period_unique" unique ("plan_id", "period");`,
    );
    this.addSql(
      `alter table "reporting_obligation" add constraint "reporting_obligation_contract_period_unique" unique ("agent_contract_id", "period");`,
    );
    this.addSql(
      `create table "progress_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "obligation_id" uuid not null, "cluster_id" uuid not null, "plan_id" uuid null, "submitted_by_id" uuid not null, "supersedes_id" uuid null, "recipient_supervisor_id" uuid null, "recipient_working_group_id" uuid not null, "period" varchar(7) not null, "revision" smallint not null default 1, "submitted_on" date not null, "late" boolean not null default false, "made_progress" boolean not null, "percent_complete" numeric(5,2) null, "summary" text not null, constraint "progress_report_pkey" primary key ("id"), constraint progress_report_revision check (("revision" = 1) = ("supersedes_id" is null)), constraint progress_report_progress_has_percent check ("made_progress" = ("percent_complete" is not null)), constraint progress_report_percent check ("percent_complete" >= 0 and "percent_complete" <= 100), constraint progress_report_period check ("period" ~ '^[0-9]{4}-Q[1-4]$'));`,
    );
    this.indexes('progress_report', 'obligation_id', 'cluster_id', 'plan_id', 'submitted_by_id');
    this.addSql(`alter table "progress_report" add constraint "progress_report_supersedes_id_unique" unique ("supersedes_id");`);
    this.indexes('progress_report', 'recipient_supervisor_id', 'recipient_working_group_id', 'period', 'submitted_on');
    this.addSql(`alter table "progress_report" add constraint "progress_report_revision_unique" unique ("obligation_id", "revision");`);
    this.addSql(
      `create table "report_bottleneck" ("id" uuid not null, "created_at" timestamptz not null default now(), "report_id" uuid not null, "category" "bottleneck_category" not null, "description" text not null, constraint "report_bottleneck_pkey" primary key ("id"));`,
    );
    this.indexes('report_bottleneck', 'report_id', 'category');
    this.addSql(
      `create table "plan_resolution" ("plan_id" uuid not null, "resolution_id" uuid not null, constraint "plan_resolution_pkey" primary key ("plan_id", "resolution_id"));`,
    );
    this.indexes('plan_resolution', 'resolution_id');
    this.addSql(
      `create table "plan_indicator" ("id" uuid not null, "created_at" timestamptz not null default now(), "plan_id" uuid not null, "name" varchar(200) not null, "unit" varchar(50) not null, "baseline" numeric(20,4) not null, "target" numeric(20,4) not null, "higher_is_better" boolean not null default true, constraint "plan_indicator_pkey" primary key ("id"));`,
    );
    this.indexes('plan_indicator', 'plan_id');
    this.addSql(`alter table "plan_indicator" add constraint "plan_indicator_name_unique" unique ("plan_id", "name");`);
    this.addSql(
      `create table "indicator_actual" ("id" uuid not null, "created_at" timestamptz not null default now(), "report_id" uuid not null, "indicator_id" uuid not null, "value" numeric(20,4) not null, constraint "indicator_actual_pkey" primary key ("id"));`,
    );
    this.indexes('indicator_actual', 'indicator_id');
    this.addSql(`alter table "indicator_actual" add constraint "indicator_actual_unique" unique ("report_id", "indicator_id");`);
    this.addSql(
      `create table "plan_assessment" ("id" uuid not null, "created_at" timestamptz not null default now(), "review_id" uuid not null, "plan_id" uuid not null, "performance_score" smallint not null, "export_value" bigint not null, "jobs_created" int not null, "investment" bigint not null, "remarks" text null, constraint "plan_assessment_pkey" primary key ("id"), constraint plan_assessment_return_non_negative check ("export_value" >= 0 and "jobs_created" >= 0 and "investment" >= 0), constraint plan_assessment_score check ("performance_score" >= 0 and "performance_score" <= 100));`,
    );
    this.indexes('plan_assessment', 'plan_id');
    this.addSql(`alter table "plan_assessment" add constraint "plan_assessment_unique" unique ("review_id", "plan_id");`);
    this.addSql(
      `create table "budget_adjustment" ("id" uuid not null, "created_at" timestamptz not null default now(), "plan_id" uuid not null, "working_group_id" uuid not null, "decided_by_id" uuid not null, "basis_review_id" uuid not null, "amount" bigint not null, "budget_before" bigint not null, "resulting_budget" bigint not null, "reason" text not null, "decided_on" date not null, constraint "budget_adjustment_pkey" primary key ("id"), constraint budget_adjustment_non_negative check ("budget_before" >= 0 and "resulting_budget" >= 0), constraint budget_adjustment_arithmetic check ("resulting_budget" = "budget_before" + "amount"), constraint budget_adjustment_non_zero check ("amount" <> 0));`,
    );
    this.indexes('budget_adjustment', 'plan_id', 'working_group_id', 'decided_by_id', 'basis_review_id', 'decided_on');
    this.addSql(
      `create table "agency_assessment" ("id" uuid not null, "created_at" timestamptz not null default now(), "working_group_id" uuid not null, "agency_id" uuid not null, "assessed_by_id" uuid not null, "period" varchar(7) not null, "rating" "agency_rating" not null, "opinion" text not null, constraint "agency_assessment_pkey" primary key ("id"), constraint agency_assessment_period check ("period" ~ '^[0-9]{4}-Q[1-4]$'));`,
    );
    this.indexes('agency_assessment', 'agency_id', 'assessed_by_id', 'period', 'rating');
    this.addSql(
      `alter table "agency_assessment" add constraint "agency_assessment_unique" unique ("working_group_id", "agency_id", "period");`,
    );
    this.addSql(
      `create table "working_group_membership" ("id" uuid not null, "created_at" timestamptz not null default now(), "working_group_id" uuid not null, "person_id" uuid not null, "nominating_agency_id" uuid null, "role" "membership_role" not null, "starts_on" date not null, "ends_on" date null, constraint "working_group_membership_pkey" primary key ("id"), constraint working_group_membership_term check ("ends_on" is null or "ends_on" >= "starts_on"));`,
    );
    this.indexes('working_group_membership', 'working_group_id', 'person_id', 'nominating_agency_id', 'role');
    this.addSql(
      `alter table "working_group_membership" add constraint "working_group_membership_one_head" exclude using gist ("working_group_id" with =, daterange("starts_on", "ends_on", '[]') with &&) where ("role" = 'HEAD');`,
    );
    this.foreignKeys('audit_event', { actor_id: 'person' }, { onDeleteNoAction: ['actor_id'] });
    this.foreignKeys('api_key', { person_id: 'person', created_by_id: 'person' });
    this.foreignKeys('cluster', { province_id: 'province' });
    this.foreignKeys('agent_contract', { cluster_id: 'cluster', agent_id: 'person', agency_id: 'executive_agency' });
    this.foreignKeys('working_group', { province_id: 'province' }, { onDeleteNoAction: ['province_id'] });
    this.foreignKeys('supervisor_appointment', {
      cluster_id: 'cluster',
      supervisor_id: 'person',
      working_group_id: 'working_group',
      appointed_by_id: 'person',
    });
    this.foreignKeys(
      'supervisor_review',
      {
        appointment_id: 'supervisor_appointment',
        cluster_id: 'cluster',
        supervisor_id: 'person',
        routed_to_central_id: 'working_group',
        routed_to_provincial_id: 'working_group',
      },
      { onDeleteNoAction: ['routed_to_provincial_id'] },
    );
    this.foreignKeys(
      'resolution',
      { working_group_id: 'working_group', cluster_id: 'cluster', responsible_agency_id: 'executive_agency' },
      { onDeleteNoAction: ['cluster_id'] },
    );
    this.foreignKeys('resolution_target', { resolution_id: 'resolution' });
    this.foreignKeys(
      'periodic_report',
      { working_group_id: 'working_group', issued_by_id: 'person' },
      { onDeleteNoAction: ['issued_by_id'] },
    );
    this.foreignKeys('dispute', { cluster_id: 'cluster', raised_by_id: 'person', forum_id: 'working_group' });
    this.foreignKeys('dispute_step', { dispute_id: 'dispute', working_group_id: 'working_group', actor_id: 'person' });
    this.foreignKeys(
      'dispute_party',
      { dispute_id: 'dispute', agency_id: 'executive_agency', person_id: 'person' },
      { onDeleteNoAction: ['agency_id', 'person_id'] },
    );
    this.foreignKeys(
      'development_plan',
      { cluster_id: 'cluster', executor_id: 'person', responsible_agency_id: 'executive_agency', decided_by_id: 'working_group' },
      { onDeleteNoAction: ['decided_by_id'] },
    );
    this.foreignKeys(
      'reporting_obligation',
      {
        obligor_id: 'person',
        cluster_id: 'cluster',
        agent_contract_id: 'agent_contract',
        plan_id: 'development_plan',
        waived_by_id: 'working_group',
      },
      { onDeleteNoAction: ['agent_contract_id', 'plan_id', 'waived_by_id'] },
    );
    this.foreignKeys(
      'progress_report',
      {
        obligation_id: 'reporting_obligation',
        cluster_id: 'cluster',
        plan_id: 'development_plan',
        submitted_by_id: 'person',
        supersedes_id: 'progress_report',
        recipient_supervisor_id: 'person',
        recipient_working_group_id: 'working_group',
      },
      { onDeleteNoAction: ['plan_id', 'supersedes_id', 'recipient_supervisor_id'] },
    );
    this.foreignKeys('report_bottleneck', { report_id: 'progress_report' });
    this.foreignKeys('plan_resolution', { plan_id: 'development_plan', resolution_id: 'resolution' });
    this.foreignKeys('plan_indicator', { plan_id: 'development_plan' });
    this.foreignKeys('indicator_actual', { report_id: 'progress_report', indicator_id: 'plan_indicator' });
    this.foreignKeys('plan_assessment', { review_id: 'supervisor_review', plan_id: 'development_plan' });
    this.foreignKeys('budget_adjustment', {
      plan_id: 'development_plan',
      working_group_id: 'working_group',
      decided_by_id: 'person',
      basis_review_id: 'supervisor_review',
    });
    this.foreignKeys('agency_assessment', { working_group_id: 'working_group', agency_id: 'executive_agency', assessed_by_id: 'person' });
    this.foreignKeys(
      'working_group_membership',
      { working_group_id: 'working_group', person_id: 'person', nominating_agency_id: 'executive_agency' },
      { onDeleteNoAction: ['nominating_agency_id'] },
    );
  }

  /** `create index "<table>_<column>_index"` on each column, as the schema generator names them. */
  private indexes(table: string, ...columns: string[]): void {
    for (const column of columns) this.addSql(`create index "${table}_${column}_index" on "${table}" ("${column}");`);
  }

  /**
   * `<table>_<column>_foreign` for each column, referencing the id of the table it maps to, updated
   * in cascade; the `onDeleteNoAction` columns (optional references) also say `on delete no action`.
   */
  private foreignKeys(table: string, references: Record<string, string>, options: { onDeleteNoAction?: string[] } = {}): void {
    for (const [column, target] of Object.entries(references)) {
      const onDelete = options.onDeleteNoAction?.includes(column) ? ' on delete no action' : '';
      this.addSql(
        `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade${onDelete};`,
      );
    }
  }
}
