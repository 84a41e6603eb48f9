import { GraphQLError } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Stable codes of rule violations (DOMAIN.md section 5): add, never rename. */
export enum ErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  VALIDATION = 'VALIDATION',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  AGENT_CONTRACT_AUTHORITY = 'AGENT_CONTRACT_AUTHORITY',
  AGENT_NOT_QUALIFIED = 'AGENT_NOT_QUALIFIED',
  AGENT_ALREADY_CONTRACTED = 'AGENT_ALREADY_CONTRACTED',
  NOT_WORKING_GROUP_HEAD = 'NOT_WORKING_GROUP_HEAD',
  SUPERVISOR_ALREADY_APPOINTED = 'SUPERVISOR_ALREADY_APPOINTED',
  SUPERVISOR_NOT_QUALIFIED = 'SUPERVISOR_NOT_QUALIFIED',
  CONFLICT_OF_INTEREST = 'CONFLICT_OF_INTEREST',
  NOT_RESPONSIBLE_WORKING_GROUP = 'NOT_RESPONSIBLE_WORKING_GROUP',
  BOTTLENECKS_REQUIRED = 'BOTTLENECKS_REQUIRED',
  NOT_OBLIGOR = 'NOT_OBLIGOR',
  PERIOD_NOT_STARTED = 'PERIOD_NOT_STARTED',
  REPORT_ALREADY_SUBMITTED = 'REPORT_ALREADY_SUBMITTED',
  NOT_CURRENT_SUPERVISOR = 'NOT_CURRENT_SUPERVISOR',
  RECOMMENDATIONS_REQUIRED = 'RECOMMENDATIONS_REQUIRED',
  WRONG_FORUM = 'WRONG_FORUM',
  ESCALATION_NOT_ALLOWED = 'ESCALATION_NOT_ALLOWED',
  PLAN_NOT_APPROVED = 'PLAN_NOT_APPROVED',
  REVIEW_REQUIRED = 'REVIEW_REQUIRED',
  ADJUSTMENT_AGAINST_PERFORMANCE = 'ADJUSTMENT_AGAINST_PERFORMANCE',
  BUDGET_CAP_EXCEEDED = 'BUDGET_CAP_EXCEEDED',
}

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'Stable code of a rule violation returned in `userErrors`.',
});

@ObjectType({ description: 'A rule of the regulation or of the house that a mutation refused to break.' })
export class UserError {
  @Field(() => ErrorCode, { description: 'Stable machine-readable code.' })
  code!: ErrorCode;

  @Field(() => String, { description: 'Human-readable explanation.' })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault, if any.' })
  field?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Article of the regulation the rule comes from, e.g. `Art. 4-4`.' })
  article?: string | null;
}

/** Top-level error codes (not rule violations). */
export const TopLevelCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export function unauthenticated(message = 'A valid bearer token is required.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: TopLevelCode.UNAUTHENTICATED, http: { status: 401 } } });
}

export function forbidden(message = 'You may not do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: TopLevelCode.FORBIDDEN } });
}

export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: TopLevelCode.BAD_USER_INPUT, ...(field ? { field } : {}) } });
}
