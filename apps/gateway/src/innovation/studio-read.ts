import type { ModelDescriptions } from '../database/relation-read.js';
import { readById } from '../database/relation-read.js';
import type { InnovationStudio } from '../generated/prisma/client.js';

/**
 * The public studio page (`studio(id)`, the public site's `PublicStudio`) in one statement
 * (issue 10): the studio with its lead's award, current members, ratings, alliance memberships
 * with their alliances and latest results — seven statements through Prisma. The models it may
 * read, as src/database/relation-read.ts needs them; a selection reaching anything else goes
 * through Prisma. Every field is public on the studio page; nothing here is personal data (the
 * lead's award is read for its id, revocation and consent scopes only, as through Prisma).
 */
export const studioModels: ModelDescriptions = {
  InnovationStudio: {
    table: 'innovation_studio',
    complete: true,
    scalars: {
      id: 'value',
      organizationId: 'value',
      lineageIds: 'value',
      name: 'value',
      level: 'value',
      status: 'value',
      statusSince: 'datetime',
      hostEmployerName: 'value',
      industryChain: 'value',
      regionCode: 'value',
      foundedOn: 'datetime',
      description: 'value',
      leadName: 'value',
      leadHonorCodes: 'value',
      leadSkillLevel: 'value',
      leadAwardId: 'value',
      stars: 'value',
      createdByStaffId: 'value',
      createdAt: 'datetime',
      updatedAt: 'datetime',
    },
    relations: {
      leadAward: { model: 'HonorAward', many: false, localKey: 'lead_award_id' },
      members: { model: 'InnovationStudioMember', many: true, foreignKey: 'studio_id' },
      ratings: { model: 'InnovationStudioRating', many: true, foreignKey: 'studio_id' },
      alliances: { model: 'InnovationAllianceMembership', many: true, foreignKey: 'studio_id' },
      results: { model: 'InnovationResult', many: true, foreignKey: 'studio_id' },
    },
  },
  // Only what decides whether the lead's award is public (src/innovation/lead-award.ts).
  HonorAward: {
    table: 'honor_award',
    complete: false,
    scalars: { id: 'value', revokedAt: 'datetime', publicScopes: 'value' },
    relations: {},
  },
  InnovationStudioMember: {
    table: 'innovation_studio_member',
    complete: true,
    scalars: {
      id: 'value',
      studioId: 'value',
      name: 'value',
      role: 'value',
      joinedOn: 'datetime',
      leftOn: 'datetime',
    },
    relations: {},
  },
  InnovationStudioRating: {
    table: 'innovation_studio_rating',
    complete: true,
    scalars: {
      id: 'value',
      studioId: 'value',
      year: 'value',
      evaluatedOn: 'datetime',
      measures: 'value',
      breakdown: 'value',
      scoreHundredths: 'value',
      stars: 'value',
      previousStars: 'value',
      change: 'value',
      explanation: 'value',
      configVersion: 'value',
      evaluatedByStaffId: 'value',
      createdAt: 'datetime',
    },
    relations: {},
  },
  InnovationAllianceMembership: {
    table: 'innovation_alliance_membership',
    complete: true,
    scalars: {
      id: 'value',
      allianceId: 'value',
      studioId: 'value',
      joinedOn: 'datetime',
      leftOn: 'datetime',
    },
    relations: {
      alliance: { model: 'InnovationAlliance', many: false, localKey: 'alliance_id' },
    },
  },
  InnovationAlliance: {
    table: 'innovation_alliance',
    complete: true,
    scalars: {
      id: 'value',
      organizationId: 'value',
      lineageIds: 'value',
      name: 'value',
      kind: 'value',
      foundedOn: 'datetime',
      description: 'value',
      createdAt: 'datetime',
    },
    relations: {},
  },
  InnovationResult: {
    table: 'innovation_result',
    complete: true,
    scalars: {
      id: 'value',
      organizationId: 'value',
      lineageIds: 'value',
      studioId: 'value',
      title: 'value',
      type: 'value',
      patentNumber: 'value',
      team: 'value',
      year: 'value',
      economicBenefitFen: 'bigint',
      awards: 'value',
      summary: 'value',
      conversionState: 'value',
      conversionMovedOn: 'datetime',
      returnsFen: 'bigint',
      createdByStaffId: 'value',
      createdAt: 'datetime',
      updatedAt: 'datetime',
    },
    relations: {},
  },
};

/**
 * `studio(id)` as Prisma's `findUnique({ ...query, where: { id } })` returns it, in one statement
 * when `query` (Pothos's, from the request's selection) stays within `studioModels`; `undefined`
 * otherwise (ask Prisma).
 */
export function studioById(query: object, id: string) {
  return readById<InnovationStudio>(studioModels, 'InnovationStudio', query, id);
}
