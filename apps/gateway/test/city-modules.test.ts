import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CityModulesReport,
  ensureCityModules,
  moduleUuid,
} from '../scripts/bench/city-modules.js';
import { decryptPersonalData } from '../src/auth/personal-data-crypto.js';
import { readDatabaseConfig } from '../src/config.js';
import { database, prisma } from '../src/db.js';
import { encodeGlobalId } from '../src/global-id.js';
import { generateCity } from '../src/seed/city-scale/write-city.js';
import { seedUuid } from '../src/seed/seed-demo.js';
import { graphql, signIn } from './graphql.js';

/**
 * The bench's innovation, competition and aid volumes (scripts/bench/city-modules.ts) on a small
 * generated city: written once, every maintained figure equal to a recount from the rows, no
 * plaintext personal data, and the dashboard's sections reading them.
 */
const size = { unions: 30, members: 3_000 };
let first: CityModulesReport;

async function rows<Row>(text: string, ...params: unknown[]): Promise<Row[]> {
  return (await prisma.$queryRawUnsafe(text, ...params)) as Row[];
}
async function count(text: string, ...params: unknown[]): Promise<number> {
  const [row] = await rows<{ count: bigint | number }>(text, ...params);
  return Number(row?.count);
}
const ours = (table: string, tag: Parameters<typeof moduleUuid>[1]) =>
  `${table}.id::text LIKE '${moduleUuid(42, tag, 0).slice(0, 13)}%'`;

beforeAll(async () => {
  await generateCity(readDatabaseConfig(), database, { seed: 42, ...size });
  first = await ensureCityModules(prisma, { seed: 42, members: size.members });
}, 600_000);

