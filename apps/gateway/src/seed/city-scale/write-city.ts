import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  COUNTED_MEMBER_STATUSES,
  GRASSROOTS_LEVEL_KINDS,
  maskIdNumber,
  maskPhone,
  NEW_EMPLOYMENT_GROUPS,
} from '@gonghui/domain';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { blindIndex, encryptPersonalData } from '../../auth/personal-data-crypto.js';
import type { DatabaseConfig } from '../../config.js';
import type { Database } from '../../database/open-database.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { GROUP_FIELDS } from '../../organization/figures.js';
import { demoMembers } from '../demo-members.js';
import { flattenDemoTree, seedDemoIfEmpty } from '../seed-demo.js';
import {
  CITY_ID_SQL,
  type CityDistrict,
  type CityMember,
  type CityOrganization,
  type CityPlan,
  cityMembers,
  cityUuid,
  planCity,
} from './generate-city.js';

/**
 * The city-scale generator's writing half: reads the demo's 青岛市总工会 and districts, plans
 * the city (generate-city.ts), encrypts each member's ID number and phone exactly as the app
 * does, and writes everything in ONE transaction — PostgreSQL through `COPY … FROM STDIN`
 * (one stream per table), the embedded PGlite through multi-row INSERTs of a few thousand rows
 * (`INSERT … SELECT … FROM unnest($1, $2, …)`). Then it recomputes the roll-up counters with
 * set-based SQL, so they equal a from-scratch recount.
 */

export interface CityOptions {
  seed: number;
  unions: number;
  members: number;
  /** Progress lines (phase, elapsed time). */
  log?: (line: string) => void;
}

export type CityReport =
  | { status: 'present'; seed: number }
  | {
      status: 'written';
      seed: number;
      organizations: number;
      grassrootsUnions: number;
      members: number;
      events: number;
      phases: { phase: string; ms: number }[];
    };

/** What the writer needs of a connection: one statement at a time, inside the transaction. */
interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
}

type Value = string | number | boolean | null | readonly string[];

interface Column<Row> {
  name: string;
  /** SQL type of the column, used to cast the unnest() arrays on PGlite. */
  type: 'uuid' | 'text' | 'date' | 'int' | 'boolean' | 'text[]' | `"${string}"`;
  value: (row: Row) => Value;
}

interface Table<Row> {
  name: string;
  columns: Column<Row>[];
}

function organizationTable(now: string): Table<CityOrganization> {
  return {
    name: 'organization',
    columns: [
      { name: 'id', type: 'uuid', value: (row) => row.id },
      { name: 'kind', type: '"OrgKind"', value: (row) => row.kind },
      { name: 'name', type: 'text', value: (row) => row.name },
      { name: 'region_code', type: 'text', value: (row) => row.regionCode },
      { name: 'credit_code', type: 'text', value: (row) => row.creditCode },
      { name: 'parent_id', type: 'uuid', value: (row) => row.parentId },
      { name: 'lineage_ids', type: 'text[]', value: (row) => row.lineageIds },
      { name: 'depth', type: 'int', value: (row) => row.depth },
      { name: 'industry', type: 'text', value: (row) => row.industry },
      { name: 'employer_name', type: 'text', value: (row) => row.employerName },
      { name: 'employer_headcount', type: 'int', value: (row) => row.employerHeadcount },
      { name: 'ownership', type: '"EmployerOwnership"', value: (row) => row.ownership },
      { name: 'founded_on', type: 'date', value: (row) => row.foundedOn },
      { name: 'updated_at', type: 'text', value: () => now },
    ],
  };
}

/** A member as stored: the plaintext ID number and phone replaced by cipher, index and mask. */
interface StoredMember extends Omit<CityMember, 'idNumber' | 'phone'> {
  idNumberCipher: string;
  idNumberIndex: string;
  idNumberMasked: string;
  phoneCipher: string | null;
  phoneMasked: string | null;
}

