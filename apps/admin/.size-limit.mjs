/**
 * Front-end budgets (issue 10): gzipped JavaScript of the admin console's first screens: the
 * sign-in page (the entry and its modulepreloads) and the organisation page every staff member
 * lands on after signing in. `pnpm --filter @gonghui/admin size` after `pnpm build`; `pnpm test`
 * runs it. See docs/performance.md.
 */
import { screenChunks } from '../../scripts/bundle-chunks.mjs';

export default [
  {
    name: 'admin: sign-in screen',
    path: screenChunks(import.meta.dirname),
    limit: '550 kB',
    gzip: true,
  },
  {
    name: 'admin: first screen after sign-in (organisations)',
    path: screenChunks(import.meta.dirname, { lazyChunks: ['organization-page'] }),
    limit: '600 kB',
    gzip: true,
  },
];
