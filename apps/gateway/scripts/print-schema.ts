/**
 * Prints the GraphQL schema to schema.graphql (sorted). With --check it fails instead
 * when the committed file differs from what the code defines.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

process.env.DATA_DIR = 'memory://';
delete process.env.DATABASE_URL;
const { printSchema } = await import('graphql');
const { gatewayRoot } = await import('../src/config.js');
const { schema } = await import('../src/schema/index.js');

const file = join(gatewayRoot, 'schema.graphql');
const printed = `${printSchema(schema)}\n`;
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {}
  if (committed !== printed) {
    console.error('schema.graphql is out of date: run `pnpm generate` and commit it.');
    process.exit(1);
  }
  console.log('schema.graphql matches the code.');
} else if (readFileSync(file, { encoding: 'utf8', flag: 'a+' }) !== printed) {
  writeFileSync(file, printed);
  console.log(`wrote ${file}`);
}
process.exit(0);
