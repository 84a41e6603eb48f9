/**
 * Reference data every installation needs (docs/domain.md section 2): the 31 provinces of Iran, the
 * executive agencies that act in cluster development, and the single central working group.
 *
 * Idempotent: safe to run on every start. Only missing rows are inserted; provinces and agencies are
 * matched by `code`, the central working group by its level. Existing rows are never changed.
 */
import type { EntityClass, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { ExecutiveAgency } from '../../modules/executive-agency/executive-agency.entity';
import { Province } from '../../modules/province/province.entity';
import { WorkingGroup, WorkingGroupLevel } from '../../modules/working-group/working-group.entity';

export interface ProvinceSeed {
  /** ISO 3166-2 code, `IR-23`. */
  code: string;
  nameEn: string;
  nameFa: string;
}

/** The 31 provinces of Iran with their ISO 3166-2 codes. */
export const PROVINCES: readonly ProvinceSeed[] = [
  { code: 'IR-00', nameEn: 'Markazi', nameFa: 'مرکزی' },
  { code: 'IR-01', nameEn: 'Gilan', nameFa: 'گیلان' },
  { code: 'IR-02', nameEn: 'Mazandaran', nameFa: 'مازندران' },
  { code: 'IR-03', nameEn: 'East Azerbaijan', nameFa: 'آذربایجان شرقی' },
  { code: 'IR-04', nameEn: 'West Azerbaijan', nameFa: 'آذربایجان غربی' },
  { code: 'IR-05', nameEn: 'Kermanshah', nameFa: 'کرمانشاه' },
  { code: 'IR-06', nameEn: 'Khuzestan', nameFa: 'خوزستان' },
  { code: 'IR-07', nameEn: 'Fars', nameFa: 'فارس' },
  { code: 'IR-08', nameEn: 'Kerman', nameFa: 'کرمان' },
  { code: 'IR-09', nameEn: 'Razavi Khorasan', nameFa: 'خراسان رضوی' },
  { code: 'IR-10', nameEn: 'Isfahan', nameFa: 'اصفهان' },
  { code: 'IR-11', nameEn: 'Sistan and Baluchestan', nameFa: 'سیستان و بلوچستان' },
  { code: 'IR-12', nameEn: 'Kurdistan', nameFa: 'کردستان' },
  { code: 'IR-13', nameEn: 'Hamadan', nameFa: 'همدان' },
  { code: 'IR-14', nameEn: 'Chaharmahal and Bakhtiari', nameFa: 'چهارمحال و بختیاری' },
  { code: 'IR-15', nameEn: 'Lorestan', nameFa: 'لرستان' },
  { code: 'IR-16', nameEn: 'Ilam', nameFa: 'ایلام' },
  { code: 'IR-17', nameEn: 'Kohgiluyeh and Boyer-Ahmad', nameFa: 'کهگیلویه و بویراحمد' },
  { code: 'IR-18', nameEn: 'Bushehr', nameFa: 'بوشهر' },
  { code: 'IR-19', nameEn: 'Zanjan', nameFa: 'زنجان' },
  { code: 'IR-20', nameEn: 'Semnan', nameFa: 'سمنان' },
  { code: 'IR-21', nameEn: 'Yazd', nameFa: 'یزد' },
  { code: 'IR-22', nameEn: 'Hormozgan', nameFa: 'هرمزگان' },
  { code: 'IR-23', nameEn: 'Tehran', nameFa: 'تهران' },
  { code: 'IR-24', nameEn: 'Ardabil', nameFa: 'اردبیل' },
  { code: 'IR-25', nameEn: 'Qom', nameFa: 'قم' },
  { code: 'IR-26', nameEn: 'Qazvin', nameFa: 'قزوین' },
  { code: 'IR-27', nameEn: 'Golestan', nameFa: 'گلستان' },
  { code: 'IR-28', nameEn: 'North Khorasan', nameFa: 'خراسان شمالی' },
  { code: 'IR-29', nameEn: 'South Khorasan', nameFa: 'خراسان جنوبی' },
  { code: 'IR-30', nameEn: 'Alborz', nameFa: 'البرز' },
];

/** Codes of the seeded executive agencies. */
export const AGENCY_CODES = {
  /** Trade Promotion Organization of Iran: hosts the central working group and its secretariat. */
  TPO: 'TPO',
  /** Iran Small Industries and Industrial Parks Organization: the only agency that contracts development agents (Art. 3). */
  ISIPO: 'ISIPO',
  /** Ministry of Industry, Mine and Trade. */
  MIMT: 'MIMT',
  /** Iran Chamber of Commerce, Industries, Mines and Agriculture. */
  ICCIMA: 'ICCIMA',
  /** Export Development Bank of Iran. */
  EDBI: 'EDBI',
  /** Technical and Vocational Training Organization. */
  TVTO: 'TVTO',
} as const;

export type AgencyCode = (typeof AGENCY_CODES)[keyof typeof AGENCY_CODES];

export interface ExecutiveAgencySeed {
  code: AgencyCode;
  name: string;
  nameFa: string;
  contractsDevelopmentAgents: boolean;
}

export const EXECUTIVE_AGENCIES: readonly ExecutiveAgencySeed[] = [
  {
    code: AGENCY_CODES.TPO,
    name: 'Trade Promotion Organization of Iran',
    nameFa: 'سازمان توسعه تجارت ایران',
    contractsDevelopmentAgents: false,
  },
  {
    code: AGENCY_CODES.ISIPO,
    name: 'Iran Small Industries and Industrial Parks Organization',
    nameFa: 'سازمان صنایع کوچک و شهرک‌های صنعتی ایران',
    contractsDevelopmentAgents: true,
  },
  {
    code: AGENCY_CODES.MIMT,
    name: 'Ministry of Industry, Mine and Trade',
    nameFa: 'وزارت صنعت، معدن و تجارت',
    contractsDevelopmentAgents: false,
  },
  {
    code: AGENCY_CODES.ICCIMA,
    name: 'Iran Chamber of Commerce, Industries, Mines and Agriculture',
    nameFa: 'اتاق بازرگانی، صنایع، معادن و کشاورزی ایران',
    contractsDevelopmentAgents: false,
  },
  {
    code: AGENCY_CODES.EDBI,
    name: 'Export Development Bank of Iran',
    nameFa: 'بانک توسعه صادرات ایران',
    contractsDevelopmentAgents: false,
  },
  {
    code: AGENCY_CODES.TVTO,
    name: 'Technical and Vocational Training Organization',
    nameFa: 'سازمان آموزش فنی و حرفه‌ای کشور',
    contractsDevelopmentAgents: false,
  },
];

/** The export-oriented cluster development working group at the TPO (Art. 3); exactly one. */
export const CENTRAL_WORKING_GROUP = {
  name: 'Export-Oriented Cluster Development Working Group',
  nameFa: 'کارگروه توسعه خوشه‌های صادرات‌محور',
} as const;

/** Entity data without the columns `NodeEntity` fills itself (id, createdAt) and computed getters. */
type SeedData<T extends object> = Omit<RequiredEntityData<T>, 'createdAt' | 'globalId'>;

function createRow<T extends object>(em: EntityManager, entity: EntityClass<T>, data: SeedData<T>): T {
  const row = em.create(entity, data as unknown as RequiredEntityData<T>);
  em.persist(row);
  return row;
}

/**
 * Inserts the provinces, executive agencies and central working group that are missing. Uses only the
 * EntityManager it is given (a fork, usually inside the caller's transaction) and flushes once.
 */
export async function seedReferenceData(em: EntityManager): Promise<void> {
  // One query after the other: inside the caller's transaction they share one connection.
  const existingProvinces = await em.find(Province, {});
  const existingAgencies = await em.find(ExecutiveAgency, {});
  const existingCentral = await em.find(WorkingGroup, { level: WorkingGroupLevel.CENTRAL });

  const provinceCodes = new Set(existingProvinces.map((province) => province.code));
  for (const seed of PROVINCES) {
    if (provinceCodes.has(seed.code)) continue;
    createRow(em, Province, { code: seed.code, nameEn: seed.nameEn, nameFa: seed.nameFa });
  }

  const agencyCodes = new Set(existingAgencies.map((agency) => agency.code));
  // The database allows one agent-contracting agency; never add a second one next to an existing one.
  let contractorExists = existingAgencies.some((agency) => agency.contractsDevelopmentAgents);
  for (const seed of EXECUTIVE_AGENCIES) {
    if (agencyCodes.has(seed.code)) continue;
    const contractsDevelopmentAgents = seed.contractsDevelopmentAgents && !contractorExists;
    contractorExists ||= contractsDevelopmentAgents;
    createRow(em, ExecutiveAgency, { code: seed.code, name: seed.name, nameFa: seed.nameFa, contractsDevelopmentAgents });
  }

  if (existingCentral.length === 0) {
    createRow(em, WorkingGroup, {
      level: WorkingGroupLevel.CENTRAL,
      province: null,
      name: CENTRAL_WORKING_GROUP.name,
      nameFa: CENTRAL_WORKING_GROUP.nameFa,
    });
  }

  await em.flush();
}
