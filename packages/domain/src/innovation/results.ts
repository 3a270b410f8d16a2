import { type FieldError, fieldError } from '../shared/domain-error.js';
import { type Fen, fen } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * Workers' innovation results (职工创新成果), DOMAIN.md §4: the five smalls (五小), patents,
 * rationalisation proposals and technical breakthroughs; a team with its first completer
 * (第一完成人); the economic benefit in fen; awards.
 */

/** Result types. */
export const RESULT_TYPES = Object.freeze([
  'SMALL_INVENTION',
  'SMALL_CREATION',
  'SMALL_INNOVATION',
  'SMALL_DESIGN',
  'SMALL_SUGGESTION',
  'INVENTION_PATENT',
  'UTILITY_MODEL_PATENT',
  'DESIGN_PATENT',
  'RATIONALISATION_PROPOSAL',
  'TECHNICAL_BREAKTHROUGH',
] as const);

/** A result type. See {@link RESULT_TYPE_LABELS}. */
export type ResultType = (typeof RESULT_TYPES)[number];

/** Chinese display names of the result types. */
export const RESULT_TYPE_LABELS: Readonly<Record<ResultType, string>> = Object.freeze({
  SMALL_INVENTION: '小发明',
  SMALL_CREATION: '小创造',
  SMALL_INNOVATION: '小革新',
  SMALL_DESIGN: '小设计',
  SMALL_SUGGESTION: '小建议',
  INVENTION_PATENT: '发明专利',
  UTILITY_MODEL_PATENT: '实用新型专利',
  DESIGN_PATENT: '外观设计专利',
  RATIONALISATION_PROPOSAL: '合理化建议',
  TECHNICAL_BREAKTHROUGH: '技术攻关',
});

/** The five smalls (五小). */
export const FIVE_SMALLS: readonly ResultType[] = Object.freeze([
  'SMALL_INVENTION',
  'SMALL_CREATION',
  'SMALL_INNOVATION',
  'SMALL_DESIGN',
  'SMALL_SUGGESTION',
]);

/** The patent types, with the application-type digits (申请种类) each accepts. */
export const PATENT_TYPE_DIGITS: Readonly<Partial<Record<ResultType, readonly string[]>>> =
  Object.freeze({
    INVENTION_PATENT: ['1', '8'],
    UTILITY_MODEL_PATENT: ['2', '9'],
    DESIGN_PATENT: ['3'],
  });

/** Narrows an untrusted string to a {@link ResultType}. */
export function isResultType(value: string): value is ResultType {
  return (RESULT_TYPES as readonly string[]).includes(value);
}

/** True for the three patent types (which need a patent number). */
export function isPatentType(type: ResultType): boolean {
  return PATENT_TYPE_DIGITS[type] !== undefined;
}

/** Stable rule codes of results. */
export const RESULT_RULES = Object.freeze({
  TITLE_EMPTY: 'INNOVATION_RESULT_TITLE_EMPTY',
  PATENT_NUMBER_REQUIRED: 'INNOVATION_PATENT_NUMBER_REQUIRED',
  PATENT_NUMBER_NOT_ALLOWED: 'INNOVATION_PATENT_NUMBER_NOT_ALLOWED',
  PATENT_NUMBER_FORMAT: 'INNOVATION_PATENT_NUMBER_FORMAT',
  PATENT_NUMBER_CHECKSUM: 'INNOVATION_PATENT_NUMBER_CHECKSUM',
  PATENT_NUMBER_TYPE: 'INNOVATION_PATENT_NUMBER_TYPE',
  TEAM_EMPTY: 'INNOVATION_RESULT_TEAM_EMPTY',
  TEAM_NAME_EMPTY: 'INNOVATION_RESULT_TEAM_NAME_EMPTY',
  TEAM_DUPLICATE: 'INNOVATION_RESULT_TEAM_DUPLICATE',
  BENEFIT_NEGATIVE: 'INNOVATION_RESULT_BENEFIT_NEGATIVE',
  YEAR: 'INNOVATION_RESULT_YEAR',
} as const);

/** The check character of a patent application number's digits (weights 2–9 cycling, mod 11). */
export function patentCheckCharacter(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    sum += Number(digits[i]) * (2 + (i % 8));
  }
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

/** A parsed Chinese patent number (专利号 = ZL + 申请号). */
export type PatentNumber = {
  /** Normalised: 'ZL' + digits + '.' + check character, e.g. 'ZL201710601862.3'. */
  readonly normalised: string;
  /** The application year (4 digits). */
  readonly year: number;
  /** The application-type digit: 1 invention, 2 utility model, 3 design, 8/9 PCT. */
  readonly typeDigit: string;
};

/**
 * Parses and validates a Chinese patent number for a result type. Accepts the 12-digit form
 * (since 2003: year, type digit, 7-digit serial, e.g. 'ZL 2017 1 0601862.3') and the older
 * 8-digit form (2-digit year, e.g. '95115608.X'), with or without 'ZL'/'CN', spaces and the
 * dot. The check character (weights 2, 3, …, 9, 2, 3, … mod 11, 10 → X) must match, and the
 * type digit must fit the result type.
 */
