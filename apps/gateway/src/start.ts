import type { AddressInfo } from 'node:net';
import type { GatewayConfig } from './config.js';
import { database } from './db.js';
import { createHttpServer } from './http-server.js';
import { logger } from './logger.js';
import { failInterruptedRosterImports } from './roster/import-runner.js';
import { seedDemoIfEmpty } from './seed/seed-demo.js';

/** Prepares the database (embedded: migrate, then seed when empty) and listens. */
export async function startGateway(config: GatewayConfig) {
  if (database.kind === 'embedded') {
    const report = await database.migrate();
    if (report.applied.length) logger.info({ applied: report.applied }, 'migrations applied');
  }
  if (config.seedOnEmpty) {
    const seeded = await seedDemoIfEmpty(database.prisma);
    if (seeded) logger.info({ organizations: seeded }, 'demo data seeded');
  }
  // Roster files are held in memory only: imports a stopped process left unfinished fail.
  const interrupted = await failInterruptedRosterImports();
  if (interrupted) logger.warn({ interrupted }, 'interrupted roster imports marked failed');
  const server = createHttpServer(config, database);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://localhost:${port}`;
  logger.info({ port, database: database.kind }, 'gateway listening');
  const stop = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await database.close();
  };
  return { server, port, base, stop };
}
