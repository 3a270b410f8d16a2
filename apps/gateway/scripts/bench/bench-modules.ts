import type { PrismaClient } from '../../src/generated/prisma/client.js';
import { seedDemoCompetitions } from '../../src/seed/demo-competitions.js';
import { demoInnovationRows } from '../../src/seed/demo-innovation.js';
import { demoMembers } from '../../src/seed/demo-members.js';
import { flattenDemoTree, seedUuid } from '../../src/seed/seed-demo.js';

/**
 * The studios and competitions of the bench's data set (issue 10: "a studio page, a competition's
 * results"). A database whose demo seed predates the innovation and competition modules (the
 * full city of docs/performance.md) has none; this writes the demo's own (the same rows as
 * `seedDemoIfEmpty`, under the demo's unions and members, which the city keeps) when a table is
 * empty, and does nothing otherwise. The two bench operations read one studio's and one
 * competition's page: their cost depends on that page's rows (a studio's members, ratings and
 * results; a competition's stages and ranked results), not on how many other studios or
 * competitions the city has, so the demo's handful is enough for them.
 */
export async function ensureBenchModules(prisma: PrismaClient) {
  const written: string[] = [];
  const rows = flattenDemoTree();
  if ((await prisma.innovationStudio.count()) === 0) {
    const innovation = demoInnovationRows(rows, seedUuid);
    await prisma.$transaction([
      prisma.innovationStudio.createMany({ data: innovation.studios }),
      prisma.innovationStudioMember.createMany({ data: innovation.members }),
      prisma.innovationStudioRating.createMany({ data: innovation.ratings }),
      prisma.innovationAlliance.createMany({ data: innovation.alliances }),
      prisma.innovationAllianceMembership.createMany({ data: innovation.memberships }),
      prisma.innovationResult.createMany({ data: innovation.results }),
      prisma.innovationConversionStep.createMany({ data: innovation.steps }),
      prisma.innovationEnterprise.createMany({ data: innovation.enterprises }),
    ]);
    written.push(`${innovation.studios.length} studios`);
  }
  if ((await prisma.competition.count()) === 0) {
    const members = demoMembers(rows).map((member, index) => ({
      ...member.row,
      id: seedUuid(`member:${index}`),
    }));
    await seedDemoCompetitions(prisma, seedUuid, members);
    written.push(`${await prisma.competition.count()} competitions`);
  }
  return written;
}
