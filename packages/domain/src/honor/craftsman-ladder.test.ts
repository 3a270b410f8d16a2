import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRAFTSMAN_LADDER_RULES,
  checkCraftsmanLadder,
  craftsmanLadderBlocks,
  DEFAULT_CRAFTSMAN_LADDER,
  type HeldHonor,
} from './craftsman-ladder.js';
import { DEFAULT_HONOR_TITLES, findHonorTitle } from './titles.js';

const catalogue = DEFAULT_HONOR_TITLES;
const check = (nominatedTitleCode: string, heldHonors: HeldHonor[], nominationYear = 2024) =>
  checkCraftsmanLadder({ nominatedTitleCode, nominationYear, heldHonors }, catalogue);

describe('the default ladder', () => {
  it('goes city → provincial → national with catalogue titles of those levels', () => {
    expect(DEFAULT_CRAFTSMAN_LADDER.map((tier) => tier.level)).toEqual([
      'CITY',
      'PROVINCIAL',
      'NATIONAL',
    ]);
    for (const tier of DEFAULT_CRAFTSMAN_LADDER) {
      for (const code of tier.titleCodes) {
        expect(findHonorTitle(catalogue, code)?.level).toBe(tier.level);
      }
    }
  });
});

describe('checkCraftsmanLadder', () => {
  it.each<[string, HeldHonor[]]>([
    ['GREAT_CRAFTSMAN', [{ titleCode: 'QILU_GREAT_CRAFTSMAN', year: 2022 }]],
    ['GREAT_CRAFTSMAN', [{ titleCode: 'QILU_CRAFTSMAN', year: 2024 }]],
    ['QILU_CRAFTSMAN', [{ titleCode: 'QINGDAO_CRAFTSMAN', year: 2021 }]],
    ['QILU_CRAFTSMAN', [{ titleCode: 'TAISHAN_CRAFTSMAN', year: 2023 }]],
    ['QILU_GREAT_CRAFTSMAN', [{ titleCode: 'QILU_CRAFTSMAN', year: 2020 }]],
    ['QINGDAO_CRAFTSMAN', []],
    ['QINGDAO_GREAT_CRAFTSMAN', []],
    ['NATIONAL_MAY_DAY_MEDAL', []],
  ])('accepts a nomination for %s holding %j', (code, held) => {
    expect(check(code, held)).toEqual({ ok: true, value: undefined });
  });

  it('advises by default when the lower tier is missing, naming it', () => {
    const result = check('GREAT_CRAFTSMAN', [{ titleCode: 'QINGDAO_GREAT_CRAFTSMAN', year: 2019 }]);
    expect(result).toEqual({
      ok: false,
      error: {
        field: 'titleCode',
        rule: CRAFTSMAN_LADDER_RULES.LOWER_TIER_MISSING,
        message:
          '推荐「大国工匠」一般应已获得省级工匠称号（「齐鲁工匠」或「齐鲁大工匠」），被推荐人尚未获得，请评审时予以关注',
        severity: 'ADVICE',
        missingLevel: 'PROVINCIAL',
        acceptedTitleCodes: ['QILU_CRAFTSMAN', 'QILU_GREAT_CRAFTSMAN'],
      },
    });
    expect(craftsmanLadderBlocks(result)).toBe(false);
  });

  it('blocks when the campaign makes the ladder a rule', () => {
    const result = checkCraftsmanLadder(
      { nominatedTitleCode: 'QILU_CRAFTSMAN', nominationYear: 2024, heldHonors: [] },
      catalogue,
      { ladder: DEFAULT_CRAFTSMAN_LADDER, enforcement: 'RULE' },
    );
    expect(result.ok ? null : [result.error.severity, result.error.message]).toEqual([
      'RULE',
      '推荐「齐鲁工匠」一般应已获得市级工匠称号（「青岛工匠」或「青岛大工匠」或「泰山工匠」），被推荐人尚未获得，不符合推荐条件',
    ]);
    expect(craftsmanLadderBlocks(result)).toBe(true);
    expect(craftsmanLadderBlocks({ ok: true, value: undefined })).toBe(false);
  });

  it.each<[string, HeldHonor[]]>([
    ['a later title', [{ titleCode: 'QILU_CRAFTSMAN', year: 2025 }]],
    ['a revoked title', [{ titleCode: 'QILU_CRAFTSMAN', year: 2020, revoked: true }]],
    ['the nominated title itself', [{ titleCode: 'GREAT_CRAFTSMAN', year: 2020 }]],
    ['a title two tiers down', [{ titleCode: 'QINGDAO_CRAFTSMAN', year: 2018 }]],
    ['a non-craftsman title', [{ titleCode: 'NATIONAL_MAY_DAY_MEDAL', year: 2020 }]],
  ])('does not count %s', (_name, held) => {
    const result = check('GREAT_CRAFTSMAN', held);
    expect(result.ok ? null : result.error.rule).toBe(CRAFTSMAN_LADDER_RULES.LOWER_TIER_MISSING);
  });

  it('only ever gets easier to satisfy as titles are added', () => {
    const codes = DEFAULT_CRAFTSMAN_LADDER.flatMap((tier) => tier.titleCodes);
    const heldArb = fc.record({
      titleCode: fc.constantFrom(...codes, 'NATIONAL_MAY_DAY_MEDAL'),
      year: fc.integer({ min: 2015, max: 2026 }),
      revoked: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.array(heldArb, { maxLength: 5 }),
        heldArb,
        (nominated, held, extra) => {
          if (check(nominated, held).ok) {
            expect(check(nominated, [...held, extra]).ok).toBe(true);
          }
        },
      ),
    );
  });
});
