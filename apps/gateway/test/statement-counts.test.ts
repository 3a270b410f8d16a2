import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  type DocumentNode,
  getNamedType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDatabaseConfig } from '../src/config.js';
import { database, prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { schema } from '../src/schema/index.js';
import { generateCity } from '../src/seed/city-scale/write-city.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { graphql, signIn } from './graphql.js';

/**
 * N+1 guard: every GraphQL query document of the public site and the admin console that reads a
 * list (a Relay connection) is sent as the app sends it, at page size 5 and 20, and the SQL
 * statements the gateway issues are counted. A list whose count grows with the page size loads
 * something per row (N+1) and fails. Not a timing test: counts only.
 *
 * The documents are read from the apps' sources (apps/{public,admin}/src, `graphql(\`…\`)`), so
 * the test checks exactly what the apps send; a new list operation in either app fails the
 * coverage test below until it has an entry in `LIST_OPERATIONS` (variables + who asks). Every
 * `first` argument of the document (a variable or a literal like `first: 100`) is set to the page
 * size; the small page must hold 5 items and the large one more (20 where the fixtures below
 * provide that many), so the comparison cannot pass on a page that did not grow. An entry whose
 * list has no rows yet says so in `pending`, and its test shows as skipped.
 */

// --- statement counting: every query the gateway's database driver runs --------------------
let counting = false;
let statements: string[] = [];
const textOf = (query: unknown) =>
  typeof query === 'string' ? query : String((query as { text?: unknown } | null)?.text ?? '');
const pgQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  if (counting) statements.push(textOf(args[0]));
  return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;
for (const method of ['query', 'exec'] as const) {
  const original = PGlite.prototype[method] as (...a: unknown[]) => unknown;
  (PGlite.prototype as unknown as Record<string, unknown>)[method] = function counted(
    this: unknown,
    ...args: unknown[]
  ) {
    if (counting) statements.push(textOf(args[0]));
    return original.apply(this, args);
  };
}

// --- the apps' documents ----------------------------------------------------------------------
const repo = resolve(import.meta.dirname, '../../..');
const appSources = ['apps/public/src', 'apps/admin/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) && !name.endsWith('.d.ts')
      ? [path]
      : [];
  });
}

interface AppOperation {
  name: string;
  file: string;
  document: DocumentNode;
  /** Connection fields the operation reads, as `Type.field`. */
  connections: string[];
}

/** Every query operation of the two apps, with the fragments of its file appended. */
function appOperations(): AppOperation[] {
  const operations: AppOperation[] = [];
  for (const file of appSources.flatMap((dir) => sourceFiles(join(repo, dir)))) {
    const text = readFileSync(file, 'utf8');
    const documents = [...text.matchAll(/graphql\(\s*`([\s\S]*?)`/g)].map((match) =>
      parse(match[1] ?? ''),
    );
    const fragments = documents.flatMap((document) =>
      document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION),
    );
    for (const document of documents) {
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'query')
          continue;
        const used = fragments.filter((fragment) =>
          print(definition).includes(`...${fragment.name.value}`),
        );
        const full: DocumentNode = { kind: Kind.DOCUMENT, definitions: [definition, ...used] };
        operations.push({
          name: definition.name?.value ?? '(anonymous)',
          file: relative(repo, file),
          document: full,
          connections: connectionsOf(full),
        });
      }
    }
  }
  return operations;
}

function connectionsOf(document: DocumentNode): string[] {
  const typeInfo = new TypeInfo(schema);
  const found = new Set<string>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = typeInfo.getType();
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (type && parent && field && getNamedType(type).name.endsWith('Connection'))
          found.add(`${parent.name}.${field.name}`);
      },
    }),
  );
  return [...found];
}

/** The document with every `first:` argument set to `size`, and `$first` dropped. */
function atPageSize(document: DocumentNode, size: number): string {
  const sized = visit(document, {
    Argument(node) {
      if (node.name.value !== 'first') return undefined;
      return { ...node, value: { kind: Kind.INT, value: String(size) } };
    },
    OperationDefinition(node: OperationDefinitionNode) {
      return {
        ...node,
        variableDefinitions: node.variableDefinitions?.filter(
          (variable) => variable.variable.name.value !== 'first',
        ),
      };
    },
  });
  return print(sized);
}

/** The `edges` arrays of a response, each with its path. */
function pages(value: unknown, path = 'data'): { path: string; length: number }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => pages(item, `${path}.${index}`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'edges' && Array.isArray(inner)
      ? [{ path: `${path}.edges`, length: inner.length }, ...pages(inner, `${path}.edges`)]
      : pages(inner, `${path}.${key}`),
  );
}

