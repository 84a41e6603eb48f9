import 'reflect-metadata';

import { describe, expect, it } from 'vitest';

import { ErrorCode } from '../../server/kernel/errors';
import { Qualification, SystemRole } from '../../server/modules/person/person.entity';
import {
  canRecordQualification,
  canWithdrawQualification,
  emailIsFree,
  isRegistrar,
  mayGrantRoles,
} from '../../server/modules/person/person.rules';

const { ADMIN, CENTRAL_SECRETARIAT, PROVINCIAL_SECRETARIAT, ANALYST } = SystemRole;
const { DEVELOPMENT_AGENT, CLUSTER_DEVELOPMENT_EXPERTISE } = Qualification;

describe('registry access (house rule)', () => {
  it('the administrator and the central secretariat keep the registry; no other role does', () => {
    expect(isRegistrar([ADMIN])).toBe(true);
    expect(isRegistrar(new Set([CENTRAL_SECRETARIAT]))).toBe(true);
    expect(isRegistrar([ANALYST, CENTRAL_SECRETARIAT])).toBe(true);
    expect(isRegistrar([PROVINCIAL_SECRETARIAT, ANALYST])).toBe(false);
    expect(isRegistrar([])).toBe(false);
  });

  it('only an administrator grants ADMIN; registrars grant the other roles', () => {
    expect(mayGrantRoles([ADMIN], [ADMIN, ANALYST])).toBe(true);
    expect(mayGrantRoles([CENTRAL_SECRETARIAT], [ANALYST, PROVINCIAL_SECRETARIAT, CENTRAL_SECRETARIAT])).toBe(true);
    expect(mayGrantRoles([CENTRAL_SECRETARIAT], [ADMIN])).toBe(false);
    expect(mayGrantRoles([ANALYST], [])).toBe(false);
  });
});

describe('person rules', () => {
  it('an e-mail address signs in one person only', () => {
    expect(emailIsFree(false)).toBeNull();
    expect(emailIsFree(true)).toMatchObject({ code: ErrorCode.CONFLICT, field: ['input', 'email'] });
  });

  it('a qualification is recorded once', () => {
    expect(canRecordQualification([], DEVELOPMENT_AGENT)).toBeNull();
    expect(canRecordQualification([CLUSTER_DEVELOPMENT_EXPERTISE], DEVELOPMENT_AGENT)).toBeNull();
    expect(canRecordQualification([DEVELOPMENT_AGENT], DEVELOPMENT_AGENT)).toMatchObject({ code: ErrorCode.CONFLICT, article: 'Art. 3' });
  });

  it('a qualification is withdrawn only when recorded and relied on by no current or future term', () => {
    expect(canWithdrawQualification([DEVELOPMENT_AGENT], DEVELOPMENT_AGENT, 0)).toBeNull();
    expect(canWithdrawQualification([], DEVELOPMENT_AGENT, 0)).toMatchObject({ code: ErrorCode.CONFLICT });
    expect(canWithdrawQualification([DEVELOPMENT_AGENT], DEVELOPMENT_AGENT, 1)).toMatchObject({
      code: ErrorCode.CONFLICT,
      article: 'House rule',
    });
    expect(canWithdrawQualification([CLUSTER_DEVELOPMENT_EXPERTISE], CLUSTER_DEVELOPMENT_EXPERTISE, 2)?.message).toContain('appointment');
  });
});
