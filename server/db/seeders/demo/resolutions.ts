/**
 * Demo data, resolutions: what the working groups adopted for the clusters, with quantified targets.
 */
import { parseQuarterLabel, toJalali } from '../../../kernel/calendar';
import { groupIsResponsible } from '../../../modules/authority/authority.rules';
import { Resolution, ResolutionTarget } from '../../../modules/resolution/resolution.entity';
import { adoptionDateIsValid, resolutionNumberIsFree, targetsDueAfterAdoption } from '../../../modules/resolution/resolution.rules';
import { AGENCY_CODES, type AgencyCode } from '../reference-data';
import { responsibleGroupsOf } from './clusters';
import { agencyOf, clusterOf, type DemoContext, type GroupKey, groupOf, holds } from './context';
import { DECREE_PREFIX } from './groups';

export interface ResolutionSpec {
  key: string;
  group: GroupKey;
  number: string;
  adoptedOn: string;
  cluster: string | null;
  agency: AgencyCode;
  title: string;
  text: string;
  targets: { indicator: string; unit: string; targetValue: string; higherIsBetter?: boolean; dueQuarter: string }[];
}

/**
 * A resolution as the table below states it: its number is the group's prefix, the Solar Hijri year
 * of adoption and the group's serial (`CWG-1402-07`), as the demo's decree numbers are.
 */
type ResolutionRow = Omit<ResolutionSpec, 'number'> & { serial: number };

const RESOLUTION_ROWS: readonly ResolutionRow[] = [
  {
    key: 'CWG-R1',
    group: 'CENTRAL',
    serial: 7,
    adoptedOn: '2023-12-10',
    cluster: null,
    agency: AGENCY_CODES.TPO,
    title: 'National export programme for hand-woven carpet clusters',
    text: 'سازمان توسعه تجارت ایران موظف است برنامه ملی توسعه صادرات خوشه‌های فرش دست‌باف را تا پایان سال ۱۴۰۳ اجرا کند و گزارش پیشرفت آن را هر سه ماه به دبیرخانه کارگروه ارائه دهد.',
    targets: [
      { indicator: 'Export value of carpet clusters', unit: 'rial', targetValue: '1500000000000.0000', dueQuarter: '1403-Q4' },
      { indicator: 'Carpet firms with export certification', unit: 'firms', targetValue: '40', dueQuarter: '1404-Q2' },
    ],
  },
  {
    key: 'CWG-R2',
    group: 'CENTRAL',
    serial: 3,
    adoptedOn: '2024-06-15',
    cluster: 'C2',
    agency: AGENCY_CODES.MIMT,
    title: 'Shared leather finishing centre for the Tehran leather goods cluster',
    text: 'وزارت صنعت، معدن و تجارت مکلف است مرکز مشترک تکمیل چرم خوشه کیف و کفش چرمی تهران را با مشارکت بنگاه‌های خوشه راه‌اندازی کند.',
    targets: [{ indicator: 'Finishing capacity in use', unit: 'percent', targetValue: '70', dueQuarter: '1404-Q2' }],
  },
  {
    key: 'TEH-R1',
    group: 'TEHRAN',
    serial: 15,
    adoptedOn: '2023-11-20',
    cluster: 'C1',
    agency: AGENCY_CODES.ISIPO,
    title: 'Jewellery design and hallmarking programme',
    text: 'سازمان صنایع کوچک و شهرک‌های صنعتی ایران برنامه طراحی و عیارسنجی خوشه طلا و جواهر تهران را اجرا کند.',
    targets: [
      { indicator: 'Jobs created', unit: 'jobs', targetValue: '120', dueQuarter: '1403-Q4' },
      { indicator: 'Export value', unit: 'rial', targetValue: '800000000000', dueQuarter: '1404-Q1' },
    ],
  },
  {
    key: 'ISF-R2',
    group: 'ISFAHAN',
    serial: 21,
    adoptedOn: '2024-01-28',
    cluster: 'C4',
    agency: AGENCY_CODES.MIMT,
    title: 'Reduce stone waste in the Isfahan decorative stone cluster',
    text: 'وزارت صنعت، معدن و تجارت با همکاری بنگاه‌های خوشه، نسبت ضایعات سنگ در خوشه سنگ‌های تزئینی اصفهان را کاهش دهد.',
    targets: [{ indicator: 'Waste stone ratio', unit: 'percent', targetValue: '18', higherIsBetter: false, dueQuarter: '1404-Q4' }],
  },
  {
    key: 'KHR-R1',
    group: 'KHORASAN',
    serial: 2,
    adoptedOn: '2024-04-25',
    cluster: 'C5',
    agency: AGENCY_CODES.EDBI,
    title: 'Export credit line for saffron processors',
    text: 'بانک توسعه صادرات ایران خط اعتباری صادراتی برای فرآوری‌کنندگان زعفران تربت حیدریه اختصاص دهد.',
    targets: [
      { indicator: 'Export credit disbursed', unit: 'rial', targetValue: '350000000000', dueQuarter: '1404-Q1' },
      { indicator: 'Certified packaging units', unit: 'firms', targetValue: '15', dueQuarter: '1404-Q2' },
    ],
  },
  {
    key: 'ISF-R1',
    group: 'ISFAHAN',
    serial: 4,
    adoptedOn: '2024-05-20',
    cluster: 'C3',
    agency: AGENCY_CODES.TPO,
    title: 'Export marketing of Isfahan hand-woven carpets',
    text: 'سازمان توسعه تجارت ایران حضور بنگاه‌های خوشه فرش دست‌باف اصفهان در نمایشگاه‌های بین‌المللی را پشتیبانی کند.',
    targets: [{ indicator: 'Export value', unit: 'rial', targetValue: '600000000000', dueQuarter: '1404-Q2' }],
  },
];

