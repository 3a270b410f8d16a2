import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompetitionClass } from './kinds.js';
import {
  type PromotionResult,
  promotionFor,
  recommendPromotions,
  technicalExpertOf,
} from './promotion.js';
import { VOCATIONAL_LEVELS, type VocationalLevel } from './vocational-levels.js';

const result = (
  competitionClass: CompetitionClass,
  rank: number | null,
  currentLevel: VocationalLevel | null,
  overrides: Partial<PromotionResult> = {},
): PromotionResult => ({
  personKey: 'p1',
  entryId: 'e1',
  competitionId: 'c1',
  competitionClass,
  year: 2025,
  rank,
  rankedCount: 40,
  currentLevel,
  ...overrides,
});

describe('promotionFor — Tianjin’s published rule', () => {
  it.each<[CompetitionClass, number, VocationalLevel | null, VocationalLevel | null]>([
    // city class one, top 10 → 技师; already 技师 → 高级技师
    ['CITY_CLASS_ONE', 1, 'SENIOR', 'TECHNICIAN'],
    ['CITY_CLASS_ONE', 10, 'INTERMEDIATE', 'TECHNICIAN'],
    ['CITY_CLASS_ONE', 10, null, 'TECHNICIAN'],
    ['CITY_CLASS_ONE', 11, 'SENIOR', null],
    ['CITY_CLASS_ONE', 3, 'TECHNICIAN', 'SENIOR_TECHNICIAN'],
    ['CITY_CLASS_ONE', 3, 'SENIOR_TECHNICIAN', null],
    // city class two and district, top 6 → 高级工; already 高级工 → 技师
    ['CITY_CLASS_TWO', 6, 'INTERMEDIATE', 'SENIOR'],
    ['CITY_CLASS_TWO', 7, 'INTERMEDIATE', null],
    ['CITY_CLASS_TWO', 2, 'SENIOR', 'TECHNICIAN'],
    ['CITY_CLASS_TWO', 2, 'TECHNICIAN', null],
    ['DISTRICT', 1, 'JUNIOR', 'SENIOR'],
    ['DISTRICT', 6, 'SENIOR', 'TECHNICIAN'],
    ['DISTRICT', 7, 'SENIOR', null],
    // enterprise, top 30 % (of 40 ranked: 12) → 中级工; already 中级工 → 高级工
    ['ENTERPRISE', 12, 'JUNIOR', 'INTERMEDIATE'],
    ['ENTERPRISE', 13, 'JUNIOR', null],
    ['ENTERPRISE', 5, 'INTERMEDIATE', 'SENIOR'],
    ['ENTERPRISE', 5, 'SENIOR', null],
    // industry: no published rule
    ['INDUSTRY', 1, 'JUNIOR', null],
  ])('%s, rank %s, from %s → %s', (competitionClass, rank, from, to) => {
    expect(promotionFor(result(competitionClass, rank, from))?.toLevel ?? null).toBe(to);
  });

  it('counts the enterprise share of the ranked entrants, rounded down', () => {
    expect(promotionFor(result('ENTERPRISE', 2, 'JUNIOR', { rankedCount: 9 }))?.toLevel).toBe(
      'INTERMEDIATE',
    );
    expect(promotionFor(result('ENTERPRISE', 3, 'JUNIOR', { rankedCount: 9 }))).toBeNull();
    expect(promotionFor(result('ENTERPRISE', 1, 'JUNIOR', { rankedCount: 3 }))).toBeNull();
  });

  it('first place of class one is nominated 技术能手', () => {
    const first = promotionFor(result('CITY_CLASS_ONE', 1, 'SENIOR'));
    expect(first?.technicalExpertNomination).toBe(true);
    expect(first?.basis).toContain('技术能手');
    expect(promotionFor(result('CITY_CLASS_ONE', 2, 'SENIOR'))?.technicalExpertNomination).toBe(
      false,
    );
    expect(promotionFor(result('CITY_CLASS_TWO', 1, 'SENIOR'))?.technicalExpertNomination).toBe(
      false,
    );
    expect(technicalExpertOf(result('CITY_CLASS_ONE', 1, 'CHIEF_TECHNICIAN'))).toBe(true);
  });

  it('an unranked entrant earns nothing', () => {
    expect(promotionFor(result('CITY_CLASS_ONE', null, 'SENIOR'))).toBeNull();
  });
});

describe('recommendPromotions — at most one a person a year', () => {
  it('keeps the higher promotion of two in one year and supersedes the other', () => {
    const decisions = recommendPromotions([
      result('DISTRICT', 2, 'INTERMEDIATE', { competitionId: 'district', entryId: 'd' }),
      result('CITY_CLASS_ONE', 5, 'INTERMEDIATE', { competitionId: 'city', entryId: 'c' }),
    ]);
    expect(
      decisions.map((d) => [d.kind, d.recommendation.competitionId, d.recommendation.toLevel]),
    ).toEqual([
      ['RECOMMENDED', 'city', 'TECHNICIAN'],
      ['SUPERSEDED', 'district', 'SENIOR'],
    ]);
  });

  it('refuses a second promotion when one was granted earlier that year', () => {
    const [decision] = recommendPromotions(
      [result('DISTRICT', 1, 'JUNIOR')],
      [{ personKey: 'p1', year: 2025 }],
    );
    expect(decision?.kind).toBe('SUPERSEDED');
    if (decision?.kind === 'SUPERSEDED') {
      expect(decision.rule).toBe('COMPETITION_PROMOTION_ONE_PER_YEAR');
      expect(decision.reason).toContain('已通过竞赛晋升');
    }
  });

  it('allows one in each of two years', () => {
    const decisions = recommendPromotions([
      result('DISTRICT', 1, 'JUNIOR', { year: 2024, competitionId: 'a' }),
      result('DISTRICT', 1, 'SENIOR', { year: 2025, competitionId: 'b' }),
    ]);
    expect(decisions.every((d) => d.kind === 'RECOMMENDED')).toBe(true);
  });

  it('never recommends two promotions to one person in one year (property)', () => {
    const classes: CompetitionClass[] = [
      'CITY_CLASS_ONE',
      'CITY_CLASS_TWO',
      'DISTRICT',
      'INDUSTRY',
      'ENTERPRISE',
    ];
    const arbitraryResult = fc.record({
      personKey: fc.constantFrom('p1', 'p2', 'p3'),
      entryId: fc.uuid(),
      competitionId: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
      competitionClass: fc.constantFrom(...classes),
      year: fc.constantFrom(2024, 2025),
      rank: fc.option(fc.integer({ min: 1, max: 15 })),
      rankedCount: fc.integer({ min: 1, max: 50 }),
      currentLevel: fc.option(fc.constantFrom(...VOCATIONAL_LEVELS)),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryResult, { maxLength: 25 }),
        fc.array(
          fc.record({
            personKey: fc.constantFrom('p1', 'p2', 'p3'),
            year: fc.constantFrom(2024, 2025),
          }),
          {
            maxLength: 3,
          },
        ),
        (results, granted) => {
          const decisions = recommendPromotions(results, granted);
          const recommended = decisions.filter((d) => d.kind === 'RECOMMENDED');
          const keys = recommended.map(
            (d) => `${d.recommendation.personKey}/${d.recommendation.year}`,
          );
          expect(new Set(keys).size).toBe(keys.length);
          for (const g of granted) expect(keys).not.toContain(`${g.personKey}/${g.year}`);
          // every eligible candidate appears once, recommended or superseded
          expect(decisions.length).toBe(results.filter((r) => promotionFor(r) !== null).length);
        },
      ),
    );
  });
});
