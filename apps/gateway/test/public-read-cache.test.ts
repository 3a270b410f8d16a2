import { describe, expect, it } from 'vitest';
import { prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { publicReadCacheStats } from '../src/honor/public-read-cache.js';
import { createGatewayYoga } from '../src/yoga.js';
import { graphql, signIn } from './graphql.js';

/**
 * The public honor-read cache (issue 10): repeated anonymous roll reads are answered from memory,
 * staff reads never are, and publishing-side changes (revoke, consent withdrawn) are visible at
 * once through the cached server.
 */
const cached = createGatewayYoga({ production: false, publicReadCache: true });
const viaCache = { fetch: cached.fetch };

const roll = /* GraphQL */ `query Roll($filter: HonorRollFilter) { honorRoll(filter: $filter, first: 50) {
  __typename ... on QueryHonorRollSuccess { data { totalCount edges { node { id name } } } } } }`;

type RollData = {
  honorRoll: { data: { totalCount: number; edges: { node: { name: string } }[] } };
};
const namesOf = (data: RollData | undefined) =>
  data?.honorRoll.data.edges.map((edge) => edge.node.name) ?? [];

const move = /* GraphQL */ `mutation ($id: ID!, $reason: String) { moveNomination(id: $id, move: REVOKE, reason: $reason) {
  __typename ... on Nomination { state } } }`;
const withdraw = /* GraphQL */ `mutation ($id: ID!) { withdrawConsent(nominationId: $id) {
  __typename ... on HonorConsent { withdrawnOn } } }`;

describe('public honor-read cache', () => {
  it('answers a repeated anonymous roll read from memory, with the same answer', async () => {
    const first = await graphql<RollData>(roll, { filter: { year: 2025 } }, viaCache);
    const hits = publicReadCacheStats.hits;
    const second = await graphql<RollData>(roll, { filter: { year: 2025 } }, viaCache);
    expect(publicReadCacheStats.hits).toBe(hits + 1);
    expect(second.data).toEqual(first.data);
    expect(namesOf(first.data).length).toBeGreaterThan(0);
    // Other variables are another entry.
    await graphql<RollData>(roll, { filter: { year: 2024 } }, viaCache);
    expect(publicReadCacheStats.hits).toBe(hits + 1);
  });

  it('never serves staff from it', async () => {
    const session = await signIn('qingdao.admin');
    await graphql<RollData>(roll, { filter: { level: 'CITY' } }, { ...viaCache, session });
    const { hits, misses } = publicReadCacheStats;
    await graphql<RollData>(roll, { filter: { level: 'CITY' } }, { ...viaCache, session });
    expect(publicReadCacheStats).toMatchObject({ hits, misses });
  });

  it('drops a revoked award and a withdrawn consent from the cached roll at once', async () => {
    const awards = await prisma.honorAward.findMany({
      where: {
        revokedAt: null,
        subject: 'PERSON',
        publicScopes: { has: 'NAME' },
        nominationId: { not: null },
      },
      orderBy: { name: 'asc' },
      take: 2,
    });
    const [toRevoke, toWithdraw] = awards;
    if (!toRevoke?.nominationId || !toWithdraw?.nominationId)
      throw new Error('demo awards missing');
    const before = await graphql<RollData>(roll, {}, viaCache);
    await graphql<RollData>(roll, {}, viaCache); // cached now
    expect(namesOf(before.data)).toEqual(expect.arrayContaining([toRevoke.name, toWithdraw.name]));

    const session = await signIn('super.admin');
    const revoked = await graphql<{ moveNomination: { state: string } }>(
      move,
      { id: encodeGlobalId('Nomination', toRevoke.nominationId), reason: '经核查，撤销荣誉称号' },
      { session },
    );
    expect(revoked.data?.moveNomination).toEqual({ __typename: 'Nomination', state: 'REVOKED' });
    const afterRevoke = await graphql<RollData>(roll, {}, viaCache);
    expect(namesOf(afterRevoke.data)).not.toContain(toRevoke.name);
    expect(afterRevoke.data?.honorRoll.data.totalCount).toBe(
      (before.data?.honorRoll.data.totalCount ?? 0) - 1,
    );

    await graphql<RollData>(roll, {}, viaCache); // cached again
    const withdrawn = await graphql<{ withdrawConsent: { __typename: string } }>(
      withdraw,
      { id: encodeGlobalId('Nomination', toWithdraw.nominationId) },
      { session },
    );
    expect(withdrawn.data?.withdrawConsent.__typename).toBe('HonorConsent');
    const afterWithdraw = await graphql<RollData>(roll, {}, viaCache);
    expect(namesOf(afterWithdraw.data)).not.toContain(toWithdraw.name);
  });
});
