/**
 * `pnpm --filter @gonghui/gateway city:generate -- --seed 42 [--members N] [--unions N]`:
 * fills the database (DATABASE_URL, or the embedded one) with a Qingdao-sized city under the
 * demo's 青岛市总工会 — deterministic from the seed. Full size (16,540 grassroots unions,
 * 2,100,000 members) on PostgreSQL, 400 unions and 20,000 members on the embedded database.
 * Running it again with the same seed is a no-op; with another seed it refuses.
 * See docs/performance.md.
 */
import { readDatabaseConfig } from '../src/config.js';
import { openDatabase } from '../src/database/open-database.js';
import { CITY_DEFAULTS } from '../src/seed/city-scale/generate-city.js';
import { generateCity } from '../src/seed/city-scale/write-city.js';

function readArgs(argv: string[]) {
  const values: Record<string, string> = {};
  const args = argv.filter((arg) => arg !== '--');
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const match = /^--(seed|members|unions)(?:=(.*))?$/.exec(arg);
    if (!match?.[1])
      throw new Error(`unknown argument ${arg} (use --seed N --members N --unions N)`);
    let value = match[2];
    if (value === undefined) {
      index += 1;
      value = args[index];
    }
    if (value === undefined || !/^\d+$/.test(value.replaceAll('_', '')))
      throw new Error(`--${match[1]} needs a whole number`);
    values[match[1]] = value.replaceAll('_', '');
  }
  return values;
}

const args = readArgs(process.argv.slice(2));
const config = readDatabaseConfig();
const defaults = CITY_DEFAULTS[config.kind];
const options = {
  seed: Number(args.seed ?? 42),
  unions: Number(args.unions ?? defaults.unions),
  members: Number(args.members ?? defaults.members),
};
const database = openDatabase(config);
const started = performance.now();
try {
  if (config.kind === 'embedded') await database.migrate();
  console.log(
    `${config.kind}: generating the city of seed ${options.seed}: ${options.unions} grassroots-level unions, ${options.members} members`,
  );
  const report = await generateCity(config, database, {
    ...options,
    log: (line) => console.log(`  ${line}`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (report.status === 'present') {
    console.log(
      `The city of seed ${report.seed} is already in the database: nothing written (${seconds} s).`,
    );
  } else {
    console.log(
      `Done in ${seconds} s: ${report.organizations} organisations (${report.grassrootsUnions} grassroots-level unions), ${report.members} members, ${report.events} membership events.`,
    );
  }
} finally {
  await database.close();
}
