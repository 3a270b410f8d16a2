import { readFileSync } from 'node:fs';
import { buildSchema, parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as documents from './hardship-queries';

/** The gateway's committed schema: every document of the screens must be valid against it. */
const schema = buildSchema(
  readFileSync(new URL('../../../../gateway/schema.graphql', import.meta.url), 'utf8'),
);

describe('the hardship registry’s GraphQL documents', () => {
  const entries = Object.entries(documents);

  it('has the documents the screens use', () => {
    expect(entries.map(([name]) => name).sort()).toEqual([
      'AidRuleSetsQuery',
      'AidRulesInForceQuery',
      'AssessHardshipQuery',
      'CreateAidRuleSetVersionMutation',
      'CreateHardshipFileMutation',
      'ExitHardshipFileMutation',
      'HardshipFiguresQuery',
      'HardshipFileQuery',
      'HardshipFilesQuery',
      'HardshipMemberSearchQuery',
      'HardshipWorkerQuery',
      'ReenterHardshipFileMutation',
      'RevealHardshipFileMutation',
      'ReviewHardshipFileMutation',
    ]);
  });

  it.each(entries)('%s is valid against apps/gateway/schema.graphql', (_name, document) => {
    const errors = validate(schema, parse(print(document)));
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
