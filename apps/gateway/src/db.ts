import { readDatabaseConfig } from './config.js';
import { openDatabase } from './database/open-database.js';

/**
 * The one database of this process: PGlite on disk by default, PostgreSQL when
 * DATABASE_URL is set. Resolvers import `prisma` from here; it is not put on the
 * GraphQL context.
 */
export const database = openDatabase(readDatabaseConfig());
export const prisma = database.prisma;
