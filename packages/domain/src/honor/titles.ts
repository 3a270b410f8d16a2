import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * Honor titles (荣誉称号): the catalogue of what can be awarded.
 *
 * The catalogue is data. {@link DEFAULT_HONOR_TITLES} holds the titles named in DOMAIN.md §3;
 * a deployment extends it (e.g. 河北省五一劳动奖章, 廊坊市劳动模范) with
 * {@link extendHonorCatalogue}, and every function that depends on the catalogue takes it as a
 * parameter.
 */

/** Every honor level, highest first. */
export const HONOR_LEVELS = Object.freeze([
  'NATIONAL',
  'PROVINCIAL',
  'CITY',
  'DISTRICT',
  'ENTERPRISE',
] as const);

/**
 * The level of a title, i.e. of the body that awards it: 全国级 (中共中央、国务院 or 全总),
 * 省级, 市级, 区县级, 企业级 (an employer's own honors, e.g. 企业工匠).
 */
export type HonorLevel = (typeof HONOR_LEVELS)[number];

/** Chinese display names of the levels. */
export const HONOR_LEVEL_LABELS: Readonly<Record<HonorLevel, string>> = Object.freeze({
  NATIONAL: '全国级',
  PROVINCIAL: '省级',
  CITY: '市级',
  DISTRICT: '区县级',
  ENTERPRISE: '企业级',
});

/** Every kind of recipient. */
export const HONOR_SUBJECTS = Object.freeze(['PERSON', 'COLLECTIVE', 'ORGANIZATION'] as const);

/**
 * Who receives a title:
 * - `PERSON` 个人 — a worker (劳动模范, 五一劳动奖章, 工匠 …);
 * - `COLLECTIVE` 集体 — a team, workshop or department inside an employer (工人先锋号,
 *   先进集体);
 * - `ORGANIZATION` 单位 — a whole employer or institution (五一劳动奖状).
 */
export type HonorSubject = (typeof HONOR_SUBJECTS)[number];

/** Chinese display names of the subjects. */
export const HONOR_SUBJECT_LABELS: Readonly<Record<HonorSubject, string>> = Object.freeze({
  PERSON: '个人',
  COLLECTIVE: '集体',
  ORGANIZATION: '单位',
});

/** One title of the catalogue. */
export type HonorTitle = {
  /** Stable code, upper snake case (e.g. 'NATIONAL_MAY_DAY_MEDAL'); stored with each award. */
  readonly code: string;
  /** The title as printed on the certificate (e.g. '全国五一劳动奖章'). */
  readonly name: string;
  readonly level: HonorLevel;
  readonly subject: HonorSubject;
  /** The body that confers it (e.g. '中华全国总工会'). */
  readonly awardingBody: string;
  /**
   * Years between regular rounds (评选周期): 5 for 全国劳动模范, 1 for 五一劳动奖章. `null` when
   * there is no fixed cycle (不定期, 以评选通知为准) — the campaign sets the year.
   */
  readonly cycleYears: number | null;
};

/** Stable rule codes for catalogue problems. */
export const HONOR_TITLE_RULES = Object.freeze({
  UNKNOWN: 'HONOR_TITLE_UNKNOWN',
  CODE_FORMAT: 'HONOR_TITLE_CODE_FORMAT',
  DUPLICATE_CODE: 'HONOR_TITLE_DUPLICATE_CODE',
  NAME_EMPTY: 'HONOR_TITLE_NAME_EMPTY',
  CYCLE: 'HONOR_TITLE_CYCLE',
} as const);

const ACFTU = '中华全国总工会';

