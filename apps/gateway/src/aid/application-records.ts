import {
  type AidActor,
  type AidApplicationFacts,
  type AidNoticePeriod,
  type AidWorkflowSettings,
  type Fen,
  type FieldError,
  type MobilePhone,
  maskIdNumber,
  maskPhone,
  permissionsAt,
  type ResidentIdNumber,
} from '@gonghui/domain';
import { withinScopes } from '../auth/access.js';
import { writeAudit } from '../auth/audit.js';
import { blindIndex, encryptPersonalData } from '../auth/personal-data-crypto.js';
import type { StaffViewer } from '../auth/viewer.js';
import { RuleViolationError, ValidationError, type ValidationIssue } from '../errors.js';
import type { AidApplication, AidUnionProgram, Prisma } from '../generated/prisma/client.js';
import type { AidApplicationState } from '../generated/prisma/enums.js';
import { calendarDateOf } from '../shared-dates.js';

/**
 * How an aid application is stored and handed to the domain. The applicant's ID number and
 * phone are sealed like a member's (AES-256-GCM with a masked copy); the person key of the
 * domain's checks is an HMAC blind index of the ID number (purpose `aid.person`), so household
 * members and other unions' applicants are matched without ever storing their numbers in clear.
 */

const PERSON_PURPOSE = 'aid.person';

/** The blind index of a normalised ID number: the domain's person key. */
export function personKeyOf(idNumber: ResidentIdNumber): string {
  return blindIndex(idNumber, PERSON_PURPOSE);
}

/** The application columns holding the applicant's ID number and phone. */
export function sealApplicant(idNumber: ResidentIdNumber, phone: MobilePhone | null) {
  return {
    idNumberCipher: encryptPersonalData(idNumber, 'aid.idNumber'),
    idNumberIndex: personKeyOf(idNumber),
    idNumberMasked: maskIdNumber(idNumber),
    phoneCipher: phone ? encryptPersonalData(phone, 'aid.phone') : null,
    phoneMasked: phone ? maskPhone(phone) : null,
  };
}

/** Applications the viewer sees: those of unions within their `aid.read` subtrees. */
export function applicationVisibility(viewer: StaffViewer): Prisma.AidApplicationWhereInput {
  return withinScopes(viewer, 'aid.read');
}

/** The viewer as the domain's actor: the aid permissions held at the application's union. */
export function aidActorOf(viewer: StaffViewer, lineageIds: readonly string[]): AidActor {
  const held = permissionsAt(viewer.assignments, lineageIds);
  return {
    userId: viewer.staffId,
    permissions: (['aid.process', 'aid.approve'] as const).filter((p) => held.has(p)),
  };
}

/** The program's workflow settings. */
export function workflowSettingsOf(
  program: Pick<AidUnionProgram, 'secondApprovalAboveFen' | 'publicNoticeRequired'>,
): AidWorkflowSettings {
  return {
    secondApprovalAboveFen: Number(program.secondApprovalAboveFen) as Fen,
    publicNoticeRequired: program.publicNoticeRequired,
  };
}

/** The application's notice, when it has one. */
export function noticeOfApplication(
  application: Pick<AidApplication, 'noticeStartsOn' | 'noticeEndsOn'>,
): AidNoticePeriod | null {
  if (!application.noticeStartsOn || !application.noticeEndsOn) return null;
  return {
    startsOn: calendarDateOf(application.noticeStartsOn),
    endsOn: calendarDateOf(application.noticeEndsOn),
  };
}

/** The domain's view of an application with the approvals of its current round. */
export function applicationFacts(
  application: Pick<
    AidApplication,
    'state' | 'createdByStaffId' | 'applicantStaffId' | 'requestedFen' | 'approvedFen'
  >,
  approvals: readonly string[],
): AidApplicationFacts {
  return {
    state: application.state,
    createdBy: application.createdByStaffId,
    applicantUserId: application.applicantStaffId,
    amount: Number(application.approvedFen ?? application.requestedFen) as Fen,
    approvals,
  };
}

function issuesOf(errors: readonly FieldError[]): [ValidationIssue, ...ValidationIssue[]] {
  const [first, ...rest] = errors.map((e) => ({
    field: e.field,
    rule: e.rule,
    message: e.message,
  }));
  if (!first) throw new Error('a refusal needs at least one reason');
  return [first, ...rest];
}

/** A workflow refusal with every reason the domain gave. */
export function aidRuleViolation(errors: FieldError | readonly FieldError[]): RuleViolationError {
  return RuleViolationError.of(issuesOf(Array.isArray(errors) ? errors : [errors]));
}

/** Bad input, with every issue the domain found. */
export function aidValidationFailure(errors: FieldError | readonly FieldError[]): ValidationError {
  return new ValidationError(issuesOf(Array.isArray(errors) ? errors : [errors]));
}

/** One change of an application: its history event and its audit row, in the caller's tx. */
export async function recordApplicationChange(
  tx: Prisma.TransactionClient,
  viewer: StaffViewer,
  change: {
    application: { id: string; organizationId: string; lineageIds: string[] };
    action: string;
    fromState: AidApplicationState | null;
    toState: AidApplicationState;
    reason?: string | null;
    after?: Prisma.InputJsonValue;
  },
) {
  await tx.aidApplicationEvent.create({
    data: {
      applicationId: change.application.id,
      action: change.action,
      fromState: change.fromState,
      toState: change.toState,
      reason: change.reason ?? null,
      actorStaffId: viewer.staffId,
      actorName: viewer.displayName,
    },
  });
  await writeAudit(tx, viewer, {
    action: `aid.application.${change.action.toLowerCase()}`,
    targetType: 'AidApplication',
    targetId: change.application.id,
    organizationId: change.application.organizationId,
    lineageIds: change.application.lineageIds,
    before: { state: change.fromState },
    after: change.after ?? { state: change.toState },
    ...(change.reason ? { reason: change.reason } : {}),
  });
}