export function parsePatentNumber(
  input: string,
  type: ResultType,
  field = 'patentNumber',
): Result<PatentNumber, FieldError> {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  const match = /^(?:ZL|CN)?(\d{12}|\d{8})\.?([\dX])$/.exec(compact);
  if (match === null) {
    return err(
      fieldError(
        field,
        RESULT_RULES.PATENT_NUMBER_FORMAT,
        '专利号格式不正确，应为如 ZL201710601862.3（12 位申请号加校验位）',
      ),
    );
  }
  const digits = match[1] ?? '';
  const check = match[2] ?? '';
  const expected = patentCheckCharacter(digits);
  if (expected !== check) {
    return err(
      fieldError(field, RESULT_RULES.PATENT_NUMBER_CHECKSUM, `专利号校验位错误，应为 ${expected}`),
    );
  }
  const long = digits.length === 12;
  const year = long ? Number(digits.slice(0, 4)) : 1900 + Number(digits.slice(0, 2));
  const typeDigit = long ? (digits[4] ?? '') : (digits[2] ?? '');
  const accepted = PATENT_TYPE_DIGITS[type] ?? [];
  if (!accepted.includes(typeDigit)) {
    return err(
      fieldError(
        field,
        RESULT_RULES.PATENT_NUMBER_TYPE,
        `专利号的申请种类（第 ${long ? 5 : 3} 位 ${typeDigit}）与成果类型「${RESULT_TYPE_LABELS[type]}」不符`,
      ),
    );
  }
  return ok({ normalised: `ZL${digits}.${check}`, year, typeDigit });
}

/** One person of a result's team; the first listed is the first completer (第一完成人). */
export type ResultTeamMember = { readonly name: string };

/** Input of a result, before validation. */
export type InnovationResultInput = {
  readonly title: string;
  readonly type: ResultType;
  readonly patentNumber: string | null;
  /** The team, first completer first. */
  readonly team: readonly string[];
  /** Yearly economic benefit, in fen (万元 in the reports). */
  readonly economicBenefitFen: number;
  readonly year: number;
};

/** A validated result. */
export type InnovationResultDraft = {
  readonly title: string;
  readonly type: ResultType;
  readonly patentNumber: string | null;
  readonly team: readonly string[];
  readonly firstCompleter: string;
  readonly economicBenefitFen: Fen;
  readonly year: number;
};

/**
 * Validates a result: a title; a patent number exactly for patents (valid, of the right
 * type); a non-empty team of distinct names whose first is the first completer; a
 * non-negative benefit in whole fen; a plausible year. Reports every problem at once.
 */
export function checkInnovationResult(
  input: InnovationResultInput,
  currentYear: number,
): Result<InnovationResultDraft, FieldError[]> {
  const issues: FieldError[] = [];
  const title = input.title.trim();
  if (title === '') {
    issues.push(fieldError('title', RESULT_RULES.TITLE_EMPTY, '请填写成果名称'));
  }
  let patentNumber: string | null = null;
  const rawPatent = input.patentNumber?.trim() ?? '';
  if (isPatentType(input.type)) {
    if (rawPatent === '') {
      issues.push(
        fieldError('patentNumber', RESULT_RULES.PATENT_NUMBER_REQUIRED, '专利类成果须填写专利号'),
      );
    } else {
      const parsed = parsePatentNumber(rawPatent, input.type);
      if (parsed.ok) {
        patentNumber = parsed.value.normalised;
      } else {
        issues.push(parsed.error);
      }
    }
  } else if (rawPatent !== '') {
    issues.push(
      fieldError(
        'patentNumber',
        RESULT_RULES.PATENT_NUMBER_NOT_ALLOWED,
        '只有发明、实用新型、外观设计专利填写专利号',
      ),
    );
  }
  const team = input.team.map((name) => name.trim());
  if (team.length === 0) {
    issues.push(fieldError('team', RESULT_RULES.TEAM_EMPTY, '请填写完成人（第一位为第一完成人）'));
  } else if (team.some((name) => name === '')) {
    issues.push(fieldError('team', RESULT_RULES.TEAM_NAME_EMPTY, '完成人姓名不能为空'));
  } else if (new Set(team).size !== team.length) {
    issues.push(fieldError('team', RESULT_RULES.TEAM_DUPLICATE, '完成人名单有重复'));
  }
  const benefit = fen(input.economicBenefitFen, 'economicBenefitFen');
  if (benefit.ok && benefit.value < 0) {
    issues.push(
      fieldError('economicBenefitFen', RESULT_RULES.BENEFIT_NEGATIVE, '经济效益不能为负数'),
    );
  } else if (!benefit.ok) {
    issues.push(benefit.error);
  }
  if (!Number.isInteger(input.year) || input.year < 1949 || input.year > currentYear) {
    issues.push(fieldError('year', RESULT_RULES.YEAR, `成果年度须在 1949–${currentYear} 之间`));
  }
  if (issues.length > 0 || !benefit.ok) {
    return err(issues);
  }
  return ok({
    title,
    type: input.type,
    patentNumber,
    team,
    firstCompleter: team[0] ?? '',
    economicBenefitFen: benefit.value,
    year: input.year,
  });
}
