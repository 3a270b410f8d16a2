import {
  availableNominationMoves,
  type NominationMove,
  type NominationState,
} from '@gonghui/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { freshAddress, graphql, signIn } from './graphql.js';

/**
 * Random walks through the honor workflow over real GraphQL requests, by four members of staff
 * (the city organiser, the platform admin, the nominating district and a district outside it),
 * with consent, objections from the public and the passing of time mixed in. After every step
 * the stored nomination must agree with what the gateway answered, and the guards must hold:
 * no move outside the table, no approval of one's own nomination, no move by a district outside
 * the subtree, no organiser move by the nominating district, no approval before the notice ends
 * or with an open objection, no publication without consent, no rejection or revocation without
 * a reason; every change leaves its event and its audit row; the award exists from PUBLISH and is
 * revoked exactly when the nomination is.
 */

type Who = 'qingdao' | 'super' | 'shinan' | 'laoshan';
type Step =
  | { kind: 'move'; who: Who; move: NominationMove | 'NEXT'; reason: boolean }
  | { kind: 'consent' }
  | { kind: 'object' }
  | { kind: 'resolve'; outcome: 'UPHELD' | 'DISMISSED' }
  | { kind: 'wait' };

const MOVES: NominationMove[] = [
  'SUBMIT',
  'QUALIFY',
  'START_NOTICE',
  'APPROVE',
  'PUBLISH',
  'REJECT',
  'WITHDRAW',
  'REVOKE',
];
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      who: fc.constantFrom<Who>('qingdao', 'super', 'shinan', 'laoshan'),
      // NEXT: the first move the workflow table offers from the current state, so that walks
      // get far; otherwise any move, mostly refused.
      move: fc.oneof(
        { weight: 3, arbitrary: fc.constant('NEXT' as const) },
        { weight: 1, arbitrary: fc.constantFrom(...MOVES) },
      ),
      reason: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'consent' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'object' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('resolve' as const),
      outcome: fc.constantFrom<'UPHELD' | 'DISMISSED'>('UPHELD', 'DISMISSED'),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'wait' as const }) },
);

const staffId: Record<Who, string> = {
  qingdao: seedUuid('staff:qingdao.admin'),
  super: seedUuid('staff:super.admin'),
  shinan: seedUuid('staff:shinan.admin'),
  laoshan: seedUuid('staff:laoshan.admin'),
};
const ORGANISER_MOVES: NominationMove[] = [
  'QUALIFY',
  'START_NOTICE',
  'APPROVE',
  'PUBLISH',
  'REVOKE',
];
const INDEPENDENT: NominationMove[] = ['QUALIFY', 'APPROVE', 'PUBLISH'];

const moveMutation = /* GraphQL */ `mutation ($id: ID!, $move: NominationMove!, $reason: String) {
  moveNomination(id: $id, move: $move, reason: $reason) { __typename ... on Nomination { state }
  ... on RuleViolationError { rule reasons { rule } } ... on Error { code } } }`;

let clock = Date.parse('2026-03-02T02:00:00Z');
let sessions: Record<Who, string>;
let sessionsAt = -1;
let campaignId = '';
let serial = 0;

async function freshSessions() {
  if (sessionsAt === clock) return;
  sessions = {
    qingdao: await signIn('qingdao.admin'),
    super: await signIn('super.admin'),
    shinan: await signIn('shinan.admin'),
    laoshan: await signIn('laoshan.admin'),
  };
  sessionsAt = clock;
}

function setClock(instant: number) {
  clock = instant;
  vi.setSystemTime(new Date(clock));
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  setClock(clock);
  await freshSessions();
  const created = await graphql<{ createCampaign: { id: string } }>(
    /* GraphQL */ `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { ... on HonorCampaign { id } } }`,
    {
      input: {
        organizationId: encodeGlobalId('Organization', seedUuid('qingdao')),
        name: '随机流程测试',
        titleCode: 'CITY_MAY_DAY_MEDAL',
        year: 2026,
        quotaRules: [],
        nominationDeadline: '2026-12-31',
      },
    },
    { session: sessions.qingdao },
  );
  campaignId = created.data?.createCampaign.id ?? '';
  expect(campaignId).not.toBe('');
});

