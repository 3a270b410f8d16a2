import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, parseCalendarDate } from '../shared/calendar-date.js';
import type { FieldError } from '../shared/domain-error.js';
import type { Result } from '../shared/result.js';
import {
  availableNominationMoves,
  type Consent,
  checkConsent,
  checkNominationMove,
  HONOR_PERMISSION_LABELS,
  HONOR_PERMISSIONS,
  type HonorPermission,
  isFinalNominationState,
  isHonorPermission,
  NOMINATION_MOVE_LABELS,
  NOMINATION_MOVES,
  NOMINATION_RULES,
  NOMINATION_STATE_LABELS,
  NOMINATION_STATES,
  NOMINATION_TRANSITIONS,
  type Nomination,
  type NominationActor,
  type NominationMove,
  type NominationMoveContext,
  type NominationState,
  nominationDeadlineIssues,
  nominationTransition,
  publicProfileScopes,
} from './nomination.js';
import { type Objection, PUBLIC_NOTICE_RULES, type PublicNoticePeriod } from './public-notice.js';

function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

function rulesOf<T>(result: Result<T, FieldError[]>): string[] {
  return result.ok ? [] : result.error.map((error) => error.rule);
}

const d = (text: string): CalendarDate => unwrap(parseCalendarDate(text));

const ALL: readonly HonorPermission[] = HONOR_PERMISSIONS;
const nominator: NominationActor = { userId: 'u-nominator', permissions: ['honor.nominate'] };
const reviewer: NominationActor = { userId: 'u-reviewer', permissions: ['honor.review'] };
const approver: NominationActor = { userId: 'u-approver', permissions: ['honor.approve'] };
const publisher: NominationActor = { userId: 'u-publisher', permissions: ['honor.publish'] };
const revoker: NominationActor = { userId: 'u-revoker', permissions: ['honor.revoke'] };
const admin: NominationActor = { userId: 'u-admin', permissions: ALL };

const notice: PublicNoticePeriod = { startsOn: d('2026-04-27'), endsOn: d('2026-05-06') };
const consent: Consent = {
  givenBy: '王建国',
  givenOn: d('2026-03-01'),
  scopes: ['NAME', 'PHOTO', 'STORY'],
  withdrawnOn: null,
};
const afterNotice: NominationMoveContext = {
  today: d('2026-05-07'),
  notice,
  objections: [],
  consent,
  reason: null,
};

function nomination(state: NominationState, overrides: Partial<Nomination> = {}): Nomination {
  return {
    state,
    subject: 'PERSON',
    nominatedBy: 'u-nominator',
    submittedBy: state === 'DRAFT' ? null : 'u-nominator',
    nomineeUserId: null,
    ...overrides,
  };
}

