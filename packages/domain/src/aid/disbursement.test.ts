import { describe, expect, it } from 'vitest';
import type { Fen } from '../shared/money.js';
import type { AidApplicationState } from './application-workflow.js';
import {
  AID_DISBURSEMENT_RULES,
  canonicalDisbursementPayload,
  checkDisbursement,
  checkIdempotencyKey,
  idempotencyDecision,
} from './disbursement.js';

const fen = (n: number) => n as Fen;

describe('idempotency', () => {
  it.each([
    ['0190a3c4-7b1e-7c3d-9a2b-1234567890ab', true],
    ['pay-2026-12-001', true],
    ['short', false],
    ['has space in it', false],
    ['x'.repeat(101), false],
  ])('key %s valid: %s', (key, valid) => {
    expect(checkIdempotencyKey(key).ok).toBe(valid);
  });

  it('decides NEW, REPLAY or CONFLICT', () => {
    expect(idempotencyDecision(null, 'h1')).toBe('NEW');
    expect(idempotencyDecision({ payloadHash: 'h1' }, 'h1')).toBe('REPLAY');
    expect(idempotencyDecision({ payloadHash: 'h1' }, 'h2')).toBe('CONFLICT');
  });

  it('writes a payload the same way whatever the key order', () => {
    expect(canonicalDisbursementPayload({ applicationId: 'a', amount: fen(5) })).toBe(
      '{"amount":5,"applicationId":"a"}',
    );
    expect(canonicalDisbursementPayload({ amount: fen(5), applicationId: 'a' } as never)).toBe(
      '{"amount":5,"applicationId":"a"}',
    );
  });
});

describe('checkDisbursement', () => {
  const base = {
    state: 'APPROVED' as AidApplicationState,
    approvedAmount: fen(50_000) as Fen | null,
    paidAmount: fen(0),
    amount: fen(50_000),
    budgetRemaining: fen(100_000),
  };
  it.each<[string, Partial<typeof base>, string[]]>([
    ['ok', {}, []],
    ['budget exactly enough', { budgetRemaining: fen(50_000) }, []],
    [
      'budget short by 1 fen',
      { budgetRemaining: fen(49_999) },
      [AID_DISBURSEMENT_RULES.BUDGET_INSUFFICIENT],
    ],
    ['above approved', { amount: fen(50_001) }, [AID_DISBURSEMENT_RULES.ABOVE_APPROVED]],
    [
      'already disbursed',
      { state: 'DISBURSED', paidAmount: fen(50_000) },
      [AID_DISBURSEMENT_RULES.ALREADY_DISBURSED, AID_DISBURSEMENT_RULES.ABOVE_APPROVED],
    ],
    [
      'not approved',
      { state: 'DISTRICT_REVIEWED', approvedAmount: null },
      [AID_DISBURSEMENT_RULES.NOT_APPROVED],
    ],
    ['zero', { amount: fen(0) }, [AID_DISBURSEMENT_RULES.AMOUNT_NOT_POSITIVE]],
  ])('%s', (_name, overrides, expected) => {
    const result = checkDisbursement({ ...base, ...overrides });
    expect(result.ok ? [] : result.error.map((e) => e.rule)).toEqual(expected);
  });
});
