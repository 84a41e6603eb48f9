/**
 * Demo data, people: the accounts of the demo programme, with their roles in it, phones, system roles
 * and recorded qualifications.
 */
import { normalizePersian } from '../../../kernel/persian-text';
import { Person, Qualification, SystemRole } from '../../../modules/person/person.entity';
import type { DemoContext } from './context';

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

function personSpec(
  key: string,
  local: string,
  fullNameLatin: string,
  fullNameFa: string,
  role: string,
  phone: string,
  extra: { systemRoles?: SystemRole[]; qualifications?: Qualification[] } = {},
): PersonSpec {
  return {
    key,
    email: `${local}@${DEMO_EMAIL_DOMAIN}`.toLowerCase(),
    fullNameLatin,
    fullNameFa,
    role,
    phone,
    systemRoles: extra.systemRoles ?? [],
    qualifications: extra.qualifications ?? [],
  };
}

const AGENT = [Qualification.DEVELOPMENT_AGENT];
const EXPERT = [Qualification.CLUSTER_DEVELOPMENT_EXPERTISE];

export const PERSON_SPECS: readonly PersonSpec[] = [
  personSpec('admin', 'admin', 'Reza Karimi', 'رضا کریمی', 'System administrator', '+98 21 8896 1001', {
    systemRoles: [SystemRole.ADMIN],
  }),
  personSpec(
    'secretariat',
    'secretariat',
    'Maryam Ahmadi',
    'مریم احمدی',
    'Central secretariat officer (TPO); secretariat of the central working group',
    '+98 21 6641 2201',
    {
      systemRoles: [SystemRole.CENTRAL_SECRETARIAT],
    },
  ),
  personSpec('analyst', 'analyst', 'Sara Hosseini', 'سارا حسینی', 'Analyst (read access across provinces)', '+98 21 6641 2202', {
    systemRoles: [SystemRole.ANALYST],
  }),
  personSpec(
    'headCentral',
    'head.central',
    'Mohammad Rezaei',
    'محمد رضایی',
    'Head of the central working group since 2023-06-01',
    '+98 21 6641 2100',
  ),
  personSpec(
    'formerHeadCentral',
    'former.head.central',
    'Hassan Moradi',
    'حسن مرادی',
    'Former head of the central working group (2021-05-01 to 2023-05-31)',
    '+98 21 6641 2101',
  ),
  personSpec(
    'secretariatTehran',
    'secretariat.tehran',
    'Zahra Mohammadi',
    'زهرا محمدی',
    'Provincial secretariat officer, Tehran working group',
    '+98 21 8873 3301',
    {
      systemRoles: [SystemRole.PROVINCIAL_SECRETARIAT],
    },
  ),
  personSpec('headTehran', 'head.tehran', 'Ali Jafari', 'علی جعفری', 'Head of the Tehran provincial working group', '+98 21 8873 3300'),
  personSpec(
    'secretariatIsfahan',
    'secretariat.isfahan',
    'Fatemeh Sadeghi',
    'فاطمه صادقی',
    'Provincial secretariat officer, Isfahan working group',
    '+98 31 3627 4401',
    {
      systemRoles: [SystemRole.PROVINCIAL_SECRETARIAT],
    },
  ),
  personSpec(
    'headIsfahan',
    'head.isfahan',
    'Mahmoud Ebrahimi',
    'محمود ابراهیمی',
    'Head of the Isfahan provincial working group since 2024-05-01',
    '+98 31 3627 4400',
  ),
  personSpec(
    'formerHeadIsfahan',
    'former.head.isfahan',
    'Javad Kazemi',
    'جواد کاظمی',
    'Former head of the Isfahan provincial working group (2022-03-01 to 2024-04-30)',
    '+98 31 3627 4402',
  ),
  personSpec(
    'secretariatKhorasan',
    'secretariat.khorasan',
    'Narges Rahimi',
    'نرگس رحیمی',
    'Provincial secretariat officer, Razavi Khorasan working group',
    '+98 51 3845 5501',
    {
      systemRoles: [SystemRole.PROVINCIAL_SECRETARIAT],
    },
  ),
  personSpec(
    'headKhorasan',
    'head.khorasan',
    'Hamid Mousavi',
    'حمید موسوی',
    'Head of the Razavi Khorasan provincial working group',
    '+98 51 3845 5500',
  ),
  personSpec(
    'agentTavakoli',
    'agent.tavakoli',
    'Amir Tavakoli',
    'امیر توکلی',
    'Development agent, Tehran jewellery cluster',
    '+98 912 310 2201',
    { qualifications: AGENT },
  ),
  personSpec(
    'agentHashemi',
    'agent.hashemi',
    'Saeed Hashemi',
    'سعید هاشمی',
    'Development agent, Tehran leather goods cluster',
    '+98 912 310 2202',
    { qualifications: AGENT },
  ),
  personSpec(
    'agentGhasemi',
    'agent.ghasemi',
    'Mehdi Ghasemi',
    'مهدی قاسمی',
    'Former development agent, Isfahan carpet cluster (contract terminated 2024-08-31)',
    '+98 913 310 2203',
    { qualifications: AGENT },
  ),
  personSpec('agentNazari', 'agent.nazari', 'Leila Nazari', 'لیلا نظری', 'Development agent, Isfahan carpet cluster', '+98 913 310 2204', {
    qualifications: AGENT,
  }),
  personSpec(
    'agentKhalili',
    'agent.khalili',
    'Ehsan Khalili',
    'احسان خلیلی',
    'Development agent, Torbat-e Heydarieh saffron cluster',
    '+98 915 310 2205',
    { qualifications: AGENT },
  ),
  personSpec(
    'supervisorShariati',
    'supervisor.shariati',
    'Parisa Shariati',
    'پریسا شریعتی',
    'Supervisor, Tehran jewellery cluster',
    '+98 912 410 3301',
    { qualifications: EXPERT },
  ),
  personSpec(
    'supervisorBagheri',
    'supervisor.bagheri',
    'Kamran Bagheri',
    'کامران باقری',
    'Supervisor, Tehran leather goods and Torbat-e Heydarieh saffron clusters',
    '+98 912 410 3302',
    { qualifications: EXPERT },
  ),
  personSpec(
    'supervisorZamani',
    'supervisor.zamani',
    'Shirin Zamani',
    'شیرین زمانی',
    'Supervisor, Isfahan carpet cluster',
    '+98 913 410 3303',
    { qualifications: EXPERT },
  ),
  personSpec(
    'supervisorFarahani',
    'supervisor.farahani',
    'Behrouz Farahani',
    'بهروز فراهانی',
    'Supervisor, Isfahan decorative stone cluster',
    '+98 913 410 3304',
    { qualifications: EXPERT },
  ),
  personSpec(
    'executorRostami',
    'executor.rostami',
    'Hossein Rostami',
    'حسین رستمی',
    'Plan executor (jewellery design centre; stone waste recycling line)',
    '+98 912 510 4401',
  ),
  personSpec(
    'executorSalehi',
    'executor.salehi',
    'Elham Salehi',
    'الهام صالحی',
    'Plan executor (carpet export marketing)',
    '+98 913 510 4402',
  ),
  personSpec(
    'executorYazdani',
    'executor.yazdani',
    'Majid Yazdani',
    'مجید یزدانی',
    'Plan executor (saffron processing; saffron laboratory)',
    '+98 915 510 4403',
  ),
  personSpec(
    'executorSoltani',
    'executor.soltani',
    'Navid Soltani',
    'نوید سلطانی',
    'Plan executor (leather finishing centre; proposed and rejected plans)',
    '+98 912 510 4404',
  ),
  personSpec(
    'memberTpo',
    'member.tpo',
    'Abbas Heidari',
    'عباس حیدری',
    'Member of the central working group, nominated by TPO',
    '+98 21 6641 2301',
  ),
  personSpec(
    'memberIsipo',
    'member.isipo',
    'Nasrin Akbari',
    'نسرین اکبری',
    'Member of the central working group, nominated by ISIPO',
    '+98 21 6641 2302',
  ),
  personSpec(
    'memberMimt',
    'member.mimt',
    'Kaveh Najafi',
    'کاوه نجفی',
    'Member of the central and Tehran working groups, nominated by MIMT',
    '+98 21 6641 2303',
  ),
  personSpec(
    'memberIccima',
    'member.iccima',
    'Roya Asadi',
    'رویا اسدی',
    'Member of the central working group, nominated by ICCIMA',
    '+98 21 6641 2304',
  ),
  personSpec(
    'memberTehranTpo',
    'member.tpo.tehran',
    'Golnaz Kiani',
    'گلناز کیانی',
    'Member of the Tehran working group, nominated by TPO',
    '+98 21 8873 3310',
  ),
  personSpec(
    'memberIsfahanEdbi',
    'member.edbi.isfahan',
    'Farhad Zare',
    'فرهاد زارع',
    'Member of the Isfahan working group, nominated by EDBI',
    '+98 31 3627 4410',
  ),
  personSpec(
    'memberKhorasanIsipo',
    'member.isipo.khorasan',
    'Masoud Abbasi',
    'مسعود عباسی',
    'Member of the Razavi Khorasan working group, nominated by ISIPO',
    '+98 51 3845 5510',
  ),
];

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
