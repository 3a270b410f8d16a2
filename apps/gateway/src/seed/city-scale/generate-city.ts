import { createHash } from 'node:crypto';
import {
  CREDIT_CODE_ALPHABET,
  computeCreditCodeCheckCharacter,
  computeIdNumberCheckCharacter,
  type MemberStatus,
  NEW_EMPLOYMENT_GROUPS,
  type NewEmploymentGroup,
  type OrgKind,
  type Sex,
} from '@gonghui/domain';
import { seededRandom } from '../demo-members.js';
import {
  CITY_INDUSTRIES,
  type CityIndustry,
  COMMUNITY_NAMES,
  DISTRICT_WEIGHTS,
  GIVEN_NAME_CHARACTERS,
  GROUP_JOINT_UNIONS,
  QINGDAO_PARKS,
  QINGDAO_TOWNSHIPS,
  RURAL_REGION_CODES,
  SURNAMES,
  TRADE_NAME_CHARACTERS,
} from './city-vocabulary.js';

/**
 * The city-scale generator's pure half: from a seed number and the demo's real districts it
 * plans a Qingdao-sized city (township, park, joint and grassroots unions) and yields its
 * members one by one, with plaintext ID numbers and phones. Nothing here touches a database
 * or encrypts; write-city.ts does that. The same input always gives the same city: every
 * choice comes from a seeded PRNG, never Math.random or the clock.
 */

/** The day the generated city describes; join and status dates are never later. */
export const CITY_AS_OF = '2026-11-30';

/** A county-level union (区/市总工会) of the demo's 青岛市总工会, as read from the database. */
export interface CityDistrict {
  id: string;
  name: string;
  regionCode: string;
  lineageIds: string[];
  depth: number;
  foundedOn: string;
  /** Names of its existing children, so the city never repeats one. */
  childNames: string[];
}

export interface CityInput {
  seed: number;
  /** Grassroots-level unions to add (grassroots and joint grassroots unions). */
  unions: number;
  /** Members to add. */
  members: number;
  districts: readonly CityDistrict[];
  /** ID numbers already in use (the demo's), never generated. */
  takenIdNumbers?: ReadonlySet<string>;
  /** Credit codes already in use (the demo's), never generated. */
  takenCreditCodes?: ReadonlySet<string>;
}

export interface CityOrganization {
  id: string;
  kind: Extract<
    OrgKind,
    'TOWNSHIP_UNION' | 'PARK_UNION' | 'JOINT_GRASSROOTS_UNION' | 'GRASSROOTS_UNION'
  >;
  name: string;
  regionCode: string;
  creditCode: string | null;
  parentId: string;
  lineageIds: string[];
  depth: number;
  industry: string | null;
  employerName: string | null;
  employerHeadcount: number | null;
  ownership: EmployerOwnership | null;
  foundedOn: string;
  /** Members the generator gives it (0 for township and park unions). */
  memberCount: number;
  /** Share of its members who are migrant workers. */
  migrantShare: number;
  /** Its members' usual new-employment group and that group's share. */
  group: NewEmploymentGroup | null;
  groupShare: number;
  /** Share of women among its members. */
  femaleShare: number;
}

export interface CityMember {
  id: string;
  /** Position in the generation order (0-based). */
  serial: number;
  organizationId: string;
  lineageIds: string[];
  name: string;
  sex: Sex;
  birthDate: string;
  /** Plaintext: write-city.ts encrypts it; never written as is. */
  idNumber: string;
  /** Plaintext mobile number, or null for members without one. */
  phone: string | null;
  joinedOn: string;
  status: Extract<MemberStatus, 'ACTIVE' | 'RETIRED_KEPT' | 'LAPSED'>;
  /** The day of the status change to RETIRED_KEPT or LAPSED; null for ACTIVE members. */
  statusChangedOn: string | null;
  isMigrant: boolean;
  employmentGroup: NewEmploymentGroup | null;
  employerName: string | null;
}

export interface CityPlan {
  input: CityInput;
  organizations: CityOrganization[];
}

/** Defaults of `city:generate`: the full city on PostgreSQL, a small one on the embedded database. */
export const CITY_DEFAULTS = {
  postgres: { unions: 16_540, members: 2_100_000 },
  embedded: { unions: 400, members: 20_000 },
} as const;

/** Generated ids are UUIDv8 (RFC 9562 "custom"): the app writes v7 and the demo v5, so a
 * generated row is recognisable by its version digit, and ids are ordered per table. */
