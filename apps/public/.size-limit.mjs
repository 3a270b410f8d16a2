/**
 * Front-end budget (issue 10): gzipped JavaScript of the public honor roll route (/honors),
 * the entry with its static imports and the lazy honor pages chunk. `pnpm --filter
 * @gonghui/public size` after `pnpm build`; `pnpm test` runs it. See docs/performance.md.
 */
import { screenChunks } from '../../scripts/bundle-chunks.mjs';

export default [
  {
    name: 'public: honor roll route (/honors)',
    path: screenChunks(import.meta.dirname, { lazyChunks: ['honor-pages'] }),
    limit: '120 kB',
    gzip: true,
  },
  {
    name: 'public: first screen (organisation tree)',
    path: screenChunks(import.meta.dirname),
    limit: '110 kB',
    gzip: true,
  },
];
