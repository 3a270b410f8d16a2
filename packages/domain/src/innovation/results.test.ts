import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkInnovationResult,
  type InnovationResultInput,
  parsePatentNumber,
  patentCheckCharacter,
  RESULT_RULES,
  RESULT_TYPES,
  type ResultType,
} from './results.js';

describe('patent numbers', () => {
  it.each<[string, ResultType, string | null, string | null]>([
    // the check digit of 201710601862 is 3 (2·2+0·3+1·4+7·5+1·6+0·7+6·8+0·9+1·2+8·3+6·4+2·5 = 157 ≡ 3)
    ['ZL201710601862.3', 'INVENTION_PATENT', 'ZL201710601862.3', null],
    ['zl 2017 1 0601862.3', 'INVENTION_PATENT', 'ZL201710601862.3', null],
    ['201710601862.4', 'INVENTION_PATENT', null, RESULT_RULES.PATENT_NUMBER_CHECKSUM],
    ['201710601862.3', 'UTILITY_MODEL_PATENT', null, RESULT_RULES.PATENT_NUMBER_TYPE],
    // old form: 9·2+5·3+1·4+1·5+5·6+6·7+0·8+8·9 = 186 ≡ 10 → X
    ['ZL95115608.X', 'INVENTION_PATENT', 'ZL95115608.X', null],
    ['95115608.1', 'INVENTION_PATENT', null, RESULT_RULES.PATENT_NUMBER_CHECKSUM],
    ['ZL2017106018', 'INVENTION_PATENT', null, RESULT_RULES.PATENT_NUMBER_FORMAT],
    ['专利 123', 'DESIGN_PATENT', null, RESULT_RULES.PATENT_NUMBER_FORMAT],
  ])('%s as %s', (input, type, normalised, rule) => {
    const result = parsePatentNumber(input, type);
    expect(result.ok ? result.value.normalised : null).toBe(normalised);
    expect(result.ok ? null : result.error.rule).toBe(rule);
  });

  it('accepts any 12 digits with their own check character, and refuses a wrong one (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2003, max: 2026 }),
        fc.constantFrom<[ResultType, string]>(
          ['INVENTION_PATENT', '1'],
          ['UTILITY_MODEL_PATENT', '2'],
          ['DESIGN_PATENT', '3'],
        ),
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.constantFrom(...'0123456789X'),
        (year, [type, digit], serial, wrong) => {
          const digits = `${year}${digit}${String(serial).padStart(7, '0')}`;
          const check = patentCheckCharacter(digits);
          const good = parsePatentNumber(`${digits}.${check}`, type);
          expect(good.ok && good.value.year).toBe(year);
          if (wrong !== check) {
            expect(parsePatentNumber(`${digits}.${wrong}`, type).ok).toBe(false);
          }
        },
      ),
    );
  });
});

describe('checkInnovationResult', () => {
  const base: InnovationResultInput = {
    title: '  桥吊防风锚定系统 ',
    type: 'SMALL_INNOVATION',
    patentNumber: null,
    team: ['李明', '赵强'],
    economicBenefitFen: 12_000_000,
    year: 2024,
  };

  it('accepts a good result; the first of the team is the first completer', () => {
    const result = checkInnovationResult(base, 2026);
    expect(result.ok && result.value).toMatchObject({
      title: '桥吊防风锚定系统',
      firstCompleter: '李明',
      economicBenefitFen: 12_000_000,
    });
  });

  it.each<[string, Partial<InnovationResultInput>, string[]]>([
    [
      'a patent without number',
      { type: 'INVENTION_PATENT' },
      [RESULT_RULES.PATENT_NUMBER_REQUIRED],
    ],
    [
      'a five-small with a number',
      { patentNumber: 'ZL201710601862.3' },
      [RESULT_RULES.PATENT_NUMBER_NOT_ALLOWED],
    ],
    ['no team', { team: [] }, [RESULT_RULES.TEAM_EMPTY]],
    ['a blank name', { team: ['李明', ' '] }, [RESULT_RULES.TEAM_NAME_EMPTY]],
    ['the same person twice', { team: ['李明', '李明 '] }, [RESULT_RULES.TEAM_DUPLICATE]],
    ['a negative benefit', { economicBenefitFen: -1 }, [RESULT_RULES.BENEFIT_NEGATIVE]],
    ['a fraction of a fen', { economicBenefitFen: 1.5 }, ['MONEY_NOT_INTEGER']],
    ['next year', { year: 2027 }, [RESULT_RULES.YEAR]],
    [
      'everything wrong',
      { title: '', team: [], year: 1900 },
      [RESULT_RULES.TITLE_EMPTY, RESULT_RULES.TEAM_EMPTY, RESULT_RULES.YEAR],
    ],
  ])('refuses %s', (_name, change, rules) => {
    const result = checkInnovationResult({ ...base, ...change }, 2026);
    expect(result.ok ? [] : result.error.map((issue) => issue.rule)).toEqual(rules);
  });

  it('has ten result types, the five smalls first', () => {
    expect(RESULT_TYPES).toHaveLength(10);
  });
});
