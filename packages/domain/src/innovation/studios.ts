import { type CalendarDate, compareDates } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  isSkillLevel,
  SKILL_LEVEL_LABELS,
  SKILL_LEVELS,
  type SkillLevel,
  skillLevelRank,
} from '../shared/skill-level.js';

/**
 * Model-worker and craftsman studios (劳模和工匠人才创新工作室), DOMAIN.md §4.
 *
 * A studio is named after and led by (领衔人) a model worker, a craftsman or a highly skilled
 * worker, hosted by an employer, at a level, in an industry chain (产业链), with members and a
 * founding date. Its status changes (suspension, de-listing) are dated records, never overwrites.
 */

/** Studio levels, highest first. */
export const STUDIO_LEVELS = Object.freeze([
  'NATIONAL_DEMONSTRATION',
  'PROVINCIAL',
  'CITY',
  'DISTRICT',
] as const);

/** A studio level. See {@link STUDIO_LEVEL_LABELS}. */
export type StudioLevel = (typeof STUDIO_LEVELS)[number];

/** Chinese display names of the studio levels. */
export const STUDIO_LEVEL_LABELS: Readonly<Record<StudioLevel, string>> = Object.freeze({
  NATIONAL_DEMONSTRATION: '全国示范性',
  PROVINCIAL: '省级',
  CITY: '市级',
  DISTRICT: '区（县）级',
});

/** Narrows an untrusted string to a {@link StudioLevel}. */
export function isStudioLevel(value: string): value is StudioLevel {
  return (STUDIO_LEVELS as readonly string[]).includes(value);
}

/** Studio statuses. */
export const STUDIO_STATUSES = Object.freeze(['ACTIVE', 'SUSPENDED', 'DELISTED'] as const);

/** ACTIVE 正常, SUSPENDED 暂停, DELISTED 摘牌 (final). */
export type StudioStatus = (typeof STUDIO_STATUSES)[number];

/** Chinese display names of the statuses. */
export const STUDIO_STATUS_LABELS: Readonly<Record<StudioStatus, string>> = Object.freeze({
  ACTIVE: '正常',
  SUSPENDED: '暂停',
  DELISTED: '已摘牌',
});

/** Narrows an untrusted string to a {@link StudioStatus}. */
export function isStudioStatus(value: string): value is StudioStatus {
  return (STUDIO_STATUSES as readonly string[]).includes(value);
}

// The skill levels are the platform's one list (shared/skill-level.ts), re-exported here for
// the module's callers.
export { isSkillLevel, SKILL_LEVEL_LABELS, SKILL_LEVELS, type SkillLevel, skillLevelRank };

/**
 * What qualifies a studio lead (领衔人资格). Configuration, by region and year: the honor title
 * codes that qualify (from the honor catalogue) and the lowest vocational skill level that
 * qualifies on its own.
 */
export type LeadQualificationConfig = {
  readonly qualifyingHonorCodes: readonly string[];
  /** The lowest skill level that qualifies; null when no skill level qualifies on its own. */
  readonly minimumSkillLevel: SkillLevel | null;
};

/**
 * The default: a model worker or advanced worker at any level, a May Day medal holder, a
 * craftsman of any tier, a 技术能手 or 职工创新能手, or 技师 and above.
 */
export const DEFAULT_LEAD_QUALIFICATION: LeadQualificationConfig = Object.freeze({
  qualifyingHonorCodes: Object.freeze([
    'NATIONAL_MODEL_WORKER',
    'NATIONAL_ADVANCED_WORKER',
    'NATIONAL_MAY_DAY_MEDAL',
    'PROVINCIAL_MAY_DAY_MEDAL',
    'CITY_MAY_DAY_MEDAL',
    'PROVINCIAL_MODEL_WORKER',
    'PROVINCIAL_ADVANCED_WORKER',
    'CITY_MODEL_WORKER',
    'CITY_ADVANCED_WORKER',
    'GREAT_CRAFTSMAN',
    'QILU_GREAT_CRAFTSMAN',
    'QILU_CRAFTSMAN',
    'QINGDAO_GREAT_CRAFTSMAN',
    'QINGDAO_CRAFTSMAN',
    'TAISHAN_CRAFTSMAN',
    'TECHNICAL_EXPERT',
    'WORKER_INNOVATION_EXPERT',
  ]),
  minimumSkillLevel: 'TECHNICIAN',
});

/** A would-be lead's credentials. */
export type LeadCredentials = {
  /** Honor title codes the person holds (not revoked). */
  readonly honorCodes: readonly string[];
  readonly skillLevel: SkillLevel | null;
};

