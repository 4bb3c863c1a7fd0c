import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// The SPA talks to the API only through /graphql (and /health for probes); the proxy keeps
// everything same-origin so the httpOnly session cookie works without CORS.
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000';
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiUrl },
  '/health': { target: apiUrl },
};

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4173, proxy },
  build: { outDir: 'dist', sourcemap: true },
});
