import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The gateway serves this build at /; `pnpm dev` proxies the API to a local gateway. */
export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    port: 5174,
    proxy: { '/graphql': 'http://localhost:4000' },
  },
  build: { target: 'es2022' },
});