// --- what each list operation needs --------------------------------------------------------------
const gid = (type: string, id: string) => encodeGlobalId(type, id);
const qingdao = seedUuid('qingdao');
const shinan = seedUuid('qingdao-shinan');
let fixtures: { campaignId: string; rosterImportId: string; parentId: string };

interface ListOperation {
  /** Username of the staff session that asks; anonymous (the public) when absent. */
  as?: string;
  /** Why the list cannot be measured yet (no rows to page through): the test is skipped. */
  pending?: string;
  variables: () => Record<string, unknown> | Promise<Record<string, unknown>>;
}

/** The roll's cursor after its first `count` items (what 更多 sends). */
async function honorRollCursor(count: number): Promise<string> {
  const { data } = await graphql<{ honorRoll: { data: { pageInfo: { endCursor: string } } } }>(
    `query { honorRoll(first: ${count}) { ... on QueryHonorRollSuccess { data { pageInfo { endCursor } } } } }`,
  );
  return data?.honorRoll.data.pageInfo.endCursor ?? '';
}

/**
 * The list operations of the apps, by operation name. Add an entry when an app gains one
 * (the coverage test names it); give it variables that reach a list of at least 21 items.
 */
const LIST_OPERATIONS: Record<string, ListOperation> = {
  // public site
  PublicHonorRollFirstPage: { variables: () => ({ filter: { regionCode: '370200' } }) },
  PublicHonorRollMore: {
    variables: async () => ({ filter: { regionCode: '370200' }, after: await honorRollCursor(5) }),
  },
  PublicNotices: { variables: () => ({}) },
  PublicRoots: { variables: () => ({}) },
  PublicChildrenPage: { variables: () => ({ id: gid('Organization', fixtures.parentId) }) },
  PublicSearch: { variables: () => ({ search: '工会' }) },
  // admin console
  AdminTreeChildren: {
    as: 'qingdao.admin',
    variables: () => ({ id: gid('Organization', fixtures.parentId) }),
  },
  AdminChildrenPage: {
    as: 'qingdao.admin',
    variables: () => ({ id: gid('Organization', fixtures.parentId) }),
  },
  AdminSearchOrganizations: {
    as: 'qingdao.admin',
    variables: () => ({ search: '工会' }),
  },
  AdminOrganizationMemberEvents: {
    as: 'qingdao.admin',
    variables: () => ({ id: gid('Organization', qingdao) }),
  },
  AdminMembersPage: {
    as: 'qingdao.admin',
    variables: () => ({ organizationId: gid('Organization', qingdao) }),
  },
  AdminMemberList: { as: 'qingdao.admin', variables: () => ({ filter: {} }) },
  AdminNomineeMembers: { as: 'qingdao.admin', variables: () => ({ search: '王' }) },
  AdminCampaignList: { as: 'super.admin', variables: () => ({}) },
  AdminHonorAwards: { as: 'qingdao.admin', variables: () => ({ filter: { revoked: false } }) },
  AdminCampaign: {
    as: 'super.admin',
    variables: () => ({ id: gid('HonorCampaign', fixtures.campaignId) }),
  },
  AdminAuditLog: { as: 'super.admin', variables: () => ({}) },
  AdminStaffAccounts: { as: 'super.admin', variables: () => ({}) },
  AdminApiKeys: { as: 'super.admin', variables: () => ({ includeRevoked: true }) },
  AdminRosterImports: {
    as: 'super.admin',
    variables: () => ({ organizationId: gid('Organization', shinan) }),
  },
  AdminHardshipMembers: { as: 'qingdao.admin', variables: () => ({ search: '王' }) },
  AdminDashboard: {
    as: 'qingdao.admin',
    variables: () => ({
      id: gid('Organization', fixtures.parentId),
      from: '2026-01-01',
      to: '2026-06-30',
    }),
  },
  AdminAidApplications: { as: 'super.admin', variables: () => ({}) },
  AdminAidLedger: { as: 'super.admin', variables: () => ({}) },
  AdminHardshipFiles: { as: 'super.admin', variables: () => ({}) },
  AdminAidApplicantFiles: { as: 'super.admin', variables: () => ({}) },
  AdminCompetitionList: { as: 'super.admin', variables: () => ({}) },
  AdminRosterImportIssues: {
    as: 'super.admin',
    variables: () => ({ id: gid('RosterImport', fixtures.rosterImportId) }),
  },
  AdminInnovationStudios: { as: 'qingdao.admin', variables: () => ({ filter: {} }) },
  AdminInnovationResults: { as: 'qingdao.admin', variables: () => ({ filter: {} }) },
  AdminLeadHonorees: { as: 'qingdao.admin', variables: () => ({ search: '' }) },
  PublicStudios: { variables: () => ({ filter: {} }) },
  PublicInnovationResults: { variables: () => ({ filter: {} }) },
  PublicServicePositions: { variables: () => ({ filter: { regionCode: '370200' } }) },
  AdminServicePositions: { as: 'qingdao.admin', variables: () => ({ filter: {} }) },
  PublicCompetitions: { variables: () => ({}) },
  AdminCompetitionMemberSearch: { as: 'qingdao.admin', variables: () => ({ search: '王' }) },
};

