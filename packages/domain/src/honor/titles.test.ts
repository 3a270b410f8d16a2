import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HONOR_TITLES,
  extendHonorCatalogue,
  findHonorTitle,
  HONOR_LEVEL_LABELS,
  HONOR_LEVELS,
  HONOR_SUBJECT_LABELS,
  HONOR_SUBJECTS,
  HONOR_TITLE_RULES,
  type HonorTitle,
  honorLevelRank,
  honorTitleByCode,
  honorTitleIssues,
  isHonorLevel,
  isHonorSubject,
  isRegularRoundYear,
} from './titles.js';

const title = (code: string): HonorTitle => {
  const found = findHonorTitle(DEFAULT_HONOR_TITLES, code);
  if (found === undefined) {
    throw new Error(`no title ${code}`);
  }
  return found;
};

describe('levels and subjects', () => {
  it('have Chinese labels', () => {
    expect(Object.keys(HONOR_LEVEL_LABELS).sort()).toEqual([...HONOR_LEVELS].sort());
    expect(Object.keys(HONOR_SUBJECT_LABELS).sort()).toEqual([...HONOR_SUBJECTS].sort());
  });

  it('rank NATIONAL > PROVINCIAL > CITY > DISTRICT > ENTERPRISE', () => {
    expect(HONOR_LEVELS.map(honorLevelRank)).toEqual([5, 4, 3, 2, 1]);
  });

  it.each([
    ['NATIONAL', true, false],
    ['PERSON', false, true],
    ['national', false, false],
  ])('isHonorLevel(%j) %s, isHonorSubject %s', (value, level, subject) => {
    expect(isHonorLevel(value)).toBe(level);
    expect(isHonorSubject(value)).toBe(subject);
  });
});

describe('the default catalogue (DOMAIN.md §3)', () => {
  it('is well formed with unique codes', () => {
    const codes = DEFAULT_HONOR_TITLES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of DEFAULT_HONOR_TITLES) {
      expect(honorTitleIssues(t)).toEqual([]);
    }
  });

  it.each([
    ['NATIONAL_MODEL_WORKER', '全国劳动模范', 'NATIONAL', 'PERSON', '中共中央、国务院', 5],
    ['NATIONAL_ADVANCED_WORKER', '全国先进工作者', 'NATIONAL', 'PERSON', '中共中央、国务院', 5],
    ['NATIONAL_MAY_DAY_MEDAL', '全国五一劳动奖章', 'NATIONAL', 'PERSON', '中华全国总工会', 1],
    [
      'NATIONAL_MAY_DAY_CERTIFICATE',
      '全国五一劳动奖状',
      'NATIONAL',
      'ORGANIZATION',
      '中华全国总工会',
      1,
    ],
    ['NATIONAL_WORKERS_PIONEER', '全国工人先锋号', 'NATIONAL', 'COLLECTIVE', '中华全国总工会', 1],
    ['PROVINCIAL_MAY_DAY_MEDAL', '省五一劳动奖章', 'PROVINCIAL', 'PERSON', '省总工会', 1],
    ['CITY_WORKERS_PIONEER', '市工人先锋号', 'CITY', 'COLLECTIVE', '市总工会', 1],
    [
      'PROVINCIAL_ADVANCED_COLLECTIVE',
      '省先进集体',
      'PROVINCIAL',
      'COLLECTIVE',
      '省委、省政府',
      null,
    ],
    ['CITY_MODEL_WORKER', '市劳动模范', 'CITY', 'PERSON', '市委、市政府', null],
    ['GREAT_CRAFTSMAN', '大国工匠', 'NATIONAL', 'PERSON', '中华全国总工会', null],
    ['QILU_GREAT_CRAFTSMAN', '齐鲁大工匠', 'PROVINCIAL', 'PERSON', '山东省总工会', 1],
    ['QINGDAO_CRAFTSMAN', '青岛工匠', 'CITY', 'PERSON', '青岛市总工会', 1],
    ['TAISHAN_CRAFTSMAN', '泰山工匠', 'CITY', 'PERSON', '泰安市', null],
    ['MOST_BEAUTIFUL_WORKER', '最美职工', 'NATIONAL', 'PERSON', '中央宣传部、中华全国总工会', 1],
    ['TECHNICAL_EXPERT', '全国技术能手', 'NATIONAL', 'PERSON', '人力资源社会保障部', null],
    ['WORKER_INNOVATION_EXPERT', '职工创新能手', 'CITY', 'PERSON', '市总工会', null],
  ])('%s is %s, %s, %s, by %s, every %s years', (code, name, level, subject, body, cycle) => {
    expect(title(code)).toEqual({
      code,
      name,
      level,
      subject,
      awardingBody: body,
      cycleYears: cycle,
    });
  });

  it('has May Day medals, certificates and pioneers at national, provincial and city level', () => {
    for (const level of ['NATIONAL', 'PROVINCIAL', 'CITY'] as const) {
      const names = DEFAULT_HONOR_TITLES.filter((t) => t.level === level).map((t) => t.name);
      expect(names.some((n) => n.endsWith('五一劳动奖章'))).toBe(true);
      expect(names.some((n) => n.endsWith('五一劳动奖状'))).toBe(true);
      expect(names.some((n) => n.endsWith('工人先锋号'))).toBe(true);
    }
  });
});

