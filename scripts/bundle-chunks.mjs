/**
 * The JavaScript a browser loads for one screen of a Vite build: the entry script and the
 * modulepreloads of `index.html`, the lazy chunks of the screen's route, and every chunk those
 * import statically (followed transitively; dynamic `import()`s are other screens' and are not
 * counted). Used by the apps' `.size-limit.mjs` budgets, so a budget follows the real import
 * graph of each build instead of hashed file names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

/** `chunk` names (without hash) are matched as `<name>-<hash>.js` in dist/assets. */
export function screenChunks(appDir, { lazyChunks = [] } = {}) {
  const dist = join(appDir, 'dist');
  const html = join(dist, 'index.html');
  if (!existsSync(html))
    throw new Error(`${relative(appDir, html)} is missing: build the app first`);
  const assets = join(dist, 'assets');
  const files = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const start = [
    ...readFileSync(html, 'utf8').matchAll(/(?:src|href)="[^"]*\/assets\/([^"]+\.js)"/g),
  ].map((match) => match[1]);
  for (const name of lazyChunks) {
    const found = files.filter((file) => new RegExp(`^${name}-[\\w-]{6,}\\.js$`).test(file));
    if (found.length !== 1)
      throw new Error(
        `lazy chunk ${name}: expected one file in dist/assets, found ${found.length}`,
      );
    start.push(...found);
  }
  const seen = new Set();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
      if (!seen.has(match[1])) queue.push(match[1]);
    }
  }
  return [...seen].sort().map((file) => `dist/assets/${basename(file)}`);
}