/** Encrypts like the app (src/schema/member/member.ts): the plaintext is dropped here. */
export function storedMember(member: CityMember): StoredMember {
  const { idNumber, phone, ...rest } = member;
  return {
    ...rest,
    idNumberCipher: encryptPersonalData(idNumber, 'member.idNumber'),
    idNumberIndex: blindIndex(idNumber, 'member.idNumber'),
    idNumberMasked: maskIdNumber(idNumber),
    phoneCipher: phone === null ? null : encryptPersonalData(phone, 'member.phone'),
    phoneMasked: phone === null ? null : maskPhone(phone),
  };
}

function memberTable(now: string): Table<StoredMember> {
  return {
    name: 'member',
    columns: [
      { name: 'id', type: 'uuid', value: (row) => row.id },
      { name: 'organization_id', type: 'uuid', value: (row) => row.organizationId },
      { name: 'lineage_ids', type: 'text[]', value: (row) => row.lineageIds },
      { name: 'name', type: 'text', value: (row) => row.name },
      { name: 'sex', type: '"Sex"', value: (row) => row.sex },
      { name: 'birth_date', type: 'date', value: (row) => row.birthDate },
      { name: 'id_number_cipher', type: 'text', value: (row) => row.idNumberCipher },
      { name: 'id_number_index', type: 'text', value: (row) => row.idNumberIndex },
      { name: 'id_number_masked', type: 'text', value: (row) => row.idNumberMasked },
      { name: 'phone_cipher', type: 'text', value: (row) => row.phoneCipher },
      { name: 'phone_masked', type: 'text', value: (row) => row.phoneMasked },
      { name: 'joined_on', type: 'date', value: (row) => row.joinedOn },
      { name: 'status', type: '"MemberStatus"', value: (row) => row.status },
      { name: 'is_migrant', type: 'boolean', value: (row) => row.isMigrant },
      {
        name: 'employment_group',
        type: '"NewEmploymentGroup"',
        value: (row) => row.employmentGroup,
      },
      { name: 'employer_name', type: 'text', value: (row) => row.employerName },
      { name: 'updated_at', type: 'text', value: () => now },
    ],
  };
}

/** A membership event: each member's JOINED, and the later status change of the others. */
export interface CityEvent {
  id: string;
  memberId: string;
  type: 'JOINED' | 'STATUS_CHANGED';
  organizationId: string;
  lineageIds: string[];
  date: string;
  fromStatus: 'ACTIVE' | null;
  toStatus: CityMember['status'];
}

export function eventsOf(seed: number, member: CityMember): CityEvent[] {
  const joined: CityEvent = {
    id: cityUuid(seed, 'joinedEvent', member.serial),
    memberId: member.id,
    type: 'JOINED',
    organizationId: member.organizationId,
    lineageIds: member.lineageIds,
    date: member.joinedOn,
    fromStatus: null,
    toStatus: 'ACTIVE',
  };
  if (member.statusChangedOn === null) return [joined];
  return [
    joined,
    {
      ...joined,
      id: cityUuid(seed, 'statusEvent', member.serial),
      type: 'STATUS_CHANGED',
      date: member.statusChangedOn,
      fromStatus: 'ACTIVE',
      toStatus: member.status,
    },
  ];
}

const eventTable: Table<CityEvent> = {
  name: 'member_event',
  columns: [
    { name: 'id', type: 'uuid', value: (row) => row.id },
    { name: 'member_id', type: 'uuid', value: (row) => row.memberId },
    { name: 'type', type: '"MemberEventType"', value: (row) => row.type },
    { name: 'organization_id', type: 'uuid', value: (row) => row.organizationId },
    { name: 'lineage_ids', type: 'text[]', value: (row) => row.lineageIds },
    { name: 'date', type: 'date', value: (row) => row.date },
    { name: 'from_status', type: '"MemberStatus"', value: (row) => row.fromStatus },
    { name: 'to_status', type: '"MemberStatus"', value: (row) => row.toStatus },
  ],
};

// ---------------------------------------------------------------- PostgreSQL: COPY FROM STDIN

function copyText(value: Value): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : `{${value.join(',')}}`;
  return /[\\\t\n\r]/.test(text)
    ? text.replace(
        /[\\\t\n\r]/g,
        (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? c,
      )
    : text;
}

