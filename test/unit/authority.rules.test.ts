import 'reflect-metadata';

import { describe, expect, it } from 'vitest';

import { ErrorCode } from '../../server/kernel/errors';
import {
  actsForAnyResponsibleGroup,
  actsForCentralWorkingGroup,
  actsForResponsibleGroup,
  actsForWorkingGroup,
  groupIsResponsible,
  headsProvincialGroup,
  isHeadOf,
  mayProposePlan,
} from '../../server/modules/authority/authority.rules';
import { MembershipRole } from '../../server/modules/working-group/working-group.entity';

const { HEAD, SECRETARIAT, MEMBER } = MembershipRole;

describe('acting for working groups (R3, R4, Art. 3)', () => {
  it('head or secretariat of a responsible group acts for it; a member does not', () => {
    expect(actsForResponsibleGroup('g1', ['g0', 'g1'], [{ workingGroupId: 'g1', role: SECRETARIAT }])).toBeNull();
    expect(actsForResponsibleGroup('g2', ['g0', 'g1'], [{ workingGroupId: 'g2', role: HEAD }])).toMatchObject({
      code: ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
    });
    expect(actsForResponsibleGroup('g1', ['g0', 'g1'], [{ workingGroupId: 'g1', role: MEMBER }])).toMatchObject({
      code: ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
    });
    expect(actsForAnyResponsibleGroup(['g0', 'g1'], [{ workingGroupId: 'g0', role: HEAD }])).toBeNull();
    expect(actsForAnyResponsibleGroup(['g0', 'g1'], [{ workingGroupId: 'g9', role: HEAD }])).toMatchObject({
      code: ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
    });
    expect(isHeadOf('g1', [{ workingGroupId: 'g1', role: SECRETARIAT }])).toMatchObject({ code: ErrorCode.NOT_WORKING_GROUP_HEAD });
  });

  it("a provincial group's head manages its seats; its secretariat does not", () => {
    expect(headsProvincialGroup('g1', [{ workingGroupId: 'g1', role: HEAD }])).toBeNull();
    expect(headsProvincialGroup('g1', [{ workingGroupId: 'g1', role: SECRETARIAT }])).toMatchObject({
      code: ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
    });
    expect(headsProvincialGroup('g1', [{ workingGroupId: 'g2', role: HEAD }])).toMatchObject({
      code: ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
    });
  });
});

describe('acting for one working group (R4, R9)', () => {
  it('a working group adopts through its head or secretariat (R4)', () => {
    expect(actsForWorkingGroup('g', [{ workingGroupId: 'g', role: MembershipRole.HEAD }])).toBeNull();
    expect(actsForWorkingGroup('g', [{ workingGroupId: 'g', role: MembershipRole.SECRETARIAT }])).toBeNull();
    expect(actsForWorkingGroup('g', [{ workingGroupId: 'g', role: MembershipRole.MEMBER }])).toMatchObject({
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      article: 'Art. 3',
    });
    expect(actsForWorkingGroup('g', [{ workingGroupId: 'h', role: MembershipRole.HEAD }])?.code).toBe('NOT_RESPONSIBLE_WORKING_GROUP');
  });

  it('the head or secretariat of an assessing group records its opinion of an agency (R9)', () => {
    expect(actsForWorkingGroup('g', [{ workingGroupId: 'g', role: MembershipRole.SECRETARIAT }])).toBeNull();
    expect(actsForWorkingGroup('g', [{ workingGroupId: 'g', role: MembershipRole.MEMBER }])?.code).toBe('NOT_RESPONSIBLE_WORKING_GROUP');
  });
});

describe('responsible working groups (R3, R4)', () => {
  it('accepts only a responsible working group of the cluster (R4)', () => {
    expect(groupIsResponsible('g1', ['central', 'g1'])).toBeNull();
    expect(groupIsResponsible('g2', ['central', 'g1'])).toMatchObject({ code: 'NOT_RESPONSIBLE_WORKING_GROUP', article: 'Art. 3' });
  });
});

