import { describe, expect, it } from 'vitest';

import { DisputeState } from '../../server/modules/dispute/dispute.entity';
import {
  actsForHearingGroup,
  canMove,
  DISPUTE_TRANSITIONS,
  escalationAllowed,
  INITIAL_DISPUTE_STATE,
  isSettled,
  lodgedAtProvincialForum,
  mayEscalate,
  mayRaise,
  partiesAreWellFormed,
  raisedOnIsNotInFuture,
  type RaiserFacts,
} from '../../server/modules/dispute/dispute.rules';
import { SystemRole } from '../../server/modules/person/person.entity';
import { MembershipRole, WorkingGroupLevel } from '../../server/modules/working-group/working-group.entity';

const { OPEN_PROVINCIAL, RESOLVED_PROVINCIAL, NO_AGREEMENT, ESCALATED, RESOLVED_CENTRAL } = DisputeState;
const STATES = Object.values(DisputeState);

/** R7 as docs/domain.md states it: OPEN_PROVINCIAL → RESOLVED_PROVINCIAL | NO_AGREEMENT → ESCALATED → RESOLVED_CENTRAL. */
const ALLOWED = new Set([
  `${OPEN_PROVINCIAL}->${RESOLVED_PROVINCIAL}`,
  `${OPEN_PROVINCIAL}->${NO_AGREEMENT}`,
  `${NO_AGREEMENT}->${ESCALATED}`,
  `${ESCALATED}->${RESOLVED_CENTRAL}`,
]);

describe('dispute transition table (R7, Art. 4-5)', () => {
  it('covers the five states', () => {
    expect(STATES).toHaveLength(5);
    expect(Object.keys(DISPUTE_TRANSITIONS).sort()).toEqual([...STATES].sort());
    expect(INITIAL_DISPUTE_STATE).toBe(OPEN_PROVINCIAL);
  });

  for (const from of STATES) {
    for (const to of STATES) {
      const allowed = ALLOWED.has(`${from}->${to}`);
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        const result = canMove(from, to);
        if (allowed) {
          expect(result).toBeNull();
        } else {
          expect(result).toMatchObject({ code: 'INVALID_TRANSITION', article: 'Art. 4-5' });
          expect(result!.message).toContain(`${from} to ${to}`);
        }
      });
    }
  }

  it('says why nothing follows a final central decision', () => {
    expect(canMove(RESOLVED_CENTRAL, ESCALATED)!.message).toContain('final');
  });

  it('treats only the two resolved states as settled', () => {
    expect(STATES.filter(isSettled).sort()).toEqual([RESOLVED_CENTRAL, RESOLVED_PROVINCIAL]);
  });
});

describe('escalationAllowed (R7, Art. 4-5)', () => {
  it('allows escalation after no agreement only', () => {
    expect(escalationAllowed(NO_AGREEMENT)).toBeNull();
  });

  for (const state of [OPEN_PROVINCIAL, RESOLVED_PROVINCIAL, ESCALATED, RESOLVED_CENTRAL]) {
    it(`refuses escalation from ${state} with ESCALATION_NOT_ALLOWED`, () => {
      expect(escalationAllowed(state)).toMatchObject({ code: 'ESCALATION_NOT_ALLOWED', article: 'Art. 4-5' });
    });
  }
});

describe('lodgedAtProvincialForum (R7, Art. 4-5)', () => {
  const isfahan = { id: 'wg-isfahan', level: WorkingGroupLevel.PROVINCIAL };

  it("accepts the working group of the cluster's province", () => {
    expect(lodgedAtProvincialForum(isfahan, 'wg-isfahan')).toBeNull();
  });

  it('refuses the central working group as the first forum', () => {
    const error = lodgedAtProvincialForum({ id: 'wg-central', level: WorkingGroupLevel.CENTRAL }, 'wg-isfahan');
    expect(error).toMatchObject({ code: 'WRONG_FORUM', article: 'Art. 4-5', field: ['input', 'forumWorkingGroupId'] });
    expect(error!.message).toContain('central');
  });

  it("refuses another province's working group", () => {
    const error = lodgedAtProvincialForum({ id: 'wg-tehran', level: WorkingGroupLevel.PROVINCIAL }, 'wg-isfahan');
    expect(error).toMatchObject({ code: 'WRONG_FORUM', article: 'Art. 4-5' });
    expect(error!.message).toContain('another province');
  });

  it('refuses every forum while the province has no working group', () => {
    for (const forum of [isfahan, { id: 'wg-central', level: WorkingGroupLevel.CENTRAL }]) {
      const error = lodgedAtProvincialForum(forum, null);
      expect(error).toMatchObject({ code: 'WRONG_FORUM', article: 'Art. 4-5' });
      expect(error!.message).toContain('must be formed');
    }
  });
});

