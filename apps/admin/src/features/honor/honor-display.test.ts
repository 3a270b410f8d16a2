import { describe, expect, it } from 'vitest';
import { catalogues } from '../../i18n/catalogue';
import {
  basisPointsOfPercent,
  categoryLabel,
  comparatorSign,
  domainCategoryLabel,
  formValueOfRule,
  inputOfFormValues,
  knownCategories,
  moveIsDestructive,
  moveNeedsReason,
  type NominationState,
  nominationStateColors,
  offeredMoves,
  orderedMoves,
  percentOfBasisPoints,
  quotaIssueField,
} from './honor-display';
import {
  campaignFiltersFromSearch,
  campaignPath,
  nominationPath,
  publicVerifyUrl,
  searchOfCampaignFilters,
} from './honor-paths';

describe('basis points and percentages', () => {
  it.each([
    [5000, '50'],
    [3333, '33.33'],
    [1250, '12.5'],
    [0, '0'],
    [10000, '100'],
  ])('%i basis points read as %s %%', (basisPoints, percent) => {
    expect(percentOfBasisPoints(basisPoints)).toBe(percent);
    expect(basisPointsOfPercent(percent)).toBe(basisPoints);
  });

  it('reads typed percentages exactly, numbers too', () => {
    expect(basisPointsOfPercent('33.33')).toBe(3333);
    expect(basisPointsOfPercent(12.5)).toBe(1250);
    expect(basisPointsOfPercent(' 7 ')).toBe(700);
    expect(basisPointsOfPercent('0.01')).toBe(1);
  });

  it.each([
    ['', null],
    ['abc', null],
    ['-5', null],
    ['100.01', null],
    ['1.234', null],
    ['150', null],
    [null, null],
    [undefined, null],
  ])('refuses %s', (typed, expected) => {
    expect(basisPointsOfPercent(typed)).toBe(expected);
  });
});

describe('quota rules between the form and the API', () => {
  const rule = {
    category: 'WOMAN',
    comparator: 'AT_LEAST' as const,
    shareBasisPoints: 2750,
    base: 'PERSONS' as const,
    label: '女职工',
  };

  it('turns a preset rule into a form row and back', () => {
    const row = formValueOfRule(rule);
    expect(row).toEqual({
      category: 'WOMAN',
      comparator: 'AT_LEAST',
      percent: '27.5',
      base: 'PERSONS',
    });
    expect(inputOfFormValues([row])).toEqual([
      { category: 'WOMAN', comparator: 'AT_LEAST', shareBasisPoints: 2750, base: 'PERSONS' },
    ]);
  });

  it('sends an unreadable share as -1 so the gateway refuses it under that row', () => {
    expect(
      inputOfFormValues([
        { category: ' UNIT_LEADER ', comparator: 'AT_MOST', percent: 'x', base: 'PERSONS' },
      ]),
    ).toEqual([
      { category: 'UNIT_LEADER', comparator: 'AT_MOST', shareBasisPoints: -1, base: 'PERSONS' },
    ]);
  });

  it('maps the gateway’s share field to the form’s percent field, and nothing else', () => {
    expect(quotaIssueField('input.quotaRules.2.shareBasisPoints')).toBe(
      'input.quotaRules.2.percent',
    );
    expect(quotaIssueField('input.quotaRules.2.category')).toBe('input.quotaRules.2.category');
    expect(quotaIssueField('input.name')).toBe('input.name');
  });

  it('names categories in Chinese, and keeps a campaign’s own codes', () => {
    expect(categoryLabel('WOMAN')).toBe('女职工');
    expect(categoryLabel('MIGRANT_WORKER')).toBe('农民工');
    expect(categoryLabel('LOCAL_CODE')).toBe('LOCAL_CODE');
    expect(comparatorSign('AT_LEAST')).toBe('≥');
    expect(comparatorSign('AT_MOST')).toBe('≤');
  });
});

