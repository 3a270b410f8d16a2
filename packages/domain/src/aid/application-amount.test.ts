import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { Fen } from '../shared/money.js';
import {
  APPLICATION_AMOUNT_RULES,
  applicationAmount,
  type EntitlementFacts,
  entitlementRequestFor,
  NO_HISTORY,
} from './application-amount.js';
import { computeEntitlement, type Entitlement } from './entitlement.js';
import { type AidProgram, type HardshipCategory, resolveHardshipRules } from './rule-set.js';
import { NATIONAL_DEFAULT_RULE_SET, QINGDAO_DEMO_RULE_SET } from './rule-set-presets.js';

const resolved = resolveHardshipRules(
  [NATIONAL_DEFAULT_RULE_SET, QINGDAO_DEMO_RULE_SET],
  '370202',
  '2025-06-01' as CalendarDate,
);
if (!resolved.ok) throw new Error(resolved.error.message);
const rules = resolved.value;

function entitlementOf(
  program: AidProgram,
  category: HardshipCategory | null,
  facts: EntitlementFacts,
  history = NO_HISTORY,
): Entitlement {
  const request = entitlementRequestFor(program, category, facts, history);
  if (!request.ok) throw new Error(JSON.stringify(request.error));
  const result = computeEntitlement(rules, request.value);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the inputs each program needs', () => {
  it.each([
    ['WINTER_RELIEF', null, {}, ['hardshipFileId']],
    ['EDUCATION_AID', 'DEEP', {}, ['facts.schoolLevel']],
    ['EDUCATION_AID', null, {}, ['hardshipFileId', 'facts.schoolLevel']],
    ['MEDICAL_AID', 'DEEP', { totalCostFen: 100 }, ['facts.insuranceReimbursedFen']],
    [
      'MEDICAL_AID',
      null,
      {},
      ['hardshipFileId', 'facts.totalCostFen', 'facts.insuranceReimbursedFen'],
    ],
    ['MUTUAL_MEDICAL', null, { enrolled: true }, ['facts.outOfPocketFen']],
    ['SUMMER_COOLING', null, {}, ['facts.outdoorWorker']],
  ] as const)(
    '%s with category %s and %j is refused naming %j',
    (program, category, facts, fields) => {
      const request = entitlementRequestFor(program, category, facts, NO_HISTORY);
      expect(request.ok).toBe(false);
      if (request.ok) return;
      expect(request.error.map((issue) => issue.field)).toEqual(fields);
      expect(request.error.every((issue) => issue.message.length > 0)).toBe(true);
      expect(request.error.map((issue) => issue.rule)).toEqual(
        fields.map((field) =>
          field === 'hardshipFileId'
            ? APPLICATION_AMOUNT_RULES.FILE_REQUIRED
            : APPLICATION_AMOUNT_RULES.INPUT_MISSING,
        ),
      );
    },
  );

  it('needs no hardship file for mutual medical protection and summer cooling', () => {
    expect(entitlementOf('SUMMER_COOLING', null, { outdoorWorker: true }).eligible).toBe(true);
    expect(
      entitlementOf('MUTUAL_MEDICAL', null, { enrolled: true, outOfPocketFen: 500_000 }).eligible,
    ).toBe(true);
  });

  it('counts this year’s earlier medical aid against the yearly cap', () => {
    const facts = { totalCostFen: 10_000_000, insuranceReimbursedFen: 0 };
    const first = entitlementOf('MEDICAL_AID', 'DEEP', facts);
    const later = entitlementOf('MEDICAL_AID', 'DEEP', facts, {
      ...NO_HISTORY,
      medicalAidGrantedThisYear: first.amount,
    });
    expect(first.amount).toBeGreaterThan(0);
    expect(later.eligible).toBe(false);
  });
});

describe('the amount applied for', () => {
  const winter = entitlementOf('WINTER_RELIEF', 'DEEP', {});

  it('is the entitlement without a reduction', () => {
    const amount = applicationAmount(winter, null);
    expect(amount).toEqual({
      ok: true,
      value: {
        amount: winter.amount,
        entitlement: winter.amount,
        reduction: 0,
        reductionReason: null,
      },
    });
  });

  it('is refused with the entitlement’s reasons when the household is not entitled', () => {
    const none = entitlementOf('WINTER_RELIEF', 'NONE', {});
    const amount = applicationAmount(none, null);
    expect(amount.ok).toBe(false);
    if (amount.ok) return;
    expect(amount.error[0]).toMatchObject({ field: 'amount', rule: 'AID_NOT_ENTITLED' });
    expect(amount.error.map((issue) => issue.message)).toEqual(none.reasons);
  });

  it.each([
    [0, '家中已获其他救助', 'reduction.amountFen'],
    [-100, '家中已获其他救助', 'reduction.amountFen'],
    [10.5, '家中已获其他救助', 'reduction.amountFen'],
    [winter.amount, '家中已获其他救助', 'reduction.amountFen'],
    [winter.amount + 1, '家中已获其他救助', 'reduction.amountFen'],
    [100_000, '   ', 'reduction.reason'],
  ])('refuses a reduction to %d fen with reason %j (%s)', (reduced, reason, field) => {
    const amount = applicationAmount(winter, { amount: reduced, reason });
    expect(amount.ok).toBe(false);
    if (!amount.ok) expect(amount.error.map((issue) => issue.field)).toEqual([field]);
  });

  it('keeps a reduction and its reason', () => {
    expect(applicationAmount(winter, { amount: 100_000, reason: ' 已获街道临时救助 ' })).toEqual({
      ok: true,
      value: {
        amount: 100_000,
        entitlement: winter.amount,
        reduction: winter.amount - 100_000,
        reductionReason: '已获街道临时救助',
      },
    });
  });

  it('is never above the entitlement nor below 1 fen (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.option(fc.integer({ min: -1_000, max: 12_000_000 }), { nil: null }),
        (totalCost, insurance, reduced) => {
          const entitlement = entitlementOf('MEDICAL_AID', 'RELATIVE', {
            totalCostFen: Math.max(totalCost, insurance),
            insuranceReimbursedFen: insurance,
          });
          const amount = applicationAmount(
            entitlement,
            reduced === null ? null : { amount: reduced, reason: '核减' },
          );
          if (!amount.ok) return;
          expect(amount.value.amount).toBeGreaterThan(0);
          expect(amount.value.amount).toBeLessThanOrEqual(entitlement.amount);
          expect(amount.value.amount + amount.value.reduction).toBe(entitlement.amount as Fen);
        },
      ),
    );
  });
});