describe('partiesAreWellFormed (R7, Art. 4-5)', () => {
  it('accepts agencies and persons, each given alone', () => {
    expect(partiesAreWellFormed([{ agencyId: 'a1' }, { personId: 'p1' }, { agencyId: 'a2', personId: null }])).toBeNull();
  });

  it('refuses a party with both or neither', () => {
    expect(partiesAreWellFormed([{ agencyId: 'a1' }, { agencyId: 'a2', personId: 'p1' }])).toMatchObject({
      code: 'VALIDATION',
      field: ['input', 'parties', '1'],
    });
    expect(partiesAreWellFormed([{}, { personId: 'p1' }])).toMatchObject({ code: 'VALIDATION', field: ['input', 'parties', '0'] });
  });

  it('refuses the same party twice', () => {
    expect(partiesAreWellFormed([{ personId: 'p1' }, { agencyId: 'p1' }])).toBeNull();
    expect(partiesAreWellFormed([{ personId: 'p1' }, { agencyId: 'a1' }, { personId: 'p1' }])).toMatchObject({
      code: 'VALIDATION',
      field: ['input', 'parties', '2'],
    });
  });
});

describe('raisedOnIsNotInFuture (house rule)', () => {
  it('accepts today and past days, refuses tomorrow', () => {
    expect(raisedOnIsNotInFuture('2025-08-15', '2025-08-15')).toBeNull();
    expect(raisedOnIsNotInFuture('2025-01-01', '2025-08-15')).toBeNull();
    expect(raisedOnIsNotInFuture('2025-08-16', '2025-08-15')).toMatchObject({
      code: 'VALIDATION',
      article: 'House rule',
      field: ['input', 'raisedOn'],
    });
  });
});

describe('who may raise, escalate and decide (R7, R4)', () => {
  const nobody: RaiserFacts = {
    actorId: 'me',
    systemRoles: [],
    agentIds: ['agent'],
    supervisorIds: ['supervisor'],
    executorIds: ['executor'],
    responsibleGroupIds: ['wg-province', 'wg-central'],
    seats: [],
  };
  const refusal = { code: 'NOT_RESPONSIBLE_WORKING_GROUP', article: 'Art. 4-5' };

  it("lets the cluster's agent, supervisor or plan executor, anyone seated in a responsible group, or the central secretariat raise a dispute", () => {
    expect(mayRaise({ ...nobody, agentIds: ['me'] })).toBeNull();
    expect(mayRaise({ ...nobody, supervisorIds: ['me'] })).toBeNull();
    expect(mayRaise({ ...nobody, executorIds: ['executor', 'me'] })).toBeNull();
    for (const role of [MembershipRole.HEAD, MembershipRole.SECRETARIAT, MembershipRole.MEMBER]) {
      expect(mayRaise({ ...nobody, seats: [{ workingGroupId: 'wg-province', role }] }), role).toBeNull();
      expect(mayRaise({ ...nobody, seats: [{ workingGroupId: 'wg-central', role }] }), role).toBeNull();
    }
    expect(mayRaise({ ...nobody, systemRoles: [SystemRole.CENTRAL_SECRETARIAT] })).toBeNull();
    expect(mayRaise({ ...nobody, systemRoles: [SystemRole.ADMIN] })).toBeNull();
  });

  it("refuses anyone else: another province's secretariat or head, a provincial secretariat role without a seat here, a read-only role", () => {
    expect(mayRaise(nobody)).toMatchObject(refusal);
    for (const role of [MembershipRole.HEAD, MembershipRole.SECRETARIAT, MembershipRole.MEMBER]) {
      expect(mayRaise({ ...nobody, seats: [{ workingGroupId: 'wg-other-province', role }] }), role).toMatchObject(refusal);
    }
    expect(
      mayRaise({
        ...nobody,
        systemRoles: [SystemRole.PROVINCIAL_SECRETARIAT],
        seats: [{ workingGroupId: 'wg-other-province', role: MembershipRole.SECRETARIAT }],
      }),
    ).toMatchObject(refusal);
    expect(mayRaise({ ...nobody, systemRoles: [SystemRole.ANALYST, SystemRole.PARTNER] })).toMatchObject(refusal);
  });

  it('lets only the head or secretariat of the hearing group act for it', () => {
    expect(actsForHearingGroup('wg', WorkingGroupLevel.PROVINCIAL, [{ workingGroupId: 'wg', role: MembershipRole.HEAD }])).toBeNull();
    expect(actsForHearingGroup('wg', WorkingGroupLevel.CENTRAL, [{ workingGroupId: 'wg', role: MembershipRole.SECRETARIAT }])).toBeNull();
    expect(actsForHearingGroup('wg', WorkingGroupLevel.CENTRAL, [{ workingGroupId: 'wg', role: MembershipRole.MEMBER }])).toMatchObject({
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      article: 'Art. 3',
    });
    expect(actsForHearingGroup('wg', WorkingGroupLevel.PROVINCIAL, [{ workingGroupId: 'other', role: MembershipRole.HEAD }])).toMatchObject(
      {
        code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      },
    );
  });

  it('lets a party or the provincial head or secretariat escalate', () => {
    expect(mayEscalate('me', ['me'], 'wg', [])).toBeNull();
    expect(mayEscalate('me', [], 'wg', [{ workingGroupId: 'wg', role: MembershipRole.SECRETARIAT }])).toBeNull();
    expect(mayEscalate('me', ['p1'], 'wg', [{ workingGroupId: 'central', role: MembershipRole.HEAD }])).toMatchObject({
      code: 'NOT_RESPONSIBLE_WORKING_GROUP',
      article: 'Art. 4-5',
    });
  });
});
