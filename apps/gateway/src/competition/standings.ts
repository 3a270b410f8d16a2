import {
  type AwardLevel,
  computeAwards,
  type EntryScore,
  rankEntries,
  scoreEntry,
} from '@gonghui/domain';
import type { Prisma } from '../generated/prisma/client.js';
import { aggregationOf, awardSchemeOf, schemeOf } from './records.js';

/** One row of a stage's ranking (live while the stage is open, final once closed). */
export interface StandingRow {
  entryId: string;
  bibNumber: number;
  publicName: string;
  employerName: string;
  score: EntryScore;
  timeUsedSeconds: number | null;
  rank: number | null;
  position: number;
  tieBrokenBy: 'PRACTICAL' | 'TIME' | null;
  award: AwardLevel | null;
  /** Marks still expected (judge × aspect slots not yet submitted). */
  pendingMarks: number;
}

type Tx = Prisma.TransactionClient;

/**
 * The ranking of one stage: every eligible entry scored by the domain (each aspect from the
 * marks of the judges assigned to it, recused judges not expected), ranked with the domain's
 * tie-breaks, awards computed from the competition's scheme.
 */
export async function stageStandings(db: Tx, stageId: string): Promise<StandingRow[]> {
  const stage = await db.competitionStage.findUniqueOrThrow({
    where: { id: stageId },
    include: {
      competition: { select: { id: true, trimFromJudges: true, awardScheme: true } },
      judgeAspects: { include: { judge: { select: { id: true, employerId: true } } } },
      scores: { select: { entryId: true, judgeId: true, aspectCode: true, centi: true } },
      times: { select: { entryId: true, seconds: true } },
    },
  });
  const entries = await db.competitionEntry.findMany({
    where: { competitionId: stage.competition.id, eligible: true },
    include: { employer: { select: { name: true } } },
    orderBy: { bibNumber: 'asc' },
  });
  const scheme = schemeOf(stage.scheme);
  const marks = new Map<string, number>();
  for (const score of stage.scores) {
    marks.set(`${score.entryId}/${score.aspectCode}/${score.judgeId}`, score.centi);
  }
  const times = new Map(stage.times.map((time) => [time.entryId, time.seconds]));
  const rows = entries.map((entry) => {
    const marksByAspect: Record<string, (number | null)[]> = {};
    let pendingMarks = 0;
    for (const aspect of scheme.aspects) {
      const judges = stage.judgeAspects.filter(
        (assignment) =>
          assignment.aspectCode === aspect.code && assignment.judge.employerId !== entry.employerId,
      );
      marksByAspect[aspect.code] = judges.map((assignment) => {
        const mark = marks.get(`${entry.id}/${aspect.code}/${assignment.judge.id}`);
        if (mark === undefined) pendingMarks += 1;
        return mark ?? null;
      });
    }
    const score = scoreEntry(
      scheme,
      marksByAspect,
      aggregationOf(stage.competition.trimFromJudges),
    );
    return {
      id: entry.id,
      totalCenti: score.totalCenti,
      practicalCenti: score.practicalCenti,
      timeUsedSeconds: times.get(entry.id) ?? null,
      entry,
      score,
      pendingMarks,
    };
  });
  const ranking = rankEntries(rows);
  const awards = computeAwards(ranking, awardSchemeOf(stage.competition.awardScheme));
  return ranking.map((row) => ({
    entryId: row.entry.id,
    bibNumber: row.entry.entry.bibNumber,
    publicName: row.entry.entry.publicName,
    employerName: row.entry.entry.employer.name,
    score: row.entry.score,
    timeUsedSeconds: row.entry.timeUsedSeconds,
    rank: row.rank,
    position: row.position,
    tieBrokenBy: row.tieBrokenBy,
    award: awards.get(row.entry.id) ?? null,
    pendingMarks: row.entry.pendingMarks,
  }));
}
