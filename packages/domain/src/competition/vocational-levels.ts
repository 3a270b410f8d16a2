import { SKILL_LEVELS } from '../shared/skill-level.js';

/**
 * 职业技能等级 as competitions use them, low to high: 五级/初级工, 四级/中级工, 三级/高级工, 二级/技师, 一级/高级技师, then
 * 特级技师 and 首席技师 (DOMAIN.md §5).
 */
export const VOCATIONAL_LEVELS = SKILL_LEVELS; // the platform's one list (shared/skill-level.ts)

/**
 * The codes are the same strings as the innovation module's skill levels, so a level read
 * from one module's records means the same in the other.
 */
export type VocationalLevel = (typeof VOCATIONAL_LEVELS)[number];

export const VOCATIONAL_LEVEL_LABELS: Readonly<Record<VocationalLevel, string>> = Object.freeze({
  JUNIOR: '五级/初级工',
  INTERMEDIATE: '四级/中级工',
  SENIOR: '三级/高级工',
  TECHNICIAN: '二级/技师',
  SENIOR_TECHNICIAN: '一级/高级技师',
  PRINCIPAL_TECHNICIAN: '特级技师',
  CHIEF_TECHNICIAN: '首席技师',
});

/** 0 for 五级/初级工 … 6 for 首席技师; −1 for no level at all (null). */
export function vocationalLevelRank(level: VocationalLevel | null): number {
  return level === null ? -1 : VOCATIONAL_LEVELS.indexOf(level);
}

/** Compares two levels (null, no certificate, is lowest). */
export function compareVocationalLevels(
  a: VocationalLevel | null,
  b: VocationalLevel | null,
): number {
  return vocationalLevelRank(a) - vocationalLevelRank(b);
}

/** The label of a level, or 无等级 for none. */
export function vocationalLevelLabel(level: VocationalLevel | null): string {
  return level === null ? '无等级' : VOCATIONAL_LEVEL_LABELS[level];
}

/** Narrows an untrusted string to a {@link VocationalLevel}. */
export function isVocationalLevel(value: string): value is VocationalLevel {
  return (VOCATIONAL_LEVELS as readonly string[]).includes(value);
}
