import type { StaffViewer } from '../auth/viewer.js';
import { prisma } from '../db.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { encodeGlobalId } from '../global-id.js';
import { schemeOf } from './records.js';

/** The judge record of the viewer for a stage's competition, or Forbidden. */
export async function judgeOf(
  db: Prisma.TransactionClient,
  viewer: StaffViewer,
  competitionId: string,
) {
  const judge = await db.competitionJudge.findFirst({
    where: { competitionId, staffAccountId: viewer.staffId },
    include: { aspects: true },
  });
  if (!judge) throw new ForbiddenError('您不是本竞赛的裁判');
  return judge;
}

/** One judge's sheet of one stage: their aspects, the entries, their own marks only. */
export async function judgeSheet(viewer: StaffViewer, stageId: string) {
  const stage = await prisma.competitionStage.findUnique({
    where: { id: stageId },
    include: { competition: { select: { id: true, name: true } } },
  });
  if (!stage) throw new NotFoundError('赛段');
  const judge = await judgeOf(prisma, viewer, stage.competition.id);
  const assigned = new Set(
    judge.aspects.filter((a) => a.stageId === stage.id).map((a) => a.aspectCode),
  );
  const aspects = schemeOf(stage.scheme).aspects.filter((aspect) => assigned.has(aspect.code));
  const entries = await prisma.competitionEntry.findMany({
    where: { competitionId: stage.competition.id, eligible: true },
    include: { employer: { select: { name: true } } },
    orderBy: { bibNumber: 'asc' },
  });
  const own = await prisma.competitionScore.findMany({
    where: { stageId: stage.id, judgeId: judge.id },
    select: { entryId: true, aspectCode: true, centi: true },
  });
  const marks = new Map(own.map((s) => [`${s.entryId}/${s.aspectCode}`, s.centi]));
  return {
    stageId: encodeGlobalId('CompetitionStage', stage.id),
    stageName: stage.name,
    state: stage.state,
    competitionName: stage.competition.name,
    aspects: [...aspects],
    rows: entries.map((entry) => ({
      entryId: encodeGlobalId('CompetitionEntry', entry.id),
      bibNumber: entry.bibNumber,
      publicName: entry.publicName,
      employerName: entry.employer.name,
      recused: judge.employerId !== null && judge.employerId === entry.employerId,
      marks: aspects.map((aspect) => ({
        aspectCode: aspect.code,
        centi: marks.get(`${entry.id}/${aspect.code}`) ?? null,
      })),
    })),
  };
}
