import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The gateway serves this build at /; `pnpm dev` proxies the API to a local gateway.
 * `build` writes the browser's files to dist/ (with .vite/manifest.json, which the gateway reads
 * to preload a server-rendered page's chunks), then `vite build --ssr` writes the server render
 * (src/entry-server.tsx) to dist-ssr/, which the gateway imports.
 */
export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    port: 5174,
    proxy: { '/graphql': 'http://localhost:4000' },
  },
  build: { target: 'es2022', manifest: true },
});
