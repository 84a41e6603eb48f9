/**
 * Demo data, people: the accounts of the demo programme, with their roles in it, phones, system roles
 * and recorded qualifications.
 */
import { normalizePersian } from '../../../kernel/persian-text';
import { Person, Qualification, SystemRole } from '../../../modules/person/person.entity';
import { type DemoContext, oneOf } from './context';
import personRows from './data/people.json';

export interface DemoPerson {
  email: string;
  fullNameLatin: string;
  fullNameFa: string;
  /** What the person does in the demo data. */
  role: string;
}

export const DEMO_EMAIL_DOMAIN = 'demo.cluster-oversight.ir';

/** The account the development explorer signs in as: the analyst, who reads across all provinces. */
export const DEMO_VIEWER_EMAIL = `analyst@${DEMO_EMAIL_DOMAIN}`;

export interface PersonSpec extends DemoPerson {
  key: string;
  phone: string;
  systemRoles: SystemRole[];
  qualifications: Qualification[];
}

/** The people as data/people.json states them: the address is `local` at the demo domain. */
export const PERSON_SPECS: readonly PersonSpec[] = personRows.map((row) => {
  const what = `person ${row.key}`;
  return {
    key: row.key,
    email: `${row.local}@${DEMO_EMAIL_DOMAIN}`,
    fullNameLatin: row.fullNameLatin,
    fullNameFa: row.fullNameFa,
    role: row.role,
    phone: row.phone,
    systemRoles: (row.systemRoles ?? []).map((value) => oneOf(Object.values(SystemRole), value, what)),
    qualifications: (row.qualifications ?? []).map((value) => oneOf(Object.values(Qualification), value, what)),
  };
});

/** Demo accounts, for the README. */
export const DEMO_PEOPLE: readonly DemoPerson[] = PERSON_SPECS.map(({ email, fullNameLatin, fullNameFa, role }) => ({
  email,
  fullNameLatin,
  fullNameFa,
  role,
}));

/** The spec of a person of the demo data, by key. */
export function personSpecOf(key: string): PersonSpec {
  const spec = PERSON_SPECS.find((p) => p.key === key);
  if (!spec) throw new Error(`Demo data: unknown person "${key}"`);
  return spec;
}

/**
 * Written directly: `registerPerson` is a registrar's mutation (one audit event and one transaction per
 * person); the rows are the same, with the search name from the same normalisation.
 */
export function seedPeople(ctx: DemoContext): void {
  for (const spec of PERSON_SPECS) {
    ctx.people.set(
      spec.key,
      ctx.make(Person, {
        fullNameFa: spec.fullNameFa,
        fullNameLatin: spec.fullNameLatin,
        searchName: normalizePersian(spec.fullNameFa),
        email: spec.email,
        phone: spec.phone,
        qualifications: spec.qualifications,
        systemRoles: spec.systemRoles,
      }),
    );
  }
}
