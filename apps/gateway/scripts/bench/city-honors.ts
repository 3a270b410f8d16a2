import { createHash } from 'node:crypto';
import type { ConsentScope, HonorLevel } from '@gonghui/domain';
import type pg from 'pg';
import { honorCatalogue } from '../../src/honor/catalogue.js';
import { GIVEN_NAME_CHARACTERS, SURNAMES } from '../../src/seed/city-scale/city-vocabulary.js';
import { seededRandom } from '../../src/seed/demo-members.js';

/**
 * The benchmark's honors: published awards to people at the generated city's grassroots unions,
 * in proportion to the city (one award per 100 members: 21,000 for the full city), deterministic
 * from the seed. Levels as a city's roll over four decades has them (district and city titles
 * most, national ones few), years 1986–2026 leaning recent, 3 % revoked, consent to the photo
 * and the story for most, the name only for some. No campaign or nomination rows: the public
 * roll reads awards only. Ids are UUIDv8 like the city's (`…-0005-8000-8000-<serial>`),
 * certificate codes `BENCH-<seed>-<serial>`; written once (a second call with the same seed
 * finds them and writes nothing).
 */
const LEVEL_WEIGHTS: [HonorLevel, number][] = [
  ['NATIONAL', 2],
  ['PROVINCIAL', 10],
  ['CITY', 33],
  ['DISTRICT', 45],
  ['ENTERPRISE', 10],
];

export async function ensureCityHonors(
  client: pg.Client,
  { seed, count }: { seed: number; count: number },
): Promise<{ written: number; present: number }> {
  const prefix = `BENCH-${seed}-`;
  const [present] = (
    await client.query<{ count: string }>(
      `SELECT count(*) FROM honor_award WHERE certificate_code LIKE $1`,
      [`${prefix}%`],
    )
  ).rows;
  if (Number(present?.count) >= count) return { written: 0, present: Number(present?.count) };
  await client.query(`DELETE FROM honor_award WHERE certificate_code LIKE $1`, [`${prefix}%`]);
  const unions = (
    await client.query<{
      lineage_ids: string[];
      employer_name: string | null;
      name: string;
      region_code: string;
      industry: string | null;
    }>(
      `SELECT lineage_ids, employer_name, name, region_code, industry FROM organization
       WHERE substring(id::text, 15, 1) = '8' AND kind = 'GRASSROOTS_UNION' ORDER BY id`,
    )
  ).rows;
  if (unions.length === 0)
    throw new Error('no generated grassroots unions: run city:generate first');
  const random = seededRandom(seed ^ 0x6f6e6f72);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const weighted = <T>(items: readonly [T, number][]) => {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = random() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1]?.[0] as T;
  };
  const titlesByLevel = new Map<HonorLevel, typeof honorCatalogue>();
  for (const title of honorCatalogue.filter((title) => title.subject === 'PERSON')) {
    titlesByLevel.set(title.level, [...(titlesByLevel.get(title.level) ?? []), title]);
  }
  const levels = LEVEL_WEIGHTS.filter(([level]) => titlesByLevel.has(level));
  const tag = createHash('sha256').update(`gonghui-city:${seed}`).digest('hex').slice(0, 8);
  const surnames = [...SURNAMES];
  const given = [...GIVEN_NAME_CHARACTERS];
  const columns: unknown[][] = Array.from({ length: 14 }, () => []);
  let written = 0;
  const flush = async () => {
    if (!columns[0]?.length) return;
    await client.query(
      `INSERT INTO honor_award (id, lineage_ids, title_code, title_name, level, subject, year, name,
         employer_name, region_code, industry, citation, public_scopes, certificate_code,
         published_at, revoked_at, revoked_reason)
       SELECT id, string_to_array(lineage, ','), title_code, title_name, level::"HonorLevel",
         'PERSON', year, name, employer_name, region_code, industry, citation,
         string_to_array(scopes, ','), code, make_timestamptz(year, 4, 28, 10, 0, 0, 'Asia/Shanghai'),
         CASE WHEN revoked THEN make_timestamptz(year + 1, 3, 1, 10, 0, 0, 'Asia/Shanghai') END,
         CASE WHEN revoked THEN '经核查，撤销荣誉称号' END
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[],
         $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[],
         $14::boolean[])
         AS t(id, lineage, title_code, title_name, level, year, name, employer_name, region_code,
              industry, citation, scopes, code, revoked)`,
      columns,
    );
    written += columns[0].length;
    for (const column of columns) column.length = 0;
  };
  for (let serial = 0; serial < count; serial += 1) {
    const union = pick(unions);
    const level = weighted(levels);
    const title = pick(titlesByLevel.get(level) ?? []);
    const year = 2026 - Math.floor(40 * random() ** 1.6);
    const name = `${pick(surnames)}${pick(given)}${random() < 0.7 ? pick(given) : ''}`;
    const consent: ConsentScope[] =
      random() < 0.8 ? ['NAME', 'PHOTO', 'STORY'] : random() < 0.75 ? ['NAME', 'STORY'] : ['NAME'];
    const employer = union.employer_name ?? union.name.replace(/工会委员会$/, '');
    const values = [
      `${tag}-0005-8000-8000-${serial.toString(16).padStart(12, '0')}`,
      union.lineage_ids.join(','),
      title.code,
      title.name,
      level,
      year,
      name,
      employer,
      union.region_code,
      union.industry,
      `${name}同志长期扎根${employer}生产一线，${year}年获${title.name}。`,
      consent.join(','),
      `${prefix}${serial}`,
      random() < 0.03,
    ];
    for (const [index, value] of values.entries()) columns[index]?.push(value);
    if ((columns[0]?.length ?? 0) >= 2_000) await flush();
  }
  await flush();
  return { written, present: 0 };
}
