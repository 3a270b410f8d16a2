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
    /** An uploaded file, sent as a GraphQL multipart request (importRoster). */
    File: File | Blob;
  };
}>();

export type { ResultOf, VariablesOf } from 'gql.tada';

/** 组织类型 as the schema spells it. */
export type OrgKind = introspection['types']['OrgKind']['enumValues'];
/** 单位性质 as the schema spells it. */
export type EmployerOwnership = introspection['types']['EmployerOwnership']['enumValues'];
/** 角色 as the schema spells it. */
export type StaffRole = introspection['types']['StaffRole']['enumValues'];
/** 权限 as the schema spells it. */
export type Permission = introspection['types']['Permission']['enumValues'];
/** 会籍状态 as the schema spells it. */
export type MemberStatus = introspection['types']['MemberStatus']['enumValues'];
/** 性别 as the schema spells it. */
export type Sex = introspection['types']['Sex']['enumValues'];
/** 新就业形态 group (八大群体) as the schema spells it. */
export type NewEmploymentGroup = introspection['types']['NewEmploymentGroup']['enumValues'];
/** 会籍变动 kind as the schema spells it. */
export type MemberEventType = introspection['types']['MemberEventType']['enumValues'];
/** 荣誉级别. */
export type HonorLevel = introspection['types']['HonorLevel']['enumValues'];

export { type FragmentOf, readFragment } from 'gql.tada';
