import { prisma } from '../db.js';
import { RuleViolationError, ValidationError } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { parseGlobalIdOf } from '../global-id.js';
import { NAME_SCOPE } from '../honor/public-awards.js';

/**
 * The link between a studio's lead (领衔人) and the honor roll: a studio may name the published
 * award of its lead (`leadAwardId`). The link is shown to the public only while that award is
 * on the public roll — published, unrevoked, with a consent in force that covers the name — so
 * withdrawing consent or revoking the award removes the link from both pages at once.
 */

/** The award columns that decide whether the link is public. */
export const leadAwardSelect = {
  id: true,
  revokedAt: true,
  publicScopes: true,
} satisfies Prisma.HonorAwardSelect;

/** Whether an award is on the public roll (the same test as the roll's publicAwardWhere). */
export function isPublicAward(award: { revokedAt: Date | null; publicScopes: string[] }): boolean {
  return award.revokedAt === null && award.publicScopes.includes(NAME_SCOPE);
}

/**
 * The award a staff member names as a studio lead's (an `Honoree` global id): it must be a
 * person's published, unrevoked award carrying the lead's name. Returns its id and title code
 * (the title counts towards the lead's qualification).
 */
export async function leadAwardFor(globalId: string, leadName: string, field: string) {
  const id = parseGlobalIdOf('Honoree', globalId, field);
  const award = await prisma.honorAward.findUnique({
    where: { id },
    select: { id: true, name: true, subject: true, titleCode: true, revokedAt: true },
  });
  if (!award || award.revokedAt !== null) {
    throw ValidationError.of(field, 'INNOVATION_LEAD_AWARD_UNKNOWN', '找不到该荣誉获得者');
  }
  if (award.subject !== 'PERSON') {
    throw ValidationError.of(
      field,
      'INNOVATION_LEAD_AWARD_NOT_PERSON',
      '领衔人须为个人荣誉获得者，不能是集体或单位',
    );
  }
  if (award.name !== leadName.trim()) {
    throw RuleViolationError.of([
      {
        field,
        rule: 'INNOVATION_LEAD_AWARD_NAME',
        message: `荣誉获得者「${award.name}」与领衔人「${leadName.trim()}」姓名不一致`,
      },
    ]);
  }
  return { id: award.id, titleCode: award.titleCode };
}