/**
 * The titles of DOMAIN.md §3.
 *
 * - 全国劳动模范 / 全国先进工作者: conferred by 中共中央、国务院 at the national commendation
 *   conference, every five years (2000, 2005, 2010, 2015, 2020, 2025).
 * - 五一劳动奖章 / 五一劳动奖状 / 工人先锋号: conferred yearly by 全总 and, at their level, by the
 *   provincial and city federations of trade unions; 奖状 goes to an employer, 先锋号 to a team.
 * - Provincial and city 劳动模范 / 先进工作者 / 先进集体: conferred by the provincial (city) Party
 *   committee and government; the cycle differs between places, so it is left to the campaign.
 * - Craftsmen (三级梯次培育, see `craftsman-ladder.ts`): 大国工匠 (全总; the 大国工匠年度人物
 *   rounds have not been strictly yearly, so no cycle); 齐鲁大工匠 / 齐鲁工匠, named yearly by
 *   山东省总工会 since 2017; 青岛大工匠 / 青岛工匠, named yearly by 青岛市总工会 under the
 *   "青岛工匠"命名管理办法; 泰山工匠 (泰安 — the awarding body is not verified, override it in a
 *   deployment catalogue).
 * - 最美职工 (全总 with 中央宣传部, yearly), 技术能手 (全国技术能手, conferred by 人力资源社会保障部
 *   with no fixed cycle here), 职工创新能手 (the federation that runs the innovation campaign).
 *
 * Generic names such as '省五一劳动奖章' stand for "the May Day medal of this province"; a
 * deployment that wants the real name (山东省五一劳动奖章) adds its own entry.
 */
