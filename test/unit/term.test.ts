import { describe, expect, it } from 'vitest';

import {
  type DaySpan,
  inForceOn,
  lastDayInForce,
  overlaps,
  type Term,
  type TermColumns,
  termInForceOnFilter,
  termInForceOnSql,
} from '../../server/modules/authority/term';

const TERM: DaySpan = { startsOn: '2025-09-01', lastDay: '2026-08-31' };

/** A contract's or an appointment's term: fixed end, possibly ended early. */
const contract: Term = { startsOn: '2025-03-21', endsOn: '2026-03-20', endedEarlyOn: null };
const terminated: Term = { ...contract, endedEarlyOn: '2025-09-22' };
/** A seat with no end date yet. */
const openSeat: Term = { startsOn: '2024-06-01', endsOn: null, endedEarlyOn: null };

describe('Term: in force on a day (Art. 3)', () => {
  it('is in force from its first day, not the day before', () => {
    expect(inForceOn(contract, '2025-03-20')).toBe(false);
    expect(inForceOn(contract, '2025-03-21')).toBe(true);
  });

  it('is in force on its last day, not the day after', () => {
    expect(lastDayInForce(contract)).toBe('2026-03-20');
    expect(inForceOn(contract, '2026-03-20')).toBe(true);
    expect(inForceOn(contract, '2026-03-21')).toBe(false);
  });

  it('ended early, is in force on the early last day and not the day after, whatever its scheduled end', () => {
    expect(lastDayInForce(terminated)).toBe('2025-09-22');
    expect(inForceOn(terminated, '2025-09-22')).toBe(true);
    expect(inForceOn(terminated, '2025-09-23')).toBe(false);
    expect(inForceOn(terminated, '2026-03-20')).toBe(false);
  });

  it('with an open end, is in force on every day from its first', () => {
    expect(lastDayInForce(openSeat)).toBeNull();
    expect(inForceOn(openSeat, '2024-05-31')).toBe(false);
    expect(inForceOn(openSeat, '2024-06-01')).toBe(true);
    expect(inForceOn(openSeat, '2099-12-31')).toBe(true);
    expect(inForceOn({ ...openSeat, endsOn: '2025-01-31' }, '2025-02-01')).toBe(false);
  });

  it('treats spans that share even one day as overlapping', () => {
    expect(overlaps(TERM, { startsOn: '2026-08-31', lastDay: '2027-08-30' })).toBe(true);
    expect(overlaps(TERM, { startsOn: '2026-09-01', lastDay: '2027-08-31' })).toBe(false);
    expect(overlaps(TERM, { startsOn: '2024-09-01', lastDay: '2025-09-01' })).toBe(true);
    expect(overlaps(TERM, { startsOn: '2024-09-01', lastDay: '2025-08-31' })).toBe(false);
  });
});

interface Row {
  startsOn: string;
  endsOn: string | null;
  revokedOn: string | null;
}
const FIXED: TermColumns<Row> = {
  start: { property: 'startsOn', column: 'starts_on' },
  end: { property: 'endsOn', column: 'ends_on' },
  earlyEnd: { property: 'revokedOn', column: 'revoked_on' },
};
const OPEN: TermColumns<Row> = { start: FIXED.start, end: FIXED.end, open: true };

describe('the SQL condition and the ORM filter of "in force on"', () => {
  it('compares each column with the day, so that an index on it can serve', () => {
    expect(termInForceOnSql('a', FIXED, 'D')).toBe(
      'a."starts_on" <= D and (a."revoked_on" >= D or (a."revoked_on" is null and a."ends_on" >= D))',
    );
    expect(termInForceOnSql('s', OPEN, 'D')).toBe('s."starts_on" <= D and (s."ends_on" is null or s."ends_on" >= D)');
  });

  it('says the same as a MikroORM condition', () => {
    expect(termInForceOnFilter(FIXED, '2025-01-01')).toEqual({
      startsOn: { $lte: '2025-01-01' },
      $or: [{ revokedOn: { $gte: '2025-01-01' } }, { revokedOn: null, endsOn: { $gte: '2025-01-01' } }],
    });
    expect(termInForceOnFilter(OPEN, '2025-01-01')).toEqual({
      startsOn: { $lte: '2025-01-01' },
      $or: [{ endsOn: null }, { endsOn: { $gte: '2025-01-01' } }],
    });
  });
});