/** The rows as COPY text, in chunks of a few hundred kilobytes. */
function* copyChunks<Row>(table: Table<Row>, rows: Iterable<Row>): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    let line = '';
    for (let index = 0; index < table.columns.length; index += 1) {
      if (index > 0) line += '\t';
      line += copyText((table.columns[index] as Column<Row>).value(row));
    }
    chunk += `${line}\n`;
    if (chunk.length > 256_000) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

async function copyInto<Row>(client: pg.Client, table: Table<Row>, rows: Iterable<Row>) {
  const columns = table.columns.map((column) => column.name).join(', ');
  const stream = client.query(copyFrom(`COPY ${table.name} (${columns}) FROM STDIN`));
  await pipeline(Readable.from(copyChunks(table, rows)), stream);
  return stream.rowCount;
}

// ------------------------------------------------------- PGlite: multi-row INSERT via unnest()

async function insertBatches<Row>(sql: Sql, table: Table<Row>, rows: Iterable<Row>, size = 2_000) {
  const columns = table.columns;
  const arrayType = (column: Column<Row>) =>
    column.type === 'uuid' ||
    column.type === 'date' ||
    column.type === 'int' ||
    column.type === 'boolean'
      ? `${column.type}[]`
      : 'text[]';
  const select = columns.map((column, index) => {
    const name = `c${index}`;
    if (column.type === 'text[]') return `string_to_array(${name}, ',')`;
    if (column.type.startsWith('"')) return `${name}::${column.type}`;
    if (column.name === 'updated_at') return `${name}::timestamptz`;
    return name;
  });
  const statement = `INSERT INTO ${table.name} (${columns.map((column) => column.name).join(', ')})
    SELECT ${select.join(', ')}
    FROM unnest(${columns.map((column, index) => `$${index + 1}::${arrayType(column)}`).join(', ')})
      AS u(${columns.map((_, index) => `c${index}`).join(', ')})`;
  let batch: Row[] = [];
  let written = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const params = columns.map((column) =>
      batch.map((row) => {
        const value = column.value(row);
        return Array.isArray(value) ? value.join(',') : value;
      }),
    );
    await sql.query(statement, params);
    written += batch.length;
    batch = [];
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= size) await flush();
  }
  await flush();
  return written;
}

// ------------------------------------------------------------------ roll-up recount (both)

function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function list(values: readonly string[]): string {
  return values.map((value) => `'${value}'`).join(', ');
}

/**
 * The `organization_figures` of every organisation recomputed from the rows in two grouped
 * passes (organisations and members grouped by lineage, each group added to every id of its
 * lineage), with the domain's rules: which kinds are grassroots-level, which statuses count.
 */
export function figuresRecountSql(): string {
  const counted = `status IN (${list(COUNTED_MEMBER_STATUSES)})`;
  const live = `dissolved_on IS NULL`;
  const columns: { name: string; organizations: string; members: string }[] = [
    {
      name: 'grassroots_unions',
      organizations: `count(*) FILTER (WHERE kind IN (${list(GRASSROOTS_LEVEL_KINDS)}) AND ${live})`,
      members: '0',
    },
    { name: 'members', organizations: '0', members: `count(*) FILTER (WHERE ${counted})` },
    {
      name: 'retired_members',
      organizations: '0',
      members: `count(*) FILTER (WHERE status = 'RETIRED_KEPT')`,
    },
    {
      name: 'migrant_members',
      organizations: '0',
      members: `count(*) FILTER (WHERE ${counted} AND is_migrant)`,
    },
    {
      name: 'female_members',
      organizations: '0',
      members: `count(*) FILTER (WHERE ${counted} AND sex = 'FEMALE')`,
    },
    ...NEW_EMPLOYMENT_GROUPS.map((group) => ({
      name: snakeCase(GROUP_FIELDS[group]),
      organizations: '0',
      members: `count(*) FILTER (WHERE ${counted} AND employment_group = '${group}')`,
    })),
    {
      name: 'employers_covered',
      organizations: `count(*) FILTER (WHERE kind = 'GRASSROOTS_UNION' AND ${live})`,
      members: '0',
    },
    {
      name: 'employees_at_covered_employers',
      organizations: `COALESCE(sum(employer_headcount) FILTER (WHERE kind = 'GRASSROOTS_UNION' AND ${live}), 0)`,
      members: '0',
    },
  ];
  return `INSERT INTO organization_figures (organization_id, ${columns.map((c) => c.name).join(', ')})
SELECT o.id, ${columns.map((c) => `COALESCE(sum(part.${c.name}), 0)::integer`).join(', ')}
FROM organization o
LEFT JOIN (
  SELECT lineage.id::uuid AS organization_id, grouped.*
  FROM (
    SELECT lineage_ids, ${columns.map((c) => `(${c.organizations})::bigint AS ${c.name}`).join(', ')}
    FROM organization GROUP BY lineage_ids
    UNION ALL
    SELECT lineage_ids, ${columns.map((c) => `(${c.members})::bigint AS ${c.name}`).join(', ')}
    FROM member GROUP BY lineage_ids
  ) grouped
  CROSS JOIN LATERAL unnest(grouped.lineage_ids) AS lineage(id)
) part ON part.organization_id = o.id
GROUP BY o.id`;
}

