import {
  COUNTED_MEMBER_STATUSES,
  GRASSROOTS_LEVEL_KINDS,
  maskIdNumber,
  parseResidentIdNumber,
  parseUnifiedSocialCreditCode,
} from '@gonghui/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { blindIndex, decryptPersonalData } from '../src/auth/personal-data-crypto.js';
import { readDatabaseConfig } from '../src/config.js';
import { database, prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import {
  CITY_ID_SQL,
  type CityMember,
  type CityPlan,
  cityMembers,
} from '../src/seed/city-scale/generate-city.js';
import { type CityReport, generateCity, planCityFrom } from '../src/seed/city-scale/write-city.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { figureMismatches } from './figures-helpers.js';
import { graphql, signIn } from './graphql.js';

const size = { unions: 30, members: 2_000 };
const qingdao = seedUuid('qingdao');
const sql = {
  async query<Row>(text: string, params: unknown[] = []) {
    return (await prisma.$queryRawUnsafe(text, ...params)) as Row[];
  },
};

let report: CityReport;
let plan: CityPlan;
let members: CityMember[];

beforeAll(async () => {
  // Planned before writing: afterwards the city's own unions are among the districts' children.
  plan = await planCityFrom(sql, { seed: 42, ...size });
  members = [...cityMembers(plan)];
  report = await generateCity(readDatabaseConfig(), database, { seed: 42, ...size });
});

async function countOf(query: string): Promise<number> {
  const [row] = await sql.query<{ count: bigint | number }>(query);
  return Number(row?.count);
}

describe('city:generate on the embedded database', () => {
  it('writes the requested numbers of grassroots-level unions, members and events', async () => {
    expect(report).toMatchObject({ status: 'written', grassrootsUnions: 30, members: 2_000 });
    const kinds = GRASSROOTS_LEVEL_KINDS.map((kind) => `'${kind}'`).join(', ');
    expect(
      await countOf(
        `SELECT count(*) FROM organization WHERE ${CITY_ID_SQL} AND kind IN (${kinds})`,
      ),
    ).toBe(30);
    expect(await countOf(`SELECT count(*) FROM member WHERE ${CITY_ID_SQL}`)).toBe(2_000);
    const changed = members.filter((member) => member.status !== 'ACTIVE').length;
    expect(await countOf(`SELECT count(*) FROM member_event WHERE ${CITY_ID_SQL}`)).toBe(
      2_000 + changed,
    );
    // Every new union hangs under 青岛市总工会, with a township/park level above most of them.
    expect(
      await countOf(
        `SELECT count(*) FROM organization WHERE ${CITY_ID_SQL} AND NOT ('${qingdao}' = ANY(lineage_ids))`,
      ),
    ).toBe(0);
    expect(
      await countOf(
        `SELECT count(*) FROM organization WHERE ${CITY_ID_SQL} AND kind = 'TOWNSHIP_UNION'`,
      ),
    ).toBeGreaterThan(50);
  });

  it('is deterministic: the same seed gives the same people, another seed other people', async () => {
    // Planned again from the database now holding the city: the same unions, the same people.
    const again = await planCityFrom(sql, { seed: 42, ...size });
    expect(again.organizations.map((row) => row.name)).toEqual(
      plan.organizations.map((row) => row.name),
    );
    const replay = [...cityMembers(again)];
    expect(replay.map((member) => [member.id, member.name, maskIdNumber(member.idNumber)])).toEqual(
      members.map((member) => [member.id, member.name, maskIdNumber(member.idNumber)]),
    );
    const stored = await prisma.member.findMany({
      where: { id: { in: members.map((member) => member.id) } },
      select: { id: true, name: true, idNumberMasked: true },
      orderBy: { id: 'asc' },
    });
    expect(stored.map((row) => [row.name, row.idNumberMasked])).toEqual(
      members.map((member) => [member.name, maskIdNumber(member.idNumber)]),
    );
    const otherPlan = await planCityFrom(sql, { seed: 43, ...size });
    const otherNames = new Set(otherPlan.organizations.map((row) => row.name));
    const sharedNames = plan.organizations.filter(
      (row) => row.kind === 'GRASSROOTS_UNION' && otherNames.has(row.name),
    );
    expect(sharedNames.length).toBeLessThan(3);
    const other = [...cityMembers({ ...plan, input: { ...plan.input, seed: 43 } })];
    const same = other.filter((member, index) => member.idNumber === members[index]?.idNumber);
    expect(same.length).toBeLessThan(20);
  });

  it('gives every member a valid, unique Qingdao ID number, sex from it, encrypted as the app does', async () => {
    const districtCodes = new Set(plan.input.districts.map((district) => district.regionCode));
    expect(new Set(members.map((member) => member.idNumber)).size).toBe(2_000);
    for (const member of members) {
      const parsed = parseResidentIdNumber(member.idNumber, 'idNumber', '2026-11-30' as never);
      expect(parsed.ok, member.idNumber).toBe(true);
      if (!parsed.ok) continue;
      expect(districtCodes.has(parsed.value.regionCode)).toBe(true);
      expect(parsed.value.sex).toBe(member.sex);
      expect(parsed.value.birthDate).toBe(member.birthDate);
      expect(member.joinedOn >= member.birthDate).toBe(true);
    }
    const stored = await prisma.member.findMany({
      where: { id: { in: members.map((member) => member.id) } },
      orderBy: { id: 'asc' },
    });
    stored.forEach((row, index) => {
      const member = members[index] as CityMember;
      expect(decryptPersonalData(row.idNumberCipher, 'member.idNumber')).toBe(member.idNumber);
      expect(row.idNumberIndex).toBe(blindIndex(member.idNumber, 'member.idNumber'));
      expect(row.phoneCipher && decryptPersonalData(row.phoneCipher, 'member.phone')).toBe(
        member.phone,
      );
    });
    const organizations = await prisma.organization.findMany({
      where: { id: { in: plan.organizations.map((row) => row.id) }, creditCode: { not: null } },
      select: { creditCode: true },
    });
    expect(organizations.length).toBe(30);
    for (const { creditCode } of organizations) {
      const parsed = parseUnifiedSocialCreditCode(creditCode ?? '');
      expect(parsed.ok && parsed.value.isTradeUnion, creditCode ?? '').toBe(true);
    }
  });

  it('has realistic shares: about half migrant workers, couriers, riders and truck drivers most', () => {
    const migrants = members.filter((member) => member.isMigrant).length / members.length;
    expect(migrants).toBeGreaterThan(0.35);
    expect(migrants).toBeLessThan(0.7);
    const groups = new Map<string, number>();
    for (const member of members)
      if (member.employmentGroup)
        groups.set(member.employmentGroup, (groups.get(member.employmentGroup) ?? 0) + 1);
    const top = [...groups]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([group]) => group);
    expect(
      top.filter((group) => ['COURIER', 'FOOD_DELIVERY_RIDER', 'TRUCK_DRIVER'].includes(group))
        .length,
    ).toBeGreaterThanOrEqual(2);
    const statuses = new Set(members.map((member) => member.status));
    expect([...statuses].sort()).toEqual(['ACTIVE', 'LAPSED', 'RETIRED_KEPT']);
  });

  it('never writes a plaintext ID number or phone in any table', async () => {
    const secrets = new Set(members.flatMap((member) => [member.idNumber, member.phone ?? '']));
    secrets.delete('');
    const tables = await sql.query<{ name: string }>(
      `SELECT table_name::text AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    expect(tables.map((table) => table.name)).toContain('member');
    let leaks = 0;
    for (const { name } of tables) {
      const rows = await sql.query<{ text: string }>(`SELECT t::text AS text FROM "${name}" t`);
      for (const { text } of rows) {
        for (const candidate of text.match(/\d{17}[\dX]|1\d{10}/g) ?? []) {
          if (secrets.has(candidate)) leaks += 1;
        }
      }
    }
    expect(leaks).toBe(0);
  });

  it('sets the roll-up counters equal to a from-scratch recount', async () => {
    expect(await figureMismatches()).toEqual([]);
  });

  it('answers 青岛市总工会’s stats through GraphQL as a recount of its members', async () => {
    const session = await signIn('qingdao.admin');
    const result = await graphql<{
      organization: {
        stats: { members: number; migrantMembers: number; grassrootsUnions: number };
      };
    }>(
      /* GraphQL */ `query City($id: ID!) {
        organization(id: $id) { ... on Organization { stats { members migrantMembers grassrootsUnions } } }
      }`,
      { id: encodeGlobalId('Organization', qingdao) },
      { session },
    );
    const counted = COUNTED_MEMBER_STATUSES.map((status) => `'${status}'`).join(', ');
    const recount = {
      members: await countOf(
        `SELECT count(*) FROM member WHERE '${qingdao}' = ANY(lineage_ids) AND status IN (${counted})`,
      ),
      migrantMembers: await countOf(
        `SELECT count(*) FROM member WHERE '${qingdao}' = ANY(lineage_ids) AND status IN (${counted}) AND is_migrant`,
      ),
    };
    expect(result.errors).toBeUndefined();
    expect(result.data?.organization.stats).toMatchObject(recount);
    expect(recount.members).toBeGreaterThan(1_900);
  });

  it('is a no-op when run again with the same seed, and refuses another seed', async () => {
    const before = await countOf('SELECT count(*) FROM member');
    expect(await generateCity(readDatabaseConfig(), database, { seed: 42, ...size })).toEqual({
      status: 'present',
      seed: 42,
    });
    await expect(
      generateCity(readDatabaseConfig(), database, { seed: 7, ...size }),
    ).rejects.toThrow(/another seed/);
    expect(await countOf('SELECT count(*) FROM member')).toBe(before);
    expect(await figureMismatches()).toEqual([]);
  });
});
