import {
  EXPENDITURE_KINDS,
  type ExpenditureKind,
  type Fen,
  formatYuan,
  HARDSHIP_CAUSES,
  type HardshipCause,
  type HealthStatus,
  type HouseholdRelation,
  INCOME_KINDS,
  type IncomeKind,
  type SchoolLevel,
  yuanToFen,
} from '@gonghui/domain';
import type { ResultOf, VariablesOf } from '../../graphql';
import type { CreateHardshipFileMutation, RevealHardshipFileMutation } from './hardship-queries';

/**
 * The household form of a hardship file and what it sends: the same values give the dry-run
 * classification (assessHardship, as the form is filled) and the stored file (create, review,
 * re-entry). Amounts are typed in yuan and sent as integer fen.
 */

export type HouseholdInput = VariablesOf<typeof CreateHardshipFileMutation>['input']['household'];
export type FactsInput = HouseholdInput['facts'];

type Details = Extract<
  NonNullable<ResultOf<typeof RevealHardshipFileMutation>['revealHardshipFile']>,
  { __typename: 'HardshipFileDetails' }
>;

/** The exclusion facts, ticked as a checkbox group. */
export const exclusionFacts = [
  'ownsBusiness',
  'employsOthers',
  'childAtHighFeePrivateSchool',
  'childSelfFundedStudyAbroad',
  'ownsNonEssentialVehicle',
] as const;
export type ExclusionFact = (typeof exclusionFacts)[number];

export interface MemberValues {
  name?: string;
  relation?: HouseholdRelation;
  idNumber?: string;
  health?: HealthStatus;
  occupation?: string;
  schoolLevel?: SchoolLevel | null;
  modelWorkerTitle?: string;
}

export interface AmountValues<Kind> {
  kind?: Kind;
  annualYuan?: number | null;
}

export interface HouseholdFormValues {
  members?: MemberValues[];
  incomes?: AmountValues<IncomeKind>[];
  expenditures?: AmountValues<ExpenditureKind>[];
  homesOwned?: number | null;
  exclusions?: ExclusionFact[];
  hasAccident?: boolean;
  accident?: {
    date?: string | null;
    description?: string;
    costsYuan?: number | null;
    compensationYuan?: number | null;
  };
  labourRelationMonths?: number | null;
  causes?: HardshipCause[];
  documents?: string[];
  situation?: string;
}

/** Yuan as typed (up to 2 decimals) → integer fen; 0 for an empty or unreadable amount. */
export function fenOfYuan(value: number | null | undefined): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return 0;
  const parsed = yuanToFen(value.toFixed(2));
  return parsed.ok ? parsed.value : 0;
}

/** Integer fen → yuan for an input (1234567 → 12345.67). */
export function yuanOfFen(value: number): number {
  return Number(formatYuan(value as Fen).replaceAll(',', ''));
}

/** '1,090.00 元' style, for figures. */
export function yuanText(value: number): string {
  return `${formatYuan(value as Fen)} 元`;
}

/** Whole months from `from` to `to` (YYYY-MM-DD), 0 when `to` is earlier. */
export function monthsSince(from: string, to: string): number {
  const [fy = 0, fm = 0, fd = 0] = from.split('-').map(Number);
  const [ty = 0, tm = 0, td = 0] = to.split('-').map(Number);
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
}

/**
 * The classification's facts from the form. A migrant worker's membership months are counted
 * from their joining date (the gateway does the same for a stored file).
 */
