import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The gateway serves this build under /admin/; `pnpm dev` proxies the API to a local gateway. */
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000' },
  },
  build: {
    target: 'es2022',
    // antd is one large library; the console loads it once and caches it.
    chunkSizeWarningLimit: 1200,
  },
});