/**
 * The monthly joinings (`organization_monthly_figures`): JOINED, and LAPSED → ACTIVE, with the
 * breakdown by the member's migrant flag and new-employment group (as generated, so as at the
 * joining).
 */
export const JOININGS_RECOUNT_SQL = `INSERT INTO organization_monthly_figures (organization_id, month,
  joined, joined_migrant, joined_truck_driver, joined_courier, joined_food_delivery_rider,
  joined_ride_hailing_driver, joined_carer, joined_domestic_worker, joined_mall_promoter,
  joined_security_guard)
SELECT lineage.id::uuid, grouped.month, sum(grouped.joined)::integer, sum(grouped.migrant)::integer,
  sum(grouped.truck_driver)::integer, sum(grouped.courier)::integer,
  sum(grouped.food_delivery_rider)::integer, sum(grouped.ride_hailing_driver)::integer,
  sum(grouped.carer)::integer, sum(grouped.domestic_worker)::integer,
  sum(grouped.mall_promoter)::integer, sum(grouped.security_guard)::integer
FROM (
  SELECT e.lineage_ids, date_trunc('month', e.date)::date AS month, count(*) AS joined,
    count(*) FILTER (WHERE m.is_migrant) AS migrant,
    count(*) FILTER (WHERE m.employment_group = 'TRUCK_DRIVER') AS truck_driver,
    count(*) FILTER (WHERE m.employment_group = 'COURIER') AS courier,
    count(*) FILTER (WHERE m.employment_group = 'FOOD_DELIVERY_RIDER') AS food_delivery_rider,
    count(*) FILTER (WHERE m.employment_group = 'RIDE_HAILING_DRIVER') AS ride_hailing_driver,
    count(*) FILTER (WHERE m.employment_group = 'CARER') AS carer,
    count(*) FILTER (WHERE m.employment_group = 'DOMESTIC_WORKER') AS domestic_worker,
    count(*) FILTER (WHERE m.employment_group = 'MALL_PROMOTER') AS mall_promoter,
    count(*) FILTER (WHERE m.employment_group = 'SECURITY_GUARD') AS security_guard
  FROM member_event e
  JOIN member m ON m.id = e.member_id
  WHERE e.type = 'JOINED' OR (e.type = 'STATUS_CHANGED' AND e.from_status = 'LAPSED' AND e.to_status = 'ACTIVE')
  GROUP BY e.lineage_ids, 2
) grouped
CROSS JOIN LATERAL unnest(grouped.lineage_ids) AS lineage(id)
GROUP BY 1, 2`;

