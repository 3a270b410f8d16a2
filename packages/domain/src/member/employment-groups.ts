import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * Member flags used in statistics: the new-employment-form group (新就业形态劳动者, the
 * "eight groups" 八大群体) and the migrant-worker flag (农民工). Both parsers accept the loose
 * spellings found in Excel rosters.
 */

/** The eight new-employment-form groups (八大群体). */
export const NEW_EMPLOYMENT_GROUPS = Object.freeze([
  'TRUCK_DRIVER',
  'COURIER',
  'FOOD_DELIVERY_RIDER',
  'RIDE_HAILING_DRIVER',
  'CARER',
  'DOMESTIC_WORKER',
  'MALL_PROMOTER',
  'SECURITY_GUARD',
] as const);

/** One of the eight groups; see {@link NEW_EMPLOYMENT_GROUP_LABELS}. */
export type NewEmploymentGroup = (typeof NEW_EMPLOYMENT_GROUPS)[number];

/** Chinese display names of the groups (the names used in ACFTU statistics). */
export const NEW_EMPLOYMENT_GROUP_LABELS: Readonly<Record<NewEmploymentGroup, string>> =
  Object.freeze({
    TRUCK_DRIVER: '货车司机',
    COURIER: '快递员',
    FOOD_DELIVERY_RIDER: '外卖送餐员',
    RIDE_HAILING_DRIVER: '网约车司机',
    CARER: '护工护理员',
    DOMESTIC_WORKER: '家政服务员',
    MALL_PROMOTER: '商场信息员',
    SECURITY_GUARD: '保安员',
  });

/**
 * The names {@link parseNewEmploymentGroup} accepts besides the label and the code
 * ('FOOD_DELIVERY_RIDER'), before normalisation (see there). No name belongs to two groups.
 * Deliberately not accepted because they are ambiguous: '司机' (truck or ride-hailing), '骑手'
 * and '配送员' (food or parcel delivery), '护士' (a nurse is not a carer).
 */
export const NEW_EMPLOYMENT_GROUP_SYNONYMS: Readonly<
  Record<NewEmploymentGroup, readonly string[]>
> = Object.freeze({
  TRUCK_DRIVER: Object.freeze([
    '货车驾驶员',
    '卡车司机',
    '货运司机',
    'truck driver',
    'lorry driver',
    'trucker',
  ]),
  COURIER: Object.freeze(['快递小哥', '快递配送员', '快递收派员', 'courier', 'express courier']),
  FOOD_DELIVERY_RIDER: Object.freeze([
    '外卖骑手',
    '外卖员',
    '外卖配送员',
    '送餐员',
    '网约配送员',
    'food delivery rider',
    'delivery rider',
    'food delivery courier',
  ]),
  RIDE_HAILING_DRIVER: Object.freeze([
    '网约车驾驶员',
    '网约车',
    'ride hailing driver',
    'ridehailing driver',
    'online car hailing driver',
  ]),
  CARER: Object.freeze([
    '护工',
    '护理员',
    '养老护理员',
    '医疗护理员',
    'carer',
    'caregiver',
    'care worker',
  ]),
  DOMESTIC_WORKER: Object.freeze([
    '家政员',
    '家政工',
    '家政',
    '保姆',
    '月嫂',
    '育婴员',
    'domestic worker',
    'housekeeper',
  ]),
  MALL_PROMOTER: Object.freeze([
    '商场促销员',
    '促销员',
    '商场导购员',
    '导购员',
    'mall promoter',
    'shopping mall promoter',
    'promoter',
  ]),
  SECURITY_GUARD: Object.freeze(['保安', 'security guard', 'guard']),
});

/** Cell values that mean "not in any group": an empty cell, '无', '否', 'none', '-'. */
const NO_GROUP_VALUES: ReadonlySet<string> = new Set(['', '无', '否', 'none', '-', '—']);

/** Stable rule codes for the new-employment-form group. */
export const NEW_EMPLOYMENT_GROUP_RULES = Object.freeze({
  UNKNOWN: 'NEW_EMPLOYMENT_GROUP_UNKNOWN',
} as const);

/** Stable rule codes for the migrant-worker flag. */
export const MIGRANT_WORKER_FLAG_RULES = Object.freeze({
  INVALID: 'MIGRANT_WORKER_FLAG_INVALID',
} as const);

