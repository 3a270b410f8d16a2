import { describe, expect, it } from 'vitest';
import { isWriteStatement } from '../src/database/write-watch.js';
import { prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { reportCacheStats } from '../src/report/report-cache.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { graphql } from './graphql.js';

/**
 * The annual report's cache (src/report/report-cache.ts): a repeated request is answered from
 * memory, and any write through the app's database client — here a plain Prisma create, as any
 * module's write path does — shows in the next report at once.
 */
const report = /* GraphQL */ `query R($id: ID!, $from: Date!, $to: Date!) {
  annualReport(organizationId: $id, from: $from, to: $to) { __typename
    ... on AnnualReport { sections { key figures { key value } } } } }`;

async function studios(from = '2026-01-01', to = '2026-12-31') {
  const result = await graphql<{
    annualReport: { sections: { key: string; figures: { key: string; value: number }[] }[] };
  }>(report, { id: encodeGlobalId('Organization', seedUuid('qingdao')), from, to });
  const figures = result.data?.annualReport.sections.flatMap((section) => section.figures) ?? [];
  return figures.find((figure) => figure.key === 'innovation.studios')?.value;
}

describe('the annual report cache', () => {
  it('tells writes from reads', () => {
    expect(isWriteStatement('SELECT "id" FROM "member" WHERE "updated_at" > $1')).toBe(false);
    expect(isWriteStatement('  (SELECT 1) UNION (SELECT 2)')).toBe(false);
    expect(isWriteStatement('BEGIN')).toBe(false);
    expect(isWriteStatement('INSERT INTO "member" ("id") VALUES ($1)')).toBe(true);
    expect(isWriteStatement('update "aid_budget" set "remaining_fen" = 1')).toBe(true);
    expect(isWriteStatement('DELETE FROM "honor_award"')).toBe(true);
    // A session's last-seen time and the audit trail are no report's business.
    expect(isWriteStatement('UPDATE "public"."staff_session" SET "last_seen_at" = $1')).toBe(false);
    expect(isWriteStatement('INSERT INTO "public"."audit_log" ("id") VALUES ($1)')).toBe(false);
    expect(isWriteStatement('UPDATE "public"."staff_account" SET "disabled_at" = $1')).toBe(true);
    expect(
      isWriteStatement('WITH moved AS (UPDATE t SET a = 1 RETURNING *) SELECT * FROM moved'),
    ).toBe(true);
  });

  it('answers a repeated report from memory and drops it on any write', async () => {
    const before = await studios();
    const hits = reportCacheStats.hits;
    expect(await studios()).toBe(before);
    expect(reportCacheStats.hits).toBe(hits + 1);

    const union = await prisma.organization.findUniqueOrThrow({
      where: { id: seedUuid('qingdao-shinan-hisense') },
    });
    await prisma.innovationStudio.create({
      data: {
        organizationId: union.id,
        lineageIds: union.lineageIds,
        name: '缓存测试创新工作室',
        level: 'DISTRICT',
        statusSince: new Date('2026-03-01T00:00:00Z'),
        hostEmployerName: union.name,
        industryChain: '智能家电',
        regionCode: union.regionCode,
        foundedOn: new Date('2026-03-01T00:00:00Z'),
        leadName: '测试',
        leadHonorCodes: [],
        createdByStaffId: seedUuid('staff:qingdao.admin'),
      },
    });
    expect(await studios()).toBe((before ?? 0) + 1);
    // Another period is its own entry.
    expect(await studios('2025-01-01', '2025-12-31')).toBe((before ?? 0) + 1);
  });
});
