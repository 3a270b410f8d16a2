import {
  EXPENDITURE_KIND_LABELS,
  type ExpenditureKind,
  HARDSHIP_CATEGORY_LABELS,
  HARDSHIP_CAUSE_LABELS,
  HARDSHIP_EXCLUSION_LABELS,
  HARDSHIP_EXIT_REASON_LABELS,
  HARDSHIP_FILE_STATE_LABELS,
  type HardshipCategory,
  type HardshipCause,
  type HardshipExclusion,
  type HardshipExitReason,
  type HardshipFileState,
  HEALTH_STATUS_LABELS,
  type HealthStatus,
  HOUSEHOLD_RELATION_LABELS,
  type HouseholdRelation,
  INCOME_KIND_LABELS,
  type IncomeKind,
  SCHOOL_LEVEL_LABELS,
  type SchoolLevel,
} from '@gonghui/domain';
import type { Locale } from '../../i18n/catalogue';
import type { ExclusionFact } from './hardship-form';

/**
 * Names of the hardship registry's codes. The Chinese is the domain's own wording (the same
 * words the reasons use); English is for the English console.
 */
export interface HardshipLabels {
  category: Record<HardshipCategory, string>;
  cause: Record<HardshipCause, string>;
  relation: Record<HouseholdRelation, string>;
  health: Record<HealthStatus, string>;
  incomeKind: Record<IncomeKind, string>;
  expenditureKind: Record<ExpenditureKind, string>;
  schoolLevel: Record<SchoolLevel, string>;
  exclusion: Record<HardshipExclusion, string>;
  exclusionFact: Record<ExclusionFact, string>;
  exitReason: Record<HardshipExitReason, string>;
  state: Record<HardshipFileState, string>;
  event: Record<'REGISTERED' | 'UPDATED' | 'REVIEWED' | 'EXITED' | 'REENTERED', string>;
}

const zh: HardshipLabels = {
  category: HARDSHIP_CATEGORY_LABELS,
  cause: HARDSHIP_CAUSE_LABELS,
  relation: HOUSEHOLD_RELATION_LABELS,
  health: HEALTH_STATUS_LABELS,
  incomeKind: INCOME_KIND_LABELS,
  expenditureKind: EXPENDITURE_KIND_LABELS,
  schoolLevel: SCHOOL_LEVEL_LABELS,
  exclusion: HARDSHIP_EXCLUSION_LABELS,
  exclusionFact: {
    ownsBusiness: HARDSHIP_EXCLUSION_LABELS.OWNS_BUSINESS,
    employsOthers: HARDSHIP_EXCLUSION_LABELS.EMPLOYS_OTHERS,
    childAtHighFeePrivateSchool: HARDSHIP_EXCLUSION_LABELS.HIGH_FEE_PRIVATE_SCHOOL,
    childSelfFundedStudyAbroad: HARDSHIP_EXCLUSION_LABELS.SELF_FUNDED_STUDY_ABROAD,
    ownsNonEssentialVehicle: HARDSHIP_EXCLUSION_LABELS.NON_ESSENTIAL_VEHICLE,
  },
  exitReason: HARDSHIP_EXIT_REASON_LABELS,
  state: HARDSHIP_FILE_STATE_LABELS,
  event: {
    REGISTERED: '建档',
    UPDATED: '更新档案',
    REVIEWED: '年度复核',
    EXITED: '解困脱困',
    REENTERED: '重新纳入',
  },
};

const en: HardshipLabels = {
  category: {
    DEEP: 'Deep hardship',
    ACCIDENT: 'Accident-induced hardship',
    RELATIVE: 'Relative hardship',
    NONE: 'Does not qualify',
  },
  cause: {
    ILLNESS: 'Illness',
    DISABILITY: 'Disability',
    EDUCATION: 'Schooling costs',
    UNEMPLOYMENT: 'Unemployment, lay-off or unpaid wages',
    LOW_WAGE: 'Low income',
    ACCIDENT: 'Accident',
    DISASTER: 'Natural disaster',
    SINGLE_PARENT: 'Single parent',
    OTHER: 'Other',
  },
  relation: {
    SELF: 'The worker',
    SPOUSE: 'Spouse',
    CHILD: 'Child',
    PARENT: 'Parent',
    SIBLING: 'Sibling',
    OTHER: 'Other',
  },
  health: {
    HEALTHY: 'Healthy',
    CHRONIC_ILLNESS: 'Chronic illness',
    SERIOUS_ILLNESS: 'Serious illness',
    DISABLED: 'Disabled',
  },
  incomeKind: {
    WAGE: 'Wages',
    PENSION: 'Pension',
    BUSINESS: 'Business income',
    PROPERTY: 'Property income',
    TRANSFER: 'Transfers (minimum living allowance, subsidies, support)',
    OTHER: 'Other income',
  },
  expenditureKind: {
    MEDICAL: 'Medical costs (out of pocket)',
    DISABILITY: 'Disability care',
    EDUCATION: 'Children’s schooling',
    EMPLOYMENT: 'Necessary employment costs',
    HOUSING: 'Rent',
    OTHER: 'Other spending',
  },
  schoolLevel: {
    PRIMARY: 'Primary school',
    JUNIOR_SECONDARY: 'Junior secondary',
    SENIOR_SECONDARY: 'Senior secondary (vocational)',
    JUNIOR_COLLEGE: 'Junior college',
    UNDERGRADUATE: 'Undergraduate',
    POSTGRADUATE: 'Postgraduate',
  },
  exclusion: {
    MULTIPLE_HOMES: 'Owns two or more homes',
    OWNS_BUSINESS: 'Runs a shop or business',
    EMPLOYS_OTHERS: 'Employs others',
    HIGH_FEE_PRIVATE_SCHOOL: 'Child at a high-fee private school',
    SELF_FUNDED_STUDY_ABROAD: 'Child studying abroad at own expense',
    NON_ESSENTIAL_VEHICLE: 'Owns a non-essential vehicle',
  },
  exclusionFact: {
    ownsBusiness: 'Runs a shop or business',
    employsOthers: 'Employs others',
    childAtHighFeePrivateSchool: 'Child at a high-fee private school',
    childSelfFundedStudyAbroad: 'Child studying abroad at own expense',
    ownsNonEssentialVehicle: 'Owns a non-essential vehicle',
  },
  exitReason: {
    INCOME_RAISED: 'Household income rose',
    REEMPLOYED: 'Found work again',
    RECOVERED: 'Recovered from illness',
    CHILDREN_FINISHED_SCHOOL: 'Children finished school',
    NO_LONGER_QUALIFIES: 'No longer qualifies at review',
    EXCLUDED: 'An exclusion applies',
    DECEASED: 'The worker died',
    LEFT_UNION: 'Left the union',
    OTHER: 'Other',
  },
  state: { ACTIVE: 'In the registry', EXITED: 'Out of hardship' },
  event: {
    REGISTERED: 'Registered',
    UPDATED: 'Updated',
    REVIEWED: 'Yearly review',
    EXITED: 'Out of hardship',
    REENTERED: 'Re-entered',
  },
};

export function hardshipLabels(locale: Locale): HardshipLabels {
  return locale === 'en' ? en : zh;
}

/** Tag colours of the categories. */
export const categoryColors: Record<HardshipCategory, string> = {
  DEEP: 'red',
  ACCIDENT: 'orange',
  RELATIVE: 'gold',
  NONE: 'default',
};
