import { createHash } from 'node:crypto';
import { computeCreditCodeCheckCharacter } from '@gonghui/domain';
import { hashPassword } from '../auth/password-hash.js';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import {
  computeAllFigures,
  computeAllMonthlyJoinings,
  rowFromFigures,
} from '../organization/figures.js';
import { demoAidRows } from './demo-aid.js';
import { demoAidRuleSetRows, demoHardshipRows } from './demo-aid-rules.js';
import { seedDemoCompetitions } from './demo-competitions.js';
import { demoHonorRows } from './demo-honors.js';
import { demoInnovationRows } from './demo-innovation.js';
import { demoMembers } from './demo-members.js';
import { type DemoOrganization, demoOrganizationTree } from './demo-organizations.js';
import { demoServicePositionRows } from './demo-service.js';
import { demoStaff, demoStaffPassword } from './demo-staff.js';

/** A stable UUID (RFC 4122 version 5 layout) from a seed key, so reseeding gives the same ids. */
export function seedUuid(key: string): string {
  const hex = createHash('sha1').update(`gonghui-demo:${key}`).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

const creditCodeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid GB 32100 code for a grassroots union (81 + region + 9 derived characters). */
function seedCreditCode(key: string, regionCode: string): string {
  const digest = createHash('sha256').update(`credit:${key}`).digest();
  let body = '';
  for (let index = 0; index < 9; index += 1) {
    body += creditCodeAlphabet[(digest[index] ?? 0) % creditCodeAlphabet.length];
  }
  const first17 = `81${regionCode}${body}`;
  return `${first17}${computeCreditCodeCheckCharacter(first17)}`;
}

export type DemoOrganizationRow = Prisma.OrganizationCreateManyInput & {
  id: string;
  name: string;
  regionCode: string;
  creditCode: string | null;
  parentId: string | null;
  lineageIds: string[];
  depth: number;
};

/** The demo tree as rows: ids, parents, lineage and depth filled in, parents before children. */
export function flattenDemoTree(root: DemoOrganization = demoOrganizationTree) {
  const rows: DemoOrganizationRow[] = [];
  const visit = (node: DemoOrganization, parentLineage: string[]) => {
    const id = seedUuid(node.key);
    const lineageIds = [...parentLineage, id];
    rows.push({
      id,
      kind: node.kind,
      name: node.name,
      regionCode: node.regionCode,
      creditCode:
        node.kind === 'GRASSROOTS_UNION' ? seedCreditCode(node.key, node.regionCode) : null,
      parentId: parentLineage.at(-1) ?? null,
      lineageIds,
      depth: parentLineage.length,
      industry: node.industry ?? null,
      employerName: node.employerName ?? null,
      employerHeadcount: node.employerHeadcount ?? null,
      ownership: node.ownership ?? null,
      foundedOn: new Date(`${node.foundedOn}T00:00:00Z`),
    });
    for (const child of node.children ?? []) visit(child, lineageIds);
  };
  visit(root, []);
  return rows;
}

/** The demo staff accounts, with argon2id hashes of the README's demo password. */
async function demoStaffRows(rows: DemoOrganizationRow[]) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const passwordHash = await hashPassword(demoStaffPassword);
  return demoStaff.map((staff) => {
    const home = byId.get(seedUuid(staff.organizationKey));
    if (!home)
      throw new Error(`demo staff ${staff.username}: no organisation ${staff.organizationKey}`);
    return {
      id: seedUuid(`staff:${staff.username}`),
      username: staff.username,
      displayName: staff.displayName,
      passwordHash,
      passwordChangedAt: new Date('2026-01-01T00:00:00Z'),
      organizationId: home.id,
      lineageIds: home.lineageIds,
      roles: staff.roles.map((role) => ({ role, organizationId: home.id })),
    };
  });
}

/**
 * Seeds the demo data (hierarchy, members, their subtree figures, staff) when there are no organisations yet,
 * in one transaction; returns how many organisations it wrote.
 */
