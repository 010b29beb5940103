import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const backend = 'http://localhost:8080';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      // ws: the live socket (/api/v1/live) is an upgrade of the same path.
      '/api': { target: backend, changeOrigin: false, ws: true },
      '/metrics': { target: backend, changeOrigin: false },
    },
  },
});
