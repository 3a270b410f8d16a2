import { labourPeriodResult } from '@gonghui/domain';
import type { Prisma } from '../generated/prisma/client.js';
import { encodeGlobalId } from '../global-id.js';
import { labourStandings } from './publication.js';

/** The public labour leaderboard and periods (closed periods only, or all for staff). */
export async function labourView(
  db: Prisma.TransactionClient,
  competitionId: string,
  closedOnly: boolean,
) {
  const { stages, entries, assessments, weights, board } = await labourStandings(
    db,
    competitionId,
    closedOnly,
  );
  const entryById = new Map(entries.map((entry) => [entry.id, entry]));
  const nameOf = (id: string) => entryById.get(id)?.publicName ?? '';
  const leaderboard = board.map((row) => ({
    rank: row.rank,
    publicName: nameOf(row.unitId),
    employerName: entryById.get(row.unitId)?.employer.name ?? '',
    cumulativeCenti: row.cumulativeCenti,
    periodsScored: row.periodsScored,
    redFlags: row.redFlags,
  }));
  const periods = stages.map((stage) => {
    const result = labourPeriodResult(
      stage.id,
      entries.map((entry) => entry.id),
      assessments,
      weights,
    );
    return {
      stageId: encodeGlobalId('CompetitionStage', stage.id),
      name: stage.name,
      redFlagNames: result.redFlagUnitIds.map(nameOf),
      units: result.units.map((unit) => ({
        publicName: nameOf(unit.unitId),
        scoreCenti: unit.scoreCenti,
        rank: unit.rank,
      })),
    };
  });
  return { leaderboard, periods };
}

type LabourView = Awaited<ReturnType<typeof labourView>>;
const viewsByRequest = new WeakMap<object, Map<string, Promise<LabourView>>>();

/**
 * `labourView` once per request, competition and audience: `labourLeaderboard` and
 * `labourPeriods` of one competition share it (three statements instead of six).
 */
export function labourViewOnce(
  db: Prisma.TransactionClient,
  request: object,
  competitionId: string,
  closedOnly: boolean,
): Promise<LabourView> {
  let views = viewsByRequest.get(request);
  if (!views) {
    views = new Map();
    viewsByRequest.set(request, views);
  }
  const key = `${competitionId} ${closedOnly}`;
  let view = views.get(key);
  if (!view) {
    view = labourView(db, competitionId, closedOnly);
    views.set(key, view);
  }
  return view;
}
