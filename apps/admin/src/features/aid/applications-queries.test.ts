import { readFileSync } from 'node:fs';
import { buildSchema, parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as documents from './applications-queries';

/** The gateway's schema: every document of the applications/ledger screens must be valid. */
const schema = buildSchema(
  readFileSync(new URL('../../../../gateway/schema.graphql', import.meta.url), 'utf8'),
);

describe('the aid money screens’ GraphQL documents', () => {
  const entries = Object.entries(documents);

  it('has the documents the screens use', () => {
    expect(entries.map(([name]) => name).sort()).toEqual([
      'AidApplicantFilesQuery',
      'AidApplicationQuery',
      'AidApplicationsQuery',
      'AidBudgetsQuery',
      'AidLedgerQuery',
      'DisburseAidMutation',
      'MoveAidApplicationMutation',
      'ReverseAidDisbursementMutation',
      'SubmitAidApplicationMutation',
    ]);
  });

  it.each(entries)('%s is valid against apps/gateway/schema.graphql', (_name, document) => {
    const errors = validate(schema, parse(print(document)));
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
