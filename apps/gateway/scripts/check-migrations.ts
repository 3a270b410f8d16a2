/**
 * Fails when the Prisma schema has changes that no committed migration contains
 * (run `pnpm --filter @gonghui/gateway migration:new <name>` to write one).
 */
import { pendingSchemaChanges } from './schema-diff.js';

const sql = pendingSchemaChanges();
if (sql) {
  console.error('The Prisma schema differs from the committed migrations. Missing SQL:\n');
  console.error(sql);
  process.exit(1);
}
console.log('The committed migrations match the Prisma schema.');
