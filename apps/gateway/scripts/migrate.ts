/**
 * `pnpm --filter @gonghui/gateway db:migrate`: applies the committed migrations to the
 * database named by DATABASE_URL (or the embedded one when it is unset).
 */
import { readDatabaseConfig } from '../src/config.js';
import { openDatabase } from '../src/database/open-database.js';

const config = readDatabaseConfig();
const database = openDatabase(config);
try {
  const report = await database.migrate();
  console.log(
    `${config.kind}: applied ${report.applied.length} migration(s)${report.applied.length ? `: ${report.applied.join(', ')}` : ''}; ${report.alreadyApplied} already applied.`,
  );
} finally {
  await database.close();
}
