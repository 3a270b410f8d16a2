import { execFileSync } from 'node:child_process';
import { gatewayRoot } from '../src/config.js';

/**
 * The SQL that would take a database built from the committed migrations to the current
 * Prisma schema, or '' when there is none. Prisma's differ runs against in-memory PGlite
 * databases (prisma.config.ts): no server, no network.
 */
export function pendingSchemaChanges(): string {
  const sql = execFileSync(
    'pnpm',
    [
      'exec',
      'prisma',
      'migrate',
      'diff',
      '--from-migrations',
      'prisma/migrations',
      '--to-schema-datamodel',
      'prisma/schema',
      '--script',
    ],
    { cwd: gatewayRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  ).trim();
  return sql === '' || /^-- This is an empty migration\.$/.test(sql) ? '' : sql;
}
