import { describe, expect, it } from 'vitest';
import {
  factsInputOf,
  fenOfYuan,
  householdInputOf,
  monthsSince,
  newHouseholdValues,
  yuanOfFen,
} from './hardship-form';

describe('amounts', () => {
  it('turns typed yuan into integer fen without floating-point drift', () => {
    expect(fenOfYuan(812.5)).toBe(81_250);
    expect(fenOfYuan(0.1 + 0.2)).toBe(30);
    expect(fenOfYuan(36_000)).toBe(3_600_000);
    expect(fenOfYuan(null)).toBe(0);
    expect(yuanOfFen(1_234_567)).toBe(12_345.67);
  });

  it('counts whole months', () => {
    expect(monthsSince('2025-12-15', '2026-12-14')).toBe(11);
    expect(monthsSince('2025-12-15', '2026-12-15')).toBe(12);
    expect(monthsSince('2027-01-01', '2026-12-15')).toBe(0);
  });
});

describe('the household form', () => {
  const values = {
    ...newHouseholdValues('于海'),
    members: [
      { name: ' 于海 ', relation: 'SELF' as const, health: 'HEALTHY' as const },
      {
        name: '于秀梅',
        relation: 'SPOUSE' as const,
        health: 'SERIOUS_ILLNESS' as const,
        idNumber: ' ',
      },
      {
        name: '于小雨',
        relation: 'CHILD' as const,
        health: 'HEALTHY' as const,
        schoolLevel: 'JUNIOR_SECONDARY' as const,
      },
    ],
    incomes: [
      { kind: 'WAGE' as const, annualYuan: 30_000 },
      { kind: 'TRANSFER' as const, annualYuan: 6_000 },
      { annualYuan: 999 },
    ],
    expenditures: [{ kind: 'MEDICAL' as const, annualYuan: 4_500 }],
    exclusions: ['ownsBusiness' as const],
    hasAccident: false,
    accident: { date: '2026-06-10', description: '不计入', costsYuan: 1, compensationYuan: 0 },
    causes: ['ILLNESS' as const],
    documents: [' 住院票据 ', ''],
  };

  it('sends the size as the number of people, amounts in fen, lines without a kind dropped', () => {
    expect(factsInputOf(values, null)).toEqual({
      size: 3,
      incomes: [
        { kind: 'WAGE', annualAmountFen: 3_000_000 },
        { kind: 'TRANSFER', annualAmountFen: 600_000 },
      ],
      expenditures: [{ kind: 'MEDICAL', annualAmountFen: 450_000 }],
      homesOwned: 1,
      ownsBusiness: true,
      employsOthers: false,
      childAtHighFeePrivateSchool: false,
      childSelfFundedStudyAbroad: false,
      ownsNonEssentialVehicle: false,
      accident: null,
      migrantWorker: null,
    });
  });

  it('counts a migrant worker’s membership from the joining date', () => {
    const facts = factsInputOf(
      { ...values, labourRelationMonths: 14 },
      {
        joinedOn: '2025-06-01',
        today: '2026-12-01',
      },
    );
    expect(facts.migrantWorker).toEqual({ labourRelationMonths: 14, membershipMonths: 18 });
  });

  it('trims names and drops blank optional fields for the stored file', () => {
    const input = householdInputOf({ ...values, hasAccident: true }, null);
    expect(input.members[0]).toMatchObject({ name: '于海', idNumber: null });
    expect(input.members[1]).toMatchObject({ idNumber: null, health: 'SERIOUS_ILLNESS' });
    expect(input.documents).toEqual(['住院票据']);
    expect(input.facts.accident).toEqual({
      date: '2026-06-10',
      description: '不计入',
      costsFen: 100,
      compensationFen: 0,
    });
  });
});