describe('the nomination catalogue', () => {
  it('has Chinese labels for every state, move and permission', () => {
    expect(Object.keys(NOMINATION_STATE_LABELS).sort()).toEqual([...NOMINATION_STATES].sort());
    expect(Object.keys(NOMINATION_MOVE_LABELS).sort()).toEqual([...NOMINATION_MOVES].sort());
    expect(Object.keys(HONOR_PERMISSION_LABELS).sort()).toEqual([...HONOR_PERMISSIONS].sort());
  });

  it('declares the five honor permissions', () => {
    expect(HONOR_PERMISSIONS).toEqual([
      'honor.nominate',
      'honor.review',
      'honor.approve',
      'honor.publish',
      'honor.revoke',
    ]);
    expect(isHonorPermission('honor.approve')).toBe(true);
    expect(isHonorPermission('honor.read')).toBe(false);
  });

  it('has one transition per state and move', () => {
    const keys = NOMINATION_TRANSITIONS.map((t) => `${t.from}/${t.move}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each<[NominationState, NominationMove[]]>([
    ['DRAFT', ['SUBMIT', 'WITHDRAW']],
    ['SUBMITTED', ['QUALIFY', 'REJECT', 'WITHDRAW']],
    ['QUALIFIED', ['START_NOTICE', 'REJECT', 'WITHDRAW']],
    ['PUBLIC_NOTICE', ['APPROVE', 'REJECT', 'WITHDRAW']],
    ['APPROVED', ['PUBLISH', 'REJECT']],
    ['PUBLISHED', ['REVOKE']],
    ['REJECTED', []],
    ['WITHDRAWN', []],
    ['REVOKED', []],
  ])('from %s the moves are %j', (state, moves) => {
    expect(availableNominationMoves(state)).toEqual(moves);
    expect(isFinalNominationState(state)).toBe(moves.length === 0);
  });
});

describe('checkNominationMove: the happy path', () => {
  it('goes DRAFT → … → PUBLISHED → REVOKED with separate staff', () => {
    const steps: [NominationMove, NominationActor, NominationMoveContext, NominationState][] = [
      ['SUBMIT', nominator, { today: d('2026-04-01') }, 'SUBMITTED'],
      ['QUALIFY', reviewer, { today: d('2026-04-10') }, 'QUALIFIED'],
      ['START_NOTICE', reviewer, { today: d('2026-04-24'), notice }, 'PUBLIC_NOTICE'],
      ['APPROVE', approver, afterNotice, 'APPROVED'],
      ['PUBLISH', publisher, afterNotice, 'PUBLISHED'],
      ['REVOKE', revoker, { today: d('2026-09-01'), reason: '弄虚作假骗取荣誉' }, 'REVOKED'],
    ];
    let current = nomination('DRAFT');
    for (const [move, actor, context, expected] of steps) {
      const next = unwrap(checkNominationMove(current, move, actor, context));
      expect(next).toBe(expected);
      current = {
        ...current,
        state: next,
        submittedBy: move === 'SUBMIT' ? actor.userId : current.submittedBy,
      };
    }
  });

  it('lets a different submitter be refused too: both nominator and submitter stand aside', () => {
    const n = nomination('SUBMITTED', { submittedBy: 'u-submitter' });
    const submitter: NominationActor = { userId: 'u-submitter', permissions: ALL };
    expect(rulesOf(checkNominationMove(n, 'QUALIFY', submitter, afterNotice))).toEqual([
      NOMINATION_RULES.SELF_APPROVAL,
    ]);
    expect(checkNominationMove(n, 'QUALIFY', admin, afterNotice)).toEqual({
      ok: true,
      value: 'QUALIFIED',
    });
  });
});

describe('checkNominationMove: refusals', () => {
  it.each<[NominationState, NominationMove, string]>([
    ['DRAFT', 'APPROVE', NOMINATION_RULES.MOVE_NOT_ALLOWED],
    ['DRAFT', 'PUBLISH', NOMINATION_RULES.MOVE_NOT_ALLOWED],
    ['SUBMITTED', 'START_NOTICE', NOMINATION_RULES.MOVE_NOT_ALLOWED],
    ['QUALIFIED', 'APPROVE', NOMINATION_RULES.MOVE_NOT_ALLOWED],
    ['APPROVED', 'WITHDRAW', NOMINATION_RULES.MOVE_NOT_ALLOWED],
    ['PUBLISHED', 'REJECT', NOMINATION_RULES.MOVE_NOT_ALLOWED],
    ['PUBLISHED', 'WITHDRAW', NOMINATION_RULES.MOVE_NOT_ALLOWED],
    ['REJECTED', 'SUBMIT', NOMINATION_RULES.FINAL],
    ['WITHDRAWN', 'SUBMIT', NOMINATION_RULES.FINAL],
    ['REVOKED', 'PUBLISH', NOMINATION_RULES.FINAL],
  ])('refuses %s → %s (%s) and gives only that reason', (state, move, rule) => {
    const result = checkNominationMove(nomination(state), move, nominator, {
      today: d('2026-05-07'),
    });
    expect(rulesOf(result)).toEqual([rule]);
  });

  it('names the state and the move', () => {
    const result = checkNominationMove(nomination('DRAFT'), 'APPROVE', admin, afterNotice);
    expect(result.ok ? '' : result.error[0]?.message).toBe('推荐状态为「草稿」时不能「审批通过」');
  });

  it.each<[NominationState, NominationMove, NominationActor]>([
    ['DRAFT', 'SUBMIT', reviewer],
    ['SUBMITTED', 'QUALIFY', approver],
    ['QUALIFIED', 'START_NOTICE', nominator],
    ['PUBLIC_NOTICE', 'APPROVE', reviewer],
    ['APPROVED', 'PUBLISH', approver],
    ['PUBLISHED', 'REVOKE', publisher],
    ['SUBMITTED', 'REJECT', approver],
    ['PUBLIC_NOTICE', 'REJECT', reviewer],
    ['QUALIFIED', 'WITHDRAW', reviewer],
  ])('refuses %s → %s without the permission', (state, move, actor) => {
    const result = checkNominationMove(nomination(state), move, actor, {
      ...afterNotice,
      reason: '材料不实',
    });
    expect(rulesOf(result)).toEqual([NOMINATION_RULES.PERMISSION]);
  });

  it.each<NominationMove>(['QUALIFY', 'APPROVE', 'PUBLISH'])(
    'refuses self-approval: the nominator may not %s their own nomination',
    (move) => {
      const from = NOMINATION_TRANSITIONS.find((t) => t.move === move)?.from ?? 'DRAFT';
      const self: NominationActor = { userId: 'u-nominator', permissions: ALL };
      const result = checkNominationMove(nomination(from), move, self, afterNotice);
      expect(rulesOf(result)).toEqual([NOMINATION_RULES.SELF_APPROVAL]);
    },
  );

  it('lets the nominator withdraw or reject their own nomination', () => {
    const self: NominationActor = { userId: 'u-nominator', permissions: ALL };
    expect(checkNominationMove(nomination('SUBMITTED'), 'WITHDRAW', self, afterNotice).ok).toBe(
      true,
    );
    expect(
      checkNominationMove(nomination('SUBMITTED'), 'REJECT', self, {
        ...afterNotice,
        reason: '材料不全',
      }).ok,
    ).toBe(true);
  });

  it('keeps the nominee out of their own nomination, except to withdraw', () => {
    const n = nomination('PUBLIC_NOTICE', { nomineeUserId: 'u-admin' });
    expect(rulesOf(checkNominationMove(n, 'APPROVE', admin, afterNotice))).toEqual([
      NOMINATION_RULES.NOMINEE_ACTS,
    ]);
    expect(checkNominationMove(n, 'WITHDRAW', admin, afterNotice).ok).toBe(true);
  });

  it.each<[NominationState, NominationMove]>([
    ['SUBMITTED', 'REJECT'],
    ['APPROVED', 'REJECT'],
    ['PUBLISHED', 'REVOKE'],
  ])('needs a reason for %s → %s', (state, move) => {
    for (const reason of [null, undefined, '', '   ']) {
      const result = checkNominationMove(nomination(state), move, admin, {
        ...afterNotice,
        reason,
      });
      expect(rulesOf(result)).toEqual([NOMINATION_RULES.REASON_REQUIRED]);
    }
    expect(
      checkNominationMove(nomination(state), move, admin, { ...afterNotice, reason: '事迹失实' })
        .ok,
    ).toBe(true);
  });

  it('needs the notice to start or approve', () => {
    for (const [state, move] of [
      ['QUALIFIED', 'START_NOTICE'],
      ['PUBLIC_NOTICE', 'APPROVE'],
    ] as const) {
      const result = checkNominationMove(nomination(state), move, admin, {
        today: d('2026-05-07'),
      });
      expect(rulesOf(result)).toEqual([NOMINATION_RULES.NOTICE_MISSING]);
    }
  });

  it('refuses approval during the notice or with an open objection — with every reason', () => {
    const open: Objection = {
      id: 'o1',
      receivedOn: d('2026-04-29'),
      state: 'OPEN',
      resolution: null,
      resolvedBy: null,
      resolvedOn: null,
    };
    const self: NominationActor = { userId: 'u-nominator', permissions: ['honor.review'] };
    const result = checkNominationMove(nomination('PUBLIC_NOTICE'), 'APPROVE', self, {
      today: d('2026-05-06'),
      notice,
      objections: [open],
    });
    expect(rulesOf(result)).toEqual([
      NOMINATION_RULES.PERMISSION,
      NOMINATION_RULES.SELF_APPROVAL,
      PUBLIC_NOTICE_RULES.NOT_ENDED,
      PUBLIC_NOTICE_RULES.OBJECTION_OPEN,
    ]);
    const dismissed: Objection = {
      ...open,
      state: 'DISMISSED',
      resolution: '不属实',
      resolvedBy: 'u-reviewer',
      resolvedOn: d('2026-04-30'),
    };
    expect(
      checkNominationMove(nomination('PUBLIC_NOTICE'), 'APPROVE', approver, {
        ...afterNotice,
        objections: [dismissed],
      }),
    ).toEqual({ ok: true, value: 'APPROVED' });
  });
});

describe('the nomination deadline (推荐截止日期)', () => {
  it.each([
    ['2026-03-30', true],
    ['2026-03-31', true],
    ['2026-04-01', false],
  ])('submitting on %s against a 2026-03-31 deadline is allowed: %s', (today, allowed) => {
    const result = checkNominationMove(nomination('DRAFT'), 'SUBMIT', nominator, {
      today: d(today),
      nominationDeadline: d('2026-03-31'),
    });
    expect(result.ok).toBe(allowed);
    if (!allowed) {
      expect(rulesOf(result)).toEqual([NOMINATION_RULES.DEADLINE_PASSED]);
      expect(result.ok ? '' : result.error[0]?.message).toBe(
        '推荐截止日期（2026-03-31）已过，不能再报送',
      );
    }
  });

  it('binds only SUBMIT: the later steps run after the deadline', () => {
    expect(nominationDeadlineIssues(null, d('2030-01-01'))).toEqual([]);
    const late = { ...afterNotice, nominationDeadline: d('2020-01-01') };
    const result = checkNominationMove(nomination('PUBLIC_NOTICE'), 'APPROVE', approver, late);
    expect(result.ok).toBe(true);
  });
});

describe('consent to publish', () => {
  it('is required to publish a person, not a team or an employer', () => {
    const noConsent = { ...afterNotice, consent: null };
    expect(
      rulesOf(checkNominationMove(nomination('APPROVED'), 'PUBLISH', publisher, noConsent)),
    ).toEqual([NOMINATION_RULES.CONSENT_MISSING]);
    for (const subject of ['COLLECTIVE', 'ORGANIZATION'] as const) {
      expect(
        checkNominationMove(nomination('APPROVED', { subject }), 'PUBLISH', publisher, noConsent),
      ).toEqual({ ok: true, value: 'PUBLISHED' });
    }
  });

  it.each<[string, Partial<Consent>, string[]]>([
    ['in force', {}, []],
    ['photo only', { scopes: ['PHOTO'] }, [NOMINATION_RULES.CONSENT_SCOPE]],
    ['withdrawn today', { withdrawnOn: d('2026-05-07') }, [NOMINATION_RULES.CONSENT_WITHDRAWN]],
    ['withdrawn tomorrow', { withdrawnOn: d('2026-05-08') }, []],
    ['dated tomorrow', { givenOn: d('2026-05-08') }, [NOMINATION_RULES.CONSENT_FUTURE]],
    ['with no giver', { givenBy: ' ' }, [NOMINATION_RULES.CONSENT_GIVER_EMPTY]],
  ])('checks a consent %s', (_name, overrides, rules) => {
    expect(rulesOf(checkConsent({ ...consent, ...overrides }, ['NAME'], d('2026-05-07')))).toEqual(
      rules,
    );
  });

  it('names each missing scope', () => {
    const result = checkConsent(
      { ...consent, scopes: ['NAME'] },
      ['NAME', 'PHOTO', 'STORY'],
      d('2026-05-07'),
    );
    expect(result.ok ? [] : result.error.map((e) => e.message)).toEqual([
      '本人未同意公开照片',
      '本人未同意公开事迹',
    ]);
  });

  it.each<[string, Consent | null, string[]]>([
    ['no consent', null, []],
    ['name and photo', { ...consent, scopes: ['PHOTO', 'NAME'] }, ['NAME', 'PHOTO']],
    ['photo without name', { ...consent, scopes: ['PHOTO', 'STORY'] }, []],
    ['withdrawn', { ...consent, withdrawnOn: d('2026-05-01') }, []],
    ['everything', consent, ['NAME', 'PHOTO', 'STORY']],
  ])('lets the public roll show, with %s: %j', (_name, given, scopes) => {
    expect(publicProfileScopes(given, d('2026-05-07'))).toEqual(scopes);
  });
});

describe('the state machine under random moves', () => {
  const staff: readonly NominationActor[] = [
    nominator,
    reviewer,
    approver,
    publisher,
    revoker,
    admin,
    { userId: 'u-nominator', permissions: ALL },
  ];
  const contextArb = fc.record({
    today: fc.constantFrom(d('2026-05-01'), d('2026-05-07')),
    notice: fc.constantFrom(notice, null),
    objections: fc.constant([] as Objection[]),
    consent: fc.constantFrom(consent, null),
    reason: fc.constantFrom('事迹失实', null),
  });
  // A step is either the forward move of the current state (7 in 10) or any move at all, so that
  // walks get past the early REJECT / WITHDRAW and reach PUBLISHED and REVOKED.
  const stepArb = fc.tuple(
    fc.integer({ min: 0, max: 9 }),
    fc.constantFrom(...NOMINATION_MOVES),
    fc.constantFrom(...staff),
    contextArb,
  );
  const moveOf = (state: NominationState, kind: number, any: NominationMove): NominationMove =>
    kind < 7 ? (availableNominationMoves(state)[0] ?? any) : any;

  it('follows the table, refuses every move it does not list, and never leaves a final state', () => {
    const reached = new Set<NominationState>();
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 20, maxLength: 80 }), (steps) => {
        let current = nomination('DRAFT');
        for (const [kind, any, actor, context] of steps) {
          const move = moveOf(current.state, kind, any);
          const transition = nominationTransition(current.state, move);
          const result = checkNominationMove(current, move, actor, context);
          if (transition === undefined) {
            expect(result.ok).toBe(false);
            continue;
          }
          const expectedOk =
            actor.permissions.includes(transition.permission) &&
            !(transition.independent && actor.userId === current.nominatedBy) &&
            (!transition.reasonRequired || context.reason !== null) &&
            (move !== 'START_NOTICE' || context.notice !== null) &&
            (move !== 'APPROVE' || (context.notice !== null && context.today > notice.endsOn)) &&
            (move !== 'PUBLISH' || context.consent !== null);
          expect(result.ok).toBe(expectedOk);
          if (!actor.permissions.includes(transition.permission)) {
            expect(rulesOf(result)).toContain(NOMINATION_RULES.PERMISSION);
          }
          if (transition.independent && actor.userId === current.nominatedBy) {
            expect(rulesOf(result)).toContain(NOMINATION_RULES.SELF_APPROVAL);
          }
          if (result.ok) {
            expect(result.value).toBe(transition.to);
            expect(isFinalNominationState(current.state)).toBe(false);
            current = { ...current, state: result.value };
            reached.add(result.value);
          }
        }
      }),
      { numRuns: 300 },
    );
    // The random walks do get through the whole workflow.
    expect([...reached].sort()).toEqual([...NOMINATION_STATES].filter((s) => s !== 'DRAFT').sort());
  });

  it('never publishes without consent, never approves before the notice ends', () => {
    fc.assert(
      fc.property(fc.constantFrom(...staff), contextArb, (actor, context) => {
        const publish = checkNominationMove(nomination('APPROVED'), 'PUBLISH', actor, context);
        if (context.consent === null) {
          expect(publish.ok).toBe(false);
        }
        const approve = checkNominationMove(nomination('PUBLIC_NOTICE'), 'APPROVE', actor, context);
        if (context.notice === null || context.today <= notice.endsOn) {
          expect(approve.ok).toBe(false);
        }
      }),
    );
  });
});
