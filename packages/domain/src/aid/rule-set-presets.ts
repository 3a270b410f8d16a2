import type { CalendarDate } from '../shared/calendar-date.js';
import type { Fen } from '../shared/money.js';
import { type HardshipRuleSet, NATIONAL_REGION_CODE, type ProgramParameters } from './rule-set.js';

/**
 * Published criteria variants, as rule sets. The multipliers and structure are the real ones
 * (DOMAIN.md §6): deep hardship below the 低保 line; relative hardship below 2 × the line, or
 * 1.5 × in some regions; accident-induced hardship with income within 3 × the line and, after
 * the accident's costs, below it; the exclusions; migrant workers with ≥ 12 months of labour
 * relation and union membership. The money amounts of the programs are demonstration figures:
 * each union enters its own through the console.
 */

const yuan = (amount: number): Fen => (amount * 100) as Fen;

/** Demonstration program parameters (amounts in yuan converted to fen). */
export const DEMO_PROGRAM_PARAMETERS: ProgramParameters = Object.freeze<ProgramParameters>({
  winterRelief: {
    amountByCategory: { DEEP: yuan(2000), ACCIDENT: yuan(1500), RELATIVE: yuan(1000) },
  },
  educationAid: {
    amountByCategoryAndLevel: {
      DEEP: {
        PRIMARY: yuan(1000),
        JUNIOR_SECONDARY: yuan(1500),
        SENIOR_SECONDARY: yuan(2000),
        JUNIOR_COLLEGE: yuan(4000),
        UNDERGRADUATE: yuan(5000),
        POSTGRADUATE: yuan(5000),
      },
      ACCIDENT: {
        PRIMARY: yuan(800),
        JUNIOR_SECONDARY: yuan(1200),
        SENIOR_SECONDARY: yuan(1500),
        JUNIOR_COLLEGE: yuan(3000),
        UNDERGRADUATE: yuan(4000),
        POSTGRADUATE: yuan(4000),
      },
      RELATIVE: {
        PRIMARY: yuan(500),
        JUNIOR_SECONDARY: yuan(800),
        SENIOR_SECONDARY: yuan(1000),
        JUNIOR_COLLEGE: yuan(2000),
        UNDERGRADUATE: yuan(3000),
        POSTGRADUATE: yuan(3000),
      },
    },
  },
  medicalAid: {
    eligibleCategories: ['DEEP', 'ACCIDENT', 'RELATIVE'],
    shareBasisPoints: 5000,
    minimumOutOfPocket: yuan(1000),
    yearlyCap: yuan(20000),
  },
  mutualMedical: {
    premium: yuan(30),
    deductible: yuan(800),
    ratioBasisPoints: 6000,
    yearlyCap: yuan(30000),
  },
  summerCooling: { amountPerWorker: yuan(100) },
});

/**
 * Variant A, the national default: relative hardship below 2 × the line, accident-induced
 * hardship within 3 × the line. Its 低保 line (800 元 a month) is a demonstration figure near
 * the national average urban line; a region overrides it with its own published line.
 */
export const NATIONAL_DEFAULT_RULE_SET: HardshipRuleSet = Object.freeze<HardshipRuleSet>({
  regionCode: NATIONAL_REGION_CODE,
  regionName: '全国',
  version: 1,
  effectiveFrom: '2024-01-01' as CalendarDate,
  effectiveTo: null,
  source: '困难职工认定标准（深度困难、相对困难、意外致困）；低保标准为示例数值',
  parameters: {
    minimumLivingStandard: yuan(800),
    relativeLinePercent: 200,
    accidentIncomeLinePercent: 300,
    accidentWindowMonths: 12,
    deductibleExpenditureKinds: ['MEDICAL', 'DISABILITY', 'EDUCATION', 'EMPLOYMENT'],
    exclusions: [
      'MULTIPLE_HOMES',
      'OWNS_BUSINESS',
      'EMPLOYS_OTHERS',
      'HIGH_FEE_PRIVATE_SCHOOL',
      'SELF_FUNDED_STUDY_ABROAD',
    ],
    migrantWorker: { minLabourRelationMonths: 12, minMembershipMonths: 12 },
    programs: DEMO_PROGRAM_PARAMETERS,
  },
});

/**
 * Variant B, a regional override (青岛市 370200, demonstration): the city's monthly line of
 * 1,090 元 and relative hardship below 1.5 × the line; everything else inherited from the
 * national default.
 */
export const QINGDAO_DEMO_RULE_SET: HardshipRuleSet = Object.freeze<HardshipRuleSet>({
  regionCode: '370200',
  regionName: '青岛市',
  version: 1,
  effectiveFrom: '2024-07-01' as CalendarDate,
  effectiveTo: null,
  source: '示例：城市低保标准 1,090 元/人·月，相对困难按低保标准 1.5 倍认定',
  parameters: {
    minimumLivingStandard: yuan(1090),
    relativeLinePercent: 150,
  },
});