/**
 * Normalises a name for lookup: NFKC (full-width letters and spaces become ASCII), lowercase,
 * every run of spaces, '_' and '-' (ASCII or full-width) becomes one space, then trimmed; and
 * all spaces are removed when the text contains no Latin letter (Chinese names).
 */
function normaliseName(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
  return /[a-z]/.test(folded) ? folded : folded.replace(/ /g, '');
}

const GROUP_BY_NAME: ReadonlyMap<string, NewEmploymentGroup> = (() => {
  const map = new Map<string, NewEmploymentGroup>();
  for (const group of NEW_EMPLOYMENT_GROUPS) {
    for (const name of [
      group,
      NEW_EMPLOYMENT_GROUP_LABELS[group],
      ...NEW_EMPLOYMENT_GROUP_SYNONYMS[group],
    ]) {
      map.set(normaliseName(name), group);
    }
  }
  return map;
})();

/** Narrows an untrusted string to a {@link NewEmploymentGroup} (the code only, exact). */
export function isNewEmploymentGroup(value: string): value is NewEmploymentGroup {
  return (NEW_EMPLOYMENT_GROUPS as readonly string[]).includes(value);
}

/**
 * Reads a new-employment-form group from a roster cell or form field. Accepted, after
 * normalisation (surrounding and inner spaces, case, full-width characters, '_' / '-' versus a
 * space do not matter):
 * - the code ('FOOD_DELIVERY_RIDER', 'food delivery rider');
 * - the label ('外卖送餐员');
 * - a synonym from {@link NEW_EMPLOYMENT_GROUP_SYNONYMS} ('外卖骑手', '网约配送员', '保安').
 *
 * An empty cell, '无', '否', 'none' or '-' means the member belongs to no group: ok(null).
 * Anything else fails with NEW_EMPLOYMENT_GROUP_UNKNOWN, listing the eight labels.
 */
export function parseNewEmploymentGroup(
  input: string,
  field = 'newEmploymentGroup',
): Result<NewEmploymentGroup | null, FieldError> {
  const name = normaliseName(input);
  if (NO_GROUP_VALUES.has(name)) {
    return ok(null);
  }
  const group = GROUP_BY_NAME.get(name);
  if (group === undefined) {
    return err(
      fieldError(
        field,
        NEW_EMPLOYMENT_GROUP_RULES.UNKNOWN,
        `无法识别的新就业形态群体「${input.trim()}」，应为：${NEW_EMPLOYMENT_GROUPS.map(
          (known) => NEW_EMPLOYMENT_GROUP_LABELS[known],
        ).join('、')}，不属于时留空`,
      ),
    );
  }
  return ok(group);
}

const TRUE_FLAGS: ReadonlySet<string> = new Set(['是', 'y', 'yes', '1', 'true', '√', '✓']);
const FALSE_FLAGS: ReadonlySet<string> = new Set(['否', 'n', 'no', '0', 'false', '×', '✗', '']);

/**
 * Reads the migrant-worker flag (是否农民工) from a roster cell (a spreadsheet reader may give a
 * string, a boolean or a number) or a form field:
 * - true: '是', 'Y', 'yes', '1', 'true', '√', '✓', `true`, `1`;
 * - false: '否', 'N', 'no', '0', 'false', '×', '✗', `false`, `0`, and an empty cell ('', blank,
 *   `null`, `undefined`) — the flag marks migrant workers, so an unmarked row is not one.
 *
 * Strings are trimmed, NFKC-normalised (full-width 'Ｙ', '１') and case-insensitive. Anything
 * else fails with MIGRANT_WORKER_FLAG_INVALID.
 */
export function parseMigrantWorkerFlag(
  input: string | number | boolean | null | undefined,
  field = 'isMigrantWorker',
): Result<boolean, FieldError> {
  if (typeof input === 'boolean') {
    return ok(input);
  }
  if (input === null || input === undefined) {
    return ok(false);
  }
  const text = String(input).normalize('NFKC').trim().toLowerCase();
  if (TRUE_FLAGS.has(text)) {
    return ok(true);
  }
  if (FALSE_FLAGS.has(text)) {
    return ok(false);
  }
  return err(
    fieldError(
      field,
      MIGRANT_WORKER_FLAG_RULES.INVALID,
      `是否农民工应填写“是”或“否”，不能为「${String(input).trim()}」`,
    ),
  );
}
