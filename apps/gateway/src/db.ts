import { readDatabaseConfig } from './config.js';
import { openDatabase, type QueryRowsOptions } from './database/open-database.js';
import type { Prisma } from './generated/prisma/client.js';

/**
 * The one database of this process: PGlite on disk by default, PostgreSQL when
 * DATABASE_URL is set. Resolvers import `prisma` from here; it is not put on the
 * GraphQL context.
 */
export const database = openDatabase(readDatabaseConfig());
export const prisma = database.prisma;

/** Hand-written read-only SQL of the hot paths (`Database.queryRows`). */
export const queryRows = <Row>(query: Prisma.Sql, options?: QueryRowsOptions): Promise<Row[]> =>
  database.queryRows<Row>(query, options);