/** Why a lead qualifies. */
export type LeadQualification =
  | { readonly kind: 'HONOR'; readonly honorCode: string }
  | { readonly kind: 'SKILL_LEVEL'; readonly skillLevel: SkillLevel };

/** Stable rule codes of studios. */
export const STUDIO_RULES = Object.freeze({
  LEAD_NOT_QUALIFIED: 'INNOVATION_STUDIO_LEAD_NOT_QUALIFIED',
  NAME_EMPTY: 'INNOVATION_STUDIO_NAME_EMPTY',
  NAME_TOO_LONG: 'INNOVATION_STUDIO_NAME_TOO_LONG',
  STATUS_MOVE: 'INNOVATION_STUDIO_STATUS_MOVE',
  STATUS_DATE: 'INNOVATION_STUDIO_STATUS_DATE',
  DELISTED: 'INNOVATION_STUDIO_DELISTED',
  REASON_REQUIRED: 'INNOVATION_STUDIO_REASON_REQUIRED',
} as const);

/**
 * Checks that a person may lead a studio. Returns every reason they qualify (honors first, in
 * the order held), or LEAD_NOT_QUALIFIED when there is none.
 */
export function checkLeadQualification(
  credentials: LeadCredentials,
  config: LeadQualificationConfig = DEFAULT_LEAD_QUALIFICATION,
  field = 'lead',
): Result<readonly LeadQualification[], FieldError> {
  const qualifying = new Set(config.qualifyingHonorCodes);
  const reasons: LeadQualification[] = [];
  for (const honorCode of new Set(credentials.honorCodes)) {
    if (qualifying.has(honorCode)) {
      reasons.push({ kind: 'HONOR', honorCode });
    }
  }
  if (
    credentials.skillLevel !== null &&
    config.minimumSkillLevel !== null &&
    skillLevelRank(credentials.skillLevel) >= skillLevelRank(config.minimumSkillLevel)
  ) {
    reasons.push({ kind: 'SKILL_LEVEL', skillLevel: credentials.skillLevel });
  }
  if (reasons.length === 0) {
    const floor =
      config.minimumSkillLevel === null
        ? ''
        : `或${SKILL_LEVEL_LABELS[config.minimumSkillLevel]}及以上技能等级`;
    return err(
      fieldError(
        field,
        STUDIO_RULES.LEAD_NOT_QUALIFIED,
        `领衔人须为劳动模范、工匠等荣誉获得者${floor}`,
      ),
    );
  }
  return ok(reasons);
}

/** Maximum length of a studio name, in characters. */
export const STUDIO_NAME_MAX_LENGTH = 60;

/** Trims and checks a studio's name (e.g. 「张三劳模创新工作室」). */
export function checkStudioName(input: string, field = 'name'): Result<string, FieldError> {
  const name = input.trim();
  if (name === '') {
    return err(fieldError(field, STUDIO_RULES.NAME_EMPTY, '请填写工作室名称'));
  }
  if ([...name].length > STUDIO_NAME_MAX_LENGTH) {
    return err(
      fieldError(
        field,
        STUDIO_RULES.NAME_TOO_LONG,
        `工作室名称不能超过 ${STUDIO_NAME_MAX_LENGTH} 个字`,
      ),
    );
  }
  return ok(name);
}

/** A dated status change of a studio (暂停、恢复、摘牌). */
export type StudioStatusChange = {
  readonly from: StudioStatus;
  readonly to: StudioStatus;
  readonly on: CalendarDate;
  readonly reason: string;
};

/**
 * Checks a status change: ACTIVE ↔ SUSPENDED, and either → DELISTED (final); a change needs a
 * reason and may not be dated before the last change (or the founding date).
 */
export function checkStudioStatusChange(
  current: { readonly status: StudioStatus; readonly since: CalendarDate },
  to: StudioStatus,
  on: CalendarDate,
  reason: string,
): Result<StudioStatusChange, FieldError> {
  if (current.status === 'DELISTED') {
    return err(fieldError('status', STUDIO_RULES.DELISTED, '工作室已摘牌，状态不能再变更'));
  }
  if (current.status === to) {
    return err(
      fieldError(
        'status',
        STUDIO_RULES.STATUS_MOVE,
        `工作室已是「${STUDIO_STATUS_LABELS[to]}」状态`,
      ),
    );
  }
  if (compareDates(on, current.since) < 0) {
    return err(
      fieldError('on', STUDIO_RULES.STATUS_DATE, `变更日期不能早于上次变更日期 ${current.since}`),
    );
  }
  const trimmed = reason.trim();
  if (trimmed === '') {
    return err(fieldError('reason', STUDIO_RULES.REASON_REQUIRED, '请填写状态变更的理由'));
  }
  return ok({ from: current.status, to, on, reason: trimmed });
}