describe('who may propose a plan', () => {
  const seats = [{ workingGroupId: 'tehran', role: MembershipRole.SECRETARIAT }];
  it('lets the executor propose their own plan, without any seat', () => {
    expect(mayProposePlan('p1', 'p1', ['tehran', 'central'], [])).toBeNull();
  });
  it("lets the head or secretariat of a responsible group propose on the executor's behalf", () => {
    expect(mayProposePlan('p2', 'p1', ['tehran', 'central'], seats)).toBeNull();
    expect(mayProposePlan('p2', 'p1', ['tehran', 'central'], [{ workingGroupId: 'central', role: MembershipRole.HEAD }])).toBeNull();
  });
  it('refuses anyone else: a member, or the secretariat of a group not responsible', () => {
    expect(mayProposePlan('p2', 'p1', ['tehran', 'central'], [{ workingGroupId: 'tehran', role: MembershipRole.MEMBER }])).toMatchObject({
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      article: 'Art. 3',
    });
    expect(mayProposePlan('p2', 'p1', ['isfahan', 'central'], seats)?.code).toBe('NOT_RESPONSIBLE_WORKING_GROUP');
  });
});

describe('actsForCentralWorkingGroup (closing → NOT_RESPONSIBLE_WORKING_GROUP)', () => {
  it("lets the central group's secretariat and head through, no one else", () => {
    expect(actsForCentralWorkingGroup('central', [{ workingGroupId: 'central', role: MembershipRole.SECRETARIAT }])).toBeNull();
    expect(actsForCentralWorkingGroup('central', [{ workingGroupId: 'central', role: MembershipRole.HEAD }])).toBeNull();
    expect(actsForCentralWorkingGroup('central', [{ workingGroupId: 'central', role: MembershipRole.MEMBER }])).toMatchObject({
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      article: 'Closing',
    });
    expect(actsForCentralWorkingGroup('central', [{ workingGroupId: 'tehran', role: MembershipRole.SECRETARIAT }])).toMatchObject({
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
    });
  });
});

describe('refusals keep their wording where the rules moved', () => {
  const none: [] = [];
  it('names the same code, message, article and field as before', () => {
    expect({ ...actsForResponsibleGroup('g2', ['g1'], none) }).toEqual({
      code: ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
      message:
        "This working group is not responsible for the cluster: only the province's working group and the central working group are.",
      article: 'Art. 3',
      field: ['input', 'workingGroupId'],
    });
    expect({ ...groupIsResponsible('g2', ['g1']) }).toEqual({ ...actsForResponsibleGroup('g2', ['g1'], none) });
    expect({ ...actsForResponsibleGroup('g1', ['g1'], none) }).toEqual({
      code: ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
      message: 'Only the head or the secretariat of the working group may act for it.',
      article: 'Art. 3',
      field: ['input', 'workingGroupId'],
    });
    expect({ ...actsForWorkingGroup('g1', none) }).toEqual({ ...actsForResponsibleGroup('g1', ['g1'], none) });
    expect({ ...actsForAnyResponsibleGroup(['g1'], none) }).toEqual({
      code: ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
      message: "Only the head or secretariat of the cluster's provincial working group or of the central working group may do this.",
      article: 'Art. 3',
      field: null,
    });
    expect({ ...actsForCentralWorkingGroup('central', none) }).toEqual({
      code: ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
      message: "Only the central working group's secretariat or its head may issue the periodic report.",
      article: 'Closing',
      field: null,
    });
    expect({ ...isHeadOf('g1', none) }).toEqual({
      code: ErrorCode.NOT_WORKING_GROUP_HEAD,
      message: 'Only the head of the working group in office may issue this decree.',
      article: 'Art. 3',
      field: null,
    });
    expect({ ...headsProvincialGroup('g1', none) }).toEqual({
      code: ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
      message: "Only the system administrator, the central secretariat or the provincial working group's head may manage its seats.",
      article: 'House rule',
      field: null,
    });
    expect({ ...mayProposePlan('p2', 'p1', ['g1'], none) }).toEqual({
      code: ErrorCode.NOT_RESPONSIBLE_WORKING_GROUP,
      message: "Only the plan's executor, or the head or secretariat of the cluster's provincial or central working group, may propose it.",
      article: 'Art. 3',
      field: ['input', 'executorId'],
    });
  });
});