export function factsInputOf(
  values: HouseholdFormValues,
  migrant: { joinedOn: string; today: string } | null,
): FactsInput {
  const exclusions = new Set(values.exclusions ?? []);
  const accident = values.hasAccident ? values.accident : undefined;
  return {
    size: (values.members ?? []).length,
    incomes: (values.incomes ?? [])
      .filter((line) => line.kind)
      .map((line) => ({
        kind: line.kind as IncomeKind,
        annualAmountFen: fenOfYuan(line.annualYuan),
      })),
    expenditures: (values.expenditures ?? [])
      .filter((line) => line.kind)
      .map((line) => ({
        kind: line.kind as ExpenditureKind,
        annualAmountFen: fenOfYuan(line.annualYuan),
      })),
    homesOwned: values.homesOwned ?? 0,
    ownsBusiness: exclusions.has('ownsBusiness'),
    employsOthers: exclusions.has('employsOthers'),
    childAtHighFeePrivateSchool: exclusions.has('childAtHighFeePrivateSchool'),
    childSelfFundedStudyAbroad: exclusions.has('childSelfFundedStudyAbroad'),
    ownsNonEssentialVehicle: exclusions.has('ownsNonEssentialVehicle'),
    accident: accident?.date
      ? {
          date: accident.date,
          description: accident.description?.trim() ?? '',
          costsFen: fenOfYuan(accident.costsYuan),
          compensationFen: fenOfYuan(accident.compensationYuan),
        }
      : null,
    migrantWorker: migrant
      ? {
          labourRelationMonths: values.labourRelationMonths ?? 0,
          membershipMonths: monthsSince(migrant.joinedOn, migrant.today),
        }
      : null,
  };
}

/** The household as the file mutations take it. */
export function householdInputOf(
  values: HouseholdFormValues,
  migrant: { joinedOn: string; today: string } | null,
): HouseholdInput {
  return {
    members: (values.members ?? []).map((member) => ({
      name: member.name?.trim() ?? '',
      relation: member.relation ?? 'OTHER',
      idNumber: member.idNumber?.trim() || null,
      health: member.health ?? 'HEALTHY',
      occupation: member.occupation?.trim() || null,
      schoolLevel: member.schoolLevel ?? null,
      modelWorkerTitle: member.modelWorkerTitle?.trim() || null,
    })),
    facts: factsInputOf(values, migrant),
    causes: values.causes ?? [],
    documents: (values.documents ?? []).map((document) => document.trim()).filter(Boolean),
    situation: values.situation?.trim() || null,
  };
}

/** A revealed file as form values, to review or re-enter it. */
export function formValuesOfDetails(details: Details): HouseholdFormValues {
  const exclusions = exclusionFacts.filter((fact) => details[fact]);
  return {
    members: details.members.map((member) => ({
      name: member.name,
      relation: member.relation,
      idNumber: member.idNumber ?? undefined,
      health: member.health,
      occupation: member.occupation ?? undefined,
      schoolLevel: member.schoolLevel ?? null,
      modelWorkerTitle: member.modelWorkerTitle ?? undefined,
    })),
    incomes: details.incomes
      .filter((line): line is { kind: IncomeKind; annualAmountFen: number } =>
        (INCOME_KINDS as readonly string[]).includes(line.kind),
      )
      .map((line) => ({ kind: line.kind, annualYuan: yuanOfFen(line.annualAmountFen) })),
    expenditures: details.expenditures
      .filter((line): line is { kind: ExpenditureKind; annualAmountFen: number } =>
        (EXPENDITURE_KINDS as readonly string[]).includes(line.kind),
      )
      .map((line) => ({ kind: line.kind, annualYuan: yuanOfFen(line.annualAmountFen) })),
    homesOwned: details.homesOwned,
    exclusions,
    hasAccident: details.accidentDate !== null,
    accident: details.accidentDate
      ? {
          date: details.accidentDate,
          description: details.accidentDescription ?? '',
          costsYuan: yuanOfFen(details.accidentCostsFen ?? 0),
          compensationYuan: yuanOfFen(details.accidentCompensationFen ?? 0),
        }
      : undefined,
    labourRelationMonths: details.labourRelationMonths,
    causes: [],
    documents: [...details.documents],
    situation: details.situation ?? undefined,
  };
}

/** The causes a stored file lists, narrowed to the domain's codes. */
export function causesOf(codes: readonly string[]): HardshipCause[] {
  return HARDSHIP_CAUSES.filter((cause) => codes.includes(cause));
}

/** An empty household with the worker as its first person. */
export function newHouseholdValues(workerName: string): HouseholdFormValues {
  return {
    members: [{ name: workerName, relation: 'SELF', health: 'HEALTHY' }],
    incomes: [{ kind: 'WAGE', annualYuan: null }],
    expenditures: [],
    homesOwned: 1,
    exclusions: [],
    hasAccident: false,
    causes: [],
    documents: [],
  };
}
