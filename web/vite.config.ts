import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// The SPA talks to the API through /graphql (plus /health for probes, /publications/evidence for PDFs); the proxy keeps
// everything same-origin so the httpOnly session cookie works without CORS.
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000';
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiUrl },
  '/health': { target: apiUrl },
  // The invoice PDF of a publication request travels over REST multipart.
  '/publications': { target: apiUrl },
};

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4173, proxy },
  build: { outDir: 'dist', sourcemap: true },
});
