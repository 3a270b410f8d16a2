import { formatFigure } from '@gonghui/domain';
import { prisma } from '../db.js';
import { NAME_SCOPE } from '../honor/public-awards.js';
import type { ReportFigure } from './annual-report.js';

/** Per organisation of `ids`, how many rows of `table` lie in its subtree (one statement). */
async function subtreeCounts(
  table: 'honor_award' | 'innovation_studio' | 'service_position',
  condition: string,
  ids: readonly string[],
): Promise<Map<string, number>> {
  const rows = await prisma.$queryRawUnsafe<{ id: string; count: number }[]>(
    `SELECT o.id, count(t.id)::int AS count FROM unnest($1::text[]) AS o(id)
     JOIN ${table} t ON t.lineage_ids @> ARRAY[o.id] AND ${condition} GROUP BY o.id`,
    [...ids],
  );
  return new Map(rows.map((row) => [row.id, Number(row.count)]));
}

/**
 * 数据概览: the few figures a public home page leads with, for an organisation's subtree as of
 * today — members, grassroots unions, honorees on the public roll, studios, service positions.
 * For several organisations at once (a page of roots asks for each): four reads whatever their
 * number, the maintained counter rows and three indexed counts grouped by organisation.
 */
export async function headlineFiguresOf(
  ids: readonly string[],
): Promise<Map<string, ReportFigure[]>> {
  const [counters, honorees, studios, positions] = await Promise.all([
    prisma.organizationFigures.findMany({
      where: { organizationId: { in: [...ids] } },
      select: { organizationId: true, members: true, grassrootsUnions: true },
    }),
    subtreeCounts(
      'honor_award',
      `t.revoked_at IS NULL AND '${NAME_SCOPE}' = ANY(t.public_scopes)`,
      ids,
    ),
    subtreeCounts('innovation_studio', `t.status = 'ACTIVE'`, ids),
    subtreeCounts('service_position', `t.status <> 'CLOSED'`, ids),
  ]);
  const byId = new Map(counters.map((row) => [row.organizationId, row]));
  return new Map(
    ids.map((id) => [
      id,
      figuresOf(
        byId.get(id) ?? null,
        honorees.get(id) ?? 0,
        studios.get(id) ?? 0,
        positions.get(id) ?? 0,
      ),
    ]),
  );
}

export async function headlineFigures(organizationId: string): Promise<ReportFigure[]> {
  return (await headlineFiguresOf([organizationId])).get(organizationId) ?? [];
}

function figuresOf(
  figures: { members: number; grassrootsUnions: number } | null,
  honorees: number,
  studios: number,
  positions: number,
): ReportFigure[] {
  const today = (key: string, label: string, unit: ReportFigure['unit'], value: number) => ({
    key,
    label,
    unit,
    value,
    basis: 'TODAY' as const,
    listPath: null,
    display: formatFigure(value, unit),
    previous: null,
    change: null,
    changePercent: null,
  });
  return [
    today('member.members', '工会会员', 'PERSON', figures?.members ?? 0),
    today(
      'organization.grassrootsUnions',
      '基层工会',
      'ORGANIZATION',
      figures?.grassrootsUnions ?? 0,
    ),
    today('honor.honorees', '劳模工匠和先进', 'ITEM', honorees),
    today('innovation.studios', '创新工作室', 'TEAM', studios),
    today('service.positions', '服务阵地', 'TEAM', positions),
  ];
}

/**
 * `headlineFigures` of one organisation within a request: the organisations asked for in the
 * same tick (each row of a page of roots) are read together by `headlineFiguresOf`.
 */
const pendingByRequest = new WeakMap<object, Map<string, Promise<ReportFigure[]>>>();

export function headlineFiguresInRequest(
  requestKey: object,
  organizationId: string,
): Promise<ReportFigure[]> {
  let pending = pendingByRequest.get(requestKey);
  if (!pending) {
    const batch = new Map<string, Promise<ReportFigure[]>>();
    pending = batch;
    pendingByRequest.set(requestKey, batch);
    const ids: string[] = [];
    const answer = new Promise<Map<string, ReportFigure[]>>((resolve, reject) =>
      queueMicrotask(() => {
        pendingByRequest.delete(requestKey);
        headlineFiguresOf(ids).then(resolve, reject);
      }),
    );
    batchIds.set(batch, { ids, answer });
  }
  const cached = pending.get(organizationId);
  if (cached) return cached;
  const state = batchIds.get(pending);
  if (!state) throw new Error('headline figures batch lost');
  state.ids.push(organizationId);
  const promise = state.answer.then((figures) => figures.get(organizationId) ?? []);
  pending.set(organizationId, promise);
  return promise;
}

const batchIds = new WeakMap<
  Map<string, Promise<ReportFigure[]>>,
  { ids: string[]; answer: Promise<Map<string, ReportFigure[]>> }
>();
