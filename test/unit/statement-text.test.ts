import { describe, expect, it } from 'vitest';

import { statementWithoutValues } from '../../server/observability/statement-text';

describe('statementWithoutValues', () => {
  it('takes string and number literals out and keeps identifiers, placeholders and keywords', () => {
    expect(statementWithoutValues(`select "p0".* from "person" as "p0" where "p0"."email" = 'a.b@example.test' limit 1`)).toBe(
      `select "p0".* from "person" as "p0" where "p0"."email" = '?' limit ?`,
    );
    expect(statementWithoutValues(`select * from "t1" where "x2" = $1 and y3 > 12.5e3 and z = $22`)).toBe(
      `select * from "t1" where "x2" = $1 and y3 > ? and z = $22`,
    );
  });

  it('is not fooled by quotes inside literals or identifiers', () => {
    expect(statementWithoutValues(`insert into "a""b" values ('it''s secret', E'back\\'slash secret', 'x"y')`)).toBe(
      `insert into "a""b" values ('?', E'?', '?')`,
    );
    expect(statementWithoutValues(`select '{"email":"p@q.ir","n":7}'::jsonb`)).toBe(`select '?'::jsonb`);
  });

  it('leaves a statement without values as it is', () => {
    expect(statementWithoutValues('BEGIN;')).toBe('BEGIN;');
    expect(statementWithoutValues('select count(*) from "cluster" t0')).toBe('select count(*) from "cluster" t0');
  });
});
