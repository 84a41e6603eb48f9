import 'reflect-metadata';

import { describe, expect, it } from 'vitest';

import { ErrorCode } from '../../server/kernel/errors';
import { agencyCodeIsFree } from '../../server/modules/executive-agency/executive-agency.rules';

describe('executive agency rules', () => {
  it('agency codes are unique', () => {
    expect(agencyCodeIsFree(false)).toBeNull();
    expect(agencyCodeIsFree(true)).toMatchObject({ code: ErrorCode.CONFLICT, field: ['input', 'code'] });
  });
});
