/**
 * Competitions (劳动和技能竞赛, DOMAIN.md §5): kinds, classes, stages and entry modes.
 *
 * City-level competitions lead, district and industry ones are the focus, enterprise ones
 * are the base (多层次竞赛体系).
 */

/** What a competition is. */
export const COMPETITION_KINDS = Object.freeze([
  'SKILLS',
  'LABOUR_PROJECT',
  'SAFETY_KNOWLEDGE',
  'INNOVATION',
] as const);

/**
 * - `SKILLS` 职业技能竞赛 — contestants of one trade (工种), judged and ranked;
 * - `LABOUR_PROJECT` 重点工程劳动竞赛 — participating units assessed per period on six dimensions;
 * - `SAFETY_KNOWLEDGE` 安康杯 safety-knowledge competition;
 * - `INNOVATION` 创新竞赛.
 */
export type CompetitionKind = (typeof COMPETITION_KINDS)[number];

export const COMPETITION_KIND_LABELS: Readonly<Record<CompetitionKind, string>> = Object.freeze({
  SKILLS: '职业技能竞赛',
  LABOUR_PROJECT: '重点工程劳动竞赛',
  SAFETY_KNOWLEDGE: '安康杯安全知识竞赛',
  INNOVATION: '创新竞赛',
});

/** The class (级别/类别) of a competition, which decides the promotion a result earns. */
export const COMPETITION_CLASSES = Object.freeze([
  'CITY_CLASS_ONE',
  'CITY_CLASS_TWO',
  'DISTRICT',
  'INDUSTRY',
  'ENTERPRISE',
] as const);

export type CompetitionClass = (typeof COMPETITION_CLASSES)[number];

export const COMPETITION_CLASS_LABELS: Readonly<Record<CompetitionClass, string>> = Object.freeze({
  CITY_CLASS_ONE: '市级一类',
  CITY_CLASS_TWO: '市级二类',
  DISTRICT: '区级',
  INDUSTRY: '行业级',
  ENTERPRISE: '企业级',
});

/** Stages of a competition, in order. */
export const COMPETITION_STAGE_KINDS = Object.freeze([
  'PRELIMINARY',
  'SEMIFINAL',
  'FINAL',
  'PERIOD',
] as const);

/**
 * 初赛 / 复赛 / 决赛 for skills competitions; `PERIOD` 考核期 for a labour competition, whose
 * units are assessed period by period.
 */
export type CompetitionStageKind = (typeof COMPETITION_STAGE_KINDS)[number];

export const COMPETITION_STAGE_KIND_LABELS: Readonly<Record<CompetitionStageKind, string>> =
  Object.freeze({
    PRELIMINARY: '初赛',
    SEMIFINAL: '复赛',
    FINAL: '决赛',
    PERIOD: '考核期',
  });

/** Individual contestants or teams. */
export const ENTRY_MODES = Object.freeze(['INDIVIDUAL', 'TEAM'] as const);
export type EntryMode = (typeof ENTRY_MODES)[number];
export const ENTRY_MODE_LABELS: Readonly<Record<EntryMode, string>> = Object.freeze({
  INDIVIDUAL: '个人赛',
  TEAM: '团体赛',
});

/** Narrows an untrusted string to a {@link CompetitionKind}. */
export function isCompetitionKind(value: string): value is CompetitionKind {
  return (COMPETITION_KINDS as readonly string[]).includes(value);
}

/** Narrows an untrusted string to a {@link CompetitionClass}. */
export function isCompetitionClass(value: string): value is CompetitionClass {
  return (COMPETITION_CLASSES as readonly string[]).includes(value);
}
