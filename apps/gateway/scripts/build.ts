/**
 * Bundles the gateway into dist/server.js with esbuild. Workspace packages
 * (@gonghui/domain, TypeScript source) and the generated Prisma client are bundled in;
 * every npm dependency stays external and is loaded from node_modules at run time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { gatewayRoot } from '../src/config.js';

const manifest = JSON.parse(readFileSync(join(gatewayRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const external = Object.keys(manifest.dependencies).filter((name) => !name.startsWith('@gonghui/'));

await build({
  entryPoints: [join(gatewayRoot, 'src/server.ts')],
  outfile: join(gatewayRoot, 'dist/server.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: [...external, ...external.map((name) => `${name}/*`)],
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log('built dist/server.js');
