import { type CalendarDate, can, type HardshipCategory } from '@gonghui/domain';
import { requirePermissionOn, withinScopes } from '../auth/access.js';
import type { StaffViewer } from '../auth/viewer.js';
import { prisma } from '../db.js';
import { NotFoundError, RuleViolationError, ValidationError } from '../errors.js';
import type { HardshipFile, Prisma } from '../generated/prisma/client.js';
import { parseGlobalIdOf } from '../global-id.js';
import { calendarDateOf } from '../shared-dates.js';
import {
  classifyOrRefuse,
  type HouseholdRecord,
  isModelWorkerHousehold,
  monthsBetween,
} from './hardship-records.js';
import { rulesInForce } from './rule-set-records.js';

/**
 * Who sees hardship files: staff with `aid.read` over the union the file belongs to (the
 * worker's union). Changes need `aid.process` (register, update, review, re-enter) or
 * `aid.approve` (exit) there; revealing the sealed household needs `aid.process`.
 */

export function fileVisibility(viewer: StaffViewer): Prisma.HardshipFileWhereInput {
  return withinScopes(viewer, 'aid.read');
}

/** A file the viewer sees, or NotFound; then Forbidden unless they hold `permission` there. */
export async function fileForAction(
  viewer: StaffViewer,
  globalId: string,
  field: string,
  permission: 'aid.read' | 'aid.process' | 'aid.approve',
): Promise<HardshipFile> {
  const id = parseGlobalIdOf('HardshipFile', globalId, field);
  const file = await prisma.hardshipFile.findFirst({
    where: { AND: [{ id }, fileVisibility(viewer)] },
  });
  if (!file) throw new NotFoundError('困难职工档案');
  requirePermissionOn(viewer, permission, file.lineageIds, '困难职工档案');
  return file;
}

/** The member a file is (to be) about: within the viewer's aid.process scope, still a member. */
export async function memberForFile(viewer: StaffViewer, globalId: string, field: string) {
  const id = parseGlobalIdOf('Member', globalId, field);
  const member = await prisma.member.findFirst({
    where: { AND: [{ id }, withinScopes(viewer, 'aid.read')] },
    select: {
      id: true,
      name: true,
      status: true,
      isMigrant: true,
      joinedOn: true,
      organizationId: true,
      lineageIds: true,
      organization: { select: { regionCode: true } },
    },
  });
  if (!member) throw new NotFoundError('会员');
  requirePermissionOn(viewer, 'aid.process', member.lineageIds, '会员');
  if (member.status !== 'ACTIVE' && member.status !== 'RETIRED_KEPT') {
    throw new RuleViolationError(
      'AID_FILE_MEMBER_STATUS',
      '只能为在册会员（含退休保留会籍）建立困难职工档案',
    );
  }
  return member;
}

export type FileMember = Awaited<ReturnType<typeof memberForFile>>;

/**
 * The household as classification sees it on `date`: a migrant worker's membership months come
 * from the member record (their labour-relation months must be given); others carry no
 * migrant-worker facts. Then the rules in force for the union's region, the classification
 * and the 困难劳模 flag.
 */
export async function assessHousehold(
  member: FileMember,
  record: HouseholdRecord,
  date: CalendarDate,
  field: string,
) {
  let facts = record.facts;
  if (member.isMigrant) {
    if (!facts.migrantWorker) {
      throw ValidationError.of(
        `${field}.facts.migrantWorker`,
        'AID_FILE_MIGRANT_FACTS',
        '该会员为农民工，请填写与用人单位建立劳动关系的月数',
      );
    }
    facts = {
      ...facts,
      migrantWorker: {
        labourRelationMonths: facts.migrantWorker.labourRelationMonths,
        membershipMonths: monthsBetween(calendarDateOf(member.joinedOn), date),
      },
    };
  } else {
    facts = { ...facts, migrantWorker: null };
  }
  const rules = await rulesInForce(prisma, member.organization.regionCode, date);
  const classification = classifyOrRefuse(facts, rules, `${field}.facts`);
  const isModelWorker = await isModelWorkerHousehold(prisma, member.id, record.members);
  return { record: { ...record, facts }, classification, isModelWorker };
}

/** True when the viewer may reveal a file's sealed household. */
export function canRevealFile(viewer: StaffViewer, lineageIds: readonly string[]): boolean {
  return can(viewer.assignments, 'aid.process', lineageIds);
}

/** The file's category as the domain's type. */
export function categoryOf(file: Pick<HardshipFile, 'category'>): HardshipCategory {
  return file.category;
}
