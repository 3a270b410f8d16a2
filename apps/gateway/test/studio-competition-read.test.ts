import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionById } from '../src/competition/competition-read.js';
import { setRelationReads } from '../src/database/relation-read.js';
import { prisma } from '../src/db.js';
import type { Prisma } from '../src/generated/prisma/client.js';
import { encodeGlobalId } from '../src/global-id.js';
import { studioById } from '../src/innovation/studio-read.js';
import { graphql, signIn } from './graphql.js';

/**
 * The public studio page and a competition's page read in one statement
 * (src/database/relation-read.ts, issue 10): for every studio and competition of the demo (plus a
 * de-listed studio, a lead whose award is public and one whose award was revoked, a member who
 * left, results registered together), the GraphQL answer with the one-statement read must equal
 * the answer through Prisma, and the read must return what Prisma returns for the same query.
 */

// The public site's documents (apps/public/src/features/{innovation,competition}/queries.ts).
const studioDocument = /* GraphQL */ `query PublicStudio($id: ID!) { studio(id: $id) {
  __typename ... on InnovationStudio {
    id name level status stars hostEmployerName industryChain regionCode foundedOn description
    lead { name honoreeId skillLevelLabel honors { code name } }
    members { id name role }
    ratings { year stars score change explanation }
    alliances { joinedOn leftOn alliance { id name kind } }
    results { id title type year conversionState } }
  ... on Error { message } } }`;

const competitionDocument = /* GraphQL */ `query PublicCompetition($id: ID!) { competition(id: $id) {
  __typename ... on Competition {
    id name kind competitionClass trade year startsOn endsOn organizerName coOrganizers
    description resultsPublished
    stages { id name state }
    results { id rank publicName teamMemberNames employerName totalScore award }
    labourLeaderboard { rank publicName cumulativeScore periodsScored redFlags }
    labourPeriods { stageId name redFlagNames } }
  ... on Error { message } } }`;

// What Pothos asks Prisma for with these documents (the resolvers' `query`).
const studioQuery = {
  include: {
    leadAward: { select: { id: true, revokedAt: true, publicScopes: true } },
    members: { where: { leftOn: null }, orderBy: [{ joinedOn: 'asc' }, { id: 'asc' }] },
    ratings: { orderBy: { year: 'desc' } },
    alliances: { orderBy: [{ joinedOn: 'desc' }, { id: 'asc' }], include: { alliance: true } },
    results: { orderBy: [{ year: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }], take: 100 },
  },
} satisfies Omit<Prisma.InnovationStudioFindUniqueArgs, 'where'>;

