import { describe, expect, it } from 'vitest';
import * as domain from './index.js';

describe('public API', () => {
  it('exports every module through the package entry point', () => {
    expect(Object.keys(domain).sort()).toEqual(
      [
        'CALENDAR_DATE_RULES',
        'CREDIT_CODE_ALPHABET',
        'CREDIT_CODE_RULES',
        'ID_NUMBER_RULES',
        'MONEY_RULES',
        'PHONE_RULES',
        'PROVINCE_CODES',
        'PROVINCE_NAMES',
        'REGION_CODE_RULES',
        'addDays',
        'addFen',
        'addYears',
        'allocateFen',
        'calendarDateFromParts',
        'calendarDateInShanghai',
        'calendarDateParts',
        'compareDates',
        'computeCreditCodeCheckCharacter',
        'computeIdNumberCheckCharacter',
        'dayOfWeek',
        'divisionCodePrefix',
        'daysBetween',
        'daysInMonth',
        'err',
        'fen',
        'fieldError',
        'formatYuan',
        'isErr',
        'isLeapYear',
        'isOk',
        'isProvinceCode',
        'isWithinDivision',
        'mapResult',
        'maskIdNumber',
        'maskPhone',
        'multiplyFenByRatio',
        'ok',
        'parentDivisionCode',
        'parseAdministrativeDivisionCode',
        'parseCalendarDate',
        'parseMobilePhone',
        'parseResidentIdNumber',
        'parseUnifiedSocialCreditCode',
        'requireTradeUnionCreditCode',
        'subtractFen',
        'sumFen',
        'yearsBetween',
        'yuanToFen',
      ].sort(),
    );
  });

  it('has every rule code unique across modules', () => {
    const codes = [
      domain.CALENDAR_DATE_RULES,
      domain.CREDIT_CODE_RULES,
      domain.ID_NUMBER_RULES,
      domain.MONEY_RULES,
      domain.PHONE_RULES,
      domain.REGION_CODE_RULES,
    ].flatMap((rules) => Object.values(rules));
    expect(new Set(codes).size).toBe(codes.length);
  });
});
