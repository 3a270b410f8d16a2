import type { FieldNamePath } from '../../shared/form-errors';

export type CompetitionKind = 'SKILLS' | 'LABOUR_PROJECT' | 'SAFETY_KNOWLEDGE' | 'INNOVATION';
export type CompetitionClass =
  | 'CITY_CLASS_ONE'
  | 'CITY_CLASS_TWO'
  | 'DISTRICT'
  | 'INDUSTRY'
  | 'ENTERPRISE';
export type StageKind = 'PRELIMINARY' | 'SEMIFINAL' | 'FINAL' | 'PERIOD';
export type VocationalLevel =
  | 'JUNIOR'
  | 'INTERMEDIATE'
  | 'SENIOR'
  | 'TECHNICIAN'
  | 'SENIOR_TECHNICIAN'
  | 'PRINCIPAL_TECHNICIAN'
  | 'CHIEF_TECHNICIAN';

export const COMPETITION_KINDS: readonly CompetitionKind[] = [
  'SKILLS',
  'LABOUR_PROJECT',
  'SAFETY_KNOWLEDGE',
  'INNOVATION',
];
export const COMPETITION_CLASSES: readonly CompetitionClass[] = [
  'CITY_CLASS_ONE',
  'CITY_CLASS_TWO',
  'DISTRICT',
  'INDUSTRY',
  'ENTERPRISE',
];
export const SKILL_STAGE_KINDS: readonly StageKind[] = ['PRELIMINARY', 'SEMIFINAL', 'FINAL'];
export const VOCATIONAL_LEVELS: readonly VocationalLevel[] = [
  'JUNIOR',
  'INTERMEDIATE',
  'SENIOR',
  'TECHNICIAN',
  'SENIOR_TECHNICIAN',
  'PRINCIPAL_TECHNICIAN',
  'CHIEF_TECHNICIAN',
];

/** One aspect as typed in the wizard; its code is given when the input is built. */
export interface WizardAspect {
  name: string;
  part: 'THEORY' | 'PRACTICAL';
  maxMarks: number;
}

export interface WizardStage {
  kind: StageKind;
  name: string;
  theoryWeightPercent: number;
  practicalWeightPercent: number;
  aspects: WizardAspect[];
}

/** Everything the set-up wizard (新建竞赛向导) asks, across its steps. */
export interface WizardValues {
  organizationId: string;
  name: string;
  kind: CompetitionKind;
  competitionClass: CompetitionClass;
  trade?: string;
  coOrganizers?: string[];
  entryMode: 'INDIVIDUAL' | 'TEAM';
  startsOn: string;
  endsOn: string;
  description?: string;
  stages: WizardStage[];
  eligibility: {
    minAge?: number | null;
    maxAge?: number | null;
    minSkillLevel?: VocationalLevel | null;
    maxSkillLevel?: VocationalLevel | null;
    regionRestricted?: boolean;
  };
  trimFromJudges: number;
  awardScheme: {
    medals: boolean;
    firstPercent?: number | null;
    secondPercent?: number | null;
    thirdPercent?: number | null;
    excellenceToPercent?: number | null;
  };
}

/** A skills competition with a preliminary (theory only) and a final (theory + practical). */
export function defaultWizardValues(organizationId: string): WizardValues {
  return {
    organizationId,
    name: '',
    kind: 'SKILLS',
    competitionClass: 'DISTRICT',
    coOrganizers: [],
    entryMode: 'INDIVIDUAL',
    startsOn: '',
    endsOn: '',
    stages: [
      {
        kind: 'PRELIMINARY',
        name: '初赛',
        theoryWeightPercent: 100,
        practicalWeightPercent: 0,
        aspects: [{ name: '理论知识', part: 'THEORY', maxMarks: 100 }],
      },
      {
        kind: 'FINAL',
        name: '决赛',
        theoryWeightPercent: 30,
        practicalWeightPercent: 70,
        aspects: [
          { name: '理论知识', part: 'THEORY', maxMarks: 100 },
          { name: '实操一', part: 'PRACTICAL', maxMarks: 60 },
          { name: '实操二', part: 'PRACTICAL', maxMarks: 40 },
        ],
      },
    ],
    eligibility: { regionRestricted: false },
    trimFromJudges: 5,
    awardScheme: { medals: false, firstPercent: 10, secondPercent: 20, thirdPercent: 30 },
  };
}

const emptyToNull = (value: string | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};
const numberOrNull = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * The `CreateCompetitionInput` of the wizard's values. Aspect codes are given per stage: T1, T2 …
 * for theory, P1, P2 … for practical. A labour competition's stages are 考核期 scored on the six
 * dimensions, so they carry no aspects. The gateway checks everything with the domain.
 */
