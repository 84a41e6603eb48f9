import 'reflect-metadata';

import { describe, expect, it } from 'vitest';

import { ErrorCode } from '../../server/kernel/errors';
import { MembershipRole } from '../../server/modules/working-group/working-group.entity';
import {
  canEndSeat,
  headSeatToEnd,
  memberIsNominated,
  noDuplicateSeat,
  oneHeadAtATime,
  provinceHasNoWorkingGroup,
  type SeatTerm,
} from '../../server/modules/working-group/working-group.rules';

const { HEAD, SECRETARIAT, MEMBER } = MembershipRole;

const formerHead: SeatTerm = { id: 'h1', personId: 'p1', role: HEAD, startsOn: '2021-05-01', endsOn: '2023-05-31' };
const sittingHead: SeatTerm = { id: 'h2', personId: 'p2', role: HEAD, startsOn: '2023-06-01', endsOn: null };

describe('registry of working groups (Art. 3)', () => {
  it('one working group per province', () => {
    expect(provinceHasNoWorkingGroup(false)).toBeNull();
    expect(provinceHasNoWorkingGroup(true)).toMatchObject({ code: ErrorCode.CONFLICT, article: 'Art. 3' });
  });

  it("a new head ends the sitting head's open seat when it began earlier", () => {
    expect(headSeatToEnd('2025-09-01', [formerHead, sittingHead])).toBe(sittingHead);
    expect(headSeatToEnd('2023-06-01', [formerHead, sittingHead])).toBeNull();
    expect(headSeatToEnd('2025-09-01', [formerHead])).toBeNull();
    expect(headSeatToEnd('2025-09-01', [])).toBeNull();
  });

  it('one head at a time', () => {
    expect(oneHeadAtATime('p3', '2025-09-01', [formerHead, sittingHead], 'h2')).toBeNull();
    expect(oneHeadAtATime('p3', '2023-06-01', [formerHead], null)).toBeNull();
    // The sitting head's seat began on or after the new head's first day: nothing to end, overlap.
    expect(oneHeadAtATime('p3', '2023-06-01', [formerHead, sittingHead], null)).toMatchObject({
      code: ErrorCode.CONFLICT,
      field: ['input', 'startsOn'],
    });
    // A past head's seat that reaches the new head's first day.
    expect(oneHeadAtATime('p3', '2023-05-31', [formerHead], null)).toMatchObject({ code: ErrorCode.CONFLICT });
    // Appointing the sitting head again.
    expect(oneHeadAtATime('p2', '2025-09-01', [formerHead, sittingHead], 'h2')).toMatchObject({
      code: ErrorCode.CONFLICT,
      field: ['input', 'personId'],
    });
  });

  it('members are introduced by an executive agency; the secretariat need not be', () => {
    expect(memberIsNominated(MEMBER, 'agency')).toBeNull();
    expect(memberIsNominated(SECRETARIAT, null)).toBeNull();
    expect(memberIsNominated(MEMBER, null)).toMatchObject({
      code: ErrorCode.VALIDATION,
      article: 'Art. 3',
      field: ['input', 'nominatingAgencyId'],
    });
  });

  it('one seat of a role per person at a time', () => {
    const seat: SeatTerm = { id: 's1', personId: 'p5', role: MEMBER, startsOn: '2023-01-01', endsOn: '2024-12-31' };
    expect(noDuplicateSeat('p5', MEMBER, '2025-01-01', [seat])).toBeNull();
    expect(noDuplicateSeat('p5', SECRETARIAT, '2024-06-01', [seat])).toBeNull();
    expect(noDuplicateSeat('p6', MEMBER, '2024-06-01', [seat])).toBeNull();
    expect(noDuplicateSeat('p5', MEMBER, '2024-12-31', [seat])).toMatchObject({ code: ErrorCode.CONFLICT });
    expect(noDuplicateSeat('p5', MEMBER, '2030-01-01', [{ ...seat, endsOn: null }])).toMatchObject({ code: ErrorCode.CONFLICT });
  });

  it('a seat ends once, not before it began', () => {
    expect(canEndSeat({ startsOn: '2023-01-01', endsOn: null }, '2023-01-01')).toBeNull();
    expect(canEndSeat({ startsOn: '2023-01-01', endsOn: null }, '2022-12-31')).toMatchObject({
      code: ErrorCode.VALIDATION,
      field: ['input', 'endsOn'],
    });
    expect(canEndSeat({ startsOn: '2023-01-01', endsOn: '2024-01-01' }, '2024-06-01')).toMatchObject({
      code: ErrorCode.INVALID_TRANSITION,
    });
  });
});
