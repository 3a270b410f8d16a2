import { createHash } from 'node:crypto';
import {
  addYears,
  allocationEntries,
  availableConversionMoves,
  type CalendarDate,
  CONVERSION_TRANSITIONS,
  type ConversionMove,
  type ConversionState,
  classifyHardship,
  computeEntitlement,
  computeStarRating,
  disbursementEntries,
  type EntitlementRequest,
  eligibilityReasons,
  type Fen,
  formatYuan,
  grantSlotKey,
  type HardshipCategory,
  type HardshipCause,
  type HouseholdFacts,
  LABOUR_DIMENSIONS,
  NATIONAL_DEFAULT_RULE_SET,
  QINGDAO_DEMO_RULE_SET,
  type ResidentIdNumber,
  type ResolvedHardshipRules,
  resolveHardshipRules,
  type SchoolLevel,
  type StarMeasures,
  starRatingChange,
} from '@gonghui/domain';
import { sealEntitlement } from '../../src/aid/application-entitlement.js';
import { personKeyOf, sealApplicant } from '../../src/aid/application-records.js';
import { payloadHashOf } from '../../src/aid/disbursement-service.js';
import {
  type HouseholdMemberRecord,
  sealAssessment,
  sealHousehold,
} from '../../src/aid/hardship-records.js';
import { decryptPersonalData } from '../../src/auth/personal-data-crypto.js';
import { writeResults } from '../../src/competition/publication.js';
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import { GIVEN_NAME_CHARACTERS, SURNAMES } from '../../src/seed/city-scale/city-vocabulary.js';
import { cityUuid } from '../../src/seed/city-scale/generate-city.js';
import { seededRandom } from '../../src/seed/demo-members.js';

/**
 * The benchmark's innovation, competition and aid records in proportion to the generated city
 * (issue 9, issue 10 item 1), deterministic from the seed, written once per seed.
 *
 * Proportions for a Qingdao of 2.1 M members, from the seed documents: "劳模工匠创新工作室270个"
 * at city level or above (here about 280 of 1,100 studios; the rest district-level), "推出10万余项
 * 职工创新成果" over a congress term (about 110,000 results over 2021–2026), "每年…60多场" skills
 * and labour competitions (60 a year over 2021–2026, a few dozen to a few hundred entrants each),
 * "帮助2.1万余户困难职工家庭解困脱困" over five years (6,000 hardship files since the rules of 2024,
 * about half helped out of hardship since), and the aid programs' yearly grants (冬送温暖 to most
 * households on file, 金秋助学 and 医疗救助 to some). Everything scales with `members`.
 *
 * Written like the app writes it: ratings by the domain's rubric, conversion steps along the
 * domain's transitions, eligibility by the domain, results and promotions by the gateway's own
 * publication code (`writeResults`), hardship categories by the domain's classification under
 * the 青岛 rules, entitlements by the domain; ID numbers, households, assessments and
 * entitlements sealed with the app's functions; payments as balanced ledger transactions with
 * the budgets' `remaining_fen` and the applications' `paid_fen` equal to the ledger.
 *
 * Ids are UUIDv8 like the city's (`<seed tag>-00NN-8000-8000-<serial>`): a module is written
 * once (its first row's id is the marker) and each module in one transaction.
 */

export const MODULE_TAGS = {
  studio: '0006',
  studioMember: '0007',
  rating: '0008',
  statusChange: '0009',
  result: '000a',
  step: '000b',
  competition: '000c',
  stage: '000d',
  entry: '000e',
  judge: '000f',
  file: '0013',
  fileEvent: '0014',
  program: '0015',
  budget: '0016',
  application: '0017',
  applicationEvent: '0018',
  disbursement: '001a',
  transaction: '001b',
} as const;

const FULL_CITY = 2_100_000;
/** The day the generated data ends (the city's members joined until then). */
const TODAY = '2026-11-30';
const YEARS = [2021, 2022, 2023, 2024, 2025, 2026];
const AID_YEARS = [2024, 2025, 2026];

function seedTag(seed: number): string {
  return createHash('sha256').update(`gonghui-city:${seed}`).digest('hex').slice(0, 8);
}
export function moduleUuid(seed: number, tag: keyof typeof MODULE_TAGS, index: number): string {
  return `${seedTag(seed)}-${MODULE_TAGS[tag]}-8000-8000-${index.toString(16).padStart(12, '0')}`;
}

type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;
type Cast =
  | 'uuid'
  | 'text'
  | 'int'
  | 'bigint'
  | 'boolean'
  | 'date'
  | 'timestamptz'
  | 'jsonb'
  | 'text[]'
  | `"${string}"`;
const SEPARATOR = '\u001f';

/** Multi-row INSERT … SELECT … FROM unnest() of text arrays, cast per column, 2,000 rows a statement. */
async function insertRows(
  tx: Tx,
  table: string,
  columns: readonly [string, Cast][],
  rows: readonly unknown[][],
) {
  const select = columns.map(([, cast], index) =>
    cast === 'text'
      ? `c${index}`
      : cast === 'text[]'
        ? `CASE WHEN c${index} = '' THEN ARRAY[]::text[] ELSE string_to_array(c${index}, E'\\x1f') END`
        : `c${index}::${cast}`,
  );
  const statement = `INSERT INTO ${table} (${columns.map(([name]) => name).join(', ')})
    SELECT ${select.join(', ')} FROM unnest(${columns.map((_, index) => `$${index + 1}::text[]`).join(', ')})
      AS u(${columns.map((_, index) => `c${index}`).join(', ')})`;
  for (let start = 0; start < rows.length; start += 2_000) {
    const batch = rows.slice(start, start + 2_000);
    const params = columns.map(([, cast], index) =>
      batch.map((row) => {
        const value = row[index];
        if (value === null || value === undefined) return null;
        if (cast === 'text[]') return (value as string[]).join(SEPARATOR);
        if (cast === 'jsonb') return JSON.stringify(value);
        if (value instanceof Date) return value.toISOString();
        return String(value);
      }),
    );
    await tx.$executeRawUnsafe(statement, ...params);
  }
  return rows.length;
}

interface Union {
  id: string;
  lineage_ids: string[];
  name: string;
  employer_name: string | null;
  region_code: string;
}
interface CityMemberRow {
  id: string;
  name: string;
  organization_id: string;
  lineage_ids: string[];
  birth_date: Date;
  id_number_cipher: string;
  status: string;
}

function randomTools(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const weighted = <T>(items: readonly (readonly [T, number])[]) => {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = random() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1]?.[0] as T;
  };
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const dayIn = (from: string, to: string) => {
    const start = Date.parse(`${from}T00:00:00Z`);
    const end = Date.parse(`${to}T00:00:00Z`);
    return new Date(start + Math.floor(random() * ((end - start) / 86_400_000 + 1)) * 86_400_000)
      .toISOString()
      .slice(0, 10);
  };
  const surnames = [...SURNAMES];
  const given = [...GIVEN_NAME_CHARACTERS];
  const personName = () => `${pick(surnames)}${pick(given)}${random() < 0.7 ? pick(given) : ''}`;
  /** Log-normal around `median`. */
  const logNormal = (median: number, sigma: number) => {
    const u = Math.max(1e-9, random());
    const v = random();
    return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  };
  return { random, pick, weighted, between, dayIn, personName, logNormal };
}

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const at = (text: string, hour = 2) => new Date(`${text}T${String(hour).padStart(2, '0')}:00:00Z`);
const minDate = (a: string, b: string) => (a < b ? a : b);

export interface CityModulesOptions {
  seed: number;
  /** The city's member count (the proportions scale with it). */
  members: number;
  log?: (line: string) => void;
}

export interface CityModulesReport {
  written: string[];
  present: string[];
}

