import 'reflect-metadata';

import { describe, expect, it } from 'vitest';

import { ErrorCode } from '../../server/kernel/errors';
import {
  agencyContractsAgents,
  agentIsNotSupervisor,
  agentIsQualified,
  canEndContract,
  contractNumberIsFree,
  noOverlappingContract,
  termIsOrdered,
} from '../../server/modules/agent-contract/agent-contract.rules';
import { Qualification } from '../../server/modules/person/person.entity';

const term = { startsOn: '2025-09-01', lastDay: '2026-08-31' };

describe('agent contract rules (R2, Art. 3)', () => {
  it('a term runs forwards; a one-day term is allowed', () => {
    expect(termIsOrdered('2025-09-01', '2026-08-31')).toBeNull();
    expect(termIsOrdered('2025-09-01', '2025-09-01')).toBeNull();
    expect(termIsOrdered('2025-09-01', '2025-08-31')).toMatchObject({
      code: ErrorCode.VALIDATION,
      article: 'Art. 3',
      field: ['input', 'endsOn'],
    });
  });

  it('only the agency that contracts development agents (ISIPO) may sign', () => {
    expect(agencyContractsAgents({ contractsDevelopmentAgents: true })).toBeNull();
    expect(agencyContractsAgents({ contractsDevelopmentAgents: false })).toMatchObject({
      code: ErrorCode.AGENT_CONTRACT_AUTHORITY,
      article: 'Art. 3',
      field: ['input', 'agencyId'],
    });
  });

  it('the agent needs the recorded development agent qualification; expertise alone is not enough', () => {
    expect(agentIsQualified([Qualification.DEVELOPMENT_AGENT])).toBeNull();
    expect(agentIsQualified([Qualification.CLUSTER_DEVELOPMENT_EXPERTISE, Qualification.DEVELOPMENT_AGENT])).toBeNull();
    expect(agentIsQualified([Qualification.CLUSTER_DEVELOPMENT_EXPERTISE])).toMatchObject({
      code: ErrorCode.AGENT_NOT_QUALIFIED,
      article: 'Art. 3',
    });
    expect(agentIsQualified([])).toMatchObject({ code: ErrorCode.AGENT_NOT_QUALIFIED });
  });

  it('one contract in force per cluster on any day, both ends included', () => {
    expect(noOverlappingContract(term, [])).toBeNull();
    expect(noOverlappingContract(term, [{ startsOn: '2023-01-01', lastDay: '2025-08-31' }])).toBeNull();
    expect(noOverlappingContract(term, [{ startsOn: '2026-09-01', lastDay: '2027-08-31' }])).toBeNull();
    expect(noOverlappingContract(term, [{ startsOn: '2023-01-01', lastDay: '2025-09-01' }])).toMatchObject({
      code: ErrorCode.AGENT_ALREADY_CONTRACTED,
      article: 'Art. 3',
    });
    expect(noOverlappingContract(term, [{ startsOn: '2026-08-31', lastDay: '2027-08-31' }])).toMatchObject({
      code: ErrorCode.AGENT_ALREADY_CONTRACTED,
    });
    expect(noOverlappingContract(term, [{ startsOn: '2025-10-01', lastDay: '2025-10-31' }])).toMatchObject({
      code: ErrorCode.AGENT_ALREADY_CONTRACTED,
    });
  });

  it("the agent may not be the cluster's supervisor over the same dates (house rule)", () => {
    expect(agentIsNotSupervisor(term, [])).toBeNull();
    expect(agentIsNotSupervisor(term, [{ startsOn: '2024-09-01', lastDay: '2025-08-31' }])).toBeNull();
    expect(agentIsNotSupervisor(term, [{ startsOn: '2025-06-01', lastDay: '2026-05-31' }])).toMatchObject({
      code: ErrorCode.CONFLICT_OF_INTEREST,
      article: 'House rule',
      field: ['input', 'agentId'],
    });
  });

  it('a contract ends early once, on a day within its term', () => {
    expect(canEndContract(term, null, '2025-09-01')).toBeNull();
    expect(canEndContract(term, null, '2026-08-31')).toBeNull();
    expect(canEndContract(term, null, '2025-12-31')).toBeNull();
    expect(canEndContract(term, '2025-12-31', '2025-11-30')).toMatchObject({ code: ErrorCode.INVALID_TRANSITION });
    expect(canEndContract(term, null, '2025-08-31')).toMatchObject({ code: ErrorCode.VALIDATION, field: ['input', 'lastDayInForce'] });
    expect(canEndContract(term, null, '2026-09-01')).toMatchObject({ code: ErrorCode.VALIDATION });
  });

  it('contract numbers are unique', () => {
    expect(contractNumberIsFree(false)).toBeNull();
    expect(contractNumberIsFree(true)).toMatchObject({ code: ErrorCode.CONFLICT, field: ['input', 'contractNumber'] });
  });
});
