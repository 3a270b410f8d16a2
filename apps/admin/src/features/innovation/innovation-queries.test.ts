import { readFileSync } from 'node:fs';
import { buildSchema, parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as documents from './innovation-queries';

/** The gateway's committed schema: every document of the module must be valid against it. */
const schema = buildSchema(
  readFileSync(new URL('../../../../gateway/schema.graphql', import.meta.url), 'utf8'),
);

describe('the innovation module’s GraphQL documents', () => {
  const entries = Object.entries(documents);

  it('has the documents the screens use', () => {
    expect(entries.map(([name]) => name).sort()).toEqual([
      'AddStudioMemberMutation',
      'AdminResultsQuery',
      'AdminStudioQuery',
      'AdminStudiosQuery',
      'AlliancesQuery',
      'ChangeStudioStatusMutation',
      'CreateAllianceMutation',
      'CreateInnovationConfigMutation',
      'CreateResultMutation',
      'CreateStudioMutation',
      'EnterprisesQuery',
      'InnovationConfigQuery',
      'JoinAllianceMutation',
      'LeadHonoreesQuery',
      'LeaveAllianceMutation',
      'MoveResultMutation',
      'PreviewStarRatingQuery',
      'RecordEvaluationMutation',
      'RemoveStudioMemberMutation',
      'SelectEnterpriseMutation',
      'UpdateStudioMutation',
    ]);
  });

  it.each(entries)('%s is valid against apps/gateway/schema.graphql', (_name, document) => {
    const errors = validate(schema, parse(print(document)));
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
