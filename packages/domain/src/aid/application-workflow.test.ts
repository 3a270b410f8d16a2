import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Fen } from '../shared/money.js';
import {
  AID_APPLICATION_MOVE_LABELS,
  AID_APPLICATION_MOVES,
  AID_APPLICATION_RULES,
  AID_APPLICATION_STATE_LABELS,
  AID_APPLICATION_STATES,
  AID_APPLICATION_TRANSITIONS,
  type AidActor,
  type AidApplicationFacts,
  type AidApplicationMove,
  type AidApplicationState,
  type AidMoveContext,
  type AidWorkflowSettings,
  aidMovesFor,
  approversNeeded,
  availableAidApplicationMoves,
  checkAidApplicationMove,
  isFinalAidApplicationState,
} from './application-workflow.js';

const d = (text: string) => text as CalendarDate;
const fen = (n: number) => n as Fen;

const creator: AidActor = { userId: 'u-creator', permissions: ['aid.process', 'aid.approve'] };
const clerk: AidActor = { userId: 'u-clerk', permissions: ['aid.process'] };
const approverA: AidActor = { userId: 'u-approver-a', permissions: ['aid.approve'] };
const approverB: AidActor = { userId: 'u-approver-b', permissions: ['aid.approve'] };
const settings: AidWorkflowSettings = {
  secondApprovalAboveFen: fen(200_000),
  publicNoticeRequired: false,
};
const ctx: AidMoveContext = { today: d('2026-12-10'), reason: null };

function app(state: AidApplicationState, overrides: Partial<AidApplicationFacts> = {}) {
  return {
    state,
    createdBy: 'u-creator',
    applicantUserId: null,
    amount: fen(50_000),
    approvals: [],
    ...overrides,
  } satisfies AidApplicationFacts;
}

function rules(result: ReturnType<typeof checkAidApplicationMove>): string[] {
  return result.ok ? [] : result.error.map((e) => e.rule);
}

