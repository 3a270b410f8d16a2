import { readdir, rm, rmdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Deletes this run's embedded database, and the .e2e-data folder once it is empty. */
export default async function globalTeardown(): Promise<void> {
  const dataDir = process.env.GONGHUI_E2E_DATA_DIR;
  if (!dataDir) return;
  await rm(dataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
  const parent = dirname(dataDir);
  const left = await readdir(parent).catch(() => null);
  if (left && left.length === 0) await rmdir(parent).catch(() => undefined);
}