export const CITY_ID_TAGS = {
  organization: '0001',
  member: '0002',
  joinedEvent: '0003',
  statusEvent: '0004',
} as const;

function seedTag(seed: number): string {
  return createHash('sha256').update(`gonghui-city:${seed}`).digest('hex').slice(0, 8);
}

export function cityUuid(seed: number, tag: keyof typeof CITY_ID_TAGS, index: number): string {
  return `${seedTag(seed)}-${CITY_ID_TAGS[tag]}-8000-8000-${index.toString(16).padStart(12, '0')}`;
}

/** SQL condition matching ids written by the generator (any seed). */
export const CITY_ID_SQL = `substring(id::text, 15, 1) = '8'`;

type Random = () => number;

type EmployerOwnership = 'STATE' | 'PRIVATE' | 'FOREIGN' | 'COLLECTIVE' | 'PUBLIC_INSTITUTION';

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function pickWeighted<T>(random: Random, items: readonly T[], weight: (item: T) => number): T {
  let total = 0;
  for (const item of items) total += weight(item);
  let point = random() * total;
  for (const item of items) {
    point -= weight(item);
    if (point < 0) return item;
  }
  return items[items.length - 1] as T;
}

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Splits `total` into whole parts proportional to `weights` (largest remainder; sums exactly). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum <= 0) return weights.map((_, index) => (index === 0 ? total : 0));
  const exact = weights.map((weight) => (weight / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left -= 1) {
    const index = (order[k] as { index: number }).index;
    parts[index] = (parts[index] ?? 0) + 1;
  }
  return parts;
}

const DAY = 86_400_000;
const asOfDay = Date.parse(`${CITY_AS_OF}T00:00:00Z`) / DAY;

function dayOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY;
}

function dateOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** A day from `from` to `to` (inclusive), `skew` > 1 leaning late. */
function dayBetween(random: Random, from: number, to: number, skew = 1): number {
  if (to <= from) return from;
  return from + Math.floor(random() ** (1 / skew) * (to - from + 1));
}

function yearStart(year: number): number {
  return Date.UTC(year, 0, 1) / DAY;
}

function districtShortName(district: CityDistrict): string {
  return district.name.replace(/总工会$/, '');
}

