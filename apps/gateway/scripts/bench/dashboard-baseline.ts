import { createHash } from 'node:crypto';
import {
  AID_PROGRAM_LABELS,
  AID_PROGRAMS,
  COMPETITION_KIND_LABELS,
  COMPETITION_KINDS,
  COUNTED_MEMBER_STATUSES,
  compareFigure,
  type FigureUnit,
  formatFigure,
  GRASSROOTS_LEVEL_KINDS,
  HARDSHIP_CATEGORIES,
  HARDSHIP_CATEGORY_LABELS,
  HONOR_LEVEL_LABELS,
  HONOR_LEVELS,
  isAidProgram,
  NEW_EMPLOYMENT_GROUP_LABELS,
  NEW_EMPLOYMENT_GROUPS,
  previousPeriod,
  RESULT_TYPE_LABELS,
  RESULT_TYPES,
  type ReportPeriod,
  SERVICE_POSITION_KIND_LABELS,
  SERVICE_POSITION_KINDS,
  STUDIO_LEVEL_LABELS,
  STUDIO_LEVELS,
} from '@gonghui/domain';
import type pg from 'pg';
import { encodeGlobalId } from '../../src/global-id.js';

/**
 * Baseline (b) of the `dashboard` operation: the console's AdminDashboard for 青岛市总工会 and
 * 2025 answered by node:http + pg with hand-written SQL — the session check, the organisation,
 * one statement per report section computing both periods at once (FILTER clauses), and one for
 * the monthly trend with the children's figures — and the same JSON as the gateway's. The
 * wording, units and comparisons come from the domain (labels, `compareFigure`, `formatFigure`:
 * pure functions, as the gateway uses them). Whole-month periods only (the member section reads
 * the monthly counters), which is what the bench sends.
 */
const PERIOD: ReportPeriod = { from: '2025-01-01', to: '2025-12-31' } as ReportPeriod;

interface Figure {
  key: string;
  label: string;
  unit: FigureUnit;
  value: number;
  basis: 'PERIOD' | 'TODAY';
  listPath: string | null;
}

const n = (value: unknown) => Number(value ?? 0);
const shanghai = (day: string) => `${day}T00:00:00+08:00`;
const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const path = (base: string, org: string, filters: Record<string, string> = {}) => {
  const params = new URLSearchParams({ org, ...filters });
  return `${base}?${params.toString()}`;
};