export async function seedDemoIfEmpty(prisma: PrismaClient): Promise<number> {
  if ((await prisma.organization.count()) > 0) return 0;
  const rows = flattenDemoTree();
  const members = demoMembers(rows).map((member, index) => ({
    ...member.row,
    id: seedUuid(`member:${index}`),
  }));
  // Each demo member's history starts with the day it joined (入会).
  const joinings = members.map((member) => ({
    memberId: member.id,
    type: 'JOINED' as const,
    organizationId: member.organizationId,
    lineageIds: member.lineageIds as string[],
    date: member.joinedOn as Date,
    fromStatus: null,
    toStatus: 'ACTIVE' as const,
  }));
  const staff = await demoStaffRows(rows);
  const figures = computeAllFigures(
    rows.map((row) => ({
      id: row.id,
      lineageIds: row.lineageIds,
      kind: row.kind,
      dissolvedOn: (row.dissolvedOn as Date | null | undefined) ?? null,
      employerHeadcount: row.employerHeadcount ?? null,
    })),
    members.map((member) => ({
      lineageIds: member.lineageIds as string[],
      status: member.status ?? 'ACTIVE',
      isMigrant: member.isMigrant ?? false,
      employmentGroup: member.employmentGroup ?? null,
      sex: member.sex,
    })),
  );
  const honors = demoHonorRows(rows, seedUuid);
  const hardship = demoHardshipRows(rows, members, seedUuid);
  const aid = demoAidRows(rows, members, seedUuid);
  const innovation = demoInnovationRows(rows, seedUuid);
  const servicePositions = demoServicePositionRows(rows, seedUuid);
  await prisma.$transaction([
    prisma.organization.createMany({ data: rows }),
    prisma.member.createMany({ data: members }),
    prisma.memberEvent.createMany({ data: joinings }),
    prisma.organizationFigures.createMany({
      data: [...figures].map(([id, subtree]) => rowFromFigures(id, subtree)),
    }),
    prisma.organizationMonthlyFigures.createMany({
      data: computeAllMonthlyJoinings(
        members.map((member) => ({
          lineageIds: member.lineageIds as string[],
          date: member.joinedOn as Date,
          isMigrant: member.isMigrant ?? false,
          employmentGroup: member.employmentGroup ?? null,
        })),
      ),
    }),
    prisma.staffAccount.createMany({ data: staff.map(({ roles: _roles, ...account }) => account) }),
    prisma.roleAssignment.createMany({
      data: staff.flatMap((account) =>
        account.roles.map((role) => ({ ...role, staffId: account.id })),
      ),
    }),
    prisma.honorCampaign.createMany({ data: honors.campaigns }),
    prisma.honorNomination.createMany({ data: honors.nominations }),
    prisma.honorConsent.createMany({ data: honors.consents }),
    prisma.honorNominationEvent.createMany({ data: honors.events }),
    prisma.honorAward.createMany({ data: honors.awards }),
    prisma.aidRuleSet.createMany({ data: demoAidRuleSetRows() }),
    prisma.hardshipFile.createMany({ data: hardship.files }),
    prisma.hardshipFileEvent.createMany({ data: hardship.events }),
    prisma.hardshipFile.createMany({ data: aid.files }),
    prisma.hardshipFileEvent.createMany({ data: aid.fileEvents }),
    prisma.aidUnionProgram.createMany({ data: aid.programs }),
    prisma.aidBudget.createMany({ data: aid.budgets }),
    prisma.aidApplication.createMany({ data: aid.applications }),
    prisma.aidApplicationEvent.createMany({ data: aid.events }),
    prisma.aidApproval.createMany({ data: aid.approvals }),
    prisma.aidDisbursement.createMany({ data: aid.disbursements }),
    prisma.aidLedgerTransaction.createMany({ data: aid.transactions }),
    prisma.aidLedgerEntry.createMany({ data: aid.entries }),
    prisma.innovationStudio.createMany({ data: innovation.studios }),
    prisma.innovationStudioMember.createMany({ data: innovation.members }),
    prisma.innovationStudioRating.createMany({ data: innovation.ratings }),
    prisma.innovationAlliance.createMany({ data: innovation.alliances }),
    prisma.innovationAllianceMembership.createMany({ data: innovation.memberships }),
    prisma.innovationResult.createMany({ data: innovation.results }),
    prisma.innovationConversionStep.createMany({ data: innovation.steps }),
    prisma.innovationEnterprise.createMany({ data: innovation.enterprises }),
    prisma.servicePosition.createMany({ data: servicePositions }),
  ]);
  await seedDemoCompetitions(prisma, seedUuid, members);
  return rows.length;
}
