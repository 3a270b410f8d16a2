import { createHash } from 'node:crypto';
import {
  AWARD_LEVELS,
  findHonorTitle,
  NEW_EMPLOYMENT_GROUPS,
  SKILL_LEVEL_LABELS,
  type SkillLevel,
} from '@gonghui/domain';
import type pg from 'pg';
import { blindIndex } from '../../src/auth/personal-data-crypto.js';
import { encodeGlobalId } from '../../src/global-id.js';
import { honorCatalogue } from '../../src/honor/catalogue.js';
import { dashboardSql } from './dashboard-baseline.js';

/**
 * The operations `pnpm bench` drives, each twice: as a GraphQL request to the gateway, and as
 * hand-written SQL through `pg` answering the same JSON (baseline (b)). A new module's
 * operation is one more entry of `BENCH_OPERATIONS`: a GraphQL request and the SQL that
 * answers the same data. `rotate` operations send a different request each time (the i-th).
 */
export interface BenchContext {
  /** 青岛市总工会 and the district (county federation) with the most children. */
  cityId: string;
  districtId: string;
  /** A published, public award, and the sort key of the roll's 1,000th item (filtered). */
  honoreeId: string;
  deepCursor: string;
  deepKey: { year: number; level: string; name: string; id: string };
  /** Plaintext ID numbers of members of the city (decrypted with the data key). */
  idNumbers: string[];
  /** Session cookie value of qingdao.admin. */
  staffToken: string;
  /** The studio with the most members, and a competition with published results. */
  studioId: string;
  competitionId: string;
}

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchOperation {
  key: string;
  title: string;
  /** Sent with the staff session cookie. */
  staff: boolean;
  rotate?: boolean;
  request(context: BenchContext, index: number): GraphQLRequest;
  /**
   * The same data as the gateway's answer, with hand-written SQL (baseline (b)); absent where
   * no hand-written equivalent exists yet (the bench then reports ÷ (a) only).
   */
  sql?(db: pg.Pool, context: BenchContext, index: number, staffToken?: string): Promise<unknown>;
}

export const HONOR_FILTER = { level: 'CITY', regionCode: '370200' } as const;
const PAGE = 20;

const rollFields = 'id name photoUrl employerName titleName level year regionCode';
const rollQuery = `query HonorRoll($filter: HonorRollFilter, $first: Int!, $after: String) {
  honorRoll(filter: $filter, first: $first, after: $after) { __typename
    ... on QueryHonorRollSuccess { data { totalCount pageInfo { hasNextPage endCursor }
      edges { node { ${rollFields} } } } } } }`;

/** Pothos prisma connections' cursor of a row with cursor field `id`. */
export const prismaCursor = (id: string) => Buffer.from(`GPC:S:${id}`).toString('base64');

interface AwardRow {
  id: string;
  name: string;
  photo_url: string | null;
  public_scopes: string[];
  employer_name: string;
  title_name: string;
  level: string;
  year: number;
  region_code: string;
}

const publicAwardSql = `revoked_at IS NULL AND 'NAME' = ANY(public_scopes)`;
const rollFilterSql = `${publicAwardSql} AND level = 'CITY' AND region_code LIKE '3702%'`;