const competitionQuery = {
  select: {
    id: true,
    lineageIds: true,
    kind: true,
    resultsPublishedAt: true,
    name: true,
    competitionClass: true,
    trade: true,
    year: true,
    startsOn: true,
    endsOn: true,
    coOrganizers: true,
    description: true,
    organization: { select: { name: true } },
    stages: { orderBy: { position: 'asc' }, select: { id: true, name: true, state: true } },
    results: {
      orderBy: [{ rank: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      select: {
        id: true,
        rank: true,
        totalCenti: true,
        practicalCenti: true,
        award: true,
        entry: {
          select: {
            publicName: true,
            teamMemberNames: true,
            bibNumber: true,
            employer: { select: { name: true } },
          },
        },
      },
    },
  },
} satisfies Omit<Prisma.CompetitionFindUniqueArgs, 'where'>;

// --- statements the gateway's driver runs (as test/statement-counts.test.ts counts them) -----
let counting = false;
let statements = 0;
const pgQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
  if (counting) statements += 1;
  return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;
const pgliteQuery = PGlite.prototype.query as (...a: unknown[]) => unknown;
(PGlite.prototype as unknown as Record<string, unknown>).query = function counted(
  this: unknown,
  ...args: unknown[]
) {
  if (counting) statements += 1;
  return pgliteQuery.apply(this, args);
};

async function answer(document: string, id: string, session?: string) {
  counting = true;
  statements = 0;
  try {
    const response = await graphql(document, { id }, session ? { session } : {});
    expect(response.errors).toBeUndefined();
    return { data: response.data, statements };
  } finally {
    counting = false;
  }
}

/** The same request with the one-statement read and through Prisma. */
async function bothPaths(document: string, id: string, session?: string) {
  setRelationReads(true);
  const fast = await answer(document, id, session);
  setRelationReads(false);
  try {
    const prismaPath = await answer(document, id, session);
    return { fast, prismaPath };
  } finally {
    setRelationReads(true);
  }
}

beforeAll(async () => {
  // Variety beyond the demo: a de-listed studio, a lead linked to a public award and one to a
  // revoked award, a member who left, results registered in one statement (same createdAt).
  const studios = await prisma.innovationStudio.findMany({ orderBy: { id: 'asc' } });
  expect(studios.length).toBeGreaterThanOrEqual(4);
  const [first, second, third, fourth] = studios as [
    (typeof studios)[0],
    (typeof studios)[0],
    (typeof studios)[0],
    (typeof studios)[0],
  ];
  await prisma.innovationStudio.update({
    where: { id: first.id },
    data: { status: 'DELISTED', statusSince: new Date('2026-01-05T00:00:00Z') },
  });
  const awards = await prisma.honorAward.findMany({
    where: { revokedAt: null, publicScopes: { has: 'NAME' } },
    orderBy: { id: 'asc' },
    take: 2,
  });
  expect(awards).toHaveLength(2);
  const [publicAward, revokedAward] = awards as [(typeof awards)[0], (typeof awards)[0]];
  await prisma.honorAward.update({
    where: { id: revokedAward.id },
    data: { revokedAt: new Date('2026-03-01T08:30:00.123Z') },
  });
  await prisma.innovationStudio.update({
    where: { id: second.id },
    data: { leadAwardId: publicAward.id },
  });
  await prisma.innovationStudio.update({
    where: { id: third.id },
    data: { leadAwardId: revokedAward.id },
  });
  await prisma.innovationStudioMember.create({
    data: {
      studioId: fourth.id,
      name: '离开的成员',
      role: '徒弟',
      joinedOn: new Date('2020-03-01T00:00:00Z'),
      leftOn: new Date('2024-06-30T00:00:00Z'),
    },
  });
  const createdAt = new Date('2026-02-02T02:02:02.222Z');
  await prisma.innovationResult.createMany({
    data: [1, 2, 3, 4].map((n) => ({
      organizationId: fourth.organizationId,
      lineageIds: fourth.lineageIds,
      studioId: fourth.id,
      title: `同批登记的成果 ${n}`,
      type: 'SMALL_INNOVATION' as const,
      team: ['甲', '乙'],
      year: 2025,
      economicBenefitFen: 9_007_199_254_740_993n + BigInt(n),
      awards: [],
      createdByStaffId: fourth.createdByStaffId,
      createdAt,
    })),
  });
});

afterAll(() => setRelationReads(true));

describe('studio(id) in one statement', () => {
  it('answers the public page as Prisma does, for every studio', async () => {
    const studios = await prisma.innovationStudio.findMany({ select: { id: true, status: true } });
    expect(studios.some((studio) => studio.status === 'DELISTED')).toBe(true);
    for (const { id } of studios) {
      const { fast, prismaPath } = await bothPaths(
        studioDocument,
        encodeGlobalId('InnovationStudio', id),
      );
      expect(fast.data).toEqual(prismaPath.data);
      expect(fast.statements).toBe(1);
      expect(prismaPath.statements).toBeGreaterThan(1);
    }
  });

  it('reads what Prisma reads for the same query, dates and bigints included', async () => {
    const studios = await prisma.innovationStudio.findMany({ select: { id: true } });
    for (const { id } of studios) {
      const expected = await prisma.innovationStudio.findUnique({ ...studioQuery, where: { id } });
      expect(await studioById(studioQuery, id)).toEqual(expected);
    }
    const withResults = await prisma.innovationResult.findFirstOrThrow({
      where: { title: '同批登记的成果 1' },
    });
    const read = (await studioById(studioQuery, withResults.studioId ?? '')) as unknown as {
      results: { economicBenefitFen: bigint; createdAt: Date }[];
      leadAward: unknown;
    };
    expect(read.results.map((result) => result.economicBenefitFen)).toContain(
      9_007_199_254_740_994n,
    );
    expect(await studioById(studioQuery, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('links the lead to the honor roll only while the award is public', async () => {
    const linked = await prisma.innovationStudio.findMany({
      where: { leadAwardId: { not: null } },
      include: { leadAward: true },
    });
    const shown = new Map<boolean, unknown>();
    for (const studio of linked) {
      const { fast } = await bothPaths(
        studioDocument,
        encodeGlobalId('InnovationStudio', studio.id),
      );
      const lead = (fast.data as { studio: { lead: { honoreeId: string | null } } }).studio.lead;
      shown.set(studio.leadAward?.revokedAt === null, lead.honoreeId);
    }
    expect(shown.get(true)).toEqual(expect.any(String));
    expect(shown.get(false)).toBeNull();
  });

  it('leaves selections it does not know to Prisma', async () => {
    const { id } = await prisma.innovationStudio.findFirstOrThrow({ select: { id: true } });
    for (const query of [
      { include: { statusChanges: true } },
      { include: { members: { where: { name: '赵晓东' } } } },
      { include: { members: { skip: 1 } } },
      { select: { id: true, _count: { select: { members: true } } } },
      { include: { leadAward: true } },
    ]) {
      expect(await studioById(query, id)).toBeUndefined();
    }
  });
});

describe('competition(id) in one statement', () => {
  it('answers the public page as Prisma does, for every competition, to the public and to staff', async () => {
    const competitions = await prisma.competition.findMany({
      select: { id: true, kind: true, resultsPublishedAt: true },
    });
    expect(competitions.some((c) => c.resultsPublishedAt === null)).toBe(true);
    expect(competitions.some((c) => c.resultsPublishedAt !== null)).toBe(true);
    expect(competitions.some((c) => c.kind === 'LABOUR_PROJECT')).toBe(true);
    const session = await signIn('super.admin');
    for (const { id, kind, resultsPublishedAt } of competitions) {
      for (const viewer of [undefined, session]) {
        const { fast, prismaPath } = await bothPaths(
          competitionDocument,
          encodeGlobalId('Competition', id),
          viewer,
        );
        expect(fast.data).toEqual(prismaPath.data);
        const results = (fast.data as { competition: { results: unknown[] } }).competition.results;
        if (resultsPublishedAt === null) expect(results).toEqual([]);
        if (!viewer) {
          // One statement for the page; a labour competition's standings take five more
          // (read once for both the leaderboard and the periods).
          expect(fast.statements).toBe(kind === 'LABOUR_PROJECT' ? 6 : 1);
        }
      }
    }
  });

  it('reads what Prisma reads for the same query', async () => {
    const competitions = await prisma.competition.findMany({ select: { id: true } });
    for (const { id } of competitions) {
      const expected = await prisma.competition.findUnique({ ...competitionQuery, where: { id } });
      expect(await competitionById(competitionQuery, id)).toEqual(expected);
    }
    const everything = { include: { stages: true, organization: false } };
    const { id } = competitions[0] ?? { id: '' };
    expect(await competitionById(everything, id)).toEqual(
      await prisma.competition.findUnique({ ...everything, where: { id } }),
    );
  });

  it('never reaches an entry’s personal fields: such selections go to Prisma', async () => {
    const { id } = await prisma.competition.findFirstOrThrow({ select: { id: true } });
    for (const query of [
      { select: { id: true, results: { select: { entry: true } } } },
      { select: { id: true, results: { select: { entry: { select: { birthDate: true } } } } } },
      { select: { id: true, entries: true } },
      { select: { id: true, judges: { where: { staffAccountId: id }, take: 1 } } },
    ]) {
      expect(await competitionById(query, id)).toBeUndefined();
    }
  });
});