describe('nomination states and moves', () => {
  const states = Object.keys(nominationStateColors) as NominationState[];

  it('has a colour and a Chinese and English word for every state', () => {
    expect(states).toHaveLength(9);
    for (const state of states) {
      expect(catalogues['zh-CN'].messages[`honor.state.${state}`]).toMatch(/\p{Script=Han}/u);
      expect(catalogues.en.messages[`honor.state.${state}`]).toMatch(/[A-Za-z]/);
    }
    expect(catalogues['zh-CN'].messages['honor.state.PUBLIC_NOTICE']).toBe('公示中');
    expect(nominationStateColors.PUBLISHED).toBe('success');
    expect(nominationStateColors.REJECTED).toBe('error');
  });

  it('asks a reason for rejecting and revoking only', () => {
    expect(moveNeedsReason('REJECT')).toBe(true);
    expect(moveNeedsReason('REVOKE')).toBe(true);
    expect(moveNeedsReason('WITHDRAW')).toBe(false);
    expect(moveNeedsReason('APPROVE')).toBe(false);
    expect(moveIsDestructive('WITHDRAW')).toBe(true);
    expect(moveIsDestructive('PUBLISH')).toBe(false);
  });

  it('offers only the moves whose permission the viewer holds', () => {
    const admin = [
      'HONOR_READ',
      'HONOR_NOMINATE',
      'HONOR_REVIEW',
      'HONOR_APPROVE',
      'HONOR_PUBLISH',
    ];
    expect(offeredMoves('SUBMITTED', ['QUALIFY', 'REJECT', 'WITHDRAW'], admin)).toEqual([
      'QUALIFY',
      'WITHDRAW',
      'REJECT',
    ]);
    expect(offeredMoves('SUBMITTED', ['QUALIFY', 'REJECT', 'WITHDRAW'], ['HONOR_READ'])).toEqual(
      [],
    );
    expect(offeredMoves('DRAFT', ['SUBMIT', 'WITHDRAW'], ['HONOR_NOMINATE'])).toEqual([
      'SUBMIT',
      'WITHDRAW',
    ]);
    // REJECT needs review before the notice and approve from it on.
    expect(offeredMoves('PUBLIC_NOTICE', ['APPROVE', 'REJECT'], ['HONOR_REVIEW'])).toEqual([]);
    expect(offeredMoves('PUBLIC_NOTICE', ['APPROVE', 'REJECT'], ['HONOR_APPROVE'])).toEqual([
      'APPROVE',
      'REJECT',
    ]);
    expect(offeredMoves('PUBLISHED', ['REVOKE'], admin)).toEqual([]);
    expect(offeredMoves('PUBLISHED', ['REVOKE'], ['HONOR_REVOKE'])).toEqual(['REVOKE']);
  });

  it('orders the offered moves forward first', () => {
    expect(orderedMoves(['REJECT', 'WITHDRAW', 'QUALIFY'])).toEqual([
      'QUALIFY',
      'WITHDRAW',
      'REJECT',
    ]);
    expect(orderedMoves([])).toEqual([]);
  });
});

describe('honor paths', () => {
  it('keeps the list filters in the query string', () => {
    const filters = campaignFiltersFromSearch(
      new URLSearchParams('year=2026&title=CITY_MAY_DAY_MEDAL'),
    );
    expect(filters).toEqual({ year: 2026, titleCode: 'CITY_MAY_DAY_MEDAL' });
    expect(searchOfCampaignFilters(filters).toString()).toBe('year=2026&title=CITY_MAY_DAY_MEDAL');
    expect(campaignFiltersFromSearch(new URLSearchParams('year=26&title=%20'))).toEqual({});
  });

  it('builds console and public links', () => {
    expect(campaignPath('a/b')).toBe('/honors/campaigns/a%2Fb');
    expect(nominationPath('x')).toBe('/honors/nominations/x');
    expect(publicVerifyUrl('K7Q2-MX4D', 'http://127.0.0.1:4173')).toBe(
      'http://127.0.0.1:4173/verify/K7Q2-MX4D',
    );
  });
});

describe('category names', () => {
  it('says every known category in the domain’s Chinese and in English', () => {
    for (const category of knownCategories) {
      expect(categoryLabel(category)).toBe(domainCategoryLabel(category));
      const english = categoryLabel(category, (key) => catalogues.en.messages[key]);
      expect(english).toMatch(/^[A-Za-z][A-Za-z -]+$/);
    }
    expect(categoryLabel('WOMAN', (key) => catalogues.en.messages[key])).toBe('Women');
  });
});