async function sessionScopes(db: pg.Pool, token: string) {
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

type Sections = Record<string, (now: boolean) => Figure[]>;

async function reportSections(
  db: pg.Pool,
  id: string,
  period: ReportPeriod,
  previous: ReportPeriod,
): Promise<Sections> {
  const org = encodeGlobalId('Organization', id);
  const p = [period.from, period.to, previous.from, previous.to];
  const instants = [
    shanghai(period.from),
    shanghai(nextDay(period.to)),
    shanghai(previous.from),
    shanghai(nextDay(previous.to)),
  ];
  const kinds = GRASSROOTS_LEVEL_KINDS.map((kind) => `'${kind}'`).join(', ');
  const groups = NEW_EMPLOYMENT_GROUPS.map((group) => group.toLowerCase());
  const [organization, member, honor, innovation, competition, aid, service] = await Promise.all([
    db.query(
      `SELECT (SELECT grassroots_unions FROM organization_figures WHERE organization_id = $1::uuid) AS today,
         count(*) FILTER (WHERE founded_on BETWEEN $2::date AND $3::date) AS now,
         count(*) FILTER (WHERE founded_on BETWEEN $4::date AND $5::date) AS before
       FROM organization WHERE lineage_ids @> ARRAY[$1]::text[] AND kind IN (${kinds})
         AND (founded_on BETWEEN $2::date AND $3::date OR founded_on BETWEEN $4::date AND $5::date)`,
      [id, ...p],
    ),
    db.query(
      `SELECT f.members, f.female_members, f.migrant_members, ${groups.map((g) => `f.${g}`).join(', ')},
         ${['joined', 'joined_migrant', ...groups.map((g) => `joined_${g}`)]
           .flatMap((c) => [
             `(SELECT coalesce(sum(${c}), 0) FROM organization_monthly_figures WHERE organization_id = $1::uuid AND month BETWEEN $2::date AND $3::date) AS now_${c}`,
             `(SELECT coalesce(sum(${c}), 0) FROM organization_monthly_figures WHERE organization_id = $1::uuid AND month BETWEEN $4::date AND $5::date) AS before_${c}`,
           ])
           .join(',\n')}
       FROM (SELECT 1) one LEFT JOIN organization_figures f ON f.organization_id = $1::uuid`,
      [id, ...p],
    ),
    db.query<{
      level: string;
      title_code: string;
      title_name: string;
      subject: string;
      now: string;
      before: string;
    }>(
      `SELECT level::text, title_code, title_name, subject::text,
         count(*) FILTER (WHERE published_at >= $2 AND published_at < $3) AS now,
         count(*) FILTER (WHERE published_at >= $4 AND published_at < $5) AS before
       FROM honor_award WHERE lineage_ids @> ARRAY[$1]::text[] AND revoked_at IS NULL
         AND ((published_at >= $2 AND published_at < $3) OR (published_at >= $4 AND published_at < $5))
       GROUP BY 1, 2, 3, 4`,
      [id, ...instants],
    ),
    db.query<{ part: string; key: string | null; now: string; before: string }>(
      `SELECT 'level' AS part, level::text AS key, count(*) AS now, 0 AS before FROM innovation_studio
         WHERE lineage_ids @> ARRAY[$1]::text[] AND status = 'ACTIVE' GROUP BY 2
       UNION ALL SELECT 'stars', stars::text, count(*), 0 FROM innovation_studio
         WHERE lineage_ids @> ARRAY[$1]::text[] AND status = 'ACTIVE' GROUP BY 2
       UNION ALL SELECT 'founded', NULL, count(*) FILTER (WHERE founded_on BETWEEN $2::date AND $3::date),
           count(*) FILTER (WHERE founded_on BETWEEN $4::date AND $5::date) FROM innovation_studio
         WHERE lineage_ids @> ARRAY[$1]::text[]
       UNION ALL SELECT 'type', type::text, count(*) FILTER (WHERE year BETWEEN $6 AND $7),
           count(*) FILTER (WHERE year BETWEEN $8 AND $9) FROM innovation_result
         WHERE lineage_ids @> ARRAY[$1]::text[] AND (year BETWEEN $6 AND $7 OR year BETWEEN $8 AND $9) GROUP BY 2
       UNION ALL SELECT 'benefit', NULL, coalesce(sum(economic_benefit_fen) FILTER (WHERE year BETWEEN $6 AND $7), 0),
           coalesce(sum(economic_benefit_fen) FILTER (WHERE year BETWEEN $8 AND $9), 0) FROM innovation_result
         WHERE lineage_ids @> ARRAY[$1]::text[] AND (year BETWEEN $6 AND $7 OR year BETWEEN $8 AND $9)`,
      [id, ...p, ...p.map((day) => Number(day.slice(0, 4)))],
    ),
    db.query<{
      kind: string;
      held_now: string;
      held_before: string;
      participants_now: string;
      participants_before: string;
      promotions_now: string;
      promotions_before: string;
    }>(
      `SELECT c.kind::text,
         count(*) FILTER (WHERE c.starts_on BETWEEN $2::date AND $3::date) AS held_now,
         count(*) FILTER (WHERE c.starts_on BETWEEN $4::date AND $5::date) AS held_before,
         coalesce(sum(e.n) FILTER (WHERE c.starts_on BETWEEN $2::date AND $3::date), 0) AS participants_now,
         coalesce(sum(e.n) FILTER (WHERE c.starts_on BETWEEN $4::date AND $5::date), 0) AS participants_before,
         coalesce(sum(pr.n) FILTER (WHERE c.starts_on BETWEEN $2::date AND $3::date), 0) AS promotions_now,
         coalesce(sum(pr.n) FILTER (WHERE c.starts_on BETWEEN $4::date AND $5::date), 0) AS promotions_before
       FROM competition c
       LEFT JOIN LATERAL (SELECT count(*) AS n FROM competition_entry WHERE competition_id = c.id AND eligible) e ON true
       LEFT JOIN LATERAL (SELECT count(*) AS n FROM competition_promotion WHERE competition_id = c.id AND recommended) pr ON true
       WHERE c.lineage_ids @> ARRAY[$1]::text[]
         AND (c.starts_on BETWEEN $2::date AND $3::date OR c.starts_on BETWEEN $4::date AND $5::date)
       GROUP BY 1`,
      [id, ...p],
    ),
    db.query<{ part: string; key: string | null; now: string; before: string }>(
      `SELECT 'category' AS part, category::text AS key, count(*) AS now, 0 AS before FROM hardship_file
         WHERE lineage_ids @> ARRAY[$1]::text[] AND state = 'ACTIVE' GROUP BY 2
       UNION ALL SELECT 'exited', NULL, count(*) FILTER (WHERE exited_on BETWEEN $2::date AND $3::date),
           count(*) FILTER (WHERE exited_on BETWEEN $4::date AND $5::date) FROM hardship_file
         WHERE lineage_ids @> ARRAY[$1]::text[] AND state = 'EXITED'
       UNION ALL SELECT 'paid', p.kind, coalesce(sum(e.amount_fen) FILTER (WHERE t.created_at >= $6 AND t.created_at < $7), 0),
           coalesce(sum(e.amount_fen) FILTER (WHERE t.created_at >= $8 AND t.created_at < $9), 0)
         FROM aid_ledger_entry e JOIN aid_ledger_transaction t ON t.id = e.transaction_id
         JOIN aid_budget b ON b.id = t.budget_id JOIN aid_union_program p ON p.id = b.program_id
         WHERE e.account_kind = 'RECIPIENT' AND t.lineage_ids @> ARRAY[$1]::text[]
           AND ((t.created_at >= $6 AND t.created_at < $7) OR (t.created_at >= $8 AND t.created_at < $9))
         GROUP BY 2`,
      [id, ...p, ...instants],
    ),
    db.query<{
      kind: string | null;
      open_now: string;
      open_before: string;
      opened_now: string;
      opened_before: string;
    }>(
      `SELECT kind::text,
         count(*) FILTER (WHERE opened_on <= $3::date AND (closed_on IS NULL OR closed_on > $3::date)) AS open_now,
         count(*) FILTER (WHERE opened_on <= $5::date AND (closed_on IS NULL OR closed_on > $5::date)) AS open_before,
         count(*) FILTER (WHERE opened_on BETWEEN $2::date AND $3::date) AS opened_now,
         count(*) FILTER (WHERE opened_on BETWEEN $4::date AND $5::date) AS opened_before
       FROM service_position WHERE lineage_ids @> ARRAY[$1]::text[] GROUP BY 1`,
      [id, ...p],
    ),
  ]);
  const pick = (now: boolean) => (now ? 'now' : 'before');

  const sections: Sections = {
    organization: (now) => {
      const row = organization.rows[0] ?? {};
      return [
        {
          key: 'organization.grassrootsUnions',
          label: '基层工会',
          unit: 'ORGANIZATION',
          value: n(row.today),
          basis: 'TODAY',
          listPath: `/organizations/${org}`,
        },
        {
          key: 'organization.grassrootsUnionsFounded',
          label: '新建基层工会',
          unit: 'ORGANIZATION',
          value: n(row[pick(now)]),
          basis: 'PERIOD',
          listPath: `/organizations/${org}`,
        },
      ];
    },
    member: (now) => {
      const row = member.rows[0] ?? {};
      const range = now ? period : previous;
      const joinedIn = { from: range.from, to: range.to };
      const onTheRoll = { status: COUNTED_MEMBER_STATUSES.join(',') };
      const members = (filters: Record<string, string>) => path('/members', org, filters);
      const j = (column: string) => n(row[`${pick(now)}_${column}`]);
      const everyGroup = NEW_EMPLOYMENT_GROUPS.join(',');
      return [
        {
          key: 'member.members',
          label: '会员',
          unit: 'PERSON',
          value: n(row.members),
          basis: 'TODAY',
          listPath: members(onTheRoll),
        },
        {
          key: 'member.femaleMembers',
          label: '女会员',
          unit: 'PERSON',
          value: n(row.female_members),
          basis: 'TODAY',
          listPath: members({ ...onTheRoll, sex: 'FEMALE' }),
        },
        {
          key: 'member.migrantMembers',
          label: '农民工会员',
          unit: 'PERSON',
          value: n(row.migrant_members),
          basis: 'TODAY',
          listPath: members({ ...onTheRoll, migrant: 'yes' }),
        },
        {
          key: 'member.newEmploymentMembers',
          label: '新就业形态会员',
          unit: 'PERSON',
          value: groups.reduce((sum, g) => sum + n(row[g]), 0),
          basis: 'TODAY',
          listPath: members({ ...onTheRoll, group: everyGroup }),
        },
        {
          key: 'member.newMembers',
          label: '发展会员',
          unit: 'PERSON',
          value: j('joined'),
          basis: 'PERIOD',
          listPath: members(joinedIn),
        },
        {
          key: 'member.newMigrantMembers',
          label: '其中农民工',
          unit: 'PERSON',
          value: j('joined_migrant'),
          basis: 'PERIOD',
          listPath: members({ ...joinedIn, migrant: 'yes' }),
        },
        {
          key: 'member.newNewEmploymentMembers',
          label: '其中新就业形态劳动者',
          unit: 'PERSON',
          value: groups.reduce((sum, g) => sum + j(`joined_${g}`), 0),
          basis: 'PERIOD',
          listPath: members({ ...joinedIn, group: everyGroup }),
        },
        ...NEW_EMPLOYMENT_GROUPS.map(
          (group): Figure => ({
            key: `member.newMembers.${group}`,
            label: `新入会${NEW_EMPLOYMENT_GROUP_LABELS[group]}`,
            unit: 'PERSON',
            value: j(`joined_${group.toLowerCase()}`),
            basis: 'PERIOD',
            listPath: members({ ...joinedIn, group }),
          }),
        ),
      ];
    },
    honor: (now) => {
      const range = now ? period : previous;
      const rows = honor.rows
        .map((row) => ({ ...row, count: n(row[pick(now)]) }))
        .filter((row) => row.count > 0);
      const awards = (filters: Record<string, string> = {}) =>
        path('/honors/awards', org, { from: range.from, to: range.to, revoked: 'no', ...filters });
      const byLevel = new Map<string, number>();
      const byTitle = new Map<
        string,
        { code: string; name: string; subject: string; count: number }
      >();
      for (const row of rows) {
        byLevel.set(row.level, (byLevel.get(row.level) ?? 0) + row.count);
        const key = `${row.title_code}|${row.title_name}|${row.subject}`;
        const title = byTitle.get(key) ?? {
          code: row.title_code,
          name: row.title_name,
          subject: row.subject,
          count: 0,
        };
        title.count += row.count;
        byTitle.set(key, title);
      }
      return [
        {
          key: 'honor.awards',
          label: '获得各级荣誉',
          unit: 'ITEM',
          value: rows.reduce((s, r) => s + r.count, 0),
          basis: 'PERIOD',
          listPath: awards(),
        },
        ...HONOR_LEVELS.map(
          (level): Figure => ({
            key: `honor.level.${level}`,
            label: `${HONOR_LEVEL_LABELS[level]}荣誉`,
            unit: 'ITEM',
            value: byLevel.get(level) ?? 0,
            basis: 'PERIOD',
            listPath: awards({ level }),
          }),
        ),
        ...[...byTitle.values()]
          .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
          .map(
            (title): Figure => ({
              key: `honor.title.${title.code}`,
              label: title.name,
              unit:
                title.subject === 'PERSON'
                  ? 'PERSON'
                  : title.subject === 'COLLECTIVE'
                    ? 'TEAM'
                    : 'ORGANIZATION',
              value: title.count,
              basis: 'PERIOD',
              listPath: awards({ title: title.code }),
            }),
          ),
      ];
    },
    innovation: (now) => {
      const of = (part: string) => innovation.rows.filter((row) => row.part === part);
      const map = (part: string) => new Map(of(part).map((row) => [row.key, n(row[pick(now)])]));
      const levels = map('level');
      const stars = map('stars');
      const types = map('type');
      return [
        {
          key: 'innovation.studios',
          label: '劳模和工匠人才创新工作室',
          unit: 'TEAM',
          value: [...levels.values()].reduce((s, v) => s + v, 0),
          basis: 'TODAY',
          listPath: '/innovation',
        },
        ...STUDIO_LEVELS.map(
          (level): Figure => ({
            key: `innovation.studios.level.${level}`,
            label: `其中${STUDIO_LEVEL_LABELS[level]}`,
            unit: 'TEAM',
            value: levels.get(level) ?? 0,
            basis: 'TODAY',
            listPath: '/innovation',
          }),
        ),
        ...[5, 4, 3, 2, 1].map(
          (count): Figure => ({
            key: `innovation.studios.stars.${count}`,
            label: `${count}星级工作室`,
            unit: 'TEAM',
            value: stars.get(String(count)) ?? 0,
            basis: 'TODAY',
            listPath: '/innovation',
          }),
        ),
        {
          key: 'innovation.studiosFounded',
          label: '新建创新工作室',
          unit: 'TEAM',
          value: n(of('founded')[0]?.[pick(now)]),
          basis: 'PERIOD',
          listPath: null,
        },
        {
          key: 'innovation.results',
          label: '职工创新成果',
          unit: 'ITEM',
          value: [...types.values()].reduce((s, v) => s + v, 0),
          basis: 'PERIOD',
          listPath: '/innovation/results',
        },
        ...RESULT_TYPES.map(
          (type): Figure => ({
            key: `innovation.results.${type}`,
            label: RESULT_TYPE_LABELS[type],
            unit: 'ITEM',
            value: types.get(type) ?? 0,
            basis: 'PERIOD',
            listPath: null,
          }),
        ),
        {
          key: 'innovation.economicBenefit',
          label: '创新成果经济效益',
          unit: 'FEN',
          value: n(of('benefit')[0]?.[pick(now)]),
          basis: 'PERIOD',
          listPath: null,
        },
      ];
    },
    competition: (now) => {
      const suffix = pick(now);
      const held = new Map(
        competition.rows.map((row) => [row.kind, n(row[`held_${suffix}` as 'held_now'])]),
      );
      const sum = (column: 'participants' | 'promotions') =>
        competition.rows.reduce(
          (s, row) => s + n(row[`${column}_${suffix}` as 'participants_now']),
          0,
        );
      return [
        {
          key: 'competition.held',
          label: '举办竞赛',
          unit: 'ITEM',
          value: [...held.values()].reduce((s, v) => s + v, 0),
          basis: 'PERIOD',
          listPath: '/competitions',
        },
        ...COMPETITION_KINDS.map(
          (kind): Figure => ({
            key: `competition.held.${kind}`,
            label: COMPETITION_KIND_LABELS[kind],
            unit: 'ITEM',
            value: held.get(kind) ?? 0,
            basis: 'PERIOD',
            listPath: null,
          }),
        ),
        {
          key: 'competition.participants',
          label: '参赛选手（单位）',
          unit: 'PERSON_TIME',
          value: sum('participants'),
          basis: 'PERIOD',
          listPath: null,
        },
        {
          key: 'competition.promotions',
          label: '推荐晋升技能等级',
          unit: 'PERSON',
          value: sum('promotions'),
          basis: 'PERIOD',
          listPath: null,
        },
      ];
    },
    aid: (now) => {
      const range = now ? period : previous;
      const categories = new Map(
        aid.rows.filter((r) => r.part === 'category').map((r) => [r.key, n(r.now)]),
      );
      const paid = new Map(
        aid.rows.filter((r) => r.part === 'paid').map((r) => [r.key as string, n(r[pick(now)])]),
      );
      const exited = n(aid.rows.find((r) => r.part === 'exited')?.[pick(now)]);
      const payments = (kind?: string) =>
        path('/aid/budgets', org, {
          ...(kind ? { program: kind } : {}),
          from: range.from,
          to: range.to,
        });
      const otherKinds = [...paid.keys()].filter((kind) => !isAidProgram(kind));
      return [
        {
          key: 'aid.households',
          label: '在档困难职工家庭',
          unit: 'HOUSEHOLD',
          value: [...categories.entries()]
            .filter(([c]) => c !== 'NONE')
            .reduce((s, [, v]) => s + v, 0),
          basis: 'TODAY',
          listPath: path('/aid/hardship', org),
        },
        ...HARDSHIP_CATEGORIES.filter((c) => c !== 'NONE').map(
          (category): Figure => ({
            key: `aid.households.${category}`,
            label: HARDSHIP_CATEGORY_LABELS[category],
            unit: 'HOUSEHOLD',
            value: categories.get(category) ?? 0,
            basis: 'TODAY',
            listPath: path('/aid/hardship', org, { category }),
          }),
        ),
        {
          key: 'aid.householdsExited',
          label: '解困脱困家庭',
          unit: 'HOUSEHOLD',
          value: exited,
          basis: 'PERIOD',
          listPath: path('/aid/hardship', org, {
            state: 'EXITED',
            exitedFrom: range.from,
            exitedTo: range.to,
          }),
        },
        {
          key: 'aid.paid',
          label: '发放帮扶救助资金',
          unit: 'FEN',
          value: [...paid.values()].reduce((s, v) => s + v, 0),
          basis: 'PERIOD',
          listPath: payments(),
        },
        ...[...AID_PROGRAMS, ...otherKinds].map(
          (kind): Figure => ({
            key: `aid.paid.${kind}`,
            label: isAidProgram(kind) ? AID_PROGRAM_LABELS[kind] : kind,
            unit: 'FEN',
            value: paid.get(kind) ?? 0,
            basis: 'PERIOD',
            listPath: payments(kind),
          }),
        ),
      ];
    },
    service: (now) => {
      const range = now ? period : previous;
      const suffix = pick(now);
      const open = new Map(
        service.rows.map((row) => [row.kind, n(row[`open_${suffix}` as 'open_now'])]),
      );
      const opened = service.rows.reduce(
        (s, row) => s + n(row[`opened_${suffix}` as 'opened_now']),
        0,
      );
      const atEnd = { openOn: range.to };
      const positions = (filters: Record<string, string>) => path('/service', org, filters);
      return [
        {
          key: 'service.positions',
          label: '服务阵地',
          unit: 'TEAM',
          value: [...open.values()].reduce((s, v) => s + v, 0),
          basis: 'PERIOD',
          listPath: positions(atEnd),
        },
        {
          key: 'service.positionsOpened',
          label: '新建服务阵地',
          unit: 'TEAM',
          value: opened,
          basis: 'PERIOD',
          listPath: positions({ openedFrom: range.from, openedTo: range.to }),
        },
        ...SERVICE_POSITION_KINDS.map(
          (kind): Figure => ({
            key: `service.positions.${kind}`,
            label: SERVICE_POSITION_KIND_LABELS[kind],
            unit: 'TEAM',
            value: open.get(kind) ?? 0,
            basis: 'PERIOD',
            listPath: positions({ ...atEnd, kind }),
          }),
        ),
      ];
    },
  };
  return sections;
}

const TITLES: [string, string][] = [
  ['organization', '组织建设'],
  ['member', '会员发展'],
  ['honor', '荣誉表彰'],
  ['innovation', '职工创新'],
  ['competition', '劳动和技能竞赛'],
  ['aid', '帮扶救助'],
  ['service', '服务阵地'],
];

/** The previous period's list path moved to the report period (as the gateway does). */
function inPeriod(listPath: string | null, previous: ReportPeriod, period: ReportPeriod) {
  if (!listPath) return null;
  const [base, query = ''] = listPath.split('?', 2);
  const params = new URLSearchParams(query);
  if (params.get('from') === previous.from) params.set('from', period.from);
  if (params.get('to') === previous.to) params.set('to', period.to);
  return `${base}?${params.toString()}`;
}

export async function dashboardSql(
  db: pg.Pool,
  context: { cityId: string; staffToken: string },
  _index: number,
  token?: string,
) {
  const scopes = await sessionScopes(db, token ?? context.staffToken);
  if (!scopes) return { errors: [{ message: 'not signed in' }] };
  const id = context.cityId;
  const previous = previousPeriod(PERIOD);
  const [{ rows: orgRows }, sections, { rows: trend }] = await Promise.all([
    db.query<{ name: string }>(
      `SELECT name FROM organization WHERE id = $1::uuid AND lineage_ids && $2::text[]`,
      [id, scopes],
    ),
    reportSections(db, id, PERIOD, previous),
    db.query<{
      months: { month: string; count: number }[];
      children: {
        id: string;
        name: string;
        dissolved_on: string | null;
        members: number;
        grassroots_unions: number;
      }[];
    }>(
      `SELECT (SELECT json_agg(json_build_object('month', to_char(m, 'YYYY-MM'), 'count', coalesce(f.joined, 0)) ORDER BY m)
                 FROM generate_series($2::date, $3::date, interval '1 month') m
                 LEFT JOIN organization_monthly_figures f ON f.organization_id = $1::uuid AND f.month = m::date) AS months,
              (SELECT json_agg(json_build_object('id', c.id, 'name', c.name, 'dissolved_on', c.dissolved_on,
                 'members', coalesce(f.members, 0), 'grassroots_unions', coalesce(f.grassroots_unions, 0)) ORDER BY c.kind, c.name, c.id)
                 FROM (SELECT * FROM organization WHERE parent_id = $1::uuid ORDER BY kind, name, id LIMIT 60) c
                 LEFT JOIN organization_figures f ON f.organization_id = c.id) AS children`,
      [id, PERIOD.from, PERIOD.to.slice(0, 8) + '01'],
    ),
  ]);
  const organization = orgRows[0];
  if (!organization) return { errors: [{ message: 'not found' }] };
  const report = {
    __typename: 'AnnualReport',
    organizationId: encodeGlobalId('Organization', id),
    organizationName: organization.name,
    from: PERIOD.from,
    to: PERIOD.to,
    previousFrom: previous.from,
    previousTo: previous.to,
    sections: TITLES.map(([key, title]) => {
      const section = sections[key] as (now: boolean) => Figure[];
      const now = section(true);
      const before = section(false).filter((figure) => figure.basis === 'PERIOD');
      const previousValues = new Map(before.map((figure) => [figure.key, figure.value]));
      const keys = new Set(now.map((figure) => figure.key));
      const gone = before
        .filter((figure) => !keys.has(figure.key))
        .map((figure) => ({
          ...figure,
          value: 0,
          listPath: inPeriod(figure.listPath, previous, PERIOD),
        }));
      return {
        key,
        title,
        figures: [...now, ...gone].map((figure) => {
          const compared = compareFigure(
            figure.value,
            figure.basis === 'PERIOD' ? (previousValues.get(figure.key) ?? 0) : null,
          );
          return {
            key: figure.key,
            label: figure.label,
            unit: figure.unit,
            basis: figure.basis,
            value: compared.value,
            display: formatFigure(figure.value, figure.unit),
            previousValue: compared.previous,
            change: compared.change,
            changePercent: compared.changePercent,
            listPath: figure.listPath,
          };
        }),
      };
    }),
  };
  const row = trend[0];
  return {
    data: {
      annualReport: report,
      organization: {
        __typename: 'Organization',
        id: encodeGlobalId('Organization', id),
        stats: { newMembersByMonth: row?.months ?? [] },
        children: {
          edges: (row?.children ?? []).map((child) => ({
            node: {
              id: encodeGlobalId('Organization', child.id),
              name: child.name,
              dissolvedOn: child.dissolved_on,
              stats: { members: child.members, grassrootsUnions: child.grassroots_unions },
            },
          })),
        },
      },
    },
  };
}
