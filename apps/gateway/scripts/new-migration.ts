/**
 * `pnpm --filter @gonghui/gateway migration:new <name>`: writes the SQL that takes the
 * committed migrations to the current Prisma schema as a new migration folder. It runs
 * Prisma's own differ against in-memory PGlite databases (prisma.config.ts), so it needs
 * no database server and no network. Review the SQL before committing it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsFolder } from '../src/database/migrate.js';
import { pendingSchemaChanges } from './schema-diff.js';

const name = (process.argv[2] ?? '').trim();
if (!/^[a-z][a-z0-9_]*$/.test(name)) {
  console.error('usage: migration:new <name_in_snake_case>');
  process.exit(2);
}
const sql = pendingSchemaChanges();
if (!sql) {
  console.log('The schema matches the migrations: nothing to write.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
const folder = join(migrationsFolder, `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'migration.sql'), `${sql}\n`);
console.log(`Wrote ${folder}/migration.sql`);
