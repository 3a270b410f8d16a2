import {
  type CalendarDate,
  type InnovationConfigParameters,
  type InnovationConfigVersion,
  ORG_KINDS,
  type ResolvedInnovationConfig,
  regionChain,
  resolveInnovationConfig,
  SKILL_LEVELS,
  STAR_CRITERIA,
} from '@gonghui/domain';
import { z } from 'zod';
import { prisma } from '../db.js';
import { ValidationError } from '../errors.js';
import type { InnovationConfigVersion as Row } from '../generated/prisma/client.js';
import { calendarDateOf } from '../shared-dates.js';

/**
 * Stored innovation configuration versions as the domain's InnovationConfigVersion, and the
 * configuration in force for a region on a date (the domain resolves; this reads the rows of
 * the region's chain). The parameters column holds the domain's InnovationConfigParameters as
 * JSON: its shape is checked here (unknown keys refused), its values by innovationConfigIssues.
 */

const integer = z.number().int();

export const innovationConfigParametersSchema = z.strictObject({
  rubric: z
    .strictObject({
      criteria: z.array(
        z.strictObject({
          criterion: z.enum(STAR_CRITERIA),
          weight: integer,
          bands: z.array(z.strictObject({ min: integer, percent: integer })),
        }),
      ),
      starBands: z.array(z.strictObject({ stars: integer, minScore: integer })),
    })
    .optional(),
  enterpriseQuotas: z.partialRecord(z.enum(ORG_KINDS), integer).optional(),
  leadQualification: z
    .strictObject({
      qualifyingHonorCodes: z.array(z.string().max(60)).max(100),
      minimumSkillLevel: z.enum(SKILL_LEVELS).nullable(),
    })
    .optional(),
});

/** Parses untrusted JSON into parameters, or a ValidationError naming each bad path. */
export function parseInnovationConfigParameters(
  value: unknown,
  field: string,
): InnovationConfigParameters {
  const parsed = innovationConfigParametersSchema.safeParse(value);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues.map((issue) => ({
      field: [field, ...issue.path.map(String)].join('.'),
      rule: 'INNOVATION_CONFIG_SHAPE',
      message: `配置格式不正确：${issue.message}`,
    }));
    throw first
      ? new ValidationError([first, ...rest])
      : ValidationError.of(field, 'INNOVATION_CONFIG_SHAPE', '配置格式不正确');
  }
  return parsed.data as InnovationConfigParameters;
}

/** A stored row as the domain's version. */
export function configVersionOf(row: Row): InnovationConfigVersion {
  return {
    regionCode: row.regionCode,
    regionName: row.regionName,
    version: row.version,
    effectiveFrom: calendarDateOf(row.effectiveFrom),
    effectiveTo: row.effectiveTo ? calendarDateOf(row.effectiveTo) : null,
    parameters: row.parameters as InnovationConfigParameters,
  };
}

/** The configuration in force for a region (a studio's, a selecting union's) on a date. */
export async function innovationConfigFor(
  regionCode: string,
  date: CalendarDate,
): Promise<ResolvedInnovationConfig> {
  const rows = await prisma.innovationConfigVersion.findMany({
    where: { regionCode: { in: regionChain(regionCode) } },
  });
  return resolveInnovationConfig(rows.map(configVersionOf), regionCode, date);
}
