/** Environment of every gateway test process (workers and the global setup alike). */
export const testEnv: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
  ...(process.env.LOG_FILE ? { LOG_FILE: process.env.LOG_FILE } : {}),
  // A fixed test key (never a real one): the process that seeds PostgreSQL and the test
  // workers must encrypt and decrypt with the same key.
  GONGHUI_DATA_KEY: 'dGVzdC1vbmx5LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=',
  TRUST_PROXY: '1',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
  RATE_LIMIT_STAFF_PER_MINUTE: '100000',
};