describe('looking titles up', () => {
  it('finds a title by code or says it is unknown', () => {
    expect(honorTitleByCode(DEFAULT_HONOR_TITLES, 'GREAT_CRAFTSMAN')).toEqual({
      ok: true,
      value: title('GREAT_CRAFTSMAN'),
    });
    expect(honorTitleByCode(DEFAULT_HONOR_TITLES, 'NOBEL_PRIZE')).toEqual({
      ok: false,
      error: {
        field: 'titleCode',
        rule: HONOR_TITLE_RULES.UNKNOWN,
        message: '未知的荣誉称号：NOBEL_PRIZE',
      },
    });
  });
});

describe('extendHonorCatalogue', () => {
  const langfang: HonorTitle = {
    code: 'LANGFANG_MODEL_WORKER',
    name: '廊坊市劳动模范',
    level: 'CITY',
    subject: 'PERSON',
    awardingBody: '中共廊坊市委、廊坊市人民政府',
    cycleYears: 5,
  };

  it('appends well-formed titles without changing the base', () => {
    const extended = extendHonorCatalogue(DEFAULT_HONOR_TITLES, [langfang]);
    expect(extended.ok && extended.value.length).toBe(DEFAULT_HONOR_TITLES.length + 1);
    expect(extended.ok && findHonorTitle(extended.value, 'LANGFANG_MODEL_WORKER')).toEqual(
      langfang,
    );
    expect(findHonorTitle(DEFAULT_HONOR_TITLES, 'LANGFANG_MODEL_WORKER')).toBeUndefined();
  });

  it('reports every problem', () => {
    const result = extendHonorCatalogue(DEFAULT_HONOR_TITLES, [
      { ...langfang, code: 'NATIONAL_MODEL_WORKER' },
      { ...langfang, code: 'langfang', name: ' ', cycleYears: 0 },
      langfang,
      langfang,
    ]);
    expect(result.ok ? [] : result.error.map((e) => e.rule)).toEqual([
      HONOR_TITLE_RULES.DUPLICATE_CODE,
      HONOR_TITLE_RULES.CODE_FORMAT,
      HONOR_TITLE_RULES.NAME_EMPTY,
      HONOR_TITLE_RULES.CYCLE,
      HONOR_TITLE_RULES.DUPLICATE_CODE,
    ]);
  });
});

describe('isRegularRoundYear', () => {
  it.each([
    [2020, true],
    [2025, true],
    [2015, true],
    [2024, false],
    [2023, false],
  ])('全国劳动模范 (rounds 2020, 2025 …) in %i: %s', (year, expected) => {
    expect(isRegularRoundYear(title('NATIONAL_MODEL_WORKER'), 2020, year)).toBe(expected);
  });

  it('accepts every year for yearly titles and titles without a fixed cycle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), (year) => {
        expect(isRegularRoundYear(title('NATIONAL_MAY_DAY_MEDAL'), 2024, year)).toBe(true);
        expect(isRegularRoundYear(title('GREAT_CRAFTSMAN'), 2024, year)).toBe(true);
      }),
    );
  });

  it('repeats every cycle', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2100 }),
        fc.integer({ min: -5, max: 5 }),
        (year, k) => {
          const t = title('NATIONAL_MODEL_WORKER');
          expect(isRegularRoundYear(t, 2020, year + 5 * k)).toBe(isRegularRoundYear(t, 2020, year));
        },
      ),
    );
  });
});