/** A credit code of a union: 81 + region + 9 characters + the GB 32100 check character. */
function creditCode(random: Random, regionCode: string, taken: Set<string>): string {
  for (;;) {
    let body = '';
    for (let index = 0; index < 9; index += 1) body += pick(random, [...CREDIT_CODE_ALPHABET]);
    const first17 = `81${regionCode}${body}`;
    const code = `${first17}${computeCreditCodeCheckCharacter(first17)}`;
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

const OWNERSHIPS: readonly { value: EmployerOwnership; weight: number }[] = [
  { value: 'PRIVATE', weight: 78 },
  { value: 'STATE', weight: 8 },
  { value: 'FOREIGN', weight: 7 },
  { value: 'COLLECTIVE', weight: 3 },
  { value: 'PUBLIC_INSTITUTION', weight: 4 },
];

const GROUP_FEMALE_SHARE: Record<NewEmploymentGroup, number> = {
  TRUCK_DRIVER: 0.03,
  COURIER: 0.12,
  FOOD_DELIVERY_RIDER: 0.1,
  RIDE_HAILING_DRIVER: 0.08,
  CARER: 0.85,
  DOMESTIC_WORKER: 0.92,
  MALL_PROMOTER: 0.78,
  SECURITY_GUARD: 0.06,
};

/**
 * Plans the city: its organisations in insertion order (parents first), each with the number
 * of members it will get. Grassroots-level unions number exactly `input.unions` and their
 * members add up to exactly `input.members`.
 */
export function planCity(input: CityInput): CityPlan {
  if (!Number.isSafeInteger(input.unions) || input.unions < 1)
    throw new RangeError('unions must be a whole number of at least 1');
  if (!Number.isSafeInteger(input.members) || input.members < 0)
    throw new RangeError('members must be a whole number of at least 0');
  if (input.districts.length === 0) throw new Error('the city needs at least one district');
  const random = seededRandom(input.seed ^ 0x2545f491);
  const organizations: CityOrganization[] = [];
  const takenCodes = new Set(input.takenCreditCodes ?? []);
  const takenNames = new Set<string>();
  for (const district of input.districts)
    for (const name of district.childNames) takenNames.add(name);
  const employerNames = new Set<string>();
  let serial = 0;
  const add = (
    parent: { id: string; lineageIds: string[]; depth: number },
    organization: Omit<CityOrganization, 'id' | 'parentId' | 'lineageIds' | 'depth'>,
  ): CityOrganization => {
    const id = cityUuid(input.seed, 'organization', serial);
    serial += 1;
    const row = {
      ...organization,
      id,
      parentId: parent.id,
      lineageIds: [...parent.lineageIds, id],
      depth: parent.depth + 1,
    };
    organizations.push(row);
    takenNames.add(row.name);
    return row;
  };

  const districts = [...input.districts].sort((a, b) => a.regionCode.localeCompare(b.regionCode));
  const perDistrict = apportion(
    input.unions,
    districts.map((district) => DISTRICT_WEIGHTS[district.regionCode] ?? 5),
  );
  // Relative member weight of each grassroots-level union, in the order of `organizations`.
  const weights = new Map<string, number>();
  // The group joint unions' weights, scaled at the end to hold about 4 % of the members.
  const groupJointWeights = new Map<string, number>();

  districts.forEach((district, districtIndex) => {
    let budget = perDistrict[districtIndex] ?? 0;
    const short = districtShortName(district);
    const foundedFloor = dayOf(district.foundedOn);
    const townships = (QINGDAO_TOWNSHIPS[district.regionCode] ?? [])
      .map((street) => `${short}${street}工会`)
      .filter((name) => !takenNames.has(name))
      .map((name) =>
        add(district, {
          kind: 'TOWNSHIP_UNION',
          name,
          regionCode: district.regionCode,
          creditCode: null,
          industry: null,
          employerName: null,
          employerHeadcount: null,
          ownership: null,
          foundedOn: dateOfDay(
            Math.max(foundedFloor, dayBetween(random, yearStart(1984), yearStart(2006))),
          ),
          memberCount: 0,
          migrantShare: 0,
          group: null,
          groupShare: 0,
          femaleShare: 0,
        }),
      );
    const parks = (QINGDAO_PARKS[district.regionCode] ?? [])
      .map((park) => `${park}工会`)
      .filter((name) => !takenNames.has(name))
      .map((name) =>
        add(district, {
          kind: 'PARK_UNION',
          name,
          regionCode: district.regionCode,
          creditCode: null,
          industry: null,
          employerName: null,
          employerHeadcount: null,
          ownership: null,
          foundedOn: dateOfDay(
            Math.max(foundedFloor, dayBetween(random, yearStart(1995), yearStart(2019))),
          ),
          memberCount: 0,
          migrantShare: 0,
          group: null,
          groupShare: 0,
          femaleShare: 0,
        }),
      );

    // The district's joint unions of the new-employment groups (快递、外卖、货车司机…).
    for (const joint of GROUP_JOINT_UNIONS) {
      const name = `${short}${joint.name}`;
      if (budget <= 0 || takenNames.has(name)) continue;
      const row = add(district, {
        kind: 'JOINT_GRASSROOTS_UNION',
        name,
        regionCode: district.regionCode,
        creditCode: creditCode(random, district.regionCode, takenCodes),
        industry: joint.industry,
        employerName: null,
        employerHeadcount: null,
        ownership: null,
        foundedOn: dateOfDay(dayBetween(random, yearStart(2016), yearStart(2024))),
        memberCount: 0,
        migrantShare: 0.72,
        group: joint.group,
        groupShare: 0.93,
        femaleShare: GROUP_FEMALE_SHARE[joint.group],
      });
      groupJointWeights.set(row.id, joint.weight * Math.exp(0.3 * normal(random)));
      budget -= 1;
    }

    // Community joint unions (社区联合工会) for small employers, about one in ten unions.
    const communityJoints = Math.min(budget, Math.round(budget * 0.1));
    for (let index = 0; index < communityJoints && townships.length > 0; index += 1) {
      const township = pick(random, townships);
      const street = township.name.slice(short.length).replace(/工会$/, '');
      let name = '';
      for (let attempt = 0; attempt < 40; attempt += 1) {
        name = `${short}${street}${pick(random, COMMUNITY_NAMES)}社区联合工会`;
        if (!takenNames.has(name)) break;
        name = '';
      }
      if (!name) continue;
      const row = add(township, {
        kind: 'JOINT_GRASSROOTS_UNION',
        name,
        regionCode: district.regionCode,
        creditCode: creditCode(random, district.regionCode, takenCodes),
        industry: '居民服务业',
        employerName: null,
        employerHeadcount: null,
        ownership: null,
        foundedOn: dateOfDay(
          Math.max(dayOf(township.foundedOn), dayBetween(random, yearStart(2005), yearStart(2025))),
        ),
        memberCount: 0,
        migrantShare: 0.55,
        group: null,
        groupShare: 0,
        femaleShare: 0.5,
      });
      weights.set(row.id, 40 * Math.exp(0.6 * normal(random)));
      budget -= 1;
    }

    // Grassroots unions of single employers: most under a street or town, some in a park,
    // the largest employers directly under the district.
    for (; budget > 0; budget -= 1) {
      const profile: CityIndustry = pickWeighted(random, CITY_INDUSTRIES, (item) => item.weight);
      const size = profile.medianHeadcount * Math.exp(1.05 * normal(random));
      const where = random();
      const parent =
        size > 900 || where < 0.06 || (townships.length === 0 && parks.length === 0)
          ? district
          : parks.length > 0 && where < 0.24
            ? pick(random, parks)
            : townships.length > 0
              ? pick(random, townships)
              : pick(random, parks);
      let employerName = '';
      for (let attempt = 0; ; attempt += 1) {
        const trade = pick(random, profile.trades);
        const brand = `${pick(random, [...TRADE_NAME_CHARACTERS])}${pick(random, [...TRADE_NAME_CHARACTERS])}`;
        const form = random();
        employerName =
          form < 0.7
            ? `青岛${brand}${trade}有限公司`
            : form < 0.8
              ? `青岛${brand}${trade}股份有限公司`
              : form < 0.9
                ? `青岛${brand}${trade}有限责任公司`
                : `山东${brand}${trade}有限公司${short.replace(/[区市]$/, '')}分公司`;
        if (attempt > 20)
          employerName = `${employerName.replace(/有限公司/, '')}${attempt}号有限公司`;
        if (!employerNames.has(employerName) && !takenNames.has(`${employerName}工会委员会`)) break;
      }
      employerNames.add(employerName);
      const parentFounded = dayOf(parent.foundedOn);
      const row = add(parent, {
        kind: 'GRASSROOTS_UNION',
        name: `${employerName}工会委员会`,
        regionCode: district.regionCode,
        creditCode: creditCode(random, district.regionCode, takenCodes),
        industry: profile.industry,
        employerName,
        employerHeadcount: null,
        ownership: pickWeighted(random, OWNERSHIPS, (item) => item.weight).value,
        foundedOn: dateOfDay(
          Math.max(parentFounded, dayBetween(random, yearStart(1980), yearStart(2026), 1.8)),
        ),
        memberCount: 0,
        migrantShare: profile.migrantShare,
        group: profile.group ?? null,
        groupShare: profile.groupShare ?? 0,
        femaleShare: profile.group ? GROUP_FEMALE_SHARE[profile.group] : 0.5,
      });
      weights.set(row.id, size);
    }
  });

  let singleWeight = 0;
  for (const weight of weights.values()) singleWeight += weight;
  let jointWeight = 0;
  for (const weight of groupJointWeights.values()) jointWeight += weight;
  for (const [id, weight] of groupJointWeights) {
    weights.set(id, singleWeight === 0 ? weight : (weight / jointWeight) * singleWeight * 0.04);
  }
  // Members in proportion to each union's weight; headcounts a little above their members.
  const grassroots = organizations.filter((row) => weights.has(row.id));
  if (grassroots.length === 0) throw new Error('no grassroots-level union could be planned');
  const counts = apportion(
    input.members,
    grassroots.map((row) => weights.get(row.id) ?? 0),
  );
  grassroots.forEach((row, index) => {
    row.memberCount = counts[index] ?? 0;
    if (row.kind === 'GRASSROOTS_UNION') {
      const rate = 0.72 + 0.27 * random();
      row.employerHeadcount = Math.max(
        row.memberCount,
        Math.round(row.memberCount / rate),
        3 + Math.floor(random() * 10),
      );
    }
  });
  return { input, organizations };
}

const PHONE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '176',
  '177',
  '178',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '198',
  '199',
];

const GROUP_WEIGHTS: Record<NewEmploymentGroup, number> = {
  COURIER: 30,
  FOOD_DELIVERY_RIDER: 25,
  TRUCK_DRIVER: 22,
  RIDE_HAILING_DRIVER: 8,
  SECURITY_GUARD: 6,
  DOMESTIC_WORKER: 4,
  CARER: 3,
  MALL_PROMOTER: 2,
};

/**
 * The city's members in a fixed order (union by union), each with a unique valid resident ID
 * number (GB 11643) of a Qingdao district. Lazily generated: 2.1 million members never sit in
 * memory at once (only the set of ID numbers used, to keep them unique).
 */
export function* cityMembers(plan: CityPlan): Generator<CityMember> {
  const { input } = plan;
  const random = seededRandom(input.seed ^ 0x6a09e667);
  const usedIds = new Set<string>(input.takenIdNumbers ?? []);
  const regionCodes = input.districts.map((district) => district.regionCode).sort();
  const rural = RURAL_REGION_CODES.filter((code) => regionCodes.includes(code));
  const surnames = [...SURNAMES];
  const givenCharacters = [...GIVEN_NAME_CHARACTERS];
  let serial = 0;
  for (const union of plan.organizations) {
    const foundedDay = dayOf(union.foundedOn);
    for (let index = 0; index < union.memberCount; index += 1) {
      const statusDraw = random();
      const status: CityMember['status'] =
        statusDraw < 0.045 ? 'RETIRED_KEPT' : statusDraw < 0.065 ? 'LAPSED' : 'ACTIVE';
      const isMigrant = random() < (status === 'RETIRED_KEPT' ? 0.4 : 0.875) * union.migrantShare;
      let employmentGroup: NewEmploymentGroup | null = null;
      if (union.group && random() < union.groupShare) employmentGroup = union.group;
      else if (random() < 0.004)
        employmentGroup = pickWeighted(
          random,
          NEW_EMPLOYMENT_GROUPS,
          (group) => GROUP_WEIGHTS[group],
        );
      const femaleShare = employmentGroup ? GROUP_FEMALE_SHARE[employmentGroup] : union.femaleShare;
      const sex: Sex = random() < femaleShare ? 'FEMALE' : 'MALE';
      // Retired members were born 1950–1965; working members 1966–2006, mostly 1975–1995.
      let birthDay = dayBetween(random, yearStart(1950), yearStart(1966) - 1);
      if (status !== 'RETIRED_KEPT') {
        do birthDay = Math.round(yearStart(1986) + normal(random) * 3300);
        while (birthDay < yearStart(1966) || birthDay >= yearStart(2007));
      }
      const birthDate = dateOfDay(birthDay);
      const regionCode =
        isMigrant && rural.length > 0 && random() < 0.7
          ? pick(random, rural)
          : random() < 0.6
            ? union.regionCode
            : pick(random, regionCodes);
      let idNumber = '';
      for (;;) {
        const sequence = Math.floor(random() * 100);
        const sexDigit = 2 * Math.floor(random() * 5) + (sex === 'MALE' ? 1 : 0);
        const body = `${regionCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(2, '0')}${sexDigit}`;
        idNumber = `${body}${computeIdNumberCheckCharacter(body)}`;
        if (!usedIds.has(idNumber)) break;
      }
      usedIds.add(idNumber);
      const phone =
        random() < 0.92
          ? `${pick(random, PHONE_PREFIXES)}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`
          : null;
      const adult = birthDay + 18 * 365 + 5;
      const joinedDay = dayBetween(random, Math.max(foundedDay, adult), asOfDay);
      const statusChangedOn =
        status === 'ACTIVE'
          ? null
          : dateOfDay(dayBetween(random, Math.min(joinedDay + 30, asOfDay), asOfDay));
      const given =
        random() < 0.62
          ? `${pick(random, givenCharacters)}${pick(random, givenCharacters)}`
          : pick(random, givenCharacters);
      yield {
        id: cityUuid(input.seed, 'member', serial),
        serial,
        organizationId: union.id,
        lineageIds: union.lineageIds,
        name: `${pick(random, surnames)}${given}`,
        sex,
        birthDate,
        idNumber,
        phone,
        joinedOn: dateOfDay(Math.min(joinedDay, asOfDay)),
        status,
        statusChangedOn,
        isMigrant,
        employmentGroup,
        employerName: union.employerName,
      };
      serial += 1;
    }
  }
}
