import { readConfig } from './config.js';
import { logger } from './logger.js';
import { startGateway } from './start.js';

const config = readConfig();
const { base, stop } = await startGateway(config);
process.stdout.write(
  [
    '',
    '工会平台 Gonghui is running:',
    `  public site     ${base}/`,
    `  admin console   ${base}/admin/`,
    `  GraphQL API     ${base}/graphql`,
    `  health          ${base}/health`,
    `  database        ${config.database.kind === 'embedded' ? `embedded PGlite at ${config.database.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
    '',
  ].join('\n'),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
