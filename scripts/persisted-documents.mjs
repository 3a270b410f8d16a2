#!/usr/bin/env node
/**
 * The persisted-document manifests of the two apps (docs/architecture.md, "Persisted
 * documents"): `apps/<app>/persisted-documents.json`, the sha256 (hex, of the UTF-8 text) of
 * every GraphQL operation the app can send → the exact text urql sends for it. The gateway
 * loads both at start and answers a request that carries only the hash.
 *
 * How the documents are found: the app's source modules are loaded through Vite's SSR module
 * loader (TSX, CSS imports and all), with `gql.tada` swapped for a copy whose `graphql()`
 * records every document it builds. Each operation is then printed by urql's own functions as
 * the client prints it before sending (and as `@urql/exchange-persisted` hashes it):
 * `createRequest`, `formatDocument` (the `__typename`s the cacheExchange adds),
 * `stringifyDocument`. A module may also export `persistedDocumentVariants()`,
 * the texts of documents it builds at run time (the audit page's node names: one document per
 * number of ids).
 *
 *   node scripts/persisted-documents.mjs            write both manifests
 *   node scripts/persisted-documents.mjs --check    fail (exit 1) if a manifest is out of date
 *   node scripts/persisted-documents.mjs public     one app
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
export const apps = ['public', 'admin'];
export const manifestName = 'persisted-documents.json';

export function sha256(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The app's source modules that build GraphQL documents (tests and the browser entry aside). */
function documentModules(srcDir) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        /\.tsx?$/.test(entry.name) &&
        !/\.(test|spec)\.tsx?$/.test(entry.name) &&
        !entry.name.endsWith('.d.ts') &&
        entry.name !== 'main.tsx'
      ) {
        const text = readFileSync(path, 'utf8');
        if (/\bgraphql\(/.test(text) || /\bpersistedDocumentVariants\b/.test(text))
          found.push(path);
      }
    }
  };
  walk(srcDir);
  return found.sort();
}

const recorderId = '\0persisted-documents:gql.tada';
const urqlId = '\0persisted-documents:urql';

/**
 * The manifest of one app as its current sources give it: `{ [sha256]: text }`, ordered by
 * operation name. `plugins` are added to the Vite server (the gateway's test uses one to change
 * a document and see the manifest go stale).
 */
export async function collectManifest(app, { plugins = [] } = {}) {
  const appDir = join(root, 'apps', app);
  const require = createRequire(join(appDir, 'package.json'));
  const vite = await import(pathToFileURL(require.resolve('vite')).href);
  // The ES module build, as the browser bundle uses (require.resolve gives the CommonJS one).
  const tadaEntry = require.resolve('gql.tada').replace(/\.js$/, '.mjs');
  const server = await vite.createServer({
    root: appDir,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    // Through Vite's pipeline (not Node's own import), so the recorder below can stand in.
    ssr: { noExternal: ['gql.tada'] },
    plugins: [
      {
        name: 'persisted-documents-recorder',
        enforce: 'pre',
        resolveId(source, importer) {
          if (source === 'virtual:persisted-documents/urql') return urqlId;
          if (source === 'gql.tada' && importer !== recorderId) return recorderId;
          return null;
        },
        load(id) {
          if (id === urqlId)
            return "export { createRequest, formatDocument, stringifyDocument } from 'urql';";
          if (id !== recorderId) return null;
          return `
            import * as tada from ${JSON.stringify(pathToFileURL(tadaEntry).href)};
            export * from ${JSON.stringify(pathToFileURL(tadaEntry).href)};
            const recorded = (globalThis.__persistedDocuments ??= []);
            export function initGraphQLTada() {
              const real = tada.initGraphQLTada();
              const graphql = (source, fragments) => {
                const document = real(source, fragments);
                recorded.push(document);
                return document;
              };
              return Object.assign(graphql, real);
            }
          `;
        },
      },
      ...plugins,
    ],
  });
  try {
    globalThis.__persistedDocuments = [];
    const variants = [];
    for (const file of documentModules(join(appDir, 'src'))) {
      const module = await server.ssrLoadModule(file);
      if (typeof module.persistedDocumentVariants === 'function')
        variants.push(...module.persistedDocumentVariants());
    }
    const { createRequest, formatDocument, stringifyDocument } = await server.ssrLoadModule(
      'virtual:persisted-documents/urql',
    );
    const operations = globalThis.__persistedDocuments.filter((document) =>
      document.definitions.some((definition) => definition.kind === 'OperationDefinition'),
    );
    const entries = new Map();
    for (const document of [...operations, ...variants]) {
      // As the client: the request's keyed document, with the `__typename`s urql's
      // cacheExchange adds (both apps use it) before the persisted exchange hashes it.
      const text = stringifyDocument(formatDocument(createRequest(document, {}).query));
      entries.set(sha256(text), text);
    }
    const name = (text) => /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(text)?.[1] ?? '';
    const sorted = [...entries].sort(
      ([hashA, a], [hashB, b]) =>
        name(a).localeCompare(name(b)) || a.length - b.length || hashA.localeCompare(hashB),
    );
    return Object.fromEntries(sorted);
  } finally {
    delete globalThis.__persistedDocuments;
    await server.close();
  }
}

export function manifestPath(app) {
  return join(root, 'apps', app, manifestName);
}

export function serializeManifest(manifest) {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Hashes in one manifest and not the other, and the other way round. */
export function manifestDifference(committed, current) {
  return {
    missing: Object.keys(current).filter((hash) => !(hash in committed)),
    stale: Object.keys(committed).filter((hash) => !(hash in current)),
  };
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const chosen = args.filter((arg) => !arg.startsWith('--'));
  let failed = false;
  for (const app of chosen.length ? chosen : apps) {
    if (!apps.includes(app)) throw new Error(`unknown app "${app}" (${apps.join(', ')})`);
    const manifest = await collectManifest(app);
    const path = manifestPath(app);
    const text = serializeManifest(manifest);
    const shown = relative(root, path);
    if (check) {
      const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
      if (committed === text) {
        console.log(`${shown}: up to date (${Object.keys(manifest).length} documents)`);
      } else {
        failed = true;
        const { missing, stale } = manifestDifference(
          committed ? JSON.parse(committed) : {},
          manifest,
        );
        console.error(
          `${shown} is out of date: ${missing.length} document(s) the app sends are missing, ` +
            `${stale.length} no longer sent. Run \`node scripts/persisted-documents.mjs\`.`,
        );
      }
    } else {
      writeFileSync(path, text);
      console.log(`${shown}: ${Object.keys(manifest).length} documents`);
    }
  }
  if (failed) process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
