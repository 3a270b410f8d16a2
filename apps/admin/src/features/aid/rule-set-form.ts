import type {
  ExpenditureKind,
  HardshipExclusion,
  PartialHardshipParameters,
} from '@gonghui/domain';
import { fenOfYuan, yuanOfFen } from './hardship-form';

/**
 * The rule-set editor's values: the parameters most often changed as fields (blank = inherited
 * from the region above), the programs' amounts as JSON (fen), kept as they were unless edited.
 */
export interface RuleSetFormValues {
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  lineYuan?: number | null;
  relativeLinePercent?: number | null;
  accidentIncomeLinePercent?: number | null;
  accidentWindowMonths?: number | null;
  migrantMonths?: number | null;
  deductibleExpenditureKinds?: ExpenditureKind[];
  exclusions?: HardshipExclusion[];
  programsJson?: string;
  changeNote?: string;
  source?: string;
}

export function ruleSetFormValuesOf(parameters: PartialHardshipParameters): RuleSetFormValues {
  return {
    effectiveFrom: null,
    effectiveTo: null,
    lineYuan:
      parameters.minimumLivingStandard === undefined
        ? null
        : yuanOfFen(parameters.minimumLivingStandard),
    relativeLinePercent: parameters.relativeLinePercent ?? null,
    accidentIncomeLinePercent: parameters.accidentIncomeLinePercent ?? null,
    accidentWindowMonths: parameters.accidentWindowMonths ?? null,
    migrantMonths: parameters.migrantWorker?.minLabourRelationMonths ?? null,
    deductibleExpenditureKinds: parameters.deductibleExpenditureKinds
      ? [...parameters.deductibleExpenditureKinds]
      : undefined,
    exclusions: parameters.exclusions ? [...parameters.exclusions] : undefined,
    programsJson: parameters.programs ? JSON.stringify(parameters.programs, null, 2) : '',
  };
}

/**
 * The parameters to store: only those given (the rest inherited). The migrant-worker months are
 * one figure for both labour relation and membership (the criteria use the same year). Throws
 * SyntaxError when the programs JSON does not parse; the gateway checks everything else.
 */
export function ruleSetParametersOf(values: RuleSetFormValues): PartialHardshipParameters {
  const parameters: Record<string, unknown> = {};
  if (values.lineYuan !== null && values.lineYuan !== undefined) {
    parameters.minimumLivingStandard = fenOfYuan(values.lineYuan);
  }
  if (typeof values.relativeLinePercent === 'number') {
    parameters.relativeLinePercent = values.relativeLinePercent;
  }
  if (typeof values.accidentIncomeLinePercent === 'number') {
    parameters.accidentIncomeLinePercent = values.accidentIncomeLinePercent;
  }
  if (typeof values.accidentWindowMonths === 'number') {
    parameters.accidentWindowMonths = values.accidentWindowMonths;
  }
  if (typeof values.migrantMonths === 'number') {
    parameters.migrantWorker = {
      minLabourRelationMonths: values.migrantMonths,
      minMembershipMonths: values.migrantMonths,
    };
  }
  if (values.deductibleExpenditureKinds && values.deductibleExpenditureKinds.length > 0) {
    parameters.deductibleExpenditureKinds = values.deductibleExpenditureKinds;
  }
  if (values.exclusions && values.exclusions.length > 0) {
    parameters.exclusions = values.exclusions;
  }
  if (values.programsJson?.trim()) {
    parameters.programs = JSON.parse(values.programsJson) as unknown;
  }
  return parameters as PartialHardshipParameters;
}
