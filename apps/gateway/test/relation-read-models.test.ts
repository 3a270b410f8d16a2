import { describe, expect, it } from 'vitest';
import { competitionModels } from '../src/competition/competition-read.js';
import type { ModelDescriptions } from '../src/database/relation-read.js';
import { Prisma } from '../src/generated/prisma/client.js';
import { studioModels } from '../src/innovation/studio-read.js';

/**
 * The one-statement reads' model descriptions are written by hand
 * (src/database/relation-read.ts): a description marked `complete` answers `include` queries
 * with exactly its listed scalars, so a column added to the Prisma schema and not listed there
 * would silently go missing from the fast path's rows. These checks tie each description to
 * Prisma's own list of the model's scalar fields.
 */
const scalarFieldsOf = (model: string): string[] => {
  const fields = (Prisma as unknown as Record<string, Record<string, string> | undefined>)[
    `${model}ScalarFieldEnum`
  ];
  if (!fields) throw new Error(`no Prisma model ${model}`);
  return Object.values(fields);
};

describe.each([
  ['studio page', studioModels],
  ['competition page', competitionModels],
] as [string, ModelDescriptions][])('the %s read’s model descriptions', (_page, models) => {
  it.each(Object.entries(models))(
    '%s names only fields the Prisma model has',
    (model, description) => {
      const fields = scalarFieldsOf(model);
      for (const field of Object.keys(description.scalars)) expect(fields).toContain(field);
    },
  );

  it.each(Object.entries(models).filter(([, description]) => description.complete))(
    '%s, marked complete, lists every scalar field of the Prisma model',
    (model, description) => {
      expect(Object.keys(description.scalars).sort()).toEqual(scalarFieldsOf(model).sort());
    },
  );
});