describe('the bench city modules', () => {
  it('writes studios, results, competitions, hardship files and aid once per seed', async () => {
    expect(first.written).toHaveLength(3);
    expect(
      await count(
        `SELECT count(*) FROM innovation_studio WHERE ${ours('innovation_studio', 'studio')}`,
      ),
    ).toBeGreaterThanOrEqual(8);
    expect(
      await count(
        `SELECT count(*) FROM innovation_result WHERE ${ours('innovation_result', 'result')}`,
      ),
    ).toBeGreaterThanOrEqual(40);
    expect(
      await count(`SELECT count(*) FROM competition WHERE ${ours('competition', 'competition')}`),
    ).toBe(12);
    expect(
      await count(`SELECT count(*) FROM hardship_file WHERE ${ours('hardship_file', 'file')}`),
    ).toBeGreaterThanOrEqual(16);
    // Every application state occurs, and payments exist.
    const states = await rows<{ state: string }>(
      `SELECT DISTINCT state::text FROM aid_application WHERE ${ours('aid_application', 'application')}`,
    );
    expect(states.map((row) => row.state)).toContain('DISBURSED');
    expect(states.length).toBeGreaterThanOrEqual(3);
    const before = await count(`SELECT count(*) FROM aid_ledger_entry`);
    const again = await ensureCityModules(prisma, { seed: 42, members: size.members });
    expect(again).toEqual({ written: [], present: ['innovation', 'competitions', 'aid'] });
    expect(await count(`SELECT count(*) FROM aid_ledger_entry`)).toBe(before);
  });

  it('keeps the budgets, the applications and the ledger consistent', async () => {
    // remaining = allocated − paid, and equal to the budget account's balance on the ledger.
    expect(
      await count(`SELECT count(*) FROM aid_budget b WHERE b.remaining_fen <> b.allocated_fen
        - COALESCE((SELECT sum(d.amount_fen) FROM aid_disbursement d WHERE d.budget_id = b.id), 0)
        OR b.remaining_fen <> (SELECT COALESCE(sum(e.amount_fen), 0) FROM aid_ledger_entry e
             WHERE e.account_kind = 'BUDGET' AND e.account_ref = b.id::text)`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) FROM aid_application a WHERE a.paid_fen <>
        COALESCE((SELECT sum(d.amount_fen) FROM aid_disbursement d WHERE d.application_id = a.id), 0)
        OR (a.state = 'DISBURSED') <> (a.paid_fen > 0) OR a.paid_fen > COALESCE(a.approved_fen, 0)`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) FROM (SELECT transaction_id FROM aid_ledger_entry
        GROUP BY transaction_id HAVING sum(amount_fen) <> 0 OR count(*) < 2) t`),
    ).toBe(0);
    // Each payment's recipient entry names its application; one transaction per payment.
    expect(
      await count(`SELECT count(*) FROM aid_disbursement d WHERE NOT EXISTS (
        SELECT 1 FROM aid_ledger_transaction t JOIN aid_ledger_entry e ON e.transaction_id = t.id
         WHERE t.disbursement_id = d.id AND e.account_kind = 'RECIPIENT'
           AND e.account_ref = d.application_id::text AND e.amount_fen = d.amount_fen)`),
    ).toBe(0);
  });

  it('keeps the studios, the hardship files and the competitions consistent with their history', async () => {
    expect(
      await count(`SELECT count(*) FROM innovation_studio s WHERE s.stars IS DISTINCT FROM
        (SELECT r.stars FROM innovation_studio_rating r WHERE r.studio_id = s.id ORDER BY r.year DESC LIMIT 1)`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) FROM innovation_result r WHERE r.conversion_state <> 'REGISTERED'
        AND r.conversion_state IS DISTINCT FROM (SELECT c.to_state FROM innovation_conversion_step c
          WHERE c.result_id = r.id ORDER BY c.moved_on DESC, c.id DESC LIMIT 1)`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) FROM hardship_file f WHERE (f.state = 'EXITED') <>
        EXISTS (SELECT 1 FROM hardship_file_event e WHERE e.file_id = f.id AND e.type = 'EXITED')
        OR f.last_reviewed_on <> (SELECT max(e.date) FROM hardship_file_event e
             WHERE e.file_id = f.id AND e.type IN ('REGISTERED', 'REVIEWED'))`),
    ).toBe(0);
    // Published competitions have a result for each eligible entry; promotions only from them,
    // at most one recommended per member and year.
    expect(
      await count(`SELECT count(*) FROM competition c WHERE c.results_published_at IS NOT NULL
        AND (SELECT count(*) FROM competition_result r WHERE r.competition_id = c.id)
         <> (SELECT count(*) FROM competition_entry e WHERE e.competition_id = c.id AND e.eligible)`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) FROM (SELECT member_id, year FROM competition_promotion
        WHERE recommended GROUP BY 1, 2 HAVING count(*) > 1) t`),
    ).toBe(0);
    expect(await count(`SELECT count(*) FROM competition_promotion`)).toBeGreaterThan(0);
  });

  it('never writes a plaintext ID number; the sealed ones open to the member’s', async () => {
    const applications = await rows<{ member_id: string; id_number_cipher: string; plain: string }>(
      `SELECT a.member_id::text, a.id_number_cipher, m.id_number_cipher AS plain FROM aid_application a
         JOIN member m ON m.id = a.member_id WHERE ${ours('a', 'application')} LIMIT 50`,
    );
    expect(applications.length).toBeGreaterThan(0);
    for (const row of applications) {
      const idNumber = decryptPersonalData(row.plain, 'member.idNumber');
      expect(decryptPersonalData(row.id_number_cipher, 'aid.idNumber')).toBe(idNumber);
      expect(
        await count(
          `SELECT count(*) FROM aid_application a WHERE a.id_number_cipher LIKE $1 OR a.id_number_masked = $2
             OR a.explanation::text LIKE $1`,
          `%${idNumber}%`,
          idNumber,
        ),
      ).toBe(0);
      expect(
        await count(
          `SELECT count(*) FROM hardship_file f WHERE f.household_cipher LIKE $1 OR f.assessment_cipher LIKE $1`,
          `%${idNumber}%`,
        ),
      ).toBe(0);
    }
  });

  it('shows the volumes in 青岛市总工会’s report, equal to recounts', async () => {
    const session = await signIn('qingdao.admin');
    const result = await graphql(
      `query R($id: ID!) { annualReport(organizationId: $id, from: "2025-01-01", to: "2025-12-31") {
        __typename ... on AnnualReport { sections { key figures { key value } } } } }`,
      { id: encodeGlobalId('Organization', seedUuid('qingdao')) },
      { session },
    );
    const figures = new Map<string, number>(
      (
        (result.data as Record<string, unknown>).annualReport as {
          sections: { figures: { key: string; value: number }[] }[];
        }
      ).sections.flatMap((section) => section.figures.map((figure) => [figure.key, figure.value])),
    );
    const qingdao = seedUuid('qingdao');
    const inTree = `$1 = ANY(lineage_ids)`;
    expect(figures.get('innovation.results')).toBe(
      await count(
        `SELECT count(*) FROM innovation_result WHERE ${inTree} AND year = 2025`,
        qingdao,
      ),
    );
    expect(figures.get('competition.participants')).toBe(
      await count(
        `SELECT count(*) FROM competition_entry e JOIN competition c ON c.id = e.competition_id
          WHERE $1 = ANY(c.lineage_ids) AND e.eligible AND c.starts_on BETWEEN '2025-01-01' AND '2025-12-31'`,
        qingdao,
      ),
    );
    expect(figures.get('aid.households')).toBe(
      await count(
        `SELECT count(*) FROM hardship_file WHERE ${inTree} AND state = 'ACTIVE' AND category <> 'NONE'`,
        qingdao,
      ),
    );
    expect(figures.get('aid.paid')).toBe(
      await count(
        `SELECT COALESCE(sum(d.amount_fen), 0) AS count FROM aid_disbursement d
           JOIN aid_application a ON a.id = d.application_id
          WHERE $1 = ANY(a.lineage_ids) AND d.created_at >= '2024-12-31T16:00:00Z' AND d.created_at < '2025-12-31T16:00:00Z'`,
        qingdao,
      ),
    );
    expect(figures.get('aid.paid')).toBeGreaterThan(0);
    expect(figures.get('competition.participants')).toBeGreaterThan(0);
  });
});