/** Recomputes every roll-up table from scratch (inside the caller's transaction). */
export async function recountFigures(sql: Sql): Promise<void> {
  // Fresh statistics first: the grouped passes are planned for the table sizes after the load.
  await sql.query('ANALYZE organization, member, member_event');
  await sql.query('DELETE FROM organization_figures');
  await sql.query(figuresRecountSql());
  const [monthly] = await sql.query<{ present: boolean }>(
    `SELECT to_regclass('organization_monthly_figures') IS NOT NULL AS present`,
  );
  if (monthly?.present) {
    await sql.query('DELETE FROM organization_monthly_figures');
    await sql.query(JOININGS_RECOUNT_SQL);
  }
}

// ----------------------------------------------------------------------------- the command

/** The demo's 青岛市总工会 and its county-level unions, from the database. */
async function readDistricts(sql: Sql): Promise<CityDistrict[]> {
  const cities = await sql.query<{ id: string }>(
    `SELECT id::text FROM organization WHERE kind = 'CITY_FEDERATION' AND name = '青岛市总工会' AND dissolved_on IS NULL`,
  );
  if (cities.length !== 1)
    throw new Error(
      '青岛市总工会 is not in the database: seed the demo data first (an empty database is seeded automatically)',
    );
  const rows = await sql.query<{
    id: string;
    name: string;
    region_code: string;
    lineage_ids: string[];
    depth: number;
    founded_on: string;
    child_names: string[] | null;
  }>(
    `SELECT d.id::text, d.name, d.region_code, d.lineage_ids, d.depth, to_char(d.founded_on, 'YYYY-MM-DD') AS founded_on,
       (SELECT array_agg(c.name ORDER BY c.name) FROM organization c
         WHERE c.parent_id = d.id AND NOT (${CITY_ID_SQL.replaceAll('id::', 'c.id::')})) AS child_names
     FROM organization d
     WHERE d.parent_id = $1::uuid AND d.kind = 'COUNTY_FEDERATION' AND d.dissolved_on IS NULL
     ORDER BY d.region_code`,
    [cities[0]?.id],
  );
  if (rows.length === 0)
    throw new Error('青岛市总工会 has no county-level unions to build the city under');
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    regionCode: row.region_code.trim(),
    lineageIds: row.lineage_ids,
    depth: row.depth,
    foundedOn: row.founded_on,
    childNames: row.child_names ?? [],
  }));
}

/**
 * The plan of the city for a seed, from the database's districts, leaving out what the city
 * itself wrote: the same before and after generation (the benchmark replays it to know the
 * members' ID numbers without reading them from the database).
 */
export async function planCityFrom(sql: Sql, options: Omit<CityOptions, 'log'>): Promise<CityPlan> {
  const districts = await readDistricts(sql);
  const codes = await sql.query<{ credit_code: string }>(
    `SELECT credit_code FROM organization WHERE credit_code IS NOT NULL AND NOT (${CITY_ID_SQL})`,
  );
  return planCity({
    seed: options.seed,
    unions: options.unions,
    members: options.members,
    districts,
    takenIdNumbers: new Set(demoMembers(flattenDemoTree()).map((member) => member.idNumber)),
    takenCreditCodes: new Set(codes.map((row) => row.credit_code)),
  });
}

/**
 * 'present' when the city of this seed is already there (nothing is written); throws when a
 * city of another seed is there (two cities would share ID numbers); 'absent' otherwise.
 */
async function existingCity(sql: Sql, seed: number): Promise<'present' | 'absent'> {
  const [row] = await sql.query<{ id: string }>(
    `SELECT id::text FROM organization WHERE ${CITY_ID_SQL} LIMIT 1`,
  );
  if (!row) return 'absent';
  if (row.id.slice(0, 8) === cityUuid(seed, 'organization', 0).slice(0, 8)) return 'present';
  throw new Error(
    'the database already holds a city generated with another seed: generate into a fresh database',
  );
}

function prismaSql(tx: Prisma.TransactionClient): Sql {
  return {
    async query<Row>(text: string, params: unknown[] = []) {
      return (await tx.$queryRawUnsafe(text, ...params)) as Row[];
    },
  };
}

function pgSql(client: pg.Client): Sql {
  return {
    async query<Row>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as Row[];
    },
  };
}