/** Writes the modules that are not there yet for this seed. */
export async function ensureCityModules(
  prisma: PrismaClient,
  options: CityModulesOptions,
): Promise<CityModulesReport> {
  const log = options.log ?? (() => {});
  const report: CityModulesReport = { written: [], present: [] };
  const present = async (table: string, tag: keyof typeof MODULE_TAGS) =>
    (
      (await prisma.$queryRawUnsafe(
        `SELECT count(*)::int AS count FROM ${table} WHERE id = $1::uuid`,
        moduleUuid(options.seed, tag, 0),
      )) as { count: number }[]
    )[0]?.count === 1;
  const context = await loadContext(prisma, options);
  const modules: [string, string, keyof typeof MODULE_TAGS, (tx: Tx) => Promise<string>][] = [
    ['innovation', 'innovation_studio', 'studio', (tx) => writeInnovation(tx, context)],
    ['competitions', 'competition', 'competition', (tx) => writeCompetitions(tx, context)],
    ['aid', 'hardship_file', 'file', (tx) => writeAid(tx, context)],
  ];
  for (const [name, table, tag, write] of modules) {
    if (await present(table, tag)) {
      report.present.push(name);
      continue;
    }
    const started = performance.now();
    const summary = await prisma.$transaction((tx) => write(tx), {
      timeout: 3_600_000,
      maxWait: 60_000,
    });
    log(`  ${name}: ${summary} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    report.written.push(`${name} (${summary})`);
  }
  return report;
}

interface Context {
  seed: number;
  scale: number;
  members: number;
  cityId: string;
  cityLineage: string[];
  districts: { id: string; lineage_ids: string[]; name: string; region_code: string }[];
  unions: Union[];
  staffId: string;
  judges: { id: string; display_name: string }[];
  /** A deterministic sample of the city's members, by serial. */
  sample(tx: Tx, count: number, salt: number): Promise<CityMemberRow[]>;
}

async function loadContext(prisma: PrismaClient, options: CityModulesOptions): Promise<Context> {
  const query = async <Row>(text: string, ...params: unknown[]) =>
    (await prisma.$queryRawUnsafe(text, ...params)) as Row[];
  const [city] = await query<{ id: string; lineage_ids: string[] }>(
    `SELECT id::text, lineage_ids FROM organization WHERE kind = 'CITY_FEDERATION' AND name = '青岛市总工会'`,
  );
  if (!city) throw new Error('no 青岛市总工会: seed the demo and generate the city first');
  const districts = await query<Context['districts'][number]>(
    `SELECT id::text, lineage_ids, name, region_code FROM organization
      WHERE kind = 'COUNTY_FEDERATION' AND parent_id = $1::uuid AND dissolved_on IS NULL ORDER BY id`,
    city.id,
  );
  const unions = await query<Union>(
    `SELECT id::text, lineage_ids, name, employer_name, region_code FROM organization
      WHERE substring(id::text, 15, 1) = '8' AND kind IN ('GRASSROOTS_UNION', 'JOINT_GRASSROOTS_UNION')
      ORDER BY id`,
  );
  if (unions.length === 0)
    throw new Error('no generated grassroots unions: run city:generate first');
  const [staff] = await query<{ id: string }>(
    `SELECT id::text FROM staff_account WHERE username = 'qingdao.admin'`,
  );
  if (!staff) throw new Error('no qingdao.admin staff account');
  const judges = await query<{ id: string; display_name: string }>(
    `SELECT id::text, display_name FROM staff_account WHERE username LIKE '%judge%' ORDER BY username LIMIT 5`,
  );
  if (judges.length === 0) throw new Error('no judge staff accounts (the demo seed has them)');
  return {
    seed: options.seed,
    members: options.members,
    scale: options.members / FULL_CITY,
    cityId: city.id,
    cityLineage: city.lineage_ids,
    districts,
    unions,
    staffId: staff.id,
    judges,
    async sample(tx, count, salt) {
      const { random } = randomTools(options.seed ^ salt);
      const serials = new Set<number>();
      const wanted = Math.min(count, options.members);
      while (serials.size < wanted) serials.add(Math.floor(random() * options.members));
      const ids = [...serials].map((serial) => cityUuid(options.seed, 'member', serial));
      const rows: CityMemberRow[] = [];
      for (let start = 0; start < ids.length; start += 5_000) {
        rows.push(
          ...((await tx.$queryRawUnsafe(
            `SELECT id::text, name, organization_id::text, lineage_ids, birth_date, id_number_cipher, status::text
               FROM member WHERE id = ANY($1::uuid[]) ORDER BY id`,
            ids.slice(start, start + 5_000),
          )) as CityMemberRow[]),
        );
      }
      return rows;
    },
  };
}

// ------------------------------------------------------------------------------ innovation

const STUDIO_LEVELS = [
  ['NATIONAL_DEMONSTRATION', 1.5],
  ['PROVINCIAL', 8],
  ['CITY', 16],
  ['DISTRICT', 74.5],
] as const;
const CHAINS = [
  '智能家电',
  '轨道交通装备',
  '船舶海工',
  '汽车制造',
  '新材料',
  '生物医药',
  '现代海洋',
  '集成电路',
  '高端化工',
  '食品饮料',
  '港口物流',
  '新一代信息技术',
];
const SPECIALTIES = [
  '数控加工',
  '焊接工艺',
  '设备维修',
  '电气自动化',
  '质量检测',
  '工艺改进',
  '节能降耗',
  '安全生产',
  '软件开发',
  '精密装配',
];
const RESULT_TYPES = [
  ['SMALL_SUGGESTION', 22],
  ['RATIONALISATION_PROPOSAL', 24],
  ['SMALL_INNOVATION', 15],
  ['SMALL_INVENTION', 6],
  ['SMALL_CREATION', 6],
  ['SMALL_DESIGN', 5],
  ['UTILITY_MODEL_PATENT', 10],
  ['INVENTION_PATENT', 3],
  ['DESIGN_PATENT', 2],
  ['TECHNICAL_BREAKTHROUGH', 7],
] as const;
const SKILL_LEVELS = [
  'SENIOR',
  'TECHNICIAN',
  'SENIOR_TECHNICIAN',
  'PRINCIPAL_TECHNICIAN',
  'CHIEF_TECHNICIAN',
] as const;

async function writeInnovation(tx: Tx, context: Context): Promise<string> {
  const { seed, scale, unions, staffId } = context;
  const r = randomTools(seed ^ 0x1a2b3c4d);
  const studioCount = Math.max(8, Math.round(1_100 * scale));
  const studios: unknown[][] = [];
  const members: unknown[][] = [];
  const ratings: unknown[][] = [];
  const changes: unknown[][] = [];
  const studioHosts: { id: string; union: Union; active: boolean }[] = [];
  let memberSerial = 0;
  let ratingSerial = 0;
  for (let serial = 0; serial < studioCount; serial += 1) {
    const id = moduleUuid(seed, 'studio', serial);
    const union = r.pick(unions);
    const level = r.weighted(STUDIO_LEVELS);
    const foundedYear = 2026 - Math.floor(16 * r.random() ** 1.5);
    const foundedOn = r.dayIn(`${foundedYear}-01-01`, minDate(`${foundedYear}-12-31`, TODAY));
    const lead = r.personName();
    const employer = union.employer_name ?? union.name.replace(/工会委员会$/, '');
    const specialty = r.pick(SPECIALTIES);
    const status = r.weighted([
      ['ACTIVE', 93],
      ['SUSPENDED', 3],
      ['DELISTED', 4],
    ] as const);
    // Yearly star ratings by the domain's rubric, for the years after the founding.
    let previous: number | null = null;
    const strength = 0.4 + r.random() * 0.6 + (level === 'DISTRICT' ? 0 : 0.3);
    for (const year of [2023, 2024, 2025]) {
      if (year <= foundedYear || r.random() < 0.3) continue;
      const measures: StarMeasures = {
        RESULTS_AND_PATENTS: Math.round(strength * r.between(2, 12)),
        PEOPLE_TRAINED: Math.round(strength * r.between(3, 16)),
        ECONOMIC_BENEFIT: Math.round(strength * r.between(50, 800)) * 1_000_000,
        FACILITIES_AND_RULES: Math.min(10, Math.round(strength * r.between(5, 10))),
        ACTIVITY: Math.round(strength * r.between(4, 16)),
      };
      const rating = computeStarRating(measures);
      ratings.push([
        moduleUuid(seed, 'rating', ratingSerial++),
        id,
        year,
        day(`${year + 1}-03-15`),
        measures,
        rating.breakdown.map((line) => ({ ...line })),
        rating.scoreHundredths,
        rating.stars,
        previous,
        starRatingChange(previous, rating.stars),
        rating.explanation,
        '000000 v0',
        staffId,
      ]);
      previous = rating.stars;
    }
    const statusSince =
      status === 'ACTIVE'
        ? foundedOn
        : r.dayIn(minDate(`${Math.max(foundedYear, 2024)}-01-01`, TODAY), TODAY);
    if (status !== 'ACTIVE') {
      changes.push([
        moduleUuid(seed, 'statusChange', serial),
        id,
        'ACTIVE',
        status,
        day(statusSince < foundedOn ? foundedOn : statusSince),
        status === 'SUSPENDED' ? '领衔人调离，暂停运行' : '考核不合格，撤销命名',
        staffId,
      ]);
    }
    studios.push([
      id,
      union.id,
      union.lineage_ids,
      `${lead}${specialty}劳模创新工作室`,
      level,
      status,
      day(statusSince < foundedOn ? foundedOn : statusSince),
      employer,
      r.pick(CHAINS),
      union.region_code,
      day(foundedOn),
      `依托${employer}，围绕${specialty}开展技术攻关和人才培养。`,
      lead,
      [],
      r.pick(SKILL_LEVELS),
      previous,
      staffId,
    ]);
    studioHosts.push({ id, union, active: status !== 'DELISTED' });
    const size = r.between(4, 14);
    for (let index = 0; index < size; index += 1) {
      const joined = r.dayIn(foundedOn, TODAY);
      members.push([
        moduleUuid(seed, 'studioMember', memberSerial++),
        id,
        index === 0 ? lead : r.personName(),
        index === 0 ? '领衔人' : r.random() < 0.2 ? '技术骨干' : '成员',
        day(index === 0 ? foundedOn : joined),
        index > 0 && r.random() < 0.08 ? day(r.dayIn(joined, TODAY)) : null,
      ]);
    }
  }
  await insertRows(
    tx,
    'innovation_studio',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['lineage_ids', 'text[]'],
      ['name', 'text'],
      ['level', '"StudioLevel"'],
      ['status', '"StudioStatus"'],
      ['status_since', 'date'],
      ['host_employer_name', 'text'],
      ['industry_chain', 'text'],
      ['region_code', 'text'],
      ['founded_on', 'date'],
      ['description', 'text'],
      ['lead_name', 'text'],
      ['lead_honor_codes', 'text[]'],
      ['lead_skill_level', '"SkillLevel"'],
      ['stars', 'int'],
      ['created_by_staff_id', 'uuid'],
      ['updated_at', 'timestamptz'],
    ],
    studios.map((row) => [...row, at(TODAY)]),
  );
  await insertRows(
    tx,
    'innovation_studio_member',
    [
      ['id', 'uuid'],
      ['studio_id', 'uuid'],
      ['name', 'text'],
      ['role', 'text'],
      ['joined_on', 'date'],
      ['left_on', 'date'],
    ],
    members,
  );
  await insertRows(
    tx,
    'innovation_studio_rating',
    [
      ['id', 'uuid'],
      ['studio_id', 'uuid'],
      ['year', 'int'],
      ['evaluated_on', 'date'],
      ['measures', 'jsonb'],
      ['breakdown', 'jsonb'],
      ['score_hundredths', 'int'],
      ['stars', 'int'],
      ['previous_stars', 'int'],
      ['change', '"StarRatingChange"'],
      ['explanation', 'text'],
      ['config_version', 'text'],
      ['evaluated_by_staff_id', 'uuid'],
    ],
    ratings,
  );
  await insertRows(
    tx,
    'innovation_studio_status_change',
    [
      ['id', 'uuid'],
      ['studio_id', 'uuid'],
      ['from_status', '"StudioStatus"'],
      ['to_status', '"StudioStatus"'],
      ['changed_on', 'date'],
      ['reason', 'text'],
      ['staff_id', 'uuid'],
    ],
    changes,
  );

  // Results: 职工创新成果, a sixth of them from the studios.
  const resultCount = Math.max(40, Math.round(110_000 * scale));
  const yearWeights = YEARS.map(
    (year) => [year, year === 2026 ? 0.9 : 0.8 + (year - 2021) * 0.06] as const,
  );
  const results: unknown[][] = [];
  const steps: unknown[][] = [];
  let stepSerial = 0;
  for (let serial = 0; serial < resultCount; serial += 1) {
    const studio = r.random() < 0.16 ? r.pick(studioHosts) : null;
    const union = studio?.union ?? r.pick(unions);
    const type = r.weighted(RESULT_TYPES);
    const year = r.weighted(yearWeights);
    const small = type.startsWith('SMALL') || type === 'RATIONALISATION_PROPOSAL';
    const benefitYuan =
      r.random() < (small ? 0.35 : 0.1) ? 0 : Math.round(r.logNormal(small ? 8_000 : 60_000, 1.3));
    let state: ConversionState = 'REGISTERED';
    let movedOn: string | null = null;
    let returns: bigint | null = null;
    const id = moduleUuid(seed, 'result', serial);
    if (!small && r.random() < 0.35) {
      let on = r.dayIn(`${year}-02-01`, minDate(`${year}-12-31`, TODAY));
      for (let move = 0; move < 4; move += 1) {
        const moves: ConversionMove[] = availableConversionMoves(state).filter(
          (m: ConversionMove) => m !== 'ABANDON' || r.random() < 0.15,
        );
        if (moves.length === 0 || r.random() < 0.3) break;
        const chosen: ConversionMove = r.pick(moves);
        const to: ConversionState | undefined = CONVERSION_TRANSITIONS.find(
          (t) => t.from === state && t.move === chosen,
        )?.to;
        if (!to) break;
        const stepReturns =
          chosen === 'SECURE_RETURNS' ? BigInt(Math.round(r.logNormal(50_000, 1)) * 100) : null;
        steps.push([
          moduleUuid(seed, 'step', stepSerial++),
          id,
          chosen,
          state,
          to,
          day(on),
          chosen === 'ABANDON' ? '经评估，暂无推广条件' : '',
          stepReturns,
          context.staffId,
        ]);
        state = to;
        movedOn = on;
        if (stepReturns !== null) returns = stepReturns;
        const next = r.dayIn(on, minDate(`${Math.min(year + 2, 2026)}-12-31`, TODAY));
        on = next;
      }
    }
    results.push([
      id,
      union.id,
      union.lineage_ids,
      studio?.id ?? null,
      `${r.pick(SPECIALTIES)}${r.pick(['改进', '优化', '攻关', '装置', '方法', '工装'])}（${serial + 1}）`,
      type,
      type.endsWith('PATENT')
        ? `ZL${year}${r.between(10_000_000, 99_999_999)}.${r.between(0, 9)}`
        : null,
      [r.personName(), ...(r.random() < 0.6 ? [r.personName()] : [])],
      year,
      BigInt(benefitYuan) * 100n,
      [],
      null,
      state,
      movedOn ? day(movedOn) : null,
      returns,
      context.staffId,
      at(`${year}-12-20`),
    ]);
  }
  await insertRows(
    tx,
    'innovation_result',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['lineage_ids', 'text[]'],
      ['studio_id', 'uuid'],
      ['title', 'text'],
      ['type', '"InnovationResultType"'],
      ['patent_number', 'text'],
      ['team', 'text[]'],
      ['year', 'int'],
      ['economic_benefit_fen', 'bigint'],
      ['awards', 'text[]'],
      ['summary', 'text'],
      ['conversion_state', '"ConversionState"'],
      ['conversion_moved_on', 'date'],
      ['returns_fen', 'bigint'],
      ['created_by_staff_id', 'uuid'],
      ['updated_at', 'timestamptz'],
    ],
    results,
  );
  await insertRows(
    tx,
    'innovation_conversion_step',
    [
      ['id', 'uuid'],
      ['result_id', 'uuid'],
      ['move', '"ConversionMove"'],
      ['from_state', '"ConversionState"'],
      ['to_state', '"ConversionState"'],
      ['moved_on', 'date'],
      ['note', 'text'],
      ['returns_fen', 'bigint'],
      ['staff_id', 'uuid'],
    ],
    steps,
  );
  return `${studios.length} studios, ${members.length} studio members, ${ratings.length} ratings, ${results.length} results, ${steps.length} conversion steps`;
}

// ----------------------------------------------------------------------------- competitions

const TRADES = [
  '焊工',
  '电工',
  '钳工',
  '数控车工',
  '汽车维修工',
  '叉车司机',
  '门座起重机司机',
  '工业机器人系统操作员',
  '网络与信息安全管理员',
  '家政服务员',
  '养老护理员',
  '快递员',
  '中式烹调师',
  '电梯安装维修工',
  '化学检验员',
];
const LABOUR_PROJECTS = [
  '地铁建设',
  '胶东国际机场配套',
  '海绵城市改造',
  '港区自动化码头',
  '城市更新',
  '高速公路改扩建',
];

async function writeCompetitions(tx: Tx, context: Context): Promise<string> {
  const { seed, scale, districts } = context;
  const r = randomTools(seed ^ 0x636f6d70);
  const perYear = Math.max(2, Math.round(60 * scale));
  const pool = await context.sample(
    tx,
    Math.min(context.members, Math.max(2_000, Math.round(250_000 * scale))),
    0x656e74,
  );
  const active = pool.filter((member) => member.status === 'ACTIVE');
  const byDistrict = new Map<string, CityMemberRow[]>();
  for (const member of active) {
    for (const district of districts) {
      if (!member.lineage_ids.includes(district.id)) continue;
      const list = byDistrict.get(district.id) ?? [];
      list.push(member);
      byDistrict.set(district.id, list);
    }
  }
  const organizers = [
    { id: context.cityId, lineage_ids: context.cityLineage, name: '青岛市总工会', members: active },
    ...districts.map((d) => ({ ...d, members: byDistrict.get(d.id) ?? [] })),
  ].filter((o) => o.members.length > 0);
  const competitions: unknown[][] = [];
  const stages: unknown[][] = [];
  const entries: unknown[][] = [];
  const judges: unknown[][] = [];
  const aspects: unknown[][] = [];
  const scores: unknown[][] = [];
  const labourScores: unknown[][] = [];
  const toPublish: {
    id: string;
    kind: string;
    entryMode: string;
    competitionClass: string;
    year: number;
    stageId: string;
    endsOn: string;
  }[] = [];
  let serial = 0;
  let stageSerial = 0;
  let entrySerial = 0;
  let judgeSerial = 0;
  for (const year of YEARS) {
    for (let index = 0; index < perYear; index += 1) {
      const id = moduleUuid(seed, 'competition', serial++);
      const organizer =
        r.random() < 0.2 ? (organizers[0] as (typeof organizers)[number]) : r.pick(organizers);
      const cityLevel = organizer.id === context.cityId;
      const kind = r.weighted([
        ['SKILLS', 60],
        ['LABOUR_PROJECT', 12],
        ['SAFETY_KNOWLEDGE', 16],
        ['INNOVATION', 12],
      ] as const);
      const competitionClass = cityLevel
        ? r.weighted([
            ['CITY_CLASS_ONE', 1],
            ['CITY_CLASS_TWO', 2],
          ] as const)
        : r.weighted([
            ['DISTRICT', 6],
            ['INDUSTRY', 2],
            ['ENTERPRISE', 1],
          ] as const);
      const startsOn = r.dayIn(`${year}-03-01`, year === 2026 ? '2026-11-20' : `${year}-11-30`);
      const labour = kind === 'LABOUR_PROJECT';
      const endsOn = labour
        ? minDate(r.dayIn(startsOn, `${year}-12-31`), `${year}-12-31`)
        : minDate(
            new Date(Date.parse(`${startsOn}T00:00:00Z`) + 2 * 86_400_000)
              .toISOString()
              .slice(0, 10),
            `${year}-12-31`,
          );
      const finished = endsOn < TODAY;
      const trade = labour ? r.pick(LABOUR_PROJECTS) : r.pick(TRADES);
      const name = labour
        ? `${year}年${organizer.name.replace(/总工会$/, '')}${trade}“建功立业”劳动竞赛`
        : `${year}年${organizer.name.replace(/总工会$/, '')}${kind === 'SAFETY_KNOWLEDGE' ? '“安康杯”安全知识竞赛' : kind === 'INNOVATION' ? `${trade}技术创新竞赛` : `${trade}职业技能竞赛`}（${index + 1}）`;
      const scheme =
        kind === 'SAFETY_KNOWLEDGE'
          ? {
              theoryWeightBp: 10_000,
              practicalWeightBp: 0,
              aspects: [{ code: 'THEORY', name: '理论知识', part: 'THEORY', maxCenti: 10_000 }],
            }
          : labour
            ? { theoryWeightBp: 0, practicalWeightBp: 10_000, aspects: [] }
            : {
                theoryWeightBp: 3_000,
                practicalWeightBp: 7_000,
                aspects: [
                  { code: 'THEORY', name: '理论知识', part: 'THEORY', maxCenti: 10_000 },
                  { code: 'OPERATE', name: '实际操作', part: 'PRACTICAL', maxCenti: 6_000 },
                  { code: 'PROCESS', name: '工艺规范', part: 'PRACTICAL', maxCenti: 4_000 },
                ],
              };
      competitions.push([
        id,
        organizer.id,
        organizer.lineage_ids,
        name,
        kind,
        competitionClass,
        trade,
        cityLevel ? ['青岛市人力资源和社会保障局'] : [],
        labour ? 'TEAM' : 'INDIVIDUAL',
        year,
        day(startsOn),
        day(endsOn),
        null,
        labour ? { regionRestricted: false } : { minAge: 18, maxAge: 60, regionRestricted: true },
        r.random() < 0.3
          ? { kind: 'MEDALS', excellenceToBp: 5000 }
          : { kind: 'SHARES', firstBp: 1000, secondBp: 2000, thirdBp: 3000 },
        5,
        labour
          ? {
              QUALITY: 2000,
              SAFETY: 2500,
              PROGRESS: 2500,
              INNOVATION: 1000,
              CIVILITY: 1000,
              MANAGEMENT: 1000,
            }
          : null,
        finished ? at(endsOn, 12) : null,
        context.staffId,
        at(startsOn),
      ]);
      const stageIds: string[] = [];
      const periods = labour ? 3 : 1;
      for (let position = 1; position <= periods; position += 1) {
        const stageId = moduleUuid(seed, 'stage', stageSerial++);
        stageIds.push(stageId);
        stages.push([
          stageId,
          id,
          position,
          labour ? 'PERIOD' : 'FINAL',
          labour ? `第${position}阶段` : '决赛',
          scheme,
          finished ? 'CLOSED' : 'OPEN',
          finished ? at(endsOn, 10) : null,
          finished ? context.staffId : null,
        ]);
      }
      const finalStage = stageIds[stageIds.length - 1] as string;
      const judgeIds: string[] = [];
      if (!labour) {
        for (const judge of context.judges.slice(0, 3)) {
          const judgeId = moduleUuid(seed, 'judge', judgeSerial++);
          judgeIds.push(judgeId);
          judges.push([judgeId, id, judge.id, judge.display_name]);
          for (const aspect of scheme.aspects) {
            if (aspect.part === 'THEORY' && judgeIds.length > 1) continue;
            aspects.push([judgeId, finalStage, aspect.code]);
          }
        }
      }
      // Entrants: members of the organiser's subtree (teams: their unions).
      const size = labour
        ? r.between(4, 12)
        : Math.max(8, Math.min(400, Math.round(r.logNormal(cityLevel ? 90 : 45, 0.7))));
      const chosen = new Set<number>();
      while (chosen.size < Math.min(size, organizer.members.length))
        chosen.add(Math.floor(r.random() * organizer.members.length));
      let bib = 0;
      for (const memberIndex of chosen) {
        const member = organizer.members[memberIndex] as CityMemberRow;
        const union = { id: member.organization_id, lineage_ids: member.lineage_ids };
        const entryId = moduleUuid(seed, 'entry', entrySerial++);
        bib += 1;
        const skillLevel = labour
          ? null
          : r.pick(['INTERMEDIATE', 'SENIOR', 'SENIOR', 'TECHNICIAN', null] as const);
        const birthDate = member.birth_date.toISOString().slice(0, 10) as CalendarDate;
        const reasons = labour
          ? []
          : eligibilityReasons(
              { birthDate, skillLevel, employerLineageIds: union.lineage_ids },
              {
                minAge: 18,
                maxAge: 60,
                ageOn: startsOn as CalendarDate,
                regionOrganizationId: organizer.id,
                regionName: organizer.name,
              },
            );
        entries.push([
          entryId,
          id,
          union.id,
          union.lineage_ids,
          labour ? null : member.id,
          labour ? `${trade}项目第${bib}标段` : member.name,
          [],
          labour ? null : member.birth_date,
          skillLevel,
          bib,
          reasons.length === 0,
          reasons.map((reason) => ({
            field: reason.field,
            rule: reason.rule,
            message: reason.message,
          })),
          context.staffId,
        ]);
        if (!finished || reasons.length > 0) continue;
        if (labour) {
          for (const stageId of stageIds) {
            labourScores.push([
              stageId,
              entryId,
              Object.fromEntries(
                LABOUR_DIMENSIONS.map((d) => [d, 8000 + Math.round(r.random() * 36) * 50]),
              ),
              context.staffId,
            ]);
          }
          continue;
        }
        const ability = 0.55 + r.random() * 0.4;
        for (const aspect of scheme.aspects) {
          const markers = aspect.part === 'THEORY' ? judgeIds.slice(0, 1) : judgeIds;
          for (const judgeId of markers) {
            const ratio = Math.min(1, Math.max(0, ability + (r.random() - 0.5) * 0.12));
            scores.push([
              finalStage,
              entryId,
              judgeId,
              aspect.code,
              Math.min(aspect.maxCenti, Math.round((aspect.maxCenti * ratio) / 50) * 50),
              at(endsOn, 10),
            ]);
          }
        }
      }
      if (finished)
        toPublish.push({
          id,
          kind,
          entryMode: labour ? 'TEAM' : 'INDIVIDUAL',
          competitionClass,
          year,
          stageId: finalStage,
          endsOn,
        });
    }
  }
  await insertRows(
    tx,
    'competition',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['lineage_ids', 'text[]'],
      ['name', 'text'],
      ['kind', '"CompetitionKind"'],
      ['competition_class', '"CompetitionClass"'],
      ['trade', 'text'],
      ['co_organizers', 'text[]'],
      ['entry_mode', '"CompetitionEntryMode"'],
      ['year', 'int'],
      ['starts_on', 'date'],
      ['ends_on', 'date'],
      ['description', 'text'],
      ['eligibility', 'jsonb'],
      ['award_scheme', 'jsonb'],
      ['trim_from_judges', 'int'],
      ['labour_weights', 'jsonb'],
      ['results_published_at', 'timestamptz'],
      ['created_by_staff_id', 'uuid'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    competitions.map((row) => [...row, row[row.length - 1]]),
  );
  await insertRows(
    tx,
    'competition_stage',
    [
      ['id', 'uuid'],
      ['competition_id', 'uuid'],
      ['position', 'int'],
      ['kind', '"CompetitionStageKind"'],
      ['name', 'text'],
      ['scheme', 'jsonb'],
      ['state', '"CompetitionStageState"'],
      ['closed_at', 'timestamptz'],
      ['closed_by_staff_id', 'uuid'],
    ],
    stages,
  );
  await insertRows(
    tx,
    'competition_entry',
    [
      ['id', 'uuid'],
      ['competition_id', 'uuid'],
      ['employer_id', 'uuid'],
      ['lineage_ids', 'text[]'],
      ['member_id', 'uuid'],
      ['public_name', 'text'],
      ['team_member_names', 'text[]'],
      ['birth_date', 'date'],
      ['skill_level', 'text'],
      ['bib_number', 'int'],
      ['eligible', 'boolean'],
      ['eligibility_reasons', 'jsonb'],
      ['created_by_staff_id', 'uuid'],
    ],
    entries,
  );
  await insertRows(
    tx,
    'competition_judge',
    [
      ['id', 'uuid'],
      ['competition_id', 'uuid'],
      ['staff_account_id', 'uuid'],
      ['display_name', 'text'],
    ],
    judges,
  );
  await insertRows(
    tx,
    'competition_judge_aspect',
    [
      ['id', 'uuid'],
      ['judge_id', 'uuid'],
      ['stage_id', 'uuid'],
      ['aspect_code', 'text'],
    ],
    aspects.map((row, index) => [moduleUuid(seed, 'judge', 0x800000000 + index), ...row]),
  );
  await insertRows(
    tx,
    'competition_score',
    [
      ['id', 'uuid'],
      ['stage_id', 'uuid'],
      ['entry_id', 'uuid'],
      ['judge_id', 'uuid'],
      ['aspect_code', 'text'],
      ['centi', 'int'],
      ['locked_at', 'timestamptz'],
    ],
    scores.map((row, index) => [moduleUuid(seed, 'stage', 0x800000000 + index), ...row]),
  );
  await insertRows(
    tx,
    'competition_labour_score',
    [
      ['id', 'uuid'],
      ['stage_id', 'uuid'],
      ['entry_id', 'uuid'],
      ['scores', 'jsonb'],
      ['submitted_by_staff_id', 'uuid'],
    ],
    labourScores.map((row, index) => [moduleUuid(seed, 'entry', 0x800000000 + index), ...row]),
  );
  // Ranks, awards and promotions by the gateway's own publication code, in date order (a
  // promotion already granted in a year supersedes a later one).
  let published = 0;
  let promotions = 0;
  for (const competition of toPublish.sort((a, b) =>
    a.endsOn < b.endsOn ? -1 : a.endsOn > b.endsOn ? 1 : 0,
  )) {
    const written = await writeResults(tx as never, competition, competition.stageId);
    published += written.results;
    promotions += written.promotions;
  }
  return `${competitions.length} competitions, ${stages.length} stages, ${entries.length} entries, ${scores.length} marks, ${labourScores.length} labour scores, ${published} results, ${promotions} promotions`;
}

// ------------------------------------------------------------------------------------- aid

const CAUSES: HardshipCause[] = [
  'ILLNESS',
  'DISABILITY',
  'EDUCATION',
  'LOW_WAGE',
  'UNEMPLOYMENT',
  'SINGLE_PARENT',
];
const PROGRAMS = [
  { kind: 'WINTER_RELIEF', label: '冬送温暖', notice: 0, above: 5_000 },
  { kind: 'EDUCATION_AID', label: '金秋助学', notice: 5, above: 5_000 },
  { kind: 'MEDICAL_AID', label: '职工医疗救助', notice: 0, above: 10_000 },
] as const;

function rulesOn(regionCode: string, date: string): ResolvedHardshipRules {
  const resolved = resolveHardshipRules(
    [NATIONAL_DEFAULT_RULE_SET, QINGDAO_DEMO_RULE_SET],
    regionCode,
    date as CalendarDate,
  );
  if (!resolved.ok) throw new Error(resolved.error.message);
  return resolved.value;
}

const PATHS: Record<string, readonly [string, string][]> = {
  SUBMITTED: [['SUBMIT', 'SUBMITTED']],
  GRASSROOTS_REVIEWED: [
    ['SUBMIT', 'SUBMITTED'],
    ['GRASSROOTS_REVIEW', 'GRASSROOTS_REVIEWED'],
  ],
  DISTRICT_REVIEWED: [
    ['SUBMIT', 'SUBMITTED'],
    ['GRASSROOTS_REVIEW', 'GRASSROOTS_REVIEWED'],
    ['DISTRICT_REVIEW', 'DISTRICT_REVIEWED'],
  ],
  APPROVED: [
    ['SUBMIT', 'SUBMITTED'],
    ['GRASSROOTS_REVIEW', 'GRASSROOTS_REVIEWED'],
    ['DISTRICT_REVIEW', 'DISTRICT_REVIEWED'],
    ['APPROVE', 'APPROVED'],
  ],
  DISBURSED: [
    ['SUBMIT', 'SUBMITTED'],
    ['GRASSROOTS_REVIEW', 'GRASSROOTS_REVIEWED'],
    ['DISTRICT_REVIEW', 'DISTRICT_REVIEWED'],
    ['APPROVE', 'APPROVED'],
    ['DISBURSE', 'DISBURSED'],
  ],
  RETURNED: [
    ['SUBMIT', 'SUBMITTED'],
    ['GRASSROOTS_REVIEW', 'GRASSROOTS_REVIEWED'],
    ['RETURN', 'RETURNED'],
  ],
  REJECTED: [
    ['SUBMIT', 'SUBMITTED'],
    ['REJECT', 'REJECTED'],
  ],
};

async function writeAid(tx: Tx, context: Context): Promise<string> {
  const { seed, scale, staffId } = context;
  const r = randomTools(seed ^ 0x61696421);
  const fileCount = Math.max(16, Math.round(6_000 * scale));
  const candidates = (
    await context.sample(tx, Math.min(context.members, fileCount * 3), 0x68617264)
  ).filter((m) => m.status === 'ACTIVE');
  // Members with a hardship file already (the demo's) are left out: one file per member.
  const taken = new Set(
    (
      (await tx.$queryRawUnsafe(`SELECT member_id::text AS id FROM hardship_file`)) as {
        id: string;
      }[]
    ).map((row) => row.id),
  );
  const workers = candidates.filter((m) => !taken.has(m.id)).slice(0, fileCount);
  const districtOf = (lineage: string[]) =>
    context.districts.find((d) => lineage.includes(d.id)) ?? null;
  const unionRegion = new Map(context.unions.map((u) => [u.id, u.region_code]));

  // Programs of the city and of each district, with budgets for 2024–2026.
  const owners = [
    { id: context.cityId, lineage_ids: context.cityLineage, name: '青岛市总工会' },
    ...context.districts,
  ];
  const programs: unknown[][] = [];
  const programIndex = new Map<
    string,
    {
      id: string;
      ownerId: string;
      ownerLineage: string[];
      name: string;
      above: number;
      notice: number;
    }
  >();
  let programSerial = 0;
  for (const owner of owners) {
    for (const program of PROGRAMS) {
      const id = moduleUuid(seed, 'program', programSerial++);
      const name = `${owner.name.replace(/总工会$/, '')}${program.label}（城市数据）`;
      programs.push([
        id,
        owner.id,
        owner.lineage_ids,
        program.kind,
        name,
        'YEAR',
        program.notice > 0,
        program.notice,
        BigInt(program.above * 100),
        staffId,
        at('2024-01-10'),
      ]);
      programIndex.set(`${owner.id}:${program.kind}`, {
        id,
        ownerId: owner.id,
        ownerLineage: owner.lineage_ids,
        name,
        above: program.above * 100,
        notice: program.notice,
      });
    }
  }

  const files: unknown[][] = [];
  const fileEvents: unknown[][] = [];
  const applications: unknown[][] = [];
  const applicationEvents: unknown[][] = [];
  const approvals: unknown[][] = [];
  const disbursements: unknown[][] = [];
  const transactions: unknown[][] = [];
  const entries: unknown[][] = [];
  const paidByBudget = new Map<string, number>();
  const budgetKey = (programId: string, year: number) => `${programId}:${year}`;
  let eventSerial = 0;
  let applicationSerial = 0;
  let applicationEventSerial = 0;
  let transactionSerial = 0;
  const ledger = (
    row: unknown[],
    lines: readonly { account: { kind: string; ref: string }; amount: number }[],
  ) => {
    transactions.push(row);
    for (const line of lines)
      entries.push([row[0], line.account.kind, line.account.ref, BigInt(line.amount)]);
  };
  const pending: {
    budget: string;
    programId: string;
    year: number;
    row: unknown[];
    lines: readonly { account: { kind: string; ref: string }; amount: number }[];
  }[] = [];

  for (const [serial, worker] of workers.entries()) {
    const id = moduleUuid(seed, 'file', serial);
    const regionCode = unionRegion.get(worker.organization_id) ?? '370200';
    const registeredOn = r.dayIn('2024-01-02', '2026-11-20');
    const rules = rulesOn(regionCode, registeredOn);
    const line = rules.minimumLivingStandard;
    const target = r.weighted([
      ['DEEP', 38],
      ['RELATIVE', 36],
      ['ACCIDENT', 14],
      ['NONE', 12],
    ] as const);
    const size = r.between(1, 5);
    const factor =
      target === 'DEEP'
        ? 0.4 + r.random() * 0.5
        : target === 'RELATIVE' || target === 'ACCIDENT'
          ? 1.05 + r.random() * 0.4
          : 2.2 + r.random();
    const annualIncome = Math.round(line * 12 * size * factor);
    const accident =
      target === 'ACCIDENT'
        ? {
            date: r.dayIn(
              minDate(registeredOn, `${registeredOn.slice(0, 4)}-01-02`),
              registeredOn,
            ) as CalendarDate,
            description: r.pick(['突发重大疾病', '交通事故', '房屋火灾']),
            costs: Math.round(annualIncome * (0.6 + r.random())) as Fen,
            compensation: 0 as Fen,
          }
        : null;
    const facts: HouseholdFacts = {
      size,
      incomes: [{ kind: 'WAGE', annualAmount: annualIncome as Fen }],
      expenditures: [],
      homesOwned: 1,
      ownsBusiness: false,
      employsOthers: false,
      childAtHighFeePrivateSchool: false,
      childSelfFundedStudyAbroad: false,
      ownsNonEssentialVehicle: false,
      accident,
      migrantWorker: null,
    };
    const classification = classifyHardship(facts, rules);
    if (!classification.ok) throw new Error(classification.error.message);
    const category: HardshipCategory = classification.value.category;
    const hasChild = size >= 3 && r.random() < 0.6;
    const household: HouseholdMemberRecord[] = [
      {
        name: worker.name,
        relation: 'SELF',
        idNumber: null,
        health: 'HEALTHY',
        occupation: '一线职工',
        schoolLevel: null,
        modelWorkerTitle: null,
      },
      ...Array.from(
        { length: size - 1 },
        (_, index): HouseholdMemberRecord => ({
          name: r.personName(),
          relation:
            index === 0 && size > 1 && !(hasChild && size === 2)
              ? 'SPOUSE'
              : index === 1 && hasChild
                ? 'CHILD'
                : 'PARENT',
          idNumber: null,
          health: r.weighted([
            ['HEALTHY', 6],
            ['CHRONIC_ILLNESS', 2],
            ['SERIOUS_ILLNESS', 1],
            ['DISABLED', 1],
          ] as const),
          occupation: null,
          schoolLevel:
            index === 1 && hasChild
              ? r.pick([
                  'PRIMARY',
                  'JUNIOR_SECONDARY',
                  'SENIOR_SECONDARY',
                  'UNDERGRADUATE',
                ] as const)
              : null,
          modelWorkerTitle: null,
        }),
      ),
    ];
    const exitLimit = new Date(Date.parse(`${registeredOn}T00:00:00Z`) + 180 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const exits = category !== 'NONE' && exitLimit < TODAY && r.random() < 0.55;
    const exitedOn = exits ? r.dayIn(exitLimit, TODAY) : null;
    const end = exitedOn ?? TODAY;
    let lastReviewed = registeredOn;
    const lineage = worker.lineage_ids;
    fileEvents.push([
      moduleUuid(seed, 'fileEvent', eventSerial++),
      id,
      lineage,
      'REGISTERED',
      day(registeredOn),
      null,
      category,
      classification.value.ruleVersion,
      sealAssessment(classification.value),
      null,
      null,
      staffId,
      at(registeredOn),
    ]);
    while (addYears(lastReviewed as CalendarDate, 1) <= end) {
      lastReviewed = addYears(lastReviewed as CalendarDate, 1);
      fileEvents.push([
        moduleUuid(seed, 'fileEvent', eventSerial++),
        id,
        lineage,
        'REVIEWED',
        day(lastReviewed),
        category,
        category,
        classification.value.ruleVersion,
        null,
        null,
        '年度复核：家庭情况无明显变化',
        staffId,
        at(lastReviewed),
      ]);
    }
    if (exitedOn) {
      fileEvents.push([
        moduleUuid(seed, 'fileEvent', eventSerial++),
        id,
        lineage,
        'EXITED',
        day(exitedOn),
        category,
        null,
        null,
        null,
        'REEMPLOYED',
        '家庭人均收入超过标准，解困脱困',
        staffId,
        at(exitedOn, 3),
      ]);
    }
    files.push([
      id,
      worker.id,
      worker.organization_id,
      lineage,
      worker.name,
      regionCode,
      exitedOn ? 'EXITED' : 'ACTIVE',
      category,
      [r.pick(CAUSES), ...(r.random() < 0.3 ? [r.pick(CAUSES)] : [])].filter(
        (c, i, all) => all.indexOf(c) === i,
      ),
      false,
      size,
      sealHousehold({
        members: household,
        facts,
        documents: ['收入证明'],
        situation: '家庭收入低，生活困难。',
      }),
      sealAssessment(classification.value),
      classification.value.ruleVersion,
      day(registeredOn),
      day(registeredOn),
      day(lastReviewed),
      day(addYears(lastReviewed as CalendarDate, 1)),
      exitedOn ? day(exitedOn) : null,
      exitedOn ? 'REEMPLOYED' : null,
      exitedOn ? '家庭人均收入超过标准，解困脱困' : null,
      worker.name,
      day(registeredOn),
      staffId,
      staffId,
      at(registeredOn),
      at(lastReviewed),
    ]);
    if (category === 'NONE') continue;

    // Applications: 冬送温暖 most years on file, 金秋助学 with a child at school, 医疗救助 some.
    const idNumber = decryptPersonalData(
      worker.id_number_cipher,
      'member.idNumber',
    ) as ResidentIdNumber;
    const personKey = personKeyOf(idNumber);
    const district = districtOf(lineage);
    for (const year of AID_YEARS) {
      for (const program of PROGRAMS) {
        const window =
          program.kind === 'WINTER_RELIEF'
            ? [`${year}-11-01`, `${year}-12-10`]
            : program.kind === 'EDUCATION_AID'
              ? [`${year}-08-15`, `${year}-09-30`]
              : [`${year}-01-05`, `${year}-11-30`];
        const chance =
          program.kind === 'WINTER_RELIEF'
            ? 0.8
            : program.kind === 'EDUCATION_AID'
              ? hasChild
                ? 0.7
                : 0
              : 0.15;
        const from = registeredOn > (window[0] as string) ? registeredOn : (window[0] as string);
        const to = minDate(minDate(window[1] as string, end), TODAY);
        if (from > to || r.random() >= chance) continue;
        const on = r.dayIn(from, to);
        const owner = r.random() < 0.15 || !district ? context.cityId : district.id;
        const info = programIndex.get(`${owner}:${program.kind}`);
        if (!info) continue;
        const child = household.find((person) => person.schoolLevel !== null);
        const request: EntitlementRequest =
          program.kind === 'WINTER_RELIEF'
            ? { program: 'WINTER_RELIEF', category }
            : program.kind === 'EDUCATION_AID'
              ? {
                  program: 'EDUCATION_AID',
                  category,
                  schoolLevel: (child?.schoolLevel ?? 'PRIMARY') as SchoolLevel,
                }
              : (() => {
                  const total = Math.round(r.logNormal(3_000_000, 0.8));
                  return {
                    program: 'MEDICAL_AID',
                    category,
                    totalCost: total as Fen,
                    insuranceReimbursed: Math.round(total * 0.6) as Fen,
                    otherReimbursed: 0 as Fen,
                    alreadyGrantedThisYear: 0 as Fen,
                  };
                })();
        const entitlement = computeEntitlement(rulesOn(regionCode, on), request);
        if (!entitlement.ok || !entitlement.value.eligible || entitlement.value.amount <= 0)
          continue;
        const amount = entitlement.value.amount;
        const recent = year === 2026 && on >= '2026-11-10';
        const state = recent
          ? r.weighted([
              ['SUBMITTED', 3],
              ['GRASSROOTS_REVIEWED', 2],
              ['DISTRICT_REVIEWED', 2],
              ['APPROVED', 2],
              ['DISBURSED', 3],
              ['RETURNED', 1],
              ['REJECTED', 1],
            ] as const)
          : r.weighted([
              ['DISBURSED', 88],
              ['REJECTED', 9],
              ['RETURNED', 3],
            ] as const);
        const applicationId = moduleUuid(seed, 'application', applicationSerial++);
        const budgetId = budgetKey(info.id, year);
        const paid = state === 'DISBURSED';
        const approved = paid || state === 'APPROVED';
        applications.push([
          applicationId,
          info.id,
          budgetId,
          worker.organization_id,
          lineage,
          worker.id,
          worker.name,
          ...Object.values(sealApplicant(idNumber, null)),
          [personKey],
          size,
          String(year),
          grantSlotKey(info.id, personKey, String(year), state),
          state,
          BigInt(amount),
          id,
          BigInt(amount),
          entitlement.value.ruleVersion,
          sealEntitlement({
            program: program.kind,
            category,
            facts:
              program.kind === 'MEDICAL_AID'
                ? {
                    totalCostFen: (request as { totalCost: number }).totalCost,
                    insuranceReimbursedFen: (request as { insuranceReimbursed: number })
                      .insuranceReimbursed,
                    otherReimbursedFen: 0,
                  }
                : program.kind === 'EDUCATION_AID'
                  ? { schoolLevel: (request as { schoolLevel: string }).schoolLevel }
                  : {},
            eligible: true,
            amountFen: amount,
            breakdown: entitlement.value.breakdown.map((b) => ({
              label: b.label,
              amountFen: b.amount,
            })),
            reasons: entitlement.value.reasons,
            ruleVersion: entitlement.value.ruleVersion,
            reductionFen: 0,
            reductionReason: null,
          } as never),
          approved ? BigInt(amount) : null,
          paid ? BigInt(amount) : 0n,
          { situation: '家庭收入低，生活困难。' },
          state === 'REJECTED'
            ? '经核实本年度已领取同类救助，不予重复救助'
            : state === 'RETURNED'
              ? '请补充收入证明'
              : null,
          worker.name,
          day(on),
          staffId,
          staffId,
          at(on),
          at(on, 9),
        ]);
        const path = PATHS[state] ?? [];
        path.forEach(([action, toState], step) => {
          applicationEvents.push([
            moduleUuid(seed, 'applicationEvent', applicationEventSerial++),
            applicationId,
            action,
            step === 0 ? null : (path[step - 1] as [string, string])[1],
            toState,
            action === 'REJECT'
              ? '经核实本年度已领取同类救助，不予重复救助'
              : action === 'RETURN'
                ? '请补充收入证明'
                : null,
            staffId,
            '青岛市总工会',
            new Date(at(on).getTime() + step * 86_400_000),
          ]);
          if (action === 'APPROVE') {
            approvals.push([
              moduleUuid(seed, 'applicationEvent', 0x800000000 + approvals.length),
              applicationId,
              0,
              staffId,
            ]);
            if (amount > info.above)
              approvals.push([
                moduleUuid(seed, 'applicationEvent', 0x800000000 + approvals.length),
                applicationId,
                0,
                context.judges[0]?.id ?? staffId,
              ]);
          }
        });
        if (paid) {
          const paidAt = new Date(
            Math.min(
              at(on).getTime() + 5 * 86_400_000,
              Date.parse(`${year}-12-31T06:00:00Z`),
              Date.parse(`${TODAY}T06:00:00Z`),
            ),
          );
          const disbursementId = moduleUuid(seed, 'disbursement', disbursements.length);
          disbursements.push([
            disbursementId,
            `bench-city-${seed}-${applicationSerial}`,
            payloadHashOf(applicationId, amount),
            applicationId,
            budgetId,
            BigInt(amount),
            staffId,
            paidAt,
          ]);
          const lines = disbursementEntries(budgetId, applicationId, amount);
          if (!lines.ok) throw new Error(lines.error[0]?.message);
          pending.push({
            budget: budgetId,
            programId: info.id,
            year,
            row: [
              moduleUuid(seed, 'transaction', 0x800000000 + pending.length),
              'DISBURSEMENT',
              worker.organization_id,
              lineage,
              budgetId,
              disbursementId,
              null,
              `${info.name} 发放 ${formatYuan(amount)} 元`,
              staffId,
              paidAt,
            ],
            lines: lines.value,
          });
          paidByBudget.set(budgetId, (paidByBudget.get(budgetId) ?? 0) + amount);
        }
      }
    }
  }

  // Budgets: what was paid plus a margin, rounded up to 10,000 元; allocated from the owner's funds.
  const budgets: unknown[][] = [];
  const budgetIds = new Map<string, string>();
  let budgetSerial = 0;
  for (const info of programIndex.values()) {
    for (const year of AID_YEARS) {
      const id = moduleUuid(seed, 'budget', budgetSerial++);
      budgetIds.set(budgetKey(info.id, year), id);
      const paid = paidByBudget.get(budgetKey(info.id, year)) ?? 0;
      const allocated = Math.ceil((paid * 1.25 + 1) / 1_000_000) * 1_000_000;
      budgets.push([
        id,
        info.id,
        info.ownerId,
        info.ownerLineage,
        year,
        BigInt(allocated),
        BigInt(allocated - paid),
        at(`${year}-01-20`),
      ]);
      const lines = allocationEntries(info.ownerId, id, allocated as Fen);
      if (!lines.ok) throw new Error(lines.error[0]?.message);
      ledger(
        [
          moduleUuid(seed, 'transaction', transactionSerial++),
          'ALLOCATION',
          info.ownerId,
          info.ownerLineage,
          id,
          null,
          null,
          `${info.name} ${year} 年度预算 ${formatYuan(allocated as Fen)} 元`,
          staffId,
          at(`${year}-01-20`),
        ],
        lines.value,
      );
    }
  }
  const resolve = (key: unknown) => budgetIds.get(key as string) as string;
  for (const application of applications) application[2] = resolve(application[2]);
  for (const disbursement of disbursements) disbursement[4] = resolve(disbursement[4]);
  const applicationOf = new Map(disbursements.map((d) => [d[0] as string, d[3] as string]));
  for (const payment of pending) {
    const budgetId = resolve(payment.budget);
    payment.row[4] = budgetId;
    const lines = disbursementEntries(
      budgetId,
      applicationOf.get(payment.row[5] as string) ?? '',
      payment.lines.reduce((sum, l) => sum + Math.max(0, l.amount), 0) as Fen,
    );
    if (!lines.ok) throw new Error(lines.error[0]?.message);
    ledger(payment.row, lines.value);
  }

  await insertRows(
    tx,
    'hardship_file',
    [
      ['id', 'uuid'],
      ['member_id', 'uuid'],
      ['organization_id', 'uuid'],
      ['lineage_ids', 'text[]'],
      ['worker_name', 'text'],
      ['region_code', 'text'],
      ['state', '"HardshipFileState"'],
      ['category', '"HardshipCategory"'],
      ['causes', 'text[]'],
      ['is_model_worker', 'boolean'],
      ['household_size', 'int'],
      ['household_cipher', 'text'],
      ['assessment_cipher', 'text'],
      ['rule_version', 'text'],
      ['assessed_on', 'date'],
      ['registered_on', 'date'],
      ['last_reviewed_on', 'date'],
      ['next_review_due', 'date'],
      ['exited_on', 'date'],
      ['exit_reason', 'text'],
      ['exit_note', 'text'],
      ['consent_given_by', 'text'],
      ['consent_given_on', 'date'],
      ['consent_recorded_by', 'uuid'],
      ['created_by_staff_id', 'uuid'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    files,
  );
  await insertRows(
    tx,
    'hardship_file_event',
    [
      ['id', 'uuid'],
      ['file_id', 'uuid'],
      ['lineage_ids', 'text[]'],
      ['type', '"HardshipFileEventType"'],
      ['date', 'date'],
      ['from_category', '"HardshipCategory"'],
      ['to_category', '"HardshipCategory"'],
      ['rule_version', 'text'],
      ['assessment_cipher', 'text'],
      ['exit_reason', 'text'],
      ['note', 'text'],
      ['actor_staff_id', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
    fileEvents,
  );
  await insertRows(
    tx,
    'aid_union_program',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['lineage_ids', 'text[]'],
      ['kind', 'text'],
      ['name', 'text'],
      ['grant_period', 'text'],
      ['public_notice_required', 'boolean'],
      ['notice_days', 'int'],
      ['second_approval_above_fen', 'bigint'],
      ['created_by_staff_id', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
    programs,
  );
  await insertRows(
    tx,
    'aid_budget',
    [
      ['id', 'uuid'],
      ['program_id', 'uuid'],
      ['organization_id', 'uuid'],
      ['lineage_ids', 'text[]'],
      ['year', 'int'],
      ['allocated_fen', 'bigint'],
      ['remaining_fen', 'bigint'],
      ['created_at', 'timestamptz'],
    ],
    budgets,
  );
  await insertRows(
    tx,
    'aid_application',
    [
      ['id', 'uuid'],
      ['program_id', 'uuid'],
      ['budget_id', 'uuid'],
      ['organization_id', 'uuid'],
      ['lineage_ids', 'text[]'],
      ['member_id', 'uuid'],
      ['applicant_name', 'text'],
      ['id_number_cipher', 'text'],
      ['id_number_index', 'text'],
      ['id_number_masked', 'text'],
      ['phone_cipher', 'text'],
      ['phone_masked', 'text'],
      ['household_keys', 'text[]'],
      ['household_size', 'int'],
      ['period', 'text'],
      ['grant_slot', 'text'],
      ['state', '"AidApplicationState"'],
      ['requested_fen', 'bigint'],
      ['hardship_file_id', 'uuid'],
      ['entitlement_fen', 'bigint'],
      ['rule_version', 'text'],
      ['entitlement_cipher', 'text'],
      ['approved_fen', 'bigint'],
      ['paid_fen', 'bigint'],
      ['explanation', 'jsonb'],
      ['closing_reason', 'text'],
      ['consent_given_by', 'text'],
      ['consent_given_on', 'date'],
      ['consent_recorded_by', 'uuid'],
      ['created_by_staff_id', 'uuid'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    applications,
  );
  await insertRows(
    tx,
    'aid_application_event',
    [
      ['id', 'uuid'],
      ['application_id', 'uuid'],
      ['action', 'text'],
      ['from_state', '"AidApplicationState"'],
      ['to_state', '"AidApplicationState"'],
      ['reason', 'text'],
      ['actor_staff_id', 'uuid'],
      ['actor_name', 'text'],
      ['created_at', 'timestamptz'],
    ],
    applicationEvents,
  );
  await insertRows(
    tx,
    'aid_approval',
    [
      ['id', 'uuid'],
      ['application_id', 'uuid'],
      ['round', 'int'],
      ['staff_id', 'uuid'],
    ],
    approvals,
  );
  await insertRows(
    tx,
    'aid_disbursement',
    [
      ['id', 'uuid'],
      ['idempotency_key', 'text'],
      ['payload_hash', 'text'],
      ['application_id', 'uuid'],
      ['budget_id', 'uuid'],
      ['amount_fen', 'bigint'],
      ['staff_id', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
    disbursements,
  );
  await insertRows(
    tx,
    'aid_ledger_transaction',
    [
      ['id', 'uuid'],
      ['kind', '"AidLedgerTransactionKind"'],
      ['organization_id', 'uuid'],
      ['lineage_ids', 'text[]'],
      ['budget_id', 'uuid'],
      ['disbursement_id', 'uuid'],
      ['reverses_id', 'uuid'],
      ['memo', 'text'],
      ['staff_id', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
    transactions,
  );
  // Entries: whole transactions per statement (the balance trigger checks each statement).
  await insertRows(
    tx,
    'aid_ledger_entry',
    [
      ['id', 'uuid'],
      ['transaction_id', 'uuid'],
      ['account_kind', '"AidLedgerAccountKind"'],
      ['account_ref', 'text'],
      ['amount_fen', 'bigint'],
    ],
    entries.map((row, index) => [moduleUuid(seed, 'transaction', 0x400000000 + index), ...row]),
  );
  return `${files.length} hardship files, ${fileEvents.length} file events, ${programs.length} programs, ${budgets.length} budgets, ${applications.length} applications, ${disbursements.length} payments, ${entries.length} ledger entries`;
}
