import {
  AID_PROGRAM_LABELS,
  AID_PROGRAMS,
  HARDSHIP_CATEGORIES,
  HARDSHIP_CATEGORY_LABELS,
  isAidProgram,
  type ReportPeriod,
} from '@gonghui/domain';
import { prisma } from '../../db.js';
import { encodeGlobalId } from '../../global-id.js';
import { dateColumn } from '../../shared-dates.js';
import { periodInstants } from '../period-instants.js';
import type { ReportScope, ReportSection, SectionFigure } from '../report-section.js';

/** Net amounts paid to recipients in the period by program (reversals subtract), from the ledger. */
async function paidByProgram(scope: ReportScope, period: ReportPeriod) {
  const { gte, lt } = periodInstants(period);
  const rows = await prisma.$queryRaw<{ kind: string; paid: bigint }[]>`
    SELECT p."kind" AS "kind", COALESCE(SUM(e."amount_fen"), 0)::bigint AS "paid"
      FROM "aid_ledger_entry" e
      JOIN "aid_ledger_transaction" t ON t."id" = e."transaction_id"
      JOIN "aid_budget" b ON b."id" = t."budget_id"
      JOIN "aid_union_program" p ON p."id" = b."program_id"
     WHERE e."account_kind" = 'RECIPIENT'
       AND t."lineage_ids" @> ARRAY[${scope.organizationId}]::text[]
       AND t."created_at" >= ${gte} AND t."created_at" < ${lt}
     GROUP BY p."kind"`;
  return new Map(rows.map((row) => [row.kind, Number(row.paid)]));
}

/** A console list with the union's subtree and the period: `/aid/…?org=…&from=…&to=…`. */
function aidPath(path: string, organizationId: string, filters: Record<string, string>): string {
  const params = new URLSearchParams({ org: encodeGlobalId('Organization', organizationId) });
  for (const [name, value] of Object.entries(filters)) params.set(name, value);
  return `${path}?${params.toString()}`;
}

/**
 * 帮扶救助: hardship households in the registry today by category, households helped out of
 * hardship (解困脱困) in the period, and the aid paid in the period by program, net of reversals
 * ("发放救助款物1.36亿元"). Aggregates only: no household is named.
 */
export const aidSection: ReportSection = {
  key: 'aid',
  title: '帮扶救助',
  async figures(scope: ReportScope, period: ReportPeriod) {
    const inTree = { lineageIds: { has: scope.organizationId } };
    const [categories, exited, paid] = await Promise.all([
      prisma.hardshipFile.groupBy({
        by: ['category'],
        where: { ...inTree, state: 'ACTIVE' },
        _count: { _all: true },
      }),
      prisma.hardshipFile.count({
        where: {
          ...inTree,
          state: 'EXITED',
          exitedOn: { gte: dateColumn(period.from), lte: dateColumn(period.to) },
        },
      }),
      paidByProgram(scope, period),
    ]);
    const payments = (programKind?: string) =>
      aidPath('/aid/budgets', scope.organizationId, {
        ...(programKind ? { program: programKind } : {}),
        from: period.from,
        to: period.to,
      });
    const byCategory = new Map(categories.map((row) => [row.category, row._count._all]));
    const total = [...paid.values()].reduce((sum, amount) => sum + amount, 0);
    const otherKinds = [...paid.keys()].filter((kind) => !isAidProgram(kind));
    return [
      {
        key: 'aid.households',
        label: '在档困难职工家庭',
        unit: 'HOUSEHOLD',
        value: categories
          .filter((row) => row.category !== 'NONE')
          .reduce((sum, row) => sum + row._count._all, 0),
        basis: 'TODAY',
        listPath: aidPath('/aid/hardship', scope.organizationId, {}),
      },
      ...HARDSHIP_CATEGORIES.filter((category) => category !== 'NONE').map(
        (category): SectionFigure => ({
          key: `aid.households.${category}`,
          label: HARDSHIP_CATEGORY_LABELS[category],
          unit: 'HOUSEHOLD',
          value: byCategory.get(category) ?? 0,
          basis: 'TODAY',
          listPath: aidPath('/aid/hardship', scope.organizationId, { category }),
        }),
      ),
      {
        key: 'aid.householdsExited',
        label: '解困脱困家庭',
        unit: 'HOUSEHOLD',
        value: exited,
        basis: 'PERIOD',
        listPath: aidPath('/aid/hardship', scope.organizationId, {
          state: 'EXITED',
          exitedFrom: period.from,
          exitedTo: period.to,
        }),
      },
      {
        key: 'aid.paid',
        label: '发放帮扶救助资金',
        unit: 'FEN',
        value: total,
        basis: 'PERIOD',
        listPath: payments(),
      },
      ...[...AID_PROGRAMS, ...otherKinds].map(
        (kind): SectionFigure => ({
          key: `aid.paid.${kind}`,
          label: isAidProgram(kind) ? AID_PROGRAM_LABELS[kind] : kind,
          unit: 'FEN',
          value: paid.get(kind) ?? 0,
          basis: 'PERIOD',
          listPath: payments(kind),
        }),
      ),
    ];
  },
};
