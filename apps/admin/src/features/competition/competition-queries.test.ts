import { readFileSync } from 'node:fs';
import { buildSchema, parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AssignJudgeMutation } from './assign-judge-form';
import { competitionLabelKey, formatMarks, promotionsWorkbookUrl } from './competition-labels';
import * as queries from './competition-queries';
import { CreateCompetitionMutation } from './create-competition-wizard';
import { RegisterEntryMutation, RegisterMemberSearchQuery } from './register-form';

const documents = {
  ...queries,
  CreateCompetitionMutation,
  RegisterEntryMutation,
  RegisterMemberSearchQuery,
  AssignJudgeMutation,
};

/** The gateway's committed schema: every document of the module must be valid against it. */
const schema = buildSchema(
  readFileSync(new URL('../../../../gateway/schema.graphql', import.meta.url), 'utf8'),
);

describe('the competitions module’s GraphQL documents', () => {
  const entries = Object.entries(documents);

  it.each(entries)('%s is valid against apps/gateway/schema.graphql', (_name, document) => {
    const errors = validate(schema, parse(print(document)));
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});

describe('labels and paths', () => {
  it('names enum values through the catalogue and formats marks', () => {
    expect(competitionLabelKey('award', 'GOLD')).toBe('competition.award.GOLD');
    expect(formatMarks(78.625)).toBe('78.63');
    expect(formatMarks(null)).toBe('—');
    expect(promotionsWorkbookUrl('Q29t=')).toBe('/api/competitions/Q29t%3D/promotions.xlsx');
  });
});
