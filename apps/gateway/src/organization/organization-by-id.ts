import { isOrganizationVisible, organizationVisibility } from '../auth/access.js';
import type { Context } from '../context.js';
import { prisma, queryRows } from '../db.js';
import { type Organization, Prisma } from '../generated/prisma/client.js';
import type { OrganizationQuery } from './organization-batch.js';

/**
 * `organization(id)` in ONE statement when the selection allows it (issue 10: the public
 * `stats` read was two statements, the organisation and then its counter row, against one for a
 * primary-key lookup). When Pothos's selection asks only for the plain columns below and the
 * maintained counter row (`figures`: `stats`), one hand-written statement reads the organisation
 * with a LEFT JOIN to `organization_figures`; any other selection (relations, counts, dates)
 * goes through Prisma as before. The viewer's visibility is the same rule in both: a staff
 * member sees their scopes' subtrees (`isOrganizationVisible` is `organizationVisibility`'s
 * test on one row), everyone else the public tree.
 */
const columns: Record<string, Prisma.Sql> = {
  id: Prisma.sql`o.id::text`,
  lineageIds: Prisma.sql`o.lineage_ids`,
  kind: Prisma.sql`o.kind::text`,
  name: Prisma.sql`o.name`,
  regionCode: Prisma.sql`o.region_code::text`,
  creditCode: Prisma.sql`o.credit_code::text`,
  parentId: Prisma.sql`o.parent_id::text`,
  depth: Prisma.sql`o.depth`,
  industry: Prisma.sql`o.industry`,
  employerName: Prisma.sql`o.employer_name`,
  employerHeadcount: Prisma.sql`o.employer_headcount`,
  ownership: Prisma.sql`o.ownership::text`,
};

const snakeCase = (field: string) =>
  field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

// Every column of the counter row (all integers but the uuid), by its Prisma field name.
const figuresObject = Prisma.join(
  Object.values(Prisma.OrganizationFiguresScalarFieldEnum).map((field) =>
    Prisma.raw(`'${field}', f.${snakeCase(field)}`),
  ),
);

const selectedColumns = Prisma.join(
  Object.entries(columns).map(
    ([field, column]) => Prisma.sql`${column} AS ${Prisma.raw(`"${field}"`)}`,
  ),
);

/** Whether one statement can answer this selection. */
function plainSelection(query: OrganizationQuery): query is { select: Record<string, true> } {
  if (query.include || !query.select) return false;
  return Object.entries(query.select).every(
    ([field, value]) => value === true && (field === 'figures' || Object.hasOwn(columns, field)),
  );
}

/** The organisation `id` as `query` selects it, or null when it is unknown or not visible. */
export async function organizationById(
  context: Context,
  query: OrganizationQuery,
  id: string,
): Promise<Organization | null> {
  if (!plainSelection(query)) {
    return prisma.organization.findFirst({
      ...query,
      where: { AND: [{ id }, organizationVisibility(context)] },
    }) as Promise<Organization | null>;
  }
  const [row] = await queryRows<Organization & { lineageIds: string[] }>(
    query.select.figures
      ? Prisma.sql`SELECT ${selectedColumns}, CASE WHEN f.organization_id IS NULL THEN NULL
            ELSE json_build_object(${figuresObject}) END AS "figures"
          FROM organization o LEFT JOIN organization_figures f ON f.organization_id = o.id
          WHERE o.id = ${id}::uuid`
      : Prisma.sql`SELECT ${selectedColumns} FROM organization o WHERE o.id = ${id}::uuid`,
    // Two fixed texts, read by primary key: prepared once per connection.
    { prepared: query.select.figures ? 'organization_by_id_figures' : 'organization_by_id' },
  );
  if (!row || !isOrganizationVisible(context, row.lineageIds)) return null;
  return row;
}