const operations = appOperations();
const listOperations = operations.filter((operation) => operation.connections.length > 0);
const sessions = new Map<string, string>();

async function run(operation: AppOperation, size: number) {
  const entry = LIST_OPERATIONS[operation.name];
  if (!entry) throw new Error(`no entry for ${operation.name}`);
  let session: string | undefined;
  if (entry.as) {
    session = sessions.get(entry.as);
    if (!session) {
      session = await signIn(entry.as);
      sessions.set(entry.as, session);
    }
  }
  const query = atPageSize(operation.document, size);
  const variables = await entry.variables();
  // Once unmeasured (caches, prepared statements), then counted.
  await graphql(query, variables, { session });
  statements = [];
  counting = true;
  const response = await graphql(query, variables, { session });
  counting = false;
  return { response, statements: [...statements] };
}

/** Rows enough that every list has at least 21 items for the viewers above. */
async function addFixtures() {
  // A small city under 青岛市总工会: hundreds of unions, thousands of members and events.
  await generateCity(readDatabaseConfig(), database, { seed: 42, unions: 40, members: 1_500 });
  const exec = (sql: string) => prisma.$executeRawUnsafe(sql);
  const copies = 'generate_series(1, 3) AS n';
  // More root organisations (the public site's first screen lists the roots).
  await exec(`INSERT INTO organization (id, kind, name, region_code, lineage_ids, depth, founded_on, updated_at)
    SELECT u, 'NATIONAL_INDUSTRIAL_UNION', '全国产业工会' || n, '110000', ARRAY[u::text], 0, DATE '2000-01-01', now()
    FROM (SELECT gen_random_uuid() AS u, n FROM generate_series(1, 24) AS n) AS roots`);
  // Awards, campaigns and nominations: copies of the demo's, some of them under notice today.
  await exec(`INSERT INTO honor_award (id, campaign_id, lineage_ids, title_code, title_name, level, subject,
      year, name, employer_name, region_code, industry, citation, photo_url, public_scopes, certificate_code, published_at)
    SELECT gen_random_uuid(), campaign_id, lineage_ids, title_code, title_name, level, subject, year - n,
      name || n, employer_name, region_code, industry, citation, photo_url, public_scopes,
      certificate_code || '-' || n, published_at FROM honor_award, ${copies}`);
  await exec(`INSERT INTO honor_campaign (id, organization_id, lineage_ids, name, title_code, year, quota_rules,
      nomination_deadline, notice_working_days, created_by_staff_id, updated_at)
    SELECT gen_random_uuid(), organization_id, lineage_ids, name || n, title_code, year - n, quota_rules,
      nomination_deadline, notice_working_days, created_by_staff_id, now() FROM honor_campaign, ${copies}`);
  await exec(`INSERT INTO honor_nomination (id, campaign_id, organization_id, lineage_ids, member_id, subject, name,
      sex, employer_name, region_code, industry, photo_url, citation, categories, state, nominated_by_staff_id,
      notice_starts_on, notice_ends_on, updated_at)
    SELECT gen_random_uuid(), campaign_id, organization_id, lineage_ids, member_id, subject, name || n, sex,
      employer_name, region_code, industry, photo_url, citation, categories, 'PUBLIC_NOTICE',
      nominated_by_staff_id, CURRENT_DATE - 2, CURRENT_DATE + 5, now()
    FROM honor_nomination, ${copies}`);
  const [campaign] = await prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT campaign_id::text AS id FROM honor_nomination GROUP BY campaign_id ORDER BY count(*) DESC LIMIT 1`,
  );
  // Staff accounts with a role each, API keys, audit entries, roster imports and their issues.
  await exec(`INSERT INTO staff_account (id, username, display_name, password_hash, password_changed_at,
      organization_id, lineage_ids, updated_at)
    SELECT gen_random_uuid(), 'perf.staff' || n, '测试员' || n, password_hash, now(), organization_id,
      lineage_ids, now() FROM staff_account, generate_series(1, 24) AS n WHERE username = 'shinan.admin'`);
  await exec(`INSERT INTO role_assignment (id, staff_id, role, organization_id)
    SELECT gen_random_uuid(), id, 'VIEWER', organization_id FROM staff_account WHERE username LIKE 'perf.staff%'`);
  await exec(`INSERT INTO api_key (id, name, key_prefix, key_hash, rate_limit_per_minute, organization_id,
      lineage_ids, created_by_id)
    SELECT gen_random_uuid(), '接口' || n, 'ghk_' || n, md5(n::text), 60, a.organization_id, a.lineage_ids, a.id
    FROM staff_account a, generate_series(1, 24) AS n WHERE a.username = 'qingdao.admin'`);
  await exec(`INSERT INTO audit_log (actor_staff_id, actor_name, action, target_type, target_id,
      organization_id, lineage_ids)
    SELECT a.id, a.display_name, 'member.update', 'Member', gen_random_uuid()::text, a.organization_id,
      a.lineage_ids FROM staff_account a, generate_series(1, 24) AS n WHERE a.username = 'qingdao.admin'`);
  await exec(`INSERT INTO roster_import (id, organization_id, lineage_ids, file_name, status)
    SELECT gen_random_uuid(), id, lineage_ids, '名册' || n || '.xlsx', 'SUCCEEDED'
    FROM organization, generate_series(1, 24) AS n WHERE id = '${shinan}'`);
  const [rosterImport] = await prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id::text FROM roster_import WHERE organization_id = '${shinan}' LIMIT 1`,
  );
  await exec(`INSERT INTO roster_import_issue (id, import_id, row_number, "column", field, rule, message)
    SELECT gen_random_uuid(), '${rosterImport?.id}', n + 1, 'C', 'idNumber', 'ID_NUMBER_INVALID', '身份证号码无效'
    FROM generate_series(1, 24) AS n`);
  // Innovation studios and results: copies of the demo's.
  await exec(`INSERT INTO innovation_studio (id, organization_id, lineage_ids, name, level, status, status_since,
      host_employer_name, industry_chain, region_code, founded_on, description, lead_name, lead_honor_codes,
      lead_skill_level, stars, created_by_staff_id, updated_at)
    SELECT gen_random_uuid(), organization_id, lineage_ids, name || n, level, status, status_since,
      host_employer_name, industry_chain, region_code, founded_on, description, lead_name, lead_honor_codes,
      lead_skill_level, stars, created_by_staff_id, now() FROM innovation_studio, ${copies}`);
  await exec(`INSERT INTO innovation_result (id, organization_id, lineage_ids, studio_id, title, type, patent_number,
      team, year, economic_benefit_fen, awards, summary, conversion_state, created_by_staff_id, updated_at)
    SELECT gen_random_uuid(), organization_id, lineage_ids, studio_id, title || n, type, patent_number, team,
      year, economic_benefit_fen, awards, summary, conversion_state, created_by_staff_id, now()
    FROM innovation_result, ${copies}`);
  // The organisation with the most children, and a name that more than 20 unions share.
  const [parent] = await prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT parent_id::text AS id FROM organization WHERE parent_id IS NOT NULL
     AND '${qingdao}' = ANY(lineage_ids) GROUP BY parent_id ORDER BY count(*) DESC LIMIT 1`,
  );
  fixtures = {
    campaignId: campaign?.id ?? '',
    rosterImportId: rosterImport?.id ?? '',
    parentId: parent?.id ?? '',
  };
}

beforeAll(addFixtures, 300_000);

describe('statement counts per list operation (N+1 guard)', () => {
  it('finds the apps’ list operations, and every one has an entry', () => {
    expect(listOperations.length).toBeGreaterThanOrEqual(10);
    const missing = listOperations
      .filter((operation) => !LIST_OPERATIONS[operation.name])
      .map((operation) => `${operation.name} (${operation.file}: ${operation.connections})`);
    expect(missing, 'add these to LIST_OPERATIONS in test/statement-counts.test.ts').toEqual([]);
  });

  for (const operation of listOperations) {
    const pending = LIST_OPERATIONS[operation.name]?.pending;
    (pending ? it.skip : it)(
      `${operation.name}: the same statements at 5 and 20 items a page${pending ? ` (pending: ${pending})` : ''}`,
      async () => {
        const small = await run(operation, 5);
        const large = await run(operation, 20);
        expect(small.response.errors).toBeUndefined();
        expect(large.response.errors).toBeUndefined();
        // Every list of the answer is really a page of 5, then a larger one (20 where the data
        // has that many): more rows, the same statements.
        const smallPages = pages(small.response.data);
        const largePages = pages(large.response.data);
        expect(smallPages.length).toBeGreaterThan(0);
        for (const page of smallPages) expect(page, 'a page of 5').toMatchObject({ length: 5 });
        for (const page of largePages) expect(page.length, `${page.path} at 20`).toBeGreaterThan(5);
        expect(
          large.statements.length,
          `SQL statements at 20 items (${large.statements.length}) vs 5 (${small.statements.length}):\n${large.statements.join('\n')}`,
        ).toBe(small.statements.length);
      },
    );
  }
});