afterAll(() => {
  vi.useRealTimers();
});

async function walk(steps: Step[]) {
  setClock(Date.parse('2026-03-02T02:00:00Z'));
  await freshSessions();
  serial += 1;
  const name = `随机${serial}`;
  const created = await graphql<{ nominate: { id: string; state: string } }>(
    /* GraphQL */ `mutation ($input: NominateInput!) { nominate(input: $input) { ... on Nomination { id state } } }`,
    {
      input: {
        campaignId,
        organizationId: encodeGlobalId('Organization', seedUuid('qingdao-shinan')),
        person: { name, employerName: '海信集团控股股份有限公司', regionCode: '370202' },
        citation: '事迹',
        categories: [],
      },
    },
    { session: sessions.shinan },
  );
  const id = created.data?.nominate.id ?? '';
  expect(created.data?.nominate.state).toBe('DRAFT');
  const rawId = (await prisma.honorNomination.findFirstOrThrow({ where: { name } })).id;
  let state: NominationState = 'DRAFT';
  let submitter: string | null = null;
  let staffChanges = 1;
  let publicEvents = 0;
  let consented = false;
  let everPublished = false;
  for (const action of steps) {
    const row = await prisma.honorNomination.findUniqueOrThrow({
      where: { id: rawId },
      include: { objections: true },
    });
    if (action.kind === 'wait') {
      setClock(clock + 3 * 86_400_000);
      await freshSessions();
    } else if (action.kind === 'consent') {
      const result = await graphql<{ recordConsent: { __typename: string } }>(
        /* GraphQL */ `mutation ($id: ID!) { recordConsent(nominationId: $id, input: { givenBy: "本人", givenOn: "2026-03-02", scopes: [NAME] }) { __typename } }`,
        { id },
        { session: sessions.shinan },
      );
      const ok = result.data?.recordConsent.__typename === 'HonorConsent';
      expect(ok).toBe(!['REJECTED', 'WITHDRAWN', 'REVOKED'].includes(state));
      if (ok) {
        consented = true;
        staffChanges += 1;
      }
    } else if (action.kind === 'object') {
      const result = await graphql<{ submitObjection: { __typename: string } }>(
        /* GraphQL */ `mutation ($id: ID!) { submitObjection(nominationId: $id, text: "材料不实，请核查。") { __typename } }`,
        { id },
        { from: freshAddress() },
      );
      const ok = result.data?.submitObjection.__typename === 'ObjectionReceipt';
      const today = new Date(clock + 8 * 3_600_000).toISOString().slice(0, 10);
      const within =
        state === 'PUBLIC_NOTICE' &&
        row.noticeStartsOn !== null &&
        row.noticeEndsOn !== null &&
        row.noticeStartsOn.toISOString().slice(0, 10) <= today &&
        today <= row.noticeEndsOn.toISOString().slice(0, 10);
      expect(ok).toBe(within);
      if (ok) publicEvents += 1;
    } else if (action.kind === 'resolve') {
      const open = row.objections.find((objection) => objection.state === 'OPEN');
      if (!open) continue;
      const result = await graphql<{ resolveObjection: { __typename: string } }>(
        /* GraphQL */ `mutation ($id: ID!, $outcome: ObjectionOutcome!) { resolveObjection(id: $id, outcome: $outcome, finding: "已核查") { __typename } }`,
        { id: encodeGlobalId('Objection', open.id), outcome: action.outcome },
        { session: sessions.qingdao },
      );
      expect(result.data?.resolveObjection.__typename).toBe('Objection');
      staffChanges += 1;
    } else {
      const move: NominationMove =
        action.move === 'NEXT' ? (availableNominationMoves(state)[0] ?? 'SUBMIT') : action.move;
      const result = await graphql<{
        moveNomination: { __typename: string; state?: NominationState };
      }>(
        moveMutation,
        { id, move: move, reason: action.reason ? '理由' : null },
        { session: sessions[action.who] },
      );
      const answer = result.data?.moveNomination;
      expect(answer, JSON.stringify(result.errors)).toBeDefined();
      const after = await prisma.honorNomination.findUniqueOrThrow({ where: { id: rawId } });
      if (answer?.__typename === 'Nomination') {
        // What succeeded was allowed.
        expect(availableNominationMoves(state)).toContain(move);
        expect(action.who).not.toBe('laoshan');
        if (action.who === 'shinan') expect(ORGANISER_MOVES).not.toContain(move);
        if (INDEPENDENT.includes(move)) {
          expect(staffId[action.who]).not.toBe(staffId.shinan);
          expect(staffId[action.who]).not.toBe(submitter);
        }
        if (move === 'APPROVE') {
          const today = new Date(clock + 8 * 3_600_000).toISOString().slice(0, 10);
          expect(today > (row.noticeEndsOn?.toISOString().slice(0, 10) ?? '9999')).toBe(true);
          expect(row.objections.every((objection) => objection.state === 'DISMISSED')).toBe(true);
        }
        if (move === 'PUBLISH') expect(consented).toBe(true);
        if (move === 'REJECT' || move === 'REVOKE') expect(action.reason).toBe(true);
        if (move === 'SUBMIT') submitter = staffId[action.who];
        expect(after.state).toBe(answer.state);
        expect(after.state).not.toBe(state);
        state = after.state;
        staffChanges += 1;
        if (state === 'PUBLISHED') everPublished = true;
      } else {
        expect(['RuleViolationError', 'NotFoundError', 'ForbiddenError']).toContain(
          answer?.__typename,
        );
        if (action.who === 'laoshan') expect(answer?.__typename).toBe('NotFoundError');
        expect(after.state).toBe(state);
      }
    }
  }
  const [events, audits, award] = await Promise.all([
    prisma.honorNominationEvent.count({ where: { nominationId: rawId } }),
    prisma.auditLog.count({ where: { targetId: rawId } }),
    prisma.honorAward.findUnique({ where: { nominationId: rawId } }),
  ]);
  expect(events).toBe(staffChanges + publicEvents);
  expect(audits).toBe(staffChanges);
  expect(award !== null).toBe(everPublished);
  if (award) expect(award.revokedAt !== null).toBe(state === 'REVOKED');
}

