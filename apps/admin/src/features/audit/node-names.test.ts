import { describe, expect, it } from 'vitest';
import { maxAliasesPerQuery, namesFromAnswers, nodeNamesRequests } from './node-names';

describe('nodeNamesRequests', () => {
  it('asks each id once, as aliased node fields', () => {
    const [request, ...rest] = nodeNamesRequests(['a', 'b', 'a']);
    expect(rest).toEqual([]);
    expect(request?.variables).toEqual({ id0: 'a', id1: 'b' });
    expect(request?.query).toContain('query AdminAuditNodeNames($id0: ID!, $id1: ID!)');
    expect(request?.query).toContain('n1: node(id: $id1) { ...AuditNodeName }');
    expect(request?.query).toContain('fragment AuditNodeName on Node');
  });

  it('keeps within the gateway alias limit', () => {
    const ids = Array.from({ length: 40 }, (_value, index) => `id-${index}`);
    const requests = nodeNamesRequests(ids);
    expect(requests.map((request) => Object.keys(request.variables).length)).toEqual([
      maxAliasesPerQuery,
      maxAliasesPerQuery,
      40 - 2 * maxAliasesPerQuery,
    ]);
    expect(nodeNamesRequests([])).toEqual([]);
  });
});

describe('namesFromAnswers', () => {
  it('names accounts by person and username, everything else by name', () => {
    expect(
      namesFromAnswers([
        {
          n0: { __typename: 'StaffAccount', id: 's', username: 'li.xiao', displayName: '林晓' },
          n1: { __typename: 'Organization', id: 'o', name: '市南区总工会' },
          n2: null,
        },
        undefined,
        { n0: { __typename: 'ApiKey', id: 'k', name: '青岛日报社融媒体中心' } },
      ]),
    ).toEqual({ s: '林晓（li.xiao）', o: '市南区总工会', k: '青岛日报社融媒体中心' });
  });
});
