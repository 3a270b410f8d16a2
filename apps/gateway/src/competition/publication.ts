import {
  isVocationalLevel,
  labourLeaderboard,
  type PromotionResult,
  recommendPromotions,
} from '@gonghui/domain';
import type { Prisma } from '../generated/prisma/client.js';
import { labourScoresOf, labourWeightsOf } from './records.js';
import { stageStandings } from './standings.js';

type Tx = Prisma.TransactionClient;

/** The labour competition's cumulative leaderboard over its CLOSED periods (or all periods). */
export async function labourStandings(db: Tx, competitionId: string, closedOnly: boolean) {
  const competition = await db.competition.findUniqueOrThrow({
    where: { id: competitionId },
    select: { labourWeights: true },
  });
  const stages = await db.competitionStage.findMany({
    where: { competitionId, ...(closedOnly ? { state: 'CLOSED' as const } : {}) },
    orderBy: { position: 'asc' },
    select: { id: true, name: true, labourScores: { select: { entryId: true, scores: true } } },
  });
  const entries = await db.competitionEntry.findMany({
    where: { competitionId, eligible: true },
    include: { employer: { select: { name: true } } },
    orderBy: { bibNumber: 'asc' },
  });
  const assessments = stages.flatMap((stage) =>
    stage.labourScores.map((row) => ({
      unitId: row.entryId,
      periodId: stage.id,
      scores: labourScoresOf(row.scores),
    })),
  );
  const weights = labourWeightsOf(competition.labourWeights);
  const board = labourLeaderboard(
    entries.map((entry) => entry.id),
    stages.map((stage) => stage.id),
    assessments,
    weights,
  );
  return { stages, entries, assessments, weights, board };
}

/**
 * Publishes a competition's results inside the caller's transaction: the final stage's
 * ranking and awards (or the labour leaderboard) frozen into competition_result, and — for an
 * individual skills competition — the promotion recommendations, at most one a person a year
 * across competitions (the domain decides; the unique year slot guards concurrent publications).
 */
export async function writeResults(
  tx: Tx,
  competition: {
    id: string;
    kind: string;
    entryMode: string;
    competitionClass: string;
    year: number;
  },
  finalStageId: string,
) {
  if (competition.kind === 'LABOUR_PROJECT') {
    const { board } = await labourStandings(tx, competition.id, true);
    await tx.competitionResult.createMany({
      data: board.map((row) => ({
        competitionId: competition.id,
        entryId: row.unitId,
        rank: row.periodsScored > 0 ? row.rank : null,
        totalCenti: row.periodsScored > 0 ? row.cumulativeCenti : null,
        practicalCenti: null,
        award: null,
      })),
    });
    return { results: board.length, promotions: 0 };
  }
  const standings = await stageStandings(tx, finalStageId);
  await tx.competitionResult.createMany({
    data: standings.map((row) => ({
      competitionId: competition.id,
      entryId: row.entryId,
      rank: row.rank,
      totalCenti: row.score.totalCenti,
      practicalCenti: row.score.practicalCenti,
      award: row.award,
    })),
  });
  if (competition.kind !== 'SKILLS' || competition.entryMode !== 'INDIVIDUAL') {
    return { results: standings.length, promotions: 0 };
  }
  const entries = await tx.competitionEntry.findMany({
    where: { competitionId: competition.id, memberId: { not: null } },
    select: { id: true, memberId: true, skillLevel: true },
  });
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const rankedCount = standings.filter((row) => row.rank !== null).length;
  const results: PromotionResult[] = [];
  for (const row of standings) {
    const entry = byId.get(row.entryId);
    if (!entry?.memberId) continue;
    results.push({
      personKey: entry.memberId,
      entryId: entry.id,
      competitionId: competition.id,
      competitionClass: competition.competitionClass as PromotionResult['competitionClass'],
      year: competition.year,
      rank: row.rank,
      rankedCount,
      currentLevel:
        entry.skillLevel && isVocationalLevel(entry.skillLevel) ? entry.skillLevel : null,
    });
  }
  const granted = await tx.competitionPromotion.findMany({
    where: {
      recommended: true,
      year: competition.year,
      memberId: { in: results.map((result) => result.personKey) },
    },
    select: { memberId: true, year: true },
  });
  const decisions = recommendPromotions(
    results,
    granted.map((g) => ({ personKey: g.memberId, year: g.year })),
  );
  for (const decision of decisions) {
    const r = decision.recommendation;
    const recommended = decision.kind === 'RECOMMENDED';
    await tx.competitionPromotion.create({
      data: {
        competitionId: competition.id,
        entryId: r.entryId,
        memberId: r.personKey,
        year: r.year,
        rank: r.rank,
        fromLevel: r.fromLevel,
        toLevel: r.toLevel,
        technicalExpert: r.technicalExpertNomination,
        recommended,
        yearSlot: recommended ? `${r.personKey}:${r.year}` : null,
        basis: r.basis,
        supersededReason: decision.kind === 'SUPERSEDED' ? decision.reason : null,
      },
    });
  }
  return {
    results: standings.length,
    promotions: decisions.filter((d) => d.kind === 'RECOMMENDED').length,
  };
}