export function competitionInputOf(values: WizardValues) {
  const labour = values.kind === 'LABOUR_PROJECT';
  const award = values.awardScheme;
  return {
    organizationId: values.organizationId,
    name: values.name.trim(),
    kind: values.kind,
    competitionClass: values.competitionClass,
    trade: emptyToNull(values.trade),
    coOrganizers: (values.coOrganizers ?? []).map((name) => name.trim()).filter(Boolean),
    entryMode: labour ? ('TEAM' as const) : values.entryMode,
    startsOn: values.startsOn.trim(),
    endsOn: values.endsOn.trim(),
    description: emptyToNull(values.description),
    stages: values.stages.map((stage) => {
      const counters = { THEORY: 0, PRACTICAL: 0 };
      return {
        kind: labour ? ('PERIOD' as const) : stage.kind,
        name: stage.name.trim(),
        theoryWeightPercent: labour ? 0 : stage.theoryWeightPercent,
        practicalWeightPercent: labour ? 100 : stage.practicalWeightPercent,
        aspects: labour
          ? []
          : stage.aspects.map((aspect) => {
              counters[aspect.part] += 1;
              return {
                code: `${aspect.part === 'THEORY' ? 'T' : 'P'}${counters[aspect.part]}`,
                name: aspect.name.trim(),
                part: aspect.part,
                maxMarks: aspect.maxMarks,
              };
            }),
      };
    }),
    eligibility: labour
      ? null
      : {
          minAge: numberOrNull(values.eligibility.minAge),
          maxAge: numberOrNull(values.eligibility.maxAge),
          minSkillLevel: values.eligibility.minSkillLevel ?? null,
          maxSkillLevel: values.eligibility.maxSkillLevel ?? null,
          regionRestricted: values.eligibility.regionRestricted ?? false,
        },
    trimFromJudges: values.trimFromJudges,
    awardScheme: award.medals
      ? { medals: true, excellenceToPercent: numberOrNull(award.excellenceToPercent) ?? 50 }
      : {
          medals: false,
          firstPercent: numberOrNull(award.firstPercent) ?? 0,
          secondPercent: numberOrNull(award.secondPercent) ?? 0,
          thirdPercent: numberOrNull(award.thirdPercent) ?? 0,
        },
  };
}

/** The wizard's steps and the fields (antd name patterns) each one shows. */
export const WIZARD_STEP_FIELDS: readonly (readonly string[])[] = [
  [
    'organizationId',
    'name',
    'kind',
    'competitionClass',
    'trade',
    'coOrganizers',
    'coOrganizers.*',
    'entryMode',
    'startsOn',
    'endsOn',
    'description',
  ],
  [
    'stages.*.kind',
    'stages.*.name',
    'stages.*.theoryWeightPercent',
    'stages.*.practicalWeightPercent',
    'stages.*.weights',
    'stages.*.aspects',
    'stages.*.aspects.*.name',
    'stages.*.aspects.*.part',
    'stages.*.aspects.*.maxMarks',
    'stages.*.aspects.*.code',
  ],
  [
    'eligibility.minAge',
    'eligibility.maxAge',
    'eligibility.minSkillLevel',
    'eligibility.maxSkillLevel',
    'eligibility.regionRestricted',
    'trimFromJudges',
  ],
  [
    'awardScheme.medals',
    'awardScheme.firstPercent',
    'awardScheme.secondPercent',
    'awardScheme.thirdPercent',
    'awardScheme.excellenceToPercent',
  ],
];

/** Every field pattern of the wizard, for `applyValidationError`. */
export const WIZARD_FIELD_PATTERNS: readonly string[] = WIZARD_STEP_FIELDS.flat();

/**
 * The gateway names a stage's weight finding `stages.N.weights` and an aspect's code
 * `stages.N.aspects.M.code` (the wizard gives codes itself): shown under the theory weight and
 * the aspect's name.
 */
export function wizardFieldOf(path: FieldNamePath): FieldNamePath {
  const last = path[path.length - 1];
  if (path[0] === 'stages' && last === 'weights') {
    return [...path.slice(0, -1), 'theoryWeightPercent'];
  }
  if (path[0] === 'stages' && last === 'code') return [...path.slice(0, -1), 'name'];
  if (path[0] === 'coOrganizers') return ['coOrganizers'];
  if (path[0] === 'stages' && path.length === 3 && last === 'aspects') {
    return [...path.slice(0, -1), 'name'];
  }
  return path;
}

/** The step (0-based) showing a field; the last step (review) for anything else. */
export function stepOfField(path: FieldNamePath): number {
  const matches = (pattern: string) => {
    const parts = pattern.split('.');
    return (
      parts.length === path.length &&
      parts.every((part, index) =>
        part === '*' ? typeof path[index] === 'number' : part === String(path[index]),
      )
    );
  };
  const index = WIZARD_STEP_FIELDS.findIndex((fields) => fields.some(matches));
  return index === -1 ? WIZARD_STEP_FIELDS.length : index;
}
