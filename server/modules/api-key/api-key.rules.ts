import { ErrorCode } from '../../kernel/errors';
import { type RuleResult, violation } from '../../kernel/rules';
import { SystemRole } from '../person/person.entity';

/** House rule: a key lives at most this long, so that a forgotten key does not work for ever. */
export const MAX_API_KEY_LIFETIME_DAYS = 730;

/** House rule: partner keys are managed by the system administrator alone. */
export function isKeyAdministrator(roles: Iterable<SystemRole>): boolean {
  for (const role of roles) if (role === SystemRole.ADMIN) return true;
  return false;
}

/** House rule: keys are given to PARTNER service accounts only. */
export function holderIsPartner(roles: readonly SystemRole[]): RuleResult {
  return roles.includes(SystemRole.PARTNER)
    ? null
    : violation(
        ErrorCode.VALIDATION,
        'API keys are given to partner service accounts only: the person has no PARTNER role.',
        'House rule',
        ['input', 'personId'],
      );
}

/** House rule: a key expires in the future, at most MAX_API_KEY_LIFETIME_DAYS ahead. */
export function expiryIsAllowed(expiresAt: Date, now: Date): RuleResult {
  const field = ['input', 'expiresAt'];
  if (expiresAt.getTime() <= now.getTime()) return violation(ErrorCode.VALIDATION, 'A key must expire in the future.', 'House rule', field);
  if (expiresAt.getTime() > now.getTime() + MAX_API_KEY_LIFETIME_DAYS * 86_400_000) {
    return violation(ErrorCode.VALIDATION, `A key may be valid for at most ${MAX_API_KEY_LIFETIME_DAYS} days.`, 'House rule', field);
  }
  return null;
}

/** Every value given is one of the known ones (province codes, node type names). */
export function valuesAreKnown(given: readonly string[] | null, known: ReadonlySet<string>, what: string, field: string): RuleResult {
  const unknown = (given ?? []).filter((value) => !known.has(value));
  if (unknown.length === 0) return null;
  return violation(
    ErrorCode.VALIDATION,
    `Unknown ${what}: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''}.`,
    'House rule',
    ['input', field],
  );
}

/** A key is revoked once. */
export function canRevokeKey(revokedAt: Date | null | undefined): RuleResult {
  return revokedAt ? violation(ErrorCode.INVALID_TRANSITION, 'The API key has already been revoked.', 'House rule') : null;
}

/** Why a presented key may not be used, or null when it may: not revoked, not expired, holder still a partner. */
export function keyRefusal(
  key: { revokedAt?: Date | null; expiresAt: Date },
  holderRoles: readonly SystemRole[],
  now: Date,
): string | null {
  if (key.revokedAt) return 'The API key has been revoked.';
  if (key.expiresAt.getTime() <= now.getTime()) return 'The API key has expired.';
  if (!holderRoles.includes(SystemRole.PARTNER)) return "The API key's account is no longer a partner account.";
  return null;
}

/** Distinct values in first-seen order, or null for "all". */
export function distinctOrAll(values: readonly string[] | null | undefined): string[] | null {
  return values == null ? null : [...new Set(values.map((value) => value.trim()))];
}
