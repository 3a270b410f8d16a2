/**
 * 职业技能等级 (vocational skill levels), lowest first: 五级/初级工, 四级/中级工, 三级/高级工,
 * 二级/技师, 一级/高级技师, then 特级技师 and 首席技师. The one list of the platform: the
 * competitions (eligibility, promotion, as `VOCATIONAL_LEVELS`) and the innovation studios (a
 * lead's qualification) use the same codes, so a level recorded by one module means the same
 * in the other.
 */
export const SKILL_LEVELS = Object.freeze([
  'JUNIOR',
  'INTERMEDIATE',
  'SENIOR',
  'TECHNICIAN',
  'SENIOR_TECHNICIAN',
  'PRINCIPAL_TECHNICIAN',
  'CHIEF_TECHNICIAN',
] as const);

/** A vocational skill level. */
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** Short Chinese names (初级工 … 首席技师). */
export const SKILL_LEVEL_LABELS: Readonly<Record<SkillLevel, string>> = Object.freeze({
  JUNIOR: '初级工',
  INTERMEDIATE: '中级工',
  SENIOR: '高级工',
  TECHNICIAN: '技师',
  SENIOR_TECHNICIAN: '高级技师',
  PRINCIPAL_TECHNICIAN: '特级技师',
  CHIEF_TECHNICIAN: '首席技师',
});

/** Narrows an untrusted string to a {@link SkillLevel}. */
export function isSkillLevel(value: string): value is SkillLevel {
  return (SKILL_LEVELS as readonly string[]).includes(value);
}

/** Position of a skill level on the ladder (0 = 初级工). */
export function skillLevelRank(level: SkillLevel): number {
  return SKILL_LEVELS.indexOf(level);
}
