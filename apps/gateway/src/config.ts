import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file holding pnpm-workspace.yaml. */
function findRepositoryRoot(start: string): string {
  let folder = start;
  while (!existsSync(join(folder, 'pnpm-workspace.yaml'))) {
    const parent = dirname(folder);
    if (parent === folder) return start;
    folder = parent;
  }
  return folder;
}

export const gatewayRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repositoryRoot = findRepositoryRoot(gatewayRoot);

export type DatabaseConfig =
  | { kind: 'postgres'; url: string }
  /** `dataDir` is a folder, or `memory://` for a database that lives only in this process. */
  | { kind: 'embedded'; dataDir: string };

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  database: DatabaseConfig;
  /** Seed the demo data when the database has no organisations yet. */
  seedOnEmpty: boolean;
  logLevel: string;
  adminDist: string;
  publicDist: string;
}

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${value}"`);
  }
  return port;
}

export function readDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url) return { kind: 'postgres', url };
  const dataDir = env.DATA_DIR ?? join(repositoryRoot, 'data', 'pglite');
  return {
    kind: 'embedded',
    dataDir: dataDir.startsWith('memory://') ? dataDir : resolve(dataDir),
  };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return {
    port: readPort(env.PORT),
    host: env.HOST ?? '0.0.0.0',
    production: env.NODE_ENV === 'production',
    database: readDatabaseConfig(env),
    seedOnEmpty: env.SEED_DEMO !== 'false',
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    adminDist: env.ADMIN_DIST ?? join(repositoryRoot, 'apps', 'admin', 'dist'),
    publicDist: env.PUBLIC_DIST ?? join(repositoryRoot, 'apps', 'public', 'dist'),
  };
}
