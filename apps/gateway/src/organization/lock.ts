import type { Prisma } from '../generated/prisma/client.js';

/**
 * Row locks that serialise a dissolution with changes that need the organisation alive
 * (a member joining or transferring in, a child being founded): the dissolution takes
 * FOR UPDATE, the others FOR SHARE, so the dissolution's checks (no live children, no
 * members) and theirs (not dissolved) cannot both pass on stale reads.
 * Returns whether the organisation is still live.
 */
export async function lockOrganization(
  tx: Prisma.TransactionClient,
  id: string,
  mode: 'share' | 'update',
): Promise<boolean> {
  const rows =
    mode === 'update'
      ? await tx.$queryRaw<
          { live: boolean }[]
        >`SELECT dissolved_on IS NULL AS live FROM organization WHERE id = ${id}::uuid FOR UPDATE`
      : await tx.$queryRaw<
          { live: boolean }[]
        >`SELECT dissolved_on IS NULL AS live FROM organization WHERE id = ${id}::uuid FOR SHARE`;
  return rows[0]?.live === true;
}