describe('the aid application catalogue', () => {
  it('labels every state and move in Chinese', () => {
    expect(Object.keys(AID_APPLICATION_STATE_LABELS).sort()).toEqual(
      [...AID_APPLICATION_STATES].sort(),
    );
    expect(Object.keys(AID_APPLICATION_MOVE_LABELS).sort()).toEqual(
      [...AID_APPLICATION_MOVES].sort(),
    );
  });

  it('has one transition per state and move', () => {
    const keys = AID_APPLICATION_TRANSITIONS.map((tr) => `${tr.from}/${tr.move}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each<[AidApplicationState, AidApplicationMove[]]>([
    ['SUBMITTED', ['GRASSROOTS_REVIEW', 'RETURN', 'REJECT']],
    ['GRASSROOTS_REVIEWED', ['DISTRICT_REVIEW', 'RETURN', 'REJECT']],
    ['DISTRICT_REVIEWED', ['APPROVE', 'RETURN', 'REJECT']],
    ['APPROVED', ['DISBURSE', 'REJECT']],
    ['RETURNED', ['RESUBMIT', 'REJECT']],
    ['DISBURSED', []],
    ['REJECTED', []],
  ])('from %s the moves are %j', (state, moves) => {
    expect(availableAidApplicationMoves(state)).toEqual(moves);
    expect(isFinalAidApplicationState(state)).toBe(moves.length === 0);
  });

  it.each([
    [199_999, 1],
    [200_000, 1],
    [200_001, 2],
  ])('an amount of %i fen needs %i approver(s) at a 2,000 元 threshold', (amount, needed) => {
    expect(approversNeeded(fen(amount), settings)).toBe(needed);
  });
});

describe('checkAidApplicationMove: table', () => {
  it.each<[string, AidApplicationState, AidApplicationMove, AidActor, AidMoveContext, string[]]>([
    ['clerk reviews', 'SUBMITTED', 'GRASSROOTS_REVIEW', clerk, ctx, []],
    [
      'creator reviews own',
      'SUBMITTED',
      'GRASSROOTS_REVIEW',
      creator,
      ctx,
      ['AID_APPLICATION_SELF_REVIEW'],
    ],
    [
      'approver lacks aid.process',
      'SUBMITTED',
      'GRASSROOTS_REVIEW',
      approverA,
      ctx,
      ['AID_APPLICATION_PERMISSION'],
    ],
    ['district review', 'GRASSROOTS_REVIEWED', 'DISTRICT_REVIEW', clerk, ctx, []],
    [
      'creator district-reviews own',
      'GRASSROOTS_REVIEWED',
      'DISTRICT_REVIEW',
      creator,
      ctx,
      ['AID_APPLICATION_SELF_REVIEW'],
    ],
    ['approve', 'DISTRICT_REVIEWED', 'APPROVE', approverA, ctx, []],
    ['clerk approves', 'DISTRICT_REVIEWED', 'APPROVE', clerk, ctx, ['AID_APPLICATION_PERMISSION']],
    [
      'creator approves own',
      'DISTRICT_REVIEWED',
      'APPROVE',
      creator,
      ctx,
      ['AID_APPLICATION_SELF_REVIEW'],
    ],
    [
      'skip the district review',
      'GRASSROOTS_REVIEWED',
      'APPROVE',
      approverA,
      ctx,
      ['AID_APPLICATION_MOVE_NOT_ALLOWED'],
    ],
    [
      'return without reason',
      'SUBMITTED',
      'RETURN',
      creator,
      ctx,
      ['AID_APPLICATION_REASON_REQUIRED'],
    ],
    [
      'return with reason',
      'SUBMITTED',
      'RETURN',
      creator,
      { ...ctx, reason: '缺医疗费用票据' },
      [],
    ],
    [
      'reject after district review needs aid.approve',
      'DISTRICT_REVIEWED',
      'REJECT',
      clerk,
      { ...ctx, reason: '收入超标' },
      ['AID_APPLICATION_PERMISSION'],
    ],
    ['reject approved', 'APPROVED', 'REJECT', approverA, { ...ctx, reason: '核实有两套住房' }, []],
    [
      'bare DISBURSE move',
      'APPROVED',
      'DISBURSE',
      clerk,
      ctx,
      ['AID_APPLICATION_DISBURSE_VIA_LEDGER'],
    ],
    [
      'disburse via the ledger',
      'APPROVED',
      'DISBURSE',
      clerk,
      { ...ctx, viaDisbursement: true },
      [],
    ],
    [
      'creator disburses own',
      'APPROVED',
      'DISBURSE',
      creator,
      { ...ctx, viaDisbursement: true },
      ['AID_APPLICATION_SELF_REVIEW'],
    ],
    [
      'after disbursement',
      'DISBURSED',
      'REJECT',
      approverA,
      { ...ctx, reason: 'x' },
      ['AID_APPLICATION_FINAL'],
    ],
    ['after rejection', 'REJECTED', 'RESUBMIT', clerk, ctx, ['AID_APPLICATION_FINAL']],
    ['resubmit', 'RETURNED', 'RESUBMIT', creator, ctx, []],
  ])('%s', (_name, state, move, actor, context, expected) => {
    expect(rules(checkAidApplicationMove(app(state), move, actor, settings, context))).toEqual(
      expected,
    );
  });

  it('refuses the applicant acting on their own application', () => {
    const result = checkAidApplicationMove(
      app('SUBMITTED', { applicantUserId: 'u-clerk' }),
      'GRASSROOTS_REVIEW',
      clerk,
      settings,
      ctx,
    );
    expect(rules(result)).toEqual([AID_APPLICATION_RULES.APPLICANT_ACTS]);
  });

  it('needs a second, different approver above the threshold', () => {
    const big = app('DISTRICT_REVIEWED', { amount: fen(300_000) });
    const first = checkAidApplicationMove(big, 'APPROVE', approverA, settings, ctx);
    expect(first).toEqual({
      ok: true,
      value: { state: 'DISTRICT_REVIEWED', approvalRecorded: true, approvalsStillNeeded: 1 },
    });
    const again = { ...big, approvals: ['u-approver-a'] };
    expect(rules(checkAidApplicationMove(again, 'APPROVE', approverA, settings, ctx))).toEqual([
      AID_APPLICATION_RULES.SAME_APPROVER,
    ]);
    expect(checkAidApplicationMove(again, 'APPROVE', approverB, settings, ctx)).toEqual({
      ok: true,
      value: { state: 'APPROVED', approvalRecorded: true, approvalsStillNeeded: 0 },
    });
  });

  it('waits for the public notice to end when the program requires one', () => {
    const noticed: AidWorkflowSettings = { ...settings, publicNoticeRequired: true };
    const a = app('DISTRICT_REVIEWED');
    const notice = { startsOn: d('2026-12-01'), endsOn: d('2026-12-05') };
    expect(rules(checkAidApplicationMove(a, 'APPROVE', approverA, noticed, ctx))).toEqual([
      AID_APPLICATION_RULES.NOTICE_NOT_STARTED,
    ]);
    expect(
      rules(
        checkAidApplicationMove(a, 'APPROVE', approverA, noticed, {
          ...ctx,
          today: d('2026-12-05'),
          notice,
        }),
      ),
    ).toEqual([AID_APPLICATION_RULES.NOTICE_RUNNING]);
    expect(
      checkAidApplicationMove(a, 'APPROVE', approverA, noticed, {
        ...ctx,
        today: d('2026-12-06'),
        notice,
      }).ok,
    ).toBe(true);
  });

  it('lists the moves an actor may make', () => {
    expect(aidMovesFor(app('SUBMITTED'), clerk, settings, ctx)).toEqual([
      'GRASSROOTS_REVIEW',
      'RETURN',
      'REJECT',
    ]);
    expect(aidMovesFor(app('SUBMITTED'), creator, settings, ctx)).toEqual(['RETURN', 'REJECT']);
    expect(aidMovesFor(app('SUBMITTED'), approverA, settings, ctx)).toEqual([]);
  });
});

describe('checkAidApplicationMove: random sequences (property)', () => {
  const actors: AidActor[] = [
    creator,
    clerk,
    approverA,
    approverB,
    { userId: 'u-nobody', permissions: [] },
  ];

  it('never reaches an illegal state', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            move: fc.constantFrom(...AID_APPLICATION_MOVES),
            actor: fc.constantFrom(...actors),
            reason: fc.option(fc.constantFrom('', '  ', '缺材料'), { nil: null }),
            via: fc.boolean(),
            after: fc.boolean(),
          }),
          { maxLength: 30 },
        ),
        fc.integer({ min: 1, max: 500_000 }),
        fc.boolean(),
        (steps, amount, noticeRequired) => {
          const s: AidWorkflowSettings = {
            secondApprovalAboveFen: fen(200_000),
            publicNoticeRequired: noticeRequired,
          };
          const notice = { startsOn: d('2026-12-01'), endsOn: d('2026-12-05') };
          let facts: AidApplicationFacts = app('SUBMITTED', { amount: fen(amount) });
          const history: AidApplicationState[] = [facts.state];
          let approvedBy: string[] = [];
          for (const step of steps) {
            const result = checkAidApplicationMove(facts, step.move, step.actor, s, {
              today: step.after ? d('2026-12-06') : d('2026-12-03'),
              notice,
              reason: step.reason,
              viaDisbursement: step.via,
            });
            if (!result.ok) {
              expect(result.error.length).toBeGreaterThan(0);
              continue;
            }
            const transition = AID_APPLICATION_TRANSITIONS.find(
              (tr) => tr.from === facts.state && tr.move === step.move,
            );
            expect(transition).toBeDefined();
            expect(step.actor.permissions).toContain(transition?.permission);
            if (transition?.independent) expect(step.actor.userId).not.toBe('u-creator');
            if (transition?.reasonRequired) expect((step.reason ?? '').trim()).not.toBe('');
            let approvals = facts.approvals;
            if (result.value.approvalRecorded) approvals = [...approvals, step.actor.userId];
            if (result.value.state === 'RETURNED') approvals = [];
            if (result.value.state === 'APPROVED') approvedBy = [...approvals];
            facts = { ...facts, state: result.value.state, approvals };
            history.push(facts.state);
          }
          // Every state reached is a state; the order of the main line is respected.
          for (const state of history) expect(AID_APPLICATION_STATES).toContain(state);
          const firstDisbursed = history.indexOf('DISBURSED');
          if (firstDisbursed >= 0) {
            expect(history.slice(0, firstDisbursed)).toContain('APPROVED');
            expect(history.slice(firstDisbursed)).toEqual(
              history.slice(firstDisbursed).map(() => 'DISBURSED'),
            );
          }
          if (history.includes('APPROVED')) {
            expect(history).toContain('DISTRICT_REVIEWED');
            expect(approvedBy).not.toContain('u-creator');
            expect(new Set(approvedBy).size).toBe(approvedBy.length);
            expect(approvedBy.length).toBeGreaterThanOrEqual(amount > 200_000 ? 2 : 1);
          }
          const firstRejected = history.indexOf('REJECTED');
          if (firstRejected >= 0) {
            expect(new Set(history.slice(firstRejected))).toEqual(new Set(['REJECTED']));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
