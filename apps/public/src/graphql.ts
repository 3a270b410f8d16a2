import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * Typed GraphQL documents for the gateway's committed schema (`apps/gateway/schema.graphql`).
 * `pnpm run generate` refreshes `graphql-env.d.ts` from that file.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    /** A calendar date in Asia/Shanghai, 'YYYY-MM-DD'. */
    Date: string;
    /** An ISO 8601 instant with offset. */
    DateTime: string;
    /** Money: a whole number of fen (分, 1 元 = 100 分), a safe integer; never a string. */
    Fen: number;
  };
}>();

export type { ResultOf, VariablesOf } from 'gql.tada';

/** 组织类型 as the schema spells it. */
export type OrgKind = introspection['types']['OrgKind']['enumValues'];
/** 单位性质 as the schema spells it. */
export type EmployerOwnership = introspection['types']['EmployerOwnership']['enumValues'];
