import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Ant Design components that only lazily loaded screens use (the member history timeline, the
 * figures' statistic tiles, the member forms' radio groups, the roster import steps): they stay
 * out of `vendor-antd`, which every screen loads first, and go with the screens that use them.
 */
const lazyOnlyAntd =
  /node_modules[\\/](antd[\\/]es[\\/](timeline|statistic|steps|radio)|@rc-component[\\/]steps)[\\/]/;

/** The gateway serves this build under /admin/; `pnpm dev` proxies the API to a local gateway. */
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/api': 'http://localhost:4000' },
  },
  build: {
    target: 'es2022',
    // Libraries in their own long-cached chunks: a release of the console's own code does not
    // make staff download React and Ant Design again. antd is the largest (≈ 250 kB gzip).
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'vendor-react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 3,
            },
            // ECharts (and its renderer zrender) only for screens with charts: a lazy chunk, not
            // part of the catch-all vendor chunk every screen loads.
            {
              name: 'vendor-echarts',
              test: /node_modules[\\/](echarts|zrender)[\\/]/,
              priority: 4,
            },
            {
              name: 'vendor-graphql',
              test: /node_modules[\\/](urql|@urql|wonka|gql\.tada|@0no-co)[\\/]/,
              priority: 2,
            },
            // Ant Design with its rc-components, icons, cssinjs and dayjs, but for the few
            // components only lazily loaded screens use.
            {
              name: 'vendor-antd',
              test: (id: string) => /node_modules[\\/]/.test(id) && !lazyOnlyAntd.test(id),
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
