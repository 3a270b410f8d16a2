import type { ModelDescriptions } from '../database/relation-read.js';
import { readById } from '../database/relation-read.js';
import type { Competition } from '../generated/prisma/client.js';

/**
 * A competition's public page (`competition(id)`, the public site's `PublicCompetition`) in one
 * statement (issue 10): the competition with its organiser's name, its stages and its results
 * with each entry's public name, team and employer — six statements through Prisma. The models
 * it may read, as src/database/relation-read.ts needs them; a selection reaching anything else
 * (the viewer's judge row, counts, marks …) goes through Prisma. Entries are described without
 * their member, birth date or eligibility reasons, so no selection can reach them here.
 */
export const competitionModels: ModelDescriptions = {
  Competition: {
    table: 'competition',
    complete: true,
    scalars: {
      id: 'value',
      organizationId: 'value',
      lineageIds: 'value',
      name: 'value',
      kind: 'value',
      competitionClass: 'value',
      trade: 'value',
      coOrganizers: 'value',
      entryMode: 'value',
      year: 'value',
      startsOn: 'datetime',
      endsOn: 'datetime',
      description: 'value',
      eligibility: 'value',
      awardScheme: 'value',
      trimFromJudges: 'value',
      labourWeights: 'value',
      resultsPublishedAt: 'datetime',
      createdByStaffId: 'value',
      createdAt: 'datetime',
      updatedAt: 'datetime',
    },
    relations: {
      organization: { model: 'Organization', many: false, localKey: 'organization_id' },
      stages: { model: 'CompetitionStage', many: true, foreignKey: 'competition_id' },
      results: { model: 'CompetitionResult', many: true, foreignKey: 'competition_id' },
    },
  },
  // The organiser's and employers' names.
  Organization: {
    table: 'organization',
    complete: false,
    scalars: { id: 'value', name: 'value' },
    relations: {},
  },
  CompetitionStage: {
    table: 'competition_stage',
    complete: true,
    scalars: {
      id: 'value',
      competitionId: 'value',
      position: 'value',
      kind: 'value',
      name: 'value',
      scheme: 'value',
      state: 'value',
      closedAt: 'datetime',
      closedByStaffId: 'value',
      createdAt: 'datetime',
    },
    relations: {},
  },
  CompetitionResult: {
    table: 'competition_result',
    complete: true,
    scalars: {
      id: 'value',
      competitionId: 'value',
      entryId: 'value',
      rank: 'value',
      totalCenti: 'value',
      practicalCenti: 'value',
      award: 'value',
    },
    relations: {
      entry: { model: 'CompetitionEntry', many: false, localKey: 'entry_id' },
    },
  },
  CompetitionEntry: {
    table: 'competition_entry',
    complete: false,
    scalars: {
      id: 'value',
      competitionId: 'value',
      employerId: 'value',
      publicName: 'value',
      teamMemberNames: 'value',
      bibNumber: 'value',
      eligible: 'value',
    },
    relations: {
      employer: { model: 'Organization', many: false, localKey: 'employer_id' },
    },
  },
};

/**
 * `competition(id)` as Prisma's `findUnique({ ...query, where: { id } })` returns it, in one
 * statement when `query` (Pothos's, from the request's selection) stays within
 * `competitionModels`; `undefined` otherwise (ask Prisma).
 */
export function competitionById(query: object, id: string) {
  return readById<Competition>(competitionModels, 'Competition', query, id);
}
