import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  emptyRollFilter,
  honorLevels,
  parseRollFilter,
  type RollFilter,
  rollFilterSearch,
  rollFilterVariables,
} from './roll-filter';

describe('the honor roll filter in the URL', () => {
  it('reads every filter', () => {
    expect(
      parseRollFilter(
        '?level=CITY&title=CITY_MAY_DAY_MEDAL&year=2025&region=370202&industry=制造业&q=海尔',
      ),
    ).toEqual({
      level: 'CITY',
      titleCode: 'CITY_MAY_DAY_MEDAL',
      year: 2025,
      regionCode: '370202',
      industry: '制造业',
      search: '海尔',
    });
    expect(parseRollFilter('')).toEqual(emptyRollFilter);
  });

  it('drops what the API would refuse or could not mean', () => {
    expect(
      parseRollFilter(
        'level=GALACTIC&title=drop table&year=20x5&region=3702&industry=%20%20&q=%20',
      ),
    ).toEqual(emptyRollFilter);
    expect(parseRollFilter('year=1900').year).toBeNull();
    expect(parseRollFilter(`q=${'字'.repeat(60)}`).search).toHaveLength(40);
  });

  it('writes the filters in a fixed order and nothing for none', () => {
    expect(rollFilterSearch(emptyRollFilter)).toBe('');
    expect(rollFilterSearch({ ...emptyRollFilter, year: 2024, level: 'NATIONAL' })).toBe(
      '?level=NATIONAL&year=2024',
    );
    expect(rollFilterSearch({ ...emptyRollFilter, search: '  王 丽  ' })).toBe(
      `?q=${encodeURIComponent('王 丽').replace(/%20/g, '+')}`,
    );
  });

  it('round-trips any valid filter through the URL', () => {
    const filter = fc.record<RollFilter>({
      level: fc.option(fc.constantFrom(...honorLevels), { nil: null }),
      titleCode: fc.option(fc.constantFrom('NATIONAL_MAY_DAY_MEDAL', 'QINGDAO_CRAFTSMAN'), {
        nil: null,
      }),
      year: fc.option(fc.integer({ min: 1950, max: 2100 }), { nil: null }),
      regionCode: fc.option(fc.stringMatching(/^\d{6}$/), { nil: null }),
      industry: fc.option(fc.constantFrom('制造业', '交通运输', 'IT & 服务'), { nil: null }),
      search: fc.option(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== ''),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(filter, (value) => {
        expect(parseRollFilter(rollFilterSearch(value))).toEqual(value);
      }),
    );
  });

  it('sends only the filters that are set', () => {
    expect(rollFilterVariables(emptyRollFilter)).toBeNull();
    expect(rollFilterVariables({ ...emptyRollFilter, level: 'CITY', year: 2025 })).toEqual({
      level: 'CITY',
      year: 2025,
    });
    expect(activeFilterCount({ ...emptyRollFilter, level: 'CITY', search: '海' })).toBe(2);
  });
});