/** Generates the city into the database (seeding the demo first when it is empty). */
export async function generateCity(
  config: DatabaseConfig,
  database: Database,
  options: CityOptions,
): Promise<CityReport> {
  const log = options.log ?? (() => {});
  const phases: { phase: string; ms: number }[] = [];
  let mark = performance.now();
  const phase = (name: string, detail = '') => {
    const now = performance.now();
    phases.push({ phase: name, ms: Math.round(now - mark) });
    log(`${name}: ${((now - mark) / 1000).toFixed(1)} s${detail ? ` (${detail})` : ''}`);
    mark = now;
  };
  const seeded = await seedDemoIfEmpty(database.prisma);
  if (seeded > 0) phase('demo seed', `${seeded} organisations`);
  const now = new Date().toISOString();
  const written = { organizations: 0, grassrootsUnions: 0, members: 0, events: 0 };

  const write = async (
    sql: Sql,
    copy: <Row>(table: Table<Row>, rows: Iterable<Row>) => Promise<number>,
    beforeLoad?: () => Promise<void>,
  ) => {
    // One generator at a time; the app may keep reading meanwhile.
    await sql.query('LOCK TABLE organization IN SHARE ROW EXCLUSIVE MODE');
    if ((await existingCity(sql, options.seed)) === 'present') return 'present' as const;
    const plan = await planCityFrom(sql, options);
    phase('plan', `${plan.organizations.length} organisations`);
    await beforeLoad?.();
    written.organizations = await copy(organizationTable(now), plan.organizations);
    written.grassrootsUnions = plan.organizations.filter(
      (row) => row.kind === 'GRASSROOTS_UNION' || row.kind === 'JOINT_GRASSROOTS_UNION',
    ).length;
    phase('organisations', `${written.organizations} rows`);
    let count = 0;
    const members = function* () {
      for (const member of cityMembers(plan)) {
        count += 1;
        if (count % 250_000 === 0) log(`  … ${count} members`);
        yield storedMember(member);
      }
    };
    written.members = await copy(memberTable(now), members());
    phase('members (generate, encrypt, write)', `${written.members} rows`);
    const events = function* () {
      for (const member of cityMembers(plan)) yield* eventsOf(options.seed, member);
    };
    written.events = await copy(eventTable, events());
    phase('member events', `${written.events} rows`);
    return 'written' as const;
  };

  let outcome: 'present' | 'written';
  if (config.kind === 'postgres') {
    const client = new pg.Client({ connectionString: config.url });
    await client.connect();
    const sql = pgSql(client);
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
      // Secondary (non-unique) indexes of the two big tables are dropped for the load and
      // recreated from their own definitions before COMMIT; constraints stay in force.
      const indexes = await sql.query<{ name: string; definition: string }>(
        `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
         WHERE t.relname IN ('member', 'member_event') AND t.relnamespace = current_schema()::regnamespace
           AND NOT x.indisunique AND NOT x.indisprimary`,
      );
      const copy = <Row>(table: Table<Row>, rows: Iterable<Row>) => copyInto(client, table, rows);
      const dropIndexes = async () => {
        for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
      };
      outcome = await write(sql, copy, dropIndexes);
      if (outcome === 'written') {
        for (const index of indexes) await client.query(index.definition);
        phase('indexes rebuilt', indexes.map((index) => index.name).join(', '));
        await recountFigures(sql);
        phase('figures recount');
      }
      await client.query('COMMIT');
      if (outcome === 'written') {
        await client.query('ANALYZE organization_figures');
        phase('commit');
      }
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      await client.end();
    }
  } else {
    outcome = await database.prisma.$transaction(
      async (tx) => {
        const sql = prismaSql(tx);
        const result = await write(sql, (table, rows) => insertBatches(sql, table, rows));
        if (result === 'written') {
          await recountFigures(sql);
          phase('figures recount');
        }
        return result;
      },
      { timeout: 60 * 60_000, maxWait: 60_000 },
    );
  }
  if (outcome === 'present') return { status: 'present', seed: options.seed };
  return { status: 'written', seed: options.seed, ...written, phases };
}
