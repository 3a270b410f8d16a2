import { readFileSync } from 'node:fs';
import { buildSchema, parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { competitionMessagesForTest } from './messages';
import * as documents from './queries';

const schema = buildSchema(
  readFileSync(new URL('../../../../gateway/schema.graphql', import.meta.url), 'utf8'),
);

describe('the public competitions pages', () => {
  it.each(Object.entries(documents))(
    '%s is valid against apps/gateway/schema.graphql',
    (_name, document) => {
      expect(validate(schema, parse(print(document))).map((error) => error.message)).toEqual([]);
    },
  );

  it('have every Chinese text in English too', () => {
    expect(Object.keys(competitionMessagesForTest.en).sort()).toEqual(
      Object.keys(competitionMessagesForTest['zh-CN']).sort(),
    );
  });
});
