import { RuleViolationError } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';

export const STAGE_CLOSED_RULE = 'COMPETITION_STAGE_CLOSED';

/**
 * Inside a transaction that writes a score: takes a share lock on the stage row and checks it
 * is still OPEN. Closing a stage is an UPDATE of that row (OPEN → CLOSED), which waits for
 * every share lock; so a score either commits before the close (and is then locked by it) or
 * sees CLOSED here and is refused — none is lost and none is accepted after the lock.
 */
export async function lockOpenStage(tx: Prisma.TransactionClient, stageId: string) {
  const rows = await tx.$queryRaw<{ state: string }[]>`
    SELECT state::text AS state FROM competition_stage WHERE id = ${stageId}::uuid FOR SHARE`;
  const state = rows[0]?.state;
  if (state !== 'OPEN') {
    throw new RuleViolationError(STAGE_CLOSED_RULE, '该赛段已闭赛，成绩已锁定；如需更正请提出申诉');
  }
}