async function rollPage(db: pg.Pool, after: BenchContext['deepKey'] | null) {
  const keyset = after
    ? `AND (year < $1 OR (year = $1 AND (level > $2::"HonorLevel" OR (level = $2::"HonorLevel"
         AND (name > $3 OR (name = $3 AND id > $4::uuid))))))`
    : '';
  const [rows, count] = await Promise.all([
    db.query<AwardRow>(
      `SELECT id, name, photo_url, public_scopes, employer_name, title_name, level, year, region_code
       FROM honor_award WHERE ${rollFilterSql} ${keyset}
       ORDER BY year DESC, level, name, id LIMIT ${PAGE + 1}`,
      after ? [after.year, after.level, after.name, after.id] : [],
    ),
    db.query<{ count: string }>(`SELECT count(*) FROM honor_award WHERE ${rollFilterSql}`),
  ]);
  const page = rows.rows.slice(0, PAGE);
  return {
    data: {
      honorRoll: {
        __typename: 'QueryHonorRollSuccess',
        data: {
          totalCount: Number(count.rows[0]?.count),
          pageInfo: {
            hasNextPage: rows.rows.length > PAGE,
            endCursor: page.length ? prismaCursor(page[page.length - 1]?.id ?? '') : null,
          },
          edges: page.map((row) => ({
            node: {
              id: encodeGlobalId('Honoree', row.id),
              name: row.name,
              photoUrl: row.public_scopes.includes('PHOTO') ? row.photo_url : null,
              employerName: row.employer_name,
              titleName: row.title_name,
              level: row.level,
              year: row.year,
              regionCode: row.region_code,
            },
          })),
        },
      },
    },
  };
}

/** The staff member's role organisations for a live session (one statement), or null. */
async function staffScopes(db: pg.Pool, token: string): Promise<string[] | null> {
  const id = createHash('sha256').update(token).digest('hex');
  const { rows } = await db.query<{ scopes: string[] | null }>(
    `SELECT array_agg(r.organization_id::text) AS scopes FROM staff_session s
     JOIN staff_account a ON a.id = s.staff_id AND a.disabled_at IS NULL
     JOIN role_assignment r ON r.staff_id = a.id
     WHERE s.id = $1 AND s.revoked_at IS NULL GROUP BY s.id`,
    [id],
  );
  return rows[0]?.scopes ?? null;
}

interface StudioRow {
  id: string;
  name: string;
  level: string;
  status: string;
  stars: number | null;
  host_employer_name: string;
  industry_chain: string;
  region_code: string;
  founded_on: string;
  description: string | null;
  lead_name: string;
  lead_honor_codes: string[];
  lead_skill_level: string | null;
  members: { id: string; name: string; role: string }[];
  ratings: {
    year: number;
    stars: number;
    scoreHundredths: number;
    change: string;
    explanation: string;
  }[];
  alliances: { joinedOn: string; leftOn: string | null; id: string; name: string; kind: string }[];
  results: { id: string; title: string; type: string; year: number; conversionState: string }[];
}

interface CompetitionRow {
  id: string;
  name: string;
  kind: string;
  competition_class: string;
  trade: string | null;
  year: number;
  starts_on: string;
  ends_on: string;
  organizer_name: string;
  co_organizers: string[];
  description: string | null;
  results_published: boolean;
  stages: { id: string; name: string; state: string }[];
  results: {
    id: string;
    rank: number | null;
    publicName: string;
    teamMemberNames: string[];
    employerName: string;
    totalCenti: number | null;
    award: string | null;
  }[];
}

const statsColumns = NEW_EMPLOYMENT_GROUPS.map((group) => group.toLowerCase());