describe('random walks through the honor workflow over GraphQL', () => {
  it('never lets a refused move change anything, nor an unguarded move through', async () => {
    // Biased towards the organiser and long enough walks to reach publication now and then.
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 6, maxLength: 20 }), walk), {
      numRuns: 25,
      seed: 20_260_302,
      endOnFailure: true,
    });
    // The walks did reach the far end of the workflow.
    expect(
      await prisma.honorNomination.count({
        where: { name: { startsWith: '随机' }, state: { not: 'DRAFT' } },
      }),
    ).toBeGreaterThan(5);
  });

  it('reaches publication and revocation on a walk that follows the workflow', async () => {
    await walk([
      { kind: 'move', who: 'shinan', move: 'SUBMIT', reason: false },
      { kind: 'move', who: 'qingdao', move: 'QUALIFY', reason: false },
      { kind: 'move', who: 'qingdao', move: 'START_NOTICE', reason: false },
      { kind: 'object' },
      { kind: 'wait' },
      { kind: 'wait' },
      { kind: 'move', who: 'super', move: 'APPROVE', reason: false },
      { kind: 'resolve', outcome: 'DISMISSED' },
      { kind: 'move', who: 'super', move: 'APPROVE', reason: false },
      { kind: 'move', who: 'qingdao', move: 'PUBLISH', reason: false },
      { kind: 'consent' },
      { kind: 'move', who: 'qingdao', move: 'PUBLISH', reason: false },
      { kind: 'move', who: 'qingdao', move: 'REVOKE', reason: true },
    ]);
    const last = await prisma.honorNomination.findFirstOrThrow({
      where: { name: `随机${serial}` },
      include: { award: true },
    });
    expect(last.state).toBe('REVOKED');
    expect(last.award?.revokedAt).not.toBeNull();
  });
});
