import { readFileSync } from 'node:fs';
import { buildSchema, parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as documents from './honor-queries';

/** The gateway's committed schema: every document of the module must be valid against it. */
const schema = buildSchema(
  readFileSync(new URL('../../../../gateway/schema.graphql', import.meta.url), 'utf8'),
);

describe('the honors module’s GraphQL documents', () => {
  const entries = Object.entries(documents);

  it('has the documents the screens use', () => {
    expect(entries.map(([name]) => name).sort()).toEqual([
      'AwardListQuery',
      'CampaignListQuery',
      'CampaignQuery',
      'CreateCampaignMutation',
      'HonorCatalogueQuery',
      'MoveNominationMutation',
      'NominateMutation',
      'NominationQuery',
      'NomineeMemberSearchQuery',
      'RecordConsentMutation',
      'ResolveObjectionMutation',
      'UpdateNominationMutation',
      'WithdrawConsentMutation',
    ]);
  });

  it.each(entries)('%s is valid against apps/gateway/schema.graphql', (_name, document) => {
    const errors = validate(schema, parse(print(document)));
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
