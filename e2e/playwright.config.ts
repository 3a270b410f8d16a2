import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

/*
 * Browser journeys against the BUILT gateway (apps/gateway/dist), which also serves the built
 * admin console (apps/admin/dist, under /admin/) and public site (apps/public/dist, at /).
 * Build them first (`pnpm build` at the root). The browser is Debian's Chromium: never run
 * `playwright install` here.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

// A fresh embedded database per run, seeded with the demo hierarchy on start. The config is
// evaluated again in each worker: the variable makes them all agree on the runner's folder.
// global-teardown.ts deletes it.
process.env.GONGHUI_E2E_DATA_DIR ??= resolve(
  import.meta.dirname,
  '..',
  '.e2e-data',
  `${Date.now()}`,
);
const dataDir = process.env.GONGHUI_E2E_DATA_DIR;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Limits that stop a hung journey, not speed checks: on a shared 2-core machine under load the
  // longest journeys took 55–60 s and a page 10 s to show.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  outputDir: join('..', 'test-results', 'e2e'),
  reporter: [['list'], ['json', { outputFile: '../.test-reports/e2e.json' }]],
  globalTeardown: './global-teardown.ts',
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node ../apps/gateway/dist/server.js',
    url: `${baseURL}/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      NODE_ENV: 'production',
      GONGHUI_DATA_KEY_FILE: join(dataDir, 'data-key'),
      // Every login of the suite comes from 127.0.0.1, and the gateway allows only 10 login
      // attempts per minute per address by default: the journeys sign in more often than that.
      RATE_LIMIT_LOGIN_PER_MINUTE: '1000',
      // The suite scans this log for personal data afterwards (scripts/test-all.mjs).
      LOG_LEVEL: 'debug',
      LOG_FILE: resolve(import.meta.dirname, '..', '.test-reports', 'gateway-e2e.log'),
    },
  },
});