export const DEFAULT_HONOR_TITLES: readonly HonorTitle[] = Object.freeze([
  {
    code: 'NATIONAL_MODEL_WORKER',
    name: '全国劳动模范',
    level: 'NATIONAL',
    subject: 'PERSON',
    awardingBody: '中共中央、国务院',
    cycleYears: 5,
  },
  {
    code: 'NATIONAL_ADVANCED_WORKER',
    name: '全国先进工作者',
    level: 'NATIONAL',
    subject: 'PERSON',
    awardingBody: '中共中央、国务院',
    cycleYears: 5,
  },
  {
    code: 'NATIONAL_MAY_DAY_MEDAL',
    name: '全国五一劳动奖章',
    level: 'NATIONAL',
    subject: 'PERSON',
    awardingBody: ACFTU,
    cycleYears: 1,
  },
  {
    code: 'NATIONAL_MAY_DAY_CERTIFICATE',
    name: '全国五一劳动奖状',
    level: 'NATIONAL',
    subject: 'ORGANIZATION',
    awardingBody: ACFTU,
    cycleYears: 1,
  },
  {
    code: 'NATIONAL_WORKERS_PIONEER',
    name: '全国工人先锋号',
    level: 'NATIONAL',
    subject: 'COLLECTIVE',
    awardingBody: ACFTU,
    cycleYears: 1,
  },
  {
    code: 'PROVINCIAL_MAY_DAY_MEDAL',
    name: '省五一劳动奖章',
    level: 'PROVINCIAL',
    subject: 'PERSON',
    awardingBody: '省总工会',
    cycleYears: 1,
  },
  {
    code: 'PROVINCIAL_MAY_DAY_CERTIFICATE',
    name: '省五一劳动奖状',
    level: 'PROVINCIAL',
    subject: 'ORGANIZATION',
    awardingBody: '省总工会',
    cycleYears: 1,
  },
  {
    code: 'PROVINCIAL_WORKERS_PIONEER',
    name: '省工人先锋号',
    level: 'PROVINCIAL',
    subject: 'COLLECTIVE',
    awardingBody: '省总工会',
    cycleYears: 1,
  },
  {
    code: 'CITY_MAY_DAY_MEDAL',
    name: '市五一劳动奖章',
    level: 'CITY',
    subject: 'PERSON',
    awardingBody: '市总工会',
    cycleYears: 1,
  },
  {
    code: 'CITY_MAY_DAY_CERTIFICATE',
    name: '市五一劳动奖状',
    level: 'CITY',
    subject: 'ORGANIZATION',
    awardingBody: '市总工会',
    cycleYears: 1,
  },
  {
    code: 'CITY_WORKERS_PIONEER',
    name: '市工人先锋号',
    level: 'CITY',
    subject: 'COLLECTIVE',
    awardingBody: '市总工会',
    cycleYears: 1,
  },
  {
    code: 'PROVINCIAL_MODEL_WORKER',
    name: '省劳动模范',
    level: 'PROVINCIAL',
    subject: 'PERSON',
    awardingBody: '省委、省政府',
    cycleYears: null,
  },
  {
    code: 'PROVINCIAL_ADVANCED_WORKER',
    name: '省先进工作者',
    level: 'PROVINCIAL',
    subject: 'PERSON',
    awardingBody: '省委、省政府',
    cycleYears: null,
  },
  {
    code: 'PROVINCIAL_ADVANCED_COLLECTIVE',
    name: '省先进集体',
    level: 'PROVINCIAL',
    subject: 'COLLECTIVE',
    awardingBody: '省委、省政府',
    cycleYears: null,
  },
  {
    code: 'CITY_MODEL_WORKER',
    name: '市劳动模范',
    level: 'CITY',
    subject: 'PERSON',
    awardingBody: '市委、市政府',
    cycleYears: null,
  },
  {
    code: 'CITY_ADVANCED_WORKER',
    name: '市先进工作者',
    level: 'CITY',
    subject: 'PERSON',
    awardingBody: '市委、市政府',
    cycleYears: null,
  },
  {
    code: 'CITY_ADVANCED_COLLECTIVE',
    name: '市先进集体',
    level: 'CITY',
    subject: 'COLLECTIVE',
    awardingBody: '市委、市政府',
    cycleYears: null,
  },
  {
    code: 'GREAT_CRAFTSMAN',
    name: '大国工匠',
    level: 'NATIONAL',
    subject: 'PERSON',
    awardingBody: ACFTU,
    cycleYears: null,
  },
  {
    code: 'QILU_GREAT_CRAFTSMAN',
    name: '齐鲁大工匠',
    level: 'PROVINCIAL',
    subject: 'PERSON',
    awardingBody: '山东省总工会',
    cycleYears: 1,
  },
  {
    code: 'QILU_CRAFTSMAN',
    name: '齐鲁工匠',
    level: 'PROVINCIAL',
    subject: 'PERSON',
    awardingBody: '山东省总工会',
    cycleYears: 1,
  },
  {
    code: 'QINGDAO_GREAT_CRAFTSMAN',
    name: '青岛大工匠',
    level: 'CITY',
    subject: 'PERSON',
    awardingBody: '青岛市总工会',
    cycleYears: 1,
  },
  {
    code: 'QINGDAO_CRAFTSMAN',
    name: '青岛工匠',
    level: 'CITY',
    subject: 'PERSON',
    awardingBody: '青岛市总工会',
    cycleYears: 1,
  },
  {
    code: 'TAISHAN_CRAFTSMAN',
    name: '泰山工匠',
    level: 'CITY',
    subject: 'PERSON',
    awardingBody: '泰安市',
    cycleYears: null,
  },
  {
    code: 'MOST_BEAUTIFUL_WORKER',
    name: '最美职工',
    level: 'NATIONAL',
    subject: 'PERSON',
    awardingBody: `中央宣传部、${ACFTU}`,
    cycleYears: 1,
  },
  {
    code: 'TECHNICAL_EXPERT',
    name: '全国技术能手',
    level: 'NATIONAL',
    subject: 'PERSON',
    awardingBody: '人力资源社会保障部',
    cycleYears: null,
  },
  {
    code: 'WORKER_INNOVATION_EXPERT',
    name: '职工创新能手',
    level: 'CITY',
    subject: 'PERSON',
    awardingBody: '市总工会',
    cycleYears: null,
  },
] satisfies HonorTitle[]);

