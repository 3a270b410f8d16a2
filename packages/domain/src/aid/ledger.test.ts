import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fen } from '../shared/money.js';
import {
  AID_LEDGER_RULES,
  type AidLedgerTransaction,
  allocationEntries,
  disbursementEntries,
  entriesTotal,
  isLedgerBalanced,
  ledgerAccountKey,
  ledgerBalances,
  ledgerTransactionIssues,
  reversalEntries,
} from './ledger.js';

const fen = (n: number) => n as Fen;

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('ledger entries', () => {
  it('allocates from the union funds to the budget, pays from the budget to the recipient', () => {
    expect(unwrap(allocationEntries('u1', 'b1', fen(1_000_000)))).toEqual([
      { account: { kind: 'UNION_FUNDS', ref: 'u1' }, amount: -1_000_000 },
      { account: { kind: 'BUDGET', ref: 'b1' }, amount: 1_000_000 },
    ]);
    expect(unwrap(disbursementEntries('b1', 'a1', fen(50_000)))).toEqual([
      { account: { kind: 'BUDGET', ref: 'b1' }, amount: -50_000 },
      { account: { kind: 'RECIPIENT', ref: 'a1' }, amount: 50_000 },
    ]);
  });

  it.each([0, -1])('refuses an amount of %i', (amount) => {
    const result = disbursementEntries('b1', 'a1', fen(amount));
    expect(result.ok ? [] : result.error.map((e) => e.rule)).toEqual([
      AID_LEDGER_RULES.AMOUNT_NOT_POSITIVE,
    ]);
  });

  it.each([
    [[], ['AID_LEDGER_EMPTY']],
    [
      [{ account: { kind: 'BUDGET', ref: 'b' }, amount: 5 }],
      ['AID_LEDGER_EMPTY', 'AID_LEDGER_UNBALANCED'],
    ],
    [
      [
        { account: { kind: 'BUDGET', ref: 'b' }, amount: -5 },
        { account: { kind: 'RECIPIENT', ref: 'a' }, amount: 4 },
      ],
      ['AID_LEDGER_UNBALANCED'],
    ],
    [
      [
        { account: { kind: 'BUDGET', ref: 'b' }, amount: -5 },
        { account: { kind: 'RECIPIENT', ref: 'a' }, amount: 5 },
        { account: { kind: 'RECIPIENT', ref: 'c' }, amount: 0 },
      ],
      ['AID_LEDGER_ZERO_ENTRY'],
    ],
  ] as const)('checks %j', (entries, expected) => {
    expect(ledgerTransactionIssues(entries as never).map((e) => e.rule)).toEqual(expected);
  });

  it('reverses a transaction once, and never a reversal', () => {
    const pay: AidLedgerTransaction = {
      id: 't1',
      kind: 'DISBURSEMENT',
      entries: unwrap(disbursementEntries('b1', 'a1', fen(50_000))),
      reverses: null,
    };
    const reversal: AidLedgerTransaction = {
      id: 't2',
      kind: 'REVERSAL',
      entries: unwrap(reversalEntries(pay, [pay])),
      reverses: 't1',
    };
    expect(reversal.entries.map((e) => e.amount)).toEqual([50_000, -50_000]);
    const again = reversalEntries(pay, [pay, reversal]);
    expect(again.ok ? [] : again.error.map((e) => e.rule)).toEqual([
      AID_LEDGER_RULES.ALREADY_REVERSED,
    ]);
    const ofReversal = reversalEntries(reversal, [pay, reversal]);
    expect(ofReversal.ok ? [] : ofReversal.error.map((e) => e.rule)).toEqual([
      AID_LEDGER_RULES.REVERSING_REVERSAL,
    ]);
    const balances = ledgerBalances([pay, reversal]);
    expect(balances.get('BUDGET:b1')).toBe(0n);
    expect(balances.get('RECIPIENT:a1')).toBe(0n);
    expect(ledgerAccountKey({ kind: 'BUDGET', ref: 'b1' })).toBe('BUDGET:b1');
  });
});

describe('the ledger always balances (property)', () => {
  it('over random allocations, payments and reversals', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({
              op: fc.constant('allocate' as const),
              amount: fc.integer({ min: -10, max: 10_000_000 }),
            }),
            fc.record({
              op: fc.constant('pay' as const),
              amount: fc.integer({ min: -10, max: 1_000_000 }),
              app: fc.integer({ min: 1, max: 5 }),
            }),
            fc.record({ op: fc.constant('reverse' as const), index: fc.nat() }),
          ),
          { maxLength: 60 },
        ),
        (ops) => {
          const ledger: AidLedgerTransaction[] = [];
          let allocated = 0;
          let paid = 0;
          for (const op of ops) {
            const id = `t${ledger.length}`;
            if (op.op === 'allocate') {
              const result = allocationEntries('u1', 'b1', fen(op.amount));
              if (result.ok) {
                ledger.push({ id, kind: 'ALLOCATION', entries: result.value, reverses: null });
                allocated += op.amount;
              }
            } else if (op.op === 'pay') {
              const result = disbursementEntries('b1', `a${op.app}`, fen(op.amount));
              if (result.ok) {
                ledger.push({ id, kind: 'DISBURSEMENT', entries: result.value, reverses: null });
                paid += op.amount;
              }
            } else if (ledger.length > 0) {
              const original = ledger[op.index % ledger.length] as AidLedgerTransaction;
              const result = reversalEntries(original, ledger);
              if (result.ok) {
                ledger.push({ id, kind: 'REVERSAL', entries: result.value, reverses: original.id });
                if (original.kind === 'ALLOCATION')
                  allocated -= Number(entriesTotal(original.entries.slice(1)));
                if (original.kind === 'DISBURSEMENT')
                  paid -= Number(entriesTotal(original.entries.slice(1)));
              }
            }
            expect(isLedgerBalanced(ledger)).toBe(true);
            for (const tx of ledger) expect(ledgerTransactionIssues(tx.entries)).toEqual([]);
          }
          const balances = ledgerBalances(ledger);
          let total = 0n;
          for (const value of balances.values()) total += value;
          expect(total).toBe(0n);
          expect(balances.get('BUDGET:b1') ?? 0n).toBe(BigInt(allocated - paid));
          // Each transaction is reversed at most once.
          const reversed = ledger.filter((tx) => tx.reverses !== null).map((tx) => tx.reverses);
          expect(new Set(reversed).size).toBe(reversed.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