export const BENCH_OPERATIONS: BenchOperation[] = [
  {
    key: 'roll',
    title: 'honor roll, first page of 20 (level CITY, region 370200)',
    staff: false,
    request: () => ({ query: rollQuery, variables: { filter: HONOR_FILTER, first: PAGE } }),
    sql: (db) => rollPage(db, null),
  },
  {
    key: 'roll-deep',
    title: 'honor roll, page after the 1,000th item',
    staff: false,
    request: (context) => ({
      query: rollQuery,
      variables: { filter: HONOR_FILTER, first: PAGE, after: context.deepCursor },
    }),
    sql: (db, context) => rollPage(db, context.deepKey),
  },
  {
    key: 'org',
    title: 'district: name, ancestors, children(first: 20) with childCount',
    staff: false,
    request: (context) => ({
      query: `query Org($id: ID!) { organization(id: $id) { __typename ... on Organization {
        id name kind ancestors { id name }
        children(first: ${PAGE}) { totalCount pageInfo { hasNextPage endCursor }
          edges { node { id name kind childCount } } } } } }`,
      variables: { id: encodeGlobalId('Organization', context.districtId) },
    }),
    async sql(db, context) {
      const id = context.districtId;
      const [node, children, count] = await Promise.all([
        db.query<{ name: string; kind: string; ancestors: { id: string; name: string }[] }>(
          `SELECT o.name, o.kind, coalesce((SELECT json_agg(json_build_object('id', a.id, 'name', a.name)
             ORDER BY a.depth) FROM organization a WHERE a.id::text = ANY(o.lineage_ids[1:array_length(o.lineage_ids, 1) - 1])), '[]') AS ancestors
           FROM organization o WHERE o.id = $1`,
          [id],
        ),
        db.query<{ id: string; name: string; kind: string; child_count: number }>(
          `SELECT c.id, c.name, c.kind,
             (SELECT count(*)::int FROM organization g WHERE g.parent_id = c.id) AS child_count
           FROM organization c WHERE c.parent_id = $1 ORDER BY c.kind, c.name, c.id LIMIT ${PAGE + 1}`,
          [id],
        ),
        db.query<{ count: string }>('SELECT count(*) FROM organization WHERE parent_id = $1', [id]),
      ]);
      const row = node.rows[0];
      const page = children.rows.slice(0, PAGE);
      return {
        data: {
          organization: {
            __typename: 'Organization',
            id: encodeGlobalId('Organization', id),
            name: row?.name,
            kind: row?.kind,
            ancestors: (row?.ancestors ?? []).map((ancestor) => ({
              id: encodeGlobalId('Organization', ancestor.id),
              name: ancestor.name,
            })),
            children: {
              totalCount: Number(count.rows[0]?.count),
              pageInfo: {
                hasNextPage: children.rows.length > PAGE,
                endCursor: page.length ? prismaCursor(page[page.length - 1]?.id ?? '') : null,
              },
              edges: page.map((child) => ({
                node: {
                  id: encodeGlobalId('Organization', child.id),
                  name: child.name,
                  kind: child.kind,
                  childCount: child.child_count,
                },
              })),
            },
          },
        },
      };
    },
  },
  {
    key: 'stats',
    title: '青岛市总工会 stats (subtree figures)',
    staff: false,
    request: (context) => ({
      query: `query Stats($id: ID!) { organization(id: $id) { __typename ... on Organization {
        stats { grassrootsUnions members retiredMembers migrantMembers femaleMembers
          newEmploymentMembers { group members } employersCovered employeesAtCoveredEmployers } } } }`,
      variables: { id: encodeGlobalId('Organization', context.cityId) },
    }),
    async sql(db, context) {
      const { rows } = await db.query<Record<string, number>>(
        'SELECT * FROM organization_figures WHERE organization_id = $1',
        [context.cityId],
      );
      const row = rows[0] ?? {};
      return {
        data: {
          organization: {
            __typename: 'Organization',
            stats: {
              grassrootsUnions: row.grassroots_unions,
              members: row.members,
              retiredMembers: row.retired_members,
              migrantMembers: row.migrant_members,
              femaleMembers: row.female_members,
              newEmploymentMembers: NEW_EMPLOYMENT_GROUPS.map((group, index) => ({
                group,
                members: row[statsColumns[index] ?? ''],
              })),
              employersCovered: row.employers_covered,
              employeesAtCoveredEmployers: row.employees_at_covered_employers,
            },
          },
        },
      };
    },
  },
  {
    key: 'pk',
    title: 'organization(id) { name } (primary-key baseline)',
    staff: false,
    request: (context) => ({
      query: `query Name($id: ID!) { organization(id: $id) { __typename ... on Organization { name } } }`,
      variables: { id: encodeGlobalId('Organization', context.districtId) },
    }),
    async sql(db, context) {
      const { rows } = await db.query<{ name: string }>(
        'SELECT name FROM organization WHERE id = $1',
        [context.districtId],
      );
      return { data: { organization: { __typename: 'Organization', name: rows[0]?.name } } };
    },
  },
  {
    key: 'honoree',
    title: 'honoree profile',
    staff: false,
    request: (context) => ({
      query: `query Honoree($id: ID!) { honoree(id: $id) { __typename ... on Honoree {
        id name photoUrl employerName titleName titleCode level subject year regionCode industry
        citation publishedAt certificateCode } } }`,
      variables: { id: encodeGlobalId('Honoree', context.honoreeId) },
    }),
    async sql(db, context) {
      const { rows } = await db.query(
        `SELECT id, name, photo_url, public_scopes, employer_name, title_name, title_code, level,
           subject, year, region_code, industry, citation, published_at, certificate_code
         FROM honor_award WHERE id = $1 AND ${publicAwardSql}`,
        [context.honoreeId],
      );
      const row = rows[0];
      if (!row) return { data: { honoree: null } };
      return {
        data: {
          honoree: {
            __typename: 'Honoree',
            id: encodeGlobalId('Honoree', row.id),
            name: row.name,
            photoUrl: row.public_scopes.includes('PHOTO') ? row.photo_url : null,
            employerName: row.employer_name,
            titleName: row.title_name,
            titleCode: row.title_code,
            level: row.level,
            subject: row.subject,
            year: row.year,
            regionCode: row.region_code,
            industry: row.industry,
            citation: row.public_scopes.includes('STORY') ? row.citation : null,
            publishedAt: (row.published_at as Date).toISOString(),
            certificateCode: row.certificate_code,
          },
        },
      };
    },
  },
  {
    key: 'member',
    title: 'member lookup by ID number (staff session of qingdao.admin)',
    staff: true,
    rotate: true,
    request: (context, index) => ({
      query: `query Member($idNumber: String!) { members(filter: { idNumber: $idNumber }, first: ${PAGE}) {
        __typename ... on QueryMembersSuccess { data { totalCount edges { node {
          id name idNumberMasked status organization { name } } } } } } }`,
      variables: { idNumber: context.idNumbers[index % context.idNumbers.length] },
    }),
    async sql(db, context, index, token) {
      const scopes = await staffScopes(db, token ?? context.staffToken);
      if (!scopes) return { errors: [{ message: 'unauthenticated' }] };
      const idNumber = context.idNumbers[index % context.idNumbers.length] ?? '';
      const { rows } = await db.query(
        `SELECT m.id, m.name, m.id_number_masked, m.status, o.name AS organization
         FROM member m JOIN organization o ON o.id = m.organization_id
         WHERE m.id_number_index = $1 AND m.lineage_ids && $2::text[] ORDER BY m.id LIMIT ${PAGE}`,
        [blindIndex(idNumber, 'member.idNumber'), scopes],
      );
      return {
        data: {
          members: {
            __typename: 'QueryMembersSuccess',
            data: {
              totalCount: rows.length,
              edges: rows.map((row) => ({
                node: {
                  id: encodeGlobalId('Member', row.id),
                  name: row.name,
                  idNumberMasked: row.id_number_masked,
                  status: row.status,
                  organization: { name: row.organization },
                },
              })),
            },
          },
        },
      };
    },
  },
  {
    key: 'studio',
    title: "a studio's public page (the public site's PublicStudio query)",
    staff: false,
    request: (context) => ({
      query: `query PublicStudio($id: ID!) { studio(id: $id) { __typename ... on InnovationStudio {
        id name level status stars hostEmployerName industryChain regionCode foundedOn description
        lead { name skillLevelLabel honors { code name } }
        members { id name role }
        ratings { year stars score change explanation }
        alliances { joinedOn leftOn alliance { id name kind } }
        results { id title type year conversionState } } ... on Error { message } } }`,
      variables: { id: encodeGlobalId('InnovationStudio', context.studioId) },
    }),
    // One statement: the studio row with its members, ratings, alliances and results as JSON
    // arrays in the gateway's orders; the labels from the same domain tables the gateway uses.
    async sql(db, context) {
      const { rows } = await db.query<StudioRow>(
        `SELECT s.id::text, s.name, s.level::text, s.status::text, s.stars, s.host_employer_name,
           s.industry_chain, s.region_code::text, to_char(s.founded_on, 'YYYY-MM-DD') AS founded_on,
           s.description, s.lead_name, s.lead_honor_codes, s.lead_skill_level::text,
           (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name, 'role', m.role)
              ORDER BY m.joined_on, m.id), '[]') FROM innovation_studio_member m
            WHERE m.studio_id = s.id AND m.left_on IS NULL) AS members,
           (SELECT coalesce(json_agg(json_build_object('year', r.year, 'stars', r.stars,
              'scoreHundredths', r.score_hundredths, 'change', r.change, 'explanation', r.explanation)
              ORDER BY r.year DESC), '[]') FROM innovation_studio_rating r WHERE r.studio_id = s.id) AS ratings,
           (SELECT coalesce(json_agg(json_build_object('joinedOn', to_char(am.joined_on, 'YYYY-MM-DD'),
              'leftOn', to_char(am.left_on, 'YYYY-MM-DD'), 'id', a.id, 'name', a.name, 'kind', a.kind)
              ORDER BY am.joined_on DESC, am.id), '[]') FROM innovation_alliance_membership am
            JOIN innovation_alliance a ON a.id = am.alliance_id WHERE am.studio_id = s.id) AS alliances,
           (SELECT coalesce(json_agg(json_build_object('id', x.id, 'title', x.title, 'type', x.type,
              'year', x.year, 'conversionState', x.conversion_state)), '[]')
            FROM (SELECT * FROM innovation_result WHERE studio_id = s.id
                  ORDER BY year DESC, created_at DESC, id LIMIT 100) x) AS results
         FROM innovation_studio s WHERE s.id = $1`,
        [context.studioId],
      );
      const studio = rows[0];
      if (!studio) return { data: { studio: null } };
      return {
        data: {
          studio: {
            __typename: 'InnovationStudio',
            id: encodeGlobalId('InnovationStudio', studio.id),
            name: studio.name,
            level: studio.level,
            status: studio.status,
            stars: studio.stars,
            hostEmployerName: studio.host_employer_name,
            industryChain: studio.industry_chain,
            regionCode: studio.region_code,
            foundedOn: studio.founded_on,
            description: studio.description,
            lead: {
              name: studio.lead_name,
              skillLevelLabel: studio.lead_skill_level
                ? SKILL_LEVEL_LABELS[studio.lead_skill_level as SkillLevel]
                : null,
              honors: studio.lead_honor_codes.map((code) => ({
                code,
                name: findHonorTitle(honorCatalogue, code)?.name ?? code,
              })),
            },
            members: studio.members.map((member) => ({
              id: encodeGlobalId('StudioMember', member.id),
              name: member.name,
              role: member.role,
            })),
            ratings: studio.ratings.map((rating) => ({
              year: rating.year,
              stars: rating.stars,
              score: rating.scoreHundredths / 100,
              change: rating.change,
              explanation: rating.explanation,
            })),
            alliances: studio.alliances.map((membership) => ({
              joinedOn: membership.joinedOn,
              leftOn: membership.leftOn,
              alliance: {
                id: encodeGlobalId('InnovationAlliance', membership.id),
                name: membership.name,
                kind: membership.kind,
              },
            })),
            results: studio.results.map((result) => ({
              id: encodeGlobalId('InnovationResult', result.id),
              title: result.title,
              type: result.type,
              year: result.year,
              conversionState: result.conversionState,
            })),
          },
        },
      };
    },
  },
  {
    key: 'competition',
    title: "a competition's results page (the public site's PublicCompetition query)",
    staff: false,
    request: (context) => ({
      query: `query PublicCompetition($id: ID!) { competition(id: $id) { __typename ... on Competition {
        id name kind competitionClass trade year startsOn endsOn organizerName coOrganizers
        description resultsPublished
        stages { id name state }
        results { id rank publicName teamMemberNames employerName totalScore award }
        labourLeaderboard { rank publicName cumulativeScore periodsScored redFlags }
        labourPeriods { stageId name redFlagNames } } ... on Error { message } } }`,
      variables: { id: encodeGlobalId('Competition', context.competitionId) },
    }),
    // One statement: the competition with its organiser's name, its stages and (once
    // published) its results with each entry's public name and employer. The bench's
    // competition is a published skills contest: a labour competition's leaderboard and
    // periods are computed by the domain from its period scores, which this baseline does not
    // do (it answers [] for them, and the bench would report the difference).
    async sql(db, context) {
      const { rows } = await db.query<CompetitionRow>(
        `SELECT c.id::text, c.name, c.kind::text, c.competition_class::text, c.trade, c.year,
           to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on,
           o.name AS organizer_name, c.co_organizers, c.description,
           c.results_published_at IS NOT NULL AS results_published,
           (SELECT coalesce(json_agg(json_build_object('id', st.id, 'name', st.name, 'state', st.state)
              ORDER BY st.position), '[]') FROM competition_stage st WHERE st.competition_id = c.id) AS stages,
           CASE WHEN c.results_published_at IS NULL THEN '[]'::json ELSE
             (SELECT coalesce(json_agg(json_build_object('id', r.id, 'rank', r.rank,
                'publicName', e.public_name, 'teamMemberNames', e.team_member_names,
                'employerName', eo.name, 'totalCenti', r.total_centi, 'award', r.award)
                ORDER BY r.rank ASC NULLS LAST, r.id), '[]')
              FROM competition_result r JOIN competition_entry e ON e.id = r.entry_id
              JOIN organization eo ON eo.id = e.employer_id WHERE r.competition_id = c.id) END AS results
         FROM competition c JOIN organization o ON o.id = c.organization_id WHERE c.id = $1`,
        [context.competitionId],
      );
      const competition = rows[0];
      if (!competition) return { data: { competition: null } };
      return {
        data: {
          competition: {
            __typename: 'Competition',
            id: encodeGlobalId('Competition', competition.id),
            name: competition.name,
            kind: competition.kind,
            competitionClass: competition.competition_class,
            trade: competition.trade,
            year: competition.year,
            startsOn: competition.starts_on,
            endsOn: competition.ends_on,
            organizerName: competition.organizer_name,
            coOrganizers: competition.co_organizers,
            description: competition.description,
            resultsPublished: competition.results_published,
            stages: competition.stages.map((stage) => ({
              id: encodeGlobalId('CompetitionStage', stage.id),
              name: stage.name,
              state: stage.state,
            })),
            results: competition.results.map((result) => ({
              id: encodeGlobalId('CompetitionResult', result.id),
              rank: result.rank,
              publicName: result.publicName,
              teamMemberNames: result.teamMemberNames,
              employerName: result.employerName,
              totalScore: result.totalCenti === null ? null : result.totalCenti / 100,
              award:
                result.award && (AWARD_LEVELS as readonly string[]).includes(result.award)
                  ? result.award
                  : null,
            })),
            labourLeaderboard: [],
            labourPeriods: [],
          },
        },
      };
    },
  },
  {
    key: 'dashboard',
    title:
      "the admin dashboard of 青岛市总工会, 2025 (AdminDashboard: annualReport, new members by month, districts' figures; staff session of qingdao.admin)",
    staff: true,
    request: (context) => ({
      query: `query AdminDashboard($id: ID!, $from: Date!, $to: Date!) {
        annualReport(organizationId: $id, from: $from, to: $to) { __typename ... on AnnualReport {
          organizationId organizationName from to previousFrom previousTo
          sections { key title figures { key label unit basis value display previousValue change changePercent listPath } } }
          ... on Error { message } }
        organization(id: $id) { __typename ... on Organization { id
          stats { newMembersByMonth(from: $from, to: $to) { month count } }
          children(first: 60) { edges { node { id name dissolvedOn stats { members grassrootsUnions } } } } }
          ... on Error { message } } }`,
      variables: {
        id: encodeGlobalId('Organization', context.cityId),
        from: '2025-01-01',
        to: '2025-12-31',
      },
    }),
    // (b): scripts/bench/dashboard-baseline.ts
    sql: dashboardSql,
  },
];