/** The ordering of levels: NATIONAL 5 … ENTERPRISE 1 (higher is more senior). */
export function honorLevelRank(level: HonorLevel): number {
  return HONOR_LEVELS.length - HONOR_LEVELS.indexOf(level);
}

/** Narrows an untrusted string to a {@link HonorLevel}. */
export function isHonorLevel(value: string): value is HonorLevel {
  return (HONOR_LEVELS as readonly string[]).includes(value);
}

/** Narrows an untrusted string to a {@link HonorSubject}. */
export function isHonorSubject(value: string): value is HonorSubject {
  return (HONOR_SUBJECTS as readonly string[]).includes(value);
}

/** The title with this code, or `undefined`. */
export function findHonorTitle(
  catalogue: readonly HonorTitle[],
  code: string,
): HonorTitle | undefined {
  return catalogue.find((title) => title.code === code);
}

/** The title with this code, or HONOR_TITLE_UNKNOWN. */
export function honorTitleByCode(
  catalogue: readonly HonorTitle[],
  code: string,
  field = 'titleCode',
): Result<HonorTitle, FieldError> {
  const title = findHonorTitle(catalogue, code);
  return title === undefined
    ? err(fieldError(field, HONOR_TITLE_RULES.UNKNOWN, `未知的荣誉称号：${code}`))
    : ok(title);
}

const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;

/**
 * Every problem of one catalogue entry (empty when it is well formed): the code is upper snake
 * case (HONOR_TITLE_CODE_FORMAT), the name is not blank (HONOR_TITLE_NAME_EMPTY), and the cycle
 * is null or a whole number of years 1–10 (HONOR_TITLE_CYCLE).
 */
export function honorTitleIssues(title: HonorTitle): FieldError[] {
  const issues: FieldError[] = [];
  if (!CODE_PATTERN.test(title.code)) {
    issues.push(
      fieldError(
        'code',
        HONOR_TITLE_RULES.CODE_FORMAT,
        `称号代码「${title.code}」格式不正确，应为大写字母、数字和下划线，如 CITY_MODEL_WORKER`,
      ),
    );
  }
  if (title.name.trim() === '') {
    issues.push(fieldError('name', HONOR_TITLE_RULES.NAME_EMPTY, '请填写称号名称'));
  }
  if (
    title.cycleYears !== null &&
    !(Number.isInteger(title.cycleYears) && title.cycleYears >= 1 && title.cycleYears <= 10)
  ) {
    issues.push(
      fieldError('cycleYears', HONOR_TITLE_RULES.CYCLE, '评选周期应为 1–10 年的整数，或不定期'),
    );
  }
  return issues;
}

/**
 * A catalogue with `additions` appended, or every problem found: each addition must be well
 * formed ({@link honorTitleIssues}) and its code must not already be used
 * (HONOR_TITLE_DUPLICATE_CODE). The base catalogue is not changed.
 */
export function extendHonorCatalogue(
  base: readonly HonorTitle[],
  additions: readonly HonorTitle[],
): Result<readonly HonorTitle[], FieldError[]> {
  const issues: FieldError[] = [];
  const codes = new Set(base.map((title) => title.code));
  for (const title of additions) {
    issues.push(...honorTitleIssues(title));
    if (codes.has(title.code)) {
      issues.push(
        fieldError('code', HONOR_TITLE_RULES.DUPLICATE_CODE, `称号代码「${title.code}」已存在`),
      );
    }
    codes.add(title.code);
  }
  return issues.length > 0 ? err(issues) : ok(Object.freeze([...base, ...additions]));
}

/**
 * True when `year` is a regular round of a title with a fixed cycle, counted from a known round
 * (`anchorYear`, e.g. 2020 for 全国劳动模范). Titles without a fixed cycle accept every year.
 */
export function isRegularRoundYear(title: HonorTitle, anchorYear: number, year: number): boolean {
  if (title.cycleYears === null) {
    return true;
  }
  return (((year - anchorYear) % title.cycleYears) + title.cycleYears) % title.cycleYears === 0;
}
