import {
  type AidProgram,
  type AmountReduction,
  type ApplicationAmount,
  applicationAmount,
  type CalendarDate,
  computeEntitlement,
  type EntitlementFacts,
  type EntitlementHistory,
  entitlementRequestFor,
  type Fen,
  HARDSHIP_CATEGORY_LABELS,
  type HardshipCategory,
  isAidProgram,
} from '@gonghui/domain';
import { decryptPersonalData, encryptPersonalData } from '../auth/personal-data-crypto.js';
import { prisma } from '../db.js';
import { RuleViolationError, ValidationError, type ValidationIssue } from '../errors.js';
import type { HardshipFile } from '../generated/prisma/client.js';
import { rulesInForce } from './rule-set-records.js';

/**
 * An application's amount from the program's entitlement (the domain's computeEntitlement) under
 * the rules in force on the application date for the applicant's region, with the applicant's
 * hardship file giving the category. The entitlement (the facts typed, the breakdown, the
 * reasons) and the caseworker's reduction are sealed on the application: medical costs are
 * health data.
 */

const ENTITLEMENT_PURPOSE = 'aid.application.entitlement';

/** What is sealed on an application. */
export type StoredEntitlement = {
  readonly program: AidProgram;
  readonly category: HardshipCategory | null;
  readonly facts: EntitlementFacts;
  readonly eligible: boolean;
  readonly amountFen: number;
  readonly breakdown: readonly { label: string; amountFen: number }[];
  readonly reasons: readonly string[];
  readonly ruleVersion: string;
  readonly reductionFen: number;
  readonly reductionReason: string | null;
};

export function sealEntitlement(entitlement: StoredEntitlement): string {
  return encryptPersonalData(JSON.stringify(entitlement), ENTITLEMENT_PURPOSE);
}

export function openEntitlement(sealed: string): StoredEntitlement {
  return JSON.parse(decryptPersonalData(sealed, ENTITLEMENT_PURPOSE)) as StoredEntitlement;
}

/** The domain's request fields → the API's input fields. */
const REQUEST_FIELDS: Record<string, string> = {
  totalCost: 'facts.totalCostFen',
  insuranceReimbursed: 'facts.insuranceReimbursedFen',
  otherReimbursed: 'facts.otherReimbursedFen',
  outOfPocket: 'facts.outOfPocketFen',
};

function refusal(issues: readonly { field: string; rule: string; message: string }[]) {
  const [first, ...rest]: ValidationIssue[] = issues.map((issue) => ({
    field: `input.${issue.field}`,
    rule: issue.rule,
    message: issue.message,
  }));
  if (!first) throw new Error('a refusal needs a reason');
  return new ValidationError([first, ...rest]);
}

/**
 * What the person (blind-indexed ID number) already had this calendar year: medical aid granted,
 * and mutual-protection claims (their out-of-pocket costs and reimbursements). Rejected
 * applications do not count.
 */
export async function entitlementHistory(
  personKey: string,
  year: number,
): Promise<EntitlementHistory> {
  const rows = await prisma.aidApplication.findMany({
    where: {
      idNumberIndex: personKey,
      state: { not: 'REJECTED' },
      createdAt: {
        gte: new Date(`${year}-01-01T00:00:00+08:00`),
        lt: new Date(`${year + 1}-01-01T00:00:00+08:00`),
      },
      program: { kind: { in: ['MEDICAL_AID', 'MUTUAL_MEDICAL'] } },
    },
    select: {
      requestedFen: true,
      approvedFen: true,
      entitlementCipher: true,
      program: { select: { kind: true } },
    },
  });
  let medical = 0;
  let mutualCost = 0;
  let mutualPaid = 0;
  for (const row of rows) {
    const amount = Number(row.approvedFen ?? row.requestedFen);
    if (row.program.kind === 'MEDICAL_AID') medical += amount;
    else {
      mutualPaid += amount;
      if (row.entitlementCipher) {
        mutualCost += openEntitlement(row.entitlementCipher).facts.outOfPocketFen ?? 0;
      }
    }
  }
  return {
    medicalAidGrantedThisYear: medical as Fen,
    mutualOutOfPocketThisYear: mutualCost as Fen,
    mutualReimbursedThisYear: mutualPaid as Fen,
  };
}

/**
 * The amount of a new application: the entitlement for the program, or the explained reduction.
 * Missing inputs and a bad reduction are a ValidationError naming the input field; a household
 * that is not entitled is a RuleViolationError (AID_NOT_ENTITLED) with the domain's reasons.
 */
export async function entitlementForApplication(args: {
  programKind: string;
  file: Pick<HardshipFile, 'category' | 'regionCode'> | null;
  regionCode: string;
  facts: EntitlementFacts;
  reduction: AmountReduction | null;
  personKey: string;
  date: CalendarDate;
}): Promise<{ amount: ApplicationAmount; stored: StoredEntitlement }> {
  if (!isAidProgram(args.programKind)) {
    throw new RuleViolationError('AID_PROGRAM_KIND', `未知的帮扶项目类型 ${args.programKind}`);
  }
  const program = args.programKind;
  const history = await entitlementHistory(args.personKey, Number(args.date.slice(0, 4)));
  const category = args.file ? args.file.category : null;
  const request = entitlementRequestFor(program, category, args.facts, history);
  if (!request.ok) throw refusal(request.error);
  const rules = await rulesInForce(prisma, args.file?.regionCode ?? args.regionCode, args.date);
  const computed = computeEntitlement(rules, request.value);
  if (!computed.ok) {
    throw refusal([{ ...computed.error, field: REQUEST_FIELDS[computed.error.field] ?? 'facts' }]);
  }
  const entitlement = computed.value;
  const amount = applicationAmount(entitlement, args.reduction);
  if (!amount.ok) {
    const [first] = amount.error;
    if (first?.rule === 'AID_NOT_ENTITLED') {
      const label = category ? `（${HARDSHIP_CATEGORY_LABELS[category]}）` : '';
      throw new RuleViolationError(
        'AID_NOT_ENTITLED',
        `按 ${entitlement.ruleVersion} 规则测算，申请人${label}不符合该项目的救助条件`,
        amount.error.map((issue) => ({
          field: 'input.programId',
          rule: issue.rule,
          message: issue.message,
        })),
      );
    }
    throw refusal(amount.error);
  }
  return {
    amount: amount.value,
    stored: {
      program,
      category,
      facts: args.facts,
      eligible: entitlement.eligible,
      amountFen: entitlement.amount,
      breakdown: entitlement.breakdown.map((line) => ({
        label: line.label,
        amountFen: line.amount,
      })),
      reasons: entitlement.reasons,
      ruleVersion: entitlement.ruleVersion,
      reductionFen: amount.value.reduction,
      reductionReason: amount.value.reductionReason,
    },
  };
}
