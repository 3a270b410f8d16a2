import { describe, expect, it } from 'vitest';
import {
  aidApplicationPath,
  aidMoveButtons,
  aidMoveNeedsReason,
  budgetAgreesWithLedger,
  fenToYuan,
  newDisbursementKey,
  situationOf,
} from './applications-display';

describe('aid application display helpers', () => {
  it('formats fen as yuan', () => {
    expect(fenToYuan(150_000)).toBe('1,500.00');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(null)).toBe('—');
    expect(fenToYuan(1.5)).toBe('—');
    // A city budget above Int's 2^31 − 1 fen, to the fen.
    expect(fenToYuan(3_000_000_001)).toBe('30,000,000.01');
    expect(fenToYuan(Number.MAX_SAFE_INTEGER)).toBe('90,071,992,547,409.91');
    expect(fenToYuan(2 ** 53)).toBe('—');
  });

  it('offers moves in workflow order, never DISBURSE as a bare button', () => {
    expect(aidMoveButtons(['REJECT', 'DISBURSE', 'APPROVE', 'RETURN'])).toEqual([
      'APPROVE',
      'RETURN',
      'REJECT',
    ]);
    expect(aidMoveNeedsReason('RETURN')).toBe(true);
    expect(aidMoveNeedsReason('APPROVE')).toBe(false);
  });

  it('compares the budget with the ledger', () => {
    expect(budgetAgreesWithLedger({ remainingFen: 10, ledgerBalanceFen: 10 })).toBe(true);
    expect(budgetAgreesWithLedger({ remainingFen: 10, ledgerBalanceFen: 9 })).toBe(false);
  });

  it('makes disbursement keys the gateway accepts', () => {
    const key = newDisbursementKey(() => '0190a3c4-7b1e-7c3d-9a2b-1234567890ab');
    expect(key).toBe('disburse-0190a3c4-7b1e-7c3d-9a2b-1234567890ab');
    expect(key).toMatch(/^[A-Za-z0-9_.:-]{8,100}$/);
    expect(newDisbursementKey()).not.toBe(newDisbursementKey());
  });

  it('reads the situation from the explanation', () => {
    expect(situationOf({ situation: '重病' })).toBe('重病');
    expect(situationOf(null)).toBe('');
    expect(aidApplicationPath('a b')).toBe('/aid/applications/a%20b');
  });
});