export const RESOLUTIONS: readonly ResolutionSpec[] = RESOLUTION_ROWS.map(({ serial, ...row }) => ({
  ...row,
  number: `${DECREE_PREFIX[row.group]}-${toJalali(row.adoptedOn).year}-${String(serial).padStart(2, '0')}`,
}));

/**
 * Checked with the rules of `adoptResolution`; written directly because the mutation adopts today and
 * the demo's resolutions were adopted in the past.
 */
export function seedResolutions(ctx: DemoContext): void {
  for (const spec of RESOLUTIONS) {
    const what = `resolution ${spec.key}`;
    if (spec.cluster) holds(groupIsResponsible(spec.group, responsibleGroupsOf(spec.cluster)), what);
    const numbersOfGroup = RESOLUTIONS.filter((r) => r !== spec && r.group === spec.group).map((r) => r.number);
    holds(resolutionNumberIsFree(spec.number, numbersOfGroup), what);
    holds(adoptionDateIsValid(spec.adoptedOn, ctx.today), what);
    for (const target of spec.targets) {
      if (!parseQuarterLabel(target.dueQuarter)) throw new Error(`Demo data: bad quarter ${target.dueQuarter}`);
    }
    holds(
      targetsDueAfterAdoption(
        spec.adoptedOn,
        spec.targets.map((target) => target.dueQuarter),
      ),
      what,
    );
    const resolution = ctx.make(Resolution, {
      workingGroup: groupOf(ctx, spec.group),
      cluster: spec.cluster ? clusterOf(ctx, spec.cluster) : null,
      responsibleAgency: agencyOf(ctx, spec.agency),
      number: spec.number,
      adoptedOn: spec.adoptedOn,
      title: spec.title,
      text: spec.text,
    });
    ctx.resolutions.set(spec.key, resolution);
    for (const target of spec.targets) {
      ctx.make(ResolutionTarget, {
        resolution,
        indicator: target.indicator,
        unit: target.unit,
        targetValue: target.targetValue,
        higherIsBetter: target.higherIsBetter ?? true,
        dueQuarter: target.dueQuarter,
      });
    }
  }
}
